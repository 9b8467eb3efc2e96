import {
  kenaliTabel,
  jenisBarisTotal,
  namaTampakNegatif,
  bacaPolaritas,
} from '../../src/sheet/kenali';
import { bacaBuku, CONTOH, gridDari as grid } from '../bantu';

describe('recognition on the seed fixtures', () => {
  test('seed 000 T8: two indicator tables, "✚" sub-rows under their parent, notes kept out', async () => {
    const { grids } = await bacaBuku('seed000.xlsx');
    const t8 = kenaliTabel(grids.find((g) => g.sheet === 'T8')!);
    expect(t8.map((t) => [t.jenis, t.id])).toEqual([
      ['indikator', 'T8!A2:F11'],
      ['indikator', 'T8!A16:F20'],
    ]);
    const tingkat = t8[0].baris.map((b) => [b.baris, b.tingkat]);
    expect(tingkat).toEqual([
      [3, 'indikator'],
      [4, 'indikator'],
      [5, 'sub-indikator'],
      [6, 'sub-indikator'],
      [7, 'sub-indikator'],
      [8, 'total'],
      [9, 'indikator'],
      [10, 'indikator'],
      [11, 'total'],
    ]);
    const sub = t8[0].baris[2];
    expect(sub.uraian).toBe('Pengadaan sarana dan prasarana');
    expect(t8[0].baris[sub.induk!].baris).toBe(4);
  });

  test('seed 000 T21: "1" / "1.1" numbering, column-number row skipped, continuation row joined', async () => {
    const { grids } = await bacaBuku('seed000.xlsx');
    const [t] = kenaliTabel(grids.find((g) => g.sheet === 'T21')!);
    expect(t.jenis).toBe('anggaran');
    expect(t.dilewati).toEqual([4]);
    expect(t.kolom.map((k) => k.peran)).toEqual([
      'no',
      'uraian',
      'pagu',
      'realisasiAnggaran',
      'serapan',
    ]);
    const program = t.baris.filter((b) => b.tingkat === 'program');
    expect(program).toHaveLength(6);
    expect(t.baris.filter((b) => b.tingkat === 'kegiatan')).toHaveLength(39);
    const lanjut = t.baris.find((b) => b.no === '5.1')!;
    expect(lanjut.uraian).toBe('Pembinaan Ketentraman Dan Ketertiban Serta Kemasyarakatan');
    expect(lanjut.lanjutan).toEqual([32]);
    const total = t.baris[t.baris.length - 1];
    expect([total.tingkat, total.jenisTotal, total.baris]).toEqual(['total', 'jumlah', 51]);
  });

  test('seed 002: merged "Tahun" groups make a multi-year table; kode rekening gives the levels', async () => {
    const { grids } = await bacaBuku('seed002.xlsx');
    const [t18] = kenaliTabel(grids.find((g) => g.sheet === 'Tabel 18')!);
    expect(t18.jenis).toBe('multi-tahun');
    expect(t18.tahun).toBe(2023);
    expect(Object.keys(t18.baris[0].perTahun)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    expect(t18.baris[0].perTahun[2019].realisasi?.angka.nilai).toBe(81.81);

    const [t41] = kenaliTabel(grids.find((g) => g.sheet === 'Tabel 41')!);
    expect(t41.jenis).toBe('anggaran');
    expect([t41.barisJudulAwal, t41.barisJudulAkhir]).toEqual([3, 5]);
    expect(t41.kolom.map((k) => k.peran)).toEqual([
      'kode',
      'uraian',
      'paguMurni',
      'pagu',
      'targetFisik',
      'targetKeuangan',
      'fisik',
      'realisasiAnggaran',
      'serapan',
    ]);
    const kode = (k: string) => t41.baris.find((b) => b.kode === k)!;
    expect(kode('7.01.01').tingkat).toBe('program');
    expect(kode('7.01.01.2.06').tingkat).toBe('kegiatan');
    expect(kode('7.01.01.2.06.09').tingkat).toBe('sub-kegiatan');
    expect(t41.baris[kode('7.01.01.2.06.09').induk!].kode).toBe('7.01.01.2.06');
    // Percent-formatted cells read as percent: 0,9483 formatted 0.00% is 94,83.
    expect(kode('7.01.01.2.01.07').sel.serapan?.angka.nilai).toBeCloseTo(94.83, 9);
  });

  test('seed 003: Roman numerals are programs, text numbers are read', async () => {
    const { grids } = await bacaBuku('seed003.xlsx');
    const [t] = kenaliTabel(grids[0]);
    expect(t.baris.filter((b) => b.tingkat === 'program').map((b) => b.no)).toEqual([
      'I',
      'II',
      'III',
      'VII',
      'X',
    ]);
    expect(t.baris[0].sel.pagu?.angka).toMatchObject({ nilai: 434542010, dariTeks: true });
    expect(t.baris[t.baris.length - 1].sel.pagu?.angka.nilai).toBe(574736610);
  });

  test('seed 004: misspelt split headers, merged sasaran filled down, separate program columns', async () => {
    const { grids } = await bacaBuku('seed004.xlsx');
    const [t34] = kenaliTabel(grids.find((g) => g.sheet === 'Tabel 3.4')!);
    expect(t34.kolom.map((k) => k.peran)).toEqual([
      'sasaran',
      'indikator',
      'satuan',
      'target',
      'realisasi',
      'capaian',
      'kategori',
      'formulasi',
      'faktor',
    ]);
    expect(t34.baris).toHaveLength(9);
    expect(
      t34.baris
        .slice(0, 4)
        .every(
          (b) => b.sasaran === 'Meningkatnya kualitas dan jangkauan pelayanan publik kecamatan',
        ),
    ).toBe(true);
    expect(t34.baris.find((b) => b.uraian.includes('stunting'))?.saranNegatif).toBe(true);
    expect(
      t34.baris.find((b) => b.uraian.startsWith('Predikat'))?.sel.realisasi?.angka.predikat,
    ).toBe('B');

    const [t38] = kenaliTabel(grids.find((g) => g.sheet === 'Tabel 3.8')!);
    expect(t38.jenis).toBe('multi-tahun');
    expect(t38.kolom.filter((k) => k.tahun === 2023).map((k) => k.peran)).toEqual([
      'target',
      'realisasi',
      'capaian',
    ]);

    const [t315] = kenaliTabel(grids.find((g) => g.sheet === 'Tabel 3.15')!);
    expect(t315.jenis).toBe('anggaran');
    expect(t315.baris.every((b) => b.tingkat === 'sub-kegiatan')).toBe(true);
    expect(t315.baris[1].program).toBe(
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    );
    expect(t315.baris[1].kegiatan).toBe(
      'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
    );
    // US grouping in the column settles the style: "5,535,121,420".
    expect(t315.baris[2].sel.pagu?.angka.nilai).toBe(5535121420);
  });

  test('the example workbook: every layout of DOMAIN.md section 7', async () => {
    const { grids } = await bacaBuku(CONTOH);
    const jenis = grids.flatMap((g) => kenaliTabel(g).map((t) => `${g.sheet}:${t.jenis}`));
    expect(jenis).toEqual([
      'Kinerja 2024:indikator',
      'Kinerja Program:indikator',
      'Multi Tahun:multi-tahun',
      'Renstra:renstra',
      'DPA 2024:anggaran',
      'Sasaran-Program:sasaran-program',
      'IKM:ikm',
      'Skala:skala',
    ]);
  });
});

describe('recognition on synthetic grids', () => {
  test('several tables on one sheet, titles above and notes below, repeated headers', () => {
    const g = grid([
      ['Laporan Kinerja 2024', null, null, null],
      [null, null, null, null],
      ['No', 'Indikator', 'Target', 'Realisasi'],
      [1, 'Indikator A', 10, 9],
      ['No', 'Indikator', 'Target', 'Realisasi'],
      [2, 'Indikator B', 5, 5],
      ['Sumber: BPS', null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
      ['7.01.01', 'PROGRAM A', 100, 90],
      ['7.01.01.2.01', 'Kegiatan A1', 100, 90],
    ]);
    const t = kenaliTabel(g);
    expect(t.map((x) => x.jenis)).toEqual(['indikator', 'anggaran']);
    expect(t[0].dilewati).toEqual([5]);
    expect(t[0].baris.map((b) => b.uraian)).toEqual(['Indikator A', 'Indikator B']);
    expect(t[0].barisAkhir).toBe(6);
    expect(t[1].baris.map((b) => b.tingkat)).toEqual(['program', 'kegiatan']);
  });

  test('sasaran rows without a sasaran column, "a." sub-rows, and an average row', () => {
    const t = kenaliTabel(
      grid([
        ['No', 'Sasaran / Indikator', 'Target', 'Realisasi', 'Capaian'],
        [null, 'Sasaran 1: Meningkatnya pelayanan', null, null, null],
        [1, 'Indikator satu', 80, 80, 100],
        [2, 'Indikator dua', null, null, null],
        [null, 'a. bagian pertama', 10, 9, 90],
        [null, 'b. bagian kedua', 10, 10, 100],
        [null, 'Rata-rata capaian', null, null, 96.25],
      ]),
    );
    expect(t).toHaveLength(1);
    expect(t[0].baris.map((b) => b.tingkat)).toEqual([
      'sasaran',
      'indikator',
      'indikator',
      'sub-indikator',
      'sub-indikator',
      'total',
    ]);
    expect(t[0].baris[0].uraian).toBe('Meningkatnya pelayanan');
    expect(t[0].baris[1].sasaran).toBe('Meningkatnya pelayanan');
    expect(t[0].baris[3].uraian).toBe('bagian pertama');
  });

  test('a grid without a table gives nothing', () => {
    expect(kenaliTabel(grid([]))).toEqual([]);
    expect(kenaliTabel(grid([['Catatan rapat'], ['Hadir: 12 orang']]))).toEqual([]);
    expect(
      kenaliTabel(
        grid([
          ['Target', 'Realisasi'],
          [1, 2],
        ]),
      ),
    ).toEqual([]);
  });

  test('markers in the name column: ALL-CAPS programs, "Kegiatan" prefix, "-" sub kegiatan', () => {
    const [t] = kenaliTabel(
      grid([
        ['Uraian', 'Anggaran', 'Realisasi'],
        ['PROGRAM PELAYANAN ADMINISTRASI', 300, 280],
        ['Kegiatan Penyediaan ATK', 300, 280],
        ['- Belanja kertas', 100, 90],
        ['- Belanja tinta', 200, 190],
        ['J U M L A H', 300, 280],
      ]),
    );
    expect(t.baris.map((b) => b.tingkat)).toEqual([
      'program',
      'kegiatan',
      'sub-kegiatan',
      'sub-kegiatan',
      'total',
    ]);
    expect(t.baris[2].uraian).toBe('Belanja kertas');
  });

  test('a first program without pagu is data, not a second header row', () => {
    // Found by the benchmark: rows 2-3 were taken into the header and program 1 was lost.
    const denganKode = kenaliTabel(
      grid([
        ['Kode Rekening', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['7.01.01', 'PROGRAM NOMOR 1', null, null],
        ['7.01.01.2.01', 'Kegiatan 1.1', null, null],
        ['7.01.01.2.01.01', 'Sub kegiatan 1.1.1', 100, 90],
      ]),
    )[0];
    expect(denganKode.barisJudulAkhir).toBe(1);
    expect(denganKode.baris.map((b) => [b.baris, b.tingkat])).toEqual([
      [2, 'program'],
      [3, 'kegiatan'],
      [4, 'sub-kegiatan'],
    ]);
    for (const no of ['I', 'A'])
      expect(
        kenaliTabel(
          grid([
            ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
            [no, 'PROGRAM PELAYANAN ADMINISTRASI', null, null],
            ['1', 'Kegiatan Penyediaan ATK', 100, 90],
          ]),
        )[0].baris.map((b) => b.tingkat),
      ).toEqual(['program', 'kegiatan']);
  });

  test('total and polarity words', () => {
    expect(jenisBarisTotal('J U M L A H')).toBe('jumlah');
    expect(jenisBarisTotal('Jumlah Total')).toBe('jumlah');
    expect(jenisBarisTotal('Rata-rata Capaian')).toBe('rata-rata');
    expect(jenisBarisTotal('Jumlah pengadaan sarana')).toBeUndefined();
    // Long labels: dotted leaders and spaced letters still count, long names do not.
    expect(jenisBarisTotal('JUMLAH .................................................')).toBe(
      'jumlah',
    );
    expect(jenisBarisTotal('  S u b   T o t a l  ')).toBe('jumlah');
    expect(jenisBarisTotal('Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN')).toBeUndefined();
    expect(jenisBarisTotal('Rata-rata Capaian Kinerja Sasaran Strategis Tahun 2024')).toBe(
      'rata-rata',
    );
    expect(jenisBarisTotal('Sub Тotal')).toBe('jumlah');
    expect(jenisBarisTotal('Rata-rata lama sekolah')).toBeUndefined();
    expect(bacaPolaritas('Negatif')).toBe('negatif');
    expect(bacaPolaritas('semakin kecil semakin baik')).toBe('negatif');
    expect(bacaPolaritas('Positif')).toBe('positif');
    expect(bacaPolaritas('lainnya')).toBeUndefined();
    expect(namaTampakNegatif('Angka Kematian Ibu')).toBe(true);
    expect(namaTampakNegatif('Persentase keluhan yang ditindaklanjuti')).toBe(false);
    expect(namaTampakNegatif('Jumlah pengaduan masyarakat')).toBe(true);
  });
});
