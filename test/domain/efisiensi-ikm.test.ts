import { hitungEfisiensi, hitungIkm, mutuIkm, NAMA_METODE_EFISIENSI } from '../../src/domain';
import { bulatkan } from '../../src/domain/pembulatan';

describe('hitungEfisiensi', () => {
  test('seed 004 program 4: capaian 100, serapan 49,68 -> Efisien (selisih)', () => {
    const h = hitungEfisiensi({ capaian: 100, serapan: 49.68 });
    expect(h.label).toBe('Efisien');
    expect(h.metode).toBe('selisih');
    expect(bulatkan(h.nilai as number, 2)).toBe(50.32);
    expect(h.rumus).toBe('100 - 49,68 = 50,32 poin (Efisien; metode selisih)');
  });

  test('selisih: Tidak Efisien and Tidak Dapat Disimpulkan', () => {
    expect(hitungEfisiensi({ capaian: 90, serapan: 95 }).label).toBe('Tidak Efisien');
    expect(hitungEfisiensi({ capaian: 90, serapan: 80 }).label).toBe('Tidak Dapat Disimpulkan');
    expect(hitungEfisiensi({ capaian: 100, serapan: 105 }).label).toBe('Tidak Dapat Disimpulkan');
    expect(hitungEfisiensi({ capaian: 100, serapan: 100 }).label).toBe('Efisien');
  });

  test('pita5', () => {
    expect(hitungEfisiensi({ capaian: 100, serapan: 94, metode: 'pita5' }).label).toBe('Efisien');
    expect(hitungEfisiensi({ capaian: 100, serapan: 95, metode: 'pita5' }).label).toBe(
      'Cukup Efisien',
    );
    expect(hitungEfisiensi({ capaian: 100, serapan: 105, metode: 'pita5' }).label).toBe(
      'Cukup Efisien',
    );
    expect(hitungEfisiensi({ capaian: 100, serapan: 105.01, metode: 'pita5' }).label).toBe(
      'Tidak Efisien',
    );
  });

  test('rasio', () => {
    const h = hitungEfisiensi({ capaian: 100, serapan: 80, metode: 'rasio' });
    expect(h.nilai).toBe(1.25);
    expect(h.label).toBe('Efisien');
    expect(h.rumus).toBe('100 / 80 = 1,25 (Efisien; metode rasio)');
    expect(hitungEfisiensi({ capaian: 79, serapan: 80, metode: 'rasio' }).label).toBe(
      'Tidak Efisien',
    );
    expect(hitungEfisiensi({ capaian: 79, serapan: 0, metode: 'rasio' }).alasan).toBe(
      'serapan-nol',
    );
  });

  test('missing inputs and method names', () => {
    expect(hitungEfisiensi({ capaian: undefined, serapan: 80 })).toMatchObject({
      alasan: 'tidak-lengkap',
    });
    expect(hitungEfisiensi({ capaian: 80, serapan: Number.NaN }).label).toBeUndefined();
    expect(Object.keys(NAMA_METODE_EFISIENSI)).toEqual(['selisih', 'pita5', 'rasio']);
  });
});

describe('hitungIkm (seed 002 Tabel 15)', () => {
  const nrr = [3.44, 3.4, 3.36, 3.987, 3.387, 3.38, 3.4, 3.393, 3.98];

  test('1/9 -> NRR 3,525, IKM 88,13, mutu B', () => {
    const h = hitungIkm(nrr);
    expect(bulatkan(h.nrr as number, 3)).toBe(3.525);
    expect(bulatkan(h.ikm as number, 2)).toBe(88.13);
    expect(h.mutu).toEqual({ huruf: 'B', label: 'Baik' });
    expect(h.rumus).toBe('NRR = 31,727 x 1/9 = 3,5252; IKM = NRR x 25 = 88,13 (B, Baik)');
  });

  test('0,111 -> NRR 3,522, IKM 88,04', () => {
    const h = hitungIkm(nrr, { bobot: 0.111 });
    expect(bulatkan(h.nrr as number, 3)).toBe(3.522);
    expect(bulatkan(h.ikm as number, 2)).toBe(88.04);
    expect(h.mutu?.huruf).toBe('B');
  });

  test('mutu bounds at two decimals', () => {
    expect(mutuIkm(88.31).huruf).toBe('A');
    expect(mutuIkm(88.305).huruf).toBe('A');
    expect(mutuIkm(88.3).huruf).toBe('B');
    expect(mutuIkm(76.61).huruf).toBe('B');
    expect(mutuIkm(76.6).huruf).toBe('C');
    expect(mutuIkm(65).huruf).toBe('C');
    expect(mutuIkm(64.99)).toEqual({ huruf: 'D', label: 'Tidak Baik' });
  });

  test('bad input', () => {
    expect(hitungIkm([]).alasan).toBe('tidak-ada-unsur');
    expect(hitungIkm([undefined, null]).alasan).toBe('tidak-ada-unsur');
    expect(hitungIkm([3.5, 88]).alasan).toBe('nrr-di-luar-rentang');
  });
});
