import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { hitungBuku } from '../../src/engine/hitung';
import { bacaGrid } from '../../src/io/pembaca-xlsx';
import { pemampatNode } from '../../src/io/pemampat-node';
import { bukaBuku, gridDariBuku } from '../../src/io/xlsx';
import { runKolom } from '../../src/sheet/grid';

/**
 * Hidden columns: both .xlsx readers give them as runs, and the computed
 * columns go where the user can see them. A column right of a table is
 * often hidden (a helper column, or "hide the unused columns" up to XFD).
 */

async function dpa(sembunyikan: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const buku = new ExcelJS.Workbook();
  const ws = buku.addWorksheet('DPA');
  ws.addRow(['Kode', 'Uraian', 'Pagu', 'Realisasi']);
  ws.addRow(['7.01.01.2.01.01', 'Sub kegiatan pertama', 1000, 900]);
  ws.addRow(['7.01.01.2.01.02', 'Sub kegiatan kedua', 2000, 1500]);
  sembunyikan(ws);
  return new Uint8Array((await buku.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The same workbook with `<cols>` replaced (ExcelJS writes one `<col>` per column). */
async function denganCols(data: Uint8Array, cols: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const jalur = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(jalur)!.async('string')).replace(/<cols>.*?<\/cols>/s, '');
  zip.file(jalur, xml.replace('<sheetData', `${cols}<sheetData`));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('hidden columns', () => {
  test('runs: sorted, merged when they touch, within A..XFD', () => {
    expect(
      runKolom([
        [9, 9],
        [5, 5],
        [6, 7],
        [20, 99999],
        [0, 1],
      ]),
    ).toEqual([
      [1, 1],
      [5, 7],
      [9, 9],
      [20, 16384],
    ]);
    expect(runKolom([])).toEqual([]);
  });

  test('both readers read them from the sheet, ranges to XFD included', async () => {
    const asli = await dpa((ws) => {
      ws.getColumn(5).hidden = true;
      ws.getColumn(6).width = 12;
    });
    const data = await denganCols(
      asli,
      '<cols><col min="5" max="5" width="9" hidden="1" customWidth="1"/><col min="6" max="6" width="12" customWidth="1"/><col min="8" max="16384" width="9" hidden="true"/></cols>',
    );
    const [kami] = await bacaGrid(data, pemampatNode);
    const [exceljs] = gridDariBuku(await bukaBuku(data, pemampatNode));
    expect(kami.kolomTersembunyi).toEqual([
      [5, 5],
      [8, 16384],
    ]);
    expect(exceljs.kolomTersembunyi).toEqual(kami.kolomTersembunyi);
    const [tanpa] = await bacaGrid(await dpa(() => undefined), pemampatNode);
    expect(tanpa.kolomTersembunyi).toBeUndefined();
  });

  test('computed columns skip a hidden column; with every column to the right hidden, the user is told', async () => {
    const [satu] = await bacaGrid(await dpa((ws) => (ws.getColumn(5).hidden = true)), pemampatNode);
    const hasil = hitungBuku([satu]);
    // Serapan and sisa side by side, written as one block from F.
    expect(hasil.rencana.blok.map((b) => [b.peran, b.kolom])).toEqual([['serapan+sisa', 6]]);
    expect(hasil.temuan.filter((t) => t.kode === 'kolom-tersembunyi')).toEqual([]);

    const [semua] = await bacaGrid(
      await denganCols(
        await dpa(() => undefined),
        '<cols><col min="5" max="16384" hidden="1"/></cols>',
      ),
      pemampatNode,
    );
    const h = hitungBuku([semua]);
    expect(h.rencana.blok.map((b) => [b.peran, b.kolom])).toEqual([['serapan+sisa', 5]]);
    expect(h.temuan.filter((t) => t.kode === 'kolom-tersembunyi')).toEqual([
      expect.objectContaining({ sel: 'E1', tingkat: 'warning' }),
      expect.objectContaining({ sel: 'F1', tingkat: 'warning' }),
    ]);
    expect(h.temuan.find((t) => t.kode === 'kolom-tersembunyi')?.pesan).toContain('Unhide');
  });
});
