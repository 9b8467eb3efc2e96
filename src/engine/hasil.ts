import type { MetodePeriode } from './periode';
import type { ArahPerubahan } from '../domain/agregasi';
import type { Polaritas } from '../domain/capaian';
import type { LabelEfisiensi, MetodeEfisiensi } from '../domain/efisiensi';
import type { Skala } from '../domain/kategori';
import type { JenisTabel, Tabel, Tingkat } from '../sheet/model';
import type { Pengaturan } from './pengaturan';
import type { RencanaEdit } from './rencana';

/** Budget figures, of a row or a whole table. */
export interface AngkaAnggaran {
  paguMurni?: number;
  pagu?: number;
  realisasiAnggaran?: number;
  serapan?: number;
  sisa?: number;
  fisik?: number;
  /** Anggaran kas (AKAS, RAK) up to the reporting month or quarter, and realisasi against it. */
  anggaranKas?: number;
  serapanKas?: number;
}

/** An IKM survey's result, of a row or a whole table. */
export interface AngkaIkm {
  nrr?: number;
  ikm?: number;
  mutu?: string;
}

/** Computed values of one row (numbers unrounded). */
export interface HasilBaris extends AngkaAnggaran, AngkaIkm {
  /** The indicator of a program or kegiatan row (Renja evaluation forms). */
  indikator?: string;
  /** Quarterly or monthly figures combined up to the latest period, and how. */
  periode?: {
    metode: MetodePeriode;
    metodeDari: 'pengaturan' | 'lembar' | 'target' | 'satuan';
    sampai: string;
    /** The number of the latest period (2 for TW II). */
    ke: number;
    targetDari: 'periode' | 'tahunan';
    /** The year's target, when the table states it or every period's target. */
    targetTahunan?: number;
    per: Record<string, { target?: number; realisasi?: number }>;
  };
  baris: number;
  tingkat: Tingkat;
  kode?: string;
  uraian: string;
  satuan?: string;
  sasaran?: string;
  program?: string;
  polaritas?: Polaritas;
  /** Where the polarity came from: the user's setting, the row's column, another table of the workbook, or the default. */
  polaritasDari?: 'pengaturan' | 'kolom' | 'buku' | 'bawaan';
  /** The name suggests a negatif indicator computed as positif. */
  saranNegatif?: boolean;
  target?: number | string;
  realisasi?: number | string;
  capaian?: number;
  capaianTanpaBatas?: number;
  kategori?: string;
  alasan?: string;
  /** The computation in words ("80 / 76 x 100 = 105,26"). */
  rumus?: string;
  tahun?: Record<
    string,
    { target?: number | string; realisasi?: number | string; capaian?: number }
  >;
  targetAkhir?: number | string;
  capaianTargetAkhir?: number;
  perubahan?: { poin: number; arah: ArahPerubahan };
  efisiensi?: number;
  labelEfisiensi?: LabelEfisiensi;
  /** A budget row's realisasi per quarter or month: each period, and up to it against pagu and cash plan. */
  anggaranPeriode?: {
    sampai: string;
    ke: number;
    per: Record<
      string,
      {
        realisasi?: number;
        realisasiKumulatif: number;
        serapanKumulatif?: number;
        anggaranKas?: number;
        serapanKas?: number;
      }
    >;
  };
  /** Values the user wrote in their own capaian / kategori / % / sisa columns. */
  tertulis?: {
    capaian?: number;
    kategori?: string;
    serapan?: number;
    sisa?: number;
    arah?: string;
    serapanKas?: number;
  };
}

/** A sasaran's mean, for tables whose sasaran is a column. */
export interface RingkasanSasaran {
  sasaran: string;
  capaian?: number;
  kategori?: string;
  jumlahIndikator: number;
  efisiensi?: number;
  labelEfisiensi?: LabelEfisiensi;
  serapan?: number;
}

/**
 * A program's budget in a budget table: its own row, or, where the table names
 * programs in a column of their own without program rows, the sum of the rows
 * that name it. Efisiensi when an indicator table gives the program's capaian.
 */
export interface RingkasanProgram {
  program: string;
  /** Sheet row of the program's row, or of the first row that names it. */
  baris: number;
  paguMurni?: number;
  pagu?: number;
  realisasiAnggaran?: number;
  serapan?: number;
  sisa?: number;
  jumlahKegiatan: number;
  jumlahSubKegiatan: number;
  capaian?: number;
  efisiensi?: number;
  labelEfisiensi?: LabelEfisiensi;
}

export interface RingkasanTabel extends AngkaAnggaran, AngkaIkm {
  capaian?: number;
  kategori?: string;
  jumlahPerKategori?: Record<string, number>;
  perSasaran?: RingkasanSasaran[];
  perProgram?: RingkasanProgram[];
  /** The period the anggaran kas runs to ("s.d. Juni"), when its header says. */
  sampaiKas?: string;
  /** Realisasi of the rows that have an anggaran kas (what serapanKas divides). */
  realisasiKas?: number;
}

export interface HasilTabel {
  tabel: Tabel;
  jenis: JenisTabel;
  baris: HasilBaris[];
  ringkasan: RingkasanTabel;
}

/** A finding: a number in the workbook that does not add up. */
export interface Temuan {
  sheet: string;
  sel: string;
  kode: string;
  tingkat: 'error' | 'warning' | 'info';
  tertulis?: number | string;
  seharusnya?: number | string;
  pesan: string;
}

export interface RingkasanEfisiensi {
  capaian?: number;
  serapan?: number;
  efisiensi?: number;
  label?: LabelEfisiensi;
  metode: MetodeEfisiensi;
}

/** Everything a run produces. */
export interface HasilBuku {
  pengaturan: Pengaturan;
  skala: Skala;
  /** Where the scale came from: the user's choice, the workbook's labels, or the default. */
  skalaDari: 'pengaturan' | 'buku' | 'bawaan';
  tabel: HasilTabel[];
  efisiensi: RingkasanEfisiensi;
  temuan: Temuan[];
  rencana: RencanaEdit;
}
