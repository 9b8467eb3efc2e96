import { formatMasukan, formatRingkas } from './angka';
import { bulatkan } from './pembulatan';

/**
 * Indeks Kepuasan Masyarakat from the survey's NRR per element (DOMAIN.md
 * section 6, PermenPAN-RB 14/2017).
 */

/** Mutu pelayanan. */
export interface MutuPelayanan {
  huruf: 'A' | 'B' | 'C' | 'D';
  label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
}

/** Options of {@link hitungIkm}. */
export interface OpsiIkm {
  /**
   * Weight of each element: 1 / (number of elements) by default; some offices
   * use 0,111 for nine elements (3,522 instead of 3,525 in seed 002).
   */
  bobot?: number;
}

/** Result of {@link hitungIkm}. */
export interface HasilIkm {
  /** Weighted NRR on 1-4. */
  nrr?: number;
  /** IKM = NRR x 25, on 25-100. */
  ikm?: number;
  mutu?: MutuPelayanan;
  bobot?: number;
  alasan?: 'tidak-ada-unsur' | 'nrr-di-luar-rentang';
  rumus: string;
}

/**
 * Mutu of an IKM value. The published intervals are written to two decimals
 * (88,31-100; 76,61-88,30; 65,00-76,60; 25,00-64,99), so the value is
 * rounded to two decimals before it is placed.
 */
export function mutuIkm(ikm: number): MutuPelayanan {
  const v = bulatkan(ikm, 2);
  if (v >= 88.31) return { huruf: 'A', label: 'Sangat Baik' };
  if (v >= 76.61) return { huruf: 'B', label: 'Baik' };
  if (v >= 65) return { huruf: 'C', label: 'Kurang Baik' };
  return { huruf: 'D', label: 'Tidak Baik' };
}

/**
 * NRR tertimbang = sum(NRR_i) x bobot; IKM = NRR x 25; mutu from the IKM.
 * Seed 002: the nine NRR give IKM 88,13 with 1/9 and 88,04 with 0,111, mutu B.
 * Missing elements are left out; an NRR outside 1-4 gives a reason.
 */
export function hitungIkm(
  nrr: readonly (number | null | undefined)[],
  opsi: OpsiIkm = {},
): HasilIkm {
  const unsur = nrr.filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
  if (unsur.length === 0)
    return { alasan: 'tidak-ada-unsur', rumus: 'tidak ada nilai NRR unsur pelayanan' };
  if (unsur.some((n) => n < 1 || n > 4)) {
    return { alasan: 'nrr-di-luar-rentang', rumus: 'NRR unsur harus berada pada skala 1-4' };
  }
  const bobot = opsi.bobot ?? 1 / unsur.length;
  const jumlah = unsur.reduce((a, n) => a + n, 0);
  const nilaiNrr = jumlah * bobot;
  const ikm = nilaiNrr * 25;
  const mutu = mutuIkm(ikm);
  const teksBobot = opsi.bobot === undefined ? `1/${unsur.length}` : formatMasukan(bobot);
  return {
    nrr: nilaiNrr,
    ikm,
    mutu,
    bobot,
    rumus: `NRR = ${formatMasukan(jumlah)} x ${teksBobot} = ${formatMasukan(nilaiNrr)}; IKM = NRR x 25 = ${formatRingkas(ikm)} (${mutu.huruf}, ${mutu.label})`,
  };
}
