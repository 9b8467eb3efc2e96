/**
 * One contract for the three writers of an edit plan: the Office.js adapter
 * (against the fake Excel), the XML patch writer and the ExcelJS fallback.
 * The same plans (the engine's, on every fixture and the example) go through
 * all three; values, formulas, number formats, notes, new column widths and
 * the cells the plan leaves empty must come out alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { bacaSemuaLembar, terapkanRencana as terapkanDiExcel } from '../../src/excel/adaptor';
import { kemampuanDari } from '../../src/excel/api';
import { lebarKeTitik, titikKeLebar } from '../../src/excel/tulis';
import { hitungBuku } from '../../src/engine/hitung';
import type { RencanaEdit } from '../../src/engine/rencana';
import { pemampatNode } from '../../src/io/pemampat-node';
import { tambalBuku } from '../../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku, terapkanRencana as terapkanExcelJS } from '../../src/io/xlsx';
import { alamat } from '../../src/sheet/grid';
import { CONTOH, FIXTURE } from '../bantu';
import { BukuPalsu, KonteksPalsu } from '../excel/palsu-excel';

const BERKAS = [
  ...readdirSync(FIXTURE)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(FIXTURE, f)),
  CONTOH,
];

/** What a writer left in one cell of the plan. */
interface Jejak {
  isi: unknown;
  format?: string;
  catatan?: string;
}

type Hasil = { sel: Map<string, Jejak>; lebar: Map<string, number> };

/** The cells of the plan (and, in blocks taking a neighbour's look, the cells it leaves empty). */
function selRencana(
  r: RencanaEdit,
): { sheet: string; baris: number; kolom: number; kosong: boolean }[] {
  return r.blok.flatMap((b) =>
    b.sel.flatMap((baris, i) =>
      baris.flatMap((s, j) =>
        s || b.gayaDariKolom !== undefined
          ? [{ sheet: b.sheet, baris: b.baris + i, kolom: b.kolom + j, kosong: s === null }]
          : [],
      ),
    ),
  );
}

function kolomBaru(r: RencanaEdit): { sheet: string; kolom: number }[] {
  return r.blok.flatMap((b) =>
    b.gayaDariKolom === undefined
      ? []
      : (b.sel[0] ?? []).map((_, j) => ({ sheet: b.sheet, kolom: b.kolom + j })),
  );
}

function dariExcelJS(buku: ExcelJS.Workbook, r: RencanaEdit): Hasil {
  const sel = new Map<string, Jejak>();
  for (const s of selRencana(r)) {
    const c = buku.getWorksheet(s.sheet)!.getCell(s.baris, s.kolom);
    // ExcelJS repeats a merge's value in every cell; Excel keeps it in the top-left one.
    const v = (c.isMerged && c.master.address !== c.address ? null : c.value) as ExcelJS.CellValue;
    const rumus = v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
    const note = typeof c.note === 'string' ? c.note : c.note?.texts?.map((t) => t.text).join('');
    sel.set(`${s.sheet}!${alamat(s.baris, s.kolom)}`, {
      isi: rumus ? `=${c.formula}` : (v ?? null),
      format: c.numFmt && c.numFmt !== 'General' ? c.numFmt : undefined,
      catatan: note || undefined,
    });
  }
  const lebar = new Map(
    kolomBaru(r).map((k) => [
      `${k.sheet}!${k.kolom}`,
      buku.getWorksheet(k.sheet)!.getColumn(k.kolom).width ?? 0,
    ]),
  );
  return { sel, lebar };
}

/** The fake holding the file's cells and its column widths. */
async function bukuPalsu(asli: Uint8Array, versi: string): Promise<BukuPalsu> {
  const berkas = await bukaBuku(asli, pemampatNode);
  const buku = new BukuPalsu();
  buku.versiApi = versi;
  for (const g of gridDariBuku(berkas)) {
    const l = buku.tambahDariGrid(g);
    berkas.getWorksheet(g.sheet)!.columns?.forEach((c, j) => {
      if (c.width) l.lebarKolom.set(j + 1, lebarKeTitik(c.width));
    });
  }
  return buku;
}

async function lewatOfficeJs(asli: Uint8Array, r: RencanaEdit, versi: string) {
  const buku = await bukuPalsu(asli, versi);
  const k = kemampuanDari((n, v) => buku.didukung(n, v));
  await terapkanDiExcel(new KonteksPalsu(buku), k, r);
  const sel = new Map<string, Jejak>();
  for (const s of selRencana(r)) {
    const l = buku.cari(s.sheet);
    const c = l.ambil(s.baris, s.kolom);
    sel.set(`${s.sheet}!${alamat(s.baris, s.kolom)}`, {
      isi: c?.rumus ?? c?.nilai ?? null,
      format: c?.format,
      catatan: l.catatan.get(alamat(s.baris, s.kolom)),
    });
  }
  const lebar = new Map(
    kolomBaru(r).map((k) => [
      `${k.sheet}!${k.kolom}`,
      titikKeLebar(buku.cari(k.sheet).lebar(k.kolom)),
    ]),
  );
  return { sel, lebar };
}

describe.each(BERKAS.map((b) => [path.basename(b), b]))('%s', (_nama, berkas) => {
  let asli: Uint8Array;
  let rencana: RencanaEdit;
  let grids: ReturnType<typeof gridDariBuku>;
  let patokan: Hasil;

  beforeAll(async () => {
    asli = new Uint8Array(readFileSync(berkas));
    grids = gridDariBuku(await bukaBuku(asli, pemampatNode));
    rencana = hitungBuku(grids).rencana;
    const tambalan = await tambalBuku(asli, rencana, pemampatNode);
    if (!('data' in tambalan)) throw new Error(`penambal menolak: ${tambalan.alasan}`);
    patokan = dariExcelJS(await bukaBuku(tambalan.data, pemampatNode), rencana);
  });

  test('the ExcelJS fallback writes what the XML patch writes', async () => {
    const buku = await bukaBuku(asli, pemampatNode);
    terapkanExcelJS(buku, rencana);
    const hasil = dariExcelJS(buku, rencana);
    expect(hasil.sel).toEqual(patokan.sel);
    expect(hasil.lebar).toEqual(patokan.lebar);
  });

  test('the Office.js adapter (Microsoft 365) writes what the XML patch writes', async () => {
    const hasil = await lewatOfficeJs(asli, rencana, '1.18');
    expect(hasil.sel).toEqual(patokan.sel);
    expect(hasil.lebar).toEqual(patokan.lebar);
  });

  test('on Excel 2019 (ExcelApi 1.7) the same, less the notes it cannot write', async () => {
    const hasil = await lewatOfficeJs(asli, rencana, '1.7');
    const tanpaCatatan = new Map(
      [...patokan.sel].map(([k, v]) => [k, { ...v, catatan: undefined }]),
    );
    expect(hasil.sel).toEqual(tanpaCatatan);
  });
});

/**
 * Excel 2019 gives no merged areas: the adapter hands the engine the values
 * with blank header cells, and the tables must be the CLI's (issue #13: a blank
 * header cell continues the group on its left, a blank name cell the one above).
 */
test('Office.js without merged areas gives the engine the tables the CLI finds (issue #13)', async () => {
  const ringkas = (h: ReturnType<typeof hitungBuku>) =>
    h.tabel.map((t) => [
      t.tabel.id,
      t.jenis,
      t.baris.map((b) => [b.uraian, b.capaian, b.kategori]),
    ]);
  for (const berkas of BERKAS) {
    const grids = gridDariBuku(await bukaBuku(new Uint8Array(readFileSync(berkas)), pemampatNode));
    const buku = new BukuPalsu();
    buku.versiApi = '1.7';
    for (const g of grids) buku.tambahDariGrid(g);
    const k = kemampuanDari((n, v) => buku.didukung(n, v));
    const tanpa = hitungBuku(await bacaSemuaLembar(new KonteksPalsu(buku), k));
    expect([path.basename(berkas), ringkas(tanpa)]).toEqual([
      path.basename(berkas),
      ringkas(hitungBuku(grids)),
    ]);
  }
});
