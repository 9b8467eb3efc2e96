import { SKALA } from '../domain/kategori';
import type { Pengaturan } from '../engine/pengaturan';
import type { MetodePeriode, SetelanPeriode } from '../engine/periode';

/**
 * The settings kept in a workbook, read back. They travel with the file and
 * may come from an older Capaian or be edited by hand, so each field is
 * taken only when it holds a value this version knows; anything else is
 * left to its default (which the pane and the report name), never passed on
 * to compute with.
 */

const METODE_PERIODE: readonly MetodePeriode[] = ['kumulatif', 'nilai-akhir', 'rata-rata'];

type Pilihan = Partial<Record<keyof Pengaturan, readonly unknown[]>>;
const PILIHAN: Pilihan = {
  pembulatan: ['setengah-atas', 'potong'],
  rumusNegatif: ['2t-r', 't/r'],
  efisiensi: ['selisih', 'pita5', 'rasio'],
  mode: ['rumus', 'nilai'],
  rataRataSasaran: ['biasa', 'kelompok'],
};

const objek = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The entries of a record whose values are among `boleh`. */
function saring<T>(x: unknown, boleh: readonly T[]): Record<string, T> {
  if (!objek(x)) return {};
  return Object.fromEntries(Object.entries(x).filter(([, v]) => boleh.includes(v as T))) as Record<
    string,
    T
  >;
}

function setelanPeriode(x: unknown): SetelanPeriode | undefined {
  if (!objek(x)) return undefined;
  const s: SetelanPeriode = {
    lembar: saring(x.lembar, METODE_PERIODE),
    indikator: saring(x.indikator, METODE_PERIODE),
  };
  if (METODE_PERIODE.includes(x.semua as MetodePeriode)) s.semua = x.semua as MetodePeriode;
  return s;
}

function skala(x: unknown): Pengaturan['skala'] | undefined {
  if (typeof x === 'string') return x in SKALA ? (x as keyof typeof SKALA) : undefined;
  if (objek(x) && typeof x.nama === 'string' && Array.isArray(x.kelas) && x.kelas.length > 0)
    return x as unknown as Pengaturan['skala'];
  return undefined;
}

/** The known, valid fields of settings parsed from JSON. */
export function bersihkanPengaturan(x: unknown): Partial<Pengaturan> {
  if (!objek(x)) return {};
  const p: Partial<Pengaturan> = {};
  const tulis = p as Record<string, unknown>;
  for (const [k, boleh] of Object.entries(PILIHAN)) if (boleh.includes(x[k])) tulis[k] = x[k];
  const s = skala(x.skala);
  if (s !== undefined) p.skala = s;
  if (x.batas === null || (typeof x.batas === 'number' && x.batas > 0)) p.batas = x.batas;
  if (typeof x.bobotIkm === 'number' && x.bobotIkm > 0) p.bobotIkm = x.bobotIkm;
  if (x.polaritas !== undefined) p.polaritas = saring(x.polaritas, ['positif', 'negatif'] as const);
  const m = setelanPeriode(x.metodePeriode);
  if (m) p.metodePeriode = m;
  return p;
}
