import { terbesar } from '../domain/agregasi';
import { alamatRentang } from '../sheet/grid';

/**
 * The edit plan: what to write where. The adapters apply it in as few calls
 * as possible; tests assert on it.
 */

/**
 * How every note Capaian writes begins: a note that does not is the user's,
 * and the writers keep it (they never delete a user's note without a word).
 */
export const AWALAN_CATATAN = 'Nilai dari Capaian';

/** One cell to write. */
export interface SelEdit {
  /** The value, or the formula's expected result when `rumus` is set; null clears the cell. */
  nilai: number | string | null;
  /** An en-US formula starting with "=". */
  rumus?: string;
  /** Number format (en-US codes). */
  format?: string;
  /** Why this cell holds a value where its column holds formulas; begins with {@link AWALAN_CATATAN}. */
  catatan?: string;
}

/** A rectangular block of cells, written as one 2-D array. */
export interface BlokEdit {
  sheet: string;
  baris: number;
  kolom: number;
  /** Rows of cells; null leaves a cell untouched. */
  sel: (SelEdit | null)[][];
  /** Copy each row's look (fill, borders, font) from this column of the same row. */
  gayaDariKolom?: number;
  /** Which owned column this is (for the UI and the tests). */
  peran: string;
}

/** Kategori colours as conditional formats over a column range. */
export interface AturanWarna {
  sheet: string;
  kolom: number;
  baris1: number;
  baris2: number;
  aturan: { label: string; warna: string }[];
}

/** A new column's header cell spanning the table's header rows. */
export interface GabungEdit {
  sheet: string;
  baris1: number;
  baris2: number;
  kolom: number;
  /** Take the look of this column's header cells. */
  gayaDariKolom: number;
}

export interface RencanaEdit {
  blok: BlokEdit[];
  warna: AturanWarna[];
  gabung: GabungEdit[];
}

/** "Sheet!H5:H20" of a block. */
export function alamatBlok(b: BlokEdit): string {
  const lebar = terbesar(
    b.sel.map((r) => r.length),
    1,
  );
  return `${b.sheet}!${alamatRentang(b.baris, b.kolom, b.baris + b.sel.length - 1, b.kolom + lebar - 1)}`;
}

/** Number of cells a plan writes (null cells excluded). */
export function jumlahSelRencana(r: RencanaEdit): number {
  return r.blok.reduce(
    (n, b) => n + b.sel.reduce((m, baris) => m + baris.filter((s) => s !== null).length, 0),
    0,
  );
}
