import type { HasilAngka } from '../domain/angka';
import type { Polaritas } from '../domain/capaian';
import type { NilaiGrid } from './grid';
import type { Periode } from './periode';
import type { PeranKolom } from './peran';

/** The seven layouts of DOMAIN.md section 7, plus a kategori scale table. */
export type JenisTabel =
  | 'indikator'
  | 'multi-tahun'
  | 'renstra'
  | 'anggaran'
  | 'sasaran-program'
  | 'efisiensi'
  | 'ikm'
  | 'skala'
  /** Kinerja and Rupiah side by side per group: the Permendagri 86 Renja evaluation form. */
  | 'renja';

/** Level of a row in its table. */
export type Tingkat =
  | 'urusan'
  | 'organisasi'
  | 'rekening'
  | 'sasaran'
  | 'indikator'
  | 'sub-indikator'
  | 'program'
  | 'kegiatan'
  | 'sub-kegiatan'
  | 'unsur'
  | 'kelas'
  | 'total';

/** Columns Capaian writes and owns, recognised again by their header. */
export type KolomMilik =
  | 'capaian'
  | 'kategori'
  | 'serapan'
  | 'sisa'
  | 'efisiensi'
  | 'perubahan'
  | 'arah'
  | 'capaianTargetAkhir'
  | 'serapanKas'
  | 'ikm'
  | 'mutu';

/** A column of a recognised table. */
export interface KolomTabel {
  /** Sheet column (1-based). */
  kolom: number;
  peran: PeranKolom;
  /** The header text, all header rows joined. */
  judul: string;
  /** The header cells of the column, top to bottom (group headers spread over their columns). */
  jalur?: string[];
  /** The column block it belongs to: its header path above its own cell ("Total", "Operasi"). */
  blok?: string;
  /** A percentage column that holds fractions (0,906 for 90,6 %): read times 100. */
  pecahan?: boolean;
  /** The reporting period the column is about ("TW II", "s.d. Juni"). */
  periode?: Periode;
  tahun?: number;
  /** Set when the column is one Capaian wrote. */
  milik?: KolomMilik;
}

/** A cell of a row, read. */
export interface SelTabel {
  baris: number;
  kolom: number;
  mentah: NilaiGrid;
  angka: HasilAngka;
  format?: string;
  rumus?: string;
}

/** Cells of one year of a multi-year row. */
export type SelTahun = Partial<Record<'target' | 'realisasi' | 'capaian', SelTabel>>;

/** A data row of a table. */
export interface BarisTabel {
  /** Sheet row (1-based). */
  baris: number;
  tingkat: Tingkat;
  /** For total rows: a sum ("Jumlah") or a mean ("Rata-rata"). */
  jenisTotal?: 'jumlah' | 'rata-rata';
  /** A total row with no label: recognised because it is the sum of the rows it closes. */
  tanpaLabel?: boolean;
  /** For sum rows of budget tables: indices in {@link Tabel.baris} of the rows it sums. */
  jumlahDari?: number[];
  kode?: string;
  /** The codes of every kode column of the row, "kolom:kode" joined by "|" (only when there are several). */
  kodeLengkap?: string;
  no?: string;
  uraian: string;
  /** The indicator of a program, kegiatan or sub kegiatan row (Renja evaluation forms). */
  indikator?: string;
  satuan?: string;
  /** The sasaran the row belongs to (indicator tables, sasaran-program tables). */
  sasaran?: string;
  program?: string;
  kegiatan?: string;
  /** Index in {@link Tabel.baris} of the parent row, when it is a row of the table. */
  induk?: number;
  /** Cells by role, for the current year. */
  sel: Partial<Record<PeranKolom, SelTabel>>;
  /** Cells per year (multi-year and Renstra tables). */
  perTahun: Record<number, SelTahun>;
  /** Cells per reporting period (quarter, month), by the period's number. */
  perPeriode?: Record<number, Partial<Record<PeranKolom, SelTabel>>>;
  /** Polarity stated in a column of the row. */
  polaritas?: Polaritas;
  /** The name looks like a lower-is-better indicator but no column says so. */
  saranNegatif?: boolean;
  /** Rows whose text continued this row's text. */
  lanjutan?: number[];
}

/**
 * How sure the reading of a table is. A role read from a column's content
 * rather than its header, a column block chosen without arithmetic to show it,
 * a hierarchy whose parents do not add up: each is a guess, named here. An
 * error found on a guessed reading is reported as a warning.
 */
export interface Keyakinan {
  pasti: boolean;
  /** What was guessed, in words for the user. */
  tebakan: string[];
}

/** A recognised table. */
export interface Tabel {
  /** "Sheet1!A5:H20". */
  id: string;
  sheet: string;
  jenis: JenisTabel;
  /** Title found above the header ("Tabel 3.4 Perbandingan ..."). */
  judul?: string;
  barisJudulAwal: number;
  barisJudulAkhir: number;
  barisAkhir: number;
  /** On a hidden sheet: computed like any other, and the user is told. */
  lembarTersembunyi?: boolean;
  kolomAwal: number;
  kolomAkhir: number;
  kolom: KolomTabel[];
  baris: BarisTabel[];
  /** Reporting year: the latest year in the headers or the title. */
  tahun?: number;
  /** Rows inside the table that are not data: column numbers, repeated headers, notes. */
  dilewati: number[];
  keyakinan?: Keyakinan;
}
