/**
 * Rebuilds the test fixtures in test/fixtures/ from the seed tables (real
 * figures and layouts, mistakes included: DOMAIN.md section 9).
 * Run: npm run fixtures
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { formatKolom, lebarKolom, tulisBaris, tulisJudul } from './lembar';

const FOLDER = path.join(__dirname, '..', 'test', 'fixtures');

/** Seed 000 (Kecamatan Kelam Permai 2019): T8 with "✚" sub-rows, T21 budget with "1.1" numbering. */
function seed000(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('T8');
  lebarKolom(ws, [5, 60, 10, 9, 9, 9]);
  ws.getCell('A1').value = 'a. Membandingkan antara target dan realisasi Kinerja Tahun 2019';
  let b = tulisJudul(ws, 2, 1, [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
  ]);
  b = tulisBaris(
    ws,
    b,
    1,
    [
      [1, 'Jumlah bimtek/ diklat yang diikuti oleh aparatur Kecamatan', 'Kegiatan', 8, 8, 100],
      [
        2,
        'Jumlah pengadaan sarana dan prasarana penunjang kerja dan perlengkapan kantor',
        null,
        null,
        null,
        null,
      ],
      [null, '✚ Pengadaan sarana dan prasarana', 'Buah', 105, 105, 100],
      [null, '✚ Pengadaan pakaian dinas (PDH)', 'Jenis', 2, 2, 100],
      [null, '✚ Penunjang pelayanan adm. Perkantoran lainnya', '%', 90, 85, 93.75],
      [null, 'Total capaian 293,75/300=97,92', null, null, null, null],
      [
        3,
        'Jumlah pemeliharaan perangkat penunjang kerja & perlengkapan kantor',
        'Unit',
        26,
        26,
        100,
      ],
      [
        4,
        'Jumlah penyusunan dokumen rencana program/ kegiatan dan pelaporan',
        'Dokumen',
        8,
        8,
        100,
      ],
    ],
    { garis: true },
  );
  tulisBaris(ws, b, 1, [['Capaian Sasaran Sangat Berhasil (99,48%)']]);

  b = tulisJudul(ws, 16, 1, [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
  ]);
  b = tulisBaris(
    ws,
    b,
    1,
    [
      [1, 'Persentase pelayanan perizinan yang tepat waktu', '%', 88, 88, 100],
      [
        2,
        'Persentase pelayanan non perizinan/ administrasi umum yang tepat waktu',
        '%',
        88,
        87,
        98.87,
      ],
      [3, 'Persentase pelayanan administrasi kependudukan yang tepat waktu', '%', 80, 80, 100],
      [4, 'Persentase keluhan/ pengaduan masyarakat yang ditindaklanjuti', '%', 88, 88, 100],
    ],
    { garis: true },
  );

  const t21 = buku.addWorksheet('T21');
  lebarKolom(t21, [6, 60, 16, 16, 9]);
  t21.getCell('A1').value =
    'Program, kegiatan dan jumlah anggaran yang telah ditetapkan Tahun 2019 dengan realisasi sebagai berikut :';
  b = tulisJudul(t21, 3, 1, [
    ['No', 'Program/Kegiatan', 'Jumlah Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    ['1', '2', '3', '4', '5'],
  ]);
  const data: ExcelJS.CellValue[][] = [
    ['1', 'Program Pelayanan Administrasi Perkantoran', 328312760, 319489939, 97.31],
    ['1.1', 'Penyediaan Jasa Surat Menyurat', 270000, 270000, 100],
    ['1.2', 'Penyediaan Jasa Komunikasi, Sumber Daya Air Dan Listrik', 10740000, 8811012, 82.04],
    [
      '1.3',
      'Penyediaan Jasa Pemeliharaan dan Perizinan Kendaraan Dinas/ Operasional',
      4500000,
      2800100,
      62.22,
    ],
    ['1.4', 'Penyediaan Jasa Kebersihan Kantor', 59171400, 58599000, 99.03],
    ['1.5', 'Penyediaan Alat Tulis Kantor', 19906018, 19906018, 100],
    ['1.6', 'Penyediaan Barang Cetak Dan Penggandaan', 10746500, 10575000, 98.4],
    [
      '1.7',
      'Penyediaan Komponen Instalasi listrik/ Penerangan Bangunan Kantor',
      2013000,
      2013000,
      100,
    ],
    ['1.8', 'Penyediaan Bahan Bacaan Dan Peraturan Perundang-Undangan', 1320000, 1320000, 100],
    ['1.9', 'Penyediaan Makanan Dan Minuman', 10738750, 10312500, 96.03],
    ['1.10', 'Rapat-Rapat Koordinasi Dan Konsultasi Keluar Daerah', 80985000, 79929717, 98.7],
    ['1.11', 'Rapat Koordinasi dan Pembinaan Kedalam Daerah', 112980000, 112900000, 99.93],
    ['1.12', 'Penyediaan BBM Dan Gas', 13155000, 10350000, 78.68],
    ['1.13', 'Penyediaan Alat dan Bahan Kebersihan Kantor', 1627092, 1627092, 100],
    ['1.14', 'Penyediaan Jasa administrasi Keuangan', 160000, 76500, 47.81],
    ['2', 'Program Peningkatan Sarana dan Prasarana Aparatur', 88680000, 87916000, 99.149],
    ['2.1', 'Pengadaan Mebeleur', 27000000, 27000000, 100],
    ['2.2', 'Pengadaan Perangkat Komputer Dan Printer', 33000000, 33000000, 100],
    ['2.3', 'Pemeliharaan Rutin/Berkala Kendaraan Dinas Operasional', 20680000, 20026000, 96.84],
    ['2.4', 'Pemeliharaan Rutin/Berkala Peralatan Gedung Kantor', 2800000, 2690000, 96.07],
    ['2.6', 'Pemeliharaan Rutin Perangkat Komputer Dan Printer', 5200000, 5200000, 100],
    ['3', 'Program Peningkatan Disiplin Aparatur', 20000000, 20000000, 100],
    ['3.1', 'Pengadaan Pakaian Khusus hari-hari tertentu', 20000000, 20000000, 100],
    ['4', 'Program Peningkatan Kapasitas Sumber Daya Aparatur', 57520000, 57257400, 100],
    ['4.1', 'Pendidikan dan Pelatihan Formal', 57520000, 57257400, 99.54],
    [
      '5',
      'Prog. Pelaksanaan Wewenang Pemerintah Yg Dilimpahkan Oleh Bupati Kepada Camat',
      263669600,
      257997000,
      97.85,
    ],
    ['5.1', 'Pembinaan Ketentraman Dan Ketertiban', 11025000, 10980000, 99.59],
    [null, 'Serta Kemasyarakatan', null, null, null],
    ['5.2', 'Penunjang Pemilu dan Pemilu Presiden', 30000000, 29990000, 99.97],
    ['5.3', 'Pelayanan Penerapan e-KTP', 25000000, 25000000, 100],
    ['5.4', 'Monitoring dan Evaluasi Pendistribusian Raskin', 5830000, 5750000, 98.62],
    ['5.5', 'Penunjang Pengendalian Inflasi Daerah', 10083600, 6930000, 68.72],
    ['5.6', 'Penyelenggaraan Lomba/penilaian Desa', 43760000, 43760000, 100],
    ['5.8', 'Musyawarah Perencanaan Pembangunan (Musrenbang)', 28540000, 28515000, 99.91],
    ['5.9', 'Pembinaan PKK', 6470000, 6470000, 100],
    [
      '5.10',
      'Pelaksanaan Pungutan atas Pajak dan Retribusi Daerah di Wilayah Kerjanya',
      10000000,
      10000000,
      100,
    ],
    ['5.11', 'Koordinasi Pemecahan Masalah Perkebunan', 12609000, 10390000, 82.4],
    ['5.12', 'Pelaksanaan Penertiban Perizinan Di Wilayah Kecamatan', 10735000, 10730000, 99.95],
    ['5.13', 'Pembinaan Evaluasi Dan Monitoring Pelaksanaan ADD', 30315000, 30315000, 100],
    [
      '5.14',
      'Monitoring Kegiatan Kinerja dan Akuntabilitas Guru (KIAT GURU)',
      8500000,
      8500000,
      100,
    ],
    [
      '5.15',
      'Fasilitasi Pengiriman Olimpiade Olahraga Siswa Nasional (O2SN)',
      9680000,
      9680000,
      100,
    ],
    ['5.16', 'Gawai Dayak', 9992000, 9992000, 100],
    ['5.17', 'Monitoring dan Pendataan Kegiatan Pembangunan', 11130000, 10995000, 98.79],
    ['6', 'Program Peringatan Hari Besar Nasional', 80895000, 80891000, 99.99],
    [
      '6.1',
      'Pelaksanaan Pertandingan Olahraga Peringatan Hari Besar Nasional /HUT RI',
      50000000,
      50000000,
      100,
    ],
    ['6.2', 'Peringatan Hari Ulang Tahun Republik Indonesia', 30895000, 30891000, 99.99],
    [null, 'Jumlah', 839077360, 823551939, 98.15],
  ];
  const akhir = tulisBaris(t21, b, 1, data, { garis: true }) - 1;
  formatKolom(t21, 3, b, akhir, '#,##0');
  formatKolom(t21, 4, b, akhir, '#,##0');
}

/** Seed 002 (Kecamatan Pelaihari 2023): Tabel 18 multi-year, Tabel 41 budget with kode rekening. */
function seed002(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Tabel 18');
  ws.getCell('A1').value =
    'Tabel 18. Realisasi Sasaran Strategis dan Indikator Kinerja Utama Kecamatan Pelaihari Tahun 2018-2023';
  const tahun = [2018, 2019, 2020, 2021, 2022, 2023];
  const atas: ExcelJS.CellValue[] = ['Indikator Kinerja Utama'];
  const bawah: ExcelJS.CellValue[] = [null];
  const gabung = ['A3:A4'];
  tahun.forEach((t, i) => {
    atas.push(`Tahun ${t}`, null, null);
    bawah.push('Target', 'Realisasi', '% Capaian');
    const c = 2 + i * 3;
    gabung.push(`${ws.getColumn(c).letter}3:${ws.getColumn(c + 2).letter}3`);
  });
  const b = tulisJudul(ws, 3, 1, [atas, bawah], gabung);
  tulisBaris(
    ws,
    b,
    1,
    [
      [
        'Tingkat Kepuasan masyarakat terhadap pelayanan umum yang ada di Kecamatan',
        90,
        73.19,
        81.32,
        70,
        81.81,
        116.87,
        72,
        81.9,
        113.75,
        75,
        81.92,
        109.2,
        80,
        87.01,
        108.76,
        80,
        88.04,
        110.05,
      ],
    ],
    { garis: true },
  );
  lebarKolom(ws, [50]);

  const t41 = buku.addWorksheet('Tabel 41');
  t41.getCell('A1').value = 'Tabel 41. Realisasi Anggaran Kecamatan Pelaihari Tahun 2023';
  lebarKolom(t41, [16, 60, 16, 16, 9, 16, 9, 16, 9]);
  let r = tulisJudul(
    t41,
    3,
    1,
    [
      [
        'Kode Rekening',
        'Program/Kegiatan',
        'Pagu (Rp)',
        null,
        'Target s.d Tw IV',
        null,
        'Realisasi',
        null,
        null,
      ],
      [
        null,
        null,
        'Sebelum Perubahan',
        'Setelah Perubahan',
        'Fisik',
        'Keuangan',
        'Fisik (%)',
        'Keuangan',
        null,
      ],
      [null, null, null, null, '(%)', '(Rp)', null, 'Rp', '%'],
    ],
    ['A3:A5', 'B3:B5', 'C3:D3', 'C4:C5', 'D4:D5', 'E3:F3', 'G3:I3', 'G4:G5', 'H4:I4'],
  );
  const baris: ExcelJS.CellValue[][] = [
    [
      '7.01.01',
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      10257573434,
      10531067845,
      1,
      10531067845,
      0.9993,
      9669023077,
      null,
    ],
    [
      '7.01.01.2.01',
      'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      3985000,
      3985000,
      1,
      3985000,
      1,
      3925000,
      null,
    ],
    [
      '7.01.01.2.01.01',
      'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      1985000,
      2825000,
      1,
      2825000,
      1,
      2825000,
      1,
    ],
    [
      '7.01.01.2.01.07',
      'Evaluasi Kinerja Perangkat Daerah',
      2000000,
      1160000,
      1,
      1160000,
      1,
      1100000,
      0.9483,
    ],
    [
      '7.01.01.2.02',
      'Administrasi Keuangan Perangkat Daerah',
      9645162647,
      9765162647,
      1,
      9765162647,
      1,
      8937602114,
      null,
    ],
    [
      '7.01.01.2.06',
      'Administrasi Umum Perangkat Daerah',
      315683299,
      447492214,
      1,
      447492214,
      0.9827,
      420022456,
      null,
    ],
    [
      '7.01.01.2.06.01',
      'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
      7262410,
      7262410,
      1,
      7262410,
      1,
      6534500,
      0.8998,
    ],
    [
      '7.01.01.2.06.02',
      'Penyediaan Peralatan dan Perlengkapan Kantor',
      124590204,
      152254824,
      1,
      152254824,
      1,
      134211068,
      0.8815,
    ],
    [
      '7.01.01.2.06.03',
      'Penyediaan Peralatan Rumah Tangga',
      6629647,
      30806502,
      1,
      30806502,
      1,
      26606445,
      0.8637,
    ],
    [
      '7.01.01.2.06.05',
      'Penyediaan Barang Cetak dan Penggandaan',
      11451038,
      11451038,
      1,
      11451038,
      1,
      9031000,
      0.7887,
    ],
    ['7.01.01.2.06.07', 'Penyediaan Bahan/Material', 0, 9967440, 1, 9967440, 1, 8905000, 0.8934],
    ['7.01.01.2.06.08', 'Fasilitasi Kunjungan Tamu', 750000, 750000, 1, 750000, 1, 750000, 1],
    [
      '7.01.01.2.06.09',
      'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
      165000000,
      235000000,
      1,
      235000000,
      0.967,
      233984443,
      0.9957,
    ],
    [
      '7.01.01.2.08',
      'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
      215442488,
      237127984,
      1,
      237127984,
      1,
      232014363,
      null,
    ],
    [
      '7.01.01.2.09',
      'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
      77300000,
      77300000,
      1,
      77300000,
      1,
      75459144,
      null,
    ],
    [
      '7.01.03',
      'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
      38489280,
      38489280,
      1,
      38489280,
      1,
      29915670,
      null,
    ],
    [
      '7.01.03.2.01',
      'Koordinasi Kegiatan Pemberdayaan Desa',
      38489280,
      38489280,
      1,
      38489280,
      1,
      29915670,
      null,
    ],
    [
      '7.01.03.2.01.03',
      'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
      38489280,
      38489280,
      1,
      38489280,
      1,
      29915670,
      0.7772,
    ],
    [
      '7.01.04',
      'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
      7965540,
      7965540,
      1,
      7965540,
      1,
      7705000,
      null,
    ],
    [
      '7.01.04.2.01',
      'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum',
      7965540,
      7965540,
      1,
      7965540,
      1,
      7705000,
      null,
    ],
    [
      '7.01.05',
      'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
      1276486418,
      1257786418,
      1,
      1257786418,
      1,
      1174952220,
      null,
    ],
    [
      '7.01.05.2.01',
      'Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah',
      1276486418,
      1257786418,
      1,
      1257786418,
      1,
      1174952220,
      null,
    ],
    [
      '7.01.06',
      'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
      27205720,
      27205720,
      1,
      27205720,
      1,
      23350000,
      null,
    ],
    [
      '7.01.06.2.01',
      'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa',
      27205720,
      27205720,
      1,
      27205720,
      1,
      23350000,
      null,
    ],
  ];
  const awal = r;
  r = tulisBaris(t41, r, 1, baris, { garis: true });
  for (const c of [3, 4, 6, 8]) formatKolom(t41, c, awal, r - 1, '#,##0.00');
  for (const c of [5, 7, 9]) formatKolom(t41, c, awal, r - 1, '0.00%');
}

/** Seed 003 (Kecamatan Panyipatan 2020): Tabel 13 with Roman numerals and text numbers. */
function seed003(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Tabel 13');
  ws.getCell('A1').value =
    'Tabel 13. Realisasi Program Penunjang pada Kantor Kecamatan Panyipatan Tahun Anggaran 2020';
  lebarKolom(ws, [6, 60, 16, 16, 9]);
  const b = tulisJudul(ws, 3, 1, [
    ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    ['1', '2', '3', '4', '5'],
  ]);
  tulisBaris(
    ws,
    b,
    1,
    [
      ['I', 'Program Pelayanan Administrasi Perkantoran', '434.542.010', '414.530.124', '98,31'],
      [
        '1',
        'Penyediaan Jasa, bahan, peralatan dan perlengkapan kantor',
        '111.065.000',
        '109.189.835',
        '98,31',
      ],
      [
        '2',
        'Penyediaan Rapat – rapat, konsultasi dan koordinasi',
        '106.493.010',
        '90.026.929',
        '84,54',
      ],
      ['3', 'Penyediaan Jasa penunjang kinerja SOPD', '216.984.000', '215.313.360', '99,23'],
      [
        'II',
        'Program Pemenuhan, Peningkatan Sarana dan prasarana Kerja dan Kualitas Sumber Daya Manusia',
        '92.437.500',
        '69.759.000',
        '75,47',
      ],
      ['4', 'Pemeliharaan sarana dan prasarana perkantoran', '92.437.500', '69.759.000', '75,47'],
      ['5', 'Pengadaan Pakaian Dinas beserta kelengkapannya', '0', '0', '0'],
      [
        'III',
        'Program Perencanaan, Pengendalian dan Evaluasi Kinerja SKPD',
        '6.274.000',
        '5.323.900',
        '84,86',
      ],
      ['6', 'Penyusunan perencanaan dan kinerja SKPD', '2.840.000', '2.049.300', '72,16'],
      ['7', 'Pengendalian, evaluasi dan pelaporan kinerja', '3.434.000', '3.274.600', '95,36'],
      ['VII', 'Program Pemberdayaan Masyarakat', '25.085.000', '4.050.000', '16,15'],
      ['12', 'Fasilitas pembangunan sarana promosi dan hasil produksi', '20.000.000', '0', null],
      ['13', 'Pembinaan dan Pelatihan Masyarakat Desa', '5.085.000', '4.050.000', '79,65'],
      ['X', 'Program Perencanaan Pembangunan Kecamatan', '16.398.100', '16.095.000', '98,15'],
      ['15', 'Penyelenggaraan Musrenbang Kecamatan', '9.198.100', '8.910.000', '95,09'],
      [
        '16',
        'Perencanaan, monitoring dan evaluasi pelaksanaan musyawarah Desa',
        '7.200.000',
        '7.185.000',
        '98,64',
      ],
      [null, 'Jumlah', '574.736.610,-', '509.758.024,-', '88,69'],
    ],
    { garis: true },
  );
}

/** Seed 004 (Kecamatan Kota Bangun 2023): Tabel 3.4, 3.8 and 3.15. */
function seed004(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Tabel 3.4');
  lebarKolom(ws, [34, 44, 9, 9, 9, 10, 14, 30, 30]);
  ws.getCell('A1').value = 'Tabel 3.4';
  ws.getCell('A2').value = 'Perbandingan Antara Target dan Realisasi Kinerja Sasaran Tahun 2023';
  let b = tulisJudul(ws, 3, 1, [
    [
      'SASARAN',
      'INDIKATOR KINERJA UTAMA',
      'SATUA N',
      'TARGE T',
      'Realis asi',
      'Capaian Kinerja',
      'Kriteria Penilaian',
      'Formulasi Perhitungan',
      'Penjelasan Faktor Pendukung Dan Penghambat Berhasil/ Gagalnya Capaian Kinerja',
    ],
  ]);
  const awal = b;
  b = tulisBaris(
    ws,
    b,
    1,
    [
      [
        'Meningkatnya kualitas dan jangkauan pelayanan publik kecamatan',
        'Persentase keluhan masyarakat terhadap pelayanan kecamatan yang ditindaklanjuti',
        'Persen',
        76,
        80,
        142.86,
        'Sangat Tinggi',
        '(Jumlah keluhan yang diselesaikan) / (Jumlah Total Keluhan keseluruhan pertahun) x 100',
        'Sarana dan prasarana yang belum optimal',
      ],
      [
        null,
        'Persentase capaian Ketenteraman dan Ketertiban Umum',
        'Persen',
        76,
        100,
        133.33,
        'Sangat Tinggi',
        null,
        'Sarana dan prasarana yang belum optimal',
      ],
      [
        null,
        'Pertumbuhan Pendapatan Asli Desa',
        'Persen',
        70,
        15.7,
        22.43,
        'Sangat Rendah',
        null,
        'Inovasi dan sistem pelaporan yang tidak efektif',
      ],
      [
        null,
        'Pertumbuhan Pendapatan Asli Daerah Kewenangan Kecamatan',
        'Persen',
        30,
        'N/A',
        'N/A',
        'N/A',
        null,
        'Bukan lagi kewenangan kecamatan',
      ],
      [
        'Melaksanakan Tata Kelola ARSIP Perangkat Daerah',
        'Predikat Tata Kelola Arsip Perangkat Daerah',
        'Predikat',
        'B',
        '\u0412',
        100,
        'Sangat Tinggi',
        'Penilaian yang di lakukan diarpus',
        'fasilitas ruang yang kurang',
      ],
      [
        'Meningkatnya Indeks Kesehatan Keluarga di Kecamatan',
        'Indeks Keluarga Sehat (IKS)',
        'Angka',
        0.4,
        0.33,
        82.5,
        'Tinggi',
        'Nilai',
        'Dukungan dari stakeholder',
      ],
      [
        'Terlaksananya Koordinasi Konvergensi penurunan stunting di Kecamatan',
        'Penurunan Prevalensi stunting',
        'Persen',
        16.5,
        12.6,
        76.36,
        'Tinggi',
        'Nilai',
        'Dukungan dari stakeholder',
      ],
      [
        'Mewujudkan Desa / Kelurahan Stop Buang Air Besar Sembarangan (SBS)',
        'Persentase Desa / Kelurahan Stop Buang Air Besar Sembarangan (SBS)',
        'Persen',
        45,
        23,
        71.89,
        'Sedang',
        'Nilai',
        'Dukungan dari stakeholder',
      ],
      [
        'Mewujudkan Kawasan Tanpa Rokok di perkantoran Pemerintah',
        'Kawasan Tanpa Roko (KTR) Di perkantoran',
        'Poin',
        100,
        37.5,
        37.5,
        'Sangat Rendah',
        null,
        'Sarana ruang khusus yang tidak ada',
      ],
    ],
    { garis: true },
  );
  ws.mergeCells(`A${awal}:A${awal + 3}`);
  ws.getCell(b + 1, 1).value = 'Sumber : Kantor Camat Kota Bangun, 2023';

  const t33 = buku.addWorksheet('Tabel 3.3');
  t33.getCell('A1').value = 'Tabel 3.3 Analisa Hasil Survey';
  b = tulisJudul(
    t33,
    3,
    1,
    [
      [null, 'Nilai Unsur Pelayanan', null, null, null, null, null, null, null, null],
      [null, 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
    ],
    ['B3:J3'],
  );
  tulisBaris(
    t33,
    b,
    1,
    [
      ['IKM per unsur', '3,21', '3,25', '3,20', '3,97', '3,23', '3,28', '3,24', '3,21', '3,45'],
      [
        'Kategori',
        '\u0412',
        '\u0412',
        '\u0412',
        '\u0412',
        '\u0412',
        '\u0412',
        '\u0412',
        '\u0412',
        '\u0412',
      ],
      ['IKM Unit Layanan', null, null, null, '83, 514 (B aik)', null, null, null, null, null],
    ],
    { garis: true },
  );
  t33.mergeCells(`E${b + 2}:G${b + 2}`);

  const t311 = buku.addWorksheet('Tabel 3.11');
  t311.getCell('A1').value =
    'Tabel 3.11. Analisis Efisiensi Pencapaian Sasaran Strategis Tahun 2023';
  b = tulisJudul(t311, 3, 1, [
    ['No', 'Program', 'Anggaran', 'Realisasi (Rp.)', '% Realisasi', 'Ket.'],
  ]);
  tulisBaris(
    t311,
    b,
    1,
    [
      [
        1,
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
        '10,806,306,938',
        '8,936,637,133',
        '82.70',
        'Efisien',
      ],
      [
        2,
        'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
        '38,261,863,564',
        '6,803,739,678',
        '96.19',
        'Efisien',
      ],
      [
        3,
        'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
        '4,801,710,420',
        '4,076,996,750',
        '84.91',
        'Efisien',
      ],
      [
        4,
        'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
        '467,086,000',
        '232,065,000',
        '49.68',
        'Tidak Efisien',
      ],
      [
        5,
        'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
        '65,000,000',
        '-',
        '0.00',
        'Tidak Efisien',
      ],
    ],
    { garis: true },
  );

  const t38 = buku.addWorksheet('Tabel 3.8');
  lebarKolom(t38, [30, 44, 9, 9, 10, 10, 9, 10, 10, 11]);
  t38.getCell('A1').value =
    'Tabel 3.8. Perbandingan Realisasi Kinerja Tahun 2023 dan Realisasi Kinerja Tahun Sebelumnya';
  b = tulisJudul(
    t38,
    3,
    1,
    [
      [
        'SASARAN',
        'INDIKATOR KINERJA UTAMA',
        'SATUAN',
        'Tahun 2022',
        null,
        null,
        'Tahun 2023',
        null,
        null,
        'Ket',
      ],
      [
        null,
        null,
        null,
        'TARGET',
        'Realisasi',
        'Capaian Kinerja',
        'TARGET',
        'Realis asi',
        'Capaia n Kinerja',
        null,
      ],
    ],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3', 'J3:J4'],
  );
  const awal38 = b;
  tulisBaris(
    t38,
    b,
    1,
    [
      [
        'Meningkatnya kualitas dan jangkauan pelayanan publik kecamatan',
        'Persentase keluhan masyarakat terhadap pelayanan kecamatan yang ditindaklanjuti',
        'Persen',
        75,
        71.43,
        95.24,
        75,
        80,
        114.29,
        'Menin gkat',
      ],
      [
        null,
        'Persentase capaian Ketenteraman dan Ketertiban Umum',
        'Persen',
        75,
        76,
        101.33,
        75,
        100,
        142.86,
        'Menin gkat',
      ],
      [
        null,
        'Pertumbuhan Pendapatan Asli Desa',
        'Persen',
        69.7,
        36.36,
        52.17,
        70,
        15.7,
        22.43,
        'Menu run',
      ],
      [
        null,
        'Pertumbuhan Pendapatan Asli Daerah Kewenangan Kecamatan',
        'Persen',
        30,
        0,
        0,
        30,
        'N/A',
        'N/A',
        '-',
      ],
      [
        'Melaksanakan Pengelolaan Pengadaan Barang dan Jasa',
        'Persentase Pengelolaan Pengadaan Barang dan Jasa',
        'Persen',
        100,
        100,
        100,
        100,
        100,
        100,
        'Tetap',
      ],
      [
        'Meningkatnya Indeks Kesehatan Keluarga di Kecamatan',
        'Indeks Keluarga Sehat (IKS)',
        'Angka',
        0,
        'n/a',
        'n/a',
        0.4,
        0.33,
        82.5,
        '-',
      ],
    ],
    { garis: true },
  );
  t38.mergeCells(`A${awal38}:A${awal38 + 3}`);

  const t315 = buku.addWorksheet('Tabel 3.15');
  lebarKolom(t315, [36, 36, 44, 16, 16, 9, 16]);
  t315.getCell('A1').value =
    'Tabel 3.15. Realisasi Anggaran Program Dan Kegiatan Tahun 2023 Kecamatan Kota Bangun';
  b = tulisJudul(t315, 3, 1, [
    [
      'Program',
      'Kegiatan',
      'Uraian Sub Kegiatan',
      'Pagu anggaran',
      'Realisasi',
      'Capaian',
      'Sisa Anggaran',
    ],
  ]);
  const awal315 = b;
  tulisBaris(
    t315,
    b,
    1,
    [
      [
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
        'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        'Penyusunan Dokumen Perencanaan Perangkat Daerah',
        '75,000,000',
        null,
        null,
        '75,000,000',
      ],
      [
        null,
        null,
        'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        '20,967,376',
        '1,540,00',
        '7,34',
        '19,427,376',
      ],
      [
        null,
        'Administrasi Keuangan Perangkat Daerah',
        'Penyediaan Gaji dan Tunjangan ASN',
        '5,535,121,420',
        '5,196,749,998',
        '93,89',
        '338,371,422',
      ],
      [
        null,
        null,
        'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
        '11,000,000',
        null,
        null,
        '11,000,000',
      ],
      [
        null,
        null,
        'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD',
        '38,390,000',
        '32,100,00',
        '83,62',
        '6,290,000',
      ],
      [
        'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
        'Koordinasi Kegiatan Pemberdayaan Desa',
        'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
        '55,020,000',
        '23,549,50',
        '42,80',
        '31,470,500',
      ],
      [
        null,
        null,
        'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
        '4,746,690,420',
        '4,053,447,25',
        '85,40',
        '693,243,170',
      ],
      [
        'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
        'Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah',
        'Pembinaan Kerukunan Antar Suku dan Intra Suku, Umat Beragama, Ras, dan Golongan Lainnya',
        '457,086,000',
        '232,065,00',
        '50,77',
        '225,021,000',
      ],
      [
        null,
        null,
        'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan',
        '10,000,000',
        null,
        null,
        '10,000,000',
      ],
    ],
    { garis: true },
  );
  t315.mergeCells(`A${awal315}:A${awal315 + 4}`);
  t315.mergeCells(`B${awal315}:B${awal315 + 1}`);
  t315.mergeCells(`B${awal315 + 2}:B${awal315 + 4}`);
  t315.mergeCells(`A${awal315 + 5}:A${awal315 + 6}`);
  t315.mergeCells(`B${awal315 + 5}:B${awal315 + 6}`);
  t315.mergeCells(`A${awal315 + 7}:A${awal315 + 8}`);
  t315.mergeCells(`B${awal315 + 7}:B${awal315 + 8}`);
}

/** Seed 002: Tabel 19 (a wrong JUMLAH) and Tabel 40 (a wrong average of 23 capaian). */
function seed002Periksa(buku: ExcelJS.Workbook): void {
  const t19 = buku.addWorksheet('Tabel 19');
  t19.getCell('A1').value =
    'Tabel 19. Realisasi Program Penunjang pada Kantor Kecamatan Pelaihari Tahun Anggaran 2023';
  lebarKolom(t19, [5, 60, 24, 24]);
  let b = tulisJudul(t19, 3, 1, [['No', 'Program', 'Pagu (Rp).', 'Realiasi (Rp).']]);
  tulisBaris(
    t19,
    b,
    1,
    [
      [
        '1.',
        'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Rp. 10.531.067.845,-',
        'Rp. 9.669.023.077,-',
      ],
      [
        '2.',
        'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
        'Rp. 38.489.280,-',
        'Rp. 29.915.670,-',
      ],
      [
        '3',
        'Program Koordinasi dan Ketentraman dan Ketertiban Umum',
        'Rp. 7.965.540,-',
        'Rp. 7.705.000,-',
      ],
      [
        '4.',
        'Program Penyelenggaraan Urusan Pemerintahan Umum',
        'Rp. 1.257.786.418,-',
        'Rp. 1.174.952.220,-',
      ],
      [
        '5.',
        'Program Pembinaan dan Pengawasan Pemerintahan Desa',
        'Rp. 27.205.720,-',
        'Rp. 23.350.000,-',
      ],
      ['JUMLAH', null, 'Rp. 11.682.514.802,-', 'Rp. 10.904.945.967,-'],
    ],
    { garis: true },
  );

  const t40 = buku.addWorksheet('Tabel 40');
  t40.getCell('A1').value =
    'Tabel 40. Realisasi Target Indikator Kinerja Eselon IV Kantor Kecamatan Pelaihari Tahun 2022-2023';
  lebarKolom(t40, [5, 60, 14, 14, 14, 10]);
  b = tulisJudul(
    t40,
    3,
    1,
    [
      ['No', 'Indikator Kinerja', 'Realisasi Tahun 2022', 'Tahun 2023', null, null],
      [null, null, null, 'Target', 'Realisasi', 'Capaian (%)'],
    ],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'],
  );
  const baris: [string, string, string, string, number][] = [
    [
      'Jumlah desa yang mengelola administrasi pemerintahan dengan baik',
      '15 Desa',
      '15 Desa',
      '15 Desa',
      100,
    ],
    [
      'Jumlah desa yang difasilitasi dengan baik pada penyelenggaraan Pemilu, Pilkada, dan Penjaringan aparat desa dan BPD',
      '15 Desa',
      '15 Desa',
      '5 Desa',
      33.33,
    ],
    [
      'Jumlah Desa yang data Kependudukannya terverifikasi dengan akurat',
      '15 Desa',
      '15 Desa',
      '15 Desa',
      100,
    ],
    ['Fasilitasi pelaksanaan kegiatan kepemimpinan', '2 kali', '2 kali', '2 kali', 100],
    [
      'Jumlah kelompok masyarakat yang berhasil memasarkan hasil produksinya',
      '5 Kelompok',
      '5 Kelompok',
      '5 Kelompok',
      100,
    ],
    ['Jumlah desa yang menyusun profil desa dengan baik', '15 desa', '15 desa', '15 desa', 100],
    ['Jumlah desa yang mengelola keuangan dengan baik', '15 desa', '15 desa', '15 desa', 100],
    [
      'Jumlah fasilitasi pelaksanaan kegiatan Musrenbang',
      '2 kegiatan',
      '2 kegiatan',
      '2 kegiatan',
      100,
    ],
    [
      'Jumlah kelompok organisasi masyarakat yang di bina di bidang kemasyarakatan',
      '15 Kelompok',
      '15 kelompok',
      '15 Kelompok',
      100,
    ],
    [
      'Jumlah kegiatan di bidang sosial, keagamaan, kebudayaan dan olahraga sesuai SOP',
      '15 kegiatan',
      '15 kegiatan',
      '15 kegiatan',
      100,
    ],
    [
      'Jumlah masyarakat tidak mampu yang di fasilitasi penyaluran bantuan social',
      '854 orang',
      '1000 orang',
      '1000 orang',
      100,
    ],
    [
      'Jumlah penanganan gangguan ketentraman dan ketertiban masyarakat di Kecamatan yang difasilitasi',
      '2 kejadian',
      '2 kejadian',
      '2 kejadian',
      100,
    ],
    [
      'Jumlah kelompok masyarakat di bidang Ketentraman dan ketertiban yang aktif',
      '5 Kelompok',
      '5 kelompok',
      '5 Kelompok',
      100,
    ],
    [
      'Jumlah penanganan gangguan dan ketertiban masyarakat di Kecamatan yang di monitoring',
      '2 kejadian',
      '2 kejadian',
      '2 kejadian',
      100,
    ],
    [
      'Jumlah sosialisasi penanganan gangguan ketentraman dan ketertiban masyarakat masyarakat di Kecamatan yang di monitoring',
      '1 kegiatan',
      '1 kegiatan',
      '1 kegiatan',
      100,
    ],
    [
      'Jumlah Pelayanan Terpadu Satu Pintu (PATEN) sesuai SOP',
      '15 pelayanan',
      '15 pelayanan',
      '15 pelayanan',
      100,
    ],
    [
      'Jumlah pengaduan masyarakat yang di fasilitasi',
      '1 Pengaduan',
      '5 pengaduan',
      '0 Pengaduan',
      0,
    ],
    [
      'Jumlah Data Informasi Pelayanan Administrasi Terpadu Kecamatan (PATEN)',
      '2 Dokumen',
      '2 Dokumen',
      '2 Dokumen',
      100,
    ],
    [
      'Jumlah ASN yang administrasi perkantornya terlayani dengan baik',
      '18 orang',
      '18 orang',
      '18 orang',
      100,
    ],
    [
      'Jumlah sarana dan prasarana yang terpelihara dengan baik',
      '223 unit',
      '223 unit',
      '223 unit',
      100,
    ],
    ['Jumlah dokumen administrasi kepegawaian', '15 dokumen', '15 dokumen', '15 dokumen', 100],
    [
      'Jumlah dokumen perencanaan kinerja dan perencanaan keuangan yang disusun sesuai dengan ketentuan yang berlaku',
      '7 Dokumen',
      '7 dokumen',
      '7 Dokumen',
      100,
    ],
    [
      'Jumlah laporan kinerja dan keuangan yang disusun sesuai ketentuan yang berlaku',
      '7 Dokumen',
      '7 dokumen',
      '7 Dokumen',
      100,
    ],
  ];
  const akhir = tulisBaris(
    t40,
    b,
    1,
    baris.map((r, i) => [`${i + 1}.`, ...r]),
    { garis: true },
  );
  tulisBaris(t40, akhir, 1, [['Rata-Rata Capaian', null, null, null, null, 95.45]], {
    garis: true,
  });
}

/** Seed 003 Tabel 30: Roman numerals again, and 743.296.551 / 978.450.789 stated as 90,47. */
function seed003Tabel30(buku: ExcelJS.Workbook): void {
  const t30 = buku.addWorksheet('Tabel 30');
  t30.getCell('A1').value =
    'Tabel 30. Anggaran dan Realisasi Belanja Tidak Langsung Kecamatan Panyipatan Tahun 2020';
  lebarKolom(t30, [6, 60, 16, 16, 9]);
  const b = tulisJudul(t30, 3, 1, [
    ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    ['1', '2', '3', '4', '5'],
  ]);
  tulisBaris(
    t30,
    b,
    1,
    [
      ['I', 'Gaji dan Tunjangan', '1.148.096.857', '895.602.242', '78,00'],
      ['1', 'Gaji pokok PNS/ uang representasi', '848.258.222', '674.962.200', '79,57'],
      ['2', 'Tunjangan keluarga', '126.793.002', '88.895.128', '71,11'],
      ['3', 'Tunjangan jabatan', '91.375.200', '73.510.000', '80,44'],
      ['4', 'Tunjangan fungsional umum', '16.746.982', '14.035.000', '83,80'],
      ['5', 'Tunjangan beras', '57.486.960', '42.003.600', '73,06'],
      ['6', 'Tunjangan PPh/ tunjangan khusus', '7.418.292', '2.187.329', '29,48'],
      ['7', 'Pembulatan gaji', '18.199', '8.985', '49,37'],
      ['II', 'Tambahan penghasilan PNS', '978.640.799', '743.296.551', '75,95'],
      [
        '1',
        'Tambahan penghasilan berdasarkan prestasi kerja',
        '978.450.789',
        '743.296.551',
        '90,47',
      ],
      ['2', 'Tambahan penghasilan berdasarkan pertimbangan obyektif lainnya', '190.010', '0', '0'],
      [null, 'Jumlah', '2.126.737.656', '1.638.898.793,-', '77,06'],
    ],
    { garis: true },
  );
}

async function simpan(nama: string, isi: (b: ExcelJS.Workbook) => void): Promise<void> {
  const buku = new ExcelJS.Workbook();
  buku.creator = 'Capaian (fixture dari seed)';
  buku.created = new Date(Date.UTC(2024, 0, 1));
  buku.modified = buku.created;
  isi(buku);
  await buku.xlsx.writeFile(path.join(FOLDER, nama));
  console.log(`ditulis: test/fixtures/${nama}`);
}

async function main(): Promise<void> {
  await simpan('seed000.xlsx', seed000);
  await simpan('seed002.xlsx', (b) => {
    seed002(b);
    seed002Periksa(b);
  });
  await simpan('seed003.xlsx', (b) => {
    seed003(b);
    seed003Tabel30(b);
  });
  await simpan('seed004.xlsx', seed004);
}

void main();
