import fc from 'fast-check';
import { adalahPredikat, cariTangga, kunciTeks, namaPredikat, rapikanTeks } from '../../src/domain';
import { bulatkan } from '../../src/domain/pembulatan';

describe('bulatkan', () => {
  test('half-up and truncation', () => {
    expect(bulatkan(99.7175)).toBe(99.72);
    expect(bulatkan(99.7175, 2, 'potong')).toBe(99.71);
    expect(bulatkan(1.005)).toBe(1.01);
    expect(bulatkan(-1.005)).toBe(-1.01);
    expect(bulatkan((988000 / 20000000) * 100, 2, 'potong')).toBe(4.94);
    expect(bulatkan(-0.001)).toBe(0);
    expect(Object.is(bulatkan(-0.001), -0)).toBe(false);
    expect(bulatkan(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(bulatkan(2.5, 0)).toBe(3);
    expect(bulatkan(-5000000)).toBe(-5000000);
  });

  test('property: rounding stays within half a step, truncation below one step', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(Math.abs(bulatkan(x) - x)).toBeLessThanOrEqual(0.005 + 1e-6);
        expect(Math.abs(bulatkan(x, 2, 'potong'))).toBeLessThanOrEqual(Math.abs(x) + 1e-6);
      }),
    );
  });
});

describe('text normalisation', () => {
  test('look-alikes, spaces, dashes', () => {
    expect(rapikanTeks('\u0412\u0430ik\u00a0 \u2013 x ')).toBe('Baik - x');
    expect(rapikanTeks('\u0131ndikator')).toBe('indikator');
    expect(kunciTeks('Persentase  Keluhan/Pengaduan ')).toBe('persentase keluhan pengaduan');
    expect(kunciTeks('\u0422ARGET')).toBe('target');
  });

  test('plain ASCII takes the quick path and comes out the same as the full one', () => {
    expect(rapikanTeks('  Sub  kegiatan   1.1 ')).toBe('Sub kegiatan 1.1');
    expect(rapikanTeks('Target\t2024')).toBe('Target 2024'); // a tab is not printable: full path
    // Appending a non-ASCII space forces the full path; trimmed away, the result must not change.
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, (t) => {
        expect(rapikanTeks(t)).toBe(rapikanTeks(`${t}\u00a0`));
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });
});

describe('predikat ladders', () => {
  test('grades are recognised with their ladder spelling', () => {
    expect(adalahPredikat('b aik')).toBe(true);
    expect(adalahPredikat('')).toBe(false);
    expect(adalahPredikat('Hebat')).toBe(false);
    expect(namaPredikat('wajar tanpa pengecualian')).toBe('Wajar Tanpa Pengecualian');
    expect(namaPredikat(' hebat ')).toBe('hebat');
  });

  test('the ladder holding both grades', () => {
    expect(cariTangga('A', 'B')?.kode).toBe('sakip');
    expect(cariTangga('B', 'Baik')?.kode).toBe('mutu');
    expect(cariTangga('WTP', 'TMP')?.kode).toBe('opini');
    expect(cariTangga('WTP', 'BB')).toBeUndefined();
    expect(cariTangga('A', 'B', 'opini')).toBeUndefined();
  });
});
