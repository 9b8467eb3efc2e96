import ExcelJS from 'exceljs';
import { mutuIkm } from '../../src/domain/ikm';
import { hitungBuku } from '../../src/engine/hitung';
import type { HasilBuku } from '../../src/engine/hasil';
import type { Pengaturan } from '../../src/engine/pengaturan';
import type { SelEdit } from '../../src/engine/rencana';
import { gridDariBuku, terapkanRencana } from '../../src/io/xlsx';
import { alamat, type NilaiGrid } from '../../src/sheet/grid';
import { CONTOH, bacaBuku, evaluasi, isiSel, simpanDanBuka } from '../bantu';

/** IKM written back (issue #14): NRR x 25 and mutu per unsur, the unit's IKM and mutu. */

const UNSUR = [
  'Persyaratan',
  'Sistem, Mekanisme dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya / Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
];

function buku(baris: NilaiGrid[][]): ExcelJS.Workbook {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('IKM');
  ws.addRow(['Tabel 3.3 Indeks Kepuasan Masyarakat']);
  ws.addRow([]);
  ws.addRow(['No', 'Unsur Pelayanan', 'NRR']);
  for (const r of baris) ws.addRow(r);
  return b;
}

const vertikal = (nrr: NilaiGrid[]) => nrr.map((n, i) => [i + 1, UNSUR[i], n]);

/** Every planned cell by address. */
function sel(h: HasilBuku): Map<string, SelEdit> {
  const m = new Map<string, SelEdit>();
  for (const b of h.rencana.blok)
    b.sel.forEach((r, i) =>
      r.forEach((s, j) => s && m.set(`${b.sheet}!${alamat(b.baris + i, b.kolom + j)}`, s)),
    );
  return m;
}

async function jalankan(b: ExcelJS.Workbook, pengaturan: Partial<Pengaturan> = {}) {
  const hasil = hitungBuku(gridDariBuku(b), pengaturan);
  terapkanRencana(b, hasil.rencana);
  const simpan = await simpanDanBuka(b);
  return { hasil, rencana: sel(hasil), nilai: evaluasi(simpan), simpan };
}

describe('IKM written into the IKM table', () => {
  test('the example: per unsur NRR x 25 and mutu, the unit on the row below in the same columns (HyperFormula)', async () => {
    const { buku: b } = await bacaBuku(CONTOH);
    const { hasil, rencana, nilai } = await jalankan(b);
    const t = hasil.tabel.find((x) => x.tabel.sheet === 'IKM')!;
    expect(rencana.get('IKM!D6')?.nilai).toBe('Nilai IKM (Konversi)');
    expect(rencana.get('IKM!E6')?.nilai).toBe('Mutu Pelayanan (IKM)');
    expect(rencana.get('IKM!D7')?.rumus).toBe('=IF(ISNUMBER(C7),C7*25,"")');
    expect(nilai('IKM', 'D7')).toBeCloseTo(85.5, 9);
    expect(nilai('IKM', 'E10')).toBe('A (Sangat Baik)');
    // Only Capaian's own columns are written: the row says whose figure it is in its mutu.
    expect(rencana.has('IKM!B16')).toBe(false);
    expect(rencana.get('IKM!D16')?.rumus).toBe('=IFERROR(AVERAGE(C7:C15)*25,"")');
    expect(nilai('IKM', 'D16')).toBeCloseTo(t.ringkasan.ikm!, 9);
    expect(nilai('IKM', 'E16')).toBe('IKM unit layanan: B (Baik)');
    expect(t.ringkasan.mutu).toBe('B (Baik)');
  });

  test('a second run keeps the summary row out of the table and changes nothing', async () => {
    const { buku: b } = await bacaBuku(CONTOH);
    const { simpan } = await jalankan(b);
    const kedua = hitungBuku(gridDariBuku(simpan));
    const t = kedua.tabel.find((x) => x.tabel.sheet === 'IKM')!;
    expect(t.baris.filter((x) => x.tingkat === 'unsur')).toHaveLength(9);
    expect(t.tabel.barisAkhir).toBe(15);
    expect(kedua.rencana.blok.find((b) => b.sheet === 'IKM')?.sel).toHaveLength(11);
    const sebelum = isiSel(simpan);
    terapkanRencana(simpan, kedua.rencana);
    expect(isiSel(simpan)).toEqual(sebelum);
    expect(kedua.temuan.filter((x) => x.sheet === 'IKM')).toEqual([]);
  });

  test('a stated IKM row takes the unit IKM; its figure in the NRR column is checked, not counted as an unsur', async () => {
    const b = buku([...vertikal([3.2, 3.4, 3.0, 3.6, 3.3]), [null, 'IKM Unit Pelayanan', 82.5]]);
    const { hasil, rencana, nilai } = await jalankan(b);
    const t = hasil.tabel[0];
    expect(t.baris.filter((x) => x.tingkat === 'unsur')).toHaveLength(5);
    expect(t.ringkasan.ikm).toBeCloseTo(82.5, 9);
    expect(hasil.temuan.filter((x) => x.kode === 'ikm-berbeda')).toEqual([]);
    expect(rencana.get('IKM!D9')?.rumus).toBe('=IFERROR(AVERAGE(C4:C8)*25,"")');
    expect(nilai('IKM', 'D9')).toBeCloseTo(82.5, 9);
    // No row is added below a table that has its own.
    expect([...rencana.keys()].some((a) => a.endsWith('10'))).toBe(false);
  });

  test('a stated IKM the NRR cannot give is a warning at its cell', async () => {
    const b = buku([...vertikal([3.2, 3.4, 3.0, 3.6, 3.3]), [null, 'Nilai IKM', 85]]);
    const { hasil } = await jalankan(b);
    expect(hasil.temuan.filter((x) => x.kode === 'ikm-berbeda')).toEqual([
      expect.objectContaining({ sel: 'C9', tertulis: 85, tingkat: 'warning' }),
    ]);
  });

  test('"NRR Tertimbang" and "Mutu Pelayanan" rows are summaries, never unsur', async () => {
    const b = buku([
      ...vertikal([3.2, 3.4, 3.0, 3.6, 3.3]),
      [null, 'NRR Tertimbang', 3.3],
      [null, 'Mutu Pelayanan', 'B'],
    ]);
    const { hasil } = await jalankan(b);
    const t = hasil.tabel[0];
    expect(t.baris.filter((x) => x.tingkat === 'unsur').map((x) => x.uraian)).toEqual(UNSUR);
    expect(t.ringkasan.ikm).toBeCloseTo(82.5, 9);
  });

  test('no summary row over anything the user wrote below the table', async () => {
    const b = buku(vertikal([3.2, 3.4, 3.0, 3.6, 3.3]));
    b.getWorksheet('IKM')!.getCell('A9').value = 'Sumber: survei 2024';
    const { rencana } = await jalankan(b);
    expect(rencana.get('IKM!D4')?.rumus).toBeDefined();
    expect([...rencana.keys()].filter((a) => /![A-Z]+9$/.test(a))).toEqual([]);
  });

  test('the weight setting (0,111 for nine unsur in seed 002) is the formula of the unit', async () => {
    const b = buku(vertikal([3.2, 3.4, 3.0, 3.6, 3.3]));
    const { rencana, nilai } = await jalankan(b, { bobotIkm: 0.2 });
    expect(rencana.get('IKM!D9')?.rumus).toBe('=IFERROR(SUM(C4:C8)*0.2*25,"")');
    expect(nilai('IKM', 'D9')).toBeCloseTo(82.5, 9);
  });

  test('NRR typed as text ("3,21"): values with a note saying why, mutu still a formula', async () => {
    const b = buku(vertikal(['3,21', '3,25', '3,20', '3,97', '3,23']));
    const { rencana, nilai } = await jalankan(b);
    expect(rencana.get('IKM!D4')).toMatchObject({ nilai: 80.25 });
    expect(rencana.get('IKM!D4')?.rumus).toBeUndefined();
    expect(rencana.get('IKM!D4')?.catatan).toMatch(/teks/);
    expect(nilai('IKM', 'E7')).toBe('A (Sangat Baik)');
  });

  test('value mode writes numbers and labels, no formulas', async () => {
    const b = buku(vertikal([3.2, 3.4, 3.0, 3.6, 3.3]));
    const { rencana } = await jalankan(b, { mode: 'nilai' });
    expect([...rencana.values()].filter((s) => s.rumus)).toEqual([]);
    expect(rencana.get('IKM!E9')?.nilai).toBe('IKM unit layanan: B (Baik)');
  });

  test('IKM across columns (U1..U9): the unit IKM and mutu on the stated IKM row', async () => {
    const { buku: b } = await bacaBuku('seed004.xlsx');
    const { rencana } = await jalankan(b);
    const ikm = rencana.get('Tabel 3.3!K7');
    expect(ikm?.nilai).toBeCloseTo(83.44, 2);
    expect(rencana.get('Tabel 3.3!L7')?.nilai).toBe('B (Baik)');
  });

  test.each([
    [88.305, 'A'],
    [88.3049, 'B'],
    [76.61, 'B'],
    [76.6049, 'C'],
    [65, 'C'],
    [64.995, 'C'],
    [64.994, 'D'],
  ])('the mutu formula places IKM %p as mutuIkm does (%s)', async (ikm, huruf) => {
    const nrr = ikm / 25;
    const b = buku(vertikal([nrr, nrr, nrr, nrr, nrr]));
    const { nilai } = await jalankan(b);
    expect(mutuIkm(ikm).huruf).toBe(huruf);
    expect(String(nilai('IKM', 'E9'))).toMatch(new RegExp(`^IKM unit layanan: ${huruf} `));
  });
});
