import fc from 'fast-check';
import { memuat, peranDariJudul, tahunDalam } from '../../src/sheet/peran';
import { hurufKolom, nomorKolom, uraiRentang, alamatRentang } from '../../src/sheet/grid';

describe('header roles, as real workbooks spell them', () => {
  test.each([
    ['No', 'no'],
    ['No.', 'no'],
    ['SASARAN', 'sasaran'],
    ['Sasaran Strategis', 'sasaran'],
    ['INDIKATOR KINERJA UTAMA', 'indikator'],
    ['Indikator Program', 'indikator'],
    ['SATUA N', 'satuan'],
    ['TARGE T', 'target'],
    ['Targe 2021', 'target'],
    ['Realis asi', 'realisasi'],
    ['Realiasi', 'realisasi'],
    ['Capaia n Kinerja', 'capaian'],
    ['% Capaian', 'capaian'],
    ['Kriteria Penilaian', 'kategori'],
    ['Kategori Capaian', 'kategori'],
    ['Formulasi Perhitungan', 'formulasi'],
    ['Penjelasan Faktor Pendukung Dan Penghambat Berhasil/ Gagalnya Capaian Kinerja', 'faktor'],
    ['Faktor Pendukung', 'pendukung'],
    ['Faktor Penghambat', 'penghambat'],
    ['Polaritas', 'polaritas'],
    ['Kode Rekening', 'kode'],
    ['Program/Kegiatan', 'uraian'],
    ['Kegiatan dan Sub Kegiatan', 'uraian'],
    ['Uraian Sub Kegiatan', 'subKegiatan'],
    ['Program', 'program'],
    ['Kegiatan', 'kegiatan'],
    ['Jumlah Anggaran (Rp)', 'pagu'],
    ['Pagu (Rp) Sebelum Perubahan', 'paguMurni'],
    ['Pagu (Rp) Setelah Perubahan', 'pagu'],
    ['Realisasi (Rp)', 'realisasiAnggaran'],
    ['Realisasi Keuangan Rp', 'realisasiAnggaran'],
    ['Realisasi Keuangan %', 'serapan'],
    ['% Realisasi', 'serapan'],
    ['Sisa Anggaran', 'sisa'],
    ['Realisasi Fisik (%)', 'fisik'],
    ['Target s.d Tw IV Fisik (%)', 'targetFisik'],
    ['Target s.d Tw IV Keuangan (Rp)', 'targetKeuangan'],
    ['Target Akhir Renstra 2026', 'targetAkhir'],
    ['Data Awal 2021', 'dataAwal'],
    ['Tahun 2023 Target', 'target'],
    ['2022', 'realisasi'],
    ['Unsur Pelayanan', 'unsur'],
    ['NRR', 'nrr'],
    ['IKM', 'ikm'],
    ['Rentang Capaian', 'rentangSkala'],
    ['Ket', 'ket'],
    ['Keterangan', 'ket'],
    ['Efisiensi', 'efisiensi'],
    ['\u0422ARGET', 'target'],
    ['', 'lain'],
    ['Foto', 'lain'],
  ])('%s -> %s', (judul, peran) => {
    expect(peranDariJudul(judul)).toBe(peran);
  });

  test('fuzzy matching tolerates one letter in long words only', () => {
    expect(memuat('realiasi', 'realisasi')).toBe(true);
    expect(memuat('rel', 'realisasi')).toBe(false);
    expect(memuat('tarif', 'target')).toBe(false);
    expect(memuat('paguanggaran', 'anggaran')).toBe(true);
    expect(memuat('realisasianggran', 'anggaran')).toBe(true); // one letter missing
    expect(memuat('realisasixanggaran', 'anggaaran')).toBe(true); // one letter extra
    expect(memuat('realisasi', 'realisaxx')).toBe(false); // two letters wrong
  });

  test('fuzzy matching agrees with the Levenshtein distance on random words', () => {
    // The textbook distance, as the reference for the allocation-free check in memuat.
    const levenshtein = (a: string, b: string): number => {
      let baris = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const baru = [i];
        for (let j = 1; j <= b.length; j++)
          baru[j] = Math.min(
            baris[j] + 1,
            baru[j - 1] + 1,
            baris[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        baris = baru;
      }
      return baris[b.length];
    };
    const acuan = (teks: string, kata: string): boolean => {
      if (teks.includes(kata)) return true;
      if (kata.length < 7 || teks.length > 40) return false;
      for (let i = 0; i < teks.length; i++)
        for (let p = kata.length - 1; p <= kata.length + 1; p++)
          if (i + p <= teks.length && levenshtein(teks.slice(i, i + p), kata) <= 1) return true;
      return false;
    };
    const huruf = fc.string({ unit: fc.constantFrom('a', 'e', 'g', 'n', 'r', 's'), maxLength: 14 });
    fc.assert(
      fc.property(
        huruf,
        fc.string({ unit: fc.constantFrom('a', 'e', 'g', 'n', 'r'), minLength: 7, maxLength: 10 }),
        (teks, kata) => {
          expect(memuat(teks, kata)).toBe(acuan(teks, kata));
        },
      ),
      { seed: 20261122, numRuns: 3000 },
    );
  });

  test('years in headers', () => {
    expect(tahunDalam('Tahun 2023')).toBe(2023);
    expect(tahunDalam('Targe 2021')).toBe(2021);
    expect(tahunDalam('Target')).toBeUndefined();
    expect(tahunDalam('12023')).toBeUndefined();
  });
});

describe('addresses', () => {
  test('columns and ranges', () => {
    expect(hurufKolom(1)).toBe('A');
    expect(hurufKolom(28)).toBe('AB');
    expect(hurufKolom(16384)).toBe('XFD');
    expect(nomorKolom('XFD')).toBe(16384);
    expect(uraiRentang('$B$5:D9')).toEqual({ baris1: 5, kolom1: 2, baris2: 9, kolom2: 4 });
    expect(uraiRentang('D9:B5')).toEqual({ baris1: 5, kolom1: 2, baris2: 9, kolom2: 4 });
    expect(uraiRentang('B5')).toEqual({ baris1: 5, kolom1: 2, baris2: 5, kolom2: 2 });
    expect(uraiRentang('5B')).toBeUndefined();
    expect(alamatRentang(5, 2, 5, 2)).toBe('B5');
    expect(alamatRentang(5, 2, 9, 4)).toBe('B5:D9');
  });
});
