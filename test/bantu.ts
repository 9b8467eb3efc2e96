import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import { hitungBuku } from '../src/engine/hitung';
import type { HasilBaris, HasilBuku, HasilTabel } from '../src/engine/hasil';
import type { Pengaturan } from '../src/engine/pengaturan';
import { bukaBuku, gridDariBuku, nilaiSel, tulisBuku } from '../src/io/xlsx';
import type { Grid, NilaiGrid } from '../src/sheet/grid';

export const FIXTURE = path.join(__dirname, 'fixtures');
export const CONTOH = path.join(__dirname, '..', 'examples', 'contoh-lkjip.xlsx');

export async function bacaBuku(berkas: string): Promise<{ buku: ExcelJS.Workbook; grids: Grid[] }> {
  const buku = await bukaBuku(
    readFileSync(berkas.includes('/') ? berkas : path.join(FIXTURE, berkas)),
  );
  return { buku, grids: gridDariBuku(buku) };
}

/** A small indicator table on sheet "Data": No, Indikator, Target, Realisasi, Capaian (%) empty. */
export function bukuIndikatorKecil(): { buku: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const buku = new ExcelJS.Workbook();
  const ws = buku.addWorksheet('Data');
  ws.addRow(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)']);
  for (let i = 1; i <= 3; i++) ws.addRow([i, `Indikator ${i}`, 100, 80 + i]);
  return { buku, ws };
}

/** A Grid of values only, starting at A1, for tables built by hand in tests. */
export function gridDari(nilai: NilaiGrid[][], lain: Partial<Grid> = {}): Grid {
  return { sheet: 'Lembar1', barisAwal: 1, kolomAwal: 1, nilai, gabungan: [], ...lain };
}

export async function hitungBerkas(
  berkas: string,
  pengaturan: Partial<Pengaturan> = {},
): Promise<HasilBuku> {
  const { grids } = await bacaBuku(berkas);
  return hitungBuku(grids, pengaturan);
}

export function tabelDi(hasil: HasilBuku, sheet: string, urutan = 0): HasilTabel {
  const t = hasil.tabel.filter((x) => x.tabel.sheet === sheet)[urutan];
  if (!t) throw new Error(`tidak ada tabel ke-${urutan} di ${sheet}`);
  return t;
}

export function barisDengan(t: HasilTabel, awal: string): HasilBaris {
  const b = t.baris.find((x) => x.uraian.toLowerCase().startsWith(awal.toLowerCase()));
  if (!b) throw new Error(`tidak ada baris "${awal}" di ${t.tabel.id}`);
  return b;
}

export const dua = (n: number | undefined): number | undefined =>
  n === undefined ? undefined : Math.round(n * 100) / 100;

function adaRumus(v: ExcelJS.CellValue): boolean {
  return !!v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/**
 * What every cell of a workbook says: its formula (a shared formula's copy
 * as it reads in its own cell) or its value. Two workbooks that Excel would
 * show alike give equal maps, however ExcelJS stores them.
 */
export function isiSel(buku: ExcelJS.Workbook): Map<string, string> {
  const m = new Map<string, string>();
  buku.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        // Rich text by its runs' text and fonts with sorted keys: a save and reload reorders them.
        const isi =
          v && typeof v === 'object' && 'richText' in v
            ? v.richText.map((r) => [r.text, Object.entries(r.font ?? {}).sort()])
            : v;
        m.set(`${ws.name}!${c.address}`, JSON.stringify(adaRumus(v) ? `=${c.formula}` : isi));
      }),
    ),
  );
  return m;
}

/** The workbook saved to .xlsx bytes and opened again, as a user's next run would see it. */
export async function simpanDanBuka(buku: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return bukaBuku(await tulisBuku(buku));
}

/**
 * Evaluate every formula of a workbook with HyperFormula (an independent
 * spreadsheet engine) and return a reader of computed values.
 */
export function evaluasi(buku: ExcelJS.Workbook): (sheet: string, alamat: string) => unknown {
  const lembar: Record<string, unknown[][]> = {};
  buku.eachSheet((ws) => {
    const isi: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value as ExcelJS.CellValue;
        isi[r - 1] ??= [];
        isi[r - 1][c - 1] = adaRumus(v) ? `=${cell.formula}` : nilaiSel(v);
      });
    });
    for (let i = 0; i < isi.length; i++) isi[i] ??= [];
    lembar[ws.name] = isi;
  });
  const hf = HyperFormula.buildFromSheets(lembar as never, { licenseKey: 'gpl-v3' });
  return (sheet, alamat) => {
    const id = hf.getSheetId(sheet);
    const a = hf.simpleCellAddressFromString(alamat, id as number);
    return a ? hf.getCellValue(a) : undefined;
  };
}
