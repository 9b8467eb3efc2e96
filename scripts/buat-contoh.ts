/**
 * Builds examples/contoh-lkjip.xlsx: the workbook of a fictitious kecamatan
 * laid out the way the seed reports' workbooks are (merged sasaran cells, a
 * negatif and a predikat indicator, multi-year, Renstra, DPA with kode
 * rekening, sasaran-to-program budget, IKM, and a kategori scale table).
 * All stated numbers are consistent: the checks find no mistakes in it.
 * Run: npm run contoh
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { hitungCapaian } from '../src/domain/capaian';
import { bulatkan } from '../src/domain/pembulatan';
import { formatKolom, lebarKolom, tulisBaris, tulisJudul } from './lembar';

const KELUAR = path.join(__dirname, '..', 'examples', 'contoh-lkjip.xlsx');

const SASARAN = [
  'Meningkatnya kualitas pelayanan publik kecamatan',
  'Meningkatnya akuntabilitas kinerja dan keuangan kecamatan',
  'Meningkatnya pemberdayaan masyarakat dan kesehatan keluarga',
];

const PROGRAM = {
  penunjang: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
  pelayanan: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
  pemberdayaan: 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
  trantib: 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
};

function kop(ws: ExcelJS.Worksheet, judul: string): void {
  ws.getCell('A1').value = 'PEMERINTAH KABUPATEN NUSA MAKMUR';
  ws.getCell('A2').value = 'KECAMATAN SUKAMAJU';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A2').font = { bold: true };
  ws.getCell('A4').value = judul;
  ws.getCell('A4').font = { bold: true, italic: true };
}

function kinerja(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Kinerja 2024');
  kop(ws, 'Tabel 3.1 Perbandingan Target dan Realisasi Kinerja Sasaran Tahun 2024');
  lebarKolom(ws, [5, 34, 46, 10, 10, 10, 10, 36, 36]);
  const b = tulisJudul(
    ws,
    6,
    1,
    [
      [
        'No',
        'Sasaran Strategis',
        'Indikator Kinerja',
        'Satuan',
        'Polaritas',
        'Tahun 2024',
        null,
        'Faktor Pendukung',
        'Faktor Penghambat',
      ],
      [null, null, null, null, null, 'Target', 'Realisasi', null, null],
    ],
    ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:E7', 'F6:G6', 'H6:H7', 'I6:I7'],
  );
  const baris: ExcelJS.CellValue[][] = [
    [
      1,
      SASARAN[0],
      'Indeks Kepuasan Masyarakat (IKM)',
      'Indeks',
      'Positif',
      82,
      86.42,
      'Pelayanan PATEN terintegrasi dan petugas yang ramah',
      'Ruang tunggu pelayanan masih sempit',
    ],
    [
      2,
      null,
      'Persentase pelayanan administrasi yang selesai tepat waktu',
      'Persen',
      'Positif',
      0.9,
      0.93,
      'Standar pelayanan dipasang di loket',
      null,
    ],
    [
      3,
      null,
      'Jumlah pengaduan masyarakat yang tidak tertangani',
      'Kasus',
      'Negatif',
      10,
      6,
      'Kanal pengaduan daring aktif',
      'Sebagian pengaduan di luar kewenangan kecamatan',
    ],
    [
      4,
      SASARAN[1],
      'Nilai SAKIP Kecamatan',
      'Predikat',
      'Positif',
      'BB',
      'B',
      null,
      'Dokumen evaluasi internal belum lengkap',
    ],
    [
      5,
      null,
      'Persentase temuan BPK yang ditindaklanjuti',
      'Persen',
      'Positif',
      100,
      100,
      'Tindak lanjut dipantau setiap bulan',
      null,
    ],
    [
      6,
      null,
      'Persentase realisasi anggaran kecamatan',
      'Persen',
      'Positif',
      95,
      94.8,
      null,
      'Penghematan belanja rapat',
    ],
    [
      7,
      SASARAN[2],
      'Prevalensi stunting',
      'Persen',
      'Negatif',
      16.5,
      12.6,
      'Konvergensi lintas sektor di tingkat desa',
      null,
    ],
    [
      8,
      null,
      'Persentase desa dengan BUMDes aktif',
      'Persen',
      'Positif',
      60,
      45,
      null,
      'Modal BUMDes terbatas',
    ],
    [9, null, 'Persentase posyandu aktif', 'Persen', 'Positif', 85, '*)', null, null],
  ];
  const akhir = tulisBaris(ws, b, 1, baris, { garis: true });
  ws.mergeCells(`B${b}:B${b + 2}`);
  ws.mergeCells(`B${b + 3}:B${b + 5}`);
  ws.mergeCells(`B${b + 6}:B${b + 8}`);
  ws.getCell(`F${b + 1}`).numFmt = '0%';
  ws.getCell(`G${b + 1}`).numFmt = '0%';
  for (let r = b; r < akhir; r++) {
    ws.getCell(`B${r}`).alignment = { vertical: 'top', wrapText: true };
    ws.getCell(`C${r}`).alignment = { wrapText: true };
  }
  ws.getCell(`A${akhir + 1}`).value =
    'Keterangan: *) data posyandu aktif dari Dinas Kesehatan belum terbit saat laporan disusun.';
  ws.getCell(`A${akhir + 2}`).value = 'Sumber: Kantor Camat Sukamaju, 2025';
}

function kinerjaProgram(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Kinerja Program');
  kop(ws, 'Tabel 3.2 Capaian Indikator Program Tahun 2024');
  lebarKolom(ws, [46, 50, 10, 10, 10]);
  const b = tulisJudul(ws, 6, 1, [
    ['Program', 'Indikator Program', 'Satuan', 'Target', 'Realisasi'],
  ]);
  tulisBaris(
    ws,
    b,
    1,
    [
      [PROGRAM.penunjang, 'Nilai evaluasi SAKIP perangkat daerah', 'Nilai', 67, 68.5],
      [null, 'Persentase dokumen perencanaan dan pelaporan yang tepat waktu', 'Persen', 100, 100],
      [
        PROGRAM.pelayanan,
        'Persentase pelayanan perizinan dan non perizinan sesuai SOP',
        'Persen',
        100,
        98,
      ],
      [PROGRAM.pemberdayaan, 'Persentase lembaga kemasyarakatan desa yang aktif', 'Persen', 70, 63],
      [PROGRAM.trantib, 'Persentase gangguan ketenteraman yang tertangani', 'Persen', 100, 100],
    ],
    { garis: true },
  );
  ws.mergeCells(`A${b}:A${b + 1}`);
}

function capaian(t: number, r: number, polaritas: 'positif' | 'negatif' = 'positif'): number {
  return bulatkan(hitungCapaian({ target: t, realisasi: r, polaritas }).nilai as number, 2);
}

function multiTahun(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Multi Tahun');
  kop(ws, 'Tabel 3.3 Perbandingan Realisasi dan Capaian Kinerja Tahun 2022-2024');
  lebarKolom(ws, [46, 9, 9, 10, 10, 9, 10, 10, 9, 10, 12]);
  const b = tulisJudul(
    ws,
    6,
    1,
    [
      [
        'Indikator Kinerja',
        'Satuan',
        'Tahun 2022',
        null,
        null,
        'Tahun 2023',
        null,
        null,
        'Tahun 2024',
        null,
        'Ket',
      ],
      [
        null,
        null,
        'Target',
        'Realisasi',
        'Capaian',
        'Target',
        'Realisasi',
        'Capaian',
        'Target',
        'Realisasi',
        null,
      ],
    ],
    ['A6:A7', 'B6:B7', 'C6:E6', 'F6:H6', 'I6:J6', 'K6:K7'],
  );
  const baris = (
    nama: string,
    satuan: string,
    d: [number, number][],
    pol: 'positif' | 'negatif' = 'positif',
  ): ExcelJS.CellValue[] => {
    const c22 = capaian(d[0][0], d[0][1], pol);
    const c23 = capaian(d[1][0], d[1][1], pol);
    const c24 = capaian(d[2][0], d[2][1], pol);
    const ket = Math.abs(c24 - c23) < 0.005 ? 'Tetap' : c24 > c23 ? 'Meningkat' : 'Menurun';
    return [nama, satuan, d[0][0], d[0][1], c22, d[1][0], d[1][1], c23, d[2][0], d[2][1], ket];
  };
  tulisBaris(
    ws,
    b,
    1,
    [
      baris('Indeks Kepuasan Masyarakat (IKM)', 'Indeks', [
        [80, 84.1],
        [81, 85.3],
        [82, 86.42],
      ]),
      baris('Persentase pelayanan administrasi yang selesai tepat waktu', 'Persen', [
        [85, 84],
        [88, 90],
        [90, 93],
      ]),
      baris(
        'Prevalensi stunting',
        'Persen',
        [
          [20, 19.4],
          [18, 15.2],
          [16.5, 12.6],
        ],
        'negatif',
      ),
      baris('Persentase desa dengan BUMDes aktif', 'Persen', [
        [50, 42],
        [55, 47],
        [60, 45],
      ]),
    ],
    { garis: true },
  );
}

function renstra(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Renstra');
  kop(ws, 'Tabel 3.4 Capaian Kinerja terhadap Target Akhir Renstra 2021-2026');
  lebarKolom(ws, [5, 46, 9, 10, 10, 10, 10, 10, 12]);
  const b = tulisJudul(
    ws,
    6,
    1,
    [
      [
        'No',
        'Indikator Kinerja',
        'Satuan',
        'Data Awal 2021',
        'Realisasi',
        null,
        null,
        'Target 2024',
        'Target Akhir Renstra 2026',
      ],
      [null, null, null, null, '2022', '2023', '2024', null, null],
    ],
    ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:G6', 'H6:H7', 'I6:I7'],
  );
  tulisBaris(
    ws,
    b,
    1,
    [
      [1, 'Indeks Kepuasan Masyarakat (IKM)', 'Indeks', 78, 84.1, 85.3, 86.42, 82, 85],
      [
        2,
        'Persentase pelayanan administrasi yang selesai tepat waktu',
        'Persen',
        80,
        84,
        90,
        93,
        90,
        95,
      ],
      [3, 'Prevalensi stunting', 'Persen', 22, 19.4, 15.2, 12.6, 16.5, 14],
      [4, 'Persentase desa dengan BUMDes aktif', 'Persen', 30, 42, 47, 45, 60, 80],
    ],
    { garis: true },
  );
}

interface Sub {
  kode: string;
  nama: string;
  murni: number;
  pagu: number;
  realisasi: number;
  fisik: number;
}

const DPA: {
  kode: string;
  nama: string;
  kegiatan: { kode: string; nama: string; sub: Sub[] }[];
}[] = [
  {
    kode: '7.01.01',
    nama: PROGRAM.penunjang,
    kegiatan: [
      {
        kode: '7.01.01.2.01',
        nama: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        sub: [
          {
            kode: '7.01.01.2.01.01',
            nama: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
            murni: 25000000,
            pagu: 25000000,
            realisasi: 24350000,
            fisik: 100,
          },
          {
            kode: '7.01.01.2.01.07',
            nama: 'Evaluasi Kinerja Perangkat Daerah',
            murni: 15000000,
            pagu: 17500000,
            realisasi: 16980000,
            fisik: 100,
          },
        ],
      },
      {
        kode: '7.01.01.2.02',
        nama: 'Administrasi Keuangan Perangkat Daerah',
        sub: [
          {
            kode: '7.01.01.2.02.01',
            nama: 'Penyediaan Gaji dan Tunjangan ASN',
            murni: 2450000000,
            pagu: 2520000000,
            realisasi: 2398456200,
            fisik: 100,
          },
        ],
      },
      {
        kode: '7.01.01.2.06',
        nama: 'Administrasi Umum Perangkat Daerah',
        sub: [
          {
            kode: '7.01.01.2.06.02',
            nama: 'Penyediaan Peralatan dan Perlengkapan Kantor',
            murni: 85000000,
            pagu: 92000000,
            realisasi: 88640500,
            fisik: 100,
          },
          {
            kode: '7.01.01.2.06.09',
            nama: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            murni: 120000000,
            pagu: 135000000,
            realisasi: 129870000,
            fisik: 96.5,
          },
        ],
      },
    ],
  },
  {
    kode: '7.01.02',
    nama: PROGRAM.pelayanan,
    kegiatan: [
      {
        kode: '7.01.02.2.02',
        nama: 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        sub: [
          {
            kode: '7.01.02.2.02.01',
            nama: 'Pelaksanaan Urusan Pemerintahan yang Terkait dengan Perizinan',
            murni: 60000000,
            pagu: 60000000,
            realisasi: 57200000,
            fisik: 100,
          },
          {
            kode: '7.01.02.2.02.02',
            nama: 'Pelaksanaan Urusan Pemerintahan yang Terkait dengan Non Perizinan',
            murni: 45000000,
            pagu: 48000000,
            realisasi: 44950000,
            fisik: 100,
          },
        ],
      },
    ],
  },
  {
    kode: '7.01.03',
    nama: PROGRAM.pemberdayaan,
    kegiatan: [
      {
        kode: '7.01.03.2.01',
        nama: 'Koordinasi Kegiatan Pemberdayaan Desa',
        sub: [
          {
            kode: '7.01.03.2.01.03',
            nama: 'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
            murni: 180000000,
            pagu: 175000000,
            realisasi: 151300000,
            fisik: 90,
          },
        ],
      },
    ],
  },
  {
    kode: '7.01.04',
    nama: PROGRAM.trantib,
    kegiatan: [
      {
        kode: '7.01.04.2.01',
        nama: 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum',
        sub: [
          {
            kode: '7.01.04.2.01.01',
            nama: 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum',
            murni: 40000000,
            pagu: 40000000,
            realisasi: 38900000,
            fisik: 100,
          },
        ],
      },
    ],
  },
];

function jumlah(subs: Sub[], ambil: (s: Sub) => number): number {
  return subs.reduce((a, s) => a + ambil(s), 0);
}

function dpa(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('DPA 2024');
  kop(ws, 'Tabel 3.5 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2024');
  lebarKolom(ws, [18, 60, 17, 17, 17, 10]);
  let r = tulisJudul(
    ws,
    6,
    1,
    [
      [
        'Kode Rekening',
        'Program / Kegiatan / Sub Kegiatan',
        'Pagu Anggaran (Rp)',
        null,
        'Realisasi (Rp)',
        'Fisik (%)',
      ],
      [null, null, 'Murni', 'Perubahan', null, null],
    ],
    ['A6:A7', 'B6:B7', 'C6:D6', 'E6:E7', 'F6:F7'],
  );
  const awal = r;
  const barisProgram: number[] = [];
  for (const p of DPA) {
    const rp = r++;
    barisProgram.push(rp);
    const semua = p.kegiatan.flatMap((k) => k.sub);
    const barisKegiatan: number[] = [];
    for (const k of p.kegiatan) {
      const rk = r++;
      barisKegiatan.push(rk);
      const awalSub = r;
      for (const s of k.sub)
        tulisBaris(ws, r++, 1, [[s.kode, s.nama, s.murni, s.pagu, s.realisasi, s.fisik]], {
          garis: true,
        });
      const akhirSub = r - 1;
      const sum = (c: string, v: number) => ({
        formula: `SUM(${c}${awalSub}:${c}${akhirSub})`,
        result: v,
      });
      tulisBaris(
        ws,
        rk,
        1,
        [
          [
            k.kode,
            k.nama,
            sum(
              'C',
              jumlah(k.sub, (s) => s.murni),
            ),
            sum(
              'D',
              jumlah(k.sub, (s) => s.pagu),
            ),
            sum(
              'E',
              jumlah(k.sub, (s) => s.realisasi),
            ),
            null,
          ],
        ],
        { garis: true, tebal: true },
      );
    }
    const sumK = (c: string, v: number) => ({
      formula: barisKegiatan.map((x) => `${c}${x}`).join('+'),
      result: v,
    });
    tulisBaris(
      ws,
      rp,
      1,
      [
        [
          p.kode,
          p.nama,
          sumK(
            'C',
            jumlah(semua, (s) => s.murni),
          ),
          sumK(
            'D',
            jumlah(semua, (s) => s.pagu),
          ),
          sumK(
            'E',
            jumlah(semua, (s) => s.realisasi),
          ),
          null,
        ],
      ],
      { garis: true, tebal: true },
    );
  }
  const semua = DPA.flatMap((p) => p.kegiatan.flatMap((k) => k.sub));
  const sumP = (c: string, v: number) => ({
    formula: barisProgram.map((x) => `${c}${x}`).join('+'),
    result: v,
  });
  tulisBaris(
    ws,
    r,
    1,
    [
      [
        null,
        'JUMLAH',
        sumP(
          'C',
          jumlah(semua, (s) => s.murni),
        ),
        sumP(
          'D',
          jumlah(semua, (s) => s.pagu),
        ),
        sumP(
          'E',
          jumlah(semua, (s) => s.realisasi),
        ),
        null,
      ],
    ],
    { garis: true, tebal: true },
  );
  for (const c of [3, 4, 5]) formatKolom(ws, c, awal, r, '#,##0');
}

function sasaranProgram(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Sasaran-Program');
  kop(ws, 'Tabel 3.6 Anggaran Program Pendukung Sasaran Strategis Tahun 2024');
  lebarKolom(ws, [5, 44, 56, 17, 17]);
  const b = tulisJudul(ws, 6, 1, [
    ['No', 'Sasaran Strategis', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
  ]);
  const total = (kunci: keyof typeof PROGRAM, ambil: (s: Sub) => number) =>
    jumlah(
      DPA.find((p) => p.nama === PROGRAM[kunci])!.kegiatan.flatMap((k) => k.sub),
      ambil,
    );
  const baris = (
    no: number | null,
    s: string | null,
    k: keyof typeof PROGRAM,
  ): ExcelJS.CellValue[] => [
    no,
    s,
    PROGRAM[k],
    total(k, (x) => x.pagu),
    total(k, (x) => x.realisasi),
  ];
  tulisBaris(
    ws,
    b,
    1,
    [
      baris(1, SASARAN[0], 'pelayanan'),
      baris(null, null, 'trantib'),
      baris(2, SASARAN[1], 'penunjang'),
      baris(3, SASARAN[2], 'pemberdayaan'),
    ],
    { garis: true },
  );
  ws.mergeCells(`A${b}:A${b + 1}`);
  ws.mergeCells(`B${b}:B${b + 1}`);
  formatKolom(ws, 4, b, b + 3, '#,##0');
  formatKolom(ws, 5, b, b + 3, '#,##0');
}

function ikm(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('IKM');
  kop(ws, 'Tabel 3.7 Nilai Rata-Rata (NRR) Unsur Pelayanan Survei Kepuasan Masyarakat 2024');
  lebarKolom(ws, [5, 50, 10]);
  const b = tulisJudul(ws, 6, 1, [['No', 'Unsur Pelayanan', 'NRR']]);
  tulisBaris(
    ws,
    b,
    1,
    [
      [1, 'Persyaratan', 3.42],
      [2, 'Sistem, Mekanisme dan Prosedur', 3.38],
      [3, 'Waktu Penyelesaian', 3.31],
      [4, 'Biaya / Tarif', 3.85],
      [5, 'Produk Spesifikasi Jenis Pelayanan', 3.4],
      [6, 'Kompetensi Pelaksana', 3.45],
      [7, 'Perilaku Pelaksana', 3.47],
      [8, 'Penanganan Pengaduan, Saran dan Masukan', 3.39],
      [9, 'Sarana dan Prasarana', 3.44],
    ],
    { garis: true },
  );
  formatKolom(ws, 3, b, b + 8, '0.000');
}

function skala(buku: ExcelJS.Workbook): void {
  const ws = buku.addWorksheet('Skala');
  kop(ws, 'Tabel 2.1 Skala Nilai Peringkat Kinerja (Permendagri 86/2017)');
  lebarKolom(ws, [5, 24, 24]);
  const b = tulisJudul(ws, 6, 1, [['No', 'Rentang Capaian', 'Kategori Capaian']]);
  tulisBaris(
    ws,
    b,
    1,
    [
      [1, '≥ 91', 'Sangat Tinggi'],
      [2, '76 ≤ X < 91', 'Tinggi'],
      [3, '66 ≤ X < 76', 'Sedang'],
      [4, '51 ≤ X < 66', 'Rendah'],
      [5, '< 51', 'Sangat Rendah'],
    ],
    { garis: true },
  );
}

async function main(): Promise<void> {
  const buku = new ExcelJS.Workbook();
  buku.creator = 'Subbag Perencanaan Kecamatan Sukamaju';
  buku.created = new Date(Date.UTC(2025, 1, 3));
  buku.modified = buku.created;
  kinerja(buku);
  kinerjaProgram(buku);
  multiTahun(buku);
  renstra(buku);
  dpa(buku);
  sasaranProgram(buku);
  ikm(buku);
  skala(buku);
  await buku.xlsx.writeFile(KELUAR);
  console.log(`ditulis: ${path.relative(process.cwd(), KELUAR)}`);
}

void main();
