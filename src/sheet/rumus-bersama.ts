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

/**
 * A function giving the formula as it reads `dBaris` rows lower, or
 * undefined when the formula holds something that is not plainly
 * references, numbers, strings and function calls (sheet-qualified
 * references, defined names, whole-row ranges). Parsed once, so that
 * checking a long column costs one string join per cell.
 */
export function penggeserRumus(rumus: string): ((dBaris: number) => string) | undefined {
  const isi = rumus.replace(/^=/, '');
  if (RENTANG_BARIS.test(isi.replace(/"(?:[^"]|"")*"/g, '""'))) return undefined;
  // The text between relative row numbers, and those numbers.
  const teks: string[] = [];
  const baris: number[] = [];
  let aman = true;
  let dari = 0;
  for (const m of isi.matchAll(TOKEN)) {
    const [token, , kolom, dolarBaris, nomor] = m;
    const posisi = m.index ?? 0;
    if (token.startsWith('"')) {
      if (REF_DALAM_TEKS.test(token)) aman = false;
    } else if (token.startsWith("'")) {
      aman = false;
    } else if (kolom !== undefined) {
      if (nomorKolom(kolom) > 16384) aman = false;
      else if (!dolarBaris) {
        const awalNomor = posisi + token.length - nomor.length;
        teks.push(isi.slice(dari, awalNomor));
        baris.push(Number(nomor));
        dari = posisi + token.length;
      }
    } else if (isi[posisi + token.length] !== '(') {
      // A name is fine only as a function name: directly followed by "(".
      aman = false;
    }
    if (!aman) return undefined;
  }
  const ekor = isi.slice(dari);
  return (dBaris) => {
    let hasil = '';
    for (let i = 0; i < teks.length; i++) hasil += teks[i] + (baris[i] + dBaris);
    return hasil + ekor;
  };
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
  const induk: number[][] = [];
  const akhir: number[][] = [];
  const berjalan: ({ geser?: (d: number) => string; i: number } | undefined)[] = [];
  sel.forEach((baris, i) => {
    induk.push([]);
    akhir.push([]);
    baris.forEach((s, j) => {
      induk[i][j] = -1;
      const rumus = s?.rumus?.replace(/^=/, '');
      const d = berjalan[j];
      if (!rumus) {
        berjalan[j] = undefined;
      } else if (d?.geser && akhir[d.i][j] === i - 1 && d.geser(i - d.i) === rumus) {
        induk[i][j] = d.i;
        akhir[d.i][j] = i;
      } else {
        berjalan[j] = { geser: penggeserRumus(rumus), i };
        induk[i][j] = i;
        akhir[i][j] = i;
      }
    });
  });
  return { induk, akhir };
}
