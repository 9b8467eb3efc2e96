import { hurufKolom, nomorKolom } from '../sheet/grid';

/**
 * A shared formula's text as one of its copies reads it: the master's
 * formula with every relative reference moved by the copy's offset, as
 * Excel fills a formula (and as ExcelJS reads it back). Text inside string
 * literals and quoted sheet names is never moved (ExcelJS moves reference-
 * like text there too: "A1" in ="A1" reads "A2" one row lower; ours keeps
 * it, as Excel shows it).
 */

// A name-like run (a reference, a defined name or a function), with an optional sheet before it.
const KANDIDAT = /(?:[A-Za-z_\-0-9]*!)?([A-Za-z0-9_$]{2,})(\()?/g;
const REFERENSI = /^(\$?)([A-Za-z]+)(\$?)([1-9][0-9]*)$/;

/** A relative or absolute reference found in a formula, with the text before it. */
interface Ref {
  depan: string;
  dolarKolom: string;
  kolom: number;
  dolarBaris: string;
  baris: number;
}

/** The references of a run of formula text outside quotes; `ekor` is the text after the last. */
function uraiBagian(teks: string, refs: Ref[]): string {
  let dari = 0;
  for (const m of teks.matchAll(KANDIDAT)) {
    const [semua, inti, kurung] = m;
    if (kurung) continue;
    const r = REFERENSI.exec(inti);
    if (!r) continue;
    const huruf = r[2].toUpperCase();
    // Past XFD it is a name, not a column.
    if (huruf.length > 3 || (huruf.length === 3 && huruf > 'XFD')) continue;
    const awalInti = m.index + semua.length - inti.length;
    refs.push({
      depan: teks.slice(dari, awalInti),
      dolarKolom: r[1],
      kolom: nomorKolom(huruf),
      dolarBaris: r[3],
      baris: Number(r[4]),
    });
    dari = m.index + semua.length;
  }
  return teks.slice(dari);
}

/**
 * A function giving `rumus` (without "=") moved `dBaris` rows down and
 * `dKolom` columns right; the formula is taken apart once, so the copies of
 * a long shared formula cost one string join each.
 */
export function penggeserRumus(rumus: string): (dBaris: number, dKolom: number) => string {
  const refs: Ref[] = [];
  let sisa = '';
  let i = 0;
  while (i < rumus.length) {
    const kutip = rumus.slice(i).search(/["']/);
    const akhirBagian = kutip < 0 ? rumus.length : i + kutip;
    const n = refs.length;
    const ekor = uraiBagian(rumus.slice(i, akhirBagian), refs);
    if (refs.length > n) refs[n].depan = sisa + refs[n].depan;
    sisa = refs.length > n ? ekor : sisa + ekor;
    if (kutip < 0) break;
    // A quote doubled inside the literal stands for itself.
    const q = rumus[akhirBagian];
    let akhir = akhirBagian + 1;
    for (;;) {
      const t = rumus.indexOf(q, akhir);
      if (t < 0) {
        akhir = rumus.length;
        break;
      }
      if (rumus[t + 1] === q) akhir = t + 2;
      else {
        akhir = t + 1;
        break;
      }
    }
    sisa += rumus.slice(akhirBagian, akhir);
    i = akhir;
  }
  return (dBaris, dKolom) => {
    let hasil = '';
    for (const r of refs)
      hasil +=
        r.depan +
        r.dolarKolom +
        hurufKolom(r.dolarKolom ? r.kolom : r.kolom + dKolom) +
        r.dolarBaris +
        (r.dolarBaris ? r.baris : r.baris + dBaris);
    return hasil + sisa;
  };
}
