import { hitungBuku } from '../../src/engine/hitung';
import type { HasilBuku } from '../../src/engine/hasil';
import { PESAN_ALASAN_CAPAIAN } from '../../src/domain/capaian';
import { susunBab3 } from '../../src/report/bab3';
import { instansiDariJudul } from '../../src/report/bahan';
import type { BabTiga, TabelLaporan } from '../../src/report/model';
import { BAGIAN_BAB3, bacaOpsiTersimpan, termasuk, type BagianBab3 } from '../../src/report/opsi';
import { peranDariJudul } from '../../src/sheet/peran';
import type { NilaiGrid } from '../../src/sheet/grid';
import { CONTOH, gridDari, hitungBerkas } from '../bantu';

const judul = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'judul' ? [x.teks] : []));
const tabel = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'tabel' ? [x.tabel] : []));
const teks = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'paragraf' ? [x.teks] : []));
const cariTabel = (b: BabTiga, awal: string): TabelLaporan => {
  const t = tabel(b).find((x) => x.judul.startsWith(awal));
  if (!t) throw new Error(`tidak ada tabel "${awal}"`);
  return t;
};

let contoh: HasilBuku;
let seed004: HasilBuku;
let seed002: HasilBuku;
beforeAll(async () => {
  [contoh, seed004, seed002] = await Promise.all([
    hitungBerkas(CONTOH),
    hitungBerkas('bab3-seed004.xlsx'),
    // Seed 002 rates with PermenPAN-RB 12/2015 (its Tabel 13); chosen here so the chapter does not hang on
    // recognising that table.
    hitungBerkas('bab3-seed002.xlsx', { skala: 'permenpan12' }),
  ]);
});

describe('the chapter in the order real chapters use', () => {
  test('measurement and scale, target against realisasi per sasaran with the IKM, the years, Renstra, causes, efisiensi, programs, budget', () => {
    const bab = susunBab3(contoh, { instansi: 'Kecamatan Sukamaju' });
    expect(judul(bab)).toEqual([
      'BAB III AKUNTABILITAS KINERJA',
      'A. Capaian Kinerja Organisasi',
      '1. Perbandingan Target dan Realisasi Kinerja Tahun 2024',
      'Sasaran 1: Meningkatnya kualitas pelayanan publik kecamatan',
      'Sasaran 2: Meningkatnya akuntabilitas kinerja dan keuangan kecamatan',
      'Sasaran 3: Meningkatnya pemberdayaan masyarakat dan kesehatan keluarga',
      'Indeks Kepuasan Masyarakat',
      '2. Perbandingan Realisasi dan Capaian Kinerja Tahun 2024 dengan Tahun Sebelumnya',
      '3. Perbandingan Realisasi dengan Target Akhir Renstra',
      '4. Analisis Penyebab Keberhasilan atau Kegagalan serta Solusi',
      '5. Analisis Efisiensi Penggunaan Sumber Daya',
      '6. Analisis Program dan Kegiatan Penunjang Capaian Sasaran',
      'B. Akuntabilitas Keuangan',
    ]);
    expect(tabel(bab).map((t) => `${t.nomor} ${t.judul}`)).toEqual([
      '3.1 Skala Nilai Peringkat Kinerja (Permendagri 86/2017)',
      '3.2 Perbandingan Target dan Realisasi Kinerja Sasaran Tahun 2024',
      '3.3 Nilai Rata-Rata (NRR) Unsur Pelayanan dan Indeks Kepuasan Masyarakat Tahun 2024',
      '3.4 Perbandingan Realisasi dan Capaian Kinerja Tahun 2022-2024',
      '3.5 Realisasi Tahun 2024 terhadap Target Akhir Renstra',
      '3.6 Faktor Pendukung dan Penghambat Capaian Kinerja Tahun 2024',
      '3.7 Analisis Efisiensi per Program Tahun 2024',
      '3.8 Program Pendukung Sasaran dan Anggarannya Tahun 2024',
      '3.9 Capaian Indikator Program Pendukung Sasaran Tahun 2024',
      '3.10 Realisasi Anggaran per Program Tahun 2024',
      '3.11 Realisasi Anggaran per Program dan Kegiatan Tahun 2024',
    ]);
    expect(
      bab.blok.flatMap((x) =>
        x.jenis === 'grafik' ? [`${x.grafik.nomor} ${x.grafik.jenis}`] : [],
      ),
    ).toEqual(['3.1 batang', '3.2 garis', '3.3 batang']);
    // Every table says where its figures come from.
    for (const t of tabel(bab)) expect(t.sumber).toMatch(/^Sumber: /);
  });

  test('one table for all sasaran, each sasaran cell spanning its indicators; per sasaran as an option', () => {
    const satu = cariTabel(susunBab3(contoh), 'Perbandingan Target dan Realisasi');
    expect(satu.kepala[0].map((s) => s.teks)).toEqual([
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian (%)',
      'Kategori',
    ]);
    expect(satu.baris).toHaveLength(9);
    expect(satu.baris.map((r) => r[1].tinggi)).toEqual([
      3,
      undefined,
      undefined,
      3,
      undefined,
      undefined,
      3,
      undefined,
      undefined,
    ]);
    // The rows a sasaran spans leave its cell out.
    expect(satu.baris.map((r) => r.length)).toEqual([8, 7, 7, 8, 7, 7, 8, 7, 7]);
    const per = susunBab3(contoh, { tabelPerSasaran: true });
    expect(
      tabel(per)
        .filter((t) => t.judul.startsWith('Capaian Indikator Sasaran'))
        .map((t) => t.baris.length),
    ).toEqual([3, 3, 3]);
    expect(tabel(per).some((t) => t.judul.startsWith('Perbandingan Target dan Realisasi'))).toBe(
      false,
    );
  });

  test('program indicators under the sasaran each program supports, sasaran and program cells spanning their rows', () => {
    const t = cariTabel(susunBab3(contoh), 'Capaian Indikator Program Pendukung Sasaran');
    expect(t.kepala[0].map((s) => s.teks)).toEqual([
      'No',
      'Sasaran',
      'Program',
      'Indikator Program',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian (%)',
    ]);
    expect(
      t.baris.map((r) =>
        r[1].tinggi ? `${r[1].teks} (${r[1].tinggi})` : r.length === 8 ? r[1].teks : '·',
      ),
    ).toEqual([
      'Meningkatnya kualitas pelayanan publik kecamatan (2)',
      '·',
      'Meningkatnya akuntabilitas kinerja dan keuangan kecamatan (2)',
      '·',
      'Meningkatnya pemberdayaan masyarakat dan kesehatan keluarga',
    ]);
    // Two programs under the first sasaran, one program with two indicators under the second.
    expect(t.baris[1][1].teks).toBe('PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM');
    expect(t.baris[2][2]).toMatchObject({
      teks: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      tinggi: 2,
    });
  });

  test('the overall summary counts every indicator by kategori and by target', () => {
    expect(teks(susunBab3(contoh))).toContain(
      'Dari sembilan indikator kinerja yang diperjanjikan tahun 2024, delapan indikator dapat diukur capaiannya: 6 indikator berkategori Sangat Tinggi, 1 Tinggi, dan 1 Sedang. Rata-rata capaiannya 103,39% (Sangat Tinggi). Sebanyak lima indikator mencapai atau melampaui target, sedangkan tiga indikator belum mencapai target. Satu indikator belum dapat diukur dan tidak diikutkan dalam rata-rata.',
    );
  });

  test('the scale table with the ranges of the scale in use', () => {
    const skala = cariTabel(susunBab3(seed002), 'Skala Nilai');
    expect(skala.baris.map((r) => `${r[1].teks} ${r[2].teks}`)).toEqual([
      'C > 90 Sangat Memuaskan',
      '80 < C ≤ 90 Memuaskan',
      '70 < C ≤ 80 Sangat Baik',
      '60 < C ≤ 70 Baik',
      '50 < C ≤ 60 Cukup',
      'C ≤ 50 Kurang',
    ]);
    expect(cariTabel(susunBab3(contoh), 'Skala Nilai').baris[1][1].teks).toBe('76 ≤ C < 91');
  });
});

describe('parts in or out', () => {
  const cek: Record<BagianBab3, (b: BabTiga) => boolean> = {
    skala: (b) => tabel(b).some((t) => t.judul.startsWith('Skala Nilai')),
    ringkasan: (b) => teks(b).some((t) => t.startsWith('Dari sembilan indikator')),
    // The example has no quarterly table: test/report/bab3-triwulan.test.ts.
    triwulan: () => false,
    grafik: (b) => b.blok.some((x) => x.jenis === 'grafik'),
    ikm: (b) => judul(b).includes('Indeks Kepuasan Masyarakat'),
    'multi-tahun': (b) => judul(b).some((t) => t.includes('dengan Tahun Sebelumnya')),
    renstra: (b) => judul(b).some((t) => t.includes('Target Akhir Renstra')),
    standar: () => false,
    faktor: (b) => judul(b).some((t) => t.includes('Penyebab')),
    efisiensi: (b) => judul(b).some((t) => t.includes('Efisiensi')),
    program: (b) => judul(b).some((t) => t.includes('Program dan Kegiatan Penunjang')),
    keuangan: (b) => judul(b).includes('B. Akuntabilitas Keuangan'),
    kegiatan: (b) => tabel(b).some((t) => t.judul.includes('per Program dan Kegiatan')),
    'sub-kegiatan': (b) => tabel(b).some((t) => t.baris.some((r) => r[1].menjorok === 2)),
    'tahun-lalu': () => false,
  };

  test.each(
    BAGIAN_BAB3.filter((b) => !['standar', 'tahun-lalu', 'sub-kegiatan', 'triwulan'].includes(b)),
  )('without %s the chapter drops just that part, tables still numbered without gaps', (bagian) => {
    const penuh = susunBab3(contoh);
    const tanpa = susunBab3(contoh, { tanpa: [bagian] });
    expect(cek[bagian](penuh)).toBe(true);
    expect(cek[bagian](tanpa)).toBe(false);
    expect(tabel(tanpa).map((t) => t.nomor)).toEqual(tabel(tanpa).map((_, i) => `3.${i + 1}`));
    const bagianA = judul(tanpa).filter((t) => /^\d+\. /.test(t));
    expect(bagianA.map((t) => t.split('.')[0])).toEqual(bagianA.map((_, i) => String(i + 1)));
  });

  test('sub kegiatan only when asked; the older switches still work', () => {
    expect(cek['sub-kegiatan'](susunBab3(contoh))).toBe(false);
    expect(cek['sub-kegiatan'](susunBab3(contoh, { dengan: ['sub-kegiatan'] }))).toBe(true);
    expect(cek.keuangan(susunBab3(contoh, { keuangan: false }))).toBe(false);
    expect(cek['multi-tahun'](susunBab3(contoh, { multiTahun: false }))).toBe(false);
    const pagu = (b: BabTiga) => teks(b).find((t) => t.startsWith('Pagu anggaran'));
    expect(pagu(susunBab3(contoh))).toContain(
      'Rp3.112.500.000 (tiga miliar seratus dua belas juta lima ratus ribu rupiah) setelah perubahan',
    );
    expect(pagu(susunBab3(contoh, { terbilang: false }))).toContain(
      'Rp3.112.500.000 setelah perubahan',
    );
  });

  test('saved choices are read back checked: unknown parts and malformed text are dropped', () => {
    expect(
      bacaOpsiTersimpan('{"tanpa":["renstra","bukan"],"tabelPerSasaran":true,"terbilang":"ya"}'),
    ).toEqual({
      tanpa: ['renstra'],
      tabelPerSasaran: true,
    });
    expect(bacaOpsiTersimpan('{rusak')).toEqual({});
    expect(bacaOpsiTersimpan('null')).toEqual({});
    expect(bacaOpsiTersimpan(undefined)).toEqual({});
    expect(termasuk({}, 'sub-kegiatan')).toBe(false);
    expect(termasuk({ tanpa: ['ikm'] }, 'ikm')).toBe(false);
  });
});

/** Every sentence of the chapter, split at sentence ends. */
function kalimat(b: BabTiga): string[] {
  return teks(b).flatMap((t) => t.replace(/^\[(Diisi|Periksa): /, '').split(/(?<=[.!?])\s+(?=\S)/));
}

describe('language a reviewer accepts, on every chapter', () => {
  const bab = () => [
    susunBab3(contoh, { instansi: 'Kecamatan Sukamaju' }),
    susunBab3(seed004),
    susunBab3(seed002),
  ];

  test('no sentence starts with a numeral', () => {
    for (const b of bab()) for (const k of kalimat(b)) expect(k).not.toMatch(/^\d/);
  });

  test('no internal code or internal reason reaches the prose', () => {
    const kode =
      /\b(belum-ada-realisasi|target-nol|target-tidak-terbaca|realisasi-tidak-terbaca|predikat-tidak-sebanding|undefined|NaN)\b/;
    for (const b of bab()) {
      const semua = teks(b).join('\n');
      expect(semua).not.toMatch(kode);
      for (const pesan of Object.values(PESAN_ALASAN_CAPAIAN)) expect(semua).not.toContain(pesan);
    }
  });

  test('counters fit the satuan (never "0 jumlah"); the method is named once, without nested brackets', () => {
    for (const b of bab()) {
      const semua = teks(b).join('\n');
      expect(semua).not.toMatch(/\d jumlah\b/i);
      expect(semua).not.toContain('(poin))');
      expect(semua.match(/Efisiensi dihitung dengan/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
    expect(teks(susunBab3(seed004)).join('\n')).toContain('terealisasi 0 inovasi');
  });

  test('polarity is explained once, with the formula, naming the negatif indicators', () => {
    const semua = teks(susunBab3(contoh)).join('\n');
    expect(semua.match(/\(2 x target - realisasi\)/g)).toHaveLength(1);
    expect(semua).toContain(
      'Indikator Jumlah pengaduan masyarakat yang tidak tertangani dan Prevalensi stunting bersifat negatif (makin kecil realisasinya makin baik), sehingga capaiannya dihitung dengan rumus (2 x target - realisasi) dibagi target dikali 100%.',
    );
  });

  test('a name that looks negatif but is computed positif is flagged for the user, marked', () => {
    const periksa = susunBab3(seed004).blok.filter(
      (x) =>
        x.jenis === 'paragraf' &&
        x.isian &&
        x.teks.startsWith('[Periksa: nama indikator Penurunan Prevalensi stunting'),
    );
    expect(periksa).toHaveLength(1);
  });
});

describe('seed 004 (Kecamatan Kota Bangun 2023): what its own BAB III has', () => {
  test('office and year from the workbook titles, never the Renstra end year', () => {
    const bab = susunBab3(seed004);
    expect(bab.instansi).toBe('Kecamatan Kota Bangun');
    expect(bab.tahun).toBe(2023);
    expect(teks(bab)[0]).toMatch(/^Pengukuran kinerja Kecamatan Kota Bangun tahun 2023 /);
  });

  test('a combined "Faktor Pendukung dan Penghambat" column stays a column, never a half sentence', () => {
    const bab = susunBab3(seed004);
    const f = cariTabel(bab, 'Faktor Pendukung dan Penghambat');
    expect(f.kepala[0].map((s) => s.teks)).toEqual([
      'No',
      'Indikator Kinerja',
      'Faktor Pendukung',
      'Faktor Penghambat',
      'Penjelasan Faktor Pendukung Dan Penghambat',
    ]);
    expect(f.baris[1].map((s) => s.teks)).toEqual([
      '2',
      'Persentase keluhan masyarakat terhadap pelayanan kecamatan yang ditindaklanjuti',
      'Adanya SOP Pelayanan yang di jalankan',
      'Sarana dan prasarana yang belum optimal',
      'Sarana dan prasarana yang belum optimal',
    ]);
    expect(teks(bab).join('\n')).not.toMatch(/Pada indikator [^,]+, Sarana/);
  });

  test("the efisiensi table takes each program's money from the budget table (the workbook's own efisiensi table misprints a realisasi)", () => {
    const e = cariTabel(susunBab3(seed004), 'Analisis Efisiensi per Program');
    expect(e.baris.map((r) => [r[2].teks, r[3].teks, r[5].teks])).toEqual([
      ['82,70', '99,99', 'Tidak Dapat Disimpulkan'],
      ['96,19', '100,19', 'Efisien'],
      ['84,91', '105,97', 'Efisien'],
      ['49,68', '100', 'Efisien'],
      ['0', '62,50', 'Tidak Dapat Disimpulkan'],
    ]);
  });

  test('the budget in detail: counts of program, kegiatan and sub kegiatan; kegiatan summed from sub kegiatan', () => {
    const bab = susunBab3(seed004);
    expect(teks(bab).find((t) => t.startsWith('Pagu anggaran'))).toBe(
      'Pagu anggaran Kecamatan Kota Bangun tahun 2023 sebesar Rp54.401.966.922 (lima puluh empat miliar empat ratus satu juta sembilan ratus enam puluh enam ribu sembilan ratus dua puluh dua rupiah). Anggaran tersebut dilaksanakan melalui 5 (lima) program, 13 (tiga belas) kegiatan, dan 33 (tiga puluh tiga) sub kegiatan. Realisasinya Rp50.049.438.561 atau 92% dari pagu, sehingga sisa anggaran Rp4.352.528.361.',
    );
    const k = cariTabel(bab, 'Realisasi Anggaran per Program dan Kegiatan');
    const baris = k.baris.find((r) => r[1].teks === 'Administrasi Keuangan Perangkat Daerah')!;
    expect(baris.slice(2).map((s) => s.teks)).toEqual([
      '5.584.511.420',
      '5.228.849.998',
      '93,63',
      '355.661.422',
    ]);
    expect(baris[1].menjorok).toBe(1);
  });

  test("last year's budget table whose rows do not add up to its own total is not compared in prose: a marked blank instead", () => {
    const isian = susunBab3(seed004)
      .blok.filter((x) => x.jenis === 'paragraf' && x.isian)
      .map((x) => (x.jenis === 'paragraf' ? x.teks : ''));
    expect(
      isian.some((t) => t.startsWith('[Diisi: perbandingan dengan anggaran tahun 2022.')),
    ).toBe(true);
  });
});

describe('seed 002 (Kecamatan Pelaihari 2023)', () => {
  test('every multi-year table is used, not only the first', () => {
    const bab = susunBab3(seed002);
    const bagian2 = bab.blok.slice(
      bab.blok.findIndex((x) => x.jenis === 'judul' && x.teks.startsWith('2. ')),
    );
    const tabel2 = bagian2.flatMap((x) => (x.jenis === 'tabel' ? [x.tabel.judul] : [])).slice(0, 2);
    expect(tabel2).toEqual([
      'Realisasi Sasaran Strategis dan Indikator Kinerja Utama KecamatanPelaihari Tahun 2018-2023',
      'Realisasi Target Indikator Kinerja Eselon IV Kantor Kecamatan Pelaihari Tahun 2022-2023',
    ]);
    const semua = teks(bab).join('\n');
    expect(semua).toContain(
      'Dibandingkan tahun 2022, realisasi indikator Tingkat Kepuasan masyarakat terhadap pelayanan umum yang ada di Kecamatan tahun 2023 naik 1,03 dari 87,01 menjadi 88,04, dan capaiannya meningkat 1,29 poin dari 108,76% menjadi 110,05%.',
    );
    expect(semua).toContain(
      'realisasi indikator Jumlah masyarakat tidak mampu yang di fasilitasi penyaluran bantuan social tahun 2023 naik 146 orang dari 854 orang menjadi 1.000 orang.',
    );
  });

  test('IKM: NRR per element, IKM, mutu, lowest element and a marked follow-up', () => {
    const bab = susunBab3(seed002);
    expect(teks(bab)).toContain(
      'Survei kepuasan masyarakat tahun 2023 menghasilkan nilai IKM 88,13 dari NRR tertimbang 3,525, sehingga mutu pelayanan berada pada kategori B (Baik). Unsur dengan NRR tertinggi adalah Biaya / Tarif, yaitu 3,987, sedangkan yang terendah adalah Waktu Pelayanan, yaitu 3,360.',
    );
    const ikm = cariTabel(bab, 'Nilai Rata-Rata (NRR)');
    expect(ikm.baris).toHaveLength(10);
    expect(ikm.baris[9].map((s) => s.teks)).toEqual([
      '',
      'Indeks Kepuasan Masyarakat, mutu B (Baik)',
      '3,525',
      '88,13',
    ]);
    expect(
      bab.blok.some(
        (x) =>
          x.jenis === 'paragraf' &&
          x.isian &&
          x.teks.includes('unsur Waktu Pelayanan yang nilainya terendah'),
      ),
    ).toBe(true);
  });

  test('pagu murni against perubahan, counts, and the right sisa (the seed printed 1.483.300.652)', () => {
    expect(teks(susunBab3(seed002)).find((t) => t.startsWith('Pagu anggaran'))).toBe(
      'Pagu anggaran Kecamatan Pelaihari tahun 2023 sebelum perubahan (murni) sebesar Rp11.607.720.392, kemudian bertambah Rp254.794.411 (2,20%) menjadi Rp11.862.514.803 (sebelas miliar delapan ratus enam puluh dua juta lima ratus empat belas ribu delapan ratus tiga rupiah) setelah perubahan. Anggaran tersebut dilaksanakan melalui 5 (lima) program, 9 (sembilan) kegiatan, dan 23 (dua puluh tiga) sub kegiatan. Realisasinya Rp10.904.945.967 atau 91,93% dari pagu, sehingga sisa anggaran Rp957.568.836.',
    );
  });
});

/** A budget table on its own sheet, the year in its title. */
function gridAnggaran(tahun: number, program: [string, string, number, number][]): NilaiGrid[][] {
  return [
    [`Tabel Realisasi Anggaran Tahun ${tahun} Kecamatan Contoh`],
    [],
    ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
    ...program.map(([k, u, p, r]) => [k, u, p, r]),
  ];
}

test("this year's budget against last year's: pagu, serapan and counts, in words and a table", () => {
  const hasil = hitungBuku([
    gridDari(
      gridAnggaran(2024, [
        ['7.01.01', 'PROGRAM PENUNJANG', 1000000000, 950000000],
        ['7.01.01.2.01', 'Perencanaan', 400000000, 380000000],
        ['7.01.01.2.02', 'Administrasi Keuangan', 600000000, 570000000],
        ['7.01.02', 'PROGRAM PELAYANAN', 200000000, 190000000],
        ['7.01.02.2.01', 'Pelayanan Publik', 200000000, 190000000],
      ]),
      { sheet: 'DPA 2024' },
    ),
    gridDari(
      gridAnggaran(2023, [
        ['7.01.01', 'PROGRAM PENUNJANG', 900000000, 810000000],
        ['7.01.01.2.01', 'Perencanaan', 900000000, 810000000],
      ]),
      { sheet: 'DPA 2023' },
    ),
  ]);
  const bab = susunBab3(hasil);
  expect(bab.instansi).toBe('Kecamatan Contoh');
  expect(bab.tahun).toBe(2024);
  expect(teks(bab)).toContain(
    'Dibandingkan tahun 2023, pagu anggaran naik Rp300.000.000 dari Rp900.000.000 menjadi Rp1.200.000.000, dan serapannya naik 5 poin dari 90% menjadi 95%.',
  );
  const banding = cariTabel(bab, 'Perbandingan Anggaran Tahun 2023 dan Tahun 2024');
  expect(banding.baris.map((r) => r.map((s) => s.teks))).toEqual([
    ['Pagu (Rp)', '900.000.000', '1.200.000.000', '300.000.000'],
    ['Realisasi (Rp)', '810.000.000', '1.140.000.000', '330.000.000'],
    ['Serapan (%)', '90', '95', '5 poin'],
    ['Jumlah program', '1', '2', '1'],
    ['Jumlah kegiatan', '1', '3', '2'],
  ]);
  expect(
    susunBab3(hasil, { tanpa: ['tahun-lalu'] }).blok.some(
      (x) => x.jenis === 'tabel' && x.tabel.judul.startsWith('Perbandingan Anggaran'),
    ),
  ).toBe(false);
});

describe('the office named in the titles', () => {
  test('from a title, in capitals or not, the most frequent when they differ', () => {
    expect(
      instansiDariJudul([
        'Tabel 3.15. Realisasi Anggaran Program Dan Kegiatan Tahun 2023 Kecamatan Kota Bangun',
      ]),
    ).toBe('Kecamatan Kota Bangun');
    expect(instansiDariJudul(['PERJANJIAN KINERJA KECAMATAN KOTA BANGUN TAHUN 2023'])).toBe(
      'Kecamatan Kota Bangun',
    );
    expect(
      instansiDariJudul([
        'Realisasi Program Penunjang pada Kantor Kecamatan Pelaihari Tahun Anggaran 2023',
      ]),
    ).toBe('Kecamatan Pelaihari');
    expect(instansiDariJudul(['Laporan Kantor Camat Kota Bangun'])).toBe('Kecamatan Kota Bangun');
    expect(instansiDariJudul(['CAPAIAN DINAS PUPR TAHUN 2024'])).toBe('Dinas PUPR');
    expect(
      instansiDariJudul([
        'Tabel 1 Kecamatan Sukamaju',
        'Tabel 2 Kecamatan Sukamaju',
        'Tabel 3 Dinas Lain',
      ]),
    ).toBe('Kecamatan Sukamaju');
    expect(
      instansiDariJudul(['Tabel 3.4 Perbandingan Target dan Realisasi Kinerja']),
    ).toBeUndefined();
  });

  test('a name given wins over the titles; without either, the sentences leave it out', () => {
    expect(susunBab3(seed004, { instansi: 'Kecamatan Lain' }).instansi).toBe('Kecamatan Lain');
    const tanpa = susunBab3(
      hitungBuku([
        gridDari([
          ['Indikator', 'Target', 'Realisasi'],
          ['A', 10, 9],
          ['B', 5, 5],
        ]),
      ]),
    );
    expect(tanpa.instansi).toBeUndefined();
    expect(teks(tanpa)[0]).toMatch(/^Pengukuran kinerja dilakukan /);
    expect(tabel(tanpa)[1].sumber).toBe('Sumber: data perangkat daerah (diolah)');
  });
});

describe('national or provincial standard (optional column)', () => {
  test('header words that name a standard, and nothing else', () => {
    for (const j of [
      'Standar Nasional',
      'Target Nasional',
      'Rata-rata Provinsi',
      'SPM',
      'Capaian Provinsi',
    ])
      expect(peranDariJudul(j)).toBe('standar');
    for (const j of ['Indikator Kinerja', 'Target', 'Realisasi 2024', 'Program Nasional Stunting'])
      expect(peranDariJudul(j)).not.toBe('standar');
  });

  test('the indicator table gains the column and a section of sentences that read polarity right', () => {
    const nilai = [
      ['No', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target', 'Realisasi', 'Standar Nasional'],
      [1, 'Prevalensi stunting', '%', 'Negatif', 16.5, 12.6, 14],
      [2, 'Persentase keluhan yang ditindaklanjuti', '%', 'Positif', 76, 80, 85],
      [3, 'Indeks Kepuasan Masyarakat', 'Indeks', 'Positif', 82, 86.42, null],
    ];
    const bab = susunBab3(hitungBuku([gridDari(nilai, { sheet: 'Kinerja 2024' })]), {
      tahun: 2024,
    });
    const t = tabel(bab)[1];
    expect(t.kepala[0].map((s) => s.teks)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Standar Nasional',
      'Capaian (%)',
      'Kategori',
    ]);
    expect(t.baris.map((r) => r[5].teks)).toEqual(['14', '85', '-']);
    expect(t.baris[0][6].teks).toBe('123,64');
    expect(judul(bab)).toContain('2. Perbandingan dengan Standar Nasional atau Provinsi');
    const semua = teks(bab).join('\n');
    expect(semua).toContain(
      'Realisasi Prevalensi stunting sebesar 12,6% lebih baik dari standar nasional (14%).',
    );
    expect(semua).toContain(
      'Realisasi Persentase keluhan yang ditindaklanjuti sebesar 80% belum mencapai standar nasional (85%).',
    );
    expect(semua).not.toMatch(/Indeks Kepuasan Masyarakat sebesar [\d,]+ (lebih|belum|sama)/);
    expect(
      susunBab3(hitungBuku([gridDari(nilai)]), { tanpa: ['standar'] }).blok.some(
        (x) => x.jenis === 'judul' && x.teks.includes('Standar'),
      ),
    ).toBe(false);
  });
});

test('a workbook without faktor columns gets marked blanks for causes, solutions and action plans', async () => {
  const bab = susunBab3(await hitungBerkas('seed000.xlsx'));
  const isian = bab.blok.flatMap((b) => (b.jenis === 'paragraf' && b.isian ? [b.teks] : []));
  expect(isian.some((t) => t.startsWith('[Diisi: penyebab keberhasilan atau kegagalan'))).toBe(
    true,
  );
  expect(isian.some((t) => t.startsWith('[Diisi: rencana aksi'))).toBe(true);
});
