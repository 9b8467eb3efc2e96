import { alamat, nomorKolom } from '../sheet/grid';
import type { Polaritas, RumusNegatif } from '../domain/capaian';
import type { Skala } from '../domain/kategori';
import type { CaraPembulatan } from '../domain/pembulatan';

/**
 * Excel formulas (en-US, as `range.formulas` and the file format take them)
 * that compute what the domain functions compute, so the sheet recalculates
 * when the user edits a number. Empty cells and pending markers give "",
 * never 0, like the engine.
 */

/** A cell a formula reads; a percent-formatted cell holds 0,88 for 88. */
export interface Acuan {
  alamat: string;
  persen: boolean;
}

function nilaiAcuan(a: Acuan): string {
  return a.persen ? `(${a.alamat}*100)` : a.alamat;
}

function tampilan(x: string, cara: CaraPembulatan): string {
  return cara === 'potong' ? `ROUNDDOWN(${x},2)` : x;
}

function batasi(x: string, batas: number | null): string {
  return batas === null ? x : `MIN(${batas},${x})`;
}

/** Body (without "=") of the capaian formula for target cell t and realisasi cell r. */
export function badanCapaian(
  t: Acuan,
  r: Acuan,
  opsi: {
    polaritas: Polaritas;
    rumusNegatif: RumusNegatif;
    batas: number | null;
    cara: CaraPembulatan;
  },
): string {
  const T = nilaiAcuan(t);
  const R = nilaiAcuan(r);
  let rasio: string;
  if (opsi.polaritas === 'positif') rasio = `${R}/${T}*100`;
  else if (opsi.rumusNegatif === 't/r') rasio = `IF(${R}<=0,200,${T}/${R}*100)`;
  else rasio = `MAX(0,(2*${T}-${R})/${T}*100)`;
  const nilai = tampilan(batasi(rasio, opsi.batas), opsi.cara);
  return `IF(AND(ISNUMBER(${t.alamat}),ISNUMBER(${r.alamat})),IF(${t.alamat}=0,IF(${r.alamat}=0,100,""),IF(${t.alamat}<0,"",${nilai})),"")`;
}

/** Mean of capaian cells, "" when none has a value (AVERAGE skips text). */
export function rumusRataRata(sel: string[], cara: CaraPembulatan): string {
  return `=IFERROR(${tampilan(`AVERAGE(${gabungAcuan(sel)})`, cara)},"")`;
}

/** A cell by its sheet row and column (1-based). */
export interface Titik {
  baris: number;
  kolom: number;
}

/** Cells as formula arguments, runs down one column or along one row as ranges: "H5:H8,H10,D5:G5". */
export function gabungAcuan(sel: string[]): string {
  const titik: Titik[] = [];
  for (const s of sel) {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) return sel.join(',');
    titik.push({ baris: Number(m[2]), kolom: nomorKolom(m[1]) });
  }
  return gabungTitik(titik);
}

/** {@link gabungAcuan} of cells given by number: a roll-up of thousands of rows parses no text. */
export function gabungTitik(sel: readonly Titik[]): string {
  // The step from one cell to the next: down the same column (1), right along the same row (2), or none.
  const langkah = (a: Titik, b: Titik) => {
    if (a.kolom === b.kolom) return b.baris === a.baris + 1 ? 1 : 0;
    return a.baris === b.baris && b.kolom === a.kolom + 1 ? 2 : 0;
  };
  const bagian: string[] = [];
  let awal = 0;
  let arah = 0;
  for (let i = 1; i <= sel.length; i++) {
    const l = i < sel.length ? langkah(sel[i - 1], sel[i]) : 0;
    if (l && (i - 1 === awal || l === arah)) {
      arah = l;
      continue;
    }
    const a = alamat(sel[awal].baris, sel[awal].kolom);
    bagian.push(i - 1 > awal ? `${a}:${alamat(sel[i - 1].baris, sel[i - 1].kolom)}` : a);
    awal = i;
    arah = 0;
  }
  return bagian.join(',');
}

/** Kategori of the capaian in cell C, following the scale. */
export function rumusKategori(C: string, skala: Skala): string {
  const kelas = skala.kelas.filter((k) => k.dari !== null);
  const bawah = skala.kelas.find((k) => k.dari === null) ?? skala.kelas[skala.kelas.length - 1];
  let isi = `"${bawah.label.replace(/"/g, '""')}"`;
  for (let i = kelas.length - 1; i >= 0; i--) {
    const k = kelas[i];
    if (k === bawah) continue;
    isi = `IF(${C}${k.dariInklusif ? '>=' : '>'}${k.dari},"${k.label.replace(/"/g, '""')}",${isi})`;
  }
  return `=IF(ISNUMBER(${C}),${isi},"")`;
}

/**
 * A formula's text in one flat string. Written once per row of a 50 000-row
 * DPA: joined at once, it is not a chain of partial strings that the limit
 * check and the writer then flatten.
 */
function rata(bagian: string[]): string {
  return bagian.join('');
}

/** Serapan = realisasi / pagu x 100; empty realisasi counts as nothing spent. */
export function rumusSerapan(P: string, R: string, cara: CaraPembulatan): string {
  const hasil = rata(['N(', R, ')/', P, '*100']);
  return rata(['=IF(ISNUMBER(', P, '),IF(', P, '=0,"",', tampilan(hasil, cara), '),"")']);
}

/** Sisa = pagu - realisasi. */
export function rumusSisa(P: string, R: string): string {
  return rata(['=IF(ISNUMBER(', P, '),', P, '-N(', R, '),"")']);
}

/** Change in points between this year's capaian cell and last year's capaian expression. */
export function rumusPerubahan(sekarang: string, badanLalu: string): string {
  return `=IFERROR(${sekarang}-(${badanLalu}),"")`;
}

/** Meningkat / Menurun / Tetap from a change cell (equal at two decimals is Tetap). */
export function rumusArah(P: string): string {
  return `=IF(ISNUMBER(${P}),IF(ABS(${P})<0.005,"Tetap",IF(${P}>0,"Meningkat","Menurun")),"")`;
}

/** SUM of cells, for a parent whose own cell is empty. */
export function rumusJumlah(sel: readonly Titik[]): string {
  return `SUM(${gabungTitik(sel)})`;
}

function kurungBuka(teks: string): number {
  let n = 0;
  for (let i = 0; i < teks.length; i++) if (teks.charCodeAt(i) === 40) n++;
  return n;
}

/** Excel's limits on a formula: its length, the nesting of its functions, one text in it. */
export const BATAS_RUMUS = { panjang: 8192, sarang: 64, teks: 255 } as const;

/**
 * Why Excel would refuse the formula (its file would need repair), or
 * undefined: longer than 8 192 characters, functions nested deeper than 64,
 * or a text in quotes longer than 255 characters (a long kategori label).
 */
export function melampauiBatasRumus(rumus: string): string | undefined {
  const badan = rumus.charCodeAt(0) === 61 ? rumus.slice(1) : rumus;
  // A short formula with few parentheses is within every limit (the engine writes one per row).
  if (badan.length <= BATAS_RUMUS.teks + 2 && kurungBuka(badan) <= BATAS_RUMUS.sarang)
    return undefined;
  if (badan.length > BATAS_RUMUS.panjang)
    return `rumusnya ${badan.length} karakter, Excel menerima paling banyak ${BATAS_RUMUS.panjang}`;
  let dalam = 0;
  let tertinggi = 0;
  for (let i = 0; i < badan.length; i++) {
    const c = badan[i];
    if (c === '"') {
      let j = i + 1;
      while (j < badan.length && (badan[j] !== '"' || badan[j + 1] === '"'))
        j += badan[j] === '"' ? 2 : 1;
      const panjang = badan.slice(i + 1, j).replace(/""/g, '"').length;
      if (panjang > BATAS_RUMUS.teks)
        return `teks di dalam rumus ${panjang} karakter, Excel menerima paling banyak ${BATAS_RUMUS.teks}`;
      i = j;
    } else if (c === '(') tertinggi = Math.max(tertinggi, ++dalam);
    else if (c === ')') dalam--;
  }
  // Parentheses count every function and grouping; Excel's limit is on functions, so this is stricter.
  if (tertinggi > BATAS_RUMUS.sarang)
    return `rumusnya bersarang ${tertinggi} tingkat, Excel menerima paling banyak ${BATAS_RUMUS.sarang}`;
  return undefined;
}
