/**
 * The Permendagri 86 Renja evaluation form (issues #13 and #14), on a grid
 * built here: groups split into K and Rp, quarters, parents rolled up by sum
 * formulas, the form's own rules, and the mistakes real forms carry.
 */
import { hitungBuku } from '../../src/engine/hitung';
import { alamat, type Gabungan, type Grid, type NilaiGrid } from '../../src/sheet/grid';
import { kenaliTabel } from '../../src/sheet/kenali';
import { periodeJalur, periodeTeks, teksPeriode } from '../../src/sheet/periode';
import { gridDari as grid } from '../bantu';

const g = (b1: number, k1: number, b2: number, k2: number): Gabungan => ({
  baris1: b1,
  kolom1: k1,
  baris2: b2,
  kolom2: k2,
});

/**
 * Columns: A No, B Program/Kegiatan, C Indikator, D Satuan, E/F target Renstra K/Rp,
 * G/H realisasi s.d. tahun lalu, I/J target tahun ini, K/L TW I, M/N TW II,
 * O/P realisasi tahun ini, Q/R realisasi s.d. tahun ini, S/T capaian Renstra.
 */
function renja(): Grid {
  const judul: NilaiGrid[][] = [
    ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025'],
    [
      'No',
      'Program / Kegiatan / Sub Kegiatan',
      'Indikator Kinerja Program (outcome) / Kegiatan (output)',
      'Satuan',
      'Target Renstra PD pada Tahun 2030 (Akhir Periode Renstra)',
      null,
      'Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2024)',
      null,
      'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2025)',
      null,
      'Realisasi Kinerja pada Triwulan',
      null,
      null,
      null,
      'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi',
      null,
      'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2025',
      null,
      'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2025 (%)',
      null,
    ],
    [null, null, null, null, null, null, null, null, null, null, 'I', null, 'II', null],
    [
      null,
      null,
      null,
      null,
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
      'K',
      'Rp',
    ],
    [
      1,
      2,
      3,
      4,
      5,
      null,
      6,
      null,
      7,
      null,
      8,
      null,
      9,
      null,
      '10 = 8 + 9',
      null,
      '11 = 6 + 10',
      null,
      '12 = 11 / 5 x 100',
    ],
  ];
  // [no, nama, indikator, satuan, tK, tRp, lK, lRp, iK, iRp, tw1K, tw1Rp, tw2K, tw2Rp]
  const baris: NilaiGrid[][] = [
    [
      1,
      'Program Perencanaan Daerah',
      'Persentase dokumen tepat waktu',
      '%',
      100,
      null,
      40,
      null,
      100,
      null,
      50,
      null,
      40,
    ],
    [
      2,
      'Penyusunan Dokumen Perencanaan',
      'Jumlah dokumen',
      'Dok',
      10,
      5000,
      4,
      2000,
      2,
      1000,
      1,
      300,
      1,
      500,
    ],
    [
      3,
      'Pengendalian dan Evaluasi',
      'Jumlah laporan',
      'Lap',
      20,
      3000,
      8,
      1000,
      4,
      800,
      2,
      200,
      1,
      100,
    ],
    [4, 'Pengadaan Kendaraan', 'Jumlah unit', 'Unit', 1, 700, 0, 0, 0, 0, 0, 0, 0, 0],
  ];
  const nilai = [...judul, ...baris];
  const rumus: (string | undefined)[][] = nilai.map(() => []);
  const r = (b: number, k: number, f: string) => (rumus[b - 1][k - 1] = f);
  const rp = [6, 8, 10, 12, 14];
  // Row 6 (program) sums rows 7-9 in its money columns, by formula; row 9 has zeros only.
  for (const k of rp) {
    const kol = alamat(7, k).replace(/\d+/, '');
    r(6, k, `=SUM(${kol}7:${kol}9)`);
    nilai[5][k - 1] = [7, 8, 9].reduce((a, x) => a + Number(nilai[x - 1][k - 1] ?? 0), 0);
  }
  // One column sums only the rows with money (7:8): the zero row makes no difference there.
  r(6, 10, '=SUM(J7:J8)');
  for (const b of [6, 7, 8, 9]) {
    const n = (k: number) => Number(nilai[b - 1][k - 1] ?? 0);
    nilai[b - 1][14] = n(11) + n(13); // O: realisasi K this year
    nilai[b - 1][15] = n(12) + n(14); // P: realisasi Rp this year
    nilai[b - 1][16] = n(7) + n(15); // Q
    nilai[b - 1][17] = n(8) + n(16); // R
    nilai[b - 1][18] = n(5) ? (n(17) / n(5)) * 100 : 0; // S
    nilai[b - 1][19] = n(6) ? (n(18) / n(6)) * 100 : 0; // T
  }
  const gabungan = [
    g(2, 1, 4, 1),
    g(2, 2, 4, 2),
    g(2, 3, 4, 3),
    g(2, 4, 4, 4),
    g(2, 5, 3, 6),
    g(2, 7, 3, 8),
    g(2, 9, 3, 10),
    g(2, 11, 2, 14),
    g(3, 11, 3, 12),
    g(3, 13, 3, 14),
    g(2, 15, 3, 16),
    g(2, 17, 3, 18),
    g(2, 19, 3, 20),
  ];
  return grid(nilai, { gabungan, rumus });
}

describe('the Renja evaluation form', () => {
  test('K and Rp under each group give the roles; quarters are periods', () => {
    const [t] = kenaliTabel(renja());
    expect(t.jenis).toBe('renja');
    const peran = Object.fromEntries(t.kolom.map((k) => [k.kolom, k.peran]));
    expect(peran).toMatchObject({
      5: 'targetAkhir',
      6: 'paguAkhir',
      7: 'realisasiLalu',
      8: 'realisasiAnggaranLalu',
      9: 'target',
      10: 'pagu',
      11: 'realisasi',
      12: 'realisasiAnggaran',
      15: 'realisasi',
      16: 'realisasiAnggaran',
      17: 'realisasiKumulatif',
      18: 'realisasiAnggaranKumulatif',
      19: 'capaianAkhir',
      20: 'serapanAkhir',
    });
    expect(t.kolom.find((k) => k.kolom === 13)?.periode).toEqual({
      jenis: 'triwulan',
      ke: 2,
      sampai: false,
    });
    expect(t.baris.map((b) => `${b.baris}:${b.tingkat}`)).toEqual([
      '6:program',
      '7:kegiatan',
      '8:kegiatan',
      '9:kegiatan',
    ]);
    expect(t.baris[1].indikator).toBe('Jumlah dokumen');
  });

  test('capaian, kategori, serapan and capaian against the Renstra; a correct form is silent', () => {
    const h = hitungBuku([renja()]);
    const [t] = h.tabel;
    const dok = t.baris.find((b) => b.baris === 7)!;
    expect(dok).toMatchObject({ capaian: 100, kategori: 'Sangat Tinggi', serapan: 80 });
    expect(dok.capaianTargetAkhir).toBe(60);
    expect(t.baris.find((b) => b.baris === 8)).toMatchObject({ capaian: 75, kategori: 'Sedang' });
    expect(h.temuan.filter((x) => x.tingkat !== 'info')).toEqual([]);
    expect(h.rencana.blok.map((b) => b.peran)).toEqual(['capaian+kategori+serapan']);
  });

  test('a parent that adds a row twice, and a cell computed from the wrong column, are found at their cells', () => {
    const grid = renja();
    grid.nilai[5][11] = 500 + 200 + 0 + 300; // L6: TW I Rp of the program counts row 7 twice
    grid.nilai[6][17] = 2000 + 1600; // R7 = H7 + Q7 (should be H7 + P7 = 2000 + 800)
    grid.nilai[6][19] = (3600 / 5000) * 100; // T7 follows the wrong R7
    const h = hitungBuku([grid]);
    const err = h.temuan.filter((x) => x.tingkat === 'error');
    expect(err.map((x) => `${x.sel} ${x.kode}`)).toEqual([
      'L6 induk-berbeda',
      'R7 rumus-kolom-berbeda',
      'T7 rumus-kolom-berbeda',
    ]);
    expect(err[0]).toMatchObject({ tertulis: 1000, seharusnya: 500 });
    expect(err[2].seharusnya).toBeCloseTo(56, 6);
  });
});

describe('periods in headers', () => {
  test.each([
    ['TW I', 1, false],
    ['Tw.2', 2, false],
    ['Triwulan III', 3, false],
    ['Triwulan Pertama', 1, false],
    ['s.d. TW II', 2, true],
    ['s/d Triwulan IV', 4, true],
    ['Realisasi s.d Triwulan Keempat', 4, true],
  ])('%s', (teks, ke, sampai) => {
    expect(periodeTeks(teks)).toEqual({ jenis: 'triwulan', ke, sampai });
  });

  test('months, semesters, and a Roman numeral under a quarters group', () => {
    expect(periodeTeks('s.d. Juni')).toEqual({ jenis: 'bulan', ke: 6, sampai: true });
    expect(periodeTeks('Semester II')).toEqual({ jenis: 'semester', ke: 2, sampai: false });
    expect(periodeJalur(['Realisasi Kinerja pada Triwulan', 'III', 'K'])).toEqual({
      jenis: 'triwulan',
      ke: 3,
      sampai: false,
    });
    expect(periodeJalur(['Target', 'Realisasi'])).toBeUndefined();
    expect(periodeTeks('Desa')).toBeUndefined();
    expect(teksPeriode({ jenis: 'triwulan', ke: 2, sampai: true })).toBe('s.d. TW II');
  });
});
