import ExcelJS from 'exceljs';
import {
  alamat,
  barisGridKosong,
  gridKosong,
  runKolom,
  uraiRentang,
  type Grid,
  type NilaiGrid,
} from '../sheet/grid';
import type { RencanaEdit } from '../engine/rencana';
import { deretRumus } from '../sheet/rumus-bersama';
import { pulihkanCatatan } from './catatan-baca';
import { normalisasi } from './normalisasi';
import { catatanCapaian } from './tambal-catatan';
import { RUMUS_WARNA } from './tambal-lembar';
import { Paket } from './paket';
import {
  BATAS_SEL_BUKU,
  galatMuat,
  galatTerlaluBanyakSel,
  periksaAwal,
  periksaBom,
} from './periksa-berkas';
import type { Pemampat } from './zip';

/**
 * The xlsx adapter: ExcelJS workbooks to Grids and back. It reads every
 * sheet, and applies an edit plan cell by cell, keeping everything else
 * (sheets, styles, widths, merges, formulas) as ExcelJS loaded it. Output
 * files go through {@link tulisDenganRencana}: the patching writer
 * (tambal-xlsx.ts) first, this one where the patch cannot be used.
 */

export { BATAS_SEL_BUKU, GalatBerkas } from './periksa-berkas';
export {
  ekstensiKeluaran,
  pesanCatatanDipertahankan,
  pesanDisimpanUlang,
  tulisDenganRencana,
} from './tulis-rencana';

/**
 * Load a workbook from bytes, with a clear message for what is not a
 * readable .xlsx. ExcelJS cannot load some drawings that other programs
 * write (a chart saved by openpyxl or LibreOffice, exceljs issue #2591);
 * given a deflate, such a file is read again without its drawings, which
 * hold no cell of the tables (the writers keep them in the output).
 */
export async function bukaBuku(data: Uint8Array, pemampat?: Pemampat): Promise<ExcelJS.Workbook> {
  periksaAwal(data);
  await periksaBom(data, pemampat);
  const muat = async (isi: Uint8Array) => {
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(isi as unknown as ArrayBuffer);
    return buku;
  };
  let buku: ExcelJS.Workbook | undefined;
  try {
    buku = await muat(data);
  } catch {
    if (!pemampat) throw galatMuat();
    // A valid workbook in a form ExcelJS does not read (see normalisasi.ts), or with drawings it cannot load.
    const polos = (await normalisasi(data, pemampat).catch(() => undefined)) ?? data;
    if (polos !== data) buku = await muat(polos).catch(() => undefined);
    if (!buku) {
      const tanpa = await tanpaGambar(polos, pemampat).catch(() => undefined);
      if (!tanpa) throw galatMuat();
      buku = await muat(tanpa).catch(() => Promise.reject(galatMuat()));
    }
  }
  if (!buku) throw galatMuat();
  // Notes of empty cells, which ExcelJS drops (a reading aid only: never a reason to fail).
  if (pemampat) await pulihkanCatatan(buku, data, pemampat).catch(() => undefined);
  return buku;
}

/**
 * The package without its drawings (pictures, charts' frames) and notes,
 * for reading cells only: ExcelJS cannot load some drawings other programs
 * write, nor notes kept where it does not look for them (openpyxl's
 * xl/comments/comment1.xml). The notes are read back by pulihkanCatatan.
 * Undefined when there is nothing to leave out.
 */
async function tanpaGambar(data: Uint8Array, pemampat: Pemampat): Promise<Uint8Array | undefined> {
  const paket = new Paket(data, pemampat);
  const gambar = paket.nama.filter((n) => /^xl\/drawings\/(_rels\/)?[^/]+\.xml(\.rels)?$/.test(n));
  let berubah = gambar.length > 0;
  for (const nama of gambar) paket.buang(nama);
  for (const nama of paket.nama.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await paket.teks(nama);
    const tanpa = xml.replace(/<(?:\w+:)?(?:drawing|legacyDrawing)\b[^>]*\/>/g, '');
    if (tanpa !== xml) paket.tulis(nama, tanpa);
    for (const h of await paket.hubungan(nama))
      if (/\/(comments|vmlDrawing)$/.test(h.jenis)) {
        await paket.lepasHubungan(nama, h);
        berubah = true;
      }
  }
  return berubah ? paket.zip() : undefined;
}

const EPOCH_EXCEL = Date.UTC(1899, 11, 30);

/** An ExcelJS cell value as Excel itself would report it. */
export function nilaiSel(v: ExcelJS.CellValue): NilaiGrid {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EPOCH_EXCEL) / 86_400_000;
  if (typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v)
      return nilaiSel((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/**
 * A formula cell's value with its cached result. ExcelJS leaves a cached 0 out
 * of the value of a shared formula's copies (its model keeps it): Excel shows 0
 * there, so the Grid must hold 0, not an empty cell.
 */
function hasilTersimpan(v: ExcelJS.CellValue, cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (!v || typeof v !== 'object' || !('sharedFormula' in v || 'formula' in v)) return v;
  const f = v as ExcelJS.CellFormulaValue;
  if (f.result !== undefined) return v;
  const model = (cell as unknown as { model?: { result?: unknown } }).model;
  return model?.result === undefined ? v : ({ ...f, result: model.result } as ExcelJS.CellValue);
}

/**
 * One worksheet as a Grid (its used range). Memory follows the cells
 * present, not the range's area: a row is as long as its last cell, and
 * the rows without a cell all share one frozen empty row (a sheet with one
 * cell at A1 and one at S1048576 costs a million pointers, not twenty
 * million cells). Reading past a row's end gives undefined (PembacaGrid
 * reads it as an empty cell).
 */
export function gridDariLembar(ws: ExcelJS.Worksheet): Grid {
  const dim = ws.actualRowCount > 0 ? ws.dimensions : undefined;
  const grid = gridKosong(ws.name);
  if (!dim || !dim.bottom) return grid;
  const atas = dim.top;
  const kiri = dim.left;
  const lebar = dim.right - kiri + 1;
  const tinggi = dim.bottom - atas + 1;
  grid.barisAwal = atas;
  grid.kolomAwal = kiri;
  const { nilai, format, rumus, kosong, tanpa } = barisGridKosong(tinggi);
  const tersembunyi: number[] = [];
  let sel = 0;
  ws.eachRow({ includeEmpty: false }, (row, nomor) => {
    if (row.hidden) tersembunyi.push(nomor);
    const r = nomor - atas;
    if (r < 0 || r >= tinggi) return;
    row.eachCell({ includeEmpty: false }, (cell, kolom) => {
      const c = kolom - kiri;
      if (c < 0 || c >= lebar) return;
      // ExcelJS repeats a merged area's value in every cell; Excel gives it only at the top-left.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (++sel > BATAS_SEL_BUKU) throw galatTerlaluBanyakSel(ws.name);
      if (nilai[r] === kosong) nilai[r] = [];
      const baris = nilai[r];
      while (baris.length < c) baris.push(null);
      const v = cell.value;
      baris[c] = nilaiSel(hasilTersimpan(v, cell));
      if (cell.numFmt) {
        if (format[r] === tanpa) format[r] = [];
        format[r][c] = cell.numFmt;
      }
      if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
        if (rumus[r] === tanpa) rumus[r] = [];
        rumus[r][c] = `=${cell.formula}`;
      }
    });
  });
  grid.nilai = nilai;
  grid.format = format;
  grid.rumus = rumus;
  grid.gabungan = daftarGabungan(ws);
  if (tersembunyi.length) grid.barisTersembunyi = tersembunyi;
  const kolom = kolomTersembunyi(ws);
  if (kolom.length) grid.kolomTersembunyi = kolom;
  if (ws.state !== 'visible') grid.lembarTersembunyi = true;
  return grid;
}

/** The hidden columns of the sheet's `<cols>` (ExcelJS keeps one column object per column). */
function kolomTersembunyi(ws: ExcelJS.Worksheet): [number, number][] {
  const kolom = (ws.columns as ExcelJS.Column[] | undefined) ?? [];
  return runKolom(kolom.filter((c) => c?.hidden).map((c) => [c.number, c.number]));
}

function daftarGabungan(ws: ExcelJS.Worksheet): Grid['gabungan'] {
  // ExcelJS keeps merges in a private index; the public model rebuilds every row to list them.
  const indeks = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  const teks = indeks ? Object.values(indeks).map((m) => m.range ?? '') : ws.model.merges;
  return teks.map((t) => uraiRentang(t)).filter((g): g is NonNullable<typeof g> => g !== undefined);
}

/** Every sheet of a workbook as Grids (hidden sheets included; the caller decides). */
export function gridDariBuku(buku: ExcelJS.Workbook): Grid[] {
  return buku.worksheets.map(gridDariLembar);
}

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

/**
 * Cell looks with a number format, one object per look and format. ExcelJS
 * shares a loaded style object between all cells that look alike, so a
 * format is never set on a cell's own style (that would change them all);
 * sharing ours the same way also keeps writing quick.
 */
class GayaBersama {
  private readonly simpan = new Map<Partial<ExcelJS.Style>, Map<string, Partial<ExcelJS.Style>>>();

  dengan(
    dasar: Partial<ExcelJS.Style> | undefined,
    format: string | undefined,
  ): Partial<ExcelJS.Style> {
    const asal = dasar ?? {};
    let perFormat = this.simpan.get(asal);
    if (!perFormat) this.simpan.set(asal, (perFormat = new Map()));
    const kunci = format ?? '';
    let hasil = perFormat.get(kunci);
    if (!hasil) perFormat.set(kunci, (hasil = format ? { ...asal, numFmt: format } : { ...asal }));
    return hasil;
  }
}

function teksCatatan(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * Apply an edit plan to a workbook. Null cells are left untouched; formulas
 * are stored with their expected result so any viewer shows the numbers.
 * Returns the cells ("Sheet!E5") Capaian filled whose note, the user's, was
 * kept (Capaian's own notes there are replaced).
 */
export function terapkanRencana(buku: ExcelJS.Workbook, rencana: RencanaEdit): string[] {
  const dipertahankan: string[] = [];
  // Excel recomputes every formula when the file is opened, whatever results were cached.
  if (rencana.blok.some((b) => b.sel.some((r) => r.some((s) => s?.rumus))))
    buku.calcProperties.fullCalcOnLoad = true;
  const gaya = new GayaBersama();
  for (const blok of rencana.blok) {
    const ws = buku.getWorksheet(blok.sheet);
    if (!ws) throw new Error(`lembar "${blok.sheet}" tidak ada`);
    lepasSalinanRumusBersama(ws, blok);
    // Equal formulas filled down a column are saved as one shared formula, as Excel does.
    const { induk } = deretRumus(blok.sel);
    blok.sel.forEach((baris, i) => {
      const gayaBaris =
        blok.gayaDariKolom !== undefined
          ? ws.getCell(blok.baris + i, blok.gayaDariKolom).style
          : undefined;
      baris.forEach((s, j) => {
        if (!s) return;
        const cell = ws.getCell(blok.baris + i, blok.kolom + j);
        if (gayaBaris || s.format) cell.style = gaya.dengan(gayaBaris ?? cell.style, s.format);
        // Excel stores no infinity or NaN (ExcelJS would write "Infinity"): left out.
        const nilai = typeof s.nilai === 'number' && !Number.isFinite(s.nilai) ? null : s.nilai;
        const result = nilai ?? undefined;
        if (!s.rumus) cell.value = nilai === '' ? null : nilai;
        else if (induk[i][j] === i)
          cell.value = { formula: s.rumus.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
        else
          cell.value = {
            sharedFormula: alamat(blok.baris + induk[i][j], blok.kolom + j),
            result,
          } as ExcelJS.CellSharedFormulaValue;
        const lama = teksCatatan(cell.note);
        if (lama && !catatanCapaian(lama)) dipertahankan.push(`${ws.name}!${cell.address}`);
        else if (s.catatan) cell.note = s.catatan;
        else if (lama !== undefined) cell.note = '';
      });
    });
    if (blok.gayaDariKolom !== undefined) {
      const lebar = ws.getColumn(blok.gayaDariKolom).width;
      for (let j = 0; j < (blok.sel[0]?.length ?? 0); j++) {
        const kolom = ws.getColumn(blok.kolom + j);
        if (!kolom.width) kolom.width = Math.max(12, Math.min(lebar ?? 14, 18));
      }
    }
  }
  for (const g of rencana.gabung) {
    const ws = buku.getWorksheet(g.sheet);
    if (!ws) continue;
    for (let b = g.baris1; b <= g.baris2; b++) {
      ws.getCell(b, g.kolom).style = JSON.parse(
        JSON.stringify(ws.getCell(b, g.gayaDariKolom).style ?? {}),
      );
    }
    const induk = ws.getCell(g.baris1, g.kolom);
    const sudah = induk.isMerged && ws.getCell(g.baris2, g.kolom).master.address === induk.address;
    if (
      !sudah &&
      ![...Array(g.baris2 - g.baris1 + 1).keys()].some(
        (i) => ws.getCell(g.baris1 + i, g.kolom).isMerged,
      )
    ) {
      ws.mergeCells(g.baris1, g.kolom, g.baris2, g.kolom);
    }
  }
  for (const w of rencana.warna) {
    const ws = buku.getWorksheet(w.sheet);
    if (!ws || w.baris2 < w.baris1) continue;
    const kolom = ws.getColumn(w.kolom).letter;
    const ref = `${kolom}${w.baris1}:${kolom}${w.baris2}`;
    const daftar = (
      ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    if (daftar) {
      // Only Capaian's own colours on the range are replaced; the user's formats there stay.
      for (let i = daftar.length - 1; i >= 0; i--)
        if (daftar[i].ref === ref && warnaCapaianExcelJs(daftar[i])) daftar.splice(i, 1);
    }
    ws.addConditionalFormatting({
      ref,
      rules: w.aturan.map((a, i) => ({
        type: 'expression',
        priority: i + 1,
        formulae: [`$${kolom}${w.baris1}="${a.label.replace(/"/g, '""')}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(a.warna) } } },
      })),
    });
  }
  return dipertahankan;
}

function warnaCapaianExcelJs(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return (
    cf.rules.length > 0 &&
    cf.rules.every((r) => {
      const f = (r as { formulae?: unknown[] }).formulae;
      return r.type === 'expression' && f?.length === 1 && RUMUS_WARNA.test(String(f[0]));
    })
  );
}

type NilaiRumusBersama = { formula?: string; shareType?: string; sharedFormula?: string };

/**
 * Before a block overwrites the master of a shared formula (Excel saves
 * filled-down formulas that way), its copies the block leaves alone get
 * the master's formula in full, or the file could not be written.
 */
function lepasSalinanRumusBersama(ws: ExcelJS.Worksheet, blok: RencanaEdit['blok'][number]): void {
  const induk = new Set<string>();
  blok.sel.forEach((baris, i) =>
    baris.forEach((s, j) => {
      const cell = s && ws.findCell(blok.baris + i, blok.kolom + j);
      if ((cell?.value as NilaiRumusBersama | null)?.shareType === 'shared')
        induk.add(cell!.address);
    }),
  );
  if (induk.size === 0) return;
  const ditimpa = new Set<string>();
  blok.sel.forEach((baris, i) =>
    baris.forEach((s, j) => s && ditimpa.add(alamat(blok.baris + i, blok.kolom + j))),
  );
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as NilaiRumusBersama | null;
      if (v?.sharedFormula && induk.has(v.sharedFormula) && !ditimpa.has(cell.address))
        cell.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    }),
  );
}

/** The workbook as .xlsx bytes. */
export async function tulisBuku(buku: ExcelJS.Workbook): Promise<Uint8Array> {
  const data = await buku.xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}
