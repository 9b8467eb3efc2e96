/** Scale bounds as offices write them in their scale tables (issue #13). */
import { uraiRentangSkala } from '../../src/engine/skala';

describe('scale bounds in the words offices use', () => {
  test.each([
    ['≥ 91', { dari: 91, dariInklusif: true, sampai: null }],
    ['< 51', { dari: null, sampai: 51, sampaiInklusif: false }],
    ['76 ≤ X < 91', { dari: 76, dariInklusif: true, sampai: 91, sampaiInklusif: false }],
    ['91 - 100', { dari: 91, dariInklusif: true, sampai: 100, sampaiInklusif: true }],
    ['0 - 59,99', { dari: 0, dariInklusif: true, sampai: 59.99, sampaiInklusif: true }],
    ['91 ≤ 100', { dari: 91, dariInklusif: true, sampai: 100, sampaiInklusif: true }],
    ['Lebih dari 90 %', { dari: 90, dariInklusif: false, sampai: null }],
    [
      'Diatas 80 % sampai dengan 90 %',
      { dari: 80, dariInklusif: false, sampai: 90, sampaiInklusif: true },
    ],
    ['Kurang dari 50 %', { dari: null, sampai: 50, sampaiInklusif: false }],
  ])('%s', (teks, rentang) => {
    expect(uraiRentangSkala(teks)).toEqual(rentang);
  });

  test('text that is no bound gives nothing', () => {
    expect(uraiRentangSkala('Sangat Tinggi')).toBeUndefined();
  });
});
