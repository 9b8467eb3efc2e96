/**
 * Which parts of BAB III to write. Every part is in by default; the user
 * leaves parts out on the command line (`--tanpa renstra,grafik`), in the
 * task pane (saved in the workbook), or through the older switches.
 */

export const BAGIAN_BAB3 = [
  'skala',
  'ringkasan',
  'triwulan',
  'grafik',
  'ikm',
  'multi-tahun',
  'renstra',
  'standar',
  'faktor',
  'efisiensi',
  'program',
  'keuangan',
  'kegiatan',
  'sub-kegiatan',
  'tahun-lalu',
] as const;

export type BagianBab3 = (typeof BAGIAN_BAB3)[number];

/** What each part is, for the pane and the help text. */
export const NAMA_BAGIAN: Record<BagianBab3, string> = {
  skala: 'Tabel skala kategori',
  ringkasan: 'Ringkasan seluruh indikator',
  triwulan: 'Target dan realisasi per triwulan (data triwulanan)',
  grafik: 'Grafik (capaian, tren, anggaran)',
  ikm: 'Hasil survei kepuasan masyarakat (IKM)',
  'multi-tahun': 'Perbandingan dengan tahun sebelumnya',
  renstra: 'Perbandingan dengan target akhir Renstra',
  standar: 'Perbandingan dengan standar nasional/provinsi',
  faktor: 'Penyebab keberhasilan/kegagalan dan solusi',
  efisiensi: 'Analisis efisiensi',
  program: 'Program dan indikator program pendukung',
  keuangan: 'Akuntabilitas keuangan',
  kegiatan: 'Tabel anggaran per kegiatan',
  'sub-kegiatan': 'Rincian sampai sub kegiatan',
  'tahun-lalu': 'Perbandingan anggaran dengan tahun lalu',
};

/** Parts left out unless asked for (long tables). */
export const BAGIAN_TIDAK_BAKU: readonly BagianBab3[] = ['sub-kegiatan'];

export interface OpsiBab3 {
  tahun?: number;
  instansi?: string;
  /** Parts left out. */
  tanpa?: readonly BagianBab3[];
  /** Parts put in that are out by default (sub-kegiatan). */
  dengan?: readonly BagianBab3[];
  /** One indicator table per sasaran instead of one table for all. */
  tabelPerSasaran?: boolean;
  /** Spell out Rupiah amounts in words after the figure ("(dua juta rupiah)"). Default true. */
  terbilang?: boolean;
  /** Same as leaving out `keuangan` (older switch). */
  keuangan?: boolean;
  /** Same as leaving out `multi-tahun` (older switch). */
  multiTahun?: boolean;
}

/** Whether a part is written. */
export function termasuk(opsi: OpsiBab3, bagian: BagianBab3): boolean {
  if (bagian === 'keuangan' && opsi.keuangan === false) return false;
  if (bagian === 'multi-tahun' && opsi.multiTahun === false) return false;
  if (opsi.tanpa?.includes(bagian)) return false;
  return !BAGIAN_TIDAK_BAKU.includes(bagian) || !!opsi.dengan?.includes(bagian);
}

/** The choices the pane keeps in the workbook (no year or office: those belong to one run). */
export interface OpsiBab3Tersimpan {
  tanpa?: BagianBab3[];
  dengan?: BagianBab3[];
  tabelPerSasaran?: boolean;
  terbilang?: boolean;
}

function daftarBagian(v: unknown): BagianBab3[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is BagianBab3 => (BAGIAN_BAB3 as readonly unknown[]).includes(x));
}

/** Saved choices read back; anything unknown or malformed is dropped, never trusted. */
export function bacaOpsiTersimpan(teks: string | undefined | null): OpsiBab3Tersimpan {
  if (!teks) return {};
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const d = data as Record<string, unknown>;
  const hasil: OpsiBab3Tersimpan = {};
  const tanpa = daftarBagian(d.tanpa);
  const dengan = daftarBagian(d.dengan);
  if (tanpa?.length) hasil.tanpa = tanpa;
  if (dengan?.length) hasil.dengan = dengan;
  if (typeof d.tabelPerSasaran === 'boolean') hasil.tabelPerSasaran = d.tabelPerSasaran;
  if (typeof d.terbilang === 'boolean') hasil.terbilang = d.terbilang;
  return hasil;
}
