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

function geserBagian(teks: string, dBaris: number, dKolom: number): string {
  return teks.replace(KANDIDAT, (semua: string, inti: string, kurung?: string) => {
    if (kurung) return semua;
    const m = REFERENSI.exec(inti);
    if (!m) return semua;
    const huruf = m[2].toUpperCase();
    // Past XFD it is a name, not a column.
    if (huruf.length > 3 || (huruf.length === 3 && huruf > 'XFD')) return semua;
    const kolom = m[1] ? nomorKolom(huruf) : nomorKolom(huruf) + dKolom;
    const baris = m[3] ? Number(m[4]) : Number(m[4]) + dBaris;
    const depan = semua.slice(0, semua.length - inti.length);
    return `${depan}${m[1]}${hurufKolom(kolom)}${m[3]}${baris}`;
  });
}

/** `rumus` (without "=") moved `dBaris` rows down and `dKolom` columns right. */
export function geserRumus(rumus: string, dBaris: number, dKolom: number): string {
  if (dBaris === 0 && dKolom === 0) return rumus;
  let hasil = '';
  let i = 0;
  while (i < rumus.length) {
    const kutip = rumus.slice(i).search(/["']/);
    if (kutip < 0) return hasil + geserBagian(rumus.slice(i), dBaris, dKolom);
    const awal = i + kutip;
    hasil += geserBagian(rumus.slice(i, awal), dBaris, dKolom);
    const q = rumus[awal];
    // A quote doubled inside the literal stands for itself.
    let akhir = awal + 1;
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
    hasil += rumus.slice(awal, akhir);
    i = akhir;
  }
  return hasil;
}
