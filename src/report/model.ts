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
  /** Numbers are right-aligned and never wrapped. */
  angka?: boolean;
  /** Columns spanned (merged group headers). */
  lebar?: number;
  /**
   * Rows spanned: merged header cells, and in the body a cell shared by the
   * rows below it (a sasaran over its indicators). The rows it covers leave
   * that cell out.
   */
  tinggi?: number;
  tebal?: boolean;
  /** Indentation level of a name in a hierarchy (kegiatan under its program). */
  menjorok?: number;
}

export interface TabelLaporan {
  /** "3.1" */
  nomor: string;
  judul: string;
  /** Header rows (merged group headers use lebar / tinggi). */
  kepala: SelLaporan[][];
  baris: SelLaporan[][];
  /** Where the figures come from, printed under the table ("Sumber: ..."). */
  sumber?: string;
}

/** A chart as real chapters show them: capaian per indicator, a multi-year trend, pagu and realisasi per program. */
export interface GrafikLaporan {
  /** "3.1" */
  nomor: string;
  judul: string;
  /** kolom: vertical bars; batang: horizontal bars (long category names); garis: a line over years. */
  jenis: 'kolom' | 'batang' | 'garis';
  kategori: string[];
  seri: { nama: string; nilai: (number | null)[] }[];
  /** How the values read: percentages, Rupiah, or plain numbers. */
  satuan: 'persen' | 'rupiah' | 'angka';
}

export type BlokBab =
  | { jenis: 'judul'; tingkat: 1 | 2 | 3 | 4; teks: string }
  /** `isian`: a placeholder the user must fill in (shown highlighted). */
  | { jenis: 'paragraf'; teks: string; isian?: boolean }
  | { jenis: 'tabel'; tabel: TabelLaporan }
  | { jenis: 'grafik'; grafik: GrafikLaporan };

export interface BabTiga {
  judul: string;
  instansi?: string;
  tahun?: number;
  blok: BlokBab[];
}
