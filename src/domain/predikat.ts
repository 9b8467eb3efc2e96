import { rapikanTeks } from './teks';

/**
 * Grade ladders for indicators whose target is a letter or a word
 * ("BB", "WTP", "Baik") rather than a number (DOMAIN.md section 2).
 */

/** The ladders Capaian knows. */
export type KodeTangga = 'sakip' | 'mutu' | 'opini';

/** A ladder: rungs from the highest down; each rung lists the names it goes by. */
export interface TanggaPredikat {
  kode: KodeTangga;
  nama: string;
  anakTangga: readonly (readonly string[])[];
}

/** The ladders, in the order they are tried when both grades fit several. */
export const TANGGA_PREDIKAT: readonly TanggaPredikat[] = [
  {
    kode: 'sakip',
    nama: 'predikat SAKIP',
    anakTangga: [['AA'], ['A'], ['BB'], ['B'], ['CC'], ['C'], ['D']],
  },
  {
    kode: 'mutu',
    nama: 'mutu pelayanan',
    anakTangga: [
      ['A', 'Sangat Baik'],
      ['B', 'Baik'],
      ['C', 'Kurang Baik'],
      ['D', 'Tidak Baik'],
    ],
  },
  {
    kode: 'opini',
    nama: 'opini BPK',
    anakTangga: [
      ['WTP', 'Wajar Tanpa Pengecualian'],
      ['WDP', 'Wajar Dengan Pengecualian'],
      ['TW', 'Tidak Wajar'],
      ['TMP', 'Tidak Menyatakan Pendapat', 'Disclaimer'],
    ],
  },
];

/** Comparison key of a grade: upper case, letters only ("B aik" -> "BAIK"). */
function kunciPredikat(teks: string): string {
  return rapikanTeks(teks)
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

const SEMUA_KUNCI = new Set(
  TANGGA_PREDIKAT.flatMap((t) => t.anakTangga.flatMap((a) => a.map(kunciPredikat))),
);

/** True when `teks` is a grade of one of the ladders ("BB", "Baik", "wtp", "B aik"). */
export function adalahPredikat(teks: string): boolean {
  const kunci = kunciPredikat(teks);
  return kunci.length > 0 && SEMUA_KUNCI.has(kunci);
}

/**
 * The grade as the ladders spell it ("B aik" -> "Baik", "bb" -> "BB"); the
 * text itself, trimmed, when it is no known grade.
 */
export function namaPredikat(teks: string): string {
  const kunci = kunciPredikat(teks);
  for (const tangga of TANGGA_PREDIKAT) {
    for (const nama of tangga.anakTangga.flat()) if (kunciPredikat(nama) === kunci) return nama;
  }
  return rapikanTeks(teks);
}

/**
 * Rank of a grade on a ladder, 1 for the lowest rung; undefined when the
 * grade is not on that ladder.
 */
export function peringkatPredikat(predikat: string, tangga: TanggaPredikat): number | undefined {
  const kunci = kunciPredikat(predikat);
  const i = tangga.anakTangga.findIndex((a) => a.some((nama) => kunciPredikat(nama) === kunci));
  return i < 0 ? undefined : tangga.anakTangga.length - i;
}

/**
 * The ladder on which both grades stand: the one asked for when given, else
 * the first in {@link TANGGA_PREDIKAT} order ("A" against "B" is read as
 * SAKIP; "B" against "Baik" as mutu pelayanan).
 */
export function cariTangga(a: string, b: string, pilihan?: KodeTangga): TanggaPredikat | undefined {
  const calon = pilihan ? TANGGA_PREDIKAT.filter((t) => t.kode === pilihan) : TANGGA_PREDIKAT;
  return calon.find(
    (t) => peringkatPredikat(a, t) !== undefined && peringkatPredikat(b, t) !== undefined,
  );
}
