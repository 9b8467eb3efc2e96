import type { AturanWarna, BlokEdit, GabungEdit, SelEdit } from '../engine/rencana';
import { alamat, hurufKolom, nomorKolom, uraiRentang } from '../sheet/grid';
import { deretRumus } from '../sheet/rumus-bersama';
import { atribut, aturAtribut, lepasXml, xmlTeks } from './xml';
import { TakDidukung } from './zip';

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

const R_BARIS = /\sr="(\d+)"/;
const R_SEL = /\sr="(([A-Z]+)(\d+))"/;
const S_SEL = /\ss="(\d+)"/;
const SEL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** A `<col>` of the sheet: its columns, width and style. */
interface Kolom {
  min: number;
  max: number;
  lebar?: number;
  gaya: number;
  xml: string;
}

function kolomLembar(kepala: string): Kolom[] {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(kepala);
  return [...(cols?.[1] ?? '').matchAll(/<col\b[^>]*>/g)].map(([xml]) => ({
    min: Number(atribut(xml, 'min')),
    max: Number(atribut(xml, 'max')),
    lebar: Number(atribut(xml, 'width')) || undefined,
    gaya: Number(atribut(xml, 'style') ?? 0),
    xml,
  }));
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

/** `isi` put where the schema wants a `nama` element: before every part that must follow it. */
function sisipkanDiEkor(ekor: string, nama: string, isi: string): string {
  let posisi = ekor.lastIndexOf('</worksheet>');
  for (const n of [...URUTAN_EKOR.slice(URUTAN_EKOR.indexOf(nama) + 1), 'mc:AlternateContent']) {
    const i = ekor.search(new RegExp(`<${n}[\\s/>]`));
    if (i >= 0 && i < posisi) posisi = i;
  }
  return ekor.slice(0, posisi) + isi + ekor.slice(posisi);
}

/** The sheet's XML with its part of the plan written in. */
export function tambalLembar(
  xml: string,
  blok: BlokEdit[],
  gabung: GabungEdit[],
  warna: AturanWarna[],
  gaya: GayaSel,
  /** Relationship id of the notes drawing, when the plan writes notes on this sheet. */
  ridCatatan?: string,
): string {
  const awalData = xml.indexOf('<sheetData');
  if (awalData < 0) throw new TakDidukung('lembar tanpa <sheetData> (awalan ruang nama?)');
  const tagData = xml.indexOf('>', awalData);
  const dataKosong = xml[tagData - 1] === '/';
  const akhirData = dataKosong ? tagData + 1 : xml.indexOf('</sheetData>', tagData);
  if (akhirData < 0) throw new TakDidukung('<sheetData> tidak ditutup');
  let kepala = xml.slice(0, awalData);
  const data = dataKosong ? '' : xml.slice(tagData + 1, akhirData);
  let ekor = xml.slice(dataKosong ? akhirData : akhirData + '</sheetData>'.length);
  const kolom = kolomLembar(kepala);

  const operasi = rencanaSel(blok, gabung, data);
  rumusBersamaUtuh(data, operasi);
  const barisBaru = tulisBaris(data, operasi, kolom, gaya);
  let batas = { baris: 0, kolom: 0 };
  for (const [r, ops] of operasi) {
    batas.baris = Math.max(batas.baris, r);
    for (const o of ops) batas.kolom = Math.max(batas.kolom, o.kolom);
  }

  // The dimension grows to cover the new cells.
  kepala = kepala.replace(/<dimension\b[^>]*>/, (tag) => {
    const r = uraiRentang(atribut(tag, 'ref') ?? '');
    if (!r) return tag;
    batas = { baris: Math.max(r.baris2, batas.baris), kolom: Math.max(r.kolom2, batas.kolom) };
    return aturAtribut(
      tag,
      'ref',
      `${alamat(r.baris1, r.kolom1)}:${alamat(batas.baris, batas.kolom)}`,
    );
  });
  kepala = lebarKolom(kepala, kolom, blok);
  ekor = gabungKepala(ekor, gabung);
  ekor = warnaKategori(ekor, warna, gaya);
  if (ridCatatan) {
    if (/<legacyDrawing[\s/>]/.test(ekor)) throw new TakDidukung('lembar sudah punya gambar VML');
    if (!/<worksheet\b[^>]*\sxmlns:r=/.test(kepala))
      kepala = kepala.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
    ekor = sisipkanDiEkor(ekor, 'legacyDrawing', `<legacyDrawing r:id="${ridCatatan}"/>`);
  }
  return `${kepala}<sheetData>${barisBaru}</sheetData>${ekor}`;
}

/** The plan's cell operations by sheet row, with each formula's `<f>` element. */
function rencanaSel(blok: BlokEdit[], gabung: GabungEdit[], data: string): Map<number, Operasi[]> {
  const operasi = new Map<number, Operasi[]>();
  const tambah = (baris: number, o: Operasi) => {
    const ops = operasi.get(baris);
    if (ops) ops.push(o);
    else operasi.set(baris, [o]);
  };
  // Shared-formula ids go on after the sheet's own.
  let si = 0;
  if (data.includes('t="shared"'))
    for (const m of data.matchAll(/<f\b[^>]*\ssi="(\d+)"/g)) si = Math.max(si, Number(m[1]) + 1);
  for (const b of blok) {
    const { induk, akhir } = deretRumus(b.sel);
    const siInduk: number[][] = [];
    b.sel.forEach((baris, i) => {
      siInduk.push([]);
      baris.forEach((s, j) => {
        if (!s) return;
        const r = b.baris + i;
        const k = b.kolom + j;
        let f: string | undefined;
        if (s.rumus) {
          const i0 = induk[i][j];
          if (i0 < i) f = `<f t="shared" si="${siInduk[i0][j]}"/>`;
          else if (akhir[i][j] > i) {
            siInduk[i][j] = si++;
            f = `<f t="shared" ref="${alamat(r, k)}:${alamat(b.baris + akhir[i][j], k)}" si="${siInduk[i][j]}">${xmlTeks(s.rumus.replace(/^=/, ''))}</f>`;
          } else f = `<f>${xmlTeks(s.rumus.replace(/^=/, ''))}</f>`;
        }
        tambah(r, { kolom: k, gayaDari: b.gayaDariKolom, sel: s, f });
      });
    });
  }
  // Header cells of new columns take the look of their neighbour, after every block (as ExcelJS does).
  for (const g of gabung)
    for (let r = g.baris1; r <= g.baris2; r++)
      tambah(r, { kolom: g.kolom, gayaDari: g.gayaDariKolom });
  return operasi;
}

/**
 * A shared formula lives in its first cell; the others only point at it.
 * Overwriting that first cell is fine when every cell pointing at it is
 * overwritten too (a second run over our own columns); otherwise the rest
 * would lose their formula, so the file is left to ExcelJS, which writes
 * them out in full.
 */
function rumusBersamaUtuh(data: string, operasi: Map<number, Operasi[]>): void {
  if (!data.includes('t="shared"')) return;
  const ditulis = new Set<string>();
  for (const [r, ops] of operasi) for (const o of ops) if (o.sel) ditulis.add(alamat(r, o.kolom));
  const induk = new Map<string, boolean>();
  const utuh = new Map<string, boolean>();
  for (const m of data.matchAll(/<f\b[^>]*\st="shared"[^>]*>/g)) {
    const awal = data.lastIndexOf('<c ', m.index);
    const r = R_SEL.exec(data.slice(awal, data.indexOf('>', awal)))?.[1];
    const si = atribut(m[0], 'si') ?? '';
    const kena = r !== undefined && ditulis.has(r);
    if (atribut(m[0], 'ref')) induk.set(si, kena);
    utuh.set(si, (utuh.get(si) ?? true) && kena);
  }
  for (const [si, kena] of induk)
    if (kena && !utuh.get(si)) throw new TakDidukung('menimpa induk rumus bersama');
}

/** The rows of `<sheetData>` with the operations done; rows without any are copied as they are. */
function tulisBaris(
  data: string,
  operasi: Map<number, Operasi[]>,
  kolom: Kolom[],
  gaya: GayaSel,
): string {
  const nomor = [...operasi.keys()].sort((a, b) => a - b);
  const potong: string[] = [];
  let k = 0;
  let dari = 0;
  let p = 0;
  let sebelumnya = 0;
  for (;;) {
    const awal = data.indexOf('<row', p);
    if (awal < 0) break;
    const tutup = data.indexOf('>', awal);
    const tunggal = data[tutup - 1] === '/';
    const akhir = tunggal ? tutup + 1 : data.indexOf('</row>', tutup) + '</row>'.length;
    if (tutup < 0 || akhir < tutup) throw new TakDidukung('baris tidak ditutup');
    const m = R_BARIS.exec(data.slice(awal, tutup + 1));
    if (!m) throw new TakDidukung('baris tanpa nomor');
    const r = Number(m[1]);
    if (r <= sebelumnya) throw new TakDidukung('baris tidak berurutan');
    sebelumnya = r;
    for (; k < nomor.length && nomor[k] <= r; k++) {
      potong.push(data.slice(dari, awal));
      dari = awal;
      if (nomor[k] < r)
        potong.push(barisTertambal(undefined, nomor[k], operasi.get(nomor[k])!, kolom, gaya));
      else {
        potong.push(barisTertambal(data.slice(awal, akhir), r, operasi.get(r)!, kolom, gaya));
        dari = akhir;
      }
    }
    p = akhir;
  }
  potong.push(data.slice(dari));
  for (; k < nomor.length; k++)
    potong.push(barisTertambal(undefined, nomor[k], operasi.get(nomor[k])!, kolom, gaya));
  return potong.join('');
}

function barisTertambal(
  asli: string | undefined,
  r: number,
  ops: Operasi[],
  kolom: Kolom[],
  gaya: GayaSel,
): string {
  let tag = `<row r="${r}">`;
  const sel = new Map<number, string>();
  if (asli) {
    const tutup = asli.indexOf('>');
    const tunggal = asli[tutup - 1] === '/';
    tag = asli.slice(0, tunggal ? tutup - 1 : tutup).replace(/\sspans="[^"]*"/, '') + '>';
    const isi = tunggal ? '' : asli.slice(tutup + 1, asli.length - '</row>'.length);
    const sisa = isi.replace(SEL, (c) => {
      const m = R_SEL.exec(c.slice(0, c.indexOf('>')));
      if (!m) throw new TakDidukung('sel tanpa alamat');
      sel.set(nomorKolom(m[2]), c);
      return '';
    });
    if (sisa.trim()) throw new TakDidukung('baris berisi selain sel');
  }
  // An absent cell looks like its row (when the row has a format) or else its column.
  const gayaBaris = /\scustomFormat="(1|true)"/.test(tag)
    ? Number(atribut(tag, 's') ?? 0)
    : undefined;
  const gayaDi = (k: number): number => {
    const c = sel.get(k);
    if (c !== undefined) return Number(S_SEL.exec(c.slice(0, c.indexOf('>')))?.[1] ?? 0);
    return gayaBaris ?? kolom.find((x) => x.min <= k && k <= x.max)?.gaya ?? 0;
  };
  for (const o of ops) {
    const ada = sel.get(o.kolom);
    const f = ada && /<f\b[^>]*>/.exec(ada)?.[0];
    if (f && o.sel && atribut(f, 't') === 'array') throw new TakDidukung('menimpa rumus larik');
    const dasar = o.gayaDari !== undefined ? gayaDi(o.gayaDari) : gayaDi(o.kolom);
    const s = o.sel?.format ? gaya.denganFormat(dasar, o.sel.format) : dasar;
    const r0 = alamat(r, o.kolom);
    sel.set(o.kolom, o.sel ? selXml(r0, s, o.sel, o.f) : selBergaya(ada, r0, s));
  }
  return `${tag}${[...sel.entries()]
    .sort((a, b) => a[0] - b[0])
    .map((e) => e[1])
    .join('')}</row>`;
}

/** A cell with its value kept and its look set to `s`. */
function selBergaya(ada: string | undefined, r: string, s: number): string {
  if (!ada) return s ? `<c r="${r}" s="${s}"/>` : `<c r="${r}"/>`;
  const tutup = ada.indexOf('>');
  const akhir = ada[tutup - 1] === '/' ? tutup - 1 : tutup;
  let tag = ada.slice(0, akhir).replace(S_SEL, '');
  if (s) tag += ` s="${s}"`;
  return tag + ada.slice(akhir);
}

function selXml(r: string, s: number, sel: SelEdit, f: string | undefined): string {
  const a = s ? `<c r="${r}" s="${s}"` : `<c r="${r}"`;
  const v = sel.nilai;
  // Excel stores no infinity or NaN: such a value is left out (the cell empty, or its formula uncomputed).
  if (typeof v === 'number' && !Number.isFinite(v))
    return f === undefined ? `${a}/>` : `${a}>${f}</c>`;
  if (f !== undefined) {
    if (v === null) return `${a}>${f}</c>`;
    if (typeof v === 'number') return `${a}>${f}<v>${v}</v></c>`;
    return `${a} t="str">${f}<v>${xmlTeks(v)}</v></c>`;
  }
  if (v === null || v === '') return `${a}/>`;
  if (typeof v === 'number') return `${a}><v>${v}</v></c>`;
  const ruang = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : '';
  return `${a} t="inlineStr"><is><t${ruang}>${xmlTeks(v)}</t></is></c>`;
}

/** New columns without a width get one near their neighbour's (as the ExcelJS writer does). */
function lebarKolom(kepala: string, kolom: Kolom[], blok: BlokEdit[]): string {
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
        xml: `<col min="${k}" max="${k}" width="${w}" customWidth="1"/>`,
      });
    }
  }
  if (baru.length === 0) return kepala;
  const cols = `<cols>${[...kolom, ...baru]
    .sort((a, b) => a.min - b.min)
    .map((x) => x.xml)
    .join('')}</cols>`;
  return /<cols>[\s\S]*?<\/cols>/.test(kepala)
    ? kepala.replace(/<cols>[\s\S]*?<\/cols>/, () => cols)
    : kepala + cols;
}

/** New columns' header cells merged over the header rows, unless they touch a merge already. */
function gabungKepala(ekor: string, gabung: GabungEdit[]): string {
  const ada = [...ekor.matchAll(/<mergeCell\s+ref="([^"]+)"/g)].map((m) => uraiRentang(m[1]));
  const baru: string[] = [];
  for (const g of gabung) {
    if (g.baris2 <= g.baris1) continue;
    const kena = ada.some(
      (x) =>
        x &&
        x.kolom1 <= g.kolom &&
        g.kolom <= x.kolom2 &&
        x.baris1 <= g.baris2 &&
        g.baris1 <= x.baris2,
    );
    if (kena) continue;
    const ref = `${alamat(g.baris1, g.kolom)}:${alamat(g.baris2, g.kolom)}`;
    ada.push(uraiRentang(ref));
    baru.push(`<mergeCell ref="${ref}"/>`);
  }
  if (baru.length === 0) return ekor;
  const m = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(ekor);
  if (!m)
    return sisipkanDiEkor(
      ekor,
      'mergeCells',
      `<mergeCells count="${baru.length}">${baru.join('')}</mergeCells>`,
    );
  const jumlah = (m[1].match(/<mergeCell\b/g) ?? []).length + baru.length;
  return ekor.replace(
    m[0],
    () => `<mergeCells count="${jumlah}">${m[1]}${baru.join('')}</mergeCells>`,
  );
}

/**
 * True for a conditional format Capaian writes: every rule an expression
 * comparing the column's first cell with one label. The user's own formats
 * (other rules, other formulas) are never taken for ours.
 */
function warnaCapaian(cf: string): boolean {
  const aturan = [...cf.matchAll(/<cfRule\b[^>]*>([\s\S]*?)<\/cfRule>|<cfRule\b[^>]*\/>/g)];
  return (
    aturan.length > 0 &&
    aturan.every(([r, isi]) => {
      const rumus = [...(isi ?? '').matchAll(/<formula>([\s\S]*?)<\/formula>/g)];
      return (
        atribut(r.slice(0, r.indexOf('>') + 1), 'type') === 'expression' &&
        rumus.length === 1 &&
        RUMUS_WARNA.test(lepasXml(rumus[0][1]))
      );
    })
  );
}

/** Kategori colours: conditional formats replacing Capaian's own on exactly the same range. */
function warnaKategori(ekor: string, warna: AturanWarna[], gaya: GayaSel): string {
  let hasil = ekor;
  for (const w of warna) {
    if (w.baris2 < w.baris1) continue;
    const huruf = hurufKolom(w.kolom);
    const ref = `${huruf}${w.baris1}:${huruf}${w.baris2}`;
    hasil = hasil.replace(
      /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g,
      (cf) =>
        atribut(cf.slice(0, cf.indexOf('>') + 1), 'sqref') === ref && warnaCapaian(cf) ? '' : cf,
    );
    const aturan = w.aturan.map((a, i) => {
      const rumus = `$${huruf}${w.baris1}="${a.label.replace(/"/g, '""')}"`;
      return `<cfRule type="expression" dxfId="${gaya.isian(`FF${a.warna.toUpperCase()}`)}" priority="${i + 1}"><formula>${xmlTeks(rumus)}</formula></cfRule>`;
    });
    hasil = sisipkanDiEkor(
      hasil,
      'conditionalFormatting',
      `<conditionalFormatting sqref="${ref}">${aturan.join('')}</conditionalFormatting>`,
    );
  }
  return hasil;
}
