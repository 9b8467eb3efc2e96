import type { HasilBaris } from '../../src/engine/hasil';
import {
  bilanganAwal,
  kalimatIndikator,
  kalimatPerubahan,
  kalimatRenstra,
  kalimatSasaran,
  kalimatSatuIndikator,
  kalimatTepatTarget,
  kalimatTidakBerubah,
  kalimatTren,
  nilaiDenganSatuan,
  pencacah,
  rincianKategori,
  sebabTakTerukur,
  sebutBilangan,
  selisihDenganSatuan,
} from '../../src/report/kalimat';

const baris = (x: Partial<HasilBaris>): HasilBaris => ({
  baris: 1,
  tingkat: 'indikator',
  uraian: 'Indikator A',
  ...x,
});

const KELAS = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];

describe('target reached or not is decided by the numbers, whatever the wording', () => {
  test('issue #17: "mencapai 75% (Sedang), dengan realisasi 45% dan target 60%." says the target was missed', () => {
    const b = baris({
      target: 60,
      realisasi: 45,
      satuan: 'Persen',
      capaian: 75,
      kategori: 'Sedang',
    });
    const semua = [0, 1, 2, 3].map((i) => kalimatIndikator(b, i, 2024));
    expect(new Set(semua).size).toBe(4);
    for (const k of semua) {
      expect(k).toMatch(/; target belum tercapai\.$/);
      expect(k).toContain('75% (Sedang)');
      expect(k).toContain('45%');
      expect(k).toContain('60%');
    }
    expect(semua[3]).toBe(
      'Indikator Indikator A mencapai 75% (Sedang) dengan realisasi 45% terhadap target 60%; target belum tercapai.',
    );
  });

  test('every wording of a reached target says so, the seed 004 keluhan figures among them', () => {
    const b = baris({
      uraian: 'Persentase keluhan yang ditindaklanjuti',
      target: 76,
      realisasi: 80,
      satuan: 'Persen',
      capaian: 105.263,
      kategori: 'Sangat Tinggi',
    });
    expect(kalimatIndikator(b, 0)).toBe(
      'Indikator Persentase keluhan yang ditindaklanjuti ditargetkan 76% dan terealisasi 80%, sehingga capaiannya 105,26% (Sangat Tinggi); target tercapai.',
    );
    for (const i of [1, 2, 3]) expect(kalimatIndikator(b, i)).toMatch(/; target tercapai\.$/);
    expect(kalimatIndikator(b, 4)).toBe(kalimatIndikator(b, 0));
  });

  test('the negatif formula is not restated after a negatif indicator (it is explained once in the chapter)', () => {
    const stunting = baris({
      uraian: 'Prevalensi stunting',
      target: 16.5,
      realisasi: 12.6,
      satuan: 'Persen',
      capaian: 123.636,
      kategori: 'Sangat Tinggi',
      polaritas: 'negatif',
    });
    for (const i of [0, 1, 2, 3]) {
      expect(kalimatIndikator(stunting, i)).not.toMatch(/rumus|2 x target/);
      expect(kalimatIndikator(stunting, i)).toContain('123,64% (Sangat Tinggi)');
      expect(kalimatIndikator(stunting, i)).toMatch(/; target tercapai\.$/);
    }
  });

  test("a missing capaian is told in the reader's words, never the tool's reason", () => {
    const tak = baris({
      target: 'Baik (B) 60-70',
      realisasi: 'B',
      alasan: 'target-tidak-terbaca',
      rumus: 'target tidak terbaca sebagai angka atau predikat',
    });
    const k = kalimatIndikator(tak, 0);
    expect(k).not.toContain('tidak terbaca');
    expect(k).not.toContain('target-tidak-terbaca');
    expect(k).toBe(
      'Capaian indikator Indikator A belum dapat diukur karena target atau realisasinya belum dapat dibandingkan.',
    );
    expect(kalimatIndikator(baris({ target: 85, alasan: 'belum-ada-realisasi' }), 0)).toBe(
      'Capaian indikator Indikator A belum dapat diukur karena realisasinya belum tersedia.',
    );
    expect(sebabTakTerukur(baris({ alasan: 'target-nol' }))).toBe(
      'targetnya nol sehingga tidak dapat dibandingkan dalam persen',
    );
  });
});

describe('counters that fit the satuan', () => {
  test('issue #17: "realisasi 0 jumlah terhadap target 1 jumlah" becomes inovasi, taken from the indicator', () => {
    const inovasi = baris({
      uraian: 'Jumlah Inovasi',
      satuan: 'Jumlah',
      target: 1,
      realisasi: 0,
      capaian: 0,
      kategori: 'Sangat Rendah',
    });
    for (const i of [0, 1, 2, 3]) {
      expect(kalimatIndikator(inovasi, i)).not.toMatch(/\d jumlah/);
      expect(kalimatIndikator(inovasi, i)).toContain('0 inovasi');
    }
    expect(kalimatIndikator(inovasi, 1)).toBe(
      'Untuk indikator Jumlah Inovasi, realisasi 0 inovasi terhadap target 1 inovasi menghasilkan capaian 0% (Sangat Rendah); target belum tercapai.',
    );
  });

  test('units read the way they are said', () => {
    expect(pencacah('Persen')).toBe('%');
    expect(pencacah('%')).toBe('%');
    expect(pencacah('Jumlah', 'Persentase desa aktif')).toBe('');
    expect(pencacah('Jumlah', 'Jumlah yang dilayani')).toBe('');
    expect(pencacah('Indeks')).toBe('');
    expect(pencacah('Angka')).toBe('');
    expect(pencacah('Dokumen')).toBe('dokumen');
    expect(pencacah('KPM')).toBe('KPM');
    expect(nilaiDenganSatuan(6, 'Kasus')).toBe('6 kasus');
    expect(nilaiDenganSatuan(86.42, 'Indeks')).toBe('86,42');
    expect(nilaiDenganSatuan(1000, 'orang')).toBe('1.000 orang');
    expect(nilaiDenganSatuan('BB')).toBe('predikat BB');
    expect(nilaiDenganSatuan('Baik (B) 60-70')).toBe('Baik (B) 60-70');
    expect(selisihDenganSatuan(8.57, 'Persen')).toBe('8,57 poin');
    expect(selisihDenganSatuan(-2.6, 'Persen')).toBe('2,6 poin');
    expect(selisihDenganSatuan(146, 'orang')).toBe('146 orang');
  });
});

describe('numbers in words where PUEBI wants them', () => {
  test('one or two words in letters, longer in figures; a sentence never starts with a figure', () => {
    expect(sebutBilangan(3)).toBe('tiga');
    expect(sebutBilangan(18)).toBe('delapan belas');
    expect(sebutBilangan(20)).toBe('dua puluh');
    expect(sebutBilangan(25)).toBe('25');
    expect(bilanganAwal(1)).toBe('Satu');
    expect(bilanganAwal(25)).toBe('Dua puluh lima');
  });
});

describe('the sentence of a sasaran', () => {
  test('issue #17: one indicator is named, never "rata-rata ... terdiri atas 1 indikator"', () => {
    const b = baris({
      target: 100,
      realisasi: 100,
      satuan: 'Persen',
      capaian: 100,
      kategori: 'Sangat Tinggi',
    });
    for (const i of [0, 1, 2]) {
      const k = kalimatSatuIndikator(b, i);
      expect(k).not.toMatch(/rata-rata|terdiri atas/i);
      expect(k).toContain('Indikator A');
      expect(k).toContain('100% (Sangat Tinggi); target tercapai.');
    }
    expect(kalimatSatuIndikator(baris({ alasan: 'belum-ada-realisasi' }), 0)).toBe(
      'Sasaran ini diukur dengan satu indikator, yaitu Indikator A, yang capaiannya belum dapat diukur karena realisasinya belum tersedia.',
    );
  });

  test('several indicators: the mean, the categories, and what could not be measured, in words', () => {
    const a = baris({ uraian: 'A', capaian: 105, kategori: 'Sangat Tinggi' });
    const b = baris({ uraian: 'B', capaian: 80, kategori: 'Tinggi' });
    const c = baris({ uraian: 'C', alasan: 'belum-ada-realisasi' });
    expect(kalimatSasaran([a, b, c], { capaian: 92.5, kategori: 'Sangat Tinggi' }, KELAS)).toBe(
      'Sasaran ini diukur dengan tiga indikator. Rata-rata capaiannya 92,50% (Sangat Tinggi); 1 indikator berkategori Sangat Tinggi dan 1 Tinggi. Satu indikator belum dapat diukur dan tidak diikutkan dalam rata-rata.',
    );
    // Two indicators of which one is measured: no mean of one.
    expect(kalimatSasaran([a, c], { capaian: 105, kategori: 'Sangat Tinggi' }, KELAS)).toBe(
      'Sasaran ini diukur dengan dua indikator. Hanya satu indikator yang dapat diukur, yaitu A. Satu indikator belum dapat diukur dan tidak diikutkan dalam rata-rata.',
    );
    expect(rincianKategori([a, a], KELAS)).toBe('keduanya berkategori Sangat Tinggi');
    expect(rincianKategori([a, a, a], KELAS)).toBe('seluruhnya berkategori Sangat Tinggi');
    expect(
      rincianKategori([a, b, b, baris({ capaian: 40, kategori: 'Sangat Rendah' })], KELAS),
    ).toBe('1 indikator berkategori Sangat Tinggi, 2 Tinggi, dan 1 Sangat Rendah');
  });

  test('many indicators exactly on target in one sentence', () => {
    const tepat = ['A', 'B', 'C'].map((u) =>
      baris({
        uraian: u,
        target: 15,
        realisasi: 15,
        satuan: 'Desa',
        capaian: 100,
        kategori: 'Sangat Tinggi',
      }),
    );
    expect(kalimatTepatTarget(tepat)).toBe(
      'Sebanyak tiga indikator terealisasi tepat sebesar targetnya, sehingga capaiannya 100% (Sangat Tinggi); target tercapai: A (15 desa), B (15 desa), dan C (15 desa).',
    );
  });
});

describe("against last year, in the indicator's own unit and in capaian points", () => {
  const keluhan = baris({
    uraian: 'Persentase keluhan yang ditindaklanjuti',
    satuan: 'Persen',
    tahun: {
      '2022': { target: 75, realisasi: 71.43, capaian: 95.24 },
      '2023': { target: 75, realisasi: 80, capaian: 106.6667 },
    },
    capaian: 106.6667,
  });

  test('realisasi up in points of percent, capaian up in points (seed 004 Tabel 3.8)', () => {
    expect(kalimatPerubahan(keluhan, 2023)).toBe(
      'Dibandingkan tahun 2022, realisasi indikator Persentase keluhan yang ditindaklanjuti tahun 2023 naik 8,57 poin dari 71,43% menjadi 80%, dan capaiannya meningkat 11,43 poin dari 95,24% menjadi 106,67%.',
    );
  });

  test('a negatif indicator going down is said to improve', () => {
    const stunting = baris({
      uraian: 'Prevalensi stunting',
      satuan: 'Persen',
      polaritas: 'negatif',
      tahun: {
        '2023': { realisasi: 15.2, capaian: 115.56 },
        '2024': { realisasi: 12.6, capaian: 123.64 },
      },
    });
    expect(kalimatPerubahan(stunting, 2024)).toBe(
      'Dibandingkan tahun 2023, realisasi indikator Prevalensi stunting tahun 2024 turun 2,6 poin dari 15,2% menjadi 12,6%; karena indikator ini negatif, penurunan itu berarti kinerjanya membaik, dan capaiannya meningkat 8,08 poin dari 115,56% menjadi 123,64%.',
    );
  });

  test('counts, grades, no change, and nothing to compare', () => {
    const desa = baris({
      uraian: 'Jumlah desa yang difasilitasi',
      satuan: 'Desa',
      tahun: { '2022': { realisasi: 15 }, '2023': { target: 15, realisasi: 5, capaian: 33.33 } },
    });
    expect(kalimatPerubahan(desa, 2023)).toBe(
      'Dibandingkan tahun 2022, realisasi indikator Jumlah desa yang difasilitasi tahun 2023 turun 10 desa dari 15 desa menjadi 5 desa.',
    );
    const arsip = baris({
      uraian: 'Predikat Arsip',
      tahun: { '2022': { realisasi: 'C' }, '2023': { realisasi: 'B' } },
    });
    expect(kalimatPerubahan(arsip, 2023)).toBe(
      'Dibandingkan tahun 2022, realisasi indikator Predikat Arsip tahun 2023 berubah dari predikat C menjadi predikat B.',
    );
    const tetap = baris({
      satuan: 'Persen',
      tahun: { '2022': { realisasi: 100, capaian: 100 }, '2023': { realisasi: 100, capaian: 100 } },
    });
    expect(kalimatPerubahan(tetap, 2023)).toBe(
      'Dibandingkan tahun 2022, realisasi indikator Indikator A tahun 2023 tetap 100%, dan capaiannya tetap 100%.',
    );
    expect(kalimatTidakBerubah([tetap, tetap, tetap], 2023)).toBe(
      'Realisasi tiga indikator tidak berubah dibandingkan tahun 2022: Indikator A (100%), Indikator A (100%), dan Indikator A (100%).',
    );
    expect(kalimatPerubahan(baris({ tahun: { '2023': { realisasi: 5 } } }), 2023)).toBeUndefined();
  });

  test('over three years or more, the best and the worst year', () => {
    const ikm = baris({
      uraian: 'IKM',
      tahun: {
        '2018': { realisasi: 73.19 },
        '2019': { realisasi: 81.81 },
        '2023': { realisasi: 88.04 },
      },
    });
    expect(kalimatTren(ikm)).toBe(
      'Selama tahun 2018–2023, realisasi terbaik indikator IKM dicapai pada tahun 2023 (88,04) dan terendah pada tahun 2018 (73,19).',
    );
    expect(
      kalimatTren(baris({ tahun: { '2022': { realisasi: 1 }, '2023': { realisasi: 2 } } })),
    ).toBeUndefined();
  });
});

test('against the Renstra end target', () => {
  const b = baris({ uraian: 'IKM', realisasi: 86.42, satuan: 'Indeks' });
  expect(kalimatRenstra(b, 85, 101.67, 2026, 2024)).toBe(
    'Realisasi tahun 2024 indikator IKM sebesar 86,42 setara dengan 101,67% dari target akhir Renstra tahun 2026 (85); target akhir itu sudah tercapai.',
  );
  expect(
    kalimatRenstra({ ...b, satuan: 'Persen', realisasi: 45 }, 80, 56.25, 2026, 2024),
  ).toContain(
    '45% setara dengan 56,25% dari target akhir Renstra tahun 2026 (80%); target akhir itu belum tercapai.',
  );
});
