/**
 * The BAB III model: what the chapter says, independent of where it goes
 * (.docx, HTML for the clipboard, a worksheet). Numbers are kept as numbers
 * with the way they are to be shown, so every output formats them the same.
 */

/** A cell of a report table. */
export interface SelLaporan {
  teks: string;
  /** The number behind the text, for outputs that keep numbers (a worksheet). */
  nilai?: number;
  /** Its number format there (en-US codes). */
  format?: string;
  /** Numbers are right-aligned. */
  angka?: boolean;
  /** Spans for merged group headers. */
  lebar?: number;
  tinggi?: number;
  tebal?: boolean;
}

export interface TabelLaporan {
  /** "3.1" */
  nomor: string;
  judul: string;
  /** Header rows (merged group headers use lebar / tinggi). */
  kepala: SelLaporan[][];
  baris: SelLaporan[][];
  /** Relative column widths. */
  lebarKolom: number[];
}

export type BlokBab =
  | { jenis: 'judul'; tingkat: 1 | 2 | 3; teks: string }
  /** `isian`: a placeholder the user must fill in (shown highlighted). */
  | { jenis: 'paragraf'; teks: string; isian?: boolean }
  | { jenis: 'tabel'; tabel: TabelLaporan };

export interface BabTiga {
  judul: string;
  instansi?: string;
  tahun?: number;
  blok: BlokBab[];
}
