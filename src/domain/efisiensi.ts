import { formatRingkas } from './angka';
import type { CaraPembulatan } from './pembulatan';

/**
 * Efisiensi: resources used against performance achieved (DOMAIN.md
 * section 5). No national formula exists, so every result names its method.
 */

/** Efisiensi methods. */
export type MetodeEfisiensi = 'selisih' | 'pita5' | 'rasio';

/** Efisiensi labels. */
export type LabelEfisiensi =
  'Efisien' | 'Cukup Efisien' | 'Tidak Efisien' | 'Tidak Dapat Disimpulkan';

/** How each method is described to the user. */
export const NAMA_METODE_EFISIENSI: Record<MetodeEfisiensi, string> = {
  selisih: 'selisih capaian kinerja dan serapan anggaran (poin)',
  pita5: 'selisih capaian dan serapan dengan pita toleransi 5 poin',
  rasio: 'rasio capaian kinerja terhadap serapan anggaran',
};

/** Input of {@link hitungEfisiensi}. */
export interface MasukanEfisiensi {
  /** Capaian kinerja in percent (never serapan in its place). */
  capaian: number | undefined;
  /** Serapan anggaran in percent. */
  serapan: number | undefined;
  metode?: MetodeEfisiensi;
  cara?: CaraPembulatan;
}

/** Result of {@link hitungEfisiensi}. */
export interface HasilEfisiensi {
  /** E in points (selisih, pita5) or the index (rasio); full precision. */
  nilai?: number;
  label?: LabelEfisiensi;
  metode: MetodeEfisiensi;
  alasan?: 'tidak-lengkap' | 'serapan-nol';
  rumus: string;
}

/**
 * Efisiensi of a program, a sasaran or the whole office.
 * - `selisih` (default): E = capaian - serapan. Efisien when capaian >= 100
 *   and serapan <= capaian; Tidak Efisien when capaian < 100 and serapan >
 *   capaian; otherwise Tidak Dapat Disimpulkan.
 * - `pita5`: E = capaian - serapan; > 5 Efisien, within +-5 Cukup Efisien,
 *   < -5 Tidak Efisien.
 * - `rasio`: indeks = capaian / serapan; >= 1 Efisien, else Tidak Efisien.
 */
export function hitungEfisiensi(masukan: MasukanEfisiensi): HasilEfisiensi {
  const { capaian, serapan, cara } = masukan;
  const metode = masukan.metode ?? 'selisih';
  if (
    typeof capaian !== 'number' ||
    typeof serapan !== 'number' ||
    !Number.isFinite(capaian) ||
    !Number.isFinite(serapan)
  ) {
    return {
      metode,
      alasan: 'tidak-lengkap',
      rumus: 'capaian kinerja atau serapan anggaran belum tersedia',
    };
  }
  const c = formatRingkas(capaian, cara);
  const s = formatRingkas(serapan, cara);
  if (metode === 'rasio') {
    if (serapan === 0) {
      return { metode, alasan: 'serapan-nol', rumus: 'serapan 0: rasio tidak dapat dihitung' };
    }
    const indeks = capaian / serapan;
    const label: LabelEfisiensi = indeks >= 1 ? 'Efisien' : 'Tidak Efisien';
    return {
      nilai: indeks,
      label,
      metode,
      rumus: `${c} / ${s} = ${formatRingkas(indeks, cara)} (${label}; metode rasio)`,
    };
  }
  const e = capaian - serapan;
  let label: LabelEfisiensi;
  if (metode === 'pita5') {
    label = e > 5 ? 'Efisien' : e < -5 ? 'Tidak Efisien' : 'Cukup Efisien';
  } else if (capaian >= 100 && serapan <= capaian) {
    label = 'Efisien';
  } else if (capaian < 100 && serapan > capaian) {
    label = 'Tidak Efisien';
  } else {
    label = 'Tidak Dapat Disimpulkan';
  }
  return {
    nilai: e,
    label,
    metode,
    rumus: `${c} - ${s} = ${formatRingkas(e, cara)} poin (${label}; metode ${metode})`,
  };
}
