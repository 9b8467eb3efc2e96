/**
 * The pane's wording of what the engine found (src/taskpane/ringkas.ts):
 * table kinds and row levels, the period reached and the methods, what the
 * results view lists of a table of thousands of rows, programs of a budget.
 */
import path from 'node:path';
import { hitungBuku } from '../../src/engine/hitung';
import type { NilaiGrid } from '../../src/sheet/grid';
import {
  barisTampil,
  jumlahBaris,
  NAMA_JENIS,
  ringkasanPeriode,
  teksPeriodeBaris,
  teksProgram,
  temuanTebakan,
} from '../../src/taskpane/ringkas';
import { FIXTURE, gridDari, hitungBerkas, tabelDi } from '../bantu';
import { barisDpa, barisTebakan } from '../browser/buku-uji';

describe('budget tables of thousands of rows', () => {
  const hasil = hitungBuku([gridDari(barisDpa(3, 10, 40), { sheet: 'DPA' })]);
  const t = hasil.tabel[0];

  test('the table is named with its levels, rekening included', () => {
    expect(t.jenis).toBe('anggaran');
    expect(jumlahBaris(t)).toBe(
      '1.263 baris: 3 program, 30 kegiatan, 30 sub kegiatan, 1.200 rekening',
    );
  });

  test('the results list programs and kegiatan; the rest is counted, not listed', () => {
    const { tampil, tanpa } = barisTampil(t);
    expect(tampil.map((b) => b.tingkat)).toEqual([
      'program',
      ...Array(10).fill('kegiatan'),
      'program',
      ...Array(10).fill('kegiatan'),
      'program',
      ...Array(10).fill('kegiatan'),
    ]);
    expect(tanpa).toEqual([
      { tingkat: 'sub-kegiatan', jumlah: 30 },
      { tingkat: 'rekening', jumlah: 1200 },
    ]);
  });

  test('each program in one line: pagu, realisasi, serapan, sisa, counts', () => {
    const [p] = t.ringkasan.perProgram ?? [];
    expect(teksProgram(p)).toBe(
      'pagu Rp8.200.000.000; realisasi Rp7.380.000.000; serapan 90%; sisa Rp820.000.000; 10 kegiatan, 10 sub kegiatan',
    );
  });

  test('a budget table of sub kegiatan only lists them', () => {
    const h = hitungBuku([
      gridDari([
        ['Kode', 'Sub Kegiatan', 'Pagu', 'Realisasi'],
        ['7.01.01.2.01.0001', 'Penyusunan dokumen', 100, 90],
        ['7.01.01.2.01.0002', 'Evaluasi kinerja', 200, 150],
      ]),
    ]);
    expect(barisTampil(h.tabel[0]).tampil.map((b) => b.uraian)).toEqual([
      'Penyusunan dokumen',
      'Evaluasi kinerja',
    ]);
  });
});

describe('quarterly tables', () => {
  const judul: NilaiGrid[] = [
    'No',
    'Indikator',
    'Satuan',
    'TW I',
    null,
    'TW II',
    null,
    'TW III',
    null,
  ];
  const bawah: NilaiGrid[] = [
    null,
    null,
    null,
    'Target',
    'Realisasi',
    'Target',
    'Realisasi',
    'Target',
    'Realisasi',
  ];
  const grid = gridDari([
    judul,
    bawah,
    [1, 'Dokumen perencanaan', 'Dokumen', 2, 2, 2, 1, 2, 2],
    [2, 'Persentase layanan tepat waktu', 'Persen', 90, 88, 90, 91, 90, null],
    [3, 'Rapat koordinasi', 'Kali', 3, 3, 3, 3, 3, null],
  ]);

  test('the period reached and the methods, per table', () => {
    const t = hitungBuku([grid]).tabel[0];
    expect(ringkasanPeriode(t)).toBe(
      'Periode s.d. TW III (2 indikator baru terisi s.d. TW II); metode kumulatif (2 indikator), nilai akhir (1 indikator)',
    );
  });

  test('per indicator: the method, why, and what it is compared with', () => {
    const t = hitungBuku([grid], {
      metodePeriode: { lembar: {}, indikator: {}, semua: 'rata-rata' },
    }).tabel[0];
    expect(teksPeriodeBaris(t.baris[0].periode!)).toBe(
      's.d. TW III, metode rata-rata (dipilih di Pengaturan): rata-rata periode yang terisi, dibandingkan dengan target periode yang sama.',
    );
    expect(t.baris[0].periode?.per).toEqual({
      'TW I': { target: 2, realisasi: 2 },
      'TW II': { target: 2, realisasi: 1 },
      'TW III': { target: 2, realisasi: 2 },
    });
  });

  test('a table without periods says nothing of them', () => {
    const t = hitungBuku([
      gridDari([
        ['Indikator', 'Target', 'Realisasi'],
        ['A', 80, 76],
      ]),
    ]).tabel[0];
    expect(ringkasanPeriode(t)).toBeUndefined();
  });
});

test('the Renja evaluation form is named in Bahasa Indonesia and lists its three levels', async () => {
  const hasil = await hitungBerkas(path.join(FIXTURE, 'nyata', 'renja_evaluasi_k_rp.xlsx'));
  const t = tabelDi(hasil, 'Realisasi TW IV');
  expect(NAMA_JENIS[t.jenis]).toBe('Formulir evaluasi Renja');
  const { tampil, tanpa } = barisTampil(t);
  expect(new Set(tampil.map((b) => b.tingkat))).toEqual(
    new Set(['program', 'kegiatan', 'sub-kegiatan']),
  );
  // The heading "Perangkat Daerah : Dinas ..." names the office (organisasi), not a program.
  expect(tanpa.map((x) => x.tingkat)).toEqual(['urusan', 'organisasi']);
  expect(jumlahBaris(t)).toMatch(
    /^\d+ baris: .*\d+ urusan.*, 5 program, 8 kegiatan, 15 sub kegiatan/,
  );
});

test('a table read partly by guess: its finding is found for the pane', () => {
  const h = hitungBuku([gridDari(barisTebakan(), { sheet: 'Tebak' })]);
  expect(h.tabel[0].tabel.keyakinan).toEqual({
    pasti: false,
    tebakan: ['kolom "Ukuran Keberhasilan" dibaca sebagai nama indikator dari isinya'],
  });
  expect(temuanTebakan(h.temuan).map((t) => t.sel)).toEqual(['A1']);
});
