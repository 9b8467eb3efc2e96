import ExcelJS from 'exceljs';
import { bacaGrid } from '../../src/io/pembaca-xlsx';
import { pemampatNode } from '../../src/io/pemampat-node';
import { bukaBuku, gridDariBuku, tulisBuku } from '../../src/io/xlsx';

// The limit of cells per sheet, made small here so that a small sheet passes it.
jest.mock('../../src/io/periksa-berkas', () => ({
  ...jest.requireActual('../../src/io/periksa-berkas'),
  BATAS_SEL_BUKU: 5,
}));

/** A sheet of `n` cells holding something, merged areas' other cells not counted. */
async function buku(n: number): Promise<Uint8Array> {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('Besar');
  for (let i = 1; i <= n; i++) ws.getCell(i, 1).value = i;
  ws.getCell('B1').value = 'gabung';
  ws.mergeCells('B1:D1');
  return tulisBuku(b);
}

test('a sheet past the limit of cells: the same refusal from both readers, with its name', async () => {
  const lewat = await buku(5);
  await expect(bacaGrid(lewat, pemampatNode)).rejects.toThrow(
    'lembar "Besar" berisi terlalu banyak sel',
  );
  await expect(bukaBuku(lewat, pemampatNode).then(gridDariBuku)).rejects.toThrow(
    'lembar "Besar" berisi terlalu banyak sel',
  );
  // Four values and the merged area's top-left: at the limit, read.
  const pas = await buku(4);
  expect((await bacaGrid(pas, pemampatNode))[0].nilai).toHaveLength(4);
  expect(gridDariBuku(await bukaBuku(pas, pemampatNode))[0].nilai).toHaveLength(4);
});
