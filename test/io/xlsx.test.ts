import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  bukaBuku,
  ekstensiKeluaran,
  GalatBerkas,
  gridDariLembar,
  nilaiSel,
  terapkanRencana,
  tulisBuku,
} from '../../src/io/xlsx';
import { hitungBuku } from '../../src/engine/hitung';
import { kenaliMilik } from '../../src/sheet/milik';
import { bacaBuku, CONTOH, FIXTURE } from '../bantu';
import { pemampatNode } from '../../src/io/pemampat-node';

describe('bukaBuku: what is not a readable .xlsx gets a clear message', () => {
  test.each([
    [new Uint8Array(), 'berkas kosong'],
    [new TextEncoder().encode('No;Indikator;Target\n1;A;80'), 'bukan berkas .xlsx'],
    [
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'dilindungi kata sandi',
    ],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'rusak atau tidak lengkap'],
  ])('%#', async (data, pesan) => {
    await expect(bukaBuku(data)).rejects.toThrow(GalatBerkas);
    await expect(bukaBuku(data)).rejects.toThrow(pesan);
  });
});

test('a drawing ExcelJS cannot load (a chart saved by openpyxl) is set aside for reading, given a deflate', async () => {
  const data = readFileSync(path.join(FIXTURE, 'bagan.xlsx'));
  await expect(bukaBuku(data)).rejects.toThrow('rusak atau tidak lengkap');
  const buku = await bukaBuku(data, pemampatNode);
  expect(buku.getWorksheet('Kinerja 2024')!.getCell('B2').value).toBe(
    'Indeks Kepuasan Masyarakat (IKM)',
  );
  // A file ExcelJS cannot read for other reasons keeps its message.
  const rusak = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
  await expect(bukaBuku(rusak, pemampatNode)).rejects.toThrow('rusak atau tidak lengkap');
});

test('the output keeps the kind of the input (macros, template) unless ExcelJS saved it again', () => {
  expect(ekstensiKeluaran('laporan.xlsx', false)).toBe('.xlsx');
  expect(ekstensiKeluaran('LAPORAN.XLSM', false)).toBe('.xlsm');
  expect(ekstensiKeluaran('templat.xltx', false)).toBe('.xltx');
  expect(ekstensiKeluaran('laporan.xlsm', true)).toBe('.xlsx');
});

describe('cells as Excel reports them', () => {
  test('values, errors, rich text, formulas with results, dates', () => {
    expect(nilaiSel(null)).toBeNull();
    expect(nilaiSel(5)).toBe(5);
    expect(nilaiSel({ error: '#DIV/0!' } as ExcelJS.CellErrorValue)).toBe('#DIV/0!');
    expect(nilaiSel({ richText: [{ text: '93' }, { text: ',89' }] })).toBe('93,89');
    expect(nilaiSel({ formula: 'A1*2', result: 4 } as ExcelJS.CellFormulaValue)).toBe(4);
    expect(nilaiSel({ text: 'tautan', hyperlink: 'https://contoh.go.id' })).toBe('tautan');
    expect(nilaiSel(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
  });

  test('a sheet becomes a Grid with formats, formulas, merges and hidden rows', () => {
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet('Uji');
    ws.getCell('B2').value = 0.88;
    ws.getCell('B2').numFmt = '0%';
    ws.getCell('C3').value = { formula: 'B2*100', result: 88 } as ExcelJS.CellFormulaValue;
    ws.mergeCells('B4:C5');
    ws.getCell('B4').value = 'gabung';
    ws.getRow(3).hidden = true;
    const g = gridDariLembar(ws);
    expect([g.barisAwal, g.kolomAwal]).toEqual([2, 2]);
    expect(g.nilai[0][0]).toBe(0.88);
    expect(g.format?.[0][0]).toBe('0%');
    expect(g.rumus?.[1][1]).toBe('=B2*100');
    expect(g.gabungan).toEqual([{ baris1: 4, kolom1: 2, baris2: 5, kolom2: 3 }]);
    expect(g.barisTersembunyi).toEqual([3]);
    expect(gridDariLembar(buku.addWorksheet('Kosong')).nilai).toEqual([]);
  });

  test('a shared formula whose cached result is 0 reads 0, as Excel shows it (not empty)', async () => {
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet('Uji');
    ws.getCell('A1').value = 5;
    ws.getCell('A2').value = 0;
    ws.getCell('B1').value = {
      formula: 'A1*2',
      result: 10,
      shareType: 'shared',
      ref: 'B1:B2',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 0 } as ExcelJS.CellSharedFormulaValue;
    const ulang = await bukaBuku(new Uint8Array(await buku.xlsx.writeBuffer()));
    const g = gridDariLembar(ulang.getWorksheet('Uji')!);
    expect(g.nilai[1][1]).toBe(0);
    expect(g.rumus?.[1][1]).toBe('=A2*2');
  });
});

describe('applying a plan keeps everything else', () => {
  test('sheets, styles, widths, merges, formulas and other values survive a round trip', async () => {
    const { buku, grids } = await bacaBuku(CONTOH);
    const sebelum = buku.worksheets.map((ws) => ({
      nama: ws.name,
      lebar: ws.columns.map((c) => c.width),
      gabung: Object.keys((ws as unknown as { _merges: object })._merges).sort(),
    }));
    const dpa = buku.getWorksheet('DPA 2024')!;
    const rumusAsli = JSON.stringify(dpa.getCell('C8').value);
    const gayaJudul = JSON.stringify(dpa.getCell('B6').style);
    terapkanRencana(buku, hitungBuku(grids).rencana);
    const bytes = await tulisBuku(buku);
    const ulang = await bukaBuku(bytes);
    expect(ulang.worksheets.map((ws) => ws.name)).toEqual(sebelum.map((s) => s.nama));
    ulang.worksheets.forEach((ws, i) => {
      // Every merge is kept; the only new ones are the headers of the new columns.
      const gabung = Object.keys((ws as unknown as { _merges: object })._merges);
      expect(gabung).toEqual(expect.arrayContaining(sebelum[i].gabung));
      for (const g of gabung.filter((x) => !sebelum[i].gabung.includes(x)))
        expect(kenaliMilik(String(ws.getCell(g).value))).toBeDefined();
      sebelum[i].lebar.forEach((l, j) => expect(ws.getColumn(j + 1).width).toBe(l));
    });
    const d = ulang.getWorksheet('DPA 2024')!;
    expect(JSON.stringify(d.getCell('C8').value)).toBe(rumusAsli);
    expect(JSON.stringify(d.getCell('B6').style)).toBe(gayaJudul);
    // New columns take the look of the table's last column.
    expect(d.getCell('G6').fill).toEqual(d.getCell('F6').fill);
    expect(d.getCell('G6').value).toBe('Serapan (%)');
    // Excel recalculates the formulas on open.
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('fullCalcOnLoad="1"');
  });

  test("filling the user's own empty column sets its number format there only", async () => {
    // Excel saves one style for all cells that look alike, and ExcelJS shares that object between them.
    const asli = new ExcelJS.Workbook();
    const ws = asli.addWorksheet('Kinerja');
    const garis = { top: { style: 'thin' }, bottom: { style: 'thin' } } as ExcelJS.Borders;
    ws.addRow(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian']);
    ws.addRow([1, 'Indikator A', 80, 76, null]);
    ws.addRow([2, 'Indikator B', 50, 50, null]);
    for (let r = 1; r <= 3; r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).border = garis;
    const buku = await bukaBuku(await tulisBuku(asli));
    const hasil = hitungBuku([gridDariLembar(buku.getWorksheet('Kinerja')!)]);
    expect(hasil.rencana.blok[0].kolom).toBe(5);
    terapkanRencana(buku, hasil.rencana);
    const ulang = (await bukaBuku(await tulisBuku(buku))).getWorksheet('Kinerja')!;
    expect(ulang.getCell('E2').numFmt).toBe(hasil.rencana.blok[0].sel[1][0]!.format);
    expect(ulang.getCell('E2').border).toEqual(garis);
    for (const a of ['A2', 'B2', 'C2', 'D2', 'C3']) expect(ulang.getCell(a).numFmt).toBeUndefined();
  });
});
