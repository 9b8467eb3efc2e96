import { kunciTeks } from '../domain/teks';
import type { KolomMilik } from './model';

/**
 * Headers of the columns Capaian writes. A column with one of these headers
 * is Capaian's own: it is rewritten on every run and never counted as the
 * user's data. Multi-year tables put the year in the capaian header.
 */
export const JUDUL_MILIK: Record<KolomMilik, string> = {
  capaian: 'Capaian (%)',
  kategori: 'Kategori',
  serapan: 'Serapan (%)',
  sisa: 'Sisa Anggaran (Rp)',
  efisiensi: 'Efisiensi',
  perubahan: 'Perubahan (poin)',
  arah: 'Ket. Perubahan',
  capaianTargetAkhir: 'Capaian thd Target Akhir (%)',
  serapanKas: 'Realisasi thd Anggaran Kas (%)',
  ikm: 'Nilai IKM (Konversi)',
  mutu: 'Mutu Pelayanan (IKM)',
};

/** Header of the computed capaian column of a given year. */
export function judulCapaianTahun(tahun: number): string {
  return `Capaian ${tahun} (%)`;
}

/** The owned column a header names, if any ("Capaian 2023 (%)" is capaian). */
export function kenaliMilik(judul: string): KolomMilik | undefined {
  const k = kunciTeks(judul);
  for (const [milik, teks] of Object.entries(JUDUL_MILIK) as [KolomMilik, string][]) {
    if (kunciTeks(teks) === k) return milik;
  }
  if (/^capaian (19|20)\d\d %$/.test(k)) return 'capaian';
  // "Capaian s.d. TW II (%)": the capaian up to a reporting period.
  if (/^capaian s ?d (tw|triwulan|semester|[a-z]+) [ivx0-9]* ?%$/.test(k)) return 'capaian';
  return undefined;
}
