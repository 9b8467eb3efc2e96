import ExcelJS from 'exceljs';
import { hitungBuku } from '../../src/engine/hitung';
import type { HasilBuku } from '../../src/engine/hasil';
import { gridDariBuku, terapkanRencana } from '../../src/io/xlsx';
import { susunBab3 } from '../../src/report/bab3';
import { alamat, type NilaiGrid } from '../../src/sheet/grid';
import { evaluasi, isiSel, simpanDanBuka } from '../bantu';

/**
 * Realisasi against the anggaran kas (issue #14, "budget per quarter ... against
 * the cash plan up to that quarter"). The layout is the RFK and SIPD rekap one:
 * pagu, "Anggaran Kas s.d. Juni", realisasi s.d. Juni, perhaps "% AKAS".
 */

const KEPALA = ['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu Anggaran (Rp)'];

/** Sub kegiatan rows: pagu, AKAS s.d. Juni, realisasi s.d. Juni, then the stated % AKAS if given. */
function buku(baris: NilaiGrid[][], persenKas?: string): ExcelJS.Workbook {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('RFK Juni');
  ws.addRow(['LAPORAN REALISASI FISIK DAN KEUANGAN s.d. JUNI 2025']);
  ws.addRow([]);
  ws.addRow([
    ...KEPALA,
    'Anggaran Kas s.d. Juni (Rp)',
    'Realisasi Keuangan s.d. Juni (Rp)',
    ...(persenKas ? [persenKas] : []),
  ]);
  ws.addRow([1, '1.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH']);
  for (const r of baris) ws.addRow(r);
  return b;
}

const SUB: NilaiGrid[][] = [
  [
    null,
    '1.01.01.2.01.0001',
    'Penyusunan Dokumen Perencanaan Perangkat Daerah',
    40_000_000,
    20_000_000,
    15_000_000,
  ],
  [
    null,
    '1.01.01.2.01.0002',
    'Koordinasi dan Penyusunan Dokumen RKA',
    60_000_000,
    30_000_000,
    33_000_000,
  ],
  [
    null,
    '1.01.01.2.02.0001',
    'Penyediaan Gaji dan Tunjangan ASN',
    900_000_000,
    450_000_000,
    441_000_000,
  ],
];

const temuanKas = (h: HasilBuku) => h.temuan.filter((t) => t.kode === 'kas-berbeda');
const denganPersen = (f: (b: NilaiGrid[], i: number) => NilaiGrid) =>
  SUB.map((b, i) => [...b, f(b, i)]);

describe('realisasi against the anggaran kas', () => {
  test('per row and for the table, with the period of the plan', () => {
    const h = hitungBuku(gridDariBuku(buku(SUB)));
    const t = h.tabel[0];
    expect(t.baris.filter((b) => b.serapanKas !== undefined).map((b) => b.serapanKas)).toEqual([
      75, 110, 98,
    ]);
    expect(t.ringkasan).toMatchObject({
      anggaranKas: 500_000_000,
      realisasiKas: 489_000_000,
      serapanKas: 97.8,
      sampaiKas: 's.d. Juni',
    });
  });

  test('without a stated % AKAS, a column of live formulas is written, and a second run keeps it', async () => {
    const b = buku(SUB);
    const h = hitungBuku(gridDariBuku(b));
    const blok = h.rencana.blok.find((x) =>
      x.sel[0].some((s) => s?.nilai === 'Realisasi thd Anggaran Kas (%)'),
    )!;
    const j = blok.sel[0].findIndex((s) => s?.nilai === 'Realisasi thd Anggaran Kas (%)');
    const kolom = blok.kolom + j;
    const sel = blok.sel.map((r) => r[j]);
    expect(sel[2]?.rumus).toContain('E5');
    terapkanRencana(b, h.rencana);
    const simpan = await simpanDanBuka(b);
    const nilai = evaluasi(simpan);
    expect(nilai('RFK Juni', alamat(5, kolom))).toBeCloseTo(75, 9);
    expect(nilai('RFK Juni', alamat(7, kolom))).toBeCloseTo(98, 9);
    // The program row has no plan of its own: nothing there.
    expect(sel[1]).toBeNull();
    const kedua = hitungBuku(gridDariBuku(simpan));
    const sebelum = isiSel(simpan);
    terapkanRencana(simpan, kedua.rencana);
    expect(isiSel(simpan)).toEqual(sebelum);
  });

  test('a stated % AKAS of realisasi over the plan is checked; a wrong one is an error at its cell', () => {
    const benar = hitungBuku(
      gridDariBuku(
        buku(
          denganPersen((b) => ((b[5] as number) / (b[4] as number)) * 100),
          '% AKAS',
        ),
      ),
    );
    expect(temuanKas(benar)).toEqual([]);
    expect(benar.tabel[0].tabel.kolom.some((k) => k.peran === 'serapanKas')).toBe(true);
    const salah = hitungBuku(
      gridDariBuku(
        buku(
          denganPersen((b, i) => (i === 1 ? 101 : ((b[5] as number) / (b[4] as number)) * 100)),
          '% AKAS',
        ),
      ),
    );
    expect(temuanKas(salah)).toEqual([
      expect.objectContaining({
        sel: 'G6',
        tertulis: 101,
        seharusnya: expect.closeTo(110, 9),
        tingkat: 'error',
      }),
    ]);
  });

  test("a % AKAS that is the plan's share of the pagu is the other reading: checked as that, never called wrong for it", () => {
    const bagianPagu = (b: NilaiGrid[]) => ((b[4] as number) / (b[3] as number)) * 100;
    expect(temuanKas(hitungBuku(gridDariBuku(buku(denganPersen(bagianPagu), '% AKAS'))))).toEqual(
      [],
    );
    const salah = denganPersen((b, i) => (i === 2 ? 60 : bagianPagu(b)));
    expect(temuanKas(hitungBuku(gridDariBuku(buku(salah, '% AKAS'))))).toEqual([
      expect.objectContaining({ sel: 'G7', tertulis: 60, seharusnya: expect.closeTo(50, 9) }),
    ]);
  });

  test('fractions (0,75 for 75 %) are a reading too', () => {
    const pecahan = denganPersen((b) => (b[5] as number) / (b[4] as number));
    expect(temuanKas(hitungBuku(gridDariBuku(buku(pecahan, '% AKAS'))))).toEqual([]);
  });

  test('a column no reading explains for most rows is not checked at all', () => {
    const acak = denganPersen((_, i) => [12, 47, 3][i]);
    expect(temuanKas(hitungBuku(gridDariBuku(buku(acak, '% AKAS'))))).toEqual([]);
  });

  test("a % AKAS computed from a wrong realisasi is that realisasi's mistake, not a second one", () => {
    // Kegiatan hold the plans; the first one's realisasi (60 juta) is not the sum of its sub kegiatan (48 juta).
    const baris: NilaiGrid[][] = [
      [
        null,
        '1.01.01.2.01',
        'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
        100_000_000,
        50_000_000,
        60_000_000,
        120,
      ],
      [null, '1.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 40_000_000, null, 18_000_000],
      [null, '1.01.01.2.01.0002', 'Koordinasi dan Penyusunan RKA', 60_000_000, null, 30_000_000],
      [
        null,
        '1.01.01.2.02',
        'Administrasi Keuangan Perangkat Daerah',
        900_000_000,
        450_000_000,
        441_000_000,
        98,
      ],
      [
        null,
        '1.01.01.2.02.0001',
        'Penyediaan Gaji dan Tunjangan ASN',
        900_000_000,
        null,
        441_000_000,
      ],
      [
        null,
        '1.01.01.2.03',
        'Administrasi Umum Perangkat Daerah',
        80_000_000,
        40_000_000,
        30_000_000,
        75,
      ],
      [null, '1.01.01.2.03.0001', 'Penyediaan Bahan Logistik Kantor', 80_000_000, null, 30_000_000],
    ];
    const h = hitungBuku(gridDariBuku(buku(baris, '% AKAS')));
    expect(h.temuan.filter((t) => t.sel === 'F5').length).toBeGreaterThan(0);
    expect(temuanKas(h)).toEqual([]);
  });

  test("a plan larger than the row's pagu is not read as its plan", () => {
    const besar = SUB.map((b, i) => (i === 0 ? [...b.slice(0, 4), 400_000_000, b[5]] : b));
    const t = hitungBuku(gridDariBuku(buku(besar))).tabel[0];
    expect(t.baris.find((b) => b.uraian.startsWith('Penyusunan'))?.serapanKas).toBeUndefined();
    expect(t.ringkasan.anggaranKas).toBe(480_000_000);
  });

  test('BAB III states realisasi against the plan up to its month', () => {
    const bab = susunBab3(hitungBuku(gridDariBuku(buku(SUB))));
    const teks = bab.blok.flatMap((x) => (x.jenis === 'paragraf' ? [x.teks] : []));
    expect(teks).toContain(
      'Dibandingkan dengan anggaran kas (rencana penarikan dana) s.d. Juni sebesar Rp500.000.000, realisasi pada rincian yang memiliki anggaran kas sebesar Rp489.000.000 atau 97,80% dari rencana tersebut.',
    );
  });
});
