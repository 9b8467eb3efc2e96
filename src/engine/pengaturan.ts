import type { Polaritas, RumusNegatif } from '../domain/capaian';
import type { MetodeEfisiensi } from '../domain/efisiensi';
import type { KodeSkala, Skala } from '../domain/kategori';
import type { CaraPembulatan } from '../domain/pembulatan';
import type { SetelanPeriode } from './periode';

/** How a run computes and writes. Every field has a default from DOMAIN.md. */
export interface Pengaturan {
  /** Scale chosen by the user; when absent the workbook's own scale, else Permendagri 86. */
  skala?: KodeSkala | Skala;
  /** Display rounding: half-up (default) or truncation. */
  pembulatan: CaraPembulatan;
  rumusNegatif: RumusNegatif;
  /** Optional cap on capaian (100, 120, 150); null for none. */
  batas: number | null;
  efisiensi: MetodeEfisiensi;
  /** Write live Excel formulas (default) or plain values. */
  mode: 'rumus' | 'nilai';
  /** Sasaran capaian: plain mean (default) or the group-midpoint method. */
  rataRataSasaran: 'biasa' | 'kelompok';
  /** Polarity per indicator, keyed by {@link kunciTeks} of its name. */
  polaritas: Record<string, Polaritas>;
  /** Weight per IKM element (default 1 / number of elements). */
  bobotIkm?: number;
  /** How quarterly or monthly figures add up: per indicator, per sheet, for all (default by sheet and unit). */
  metodePeriode: SetelanPeriode;
}

export const PENGATURAN_BAKU: Pengaturan = {
  pembulatan: 'setengah-atas',
  rumusNegatif: '2t-r',
  batas: null,
  efisiensi: 'selisih',
  mode: 'rumus',
  rataRataSasaran: 'biasa',
  polaritas: {},
  metodePeriode: { indikator: {}, lembar: {} },
};

/** Defaults completed with what the user set. */
export function lengkapiPengaturan(sebagian: Partial<Pengaturan> = {}): Pengaturan {
  const m = sebagian.metodePeriode;
  return {
    ...PENGATURAN_BAKU,
    ...sebagian,
    polaritas: { ...(sebagian.polaritas ?? {}) },
    metodePeriode: { ...m, indikator: { ...m?.indikator }, lembar: { ...m?.lembar } },
  };
}
