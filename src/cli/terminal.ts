/**
 * Lines for the terminal. Cell text, sheet names and file names come from
 * the user's files: a control character or an ANSI escape in them must not
 * move the cursor, recolour, erase, or start a line of its own (a crafted
 * file could print a fake "0 kesalahan" over the real findings). Every line
 * goes through {@link barisAman}: our own leading blank lines stay, every
 * other control character is shown as an escape, visibly.
 */

// C0 and C1 controls (tab kept), DEL, and the marks that reorder text on screen (bidi overrides).
const KENDALI =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function lolos(c: string): string {
  const n = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16)}`;
}

/** One terminal line: its leading blank lines (ours) kept, every other control character escaped. */
export function barisAman(teks: string): string {
  const awal = /^\n*/.exec(teks)![0];
  return awal + teks.slice(awal.length).replace(KENDALI, lolos);
}
