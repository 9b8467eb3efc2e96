import type { BabTiga, SelLaporan, TabelLaporan } from './model';

/**
 * BAB III laid out on a worksheet: captions, tables with borders and a
 * header fill (numbers kept as numbers with their formats), the paragraphs
 * between them across the page width, and small data blocks that native
 * Excel charts draw from.
 */

export interface SelLembar {
  baris: number;
  kolom: number;
  nilai: string | number;
  format?: string;
  tebal?: boolean;
  miring?: boolean;
  latar?: string;
}

export interface RentangLembar {
  baris1: number;
  kolom1: number;
  baris2: number;
  kolom2: number;
}

export interface GrafikLembar {
  jenis: 'kolom' | 'garis';
  judul: string;
  sumber: RentangLembar;
  /** Where the chart sits (top-left cell). */
  letak: { baris: number; kolom: number };
}

export interface TataLembar {
  nama: string;
  lebarKolom: number[];
  sel: SelLembar[];
  /** Paragraph rows merged across the text width, with wrapping. */
  gabung: RentangLembar[];
  /** Table areas: borders; their first `kepala` rows get the header fill. */
  tabel: (RentangLembar & { kepala: number })[];
  tinggiBaris: { baris: number; tinggi: number }[];
  grafik: GrafikLembar[];
}

/** Text width of the chapter in columns (A:H). */
const LEBAR_TEKS = 8;
const KOLOM_DATA = LEBAR_TEKS + 2;

function isiSel(s: SelLaporan): string | number {
  return s.nilai !== undefined ? s.nilai : s.teks;
}

export function babKeLembar(bab: BabTiga, nama = 'BAB III'): TataLembar {
  const t: TataLembar = {
    nama,
    lebarKolom: [5, 36, 11, 11, 12, 12, 14, 12],
    sel: [],
    gabung: [],
    tabel: [],
    tinggiBaris: [],
    grafik: [],
  };
  let b = 1;
  const teks = (isi: string, gaya: Partial<SelLembar> = {}) => {
    t.sel.push({ baris: b, kolom: 1, nilai: isi, ...gaya });
    t.gabung.push({ baris1: b, kolom1: 1, baris2: b, kolom2: LEBAR_TEKS });
    t.tinggiBaris.push({ baris: b, tinggi: Math.max(15, Math.ceil(isi.length / 120) * 15) });
    b++;
  };
  const tabel = (x: TabelLaporan) => {
    teks(`Tabel ${x.nomor} ${x.judul}`, { tebal: true });
    const awal = b;
    const lebar = Math.max(
      ...x.kepala.map((r) => r.reduce((a, s) => a + (s.lebar ?? 1), 0)),
      ...x.baris.map((r) => r.length),
    );
    // Header cells spread over their spans; covered cells stay empty.
    const terisi = new Set<string>();
    x.kepala.forEach((r, i) => {
      let k = 1;
      for (const s of r) {
        while (terisi.has(`${i},${k}`)) k++;
        t.sel.push({ baris: b + i, kolom: k, nilai: s.teks, tebal: true });
        for (let y = 0; y < (s.tinggi ?? 1); y++)
          for (let z = 0; z < (s.lebar ?? 1); z++) terisi.add(`${i + y},${k + z}`);
        if ((s.lebar ?? 1) > 1 || (s.tinggi ?? 1) > 1)
          t.gabung.push({
            baris1: b + i,
            kolom1: k,
            baris2: b + i + (s.tinggi ?? 1) - 1,
            kolom2: k + (s.lebar ?? 1) - 1,
          });
        k += s.lebar ?? 1;
      }
    });
    b += x.kepala.length;
    for (const r of x.baris) {
      r.forEach((s, j) =>
        t.sel.push({ baris: b, kolom: j + 1, nilai: isiSel(s), format: s.format, tebal: s.tebal }),
      );
      b++;
    }
    t.tabel.push({
      baris1: awal,
      kolom1: 1,
      baris2: b - 1,
      kolom2: lebar,
      kepala: x.kepala.length,
    });
    b++;
  };
  for (const blok of bab.blok) {
    if (blok.jenis === 'judul') teks(blok.teks, { tebal: true });
    else if (blok.jenis === 'paragraf')
      teks(blok.teks, blok.isian ? { miring: true, latar: 'FFFF00' } : {});
    else tabel(blok.tabel);
  }
  // Chart data: capaian per indicator from the indicator tables.
  const indikator = bab.blok.flatMap((x) => {
    if (x.jenis !== 'tabel' || x.tabel.kepala.length !== 1) return [];
    const k = x.tabel.kepala[0].findIndex((s) => s.teks === 'Capaian (%)');
    return k < 0 ? [] : x.tabel.baris.map((r) => ({ nama: r[1].teks, capaian: r[k] }));
  });
  let d = 1;
  if (indikator.length) {
    t.sel.push(
      { baris: d, kolom: KOLOM_DATA, nilai: 'Indikator', tebal: true },
      { baris: d, kolom: KOLOM_DATA + 1, nilai: 'Capaian (%)', tebal: true },
    );
    indikator.forEach((r, i) => {
      t.sel.push(
        { baris: d + 1 + i, kolom: KOLOM_DATA, nilai: r.nama },
        { baris: d + 1 + i, kolom: KOLOM_DATA + 1, nilai: isiSel(r.capaian), format: '0.00' },
      );
    });
    t.grafik.push({
      jenis: 'kolom',
      judul: 'Capaian per Indikator (%)',
      sumber: {
        baris1: d,
        kolom1: KOLOM_DATA,
        baris2: d + indikator.length,
        kolom2: KOLOM_DATA + 1,
      },
      letak: { baris: d, kolom: KOLOM_DATA + 3 },
    });
    d += indikator.length + 3;
  }
  // Realisasi anggaran per program from the budget table.
  const keuangan = bab.blok.find(
    (x) => x.jenis === 'tabel' && /Anggaran per Program/.test(x.tabel.judul),
  );
  if (keuangan && keuangan.jenis === 'tabel') {
    const program = keuangan.tabel.baris.slice(0, -1);
    const murni = keuangan.tabel.kepala.length > 1;
    t.sel.push(
      { baris: d, kolom: KOLOM_DATA, nilai: 'Program', tebal: true },
      { baris: d, kolom: KOLOM_DATA + 1, nilai: 'Pagu (Rp)', tebal: true },
      { baris: d, kolom: KOLOM_DATA + 2, nilai: 'Realisasi (Rp)', tebal: true },
    );
    program.forEach((r, i) => {
      t.sel.push(
        { baris: d + 1 + i, kolom: KOLOM_DATA, nilai: r[1].teks },
        {
          baris: d + 1 + i,
          kolom: KOLOM_DATA + 1,
          nilai: isiSel(r[murni ? 3 : 2]),
          format: '#,##0',
        },
        {
          baris: d + 1 + i,
          kolom: KOLOM_DATA + 2,
          nilai: isiSel(r[murni ? 4 : 3]),
          format: '#,##0',
        },
      );
    });
    t.grafik.push({
      jenis: 'kolom',
      judul: 'Pagu dan Realisasi Anggaran per Program (Rp)',
      sumber: { baris1: d, kolom1: KOLOM_DATA, baris2: d + program.length, kolom2: KOLOM_DATA + 2 },
      letak: { baris: d, kolom: KOLOM_DATA + 4 },
    });
    d += program.length + 3;
  }
  // The multi-year trend of the first indicator of the comparison table.
  const multi = bab.blok.find(
    (x) => x.jenis === 'tabel' && /^Perbandingan Realisasi dan Capaian/.test(x.tabel.judul),
  );
  if (multi && multi.jenis === 'tabel' && multi.tabel.baris.length) {
    const tahun = multi.tabel.kepala[0].slice(2).map((s) => s.teks.replace(/^Tahun\s*/, ''));
    const r = multi.tabel.baris[0];
    t.sel.push(
      { baris: d, kolom: KOLOM_DATA, nilai: 'Tahun', tebal: true },
      { baris: d, kolom: KOLOM_DATA + 1, nilai: `Capaian ${r[1].teks} (%)`, tebal: true },
    );
    tahun.forEach((y, i) => {
      t.sel.push(
        { baris: d + 1 + i, kolom: KOLOM_DATA, nilai: y },
        { baris: d + 1 + i, kolom: KOLOM_DATA + 1, nilai: isiSel(r[3 + i * 2]), format: '0.00' },
      );
    });
    t.grafik.push({
      jenis: 'garis',
      judul: `Tren Capaian ${r[1].teks}`,
      sumber: { baris1: d, kolom1: KOLOM_DATA, baris2: d + tahun.length, kolom2: KOLOM_DATA + 1 },
      letak: { baris: d, kolom: KOLOM_DATA + 3 },
    });
  }
  return t;
}
