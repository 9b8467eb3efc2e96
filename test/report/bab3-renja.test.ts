import { susunBab3 } from '../../src/report/bab3';
import type { BabTiga, TabelLaporan } from '../../src/report/model';
import { hitungBerkas } from '../bantu';

/**
 * BAB III from a workbook holding only the Renja evaluation form (Permendagri
 * 86/2017, K and Rp sub-columns; test/fixtures/nyata/renja_evaluasi_k_rp.xlsx):
 * its program and kegiatan indicators, and its Rupiah as the budget part.
 */

const judul = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'judul' ? [x.teks] : []));
const tabel = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'tabel' ? [x.tabel] : []));
const teks = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'paragraf' ? [x.teks] : []));
const cari = (b: BabTiga, awal: string): TabelLaporan | undefined =>
  tabel(b).find((t) => t.judul.startsWith(awal));

let bab: BabTiga;
beforeAll(async () => {
  bab = susunBab3(await hitungBerkas('test/fixtures/nyata/renja_evaluasi_k_rp.xlsx'));
});

test('program and kegiatan indicators in one table, programs bold, kegiatan indented', () => {
  expect(judul(bab)).toContain('1. Analisis Program dan Kegiatan Penunjang Capaian Sasaran');
  const t = cari(bab, 'Capaian Indikator Program dan Kegiatan (Evaluasi Renja)')!;
  expect(t.kepala[0].map((c) => c.teks)).toEqual([
    'No',
    'Program / Kegiatan',
    'Indikator',
    'Satuan',
    'Target',
    'Realisasi',
    'Capaian (%)',
    'Kategori',
  ]);
  expect(t.baris).toHaveLength(13);
  const program = t.baris.filter((r) => r[1].tebal);
  expect(program).toHaveLength(5);
  expect(program.every((r) => r[1].menjorok === 0)).toBe(true);
  expect(t.baris.filter((r) => r[1].menjorok === 1)).toHaveLength(8);
  expect(t.baris[0].map((c) => c.teks).slice(2)).toEqual([
    'Nilai SAKIP Perangkat Daerah',
    'Nilai',
    '100',
    '95,56',
    '95,56',
    'Sangat Tinggi',
  ]);
});

test('one paragraph says how many were measured, their means and the lowest indicator', () => {
  expect(teks(bab)).toContain(
    'Evaluasi hasil Renja mengukur lima program dan delapan kegiatan melalui indikatornya: rata-rata capaian program 90,36%, rata-rata capaian kegiatan 91,15%. Sebanyak sembilan indikator belum mencapai target; capaian terendah pada kegiatan Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota (Persentase Layanan Publik Berbasis Elektronik, 72,50%).',
  );
});

test("without a DPA table the form's Rupiah is the budget; the office heading is not a program", () => {
  expect(judul(bab)).toContain('B. Akuntabilitas Keuangan');
  const pagu = teks(bab).find((t) => t.startsWith('Pagu anggaran'))!;
  expect(pagu).toContain('Rp3.217.025.000');
  expect(pagu).toContain(
    '5 (lima) program, 8 (delapan) kegiatan, dan 15 (lima belas) sub kegiatan',
  );
  const perProgram = cari(bab, 'Realisasi Anggaran per Program')!;
  expect(perProgram.baris.some((r) => /Perangkat Daerah/.test(r[1].teks))).toBe(false);
});

test('the scale the form states is named once, by its sheet', () => {
  expect(teks(bab)[0]).toContain(
    'menurut skala pada lembar Realisasi TW IV seperti pada tabel berikut',
  );
});
