import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { hitungBuku } from '../../src/engine/hitung';
import { AWALAN_CATATAN, type RencanaEdit } from '../../src/engine/rencana';
import { BATAS_CATATAN_SEL } from '../../src/engine/tata-letak';
import { pemampatNode } from '../../src/io/pemampat-node';
import { tambalBuku } from '../../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku, terapkanRencana, tulisBuku } from '../../src/io/xlsx';
import { alamat } from '../../src/sheet/grid';
import { bukuSipdTeks } from '../../scripts/sintetis';

/**
 * The patch writer on exports shaped like SIPD's: thousands of rows over
 * several sheets with the amounts stored as text, so serapan and sisa are
 * written as values, not formulas. Each such column carries one note saying
 * why (not one per cell: thousands of notes per sheet used to send the whole
 * file to the ExcelJS writer). The patch writes these files itself, and what
 * it writes opens in ExcelJS with the cells, notes and formulas of the plan,
 * the same as the ExcelJS writer's. The real SIPD exports of
 * ../shared/realworld are held to the plan, when that folder is present.
 */

const NYATA = path.join(__dirname, '..', '..', '..', 'shared', 'realworld');
const SIPD_NYATA = existsSync(NYATA)
  ? ['sipd_realisasi_belanja_sumenep_2024.xlsx', 'sipd_rekap_belanja_sumenep_2026.xlsx']
      .map((f) => path.join(NYATA, f))
      .filter((f) => existsSync(f))
  : [];

const buka = (data: Uint8Array) => bukaBuku(data, pemampatNode);

function teksCatatan(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('');
}

/** Every note of a sheet: cell -> text. */
function catatanLembar(ws: ExcelJS.Worksheet): Map<string, string> {
  const hasil = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const t = teksCatatan(c.note);
      if (t !== undefined) hasil.set(c.address, t);
    }),
  );
  return hasil;
}

/** The patched file, failing the test when the patch left it to ExcelJS. */
async function tambal(asli: Uint8Array, rencana: RencanaEdit): Promise<Uint8Array> {
  const h = await tambalBuku(asli, rencana, pemampatNode);
  if ('alasan' in h) throw new Error(`ditulis ulang oleh ExcelJS: ${h.alasan}`);
  return h.data;
}

/** What a written cell shows: value or formula with its cached result, note, number format. */
function isiSel(c: ExcelJS.Cell): unknown {
  const v = c.value as ExcelJS.CellValue;
  const rumus = v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
  return {
    isi: rumus ? { rumus: c.formula, hasil: c.result } : v,
    catatan: teksCatatan(c.note),
    format: c.numFmt,
  };
}

/**
 * Every cell the plan writes, in the patched file: as the plan says, and as
 * the ExcelJS writer writes it. Returns how many were formulas.
 */
function periksaSel(rencana: RencanaEdit, tambalan: ExcelJS.Workbook, exceljs?: ExcelJS.Workbook) {
  let rumus = 0;
  for (const b of rencana.blok) {
    const ws = tambalan.getWorksheet(b.sheet)!;
    const pembanding = exceljs?.getWorksheet(b.sheet);
    b.sel.forEach((r, i) =>
      r.forEach((s, j) => {
        if (!s) return;
        const c = ws.getCell(b.baris + i, b.kolom + j);
        const ref = `${b.sheet}!${alamat(b.baris + i, b.kolom + j)}`;
        if (pembanding)
          expect([ref, isiSel(c)]).toEqual([ref, isiSel(pembanding.getCell(c.address))]);
        if (s.rumus) {
          rumus++;
          expect([ref, `=${c.formula}`]).toEqual([ref, s.rumus]);
          if (typeof s.nilai === 'number') expect(c.result).toBeCloseTo(s.nilai, 6);
        } else if (typeof s.nilai === 'number') expect(c.value).toBeCloseTo(s.nilai, 6);
        else expect([ref, c.value]).toEqual([ref, s.nilai === '' ? null : s.nilai]);
        expect([ref, teksCatatan(c.note)]).toEqual([ref, s.catatan]);
        if (s.format) expect([ref, c.numFmt]).toEqual([ref, s.format]);
      }),
    );
  }
  return rumus;
}

describe('a SIPD-like export: 3 sheets of amounts as text and one of numbers, about 3 000 rows each', () => {
  let asli: Uint8Array;
  let rencana: RencanaEdit;
  let keluar: Uint8Array;
  beforeAll(async () => {
    asli = new Uint8Array((await bukuSipdTeks(4, 3000, 1).xlsx.writeBuffer()) as ArrayBuffer);
    rencana = hitungBuku(gridDariBuku(await buka(asli))).rencana;
    keluar = await tambal(asli, rencana);
  }, 60_000);

  test('the plan: one note per written column where the amounts are text, none where they are numbers', () => {
    expect(rencana.blok.map((b) => [b.sheet, b.peran])).toEqual([
      ['INDUK', 'serapan+sisa'],
      ['SEKRETARIAT', 'serapan+sisa'],
      ['PELAYANAN', 'serapan+sisa'],
      ['SUMBER DAYA', 'serapan+sisa'],
    ]);
    for (const b of rencana.blok) {
      const catatan = b.sel.flat().filter((s) => s?.catatan);
      const nilai = b.sel
        .slice(1)
        .flat()
        .filter((s) => typeof s?.nilai === 'number');
      expect(nilai.length).toBeGreaterThan(2 * 3000);
      if (b.sheet === 'SUMBER DAYA') {
        expect(catatan).toEqual([]);
        expect(nilai.every((s) => s!.rumus)).toBe(true);
      } else {
        // The header cells (row 6) hold the notes; every value cell is a value, not a formula.
        expect(b.sel[0].map((s) => s!.catatan)).toEqual(
          Array(2).fill(
            `${AWALAN_CATATAN}: ${(nilai.length / 2).toLocaleString('id-ID')} sel kolom ini (baris 10-${b.baris + b.sel.length - 1}) ditulis sebagai nilai, bukan rumus: pagu atau realisasi tertulis sebagai teks.`,
          ),
        );
        expect(catatan).toHaveLength(2);
        expect(nilai.some((s) => s!.rumus)).toBe(false);
        expect(nilai.length / 2).toBeGreaterThan(BATAS_CATATAN_SEL);
      }
    }
  });

  test('written by the patch (no fallback), it opens with the cells, notes and formulas of the plan, as the ExcelJS writer writes them', async () => {
    const tambalan = await buka(keluar);
    const lewatExcelJs = await buka(asli);
    terapkanRencana(lewatExcelJs, rencana);
    const exceljs = await buka(await tulisBuku(lewatExcelJs));
    expect(periksaSel(rencana, tambalan, exceljs)).toBeGreaterThan(2 * 3000);
    // Exactly the notes designed: two per text sheet, on the new columns' headers.
    for (const ws of tambalan.worksheets) {
      const catatan = [...catatanLembar(ws).keys()];
      expect([ws.name, catatan]).toEqual([ws.name, ws.name === 'SUMBER DAYA' ? [] : ['I6', 'J6']]);
    }
    // The user's cells are untouched: the text amounts stay text.
    const asal = await buka(asli);
    for (const ws of asal.worksheets)
      for (const a of ['F12', 'G12', 'E3010', 'F3010'])
        expect(tambalan.getWorksheet(ws.name)!.getCell(a).value).toEqual(ws.getCell(a).value);
    expect(typeof tambalan.getWorksheet('INDUK')!.getCell('F12').value).toBe('string');
  }, 60_000);

  test('a second run over its own output changes no cell and leaves the same notes', async () => {
    const lagi = hitungBuku(gridDariBuku(await buka(keluar))).rencana;
    const kedua = await buka(await tambal(keluar, lagi));
    const pertama = await buka(keluar);
    for (const ws of pertama.worksheets) {
      expect(catatanLembar(kedua.getWorksheet(ws.name)!)).toEqual(catatanLembar(ws));
      for (const b of lagi.blok.filter((x) => x.sheet === ws.name))
        for (let i = 0; i < b.sel.length; i += 97)
          for (let j = 0; j < b.sel[0].length; j++) {
            const a = alamat(b.baris + i, b.kolom + j);
            expect(isiSel(kedua.getWorksheet(ws.name)!.getCell(a))).toEqual(isiSel(ws.getCell(a)));
          }
    }
  }, 60_000);
});

if (SIPD_NYATA.length === 0)
  test.skip('../shared/realworld (real SIPD exports) is not on this machine: the real-export check is skipped', () => {});
else
  describe.each(SIPD_NYATA.map((f) => [path.basename(f), f]))('real export %s', (_, berkas) => {
    test('written by the patch (no fallback): the cells, notes and formulas of the plan', async () => {
      const asli = readFileSync(berkas);
      const rencana = hitungBuku(gridDariBuku(await buka(asli))).rencana;
      const tambalan = await buka(await tambal(asli, rencana));
      periksaSel(rencana, tambalan);
      // No sheet carries more notes than the plan writes (the file has none of its own).
      const direncanakan = rencana.blok.flatMap((b) => b.sel.flat()).filter((s) => s?.catatan);
      const semua = tambalan.worksheets.reduce((n, ws) => n + catatanLembar(ws).size, 0);
      expect(semua).toBe(direncanakan.length);
    }, 120_000);
  });
