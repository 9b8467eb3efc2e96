import { bacaAngka, hitungCapaian, PESAN_ALASAN_CAPAIAN } from '../../src/domain';
import { bulatkan } from '../../src/domain/pembulatan';

const c2 = (target: unknown, realisasi: unknown, extra = {}) =>
  bulatkan(
    hitungCapaian({ target: target as never, realisasi: realisasi as never, ...extra })
      .nilai as number,
    2,
  );

describe('hitungCapaian: positif (seed vectors)', () => {
  test.each([
    [76, 80, 105.26], // seed 004 Tabel 3.4 L1070 (stated 142,86)
    [75, 80, 106.67],
    [70, 15.7, 22.43],
    [75, 83.514, 111.35],
    [45, 23, 51.11], // seed 004 L1107 (stated 71,89)
    [90, 85, 94.44], // seed 000 T8 L876 (stated 93,75)
    [88, 87, 98.86],
    [80, 88.04, 110.05], // seed 002 IKM
  ])('target %d realisasi %d -> %d', (t, r, hasil) => {
    expect(c2(t, r)).toBe(hasil);
  });

  test('the formula text shows the computation', () => {
    const h = hitungCapaian({ target: 76, realisasi: 80 });
    expect(h.rumus).toBe('80 / 76 x 100 = 105,26');
    expect(h.metode).toBe('rasio');
    expect(h.nilaiTanpaBatas).toBeCloseTo(105.263157, 5);
  });

  test('not capped by default; the cap keeps the uncapped value', () => {
    expect(hitungCapaian({ target: 100, realisasi: 129 }).nilai).toBe(129);
    const capped = hitungCapaian({ target: 100, realisasi: 129, batas: 100 });
    expect(capped.nilai).toBe(100);
    expect(capped.nilaiTanpaBatas).toBe(129);
    expect(capped.rumus).toContain('dibatasi maksimal 100');
    expect(hitungCapaian({ target: 100, realisasi: 129, batas: 150 }).nilai).toBe(129);
    expect(hitungCapaian({ target: 100, realisasi: 129, batas: null }).nilai).toBe(129);
  });

  test('text numbers and percent-formatted cells', () => {
    expect(c2('76', '80')).toBe(105.26);
    expect(c2('80%', bacaAngka(0.8804, { format: '0.00%' }))).toBe(110.05);
    expect(c2('434.542.010', '414.530.124')).toBe(95.39);
    expect(c2('10 desa', '8 desa')).toBe(80);
  });
});

describe('hitungCapaian: negatif', () => {
  test('(2T - R) / T, seed 004 stunting 16,5 / 12,6 -> 123,64', () => {
    const h = hitungCapaian({ target: 16.5, realisasi: 12.6, polaritas: 'negatif' });
    expect(bulatkan(h.nilai as number, 2)).toBe(123.64);
    expect(h.rumus).toBe('(2 x 16,5 - 12,6) / 16,5 x 100 = 123,64; polaritas negatif');
    expect(h.metode).toBe('negatif-2t-r');
  });

  test.each([
    [10, 8, 120],
    [10, 12, 80],
    [10, 0, 200],
    [10, 10, 100],
    [10, 20, 0],
    [10, 25, 0],
  ])('T %d R %d -> %d', (t, r, hasil) => {
    expect(hitungCapaian({ target: t, realisasi: r, polaritas: 'negatif' }).nilai).toBe(hasil);
  });

  test('floored at 0 and says so', () => {
    const h = hitungCapaian({ target: 10, realisasi: 25, polaritas: 'negatif' });
    expect(h.nilai).toBe(0);
    expect(h.rumus).toContain('dibatasi bawah 0');
  });

  test('T / R option: 10 / 8 -> 125', () => {
    const h = hitungCapaian({
      target: 10,
      realisasi: 8,
      polaritas: 'negatif',
      rumusNegatif: 't/r',
    });
    expect(h.nilai).toBe(125);
    expect(h.metode).toBe('negatif-t/r');
    expect(h.rumus).toBe('10 / 8 x 100 = 125; polaritas negatif (rumus T / R)');
    const nol = hitungCapaian({
      target: 10,
      realisasi: 0,
      polaritas: 'negatif',
      rumusNegatif: 't/r',
    });
    expect(nol.nilai).toBe(200);
    expect(nol.rumus).toContain('hasil terbaik');
  });
});

describe('hitungCapaian: target 0 and missing values', () => {
  test('positif T = 0, R = 0 -> 100 "target nol tercapai"', () => {
    const h = hitungCapaian({ target: 0, realisasi: 0 });
    expect(h.nilai).toBe(100);
    expect(h.rumus).toContain('target nol tercapai');
  });

  test('positif T = 0, R > 0 -> no capaian, reason target nol', () => {
    const h = hitungCapaian({ target: 0, realisasi: 3 });
    expect(h.nilai).toBeUndefined();
    expect(h.alasan).toBe('target-nol');
  });

  test('negatif T = 0: R = 0 -> 100, R > 0 -> reason', () => {
    expect(hitungCapaian({ target: 0, realisasi: 0, polaritas: 'negatif' }).nilai).toBe(100);
    const h = hitungCapaian({ target: 0, realisasi: 2, polaritas: 'negatif' });
    expect(h.alasan).toBe('target-nol');
    expect(h.rumus).toContain('polaritas negatif');
  });

  test.each(['*)', ')*', 'y*', '-', 'N/A', 'n/a', 'belum dinilai', '', null, undefined])(
    'pending realisasi %p -> belum ada realisasi, never 0',
    (r) => {
      const h = hitungCapaian({ target: 80, realisasi: r });
      expect(h.nilai).toBeUndefined();
      expect(h.alasan).toBe('belum-ada-realisasi');
      expect(h.rumus).toBe(PESAN_ALASAN_CAPAIAN['belum-ada-realisasi']);
    },
  );

  test('empty target, unreadable values, negative target', () => {
    expect(hitungCapaian({ target: '', realisasi: 5 }).alasan).toBe('target-kosong');
    expect(hitungCapaian({ target: 'tinggi sekali', realisasi: 5 }).alasan).toBe(
      'target-tidak-terbaca',
    );
    expect(hitungCapaian({ target: 5, realisasi: '#DIV/0!' }).alasan).toBe(
      'realisasi-tidak-terbaca',
    );
    expect(hitungCapaian({ target: -2, realisasi: 1 }).alasan).toBe('target-negatif');
    expect(hitungCapaian({ target: 80, realisasi: 'BB' }).alasan).toBe('predikat-tidak-sebanding');
  });
});

describe('hitungCapaian: predikat targets', () => {
  test('achieved grade at least the target grade -> 100', () => {
    expect(hitungCapaian({ target: 'BB', realisasi: 'BB' }).nilai).toBe(100);
    expect(hitungCapaian({ target: 'BB', realisasi: 'A' }).nilai).toBe(100);
    expect(hitungCapaian({ target: 'WDP', realisasi: 'WTP' }).nilai).toBe(100);
  });

  test('lower grade -> rank achieved / rank target', () => {
    const h = hitungCapaian({ target: 'BB', realisasi: 'B' });
    expect(h.nilai).toBe(80); // 4 / 5 on AA > A > BB > B > CC > C > D
    expect(h.metode).toBe('predikat');
    expect(h.rumus).toContain('predikat SAKIP');
    expect(hitungCapaian({ target: 'WTP', realisasi: 'WDP' }).nilai).toBe(75);
    // "B" against "Baik" can only be the mutu ladder (A > B > C > D).
    expect(hitungCapaian({ target: 'A', realisasi: 'Baik' }).nilai).toBe(75);
    expect(hitungCapaian({ target: 'A', realisasi: 'B', tangga: 'mutu' }).nilai).toBe(75);
    expect(bulatkan(hitungCapaian({ target: 'A', realisasi: 'B' }).nilai as number, 2)).toBe(66.67);
  });

  test('a realisasi with a grade and a number uses the grade against a letter target', () => {
    expect(hitungCapaian({ target: 'B', realisasi: 'Baik (73,40)' }).nilai).toBe(100);
    expect(hitungCapaian({ target: 'B (75)', realisasi: 'BB' }).nilai).toBe(100);
  });

  test('incomparable grades give a reason', () => {
    expect(hitungCapaian({ target: 'WTP', realisasi: 'BB' }).alasan).toBe(
      'predikat-tidak-sebanding',
    );
    expect(hitungCapaian({ target: 'BB', realisasi: 75 }).alasan).toBe('predikat-tidak-sebanding');
    expect(hitungCapaian({ target: 'BB', realisasi: 'entah' }).alasan).toBe(
      'realisasi-tidak-terbaca',
    );
  });
});

describe('hitungCapaian: range targets', () => {
  test('inside the range -> 100', () => {
    const h = hitungCapaian({ target: '5,80-6,00', realisasi: 5.9 });
    expect(h.nilai).toBe(100);
    expect(h.metode).toBe('rentang');
  });

  test('outside: the nearer bound is the target', () => {
    expect(
      bulatkan(hitungCapaian({ target: '5,80-6,00', realisasi: 5.5 }).nilai as number, 2),
    ).toBe(94.83);
    expect(
      bulatkan(hitungCapaian({ target: '5,80-6,00', realisasi: 6.3 }).nilai as number, 2),
    ).toBe(105);
    const neg = hitungCapaian({ target: '5,80-6,00', realisasi: 6.3, polaritas: 'negatif' });
    expect(neg.nilai).toBe(95);
    expect(neg.rumus).toContain('batas terdekat 6');
  });
});

describe('hitungCapaian: what seed tables write and callers get wrong (issue #14)', () => {
  test('a predikat target with its label and score range against a realisasi "B" (Latin or Cyrillic)', () => {
    for (const r of ['B', 'В', 'b'])
      expect(hitungCapaian({ target: 'Baik (B) 60-70', realisasi: r })).toMatchObject({
        nilai: 100,
        metode: 'predikat',
      });
    // SAKIP ladder AA > A > BB > B > CC > C > D: C (rank 2) against B (rank 4).
    expect(hitungCapaian({ target: 'Baik (B) 60-70', realisasi: 'C' }).nilai).toBe(50);
  });

  test('an unknown polarity gives a reason, never a silent negatif', () => {
    const h = hitungCapaian({
      target: 10,
      realisasi: 5,
      polaritas: 'negative' as unknown as 'negatif',
    });
    expect(h).toEqual({ alasan: 'polaritas-tidak-dikenal', rumus: expect.any(String) });
  });

  test('a target so small the ratio is infinite gives a reason, not Infinity', () => {
    expect(hitungCapaian({ target: 1e-320, realisasi: 5 }).alasan).toBe('hasil-tak-hingga');
  });
});
