import { formatMasukan } from './angka';
import { kunciTeks } from './teks';

/**
 * Kategori scales (DOMAIN.md section 3). A scale is a list of intervals of
 * capaian, highest first; bounds apply to the value at full precision.
 */

/** One class of a scale. `dari: null` is minus infinity, `sampai: null` plus infinity. */
export interface KelasSkala {
  label: string;
  /** Other names the class goes by in workbooks ("SB", "Sangat Berhasil"). */
  alias?: readonly string[];
  dari: number | null;
  dariInklusif: boolean;
  sampai: number | null;
  sampaiInklusif: boolean;
  /** Midpoint for the group-midpoint mean (DOMAIN.md section 4). */
  nilaiTengah: number;
  /** Fill colour (hex, no #) for the kategori cell. */
  warna: string;
}

/** A kategori scale. */
export interface Skala {
  kode: string;
  nama: string;
  kelas: readonly KelasSkala[];
}

/** Preset codes. */
export type KodeSkala = 'permendagri86' | 'permenpan12' | 'lan';

const HIJAU_TUA = '63BE7B';
const HIJAU = 'B7DD8C';
const KUNING = 'FFEB84';
const JINGGA = 'FBB475';
const MERAH = 'F8696B';
const MERAH_TUA = 'E0474C';

/** Permendagri 86/2017 (default). */
const PERMENDAGRI86: Skala = {
  kode: 'permendagri86',
  nama: 'Permendagri 86/2017',
  kelas: [
    {
      label: 'Sangat Tinggi',
      dari: 91,
      dariInklusif: true,
      sampai: null,
      sampaiInklusif: true,
      nilaiTengah: 95.5,
      warna: HIJAU_TUA,
    },
    {
      label: 'Tinggi',
      dari: 76,
      dariInklusif: true,
      sampai: 91,
      sampaiInklusif: false,
      nilaiTengah: 83.5,
      warna: HIJAU,
    },
    {
      label: 'Sedang',
      dari: 66,
      dariInklusif: true,
      sampai: 76,
      sampaiInklusif: false,
      nilaiTengah: 71,
      warna: KUNING,
    },
    {
      label: 'Rendah',
      dari: 51,
      dariInklusif: true,
      sampai: 66,
      sampaiInklusif: false,
      nilaiTengah: 58.5,
      warna: JINGGA,
    },
    {
      label: 'Sangat Rendah',
      dari: null,
      dariInklusif: true,
      sampai: 51,
      sampaiInklusif: false,
      nilaiTengah: 25.5,
      warna: MERAH,
    },
  ],
};

/** Six classes adopted from PermenPAN-RB 12/2015; upper bounds inclusive. */
const PERMENPAN12: Skala = {
  kode: 'permenpan12',
  nama: 'PermenPAN-RB 12/2015',
  kelas: [
    {
      label: 'Sangat Memuaskan',
      dari: 90,
      dariInklusif: false,
      sampai: null,
      sampaiInklusif: true,
      nilaiTengah: 95,
      warna: HIJAU_TUA,
    },
    {
      label: 'Memuaskan',
      dari: 80,
      dariInklusif: false,
      sampai: 90,
      sampaiInklusif: true,
      nilaiTengah: 85,
      warna: HIJAU,
    },
    {
      label: 'Sangat Baik',
      dari: 70,
      dariInklusif: false,
      sampai: 80,
      sampaiInklusif: true,
      nilaiTengah: 75,
      warna: KUNING,
    },
    {
      label: 'Baik',
      dari: 60,
      dariInklusif: false,
      sampai: 70,
      sampaiInklusif: true,
      nilaiTengah: 65,
      warna: JINGGA,
    },
    {
      label: 'Cukup',
      dari: 50,
      dariInklusif: false,
      sampai: 60,
      sampaiInklusif: true,
      nilaiTengah: 55,
      warna: MERAH,
    },
    {
      label: 'Kurang',
      dari: null,
      dariInklusif: true,
      sampai: 50,
      sampaiInklusif: true,
      nilaiTengah: 25,
      warna: MERAH_TUA,
    },
  ],
};

/** LAN four-step ordinal scale (seed 000), with the report's midpoints. */
const LAN: Skala = {
  kode: 'lan',
  nama: 'Pedoman LAN (skala ordinal)',
  kelas: [
    {
      label: 'Sangat Berhasil (SB)',
      alias: ['Sangat Berhasil', 'SB'],
      dari: 85,
      dariInklusif: true,
      sampai: null,
      sampaiInklusif: true,
      nilaiTengah: 92.5,
      warna: HIJAU_TUA,
    },
    {
      label: 'Berhasil (B)',
      alias: ['Berhasil', 'B'],
      dari: 70,
      dariInklusif: true,
      sampai: 85,
      sampaiInklusif: false,
      nilaiTengah: 77.5,
      warna: HIJAU,
    },
    {
      label: 'Cukup Berhasil (CB)',
      alias: ['Cukup Berhasil', 'CB'],
      dari: 55,
      dariInklusif: true,
      sampai: 70,
      sampaiInklusif: false,
      nilaiTengah: 62.5,
      warna: KUNING,
    },
    {
      label: 'Tidak Berhasil (TB)',
      alias: ['Tidak Berhasil', 'TB'],
      dari: null,
      dariInklusif: true,
      sampai: 55,
      sampaiInklusif: false,
      nilaiTengah: 27.5,
      warna: MERAH,
    },
  ],
};

/** The preset scales by code. */
export const SKALA: Readonly<Record<KodeSkala, Skala>> = {
  permendagri86: PERMENDAGRI86,
  permenpan12: PERMENPAN12,
  lan: LAN,
};

/** The default scale. */
export const SKALA_BAKU: Skala = PERMENDAGRI86;

function diAtasBawah(nilai: number, k: KelasSkala): boolean {
  return k.dari === null || nilai > k.dari || (k.dariInklusif && nilai === k.dari);
}

function diBawahAtas(nilai: number, k: KelasSkala): boolean {
  return k.sampai === null || nilai < k.sampai || (k.sampaiInklusif && nilai === k.sampai);
}

/**
 * The class of a capaian value (full precision: 90,99 is Tinggi under
 * Permendagri 86). Values above the top class's bound take the top class,
 * values below the bottom class take the bottom one. Undefined when `nilai`
 * is not a finite number, or falls into a gap of a custom scale.
 */
export function tentukanKelas(
  nilai: number | undefined,
  skala: Skala = SKALA_BAKU,
): KelasSkala | undefined {
  if (nilai === undefined || !Number.isFinite(nilai)) return undefined;
  const kelas = skala.kelas;
  if (kelas.length === 0) return undefined;
  const teratas = kelas[0];
  if (teratas.sampai !== null && nilai > teratas.sampai) return teratas;
  const terbawah = kelas[kelas.length - 1];
  if (terbawah.dari !== null && nilai < terbawah.dari) return terbawah;
  return kelas.find((k) => diAtasBawah(nilai, k) && diBawahAtas(nilai, k));
}

/** The kategori label of a capaian value (see {@link tentukanKelas}). */
export function tentukanKategori(
  nilai: number | undefined,
  skala: Skala | KodeSkala = SKALA_BAKU,
): string | undefined {
  // A preset's code ("permenpan12") is that preset; an unknown code gives no kategori.
  const s = typeof skala === 'string' ? SKALA[skala] : skala;
  return s ? tentukanKelas(nilai, s)?.label : undefined;
}

/** A class of a custom scale as a user writes it: "76 <= x < 91: Tinggi". */
export interface DefinisiKelas {
  label: string;
  alias?: string[];
  dari?: number | null;
  dariInklusif?: boolean;
  sampai?: number | null;
  sampaiInklusif?: boolean;
  nilaiTengah?: number;
  warna?: string;
}

/** Result of {@link buatSkala}. */
export interface HasilBuatSkala {
  skala?: Skala;
  /** Problems found, in Bahasa Indonesia; the scale is made only when empty. */
  masalah: string[];
}

function teksBatas(nilai: number | null, inklusif: boolean, bawah: boolean): string {
  if (nilai === null) return bawah ? '-tak hingga' : 'tak hingga';
  return `${formatMasukan(nilai)} (${inklusif ? 'termasuk' : 'tidak termasuk'})`;
}

const WARNA_URUT = [HIJAU_TUA, HIJAU, KUNING, JINGGA, MERAH, MERAH_TUA];

/**
 * Make a custom scale and check it: every class needs a label, labels are
 * unique, each interval is not empty, and neighbouring intervals neither
 * leave a gap ("76-90" then "91-100" leaves 90 < x < 91 without a class) nor
 * overlap. Classes may come in any order; they are sorted highest first.
 */
/** Decimals a bound is written with (59,99 has 2). */
function desimalBatas(n: number): number {
  for (let d = 0; d <= 4; d++) if (Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-7) return d;
  return 4;
}

/**
 * Scales as offices write them, "91 - 100 / 76 - 90" or "0 - 59,99 / 60 - 79,99":
 * the step between a class's upper bound and the next one's lower bound is the
 * precision the bounds are written with, not a gap. The lower class then runs up
 * to (not including) the next lower bound, so 90,5 is "76 - 90".
 */
function rapatkanLangkah(
  atas: { dari: number | null; dariInklusif: boolean },
  bawah: {
    dari: number | null;
    sampai: number | null;
    sampaiInklusif: boolean;
    nilaiTengah: number;
  },
): void {
  if (atas.dari === null || bawah.sampai === null) return;
  // "Kurang dari 50" under "Diatas 50 ...": 50 itself, which neither names, is below "diatas".
  if (atas.dari === bawah.sampai && !atas.dariInklusif && !bawah.sampaiInklusif) {
    bawah.sampaiInklusif = true;
    return;
  }
  if (!atas.dariInklusif || !bawah.sampaiInklusif) return;
  const langkah = 10 ** -Math.max(desimalBatas(atas.dari), desimalBatas(bawah.sampai));
  const celah = atas.dari - bawah.sampai;
  if (celah > 0 && celah <= langkah + 1e-9) {
    // The midpoint stays the written one: (76 + 90) / 2.
    if (Number.isNaN(bawah.nilaiTengah) && bawah.dari !== null)
      bawah.nilaiTengah = (bawah.dari + bawah.sampai) / 2;
    bawah.sampai = atas.dari;
    bawah.sampaiInklusif = false;
  }
}

export function buatSkala(kode: string, nama: string, definisi: DefinisiKelas[]): HasilBuatSkala {
  const masalah: string[] = [];
  if (definisi.length < 2) masalah.push('skala harus memiliki sedikitnya dua kelas');
  const kelas = definisi.map((d) => ({
    label: (d.label ?? '').trim(),
    alias: d.alias,
    dari: d.dari ?? null,
    dariInklusif: d.dariInklusif ?? true,
    sampai: d.sampai ?? null,
    sampaiInklusif: d.sampaiInklusif ?? false,
    nilaiTengah: d.nilaiTengah ?? NaN,
    warna: d.warna ?? '',
  }));
  const terlihat = new Set<string>();
  for (const k of kelas) {
    if (!k.label) masalah.push('ada kelas tanpa label');
    else if (terlihat.has(kunciTeks(k.label)))
      masalah.push(`label "${k.label}" dipakai lebih dari sekali`);
    terlihat.add(kunciTeks(k.label));
    const kosong =
      k.dari !== null &&
      k.sampai !== null &&
      (k.dari > k.sampai || (k.dari === k.sampai && !(k.dariInklusif && k.sampaiInklusif)));
    if (kosong) masalah.push(`kelas "${k.label}": batas bawah melebihi batas atas`);
  }
  kelas.sort((a, b) => (b.dari ?? -Infinity) - (a.dari ?? -Infinity));
  for (let i = 0; i + 1 < kelas.length; i++) {
    const atas = kelas[i];
    const bawah = kelas[i + 1];
    rapatkanLangkah(atas, bawah);
    const titikAtas = atas.dari;
    const titikBawah = bawah.sampai;
    const keterangan = `antara "${bawah.label}" (sampai ${teksBatas(titikBawah, bawah.sampaiInklusif, false)}) dan "${atas.label}" (dari ${teksBatas(titikAtas, atas.dariInklusif, true)})`;
    if (titikAtas === null || titikBawah === null) {
      masalah.push(`tumpang tindih ${keterangan}`);
    } else if (
      titikBawah < titikAtas ||
      (titikBawah === titikAtas && !bawah.sampaiInklusif && !atas.dariInklusif)
    ) {
      masalah.push(`celah ${keterangan}`);
    } else if (titikBawah > titikAtas || (bawah.sampaiInklusif && atas.dariInklusif)) {
      masalah.push(`tumpang tindih ${keterangan}`);
    }
  }
  if (masalah.length > 0) return { masalah };
  kelas.forEach((k, i) => {
    if (Number.isNaN(k.nilaiTengah)) {
      const lo = k.dari ?? 0;
      const hi = k.sampai ?? 100;
      k.nilaiTengah = (Math.min(lo, hi) + Math.max(lo, hi)) / 2;
    }
    if (!k.warna) k.warna = WARNA_URUT[Math.min(i, WARNA_URUT.length - 1)];
  });
  return { skala: { kode, nama, kelas }, masalah };
}

/** Result of {@link kenaliSkala}. */
export interface KecocokanSkala {
  skala: Skala;
  /** Distinct labels of the workbook that the scale knows. */
  cocok: number;
  /** Labels the scale does not know. */
  tidakDikenal: string[];
}

function kunciKelas(k: KelasSkala): string[] {
  return [k.label, ...(k.alias ?? [])].map(kunciTeks);
}

/**
 * Pick the preset whose labels a workbook already uses (a kategori column or
 * a scale table). The preset that knows the most distinct labels wins; on a
 * tie the default scale is preferred. Undefined when no label is known.
 */
export function kenaliSkala(labels: readonly string[]): KecocokanSkala | undefined {
  const unik = [
    ...new Map(labels.filter((l) => l && l.trim()).map((l) => [kunciTeks(l), l.trim()])).entries(),
  ];
  let terbaik: KecocokanSkala | undefined;
  for (const skala of Object.values(SKALA)) {
    const dikenal = new Set(skala.kelas.flatMap(kunciKelas));
    const tidakDikenal = unik.filter(([k]) => !dikenal.has(k)).map(([, l]) => l);
    const cocok = unik.length - tidakDikenal.length;
    if (cocok > 0 && (!terbaik || cocok > terbaik.cocok)) terbaik = { skala, cocok, tidakDikenal };
  }
  return terbaik;
}

/** True when `label` names the class (by label or alias, ignoring case and spacing). */
export function labelCocok(label: string, kelas: KelasSkala): boolean {
  return kunciKelas(kelas).includes(kunciTeks(label));
}
