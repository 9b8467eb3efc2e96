import type { AturanWarna, BlokEdit, GabungEdit, SelEdit } from '../engine/rencana';
import { alamat, hurufKolom, nomorKolom, uraiRentang, type Gabungan } from '../sheet/grid';
import { deretRumusDatar, type DeretDatar } from '../sheet/rumus-bersama';
import { atribut, aturAtribut, buangAtribut, lepasXml, xmlTeks } from './xml';
import {
  akar,
  akhirNamaTag,
  ambilElemen,
  anakDari,
  awalan,
  GalatXml,
  lokal,
  nilaiAtributMentah,
  PemindaiXml,
  angkaDi,
  AtributTag,
  namaDi,
  spasi,
  type Elemen,
  telusuriAtribut,
} from './xml-token';
import { Keluaran, type SumberTeks } from './keluaran';
import { gabungBita, TakDidukung } from './zip';

/**
 * One worksheet's XML with an edit plan written into it: the rows the plan
 * touches are rebuilt cell by cell, every other byte of the sheet is kept.
 * What it does matches `terapkanRencana` of the ExcelJS writer (the tests
 * hold the two to the same result); what it cannot do safely it refuses
 * with {@link TakDidukung}, and the caller falls back to that writer.
 */

/** The workbook's cell formats, as the sheet patcher needs them. */
export interface GayaSel {
  /** Index of a cell format like `s` but with number format `format`. */
  denganFormat(s: number, format: string): number;
  /** Index of a differential format filling cells with `argb`. */
  isian(argb: string): number;
}

/** What one plan step does to one cell of a row, in plan order. */
interface Operasi {
  kolom: number;
  /** Take the look of this column's cell in the same row. */
  gayaDari?: number;
  /** The value to write; absent for a merged header cell that only takes a look. */
  sel?: SelEdit;
  /** The `<f>` element of a formula cell. */
  f?: string;
}

/** The formula of a kategori colour rule: `$H5="Sangat Tinggi"`. */
export const RUMUS_WARNA = /^\$[A-Z]{1,3}\d+="(?:[^"]|"")*"$/;

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A `<col>` of the sheet: its columns, width and style. */
interface Kolom {
  min: number;
  max: number;
  lebar?: number;
  gaya: number;
  xml: string;
}

// Worksheet parts after <sheetData>, in the order the schema requires.
const URUTAN_EKOR = [
  'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState',
  'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter',
  'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags',
  'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
]; // prettier-ignore

/** A child element of the worksheet: its local name (in the sheet's namespace) or its full name. */
interface Bagian {
  nama: string;
  el: Elemen;
}

/** One change to the sheet's text: [awal, akhir) becomes `teks` (an insertion when they are equal). */
interface Ganti {
  awal: number;
  akhir: number;
  /** The new text; null for the sheet data, whose rows are written in its place. */
  teks: string | null;
  /** Order of insertions at one place (the schema's order). */
  urutan: number;
}

/** The worksheet as the patch sees it: root, prefix of its namespace, children. */
class Lembar {
  readonly akar: Elemen;
  /** "x:" when the sheet's elements carry a prefix, else "". */
  readonly p: string;
  readonly bagian: Bagian[] = [];
  /** No comment, CDATA or processing instruction anywhere: an element's end tag can be found by search. */
  readonly polos: boolean;

  constructor(readonly xml: string) {
    const [el, polos] = akarLembar(xml);
    this.akar = el;
    this.polos = polos;
    this.p = awalan(this.akar.nama);
    this.tagC = `${this.p}c`;
    this.bukaC = `<${this.p}c r="`;
    this.tutupC = `</${this.p}c>`;
    this.bukaV = `<${this.p}v>`;
    this.tutupV = `</${this.p}v>`;
    if (lokal(this.akar.nama) !== 'worksheet') throw new TakDidukung('bukan lembar kerja');
    const tag = xml.slice(this.akar.awal, this.akar.akhirBuka);
    const ns = atribut(tag, this.p ? `xmlns:${this.p.slice(0, -1)}` : 'xmlns');
    if (ns !== NS_MAIN)
      throw new TakDidukung(`ruang nama lembar tidak dikenal (${ns ?? 'kosong'})`);
    const s = new PemindaiXml(xml, this.akar.akhirBuka, this.akar.awalTutup);
    while (s.berikut()) {
      if (s.jenis === 'tutup') throw new GalatXml('tag penutup tanpa pembuka', s.awal);
      if (s.jenis !== 'buka') continue;
      const nama = s.nama;
      const el = this.polos && lokal(nama) === 'sheetData' ? ujungPolos(s, xml) : ambilElemen(s);
      this.bagian.push({ nama: awalan(nama) === this.p ? lokal(nama) : nama, el });
    }
  }

  cari(nama: string): Bagian | undefined {
    return this.bagian.find((b) => b.nama === nama);
  }

  /** The cell element's name, prefix included. */
  readonly tagC: string;
  /** Reads the start tags of the cells of a row being walked (one for the whole sheet). */
  readonly tagSel = new TagSel();
  // Pieces of the cells written: `<c r="`, `</c>`, `<v>`, `</v>` (prefix included).
  readonly bukaC: string;
  readonly tutupC: string;
  readonly bukaV: string;
  readonly tutupV: string;

  /** An element of the sheet's namespace: `<x:row r="1">`. */
  tag(nama: string): string {
    return this.p + nama;
  }

  /** Where the schema wants a new `nama` element: before every part that must follow it. */
  tempat(nama: string): number {
    const sesudah = new Set([
      ...URUTAN_EKOR.slice(URUTAN_EKOR.indexOf(nama) + 1),
      'mc:AlternateContent',
    ]);
    const data = this.bagian.findIndex((b) => b.nama === 'sheetData');
    const b = this.bagian.find((x, i) => i > data && sesudah.has(x.nama));
    return b ? b.el.awal : this.akar.awalTutup;
  }
}

/**
 * The worksheet's root element, and whether its content is plain (no
 * comment, CDATA or processing instruction anywhere in it). A plain root's
 * end tag is found by search rather than by reading every token of the
 * sheet: it must then be the last thing in the part.
 */
function akarLembar(xml: string): [Elemen, boolean] {
  const s = new PemindaiXml(xml);
  while (s.berikut()) {
    if (s.jenis !== 'buka') {
      const prolog =
        s.jenis === 'komentar' ||
        s.jenis === 'pi' ||
        (s.jenis === 'teks' && xml.slice(s.awal, s.akhir).trim() === '');
      if (prolog) continue;
      // Anything else before the root: the exact reader refuses it, with its reason.
      return [akar(xml), false];
    }
    const polos = !/<[!?]/.test(xml.slice(s.akhir));
    if (!polos || s.kosong) return [akar(xml), polos];
    const el = ujungPolos(s, xml);
    if (xml.slice(el.akhir).trim() !== '') throw new GalatXml('isi setelah akar', el.akhir);
    return [el, true];
  }
  // No element at all: the exact reader says why.
  return [akar(xml), false];
}

/**
 * The element the scanner stands on, when no comment, CDATA or processing
 * instruction can hide a tag: its end tag found by search (it cannot nest
 * itself: a row, a cell, the sheet data).
 */
function ujungPolos(s: PemindaiXml, xml: string): Elemen {
  const el = elemenPolos(xml, s.nama, s.awal, s.akhir, s.kosong);
  // The scanner goes on after the end tag.
  if (!el.kosong) s.lompatKe(el.akhir);
  return el;
}

/** {@link ujungPolos} of the start tag `nama` at [awal, akhir). */
function elemenPolos(
  xml: string,
  nama: string,
  awal: number,
  akhir: number,
  kosong: boolean,
): Elemen {
  if (kosong) return { nama, awal, akhirBuka: akhir, awalTutup: akhir, akhir, kosong: true };
  let i = akhir;
  for (;;) {
    i = xml.indexOf(`</${nama}`, i);
    if (i < 0) throw new GalatXml(`<${nama}> tidak ditutup`, awal);
    const j = akhirNamaTag(xml, i + 2);
    if (j === i + 2 + nama.length) break;
    i = j;
  }
  const tutup = xml.indexOf('>', i);
  return { nama, awal, akhirBuka: akhir, awalTutup: i, akhir: tutup + 1, kosong: false };
}

/** A row of the sheet data: its number (written or implied) and where it lies. */
interface Baris {
  r: number;
  el: Elemen;
  /** The row has no `r` (its number follows the one before). */
  tanpaNomor: boolean;
}

/** The rows of `<sheetData>`, in order; anything but rows (and comments) in it is refused. */
function* barisLembar(l: Lembar, data: Elemen): Generator<Baris> {
  const { xml } = l;
  const batas = data.awalTutup;
  const tagRow = l.tag('row');
  const s = new PemindaiXml(xml, data.akhirBuka, batas);
  const tag = new TagSel();
  let sebelumnya = 0;
  for (let p = data.akhirBuka; p < batas;) {
    // The usual row of a plain sheet, read without the scanner's strings; anything else, by the scanner.
    const akhirTag =
      l.polos &&
      xml.charCodeAt(p) === 60 &&
      xml.startsWith(tagRow, p + 1) &&
      akhirNamaTag(xml, p + 1) === p + 1 + tagRow.length
        ? tag.baca(xml, p + 1 + tagRow.length, batas)
        : -1;
    let nomor: string | number | undefined;
    let el: Elemen;
    if (akhirTag >= 0) {
      if (tag.r >= 0) {
        const angka = angkaDi(xml, tag.r, tag.rAkhir);
        nomor = angka >= 0 ? angka : lepasXml(xml.slice(tag.r, tag.rAkhir));
      }
      el = elemenPolos(xml, tagRow, p, akhirTag, tag.kosong);
    } else {
      s.lompatKe(p);
      if (!s.berikut()) return;
      if (s.jenis === 'teks') {
        if (xml.slice(s.awal, s.akhir).trim()) throw new TakDidukung('teks di dalam <sheetData>');
        p = s.akhir;
        continue;
      }
      if (s.jenis === 'tutup') throw new GalatXml('tag penutup tanpa pembuka', s.awal);
      if (s.jenis !== 'buka') {
        p = s.akhir;
        continue;
      }
      if (s.nama !== tagRow) throw new TakDidukung('<sheetData> berisi selain baris');
      nomor = atributToken(s, 'r');
      el = l.polos ? ujungPolos(s, xml) : ambilElemen(s);
    }
    const r = nomor === undefined ? sebelumnya + 1 : Number(nomor);
    if (!Number.isInteger(r) || r < 1 || r > 1048576)
      throw new TakDidukung('nomor baris tidak sah');
    if (r <= sebelumnya) throw new TakDidukung('baris tidak berurutan');
    sebelumnya = r;
    p = el.akhir;
    yield { r, el, tanpaNomor: nomor === undefined };
  }
}

function atributToken(s: PemindaiXml, nama: string): string | undefined {
  const mentah = nilaiAtributMentah(s.xml, s.awal + 1 + s.nama.length, s.akhir, nama);
  return mentah === undefined ? undefined : lepasXml(mentah);
}

/** A cell of a row being patched. */
interface Sel {
  kolom: number;
  xml: string;
  /** Its start tag. */
  tag: string;
  /** The start tag of its formula, if any. */
  f?: string;
  /** Its address is written (`r`). */
  beralamat: boolean;
  /** Its cell format (`s`). */
  gaya: number;
}

/**
 * The end of the element whose content starts at `dari`, in a plain sheet
 * (see {@link ujungPolos}): just past its end tag `</nama>`, or -1 when it
 * is not closed before `batas`.
 */
function ujungDalam(xml: string, nama: string, dari: number, batas: number): number {
  const tutup = `</${nama}`;
  for (let i = dari; ;) {
    i = xml.indexOf(tutup, i);
    if (i < 0 || i >= batas) return -1;
    const j = akhirNamaTag(xml, i + 2);
    if (j === i + tutup.length) {
      const gt = xml.indexOf('>', j);
      return gt < 0 || gt >= batas ? -1 : gt + 1;
    }
    i = j;
  }
}

/**
 * The cells of a row of a plain sheet, read without walking every token
 * inside them: a cell's end is found by search (cells do not nest), only
 * the children of a cell holding a formula are walked (its `<f>` is what the
 * patch needs). Undefined for anything else in the row (text, other
 * elements, cells out of order, an address to read back): the exact reader
 * then decides.
 */
function selBarisPolos(l: Lembar, b: Baris): { sel: Sel[]; lain: string[] } | undefined {
  const { xml } = l;
  const bukaF = `<${l.tag('f')}`;
  const sel: Sel[] = [];
  const polos = pindaiSelPolos(l, b, (awal, akhirTag, akhir, kolom, beralamat, gaya) => {
    let f: string | undefined;
    if (akhir !== akhirTag && xml.slice(akhirTag, akhir).includes(bukaF)) {
      const c = selBaris(l, { ...b, el: { ...b.el, akhirBuka: awal, awalTutup: akhir } });
      f = c.sel.values().next().value?.f;
    }
    const tag = xml.slice(awal, akhirTag);
    sel.push({ kolom, xml: xml.slice(awal, akhir), tag, f, beralamat, gaya });
    return true;
  });
  return polos ? { sel, lain: [] } : undefined;
}

/** A plain cell of a row: its start, end of start tag, end, column, whether addressed, style; false stops the scan. */
type SetiapSel = (
  awal: number,
  akhirTag: number,
  akhir: number,
  kolom: number,
  beralamat: boolean,
  gaya: number,
) => boolean;

/**
 * Walk the cells of a row of a plain sheet without walking every token
 * inside them (cells do not nest: a cell's end is found by search), calling
 * `setiap` with each cell's start, end of start tag, end, column, whether it
 * is addressed, and its style. False when the row holds anything else (text,
 * other elements, cells out of order or past Excel's columns, a style to
 * decode), or when `setiap` says so: the exact reader then decides.
 */
function pindaiSelPolos(l: Lembar, b: Baris, setiap: SetiapSel): boolean {
  const { xml } = l;
  const namaC = l.tagC;
  const tag = l.tagSel;
  const batas = b.el.awalTutup;
  let kolom = 0;
  for (let p = b.el.akhirBuka; p < batas;) {
    const lt = xml.indexOf('<', p);
    const ujung = lt < 0 || lt > batas ? batas : lt;
    if (ujung > p && xml.slice(p, ujung).trim() !== '') return false;
    if (ujung === batas) break;
    if (!xml.startsWith(namaC, lt + 1) || akhirNamaTag(xml, lt + 1) !== lt + 1 + namaC.length)
      return false;
    const akhirTag = tag.baca(xml, lt + 1 + namaC.length, batas);
    if (akhirTag < 0) return false;
    const akhir = tag.kosong ? akhirTag : ujungDalam(xml, namaC, akhirTag, batas);
    if (akhir < 0) return false;
    if (tag.r < 0) kolom++;
    else {
      const k = kolomDi(xml, tag.r, tag.rAkhir, b.r);
      if (k <= kolom) return false;
      kolom = k;
    }
    if (kolom > 16384) return false;
    let gaya = 0;
    if (tag.s >= 0) {
      gaya = angkaDi(xml, tag.s, tag.sAkhir);
      if (gaya < 0) {
        const gs = xml.slice(tag.s, tag.sAkhir);
        if (gs.includes('&')) return false;
        gaya = Number(gs);
      }
    }
    if (!setiap(lt, akhirTag, akhir, kolom, tag.r >= 0, gaya)) return false;
    p = akhir;
  }
  return true;
}

/**
 * A row's or cell's start tag read without a string per attribute: whether
 * it is empty, and where its `r` and `s` values lie (-1: none). One reader
 * serves every tag of a loop; its fields are read before the next tag.
 */
class TagSel {
  kosong = false;
  r = -1;
  rAkhir = -1;
  s = -1;
  sAkhir = -1;

  /**
   * The attributes from `dari` (just past the tag's name), read as the exact
   * scanner reads a start tag (PemindaiXml): the end of the tag, or -1 for
   * anything the exact scanner would refuse (the exact path then says why).
   */
  baca(xml: string, dari: number, batas: number): number {
    this.kosong = false;
    this.r = this.s = -1;
    let q = dari;
    for (;;) {
      while (q < batas && spasi(xml.charCodeAt(q))) q++;
      if (q >= batas) return -1;
      let c = xml.charCodeAt(q);
      if (c === 62) return q + 1;
      if (c === 47) {
        if (xml.charCodeAt(q + 1) !== 62) return -1;
        this.kosong = true;
        return q + 2;
      }
      const awalNama = q;
      for (; q < batas; q++) {
        c = xml.charCodeAt(q);
        if (spasi(c) || c === 62 || c === 47 || c === 61 || c === 60) break;
      }
      if (q === awalNama) return -1;
      const satu = q - awalNama === 1 ? xml.charCodeAt(awalNama) : 0;
      while (q < batas && spasi(xml.charCodeAt(q))) q++;
      if (xml.charCodeAt(q) !== 61) return -1;
      q++;
      while (q < batas && spasi(xml.charCodeAt(q))) q++;
      const kutip = xml.charCodeAt(q);
      if (kutip !== 34 && kutip !== 39) return -1;
      const tutup = xml.indexOf(kutip === 34 ? '"' : "'", q + 1);
      if (tutup < 0 || tutup >= batas) return -1;
      const lt = xml.indexOf('<', q + 1);
      if (lt >= 0 && lt < tutup) return -1;
      // The first of each, as a lookup by name finds it.
      if (satu === 114 && this.r < 0) {
        this.r = q + 1;
        this.rAkhir = tutup;
      } else if (satu === 115 && this.s < 0) {
        this.s = q + 1;
        this.sAkhir = tutup;
      }
      q = tutup + 1;
    }
  }
}

/** The column of the cell reference xml[awal, akhir) ("AB12") in row `r`, or -1 when it is not one. */
function kolomDi(xml: string, awal: number, akhir: number, r: number): number {
  let i = awal;
  let kolom = 0;
  for (; i < akhir && i < awal + 4; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    kolom = kolom * 26 + c - 64;
  }
  if (i === awal || i > awal + 3 || i === akhir) return -1;
  let baris = 0;
  for (let j = i; j < akhir; j++) {
    const c = xml.charCodeAt(j);
    if (c < 48 || c > 57) return -1;
    baris = baris * 10 + c - 48;
  }
  return baris === r ? kolom : -1;
}

/** The cells of a row in column order, and what else it holds. */
function selBarisUrut(l: Lembar, b: Baris): { sel: Sel[]; lain: string[] } {
  const cepat = l.polos ? selBarisPolos(l, b) : undefined;
  if (cepat) return cepat;
  const { sel, lain } = selBaris(l, b);
  return { sel: [...sel.values()].sort((x, y) => x.kolom - y.kolom), lain };
}

/** The cells of a row (addresses written or implied), and what else it holds (kept after them). */
function selBaris(l: Lembar, b: Baris): { sel: Map<number, Sel>; lain: string[] } {
  const { xml } = l;
  const sel = new Map<number, Sel>();
  const lain: string[] = [];
  const [namaC, namaF] = [l.tag('c'), l.tag('f')];
  let kolom = 0;
  const s = new PemindaiXml(xml, b.el.akhirBuka, b.el.awalTutup);
  while (s.berikut()) {
    if (s.jenis === 'tutup') throw new GalatXml('tag penutup tanpa pembuka', s.awal);
    if (s.jenis !== 'buka') {
      const teks = xml.slice(s.awal, s.akhir);
      if (s.jenis === 'teks' && !teks.trim()) continue;
      if (s.jenis === 'teks' || s.jenis === 'cdata') throw new TakDidukung('teks di dalam baris');
      lain.push(teks);
      continue;
    }
    if (s.nama !== namaC) {
      const el = ambilElemen(s);
      lain.push(xml.slice(el.awal, el.akhir));
      continue;
    }
    // A cell: its start tag, and the start tag of its formula among its children.
    const awal = s.awal;
    const tag = xml.slice(awal, s.akhir);
    let f: string | undefined;
    let dalam = s.kosong ? 0 : 1;
    while (dalam > 0 && s.berikut()) {
      if (s.jenis === 'buka') {
        if (dalam === 1 && s.nama === namaF) f = xml.slice(s.awal, s.akhir);
        if (!s.kosong) dalam++;
      } else if (s.jenis === 'tutup') dalam--;
    }
    if (dalam > 0) throw new GalatXml('sel tidak ditutup', awal);
    const ref = atribut(tag, 'r');
    if (ref === undefined) kolom++;
    else {
      const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
      if (!m || Number(m[2]) !== b.r) throw new TakDidukung(`alamat sel ${ref} tidak sah`);
      kolom = nomorKolom(m[1]);
    }
    if (kolom > 16384 || sel.has(kolom)) throw new TakDidukung('sel ganda atau di luar lembar');
    sel.set(kolom, {
      kolom,
      xml: xml.slice(awal, s.akhir),
      tag,
      f,
      beralamat: ref !== undefined,
      gaya: Number(atribut(tag, 's') ?? 0),
    });
  }
  return { sel, lain };
}

/** The text content of an element (text read back, CDATA as it is). */
function teksElemen(xml: string, el: Elemen): string {
  let hasil = '';
  const s = new PemindaiXml(xml, el.akhirBuka, el.awalTutup);
  while (s.berikut()) {
    if (s.jenis === 'teks') hasil += lepasXml(xml.slice(s.awal, s.akhir));
    else if (s.jenis === 'cdata') hasil += xml.slice(s.awal + 9, s.akhir - 3);
  }
  return hasil;
}

function kolomLembar(l: Lembar): Kolom[] {
  const cols = l.cari('cols');
  if (!cols) return [];
  const hasil: Kolom[] = [];
  for (const a of anakDari(l.xml, cols.el)) {
    if (!('elemen' in a) || a.elemen.nama !== l.tag('col')) continue;
    const xml = l.xml.slice(a.elemen.awal, a.elemen.akhir);
    const tag = l.xml.slice(a.elemen.awal, a.elemen.akhirBuka);
    hasil.push({
      min: Number(atribut(tag, 'min')),
      max: Number(atribut(tag, 'max')),
      lebar: Number(atribut(tag, 'width')) || undefined,
      gaya: Number(atribut(tag, 'style') ?? 0),
      xml,
    });
  }
  return hasil;
}

/** The sheet's XML with its part of the plan written in (as text: see {@link tambalLembarBita}). */
export function tambalLembar(
  xml: string,
  blok: BlokEdit[],
  gabung: GabungEdit[],
  warna: AturanWarna[],
  gaya: GayaSel,
  /** Relationship id of the notes drawing, when the plan writes notes on this sheet. */
  ridCatatan?: string,
): string {
  const sumber = { teks: xml, bita: new TextEncoder().encode(xml) };
  return new TextDecoder().decode(
    gabungBita(tambalLembarBita(sumber, blok, gabung, warna, gaya, ridCatatan)),
  );
}

/** `f()`, with XML the sheet cannot be read by turned into a reason to leave it to ExcelJS. */
function terbaca<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GalatXml) throw new TakDidukung(`XML lembar tidak terbaca: ${e.message}`);
    throw e;
  }
}

/**
 * The sheet with its part of the plan written in, as UTF-8 in pieces: what
 * is kept of the sheet is copied from its stored bytes, only what changes
 * is encoded anew.
 */
export function tambalLembarBita(
  sumber: SumberTeks,
  blok: BlokEdit[],
  gabung: GabungEdit[],
  warna: AturanWarna[],
  gaya: GayaSel,
  /** Relationship id of the notes drawing, when the plan writes notes on this sheet. */
  ridCatatan?: string,
): Uint8Array[] {
  const k = new Keluaran(sumber);
  terbaca(() => {
    const l = new Lembar(sumber.teks);
    const langkah = tambal(l, blok, gabung, warna, gaya, ridCatatan, k);
    while (!langkah.next().done);
  });
  return k.hasil();
}

/**
 * {@link tambalLembarBita}, handing the sheet to `tulis` block by block as
 * it is written (a block is used again once its promise resolves): the
 * deflater works on one block while the next is written, and the sheet is
 * never held whole.
 */
export async function tambalLembarAlir(
  sumber: SumberTeks,
  blok: BlokEdit[],
  gabung: GabungEdit[],
  warna: AturanWarna[],
  gaya: GayaSel,
  ridCatatan: string | undefined,
  tulis: (blok: Uint8Array) => Promise<void>,
): Promise<void> {
  const k = new Keluaran(sumber, true);
  const langkah = terbaca(() =>
    tambal(new Lembar(sumber.teks), blok, gabung, warna, gaya, ridCatatan, k),
  );
  let tertunda: Promise<void> = Promise.resolve();
  const kirim = async (akhir: boolean) => {
    for (const b of k.ambil(akhir)) {
      await tertunda;
      tertunda = tulis(b).then(() => k.kembalikan(b));
      // Its failure is met at the next await.
      tertunda.catch(() => undefined);
    }
  };
  for (;;) {
    let selesai: boolean | undefined;
    try {
      selesai = terbaca(() => langkah.next()).done;
    } catch (e) {
      await tertunda.catch(() => undefined);
      throw e;
    }
    await kirim(!!selesai);
    if (selesai) break;
  }
  await tertunda;
}

/** The patch, written to `k`; it pauses (yields) whenever `k` has blocks ready to be taken. */
function* tambal(
  l: Lembar,
  blok: BlokEdit[],
  gabung: GabungEdit[],
  warna: AturanWarna[],
  gaya: GayaSel,
  ridCatatan: string | undefined,
  k: Keluaran,
): Generator<void, void> {
  const data = l.cari('sheetData');
  if (!data) throw new TakDidukung('lembar tanpa <sheetData>');
  const kolom = kolomLembar(l);
  const bersama = rumusBersama(l, data.el);
  const operasi = new OperasiLembar(blok, gabung, bersama.siBerikut, l);
  rumusBersamaUtuh(bersama.daftar, operasi);
  const ganti: Ganti[] = [];
  ganti.push({ awal: data.el.awal, akhir: data.el.akhir, teks: null, urutan: 0 });
  let batas = operasi.batas();
  // The dimension grows to cover the new cells.
  const dimensi = l.cari('dimension');
  if (dimensi) {
    const tag = l.xml.slice(dimensi.el.awal, dimensi.el.akhirBuka);
    const r = uraiRentang(atribut(tag, 'ref') ?? '');
    if (r) {
      batas = { baris: Math.max(r.baris2, batas.baris), kolom: Math.max(r.kolom2, batas.kolom) };
      const ref = `${alamat(r.baris1, r.kolom1)}:${alamat(batas.baris, batas.kolom)}`;
      ganti.push({
        awal: dimensi.el.awal,
        akhir: dimensi.el.akhirBuka,
        teks: aturAtribut(tag, 'ref', ref),
        urutan: 0,
      });
    }
  }
  lebarKolom(l, kolom, blok, data.el, ganti);
  gabungKepala(l, gabung, ganti);
  warnaKategori(l, warna, gaya, ganti);
  if (ridCatatan) catatanLembar(l, ridCatatan, ganti);
  ganti.sort(
    (a, b) => a.awal - b.awal || a.akhir - a.awal - (b.akhir - b.awal) || a.urutan - b.urutan,
  );
  let p = 0;
  for (const g of ganti) {
    if (g.awal < p) throw new TakDidukung('perubahan lembar bertumpuk');
    k.salin(p, g.awal);
    if (g.teks !== null) k.teks(g.teks);
    else {
      k.teks(`<${l.tag('sheetData')}>`);
      yield* tulisBaris(l, data.el, operasi, kolom, gaya, k);
      k.teks(`</${l.tag('sheetData')}>`);
    }
    p = g.akhir;
  }
  k.salin(p, l.xml.length);
}

/** The legacy drawing that shows the notes; the sheet may not have one already. */
function catatanLembar(l: Lembar, rid: string, ganti: Ganti[]): void {
  if (l.cari('legacyDrawing')) throw new TakDidukung('lembar sudah punya gambar VML');
  const tag = l.xml.slice(l.akar.awal, l.akar.akhirBuka);
  const r = atribut(tag, 'xmlns:r');
  let ns = '';
  if (r === undefined)
    ganti.push({
      awal: l.akar.awal,
      akhir: l.akar.akhirBuka,
      teks: aturAtribut(tag, 'xmlns:r', NS_R),
      urutan: 0,
    });
  else if (r !== NS_R) ns = ` xmlns:r="${NS_R}"`;
  ganti.push({
    awal: l.tempat('legacyDrawing'),
    akhir: l.tempat('legacyDrawing'),
    teks: `<${l.tag('legacyDrawing')}${ns} r:id="${rid}"/>`,
    urutan: URUTAN_EKOR.indexOf('legacyDrawing'),
  });
}

/** A cell's row and column as one number. */
function nomorSel(r: number, k: number): number {
  return r * 16385 + k;
}

/** A shared formula's cell (row and column as one number), its id, and whether it is the master. */
interface SelRumusBersama {
  sel: number;
  si: string;
  induk: boolean;
}

/** Every shared formula of the sheet (cell, id, whether it is the master) and the next free id. */
function rumusBersama(l: Lembar, data: Elemen): { daftar: SelRumusBersama[]; siBerikut: number } {
  const { xml } = l;
  const d = new DaftarRumus(l, data);
  if (!xml.slice(data.akhirBuka, data.awalTutup).includes('shared')) return d;
  for (const b of barisLembar(l, data)) d.baris(b);
  return d;
}

/**
 * The inventory of {@link rumusBersama}, row by row. A plain row: only its
 * cells holding a formula are read exactly, each formula's start tag in
 * place (a SIPD export has three in every row); anything else, the whole row
 * exactly. One per sheet: its scratch and callbacks serve row after row.
 */
class DaftarRumus {
  readonly daftar: SelRumusBersama[] = [];
  siBerikut = 0;
  private readonly xml: string;
  private readonly bukaF: string;
  private readonly bukaC: string;
  private readonly tag = new TagSel();
  /** Reads each formula's start tag, as the exact scanner does. */
  private readonly s: PemindaiXml;
  // The row's formulas so far: column, and where the start tag is (or the tag itself, read exactly).
  private readonly kolomF: number[] = [];
  private readonly posF: number[] = [];
  private readonly teksF: (string | undefined)[] = [];
  private n = 0;
  private b: Baris | undefined;
  /** A formula's si, t and ref: the first of each, as `atribut` finds them. */
  private readonly af = new AtributTag(['si', 't', 'ref'], true);

  constructor(
    private readonly l: Lembar,
    data: Elemen,
  ) {
    this.xml = l.xml;
    this.bukaF = `<${l.tag('f')}`;
    this.bukaC = `<${l.tagC}`;
    this.s = new PemindaiXml(l.xml, data.akhirBuka, data.awalTutup);
  }

  baris(b: Baris): void {
    this.n = 0;
    this.b = b;
    if (this.l.polos && (this.lompat(b) || pindaiSelPolos(this.l, b, this.selPolos))) {
      for (let i = 0; i < this.n; i++) {
        const p = this.posF[i];
        if (p >= 0) {
          this.s.lompatKe(p);
          this.s.berikut();
          this.catat(b.r, this.kolomF[i], this.xml, p + this.bukaF.length, this.s.akhir);
        } else {
          const f = this.teksF[i]!;
          this.catat(b.r, this.kolomF[i], f, akhirNamaTag(f, 1), f.length);
        }
      }
    } else
      for (const [k, c] of selBaris(this.l, b).sel)
        if (c.f) this.catat(b.r, k, c.f, akhirNamaTag(c.f, 1), c.f.length);
  }

  /**
   * The formulas of a row of a plain sheet found by search, without reading its other cells:
   * true when each is the first child of an addressed cell of this row (what the cell-by-cell
   * path then finds too); false, with nothing kept, for anything else.
   */
  private lompat(b: Baris): boolean {
    const { xml, bukaF, bukaC, tag } = this;
    for (
      let i = xml.indexOf(bukaF, b.el.akhirBuka);
      i >= 0 && i < b.el.awalTutup;
      i = xml.indexOf(bukaF, i + 1)
    ) {
      const c = xml.lastIndexOf(bukaC, i);
      const akhirTag =
        c >= b.el.akhirBuka &&
        akhirNamaTag(xml, i + 1) === i + bukaF.length &&
        akhirNamaTag(xml, c + 1) === c + bukaC.length
          ? tag.baca(xml, c + bukaC.length, i)
          : -1;
      const kolom =
        akhirTag < 0 || tag.kosong || tag.r < 0 || (akhirTag < i && xml.slice(akhirTag, i).trim())
          ? -1
          : kolomDi(xml, tag.r, tag.rAkhir, b.r);
      if (kolom <= 0 || kolom > 16384) {
        this.n = 0;
        return false;
      }
      this.kolomF[this.n] = kolom;
      this.posF[this.n++] = i;
    }
    return true;
  }

  /** A cell of a plain row: its formula, when it has one. */
  private readonly selPolos: SetiapSel = (awal, akhirTag, akhir, kolom) => {
    const { xml, bukaF } = this;
    const i = akhir > akhirTag ? xml.indexOf(bukaF, akhirTag) : -1;
    if (i < 0 || i >= akhir) return true;
    const n = this.n++;
    this.kolomF[n] = kolom;
    // The formula as the cell's first child (as Capaian and Excel write it): read in place.
    if (
      (i === akhirTag || xml.slice(akhirTag, i).trim() === '') &&
      akhirNamaTag(xml, i + 1) === i + bukaF.length
    ) {
      this.posF[n] = i;
      return true;
    }
    const b = this.b!;
    const sel = selBaris(this.l, { ...b, el: { ...b.el, akhirBuka: awal, awalTutup: akhir } });
    const f = sel.sel.values().next().value?.f;
    if (f) {
      this.posF[n] = -1;
      this.teksF[n] = f;
    } else this.n--;
    return true;
  };

  /** The formula whose start tag's attributes lie in teks[dari, sampai), read as `atribut` reads them. */
  private catat(r: number, k: number, teks: string, dari: number, sampai: number): void {
    this.af.baca(teks, dari, sampai);
    const si = this.baca(teks, 0);
    if (si === undefined) return;
    this.siBerikut = Math.max(this.siBerikut, Number(si) + 1);
    if (this.baca(teks, 1) === 'shared')
      this.daftar.push({ sel: nomorSel(r, k), si, induk: this.af.awal[2] >= 0 });
  }

  private baca(teks: string, i: number): string | undefined {
    const v = this.af.teks(teks, i);
    return v?.includes('&') ? lepasXml(v) : v;
  }
}

/**
 * The plan's cell operations by sheet row, with each formula's `<f>`
 * element, made when the row is written (nothing per cell is kept for the
 * whole sheet): the blocks in plan order, then the header cells of new
 * columns, which take the look of their neighbour after every block (as
 * ExcelJS does).
 */
class OperasiLembar {
  /** The rows with operations, in order. */
  readonly nomor: number[];
  private readonly deret: DeretDatar[];
  /** Shared-formula id of each master cell (by block, at row * width + column). */
  private readonly si: Int32Array[];
  /** The <f> of the cells copying a shared formula: per block and column, of its current run. */
  private readonly fSalinan: { si: number; teks: string }[][];
  private readonly f: string;

  constructor(
    private readonly blok: BlokEdit[],
    private readonly gabung: GabungEdit[],
    siAwal: number,
    l: Lembar,
  ) {
    this.f = l.tag('f');
    // Shared-formula ids go on after the sheet's own, in plan order.
    let si = siAwal;
    this.deret = blok.map((b) => deretRumusDatar(b.sel));
    this.si = this.deret.map(({ lebar, induk, akhir }) => {
      const id = new Int32Array(induk.length).fill(-1);
      for (let x = 0; x < induk.length; x++)
        if (induk[x] >= 0 && induk[x] === Math.floor(x / lebar) && akhir[x] > induk[x])
          id[x] = si++;
      return id;
    });
    this.fSalinan = blok.map(() => []);
    let maks = 0;
    for (const b of blok) maks = Math.max(maks, b.baris + b.sel.length);
    for (const g of gabung) maks = Math.max(maks, g.baris2 + 1);
    const ada = new Uint8Array(maks + 1);
    for (const b of blok)
      for (let i = 0; i < b.sel.length; i++) if (b.sel[i].some((x) => x)) ada[b.baris + i] = 1;
    for (const g of gabung) for (let r = g.baris1; r <= g.baris2; r++) ada[r] = 1;
    this.nomor = [];
    for (let r = 1; r < ada.length; r++) if (ada[r]) this.nomor.push(r);
  }

  /** The operations of row `r`, in plan order. */
  ops(r: number): Operasi[] {
    // One list and its objects serve row after row: each row's are used before the next is asked for.
    const hasil = this.hasilOps;
    hasil.length = 0;
    const f = this.f;
    for (let n = 0; n < this.blok.length; n++) {
      const b = this.blok[n];
      const i = r - b.baris;
      if (i < 0 || i >= b.sel.length) continue;
      const { lebar, induk, akhir } = this.deret[n];
      const baris = b.sel[i];
      for (let j = 0; j < baris.length; j++) {
        const s = baris[j];
        if (!s) continue;
        const k = b.kolom + j;
        let fx: string | undefined;
        if (s.rumus) {
          const x = i * lebar + j;
          const i0 = induk[x];
          if (i0 < i) {
            const id = this.si[n][i0 * lebar + j];
            let salinan = this.fSalinan[n][j];
            if (salinan?.si !== id)
              salinan = this.fSalinan[n][j] = { si: id, teks: `<${f} t="shared" si="${id}"/>` };
            fx = salinan.teks;
          } else {
            // Only a formula written in full holds its text.
            const teks = xmlTeks(s.rumus.startsWith('=') ? s.rumus.slice(1) : s.rumus);
            fx =
              akhir[x] > i
                ? `<${f} t="shared" ref="${alamat(r, k)}:${alamat(b.baris + akhir[x], k)}" si="${this.si[n][x]}">${teks}</${f}>`
                : `<${f}>${teks}</${f}>`;
          }
        }
        this.tambahOps(k, b.gayaDariKolom, s, fx);
      }
    }
    for (const g of this.gabung)
      if (r >= g.baris1 && r <= g.baris2)
        this.tambahOps(g.kolom, g.gayaDariKolom, undefined, undefined);
    return hasil;
  }

  private readonly hasilOps: Operasi[] = [];
  private readonly kolamOps: Operasi[] = [];

  private tambahOps(
    kolom: number,
    gayaDari: number | undefined,
    sel: SelEdit | undefined,
    f: string | undefined,
  ): void {
    const n = this.hasilOps.length;
    let o = this.kolamOps[n];
    if (!o) o = this.kolamOps[n] = { kolom, gayaDari, sel, f };
    else {
      o.kolom = kolom;
      o.gayaDari = gayaDari;
      o.sel = sel;
      o.f = f;
    }
    this.hasilOps.push(o);
  }

  /** Every cell given a value (row, column). */
  *ditulis(): Generator<[number, number]> {
    for (const b of this.blok)
      for (let i = 0; i < b.sel.length; i++)
        for (let j = 0; j < b.sel[i].length; j++) if (b.sel[i][j]) yield [b.baris + i, b.kolom + j];
  }

  /** The last row and column touched. */
  batas(): { baris: number; kolom: number } {
    let baris = 0;
    let kolom = 0;
    for (const b of this.blok) {
      b.sel.forEach((r, i) => {
        r.forEach((x, j) => {
          if (!x) return;
          baris = Math.max(baris, b.baris + i);
          kolom = Math.max(kolom, b.kolom + j);
        });
      });
    }
    for (const g of this.gabung) {
      baris = Math.max(baris, g.baris2);
      kolom = Math.max(kolom, g.kolom);
    }
    return { baris, kolom };
  }
}

/**
 * A shared formula lives in its first cell; the others only point at it.
 * Overwriting that first cell is fine when every cell pointing at it is
 * overwritten too (a second run over our own columns); otherwise the rest
 * would lose their formula, so the file is left to ExcelJS, which writes
 * them out in full.
 */
function rumusBersamaUtuh(daftar: SelRumusBersama[], operasi: OperasiLembar): void {
  if (daftar.length === 0) return;
  const ditulis = new Set<number>();
  for (const [r, k] of operasi.ditulis()) ditulis.add(nomorSel(r, k));
  const induk = new Map<string, boolean>();
  const utuh = new Map<string, boolean>();
  for (const x of daftar) {
    const kena = ditulis.has(x.sel);
    if (x.induk) induk.set(x.si, kena);
    utuh.set(x.si, (utuh.get(x.si) ?? true) && kena);
  }
  for (const [si, kena] of induk)
    if (kena && !utuh.get(si)) throw new TakDidukung('menimpa induk rumus bersama');
}

/**
 * The rows of `<sheetData>` with the operations done, written to `k`. Rows without any are
 * copied as they are (a row without a number is given its number, so that
 * rows put before it cannot shift it); comments between rows stay.
 */
function* tulisBaris(
  l: Lembar,
  data: Elemen,
  operasi: OperasiLembar,
  kolom: Kolom[],
  gaya: GayaSel,
  k: Keluaran,
): Generator<void, void> {
  const { xml } = l;
  const { nomor } = operasi;
  let i = 0;
  let dari = data.akhirBuka;
  const cepat = new BarisCepat(l, kolom, gaya, k);
  for (const b of barisLembar(l, data)) {
    if (k.siap) yield;
    for (; i < nomor.length && nomor[i] < b.r; i++)
      k.teks(barisTertambal(l, undefined, nomor[i], operasi.ops(nomor[i]), kolom, gaya));
    k.salin(dari, b.el.awal);
    dari = b.el.akhir;
    if (nomor[i] === b.r) {
      const ops = operasi.ops(b.r);
      if (!cepat.tulis(b, ops)) k.teks(barisTertambal(l, b, b.r, ops, kolom, gaya));
      i++;
    } else if (b.tanpaNomor) {
      const tag = xml.slice(b.el.awal, b.el.akhirBuka);
      k.teks(aturAtribut(tag, 'r', String(b.r)));
      k.salin(b.el.akhirBuka, b.el.akhir);
    } else k.salin(b.el.awal, b.el.akhir);
  }
  k.salin(dari, data.kosong ? dari : data.awalTutup);
  for (; i < nomor.length; i++) {
    if (k.siap) yield;
    k.teks(barisTertambal(l, undefined, nomor[i], operasi.ops(nomor[i]), kolom, gaya));
  }
}

/**
 * A row patched without taking it apart, the usual case: a plain sheet,
 * every cell addressed and in order, the plan writing values into columns
 * in order. Untouched runs of cells are copied as they are, written cells
 * replace or join them in column order; what it writes is what
 * {@link barisTertambal} writes. One per sheet: its scratch and its two
 * callbacks serve row after row, so a row makes no closures.
 */
class BarisCepat {
  private readonly xml: string;
  private readonly bukaF: string;
  // Each cell of the row being patched: its start, end of start tag, end, column, format.
  private readonly awal: number[] = [];
  private readonly akhirTag: number[] = [];
  private readonly akhir: number[] = [];
  private readonly kolomSel: number[] = [];
  private readonly gayaSel: number[] = [];
  private n = 0;
  // The row's start tag: the first spans and the first r (from the start of the name to past the
  // closing quote), whether it changes, and its own look (customFormat, the last s).
  private nomor = '';
  private ubah = false;
  private spans = -1;
  private akhirSpans = -1;
  private atributR = -1;
  private akhirR = -1;
  private gayaBaris: number | undefined;
  private sBaris: string | undefined;

  constructor(
    private readonly l: Lembar,
    private readonly kolom: Kolom[],
    private readonly gaya: GayaSel,
    private readonly k: Keluaran,
  ) {
    this.xml = l.xml;
    this.bukaF = `<${l.tag('f')}`;
  }

  /** Pushes the row's pieces and returns true, or pushes nothing and returns false when the row needs the exact path. */
  tulis(b: Baris, ops: Operasi[]): boolean {
    if (!this.l.polos || b.el.kosong || !this.opsUrut(ops)) return false;
    // The cells: addressed, in order, nothing else but whitespace between them.
    this.n = 0;
    if (!pindaiSelPolos(this.l, b, this.catatSel)) return false;
    this.bacaTagBaris(b);
    if (!this.rumusBolehDitimpa(ops)) return false;
    this.tulisTag(b);
    this.tulisSelBaris(b, ops);
    return true;
  }

  /** Values only, in column order; a look taken from a cell this row also writes depends on the order. */
  private opsUrut(ops: Operasi[]): boolean {
    for (let i = 0; i < ops.length; i++) {
      const o = ops[i];
      if (!o.sel || (i > 0 && o.kolom <= ops[i - 1].kolom)) return false;
      if (o.gayaDari !== undefined) for (const x of ops) if (x.kolom === o.gayaDari) return false;
    }
    return true;
  }

  private readonly catatSel: SetiapSel = (awal, akhirTag, akhir, kolom, beralamat, gaya) => {
    if (!beralamat) return false;
    const n = this.n++;
    this.awal[n] = awal;
    this.akhirTag[n] = akhirTag;
    this.akhir[n] = akhir;
    this.kolomSel[n] = kolom;
    this.gayaSel[n] = gaya;
    return true;
  };

  private bacaTagBaris(b: Baris): void {
    this.nomor = String(b.r);
    this.ubah = false;
    this.spans = this.akhirSpans = this.atributR = this.akhirR = -1;
    this.gayaBaris = this.sBaris = undefined;
    telusuriAtribut(this.xml, akhirNamaTag(this.xml, b.el.awal + 1), b.el.akhirBuka, this.atribut);
    if (this.gayaBaris !== undefined) this.gayaBaris = Number(this.sBaris ?? 0);
  }

  private readonly atribut = (an: number, az: number, va: number, vz: number): boolean => {
    const xml = this.xml;
    if (namaDi(xml, 'spans', an, az)) {
      this.ubah = true;
      if (this.spans < 0) [this.spans, this.akhirSpans] = [an, vz + 1];
    } else if (namaDi(xml, 'r', an, az)) {
      if (this.atributR < 0) [this.atributR, this.akhirR] = [an, vz + 1];
      if (!namaDi(xml, this.nomor, va, vz)) this.ubah = true;
    } else if (namaDi(xml, 'customFormat', an, az)) {
      if (/^(1|true)$/.test(lepasXml(xml.slice(va, vz)))) this.gayaBaris = 0;
    } else if (namaDi(xml, 's', an, az)) this.sBaris = lepasXml(xml.slice(va, vz));
    return false;
  };

  /** The look of column `k` in this row: its cell's, else the row's, else the column's. */
  private gayaDi(k: number): number {
    for (let i = 0; i < this.n; i++) if (this.kolomSel[i] === k) return this.gayaSel[i];
    return this.gayaBaris ?? this.kolom.find((x) => x.min <= k && k <= x.max)?.gaya ?? 0;
  }

  /** Formulas overwritten must be their cell's first child; an array formula is refused, as on the exact path. */
  private rumusBolehDitimpa(ops: Operasi[]): boolean {
    const { xml, bukaF, n } = this;
    let c = 0;
    for (const o of ops) {
      while (c < n && this.kolomSel[c] < o.kolom) c++;
      if (c === n || this.kolomSel[c] !== o.kolom || this.akhir[c] === this.akhirTag[c]) continue;
      const isi = xml.slice(this.akhirTag[c], this.akhir[c]);
      const i = isi.indexOf(bukaF);
      if (i < 0) continue;
      if (isi.slice(0, i).trim() !== '' || akhirNamaTag(isi, i + 1) !== i + bukaF.length)
        return false;
      const f = new PemindaiXml(isi, i);
      f.berikut();
      const t = nilaiAtributMentah(isi, i + bukaF.length, f.akhir, 't');
      if (t !== undefined && lepasXml(t) === 'array') throw new TakDidukung('menimpa rumus larik');
    }
    return true;
  }

  /** The row's start tag: numbered, without spans (they would no longer be right). */
  private tulisTag(b: Baris): void {
    const { xml, k } = this;
    if (!this.ubah && this.atributR >= 0) k.salin(b.el.awal, b.el.akhirBuka);
    else if (this.atributR < 0) {
      const buka = xml.slice(b.el.awal, b.el.akhirBuka);
      k.teks(aturAtribut(buangAtribut(buka, 'spans'), 'r', this.nomor));
    } else tulisTagBaris(xml, b, this.spans, this.akhirSpans, this.atributR, this.akhirR, k);
  }

  /** Untouched runs of cells copied, written cells put in their place. */
  private tulisSelBaris(b: Baris, ops: Operasi[]): void {
    const { k, n } = this;
    let p = b.el.akhirBuka;
    let c = 0;
    for (const o of ops) {
      while (c < n && this.kolomSel[c] < o.kolom) c++;
      const ada = c < n && this.kolomSel[c] === o.kolom;
      const tempat = c < n ? this.awal[c] : n > 0 ? this.akhir[n - 1] : b.el.akhirBuka;
      if (tempat > p) k.salin(p, tempat);
      const dasar = this.gayaDi(o.gayaDari ?? o.kolom);
      const sel = o.sel!;
      const gs = sel.format ? this.gaya.denganFormat(dasar, sel.format) : dasar;
      tulisSel(k, this.l, b.r, o.kolom, gs, sel, o.f);
      p = tempat;
      if (ada) p = this.akhir[c++];
    }
    k.salin(p, b.el.akhir);
  }
}

/**
 * A row's start tag with its first `spans` dropped (and the whitespace
 * before it) and its first `r` set to the row's number: what
 * `aturAtribut(buangAtribut(tag, 'spans'), 'r', r)` makes, copied from the
 * stored bytes around the two changes.
 */
function tulisTagBaris(
  xml: string,
  b: Baris,
  spans: number,
  akhirSpans: number,
  r: number,
  akhirR: number,
  k: Keluaran,
): void {
  let awalSpans = spans;
  if (spans >= 0) while (awalSpans > b.el.awal && /\s/.test(xml[awalSpans - 1])) awalSpans--;
  let p = b.el.awal;
  if (spans >= 0 && awalSpans < r) {
    k.salin(p, awalSpans);
    p = akhirSpans;
  }
  k.salin(p, r);
  k.teks('r="');
  k.angka(b.r);
  k.teks('"');
  p = akhirR;
  if (spans >= 0 && awalSpans > r) {
    k.salin(p, awalSpans);
    p = akhirSpans;
  }
  k.salin(p, b.el.akhirBuka);
}

function barisTertambal(
  l: Lembar,
  asli: Baris | undefined,
  r: number,
  ops: Operasi[],
  kolom: Kolom[],
  gaya: GayaSel,
): string {
  let tag = `<${l.tag('row')} r="${r}">`;
  // The row's cells in column order: column, XML, cell format.
  const kol: number[] = [];
  const teks: string[] = [];
  const gs: number[] = [];
  let lain: string[] = [];
  if (asli) {
    const buka = l.xml.slice(asli.el.awal, asli.el.akhirBuka);
    tag = aturAtribut(buangAtribut(buka, 'spans'), 'r', String(r));
    if (asli.el.kosong) tag = `${tag.slice(0, -2).replace(/\s+$/, '')}>`;
    const isi = selBarisUrut(l, asli);
    lain = isi.lain;
    for (const c of isi.sel) {
      kol.push(c.kolom);
      teks.push(c.beralamat ? c.xml : denganAlamat(c, alamat(r, c.kolom)));
      gs.push(c.gaya);
      if (c.f && atribut(c.f, 't') === 'array' && ops.some((o) => o.sel && o.kolom === c.kolom))
        throw new TakDidukung('menimpa rumus larik');
    }
  }
  // An absent cell looks like its row (when the row has a format) or else its column.
  const gayaBaris = /^(1|true)$/.test(atribut(tag, 'customFormat') ?? '')
    ? Number(atribut(tag, 's') ?? 0)
    : undefined;
  for (const o of ops) {
    const dari = o.gayaDari ?? o.kolom;
    const id = kol.indexOf(dari);
    const dasar =
      id >= 0
        ? gs[id]
        : (gayaBaris ?? kolom.find((x) => x.min <= dari && dari <= x.max)?.gaya ?? 0);
    const s = o.sel?.format ? gaya.denganFormat(dasar, o.sel.format) : dasar;
    const r0 = alamat(r, o.kolom);
    const i = kol.indexOf(o.kolom);
    let x: string;
    if (o.sel) {
      const t = new TeksSel();
      tulisSel(t, l, r, o.kolom, s, o.sel, o.f);
      x = t.hasil;
    } else x = selBergaya(l, i >= 0 ? teks[i] : undefined, r0, s);
    if (i >= 0) {
      teks[i] = x;
      gs[i] = s;
    } else {
      // In column order.
      let j = kol.length;
      while (j > 0 && kol[j - 1] > o.kolom) j--;
      kol.splice(j, 0, o.kolom);
      teks.splice(j, 0, x);
      gs.splice(j, 0, s);
    }
  }
  return `${tag}${teks.join('')}${lain.join('')}</${l.tag('row')}>`;
}

/** A cell that had no address, with its address written (its column moves nothing else). */
function denganAlamat(c: Sel, r: string): string {
  const tag = aturAtribut(c.tag, 'r', r);
  return tag + c.xml.slice(c.tag.length);
}

/** A cell with its value kept and its look set to `s`. */
function selBergaya(l: Lembar, ada: string | undefined, r: string, s: number): string {
  if (!ada) return s ? `<${l.tag('c')} r="${r}" s="${s}"/>` : `<${l.tag('c')} r="${r}"/>`;
  const tag = new PemindaiXml(ada);
  tag.berikut();
  const buka = ada.slice(0, tag.akhir);
  const baru = s ? aturAtribut(buka, 's', String(s)) : buangAtribut(buka, 's');
  return baru + ada.slice(tag.akhir);
}

/** What a cell is written to: the patch's output (the usual row), or a string (a row rebuilt whole). */
type PenulisSel = Pick<Keluaran, 'teks' | 'angka' | 'kolom'>;

/** A {@link PenulisSel} that makes a string: a cell of a row rebuilt whole. */
class TeksSel implements PenulisSel {
  hasil = '';
  teks(s: string): void {
    this.hasil += s;
  }
  angka(x: number): void {
    this.hasil += String(x);
  }
  kolom(k: number): void {
    this.hasil += hurufKolom(k);
  }
}

/** A cell written by the plan, written to `k`. */
function tulisSel(
  k: PenulisSel,
  l: Lembar,
  baris: number,
  kolom: number,
  s: number,
  sel: SelEdit,
  f: string | undefined,
): void {
  k.teks(l.bukaC);
  k.kolom(kolom);
  k.angka(baris);
  if (s) {
    k.teks('" s="');
    k.angka(s);
  }
  const v = sel.nilai;
  // Excel stores no infinity or NaN: such a value is left out (the cell empty, or its formula uncomputed).
  if (typeof v === 'number' && !Number.isFinite(v)) {
    if (f === undefined) k.teks('"/>');
    else {
      k.teks('">');
      k.teks(f);
      k.teks(l.tutupC);
    }
    return;
  }
  if (f !== undefined) {
    k.teks(typeof v === 'string' ? '" t="str">' : '">');
    k.teks(f);
    if (v !== null) {
      k.teks(l.bukaV);
      if (typeof v === 'number') k.angka(v);
      else k.teks(xmlTeks(v));
      k.teks(l.tutupV);
    }
    k.teks(l.tutupC);
    return;
  }
  if (v === null || v === '') {
    k.teks('"/>');
    return;
  }
  if (typeof v === 'number') {
    k.teks('">');
    k.teks(l.bukaV);
    k.angka(v);
    k.teks(l.tutupV);
    k.teks(l.tutupC);
    return;
  }
  const ruang = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : '';
  const [is, t] = [l.tag('is'), l.tag('t')];
  k.teks(`" t="inlineStr"><${is}><${t}${ruang}>${xmlTeks(v)}</${t}></${is}>${l.tutupC}`);
}

/** New columns without a width get one near their neighbour's (as the ExcelJS writer does). */
function lebarKolom(
  l: Lembar,
  kolom: Kolom[],
  blok: BlokEdit[],
  data: Elemen,
  ganti: Ganti[],
): void {
  const baru: Kolom[] = [];
  for (const b of blok) {
    if (b.gayaDariKolom === undefined) continue;
    const cari = (k: number) => [...kolom, ...baru].find((x) => x.min <= k && k <= x.max);
    const lebar = cari(b.gayaDariKolom)?.lebar;
    for (let j = 0; j < (b.sel[0]?.length ?? 0); j++) {
      const k = b.kolom + j;
      const ada = cari(k);
      if (ada?.lebar) continue;
      if (ada) throw new TakDidukung('kolom bergaya tanpa lebar');
      const w = Math.max(12, Math.min(lebar ?? 14, 18));
      baru.push({
        min: k,
        max: k,
        lebar: w,
        gaya: 0,
        xml: `<${l.tag('col')} min="${k}" max="${k}" width="${w}" customWidth="1"/>`,
      });
    }
  }
  if (baru.length === 0) return;
  const cols = `<${l.tag('cols')}>${[...kolom, ...baru]
    .sort((a, b) => a.min - b.min)
    .map((x) => x.xml)
    .join('')}</${l.tag('cols')}>`;
  const ada = l.cari('cols');
  if (ada) ganti.push({ awal: ada.el.awal, akhir: ada.el.akhir, teks: cols, urutan: 0 });
  else ganti.push({ awal: data.awal, akhir: data.awal, teks: cols, urutan: 0 });
}

/** New columns' header cells merged over the header rows, unless they touch a merge already. */
function gabungKepala(l: Lembar, gabung: GabungEdit[], ganti: Ganti[]): void {
  const m = l.cari('mergeCells');
  const ada: Gabungan[] = [];
  if (m)
    for (const a of anakDari(l.xml, m.el))
      if ('elemen' in a && a.elemen.nama === l.tag('mergeCell')) {
        const r = uraiRentang(atribut(l.xml.slice(a.elemen.awal, a.elemen.akhirBuka), 'ref') ?? '');
        if (r) ada.push(r);
      }
  const baru: string[] = [];
  for (const g of gabung) {
    if (g.baris2 <= g.baris1) continue;
    const kena = ada.some(
      (x) =>
        x.kolom1 <= g.kolom && g.kolom <= x.kolom2 && x.baris1 <= g.baris2 && g.baris1 <= x.baris2,
    );
    if (kena) continue;
    const ref = `${alamat(g.baris1, g.kolom)}:${alamat(g.baris2, g.kolom)}`;
    ada.push(uraiRentang(ref)!);
    baru.push(`<${l.tag('mergeCell')} ref="${ref}"/>`);
  }
  if (baru.length === 0) return;
  const nama = l.tag('mergeCells');
  if (!m) {
    const tempat = l.tempat('mergeCells');
    ganti.push({
      awal: tempat,
      akhir: tempat,
      teks: `<${nama} count="${baru.length}">${baru.join('')}</${nama}>`,
      urutan: URUTAN_EKOR.indexOf('mergeCells'),
    });
    return;
  }
  const isi = m.el.kosong ? '' : l.xml.slice(m.el.akhirBuka, m.el.awalTutup);
  const tag = aturAtribut(
    m.el.kosong
      ? `${l.xml.slice(m.el.awal, m.el.akhirBuka - 2).replace(/\s+$/, '')}>`
      : l.xml.slice(m.el.awal, m.el.akhirBuka),
    'count',
    String(ada.length),
  );
  ganti.push({
    awal: m.el.awal,
    akhir: m.el.akhir,
    teks: `${tag}${isi}${baru.join('')}</${nama}>`,
    urutan: 0,
  });
}

/**
 * True for a conditional format Capaian writes: every rule an expression
 * comparing the column's first cell with one label. The user's own formats
 * (other rules, other formulas) are never taken for ours.
 */
function warnaCapaian(l: Lembar, cf: Elemen): boolean {
  let aturan = 0;
  for (const a of anakDari(l.xml, cf)) {
    if (!('elemen' in a)) continue;
    if (a.elemen.nama !== l.tag('cfRule')) return false;
    aturan++;
    if (atribut(l.xml.slice(a.elemen.awal, a.elemen.akhirBuka), 'type') !== 'expression')
      return false;
    const rumus = [...anakDari(l.xml, a.elemen)].filter(
      (x): x is { elemen: Elemen } => 'elemen' in x && x.elemen.nama === l.tag('formula'),
    );
    if (rumus.length !== 1 || !RUMUS_WARNA.test(teksElemen(l.xml, rumus[0].elemen))) return false;
  }
  return aturan > 0;
}

/** Kategori colours: conditional formats replacing Capaian's own on exactly the same range. */
function warnaKategori(l: Lembar, warna: AturanWarna[], gaya: GayaSel, ganti: Ganti[]): void {
  const dibuang = new Set<Bagian>();
  for (const w of warna) {
    if (w.baris2 < w.baris1) continue;
    const huruf = hurufKolom(w.kolom);
    const ref = `${huruf}${w.baris1}:${huruf}${w.baris2}`;
    for (const b of l.bagian) {
      if (b.nama !== 'conditionalFormatting' || dibuang.has(b)) continue;
      const sqref = atribut(l.xml.slice(b.el.awal, b.el.akhirBuka), 'sqref');
      if (sqref === ref && warnaCapaian(l, b.el)) {
        dibuang.add(b);
        ganti.push({ awal: b.el.awal, akhir: b.el.akhir, teks: '', urutan: 0 });
      }
    }
    const [cf, rule, formula] = [l.tag('conditionalFormatting'), l.tag('cfRule'), l.tag('formula')];
    const aturan = w.aturan.map((a, i) => {
      const rumus = `$${huruf}${w.baris1}="${a.label.replace(/"/g, '""')}"`;
      return `<${rule} type="expression" dxfId="${gaya.isian(`FF${a.warna.toUpperCase()}`)}" priority="${i + 1}"><${formula}>${xmlTeks(rumus)}</${formula}></${rule}>`;
    });
    const tempat = l.tempat('conditionalFormatting');
    ganti.push({
      awal: tempat,
      akhir: tempat,
      teks: `<${cf} sqref="${ref}">${aturan.join('')}</${cf}>`,
      urutan: URUTAN_EKOR.indexOf('conditionalFormatting'),
    });
  }
}
