/**
 * A Renstra table with realisasi per year and one end-target column ("Realisasi
 * 2016 … 2019 | Targe 2021", seed 000 T10; issue #14): capaian against the end
 * target from the latest realisasi, never "belum ada realisasi" for every row.
 */
import { hitungBuku } from '../../src/engine/hitung';
import { gridDari as grid } from '../bantu';

test('realisasi per year under a "Realisasi" group and one later target: capaian against the Renstra end target', () => {
  const h = hitungBuku([
    grid(
      [
        ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', null, null, null, 'Targe 2021'],
        [null, null, null, 2016, 2017, 2018, 2019, null],
        [
          1,
          'Jumlah bimtek/ diklat yang diikuti oleh aparatur Kecamatan',
          'Kegiatan',
          3,
          0,
          2,
          8,
          6,
        ],
        [3, 'Jumlah pemeliharaan perangkat penunjang kerja', 'Unit', 14, 14, 26, 39, 44],
      ],
      { gabungan: [{ baris1: 1, kolom1: 4, baris2: 1, kolom2: 7 }] },
    ),
  ]);
  const [t] = h.tabel;
  expect(t.jenis).toBe('renstra');
  expect(t.tabel.tahun).toBe(2019);
  expect(t.baris.map((b) => b.capaianTargetAkhir)).toEqual([(8 * 100) / 6, (39 * 100) / 44]);
  expect(t.baris.every((b) => b.alasan === undefined)).toBe(true);
  expect(h.rencana.blok.map((b) => b.peran)).toEqual(['capaianTargetAkhir']);
});

test("a target of the last realisasi year is that year's target, not the end target", () => {
  const h = hitungBuku([
    grid([
      ['Indikator', 'Realisasi 2022', 'Realisasi 2023', 'Target 2023'],
      ['Indikator A', 80, 90, 100],
    ]),
  ]);
  expect(h.tabel[0].tabel.kolom.find((k) => k.kolom === 4)?.peran).toBe('target');
});
