import {
  barisGridKosong,
  gridKosong,
  runKolom,
  uraiRentang,
  type Gabungan,
  type Grid,
  type NilaiGrid,
} from '../sheet/grid';
import { atributMentah, isiTeks, lepasEscapeExcel, pindaiXml, type PenanganXml } from './baca-xml';
import type { GayaSel } from './baca-gaya';
import { penggeserRumus } from './geser-rumus';
import { BATAS_SEL_BUKU, GalatBerkas, galatMuat, galatTerlaluBanyakSel } from './periksa-berkas';
import { angkaDi, AtributTag, type PemindaiXml } from './xml-token';

/**
 * One worksheet part straight into a Grid, in one scan of its XML: the
 * same Grid the ExcelJS adapter builds (gridDariLembar), cell for cell.
 * A cell "holds something" as ExcelJS counts it: a value, a formula, or
 * a place inside a merged area other than its top-left; the Grid spans
 * those cells, a merged area's other cells are left out of it, rows are
 * as long as their last cell and rows without one share one frozen empty
 * row. Where ours reads differently on purpose (CDATA, text results of
 * formulas in date-formatted cells, hyperlinks), see pembaca-xlsx.ts.
 */

export interface KonteksLembar {
  nama: string;
  /** The sheet's state in the workbook ("hidden", "veryHidden"), when given. */
  keadaan?: string;
  teksBersama: readonly string[];
  gaya: GayaSel;
  tanggal1904: boolean;
}

const EPOCH_EXCEL = Date.UTC(1899, 11, 30);
/** Excel's sheet: 1 048 576 rows, columns A to XFD. */
const BARIS_MAKS = 1_048_576;
const KOLOM_MAKS = 16_384;
/** Work allowed for merged areas (cells and rows visited): past it a sheet is refused, not hung on. */
const BATAS_KERJA_GABUNGAN = 50_000_000;

/** A serial date as ExcelJS reads it: to a Date by the millisecond (1904 dates moved to 1900), then back. */
function serialTanggal(v: number, d1904: boolean): number {
  const ms = Math.round((v - 25569 + (d1904 ? 1462 : 0)) * 86_400_000);
  return Math.abs(ms) > 8.64e15 ? NaN : (ms - EPOCH_EXCEL) / 86_400_000;
}

/** Column number of the letters an address starts with, 0 when none. */
function kolomDi(xml: string, dari: number, sampai: number): number {
  let n = 0;
  let i = dari;
  for (; i < sampai; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === dari ? 0 : n;
}

/** A style index as parseInt reads it (0 for none): digits read in place, anything else parsed. */
function gayaDi(xml: string, dari: number, sampai: number): number {
  const n = angkaDi(xml, dari, sampai);
  return n >= 0 ? n : parseInt(xml.slice(dari, sampai), 10) || 0;
}

/** The cell types, so that reading one makes no string of it. */
const TIPE = ['s', 'n', 'b', 'e', 'str', 'inlineStr', 'd'];

/** A cell's type attribute xml[dari, sampai): one of {@link TIPE}, or the text itself. */
function tipeDi(xml: string, dari: number, sampai: number): string {
  for (const t of TIPE) if (sampai - dari === t.length && xml.startsWith(t, dari)) return t;
  return xml.slice(dari, sampai);
}

/** What is being read inside a cell. */
const Tangkap = { Tidak: 0, Rumus: 1, Nilai: 2, Lari: 3 } as const;

/**
 * The cells of a sheet as they are read: rows by sheet row, cells by column from A (0-based,
 * sparse), so that a sheet starting at column A gives the Grid these rows themselves.
 */
class Sel {
  nilai: (NilaiGrid | undefined)[][] = [];
  format: (string | undefined)[][] = [];
  rumus: (string | undefined)[][] = [];
  /** Rows holding a cell (before merged areas are applied). */
  berisi = new Set<number>();
  /** The row last added to {@link berisi}: a row's cells come together, and each is not hashed again. */
  barisBerisi = 0;
  tersembunyi = new Set<number>();
  /** Hidden column runs of `<cols>`, as written. */
  kolomTersembunyi: [number, number][] = [];
  atas = Infinity;
  bawah = 0;
  kiri = Infinity;
  kanan = 0;
  jumlah = 0;

  luaskan(b1: number, k1: number, b2: number, k2: number): void {
    if (b1 < this.atas) this.atas = b1;
    if (b2 > this.bawah) this.bawah = b2;
    if (k1 < this.kiri) this.kiri = k1;
    if (k2 > this.kanan) this.kanan = k2;
  }
}

/** One cell being read: its attributes, its formula and its value's text. */
class SelDibaca {
  baris = 0;
  kolom = 0;
  t: string | undefined;
  gaya = 0;
  rumus: string | undefined;
  jenisRumus: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  teks: string | undefined;
  lari: string[] | undefined;
  lariIni = '';

  mulai(baris: number, kolom: number, t: string | undefined, gaya: number): void {
    this.baris = baris;
    this.kolom = kolom;
    this.t = t;
    this.gaya = gaya;
    this.rumus = this.jenisRumus = this.si = this.ref = this.teks = this.lari = undefined;
  }
}

interface Induk {
  rumus: string;
  baris: number;
  kolom: number;
  /** The formula taken apart for its copies, when the first copy is read. */
  geser?: (dBaris: number, dKolom: number) => string;
}

/** The value of a constant cell, by its type attribute. */
function nilaiTetap(c: SelDibaca, k: KonteksLembar): NilaiGrid {
  const v = c.teks ?? '';
  if (c.lari) return c.lari.join('');
  switch (c.t) {
    case 's': {
      const s = k.teksBersama[parseInt(v, 10)];
      // An index past the shared strings: the file is damaged.
      if (s === undefined) throw galatMuat();
      return s;
    }
    case 'str':
    case 'inlineStr':
    case 'e':
      return v;
    case 'b':
      return parseInt(v, 10) !== 0;
    default: {
      const n = parseFloat(v);
      return k.gaya.tanggal[c.gaya] ? serialTanggal(n, k.tanggal1904) : n;
    }
  }
}

/** The cached result of a formula cell, or null when none is stored. */
function hasilRumus(c: SelDibaca, k: KonteksLembar): NilaiGrid {
  const v = c.lari ? c.lari.join('') : c.teks;
  if (!v) return null;
  switch (c.t) {
    case 'str':
      return v;
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'e':
      return v;
    default: {
      const n = parseFloat(v);
      return k.gaya.tanggal[c.gaya] ? serialTanggal(n, k.tanggal1904) : n;
    }
  }
}

function simpan<T>(baris: T[][], b: number, k: number, v: T): void {
  (baris[b] ??= [])[k] = v;
}

/** Put a cell that holds something in its place (merged areas are applied later). */
function selesaikanSel(c: SelDibaca, k: KonteksLembar, sel: Sel, induk: Map<string, Induk>): void {
  const adaRumus = !!c.rumus || !!c.jenisRumus;
  if (!adaRumus && c.teks === undefined && !c.lari) return;
  if (++sel.jumlah > BATAS_SEL_BUKU) throw galatTerlaluBanyakSel(k.nama);
  const { baris: b, kolom: kol } = c;
  sel.luaskan(b, kol, b, kol);
  if (b !== sel.barisBerisi) {
    sel.berisi.add(b);
    sel.barisBerisi = b;
  }
  let rumus: string | undefined;
  let nilai: NilaiGrid;
  if (adaRumus) {
    nilai = hasilRumus(c, k);
    rumus = c.rumus;
    if (c.jenisRumus === 'shared' && c.si !== undefined) {
      if (c.ref) {
        if (c.rumus) induk.set(c.si, { rumus: c.rumus, baris: b, kolom: kol });
      } else if (!c.rumus) {
        const m = induk.get(c.si);
        if (m) rumus = (m.geser ??= penggeserRumus(m.rumus))(b - m.baris, kol - m.kolom);
      }
    }
  } else nilai = nilaiTetap(c, k);
  simpan(sel.nilai, b, kol - 1, nilai);
  const format = k.gaya.format[c.gaya];
  if (format) simpan(sel.format, b, kol - 1, format);
  if (rumus !== undefined) simpan(sel.rumus, b, kol - 1, `=${rumus}`);
}

/** The cells of `sheetData` and the merged areas of a worksheet part. */
function pindaiLembar(xml: string, k: KonteksLembar): { sel: Sel; gabungan: Gabungan[] } {
  const p = new PemindaiLembar(xml, k);
  pindaiXml(xml, p);
  return { sel: p.sel, gabungan: p.gabungan };
}

/**
 * The scan of one worksheet part: cells, rows, hidden columns and merged
 * areas as their tags come. One object per sheet whose methods serve every
 * sheet (they are optimised once, not once per sheet as closures were).
 */
class PemindaiLembar implements PenanganXml {
  readonly sel = new Sel();
  readonly gabungan: Gabungan[] = [];
  private readonly induk = new Map<string, Induk>();
  private readonly c = new SelDibaca();
  // Attributes of cells (r, s, t), formulas (t, si, ref) and rows (r, hidden).
  private readonly a = new AtributTag(['r', 's', 't']);
  private readonly af = new AtributTag(['t', 'si', 'ref']);
  private readonly ab = new AtributTag(['r', 'hidden']);
  private dalamData = false;
  private dalamSel = false;
  private baris = 0;
  private kolom = 0;
  private tangkap: number = Tangkap.Tidak;
  // Depth of elements skipped whole (phonetic guides).
  private lewati = 0;

  constructor(
    private readonly xml: string,
    private readonly k: KonteksLembar,
  ) {}

  buka(lokal: string | undefined, s: PemindaiXml, akhirNama: number): void {
    if (this.lewati > 0) this.lewati++;
    else if (this.dalamSel) this.bukaDalamSel(lokal, s, akhirNama);
    else if (lokal === 'sheetData') this.dalamData = true;
    else if (lokal === 'c' && this.dalamData) this.bukaSel(s, akhirNama);
    else if (lokal === 'row' && this.dalamData) this.bukaBaris(s, akhirNama);
    else if (lokal === 'col' && !this.dalamData) this.kolomLembar(s, akhirNama);
    else if (lokal === 'mergeCell') this.gabunganLembar(s, akhirNama);
  }

  /** A child of a cell: its formula, its value, a run of rich text, a phonetic guide. */
  private bukaDalamSel(lokal: string | undefined, s: PemindaiXml, akhirNama: number): void {
    const c = this.c;
    switch (lokal) {
      case 'f': {
        const af = this.af;
        af.baca(this.xml, akhirNama, s.akhir);
        c.jenisRumus = af.teks(this.xml, 0);
        c.si = af.teks(this.xml, 1);
        c.ref = af.teks(this.xml, 2);
        this.tangkap = Tangkap.Rumus;
        break;
      }
      case 'v':
      case 't':
        if (this.tangkap !== Tangkap.Lari) this.tangkap = Tangkap.Nilai;
        break;
      case 'r':
        c.lariIni = '';
        this.tangkap = Tangkap.Lari;
        break;
      case 'rPh':
        this.lewati = 1;
        break;
      default:
        break;
    }
  }

  private bukaBaris(s: PemindaiXml, akhirNama: number): void {
    const { ab, xml } = this;
    ab.baca(xml, akhirNama, s.akhir);
    const r = ab.teks(xml, 0);
    const baris = r !== undefined ? parseInt(r, 10) : this.baris + 1;
    // A row past Excel's sheet (or not a number) is a damaged file.
    if (!(baris >= 1 && baris <= BARIS_MAKS)) throw galatMuat();
    this.baris = baris;
    this.kolom = 0;
    const h = ab.teks(xml, 1);
    if (h === '1' || h === 'true') this.sel.tersembunyi.add(baris);
    else this.sel.tersembunyi.delete(baris);
  }

  private bukaSel(s: PemindaiXml, akhirNama: number): void {
    const { a, xml } = this;
    a.baca(xml, akhirNama, s.akhir);
    this.kolom = (a.awal[0] >= 0 && kolomDi(xml, a.awal[0], a.akhir[0])) || this.kolom + 1;
    if (this.kolom > KOLOM_MAKS) throw galatMuat();
    if (s.kosong) return;
    this.dalamSel = true;
    this.c.mulai(
      this.baris,
      this.kolom,
      a.awal[2] >= 0 ? tipeDi(xml, a.awal[2], a.akhir[2]) : undefined,
      a.awal[1] >= 0 ? gayaDi(xml, a.awal[1], a.akhir[1]) : 0,
    );
  }

  /** A `<col>` of `<cols>`: hidden columns, as written. */
  private kolomLembar(s: PemindaiXml, akhirNama: number): void {
    const h = atributMentah(s, akhirNama, 'hidden');
    const min = parseInt(atributMentah(s, akhirNama, 'min') ?? '', 10);
    const max = parseInt(atributMentah(s, akhirNama, 'max') ?? '', 10);
    if ((h === '1' || h === 'true') && min >= 1 && max >= min)
      this.sel.kolomTersembunyi.push([min, Math.min(max, KOLOM_MAKS)]);
  }

  private gabunganLembar(s: PemindaiXml, akhirNama: number): void {
    const ref = atributMentah(s, akhirNama, 'ref');
    const g = ref === undefined ? undefined : uraiRentang(ref);
    if (g && g.baris2 <= BARIS_MAKS && g.kolom2 <= KOLOM_MAKS) this.gabungan.push(g);
    else if (g) throw galatMuat();
  }

  tutup(lokal: string | undefined): void {
    if (this.lewati > 0) {
      this.lewati--;
      return;
    }
    if (!this.dalamSel) {
      if (lokal === 'sheetData') this.dalamData = false;
      return;
    }
    if (lokal === 'c') {
      this.dalamSel = false;
      this.tangkap = Tangkap.Tidak;
      selesaikanSel(this.c, this.k, this.sel, this.induk);
    } else if (lokal === 'r' && this.tangkap === Tangkap.Lari) {
      (this.c.lari ??= []).push(lepasEscapeExcel(this.c.lariIni));
      this.tangkap = Tangkap.Tidak;
    } else if ((lokal === 'f' || lokal === 'v' || lokal === 't') && this.tangkap !== Tangkap.Lari)
      this.tangkap = Tangkap.Tidak;
  }

  teks(s: PemindaiXml): void {
    if (this.tangkap === Tangkap.Tidak || this.lewati > 0) return;
    const isi = isiTeks(s);
    if (isi === '') return;
    const c = this.c;
    if (this.tangkap === Tangkap.Rumus) c.rumus = (c.rumus ?? '') + isi;
    else if (this.tangkap === Tangkap.Nilai) c.teks = (c.teks ?? '') + isi;
    else c.lariIni += isi;
  }
}

/** The first index of the ascending `daftar` whose value is at least `n`. */
function cariAwal(daftar: number[], n: number): number {
  let lo = 0;
  let hi = daftar.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (daftar[m] < n) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * Merged areas: each one's other cells hold something (they widen the
 * Grid and make their rows count) and are left out of it. Overlapping
 * areas make a damaged file (Excel repairs it; ExcelJS cannot load it).
 * Work follows the rows present, not the areas' sizes (a merge may span a
 * million rows); returns whether a row holds another cell of a merge.
 */
function terapkanGabungan(sel: Sel, gabungan: Gabungan[], nama: string): (b: number) => boolean {
  let kerja = 0;
  const hitungKerja = (n: number) => {
    kerja += n;
    if (kerja > BATAS_KERJA_GABUNGAN)
      throw new GalatBerkas(`lembar "${nama}" berisi terlalu banyak sel gabungan`);
  };
  const urut = [...gabungan].sort((a, b) => a.baris1 - b.baris1);
  for (let i = 0; i < urut.length; i++)
    for (let j = i + 1; j < urut.length && urut[j].baris1 <= urut[i].baris2; j++) {
      hitungKerja(1);
      if (urut[j].kolom1 <= urut[i].kolom2 && urut[j].kolom2 >= urut[i].kolom1) throw galatMuat();
    }
  const barisAda = [...sel.berisi].sort((a, b) => a - b);
  // Rows holding another cell of a merge, as [from, to] spans.
  const rentang: [number, number][] = [];
  for (const g of gabungan) {
    const lebar = g.kolom2 - g.kolom1 + 1;
    if (lebar === 1 && g.baris2 === g.baris1) continue;
    const atas = lebar > 1 ? g.baris1 : g.baris1 + 1;
    sel.luaskan(atas, g.baris2 > g.baris1 ? g.kolom1 : g.kolom1 + 1, g.baris2, g.kolom2);
    rentang.push([atas, g.baris2]);
    for (let i = cariAwal(barisAda, g.baris1); i < barisAda.length; i++) {
      const b = barisAda[i];
      if (b > g.baris2) break;
      const baris = sel.nilai[b];
      const akhir = Math.min(g.kolom2, baris.length);
      const awalK = b === g.baris1 ? g.kolom1 + 1 : g.kolom1;
      hitungKerja(1 + Math.max(0, akhir - awalK + 1));
      // Left out as never written (a hole), as the Grid's sparse rows have it.
      for (let j = awalK - 1; j < akhir; j++) {
        if (baris[j] === undefined) continue;
        delete baris[j];
        if (sel.format[b]) delete sel.format[b][j];
        if (sel.rumus[b]) delete sel.rumus[b][j];
      }
    }
  }
  rentang.sort((a, b) => a[0] - b[0]);
  // The spans' furthest end so far, for a lookup by start.
  const awalR = rentang.map((r) => r[0]);
  const ujung: number[] = [];
  for (const [, akhir] of rentang) ujung.push(Math.max(akhir, ujung[ujung.length - 1] ?? 0));
  return (b) => {
    const i = cariAwal(awalR, b + 1) - 1;
    return i >= 0 && ujung[i] >= b;
  };
}

/**
 * A row as the Grid holds it: from `geser` (the Grid's first column, 0-based from A), as long as
 * its last cell, gaps as null. A row of a sheet starting at column A is made so in place.
 */
function barisGrid(baris: (NilaiGrid | undefined)[], geser: number): NilaiGrid[] | undefined {
  let akhir = baris.length - 1;
  while (akhir >= geser && baris[akhir] === undefined) akhir--;
  if (akhir < geser) return undefined;
  if (geser === 0) {
    baris.length = akhir + 1;
    for (let k = 0; k <= akhir; k++) if (baris[k] === undefined) baris[k] = null;
    return baris as NilaiGrid[];
  }
  const hasil: NilaiGrid[] = [];
  for (let k = geser; k <= akhir; k++) {
    const v = baris[k];
    hasil.push(v === undefined ? null : v);
  }
  return hasil;
}

/**
 * Sparse rows (formats, formulas) from `geser`, as long as their last entry; undefined when the
 * row has none. A row of a sheet starting at column A is the row itself.
 */
function barisJarang(
  baris: (string | undefined)[] | undefined,
  geser: number,
): (string | undefined)[] | undefined {
  if (!baris) return undefined;
  let akhir = baris.length - 1;
  while (akhir >= geser && baris[akhir] === undefined) akhir--;
  if (akhir < geser) return undefined;
  if (geser === 0) {
    baris.length = akhir + 1;
    return baris;
  }
  const hasil: (string | undefined)[] = [];
  for (let k = geser; k <= akhir; k++) {
    const v = baris[k];
    if (v !== undefined) hasil[k - geser] = v;
  }
  return hasil;
}

export function gridDariXmlLembar(xml: string, k: KonteksLembar): Grid {
  const { sel, gabungan } = pindaiLembar(xml, k);
  const tertutup = terapkanGabungan(sel, gabungan, k.nama);
  const grid = gridKosong(k.nama);
  if (sel.bawah === 0) return grid;
  const { atas, bawah, kiri } = sel;
  const tinggi = bawah - atas + 1;
  grid.barisAwal = atas;
  grid.kolomAwal = kiri;
  const { nilai, format, rumus, tanpa } = barisGridKosong(tinggi);
  for (let b = atas; b <= bawah; b++) {
    const baris = sel.nilai[b];
    if (!baris) continue;
    const r = barisGrid(baris, kiri - 1);
    if (!r) continue;
    nilai[b - atas] = r;
    format[b - atas] = barisJarang(sel.format[b], kiri - 1) ?? tanpa;
    rumus[b - atas] = barisJarang(sel.rumus[b], kiri - 1) ?? tanpa;
  }
  grid.nilai = nilai;
  grid.format = format;
  grid.rumus = rumus;
  grid.gabungan = gabungan;
  const tersembunyi = [...sel.tersembunyi]
    .filter((b) => sel.berisi.has(b) || tertutup(b))
    .sort((a, b) => a - b);
  if (tersembunyi.length) grid.barisTersembunyi = tersembunyi;
  if (sel.kolomTersembunyi.length) grid.kolomTersembunyi = runKolom(sel.kolomTersembunyi);
  if (k.keadaan !== undefined && k.keadaan !== 'visible') grid.lembarTersembunyi = true;
  return grid;
}
