import type { BarisTabel, KolomMilik, SelTabel, Tabel } from '../sheet/model';
import type { HasilBaris, Temuan } from './hasil';
import { rataRata } from '../domain/agregasi';
import { formatPersen, type HasilAngka } from '../domain/angka';
import { type Polaritas } from '../domain/capaian';
import { type Skala } from '../domain/kategori';
import { bulatkan } from '../domain/pembulatan';
import { kunciTeks } from '../domain/teks';
import { alamat } from '../sheet/grid';
import { JUDUL_MILIK } from '../sheet/milik';
import { type Pengaturan } from './pengaturan';
import { type KolomKeluaran, type SelKeluaran } from './tata-letak';
import { type Acuan } from './rumus-excel';

/** Shared by the table computations: the run context, reading cells, cells to write. */

export interface Konteks {
  pengaturan: Pengaturan;
  skala: Skala;
  temuan: Temuan[];
  /** Polarity stated for an indicator in any table of the workbook, by name key. */
  polaritasBuku: Map<string, Polaritas>;
  /** Mean capaian per program key, from indicator tables that name programs. */
  capaianProgram: Map<string, number[]>;
  capaianSasaran: Map<string, number>;
}

export function adalahAnggaran(t: Tabel): boolean {
  return t.jenis === 'anggaran' || t.jenis === 'sasaran-program' || t.jenis === 'efisiensi';
}

export function nilaiSel(s: SelTabel | undefined): number | string | undefined {
  if (!s) return undefined;
  const a = s.angka;
  if (a.nilai !== undefined) return a.nilai;
  if (a.predikat) return a.predikat;
  if (a.rentang) return `${a.rentang.bawah}-${a.rentang.atas}`;
  return undefined;
}

export function angka(s: SelTabel | undefined): number | undefined {
  return s?.angka.nilai;
}

/** Can a formula reference this cell and get what the engine reads? */
export function bisaDirumus(s: SelTabel | undefined): boolean {
  if (!s) return false;
  const a: HasilAngka = s.angka;
  if (typeof s.mentah === 'number') return a.jenis === 'angka';
  return a.jenis === 'kosong' || a.jenis === 'tertunda' || a.jenis === 'galat';
}

export function ref(s: SelTabel): Acuan {
  return {
    alamat: alamat(s.baris, s.kolom),
    persen: formatPersen(s.format, typeof s.mentah === 'number' ? s.mentah : 1),
  };
}

export const FORMAT_PERSEN = '0.00';
export const FORMAT_RUPIAH = '#,##0';
// Longest SUM(...) of a roll-up row: it stands up to three times in a formula, and Excel's limit is 8 192 characters.
export const PANJANG_JUMLAH = 1500;

export function kolomBaru(
  milik: KolomMilik,
  judul = JUDUL_MILIK[milik],
  format?: string,
): KolomKeluaran {
  return { milik, judul, format, sel: new Map() };
}

export function selNilai(
  nilai: number | string | undefined,
  format?: string,
  catatan?: string,
): SelKeluaran {
  const s: SelKeluaran = { nilai: nilai === undefined ? '' : nilai };
  if (format) s.format = format;
  if (catatan) s.catatan = catatan;
  return s;
}

export function polaritasBaris(
  b: BarisTabel,
  k: Konteks,
): { polaritas: Polaritas; dari: HasilBaris['polaritasDari'] } {
  const kunci = kunciTeks(b.uraian);
  const setelan = k.pengaturan.polaritas[kunci];
  if (setelan) return { polaritas: setelan, dari: 'pengaturan' };
  if (b.polaritas) return { polaritas: b.polaritas, dari: 'kolom' };
  const buku = k.polaritasBuku.get(kunci);
  if (buku) return { polaritas: buku, dari: 'buku' };
  return { polaritas: 'positif', dari: 'bawaan' };
}

/**
 * The values the written cells will show. With truncation the formulas cut
 * each percentage to two decimals and means average the cut values (as the
 * reports do), so the plan's expected results follow the same steps; the
 * engine's own values stay at full precision.
 */
export function penampil(cara: Pengaturan['pembulatan']) {
  const tampil = (v: number | undefined) =>
    v === undefined || cara !== 'potong' ? v : bulatkan(v, 2, 'potong');
  return {
    tampil,
    rerataTampil: (nilai: (number | undefined)[]) => tampil(rataRata(nilai.map(tampil)).nilai),
    selisihTampil: (a: number, b: number) =>
      cara === 'potong' ? (tampil(a) as number) - (tampil(b) as number) : a - b,
  };
}

export function kolomMilik(tabel: Tabel, kolom: number): boolean {
  return tabel.kolom.some((k) => k.kolom === kolom && k.milik !== undefined);
}
