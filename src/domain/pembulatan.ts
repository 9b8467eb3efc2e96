/**
 * Rounding is applied once, for display. Values are kept at full precision
 * everywhere else.
 */

/** How a value is brought to a number of decimals. */
export type CaraPembulatan = 'setengah-atas' | 'potong';

/**
 * Bring `nilai` to `desimal` decimals. `setengah-atas` rounds half away from
 * zero (99,715 -> 99,72); `potong` truncates toward zero (99,7175 -> 99,71),
 * as several reports do.
 *
 * Binary floating point stores 4,94 as 4,9399999...; a value that lies within
 * a tiny tolerance of a decimal step is snapped to that step first, so
 * 988.000 / 20.000.000 x 100 shows 4,94 under both methods. Likewise a value
 * stored just below a half (1,005 as 1,00499999...) rounds up.
 */
export function bulatkan(
  nilai: number,
  desimal = 2,
  cara: CaraPembulatan = 'setengah-atas',
): number {
  if (!Number.isFinite(nilai)) return nilai;
  const faktor = 10 ** desimal;
  const skala = Math.abs(nilai) * faktor;
  // Arithmetic error is relative to the value, but never more than 1e-6 of a step.
  const toleransi = 1e-9 * Math.min(Math.max(1, skala), 1000);
  const terdekat = Math.round(skala);
  const jepret = Math.abs(skala - terdekat) <= toleransi ? terdekat : skala;
  const bawah = Math.floor(jepret);
  // 1,005 is stored as 1,00499999...; a half within the tolerance counts as a half.
  const setengah = Math.abs(jepret - bawah - 0.5) <= toleransi;
  const bulat = cara === 'potong' ? bawah : setengah ? bawah + 1 : Math.round(jepret);
  const hasil = (Math.sign(nilai) * bulat) / faktor;
  return hasil === 0 ? 0 : hasil;
}
