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
  // Chart data blocks, one under another right of the text, each with its chart beside it.
  let d = 1;
  const blokGrafik = (
    jenis: GrafikLembar['jenis'],
    judul: string,
    kepala: string[],
    baris: (string | number)[][],
    format: string,
  ) => {
    kepala.forEach((k, j) =>
      t.sel.push({ baris: d, kolom: KOLOM_DATA + j, nilai: k, tebal: true }),
    );
    baris.forEach((r, i) =>
      r.forEach((nilai, j) =>
        // The first column names the rows; the others are the charted numbers.
        t.sel.push({
          baris: d + 1 + i,
          kolom: KOLOM_DATA + j,
          nilai,
          ...(j > 0 ? { format } : {}),
        }),
      ),
    );
    t.grafik.push({
      jenis,
      judul,
      sumber: {
        baris1: d,
        kolom1: KOLOM_DATA,
        baris2: d + baris.length,
        kolom2: KOLOM_DATA + kepala.length - 1,
      },
      letak: { baris: d, kolom: KOLOM_DATA + kepala.length + 1 },
    });
    d += baris.length + 3;
  };
  // Capaian per indicator from the indicator tables.
  const indikator = bab.blok.flatMap((x) => {
    if (x.jenis !== 'tabel' || x.tabel.kepala.length !== 1) return [];
    const k = x.tabel.kepala[0].findIndex((s) => s.teks === 'Capaian (%)');
    return k < 0 ? [] : x.tabel.baris.map((r) => [r[1].teks, isiSel(r[k])]);
  });
  if (indikator.length)
    blokGrafik(
      'kolom',
      'Capaian per Indikator (%)',
      ['Indikator', 'Capaian (%)'],
      indikator,
      '0.00',
    );
  // Realisasi anggaran per program from the budget table.
  const keuangan = bab.blok.find(
    (x) => x.jenis === 'tabel' && /Anggaran per Program/.test(x.tabel.judul),
  );
  if (keuangan && keuangan.jenis === 'tabel') {
    const murni = keuangan.tabel.kepala.length > 1;
    blokGrafik(
      'kolom',
      'Pagu dan Realisasi Anggaran per Program (Rp)',
      ['Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
      keuangan.tabel.baris
        .slice(0, -1)
        .map((r) => [r[1].teks, isiSel(r[murni ? 3 : 2]), isiSel(r[murni ? 4 : 3])]),
      '#,##0',
    );
  }
  // The multi-year trend of the first indicator of the comparison table.
  const multi = bab.blok.find(
    (x) => x.jenis === 'tabel' && /^Perbandingan Realisasi dan Capaian/.test(x.tabel.judul),
  );
  if (multi && multi.jenis === 'tabel' && multi.tabel.baris.length) {
    const r = multi.tabel.baris[0];
    blokGrafik(
      'garis',
      `Tren Capaian ${r[1].teks}`,
      ['Tahun', `Capaian ${r[1].teks} (%)`],
      multi.tabel.kepala[0]
        .slice(2)
        .map((s, i) => [s.teks.replace(/^Tahun\s*/, ''), isiSel(r[3 + i * 2])]),
      '0.00',
    );
  }
  return t;
}
