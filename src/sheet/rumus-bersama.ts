import { nomorKolom } from './grid';

/**
 * Sliding a formula the way Excel fills it down, to write a column of equal
 * formulas as one shared formula (what Excel itself saves): a much smaller
 * file that is quicker to write. Only formulas whose every token is
 * understood are slid; anything else is written in full.
 */

// A quoted string, a quoted sheet name, a cell reference, or a name/function.
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![0-9.])(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]*)(?![A-Za-z0-9_(])|[A-Za-z_][A-Za-z0-9_.]*/g;
// A whole-row range (4:4) would slide too; refuse it rather than parse it.
const RENTANG_BARIS = /(^|[^A-Z$0-9])\$?\d+:\$?\d+/;
// ExcelJS slides reference-like text inside strings when it reads a shared formula back.
const REF_DALAM_TEKS = /\$?[A-Za-z]{1,3}\$?[1-9]/;

/** A formula parsed for sliding: the text between its relative row numbers, and those numbers. */
interface Geser {
  teks: string[];
  baris: number[];
  ekor: string;
}

function uraiGeser(rumus: string): Geser | undefined {
  const isi = rumus.replace(/^=/, '');
  if (RENTANG_BARIS.test(isi.replace(/"(?:[^"]|"")*"/g, '""'))) return undefined;
  const teks: string[] = [];
  const baris: number[] = [];
  let dari = 0;
  for (const m of isi.matchAll(TOKEN)) {
    const [token, , kolom, dolarBaris, nomor] = m;
    const posisi = m.index ?? 0;
    if (token.startsWith('"')) {
      if (REF_DALAM_TEKS.test(token)) return undefined;
    } else if (token.startsWith("'")) {
      return undefined;
    } else if (kolom !== undefined) {
      if (nomorKolom(kolom) > 16384) return undefined;
      if (!dolarBaris) {
        const awalNomor = posisi + token.length - nomor.length;
        teks.push(isi.slice(dari, awalNomor));
        baris.push(Number(nomor));
        dari = posisi + token.length;
      }
    } else if (isi[posisi + token.length] !== '(') {
      // A name is fine only as a function name: directly followed by "(".
      return undefined;
    }
  }
  return { teks, baris, ekor: isi.slice(dari) };
}

/**
 * A function giving the formula as it reads `dBaris` rows lower, or
 * undefined when the formula holds something that is not plainly
 * references, numbers, strings and function calls (sheet-qualified
 * references, defined names, whole-row ranges). Parsed once, so that
 * checking a long column costs one string join per cell.
 */
export function penggeserRumus(rumus: string): ((dBaris: number) => string) | undefined {
  const g = uraiGeser(rumus);
  if (!g) return undefined;
  const { teks, baris, ekor } = g;
  return (dBaris) => {
    let hasil = '';
    for (let i = 0; i < teks.length; i++) hasil += teks[i] + (baris[i] + dBaris);
    return hasil + ekor;
  };
}

/** True when `rumus` (from offset `awal`) is `g` slid `d` rows down; builds no string. */
function samaDigeser(g: Geser, d: number, rumus: string, awal: number): boolean {
  let p = awal;
  for (let i = 0; i < g.teks.length; i++) {
    const t = g.teks[i];
    if (!rumus.startsWith(t, p)) return false;
    p += t.length;
    // The row number, digit by digit.
    let n = g.baris[i] + d;
    let digit = 1;
    while (digit * 10 <= n) digit *= 10;
    for (; digit >= 1; digit = Math.floor(digit / 10)) {
      const c = Math.floor(n / digit);
      if (rumus.charCodeAt(p++) !== 48 + c) return false;
      n -= c * digit;
    }
  }
  return rumus.length - p === g.ekor.length && rumus.endsWith(g.ekor);
}

const angka = (c: number) => c >= 48 && c <= 57;

/**
 * Whether `b` may be `a` slid `d` rows down, told without parsing either:
 * sliding changes only row numbers, so the text between runs of digits is
 * the same, and each run is the same number or that number plus `d`. A
 * necessary test only ({@link samaDigeser} decides); it spares parsing the
 * SUMs of a DPA's parent rows, each over its own children.
 */
function mungkinDigeser(a: string, ia: number, b: string, ib: number, d: number): boolean {
  while (ia < a.length && ib < b.length) {
    const x = a.charCodeAt(ia);
    const y = b.charCodeAt(ib);
    if (angka(x) !== angka(y)) return false;
    if (!angka(x)) {
      if (x !== y) return false;
      ia++;
      ib++;
      continue;
    }
    let na = 0;
    for (; ia < a.length && angka(a.charCodeAt(ia)); ia++) na = na * 10 + a.charCodeAt(ia) - 48;
    let nb = 0;
    for (; ib < b.length && angka(b.charCodeAt(ib)); ib++) nb = nb * 10 + b.charCodeAt(ib) - 48;
    if (nb !== na && nb !== na + d) return false;
  }
  return ia === a.length && ib === b.length;
}

/** A run's head formula parsed: slid from the column's last parsed one when it is that, else parsed. */
function uraiKepala(
  lalu: { g: Geser; i: number } | undefined,
  kepala: string,
  awal: number,
  i: number,
): Geser | undefined {
  const d = lalu ? i - lalu.i : 0;
  if (lalu && samaDigeser(lalu.g, d, kepala, awal))
    return { teks: lalu.g.teks, baris: lalu.g.baris.map((b) => b + d), ekor: lalu.g.ekor };
  return uraiGeser(kepala.slice(awal));
}

/** Shared formulas of a block, flat: row i, column j at i * lebar + j (see {@link deretRumus}). */
export interface DeretDatar {
  lebar: number;
  induk: Int32Array;
  akhir: Int32Array;
}

/**
 * {@link deretRumus} in two flat arrays, with nothing allocated per cell
 * (the patch writer runs it over columns of hundreds of thousands of rows).
 */
export function deretRumusDatar(
  sel: readonly (readonly ({ rumus?: string } | null)[])[],
): DeretDatar {
  let lebar = 0;
  for (const b of sel) lebar = Math.max(lebar, b.length);
  const induk = new Int32Array(sel.length * lebar).fill(-1);
  const akhir = new Int32Array(sel.length * lebar).fill(-1);
  // A run's first formula, parsed only once a next one may continue it (null: not yet).
  const geser: (Geser | undefined | null)[] = [];
  const mulai: number[] = [];
  // The last formula parsed in each column and its row: a DPA's runs break at every parent row
  // and go on below it, and a run's head slid from that one needs no parse.
  const terakhir: ({ g: Geser; i: number } | undefined)[] = [];
  for (let i = 0; i < sel.length; i++) {
    const baris = sel[i];
    for (let j = 0; j < baris.length; j++) {
      const rumus = baris[j]?.rumus;
      const awal = rumus?.charCodeAt(0) === 61 ? 1 : 0;
      if (!rumus || rumus.length === awal) {
        mulai[j] = -1;
        continue;
      }
      const i0 = mulai[j] ?? -1;
      const berlanjut = i0 >= 0 && akhir[i0 * lebar + j] === i - 1;
      let g = berlanjut ? geser[j] : undefined;
      if (g === null) {
        const kepala = sel[i0][j]!.rumus!;
        const awalKepala = kepala.charCodeAt(0) === 61 ? 1 : 0;
        g = mungkinDigeser(kepala, awalKepala, rumus, awal, i - i0)
          ? uraiKepala(terakhir[j], kepala, awalKepala, i0)
          : undefined;
        if (g) terakhir[j] = { g, i: i0 };
        geser[j] = g;
      }
      if (g && samaDigeser(g, i - i0, rumus, awal)) {
        induk[i * lebar + j] = i0;
        akhir[i0 * lebar + j] = i;
      } else {
        geser[j] = null;
        mulai[j] = i;
        induk[i * lebar + j] = i;
        akhir[i * lebar + j] = i;
      }
    }
  }
  return { lebar, induk, akhir };
}

/**
 * The shared formulas of a block, column by column: for each formula cell,
 * the block row of the formula it copies (its own row when it is written in
 * full), and for each written-in-full formula the last row of its run. A
 * run is consecutive rows whose formulas are the first one slid down.
 */
export function deretRumus(sel: readonly (readonly ({ rumus?: string } | null)[])[]): {
  induk: number[][];
  akhir: number[][];
} {
  const d = deretRumusDatar(sel);
  const induk: number[][] = [];
  const akhir: number[][] = [];
  sel.forEach((baris, i) => {
    induk.push(Array.from(baris, (_, j) => d.induk[i * d.lebar + j]));
    const a: number[] = [];
    for (let j = 0; j < baris.length; j++) {
      const x = d.akhir[i * d.lebar + j];
      if (x >= 0) a[j] = x;
    }
    akhir.push(a);
  });
  return { induk, akhir };
}
