import { bersihkanBab } from './bersih';
import type { BabTiga, GrafikLaporan, SelLaporan, TabelLaporan } from './model';
import { jumlahBarisTeks, jumlahKolom, tempatkanSel, ukurKolom } from './ukuran';

/**
 * BAB III laid out on a worksheet: captions, tables with borders and a
 * header fill (numbers kept as numbers with their formats), the paragraphs
 * between them across the page width, and small data blocks that native
 * Excel charts draw from. Column widths come from the content as in the
 * .docx: an amount is never shown as "####", a header wraps only between
 * its words, and each row is as tall as its longest cell.
 */

export interface SelLembar {
  baris: number;
  kolom: number;
  nilai: string | number;
  format?: string;
  tebal?: boolean;
  miring?: boolean;
  latar?: string;
  /** Numbers and their dashes to the right. */
  rata?: 'Right' | 'Center';
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
  /** Column widths in characters of the default font. */
  lebarKolom: number[];
  sel: SelLembar[];
  /** Paragraph rows merged across the text width, and merged table cells. */
  gabung: RentangLembar[];
  /** Table areas: borders; their first `kepala` rows get the header fill. */
  tabel: (RentangLembar & { kepala: number })[];
  tinggiBaris: { baris: number; tinggi: number }[];
  grafik: GrafikLembar[];
}

/** Excel's default font size and the height of one of its lines, in points. */
const PT = 11;
const TINGGI_BARIS = 15;
/** Twips in one character of column width (7 pixels at 96 dpi, 15 twips a pixel), and the cell's padding. */
const TWIP_KARAKTER = 105;
const PADDING = 75;
/** A text column is given at most this many characters; its text wraps inside. */
const LEBAR_TEKS_MAKS = 45;

function isiSel(s: SelLaporan): string | number {
  return s.nilai !== undefined ? s.nilai : s.teks;
}

/** Sheet column widths: every table's numbers and words fit, text columns up to a limit. */
function lebarLembar(tabel: TabelLaporan[], kolomTeks: number): number[] {
  const n = Math.max(kolomTeks, ...tabel.map(jumlahKolom));
  const lebar = Array<number>(n).fill(4);
  for (const t of tabel) {
    const u = ukurKolom(t, PT);
    u.min.forEach((m, j) => {
      const suka = u.angka[j]
        ? m
        : Math.max(m, Math.min(u.suka[j], LEBAR_TEKS_MAKS * TWIP_KARAKTER));
      lebar[j] = Math.max(lebar[j], Math.ceil((suka + PADDING) / TWIP_KARAKTER));
    });
  }
  return lebar;
}

function ruang(lebar: number[], dari: number, banyak: number): number {
  return lebar.slice(dari, dari + banyak).reduce((a, w) => a + w * TWIP_KARAKTER, 0) - PADDING;
}

class PenataLembar {
  readonly t: TataLembar;
  b = 1;

  constructor(
    nama: string,
    private readonly lebarTeks: number,
    lebar: number[],
  ) {
    this.t = {
      nama,
      lebarKolom: lebar,
      sel: [],
      gabung: [],
      tabel: [],
      tinggiBaris: [],
      grafik: [],
    };
  }

  teks(isi: string, gaya: Partial<SelLembar> = {}): void {
    const t = this.t;
    t.sel.push({ baris: this.b, kolom: 1, nilai: isi, ...gaya });
    t.gabung.push({ baris1: this.b, kolom1: 1, baris2: this.b, kolom2: this.lebarTeks });
    const baris = jumlahBarisTeks(isi, ruang(t.lebarKolom, 0, this.lebarTeks), PT, gaya.tebal);
    t.tinggiBaris.push({ baris: this.b, tinggi: baris * TINGGI_BARIS });
    this.b++;
  }

  private barisTabel(rows: SelLaporan[][], kepala: boolean): void {
    const t = this.t;
    const awal = this.b;
    const garis = Array<number>(rows.length).fill(1);
    tempatkanSel(rows).forEach((r, i) => {
      for (const { sel: s, kolom } of r) {
        const [lebar, tinggi] = [s.lebar ?? 1, s.tinggi ?? 1];
        const menjorok = '   '.repeat(s.menjorok ?? 0);
        t.sel.push({
          baris: awal + i,
          kolom: kolom + 1,
          nilai: kepala ? s.teks : typeof isiSel(s) === 'number' ? isiSel(s) : menjorok + s.teks,
          ...(s.format && !kepala ? { format: s.format } : {}),
          ...(kepala || s.tebal ? { tebal: true } : {}),
          ...(s.angka && !kepala ? { rata: 'Right' as const } : {}),
        });
        if (lebar > 1 || tinggi > 1)
          t.gabung.push({
            baris1: awal + i,
            kolom1: kolom + 1,
            baris2: awal + i + tinggi - 1,
            kolom2: kolom + lebar,
          });
        // A cell over several rows spreads its lines over them.
        const n = jumlahBarisTeks(
          menjorok + s.teks,
          ruang(t.lebarKolom, kolom, lebar),
          PT,
          kepala || s.tebal,
        );
        for (let y = 0; y < tinggi; y++)
          garis[i + y] = Math.max(garis[i + y], Math.ceil(n / tinggi));
      }
    });
    garis.forEach((g, i) => t.tinggiBaris.push({ baris: awal + i, tinggi: g * TINGGI_BARIS }));
    this.b += rows.length;
  }

  tabel(x: TabelLaporan): void {
    this.teks(`Tabel ${x.nomor} ${x.judul}`, { tebal: true });
    const awal = this.b;
    this.barisTabel(x.kepala, true);
    this.barisTabel(x.baris, false);
    this.t.tabel.push({
      baris1: awal,
      kolom1: 1,
      baris2: this.b - 1,
      kolom2: jumlahKolom(x),
      kepala: x.kepala.length,
    });
    if (x.sumber) this.teks(x.sumber, { miring: true });
    this.b++;
  }
}

/** Chart data blocks, one under another right of the text, each with its chart beside it. */
function blokGrafik(t: TataLembar, grafik: GrafikLaporan[], kolomData: number): void {
  let d = 1;
  for (const g of grafik) {
    const format = g.satuan === 'rupiah' ? '#,##0' : '0.00';
    const kepala = [g.satuan === 'rupiah' ? 'Program' : 'Uraian', ...g.seri.map((s) => s.nama)];
    kepala.forEach((k, j) => t.sel.push({ baris: d, kolom: kolomData + j, nilai: k, tebal: true }));
    g.kategori.forEach((k, i) => {
      t.sel.push({ baris: d + 1 + i, kolom: kolomData, nilai: k });
      g.seri.forEach((s, j) => {
        const v = s.nilai[i];
        if (v !== null && v !== undefined)
          t.sel.push({ baris: d + 1 + i, kolom: kolomData + 1 + j, nilai: v, format });
      });
    });
    t.grafik.push({
      jenis: g.jenis === 'garis' ? 'garis' : 'kolom',
      judul: `Grafik ${g.nomor} ${g.judul}`,
      sumber: {
        baris1: d,
        kolom1: kolomData,
        baris2: d + g.kategori.length,
        kolom2: kolomData + g.seri.length,
      },
      letak: { baris: d, kolom: kolomData + g.seri.length + 2 },
    });
    d += Math.max(g.kategori.length + 3, 18);
  }
}

export function babKeLembar(bab: BabTiga, nama = 'BAB III'): TataLembar {
  const bersih = bersihkanBab(bab);
  const tabel = bersih.blok.flatMap((b) => (b.jenis === 'tabel' ? [b.tabel] : []));
  // Paragraphs span the widest table, at least eight columns.
  const lebarTeks = Math.max(8, ...tabel.map(jumlahKolom));
  const p = new PenataLembar(nama, lebarTeks, lebarLembar(tabel, lebarTeks));
  const grafik: GrafikLaporan[] = [];
  for (const blok of bersih.blok) {
    if (blok.jenis === 'judul') p.teks(blok.teks, { tebal: true });
    else if (blok.jenis === 'paragraf')
      p.teks(blok.teks, blok.isian ? { miring: true, latar: 'FFFF00' } : {});
    else if (blok.jenis === 'tabel') p.tabel(blok.tabel);
    else grafik.push(blok.grafik);
  }
  blokGrafik(p.t, grafik, lebarTeks + 2);
  return p.t;
}
