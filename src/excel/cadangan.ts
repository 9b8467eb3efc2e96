import { hurufKolom } from '../sheet/grid';
import type { KonteksExcel, LembarExcel, NilaiSelExcel } from './api';

/**
 * The undo record of one run ("Batalkan"): where the run wrote, what it
 * wrote and what was there. It travels with the workbook, whatever its
 * size: its JSON lies in column A of a very hidden sheet (with the looks the
 * run replaced, from column C), and a small header in the workbook settings
 * names the run, its sheets and its time. Columns are stored as runs of equal
 * cells, formulas with their own row number taken out, so a column of
 * filled-down formulas costs a few bytes.
 */

/** A column as runs: [cell, how many]; in a formula, \u0001 stands for the cell's row. */
export type Deret = [NilaiSelExcel, number][];

export interface BlokCadangan {
  sheet: string;
  baris: number;
  kolom: number;
  tinggi: number;
  /** Per column: what the run wrote (null: left untouched), what was there, its number format. */
  ditulis: Deret[];
  lama: Deret[];
  format: Deret[];
}

export interface AturanCadangan {
  rumus: string;
  warna: string;
}

export interface Cadangan {
  versi: 2;
  id: string;
  waktu: string;
  lembar: string[];
  jumlahSel: number;
  sel: BlokCadangan[];
  /** Header cells the run merged. */
  gabung: { sheet: string; alamat: string }[];
  /** Kategori colour ranges: the rules of an earlier run removed before writing come back on undo. */
  warna: { sheet: string; alamat: string; kolom: number; dihapus: AturanCadangan[] }[];
  /** Looks of cells that took a neighbour's look, kept on the backup sheet. */
  gaya?: { sheet: string; alamat: string; dari: string }[];
  /** Column widths set by the run, in points. */
  lebar?: { sheet: string; kolom: number; lama: number; baru: number }[];
  /** Notes the run wrote: `lama` undefined when the cell had none. */
  catatan?: { sheet: string; alamat: string; lama?: string; baru: string }[];
  /** Notes the host could not write (no ExcelApi 1.18). */
  catatanTakTertulis?: number;
  /** Whether the record is kept in the workbook (else Batalkan works only from memory). */
  disimpan: boolean;
}

/** A very hidden sheet holding the undo record and the looks that "Batalkan" puts back. */
export const LEMBAR_CADANGAN = 'Capaian Cadangan';
export const KUNCI_CADANGAN = 'capaian.cadangan';
/** Characters per cell of the record (a cell holds at most 32,767). */
const POTONG = 30_000;
const BARIS = '\u0001';
const MENTAH = '\u0002';

/** A cell's text with its own row number taken out of cell references, when that is lossless. */
function templat(v: NilaiSelExcel, baris: number): NilaiSelExcel {
  if (typeof v !== 'string') return v;
  if (v.includes(BARIS) || v.startsWith(MENTAH)) return MENTAH + v;
  if (!v.startsWith('=')) return v;
  return v.replace(/(\$?[A-Z]{1,3}\$?)(\d+)(?!\d)/g, (m, k, b) =>
    b === String(baris) ? `${k}${BARIS}` : m,
  );
}

function isi(v: NilaiSelExcel, baris: number): NilaiSelExcel {
  if (typeof v !== 'string') return v;
  if (v.startsWith(MENTAH)) return v.slice(1);
  return v.includes(BARIS) ? v.split(BARIS).join(String(baris)) : v;
}

/** A column (top row `baris`) as runs. */
export function kodekan(kolom: NilaiSelExcel[], baris: number): Deret {
  const d: Deret = [];
  kolom.forEach((v, i) => {
    const t = templat(v, baris + i);
    const akhir = d[d.length - 1];
    if (akhir && akhir[0] === t) akhir[1]++;
    else d.push([t, 1]);
  });
  return d;
}

export function urai(d: Deret, baris: number): NilaiSelExcel[] {
  const hasil: NilaiSelExcel[] = [];
  for (const [t, n] of d) for (let i = 0; i < n; i++) hasil.push(isi(t, baris + hasil.length));
  return hasil;
}

/** The columns of a 2-D array. */
export function kolomDari<T>(data: T[][], lebar: number): T[][] {
  return Array.from({ length: lebar }, (_, j) => data.map((r) => r[j]));
}

export function kutip(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The record's cells for column A of the backup sheet: its id first, then the JSON in pieces. */
export function selCadangan(c: Cadangan): string[] {
  const teks = JSON.stringify(c);
  const potongan = [`x${c.id}`];
  // "x" keeps Excel from reading a piece as a formula, a number or a date.
  for (let i = 0; i < teks.length; i += POTONG) potongan.push(`x${teks.slice(i, i + POTONG)}`);
  return potongan;
}

/** The small header kept in the settings, naming the run. */
export interface KepalaCadangan {
  id: string;
  waktu: string;
  lembar: string[];
  jumlahSel: number;
  /** Cells of column A holding the record. */
  potongan: number;
}

export function kepalaDari(c: Cadangan): KepalaCadangan {
  return {
    id: c.id,
    waktu: c.waktu,
    lembar: c.lembar,
    jumlahSel: c.jumlahSel,
    potongan: selCadangan(c).length,
  };
}

/** Queue the record's pieces into column A, each request under `batas`; `kirim` syncs between them. */
export async function tulisPotongan(
  cad: LembarExcel,
  c: Cadangan,
  batas: number,
  kirim: (ukuran: number) => Promise<void>,
): Promise<void> {
  const sel = selCadangan(c);
  let i = 0;
  while (i < sel.length) {
    let ukuran = 0;
    let j = i;
    while (j < sel.length && (j === i || ukuran + sel[j].length < batas * 0.9))
      ukuran += sel[j++].length + 8;
    cad.getRangeByIndexes(i, 0, j - i, 1).values = sel.slice(i, j).map((s) => [s]);
    i = j;
    await kirim(ukuran);
  }
}

/** The header of the last run's record, if any. */
export async function bacaKepala(ctx: KonteksExcel): Promise<KepalaCadangan | undefined> {
  const s = ctx.workbook.settings.getItemOrNullObject(KUNCI_CADANGAN);
  s.load('value');
  await ctx.sync();
  if (s.isNullObject || typeof s.value !== 'string' || s.value === '') return undefined;
  try {
    const k = JSON.parse(s.value) as Partial<KepalaCadangan>;
    return typeof k.id === 'string' && typeof k.potongan === 'number'
      ? (k as KepalaCadangan)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The record from its cells, or undefined when they do not belong to `id`. */
export function cadanganDari(sel: NilaiSelExcel[], id: string): Cadangan | undefined {
  if (sel[0] !== `x${id}`) return undefined;
  try {
    const c = JSON.parse(
      sel
        .slice(1)
        .map((s) => String(s).slice(1))
        .join(''),
    ) as Cadangan;
    return c.versi === 2 && c.id === id ? c : undefined;
  } catch {
    return undefined;
  }
}

/** A kategori colour rule as the add-in writes it: `=$K8="Sangat Tinggi"` on its own column. */
export function aturanKita(rumus: string, kolom: number): boolean {
  const m = /^=\$([A-Z]+)\$?\d+="(?:[^"]|"")*"$/.exec(rumus);
  return m?.[1] === hurufKolom(kolom);
}

/** Runs [from, to) of rows where `ya` holds. */
export function deretBaris(n: number, ya: (i: number) => boolean): [number, number][] {
  const hasil: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!ya(i)) continue;
    const awal = i;
    while (i + 1 < n && ya(i + 1)) i++;
    hasil.push([awal, i + 1]);
  }
  return hasil;
}
