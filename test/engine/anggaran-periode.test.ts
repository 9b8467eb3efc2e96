import ExcelJS from 'exceljs';
import { hitungBuku } from '../../src/engine/hitung';
import type { HasilBuku } from '../../src/engine/hasil';
import { gabungAcuan } from '../../src/engine/rumus-excel';
import { susunBab3 } from '../../src/report/bab3';
import { gridDariBuku, terapkanRencana } from '../../src/io/xlsx';
import type { NilaiGrid } from '../../src/sheet/grid';
import { evaluasi, isiSel, simpanDanBuka } from '../bantu';

/**
 * Budget per quarter (issue #14): realisasi per TW against the pagu and, with an
 * anggaran kas per TW, against the cash plan up to that quarter. Before, the TW I
 * column was taken as the year's realisasi (serapan 20 % where it is 45 %).
 */

const TW = ['TW I', 'TW II', 'TW III', 'TW IV'];

/** Kode, uraian, pagu, then the groups given (each one header over four quarter columns). */
function buku(grup: string[], baris: NilaiGrid[][], sd = false, lain: string[] = []) {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('Realisasi TW');
  ws.addRow(['REALISASI ANGGARAN PER TRIWULAN TAHUN 2024']);
  ws.addRow([]);
  const kuartal = TW.map((t) => (sd ? `s.d. ${t}` : t));
  ws.addRow([
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Pagu (Rp)',
    ...grup.flatMap((g) => [g, null, null, null]),
    ...lain,
  ]);
  ws.addRow([null, null, null, ...grup.flatMap(() => kuartal), ...lain.map(() => null)]);
  for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}3:${c}4`);
  grup.forEach((_, i) => ws.mergeCells(3, 4 + i * 4, 3, 7 + i * 4));
  lain.forEach((_, i) => ws.mergeCells(3, 4 + grup.length * 4 + i, 4, 4 + grup.length * 4 + i));
  for (const r of baris) ws.addRow(r);
  return b;
}

const RINCI: NilaiGrid[][] = [
  [
    '1.01.01',
    'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
    1_000_000_000,
    200_000_000,
    250_000_000,
    null,
    null,
  ],
  [
    '1.01.01.2.01',
    'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
    400_000_000,
    80_000_000,
    100_000_000,
    null,
    null,
  ],
  [
    '1.01.01.2.02',
    'Administrasi Keuangan Perangkat Daerah',
    600_000_000,
    120_000_000,
    150_000_000,
    null,
    null,
  ],
];

const baris = (h: HasilBuku) => h.tabel[0].baris;

describe('realisasi per quarter in a budget table', () => {
  test('the quarters add up to the realisasi s.d. TW II, each quarter against the pagu', () => {
    const h = hitungBuku(gridDariBuku(buku(['Realisasi Keuangan (Rp)'], RINCI)));
    expect(baris(h).map((b) => [b.realisasiAnggaran, b.serapan])).toEqual([
      [450_000_000, 45],
      [180_000_000, 45],
      [270_000_000, 45],
    ]);
    expect(baris(h)[0].anggaranPeriode).toEqual({
      sampai: 's.d. TW II',
      ke: 2,
      per: {
        'TW I': { realisasi: 200_000_000, realisasiKumulatif: 200_000_000, serapanKumulatif: 20 },
        'TW II': { realisasi: 250_000_000, realisasiKumulatif: 450_000_000, serapanKumulatif: 45 },
      },
    });
    expect(h.temuan.filter((t) => t.tingkat === 'error')).toEqual([]);
  });

  test('serapan and sisa formulas sum the quarter cells (HyperFormula), and a second run changes nothing', async () => {
    const b = buku(['Realisasi Keuangan (Rp)'], RINCI);
    const h = hitungBuku(gridDariBuku(b));
    const serapan = h.rencana.blok.find((x) => x.sel[0][0]?.nilai === 'Serapan (%)')!;
    expect(serapan.sel[2][0]?.rumus).toContain('SUM(D5:G5)');
    terapkanRencana(b, h.rencana);
    const simpan = await simpanDanBuka(b);
    const nilai = evaluasi(simpan);
    expect(nilai('Realisasi TW', `${String.fromCharCode(64 + serapan.kolom)}5`)).toBeCloseTo(45, 9);
    expect(nilai('Realisasi TW', `${String.fromCharCode(65 + serapan.kolom)}5`)).toBeCloseTo(
      550_000_000,
      3,
    );
    const kedua = hitungBuku(gridDariBuku(simpan));
    const sebelum = isiSel(simpan);
    terapkanRencana(simpan, kedua.rencana);
    expect(isiSel(simpan)).toEqual(sebelum);
  });

  test('"s.d. TW" columns are cumulative already: the latest filled one is the realisasi', () => {
    const sd = RINCI.map((r) => [
      ...r.slice(0, 4),
      (r[3] as number) + (r[4] as number),
      null,
      null,
    ]);
    const h = hitungBuku(gridDariBuku(buku(['Realisasi Keuangan (Rp)'], sd, true)));
    expect(baris(h).map((b) => b.realisasiAnggaran)).toEqual([
      450_000_000, 180_000_000, 270_000_000,
    ]);
    expect(baris(h)[0].anggaranPeriode?.per['TW I']).toEqual({
      realisasiKumulatif: 200_000_000,
      serapanKumulatif: 20,
    });
  });

  test('with the anggaran kas per quarter: realisasi s.d. TW II against the plan s.d. TW II', () => {
    const kas: NilaiGrid[][] = [
      [...RINCI[0], 250_000_000, 250_000_000, 250_000_000, 250_000_000],
      [...RINCI[1], 100_000_000, 100_000_000, 100_000_000, 100_000_000],
      [...RINCI[2], 150_000_000, 150_000_000, 150_000_000, 150_000_000],
    ];
    const h = hitungBuku(gridDariBuku(buku(['Realisasi Keuangan (Rp)', 'Anggaran Kas (Rp)'], kas)));
    const [program, perencanaan] = baris(h);
    expect(perencanaan.anggaranKas).toBe(200_000_000);
    expect(perencanaan.serapanKas).toBe(90);
    expect(program.anggaranPeriode?.per['TW II']).toMatchObject({
      anggaranKas: 500_000_000,
      serapanKas: 90,
    });
    expect(h.tabel[0].ringkasan).toMatchObject({ sampaiKas: 's.d. TW II', serapanKas: 90 });
  });

  test('a "Jumlah" realisasi column beside the quarters is the realisasi; the quarters stay per period', () => {
    const jumlah = RINCI.map((r) => [...r, (r[3] as number) + (r[4] as number)]);
    const h = hitungBuku(
      gridDariBuku(buku(['Realisasi Keuangan (Rp)'], jumlah, false, ['Jumlah Realisasi (Rp)'])),
    );
    expect(baris(h).map((b) => b.realisasiAnggaran)).toEqual([
      450_000_000, 180_000_000, 270_000_000,
    ]);
    const serapan = h.rencana.blok.find((x) => x.sel[0][0]?.nilai === 'Serapan (%)')!;
    expect(serapan.sel[2][0]?.rumus).toContain('H5');
    expect(baris(h)[1].anggaranPeriode?.per['TW II']?.realisasi).toBe(100_000_000);
  });
});

test('BAB III says up to which quarter the realisasi runs', () => {
  const bab = susunBab3(hitungBuku(gridDariBuku(buku(['Realisasi Keuangan (Rp)'], RINCI))));
  const teks = bab.blok.flatMap((x) => (x.jenis === 'paragraf' ? [x.teks] : []));
  expect(teks.find((t) => t.startsWith('Pagu anggaran'))).toContain(
    'Realisasi s.d. Triwulan II Rp450.000.000 atau 45% dari pagu, sehingga sisa anggaran Rp550.000.000.',
  );
});

describe('cells as formula arguments', () => {
  test.each([
    [['H5', 'H6', 'H7', 'H9'], 'H5:H7,H9'],
    [['D5', 'E5', 'F5', 'G5'], 'D5:G5'],
    [['A1', 'C1', 'D1'], 'A1,C1:D1'],
    [['H5', 'H6', 'I6'], 'H5:H6,I6'],
    [['Z3', 'AA3', 'AB3'], 'Z3:AB3'],
    [['C4'], 'C4'],
  ])('%j -> %s', (sel, harap) => expect(gabungAcuan(sel)).toBe(harap));
});
