import {
  terbesar,
  bandingkanTahun,
  fisikTertimbang,
  formatAngka,
  gabungSubIndikator,
  gulungAnggaran,
  hitungCapaian,
  hitungPerKategori,
  hitungSerapan,
  hitungSisa,
  jumlahAda,
  jumlahkan,
  rataRata,
  rataRataKelompok,
  SKALA,
} from '../../src/domain';
import { bulatkan } from '../../src/domain/pembulatan';

describe('means of capaian (seed 000 BAB III)', () => {
  test('sub-indicators: (100 + 100 + 93,75) / 3 = 97,92', () => {
    const h = gabungSubIndikator([100, 100, 93.75]);
    expect(bulatkan(h.nilai as number, 2)).toBe(97.92);
    expect(h.rumus).toBe('(100 + 100 + 93,75) / 3 = 97,92');
  });

  test('sasaran 1: mean of 100; 97,92; 100; 100 = 99,48', () => {
    const sub = gabungSubIndikator([100, 100, 93.75]).nilai as number;
    expect(bulatkan(rataRata([100, sub, 100, 100]).nilai as number, 2)).toBe(99.48);
  });

  test('sasaran 2: 99,72 half-up, 99,71 truncated, from the computed capaian', () => {
    const capaian = [
      hitungCapaian({ target: 88, realisasi: 88 }).nilai,
      hitungCapaian({ target: 88, realisasi: 87 }).nilai,
      hitungCapaian({ target: 80, realisasi: 80 }).nilai,
      hitungCapaian({ target: 88, realisasi: 88 }).nilai,
    ];
    const h = rataRata(capaian);
    expect(formatAngka(h.nilai as number)).toBe('99,72');
    expect(formatAngka(h.nilai as number, { cara: 'potong' })).toBe('99,71');
    // The report's own column (98,87 stated) gives the same.
    const tertulis = rataRata([100, 98.87, 100, 100]).nilai as number;
    expect(formatAngka(tertulis)).toBe('99,72');
    expect(formatAngka(tertulis, { cara: 'potong' })).toBe('99,71');
  });

  test('missing capaian are left out and listed', () => {
    const h = rataRata([100, undefined, 80, null, Number.NaN]);
    expect(h.nilai).toBe(90);
    expect(h.jumlahDipakai).toBe(2);
    expect(h.dikecualikan).toEqual([1, 3, 4]);
    const kosong = rataRata([undefined]);
    expect(kosong.nilai).toBeUndefined();
    expect(kosong.rumus).toBe('tidak ada nilai untuk dirata-ratakan');
  });

  test('group-midpoint method (lan): all SB -> 92,5; mixed', () => {
    const s = rataRataKelompok([100, 97.92, 100, 100], SKALA.lan);
    expect(s.nilai).toBe(92.5);
    expect(s.perKategori).toEqual({ 'Sangat Berhasil (SB)': 4 });
    expect(s.rumus).toBe('(4 x 92,5) / 4 = 92,50; rata-rata tertimbang data kelompok');
    const campur = rataRataKelompok([100, 75, 60, 10, undefined], SKALA.lan);
    expect(campur.nilai).toBe((92.5 + 77.5 + 62.5 + 27.5) / 4);
    expect(campur.dikecualikan).toEqual([4]);
    expect(rataRataKelompok([]).nilai).toBeUndefined();
  });

  test('count per kategori in scale order', () => {
    expect(hitungPerKategori([100, 95, 80, 70, 55, 10, undefined])).toEqual({
      'Sangat Tinggi': 2,
      Tinggi: 1,
      Sedang: 1,
      Rendah: 1,
      'Sangat Rendah': 1,
    });
  });
});

describe('budget', () => {
  test('serapan: seed 003 Tabel 13 program I 414.530.124 / 434.542.010 = 95,39', () => {
    const h = hitungSerapan(414530124, 434542010);
    expect(formatAngka(h.nilai as number)).toBe('95,39');
    expect(h.rumus).toBe('414.530.124 / 434.542.010 x 100 = 95,39');
  });

  test('serapan: 8.910.000 / 9.198.100 = 96,87; 743.296.551 / 978.450.789 = 75,97', () => {
    expect(formatAngka(hitungSerapan(8910000, 9198100).nilai as number)).toBe('96,87');
    expect(formatAngka(hitungSerapan(743296551, 978450789).nilai as number)).toBe('75,97');
  });

  test('988.000 / 20.000.000 displays 4,94 (both roundings)', () => {
    const n = hitungSerapan(988000, 20000000).nilai as number;
    expect(formatAngka(n)).toBe('4,94');
    expect(formatAngka(n, { cara: 'potong' })).toBe('4,94');
  });

  test('seed 002: 10.904.945.967 / 11.862.514.803 = 91,93, sisa 957.568.836', () => {
    expect(formatAngka(hitungSerapan(10904945967, 11862514803).nilai as number)).toBe('91,93');
    expect(hitungSisa(11862514803, 10904945967)).toBe(957568836);
    expect(
      formatAngka(((hitungSisa(11862514803, 10904945967) as number) * 100) / 11862514803),
    ).toBe('8,07');
  });

  test('seed 000 T21: 87.916.000 / 88.680.000 = 99,14 (stated 99,149)', () => {
    expect(formatAngka(hitungSerapan(87916000, 88680000).nilai as number)).toBe('99,14');
  });

  test('serapan edge cases', () => {
    expect(hitungSerapan(0, 0)).toMatchObject({ alasan: 'pagu-nol' });
    expect(hitungSerapan(5, 0).rumus).toContain('tidak dapat dihitung');
    expect(hitungSerapan(undefined, 10)).toMatchObject({ alasan: 'tidak-lengkap' });
    expect(hitungSisa(undefined, 5)).toBeUndefined();
    expect(hitungSisa(10, Number.NaN)).toBeUndefined();
  });

  test('sums are exact in cents', () => {
    expect(jumlahkan([0.1, 0.2])).toBe(0.3);
    expect(jumlahkan([1234567.89, 0.11, undefined])).toBe(1234568);
    expect(jumlahkan([1e-7, 1])).toBeCloseTo(1.0000001, 12);
    // Nothing to add: 0 for jumlahkan, undefined for jumlahAda (a stated total is then not checked).
    expect(jumlahkan([undefined, null, Number.NaN])).toBe(0);
    expect(jumlahAda([undefined, null, Number.NaN])).toBeUndefined();
    expect(jumlahAda([0.1, undefined, 0.2])).toBe(0.3);
  });

  test('seed 000 T21 total realisasi is the sum of the programs: 823.551.339', () => {
    const program = [319489939, 87916000, 20000000, 57257400, 257997000, 80891000];
    expect(jumlahkan(program)).toBe(823551339);
  });

  test('seed 002 Tabel 19: JUMLAH pagu is 11.862.514.803', () => {
    // The kegiatan 7.01.01.2.06 of seed 002 Tabel 41: fisik 98,27 pagu-weighted.
    const anak = [
      { pagu: 7262410, fisik: 100, realisasi: 6534500 },
      { pagu: 152254824, fisik: 100, realisasi: 134211068 },
      { pagu: 30806502, fisik: 100, realisasi: 26606445 },
      { pagu: 11451038, fisik: 100, realisasi: 9031000 },
      { pagu: 9967440, fisik: 100, realisasi: 8905000 },
      { pagu: 750000, fisik: 100, realisasi: 750000 },
      { pagu: 235000000, fisik: 96.7, realisasi: 233984443 },
    ];
    expect(formatAngka(fisikTertimbang(anak) as number)).toBe('98,27');
    const g = gulungAnggaran(anak);
    expect(g.pagu).toBe(447492214);
    expect(g.realisasi).toBe(420022456);
    expect(g.sisa).toBe(447492214 - 420022456);
    expect(formatAngka(g.serapan as number)).toBe('93,86');
    expect(g.paguMurni).toBeUndefined();
  });

  test('fisik without weights', () => {
    expect(fisikTertimbang([{ fisik: 100 }])).toBeUndefined();
    expect(fisikTertimbang([{ pagu: 0, fisik: 100 }])).toBeUndefined();
  });
});

describe('bandingkanTahun: change in points', () => {
  test('seed 002 IKM 87,01 -> 88,04 meningkat 1,03 poin', () => {
    const h = bandingkanTahun(88.04, 87.01);
    expect(h.arah).toBe('Meningkat');
    expect(bulatkan(h.poin, 2)).toBe(1.03);
    expect(h.membaik).toBe(true);
    expect(h.rumus).toBe('88,04 - 87,01 = 1,03 poin (meningkat)');
    expect(bulatkan(h.persen as number, 2)).toBe(1.18);
  });

  test('menurun, tetap, and negatif polarity', () => {
    expect(bandingkanTahun(80, 90).arah).toBe('Menurun');
    const t = bandingkanTahun(90.001, 90);
    expect(t.arah).toBe('Tetap');
    expect(t.poin).toBe(0);
    expect(t.persen).toBe(0);
    expect(t.membaik).toBeUndefined();
    expect(bandingkanTahun(12.6, 14, 'negatif')).toMatchObject({ arah: 'Menurun', membaik: true });
    expect(bandingkanTahun(5, 0).persen).toBeUndefined();
  });
});

describe('columns of 200 000 rows', () => {
  const panjang = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 200_003);

  test('terbesar is the largest value without spreading the column into one call', () => {
    expect(() => Math.max(...panjang)).toThrow(RangeError);
    expect(terbesar(panjang)).toBe(panjang.reduce((a, b) => (b > a ? b : a), -Infinity));
    expect(terbesar([3, 9, 4])).toBe(9);
    expect(terbesar([])).toBe(-Infinity);
    expect(terbesar([], 1)).toBe(1);
    expect(terbesar([-5, -2], 0)).toBe(0);
  });
});
