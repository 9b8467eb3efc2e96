import type { SelLaporan, TabelLaporan } from './model';

/**
 * Column widths from the content of a table, so that it prints cleanly:
 * an amount or a percentage never wraps, a header wraps only between words,
 * and the page turns landscape only when the table cannot fit portrait even
 * in a smaller type. Widths are in twips (1/20 point).
 */

/**
 * Advance widths in thousandths of an em of DejaVu Sans, regular and bold:
 * the font LibreOffice falls back to when Arial is missing, and wider than
 * Arial, so a width that holds a number in it holds it in Arial too.
 * Rows: small letters, capitals, punctuation; the digits are all as wide.
 */
const HURUF = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ' !"#$%&\'()*+,-./:;<=>?@[]_≤≥–…',
];
const BIASA = [
  [
    613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
    392, 634, 592, 818, 592, 592, 525,
  ],
  [
    684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,
    611, 732, 684, 989, 685, 611, 685,
  ],
  [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 337, 337, 838,
    838, 838, 531, 1000, 390, 390, 500, 838, 838, 500, 1000,
  ],
];
const TEBAL = [
  [
    675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
    478, 712, 652, 924, 645, 652, 582,
  ],
  [
    774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720,
    682, 812, 774, 1103, 771, 724, 725,
  ],
  [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 400, 400, 838,
    838, 838, 580, 1000, 457, 457, 500, 838, 838, 500, 1000,
  ],
];

function peta(lebar: number[][], angka: number): Map<string, number> {
  const m = new Map<string, number>(
    HURUF.flatMap((deret, i) => [...deret].map((c, j): [string, number] => [c, lebar[i][j]])),
  );
  for (const d of '0123456789') m.set(d, angka);
  return m;
}
const LEBAR_BIASA = peta(BIASA, 636);
const LEBAR_TEBAL = peta(TEBAL, 696);
/** Letters outside the table (accents, other scripts): as wide as a wide letter. */
const LEBAR_LAIN = 700;

/** Width of a text on one line, in twips, at `pt` points. */
export function lebarTeks(teks: string, pt: number, tebal = false): number {
  const peta = tebal ? LEBAR_TEBAL : LEBAR_BIASA;
  let em = 0;
  for (const c of teks) em += peta.get(c) ?? LEBAR_LAIN;
  return (em / 1000) * pt * 20;
}

/** Page sizes of an A4 page with the chapter's margins (left 3 cm, others 2,54 cm), in twips. */
export const HALAMAN = {
  lebarA4: 11906,
  tinggiA4: 16838,
  margin: { atas: 1440, bawah: 1440, kiri: 1701, kanan: 1440 },
  tegak: 11906 - 1701 - 1440,
  lanskap: 16838 - 1701 - 1440,
  tinggiTegak: 16838 - 2880,
  tinggiLanskap: 11906 - 2880,
} as const;

/** Left plus right cell margin (twips), and a small allowance for borders and rounding. */
export const MARGIN_SEL = 50;
const RUANG_SEL = 2 * MARGIN_SEL + 50;

/** A cell with the sheet column it starts at. */
export interface SelBertempat {
  sel: SelLaporan;
  kolom: number;
}

/** Where each cell of a block of rows sits, given cells spanning columns and rows (covered cells are left out of the rows below). */
export function tempatkanSel(baris: SelLaporan[][]): SelBertempat[][] {
  const terisi = new Set<string>();
  return baris.map((r, i) => {
    let k = 0;
    return r.map((s) => {
      while (terisi.has(`${i},${k}`)) k++;
      for (let y = 0; y < (s.tinggi ?? 1); y++)
        for (let z = 0; z < (s.lebar ?? 1); z++) terisi.add(`${i + y},${k + z}`);
      const hasil = { sel: s, kolom: k };
      k += s.lebar ?? 1;
      return hasil;
    });
  });
}

export function jumlahKolom(t: TabelLaporan): number {
  return Math.max(
    1,
    ...[...tempatkanSel(t.kepala), ...tempatkanSel(t.baris)].flatMap((r) =>
      r.map((x) => x.kolom + (x.sel.lebar ?? 1)),
    ),
  );
}

function kataTerpanjang(teks: string, pt: number, tebal: boolean): number {
  return Math.max(0, ...teks.split(/\s+/).map((k) => lebarTeks(k, pt, tebal)));
}

export interface Ukuran {
  min: number[];
  suka: number[];
  angka: boolean[];
}

/** Narrowest width without breaking a word or a number, and the width of each column's longest text. */
export function ukurKolom(t: TabelLaporan, pt: number): Ukuran {
  const n = jumlahKolom(t);
  const u: Ukuran = { min: Array(n).fill(0), suka: Array(n).fill(0), angka: Array(n).fill(true) };
  const rentang: { kolom: number; lebar: number; min: number }[] = [];
  const ukur = (rows: SelBertempat[][], kepala: boolean) => {
    for (const r of rows)
      for (const { sel: s, kolom } of r) {
        const tebal = kepala || !!s.tebal;
        const menjorok = (s.menjorok ?? 0) * pt * 20;
        // A number never wraps; a grade or a text in a number column may wrap between its words.
        const utuh = s.angka && !kepala && !/\s/.test(s.teks.trim());
        const min =
          (utuh ? lebarTeks(s.teks, pt, tebal) : kataTerpanjang(s.teks, pt, tebal)) + menjorok;
        if ((s.lebar ?? 1) > 1) {
          rentang.push({ kolom, lebar: s.lebar as number, min });
          continue;
        }
        u.min[kolom] = Math.max(u.min[kolom], min);
        // A header may wrap between its words: only the body says how wide a column would like to be.
        if (!kepala)
          u.suka[kolom] = Math.max(u.suka[kolom], lebarTeks(s.teks, pt, tebal) + menjorok);
        if (!kepala && !s.angka && s.teks.trim() !== '' && s.teks !== '-') u.angka[kolom] = false;
      }
  };
  ukur(tempatkanSel(t.kepala), true);
  ukur(tempatkanSel(t.baris), false);
  // A cell over several columns needs their widths together to hold its longest word.
  for (const r of rentang) {
    const kolom = u.min.slice(r.kolom, r.kolom + r.lebar);
    const kurang = r.min + RUANG_SEL * (1 - r.lebar) - kolom.reduce((a, b) => a + b, 0);
    if (kurang > 0) for (let i = 0; i < r.lebar; i++) u.min[r.kolom + i] += kurang / r.lebar;
  }
  return u;
}

/** How a table is laid out on the page. */
export interface TataTabel {
  /** Column widths in twips, filling the text width. */
  lebarKolom: number[];
  /** Type size in points. */
  huruf: number;
  lanskap: boolean;
  /** Small enough to be kept on one page (with its caption). */
  satuHalaman: boolean;
  /** Estimated lines of each body row, for outputs that set row heights. */
  barisTeks: number[];
  /** False when even the smallest type on a landscape page cannot hold every number and word whole. */
  muat: boolean;
}

/** Portrait in 10, 9 or 8 point first; landscape only when those cannot hold the table's numbers and words. */
const PILIHAN: { huruf: number; lanskap: boolean }[] = [
  { huruf: 10, lanskap: false },
  { huruf: 9, lanskap: false },
  { huruf: 8, lanskap: false },
  { huruf: 10, lanskap: true },
  { huruf: 9, lanskap: true },
  { huruf: 8, lanskap: true },
  { huruf: 7, lanskap: true },
];

function bagiLebar(u: Ukuran, tersedia: number): number[] {
  const dasar = u.min.map((m) => m + RUANG_SEL);
  const sisa = tersedia - dasar.reduce((a, b) => a + b, 0);
  if (sisa <= 0) return dasar.map((d) => (d * tersedia) / (tersedia - sisa));
  const ingin = u.suka.map((s, i) => Math.max(0, s - u.min[i]));
  const totalIngin = ingin.reduce((a, b) => a + b, 0);
  if (totalIngin >= sisa) return dasar.map((d, i) => d + (ingin[i] * sisa) / totalIngin);
  // Everything fits on one line: the rest of the width goes to the text columns.
  const lebih = sisa - totalIngin;
  const teks = u.angka.map((a) => !a);
  const bobot = u.suka.map((s, i) => (teks.some(Boolean) ? (teks[i] ? s : 0) : 1));
  const totalBobot = bobot.reduce((a, b) => a + b, 0) || 1;
  return dasar.map((d, i) => d + ingin[i] + (lebih * bobot[i]) / totalBobot);
}

/** Lines a cell's text takes in a column of `lebar` twips (word by word). */
/** Lines a text takes, wrapped word by word in `ruang` twips (a word wider than that breaks). */
export function jumlahBarisTeks(teks: string, ruang: number, pt: number, tebal = false): number {
  const lebar = Math.max(1, ruang);
  let baris = 1;
  let isi = 0;
  const spasi = lebarTeks(' ', pt, tebal);
  for (const kata of teks.split(/\s+/).filter(Boolean)) {
    const w = lebarTeks(kata, pt, tebal);
    if (isi > 0 && isi + spasi + w > lebar) {
      baris++;
      isi = 0;
    }
    isi += (isi > 0 ? spasi : 0) + w;
    if (isi > lebar) {
      baris += Math.floor(isi / lebar);
      isi %= lebar;
    }
  }
  return baris;
}

function barisSel(s: SelLaporan, lebar: number, pt: number, tebal: boolean): number {
  return jumlahBarisTeks(s.teks, lebar - RUANG_SEL, pt, tebal);
}

function hitungBaris(rows: SelLaporan[][], lebar: number[], pt: number, kepala: boolean): number[] {
  return tempatkanSel(rows).map((r) =>
    Math.max(
      1,
      ...r
        .filter((x) => (x.sel.tinggi ?? 1) === 1)
        .map(({ sel: s, kolom }) =>
          barisSel(
            s,
            lebar.slice(kolom, kolom + (s.lebar ?? 1)).reduce((a, b) => a + b, 0),
            pt,
            kepala || !!s.tebal,
          ),
        ),
    ),
  );
}

/** Lay a table out: type size, orientation, column widths, and whether it stays on one page. */
export function tataTabel(t: TabelLaporan, opsi: { hanyaTegak?: boolean } = {}): TataTabel {
  const pilihan = PILIHAN.filter((p) => !(opsi.hanyaTegak && p.lanskap));
  let dipilih = pilihan[pilihan.length - 1];
  let muat = false;
  for (const p of pilihan) {
    const u = ukurKolom(t, p.huruf);
    const perlu = u.min.reduce((a, m) => a + m + RUANG_SEL, 0);
    if (perlu <= (p.lanskap ? HALAMAN.lanskap : HALAMAN.tegak)) {
      dipilih = p;
      muat = true;
      break;
    }
  }
  const { huruf, lanskap } = dipilih;
  const lebarKolom = bagiLebar(ukurKolom(t, huruf), lanskap ? HALAMAN.lanskap : HALAMAN.tegak).map(
    Math.floor,
  );
  const tinggiBaris = huruf * 20 * 1.2;
  const barisKepala = hitungBaris(t.kepala, lebarKolom, huruf, true);
  const barisTeks = hitungBaris(t.baris, lebarKolom, huruf, false);
  const tinggi =
    [...barisKepala, ...barisTeks].reduce((a, n) => a + n * tinggiBaris + 2 * MARGIN_SEL, 0) +
    3 * 11 * 20 * 1.2;
  const halaman = lanskap ? HALAMAN.tinggiLanskap : HALAMAN.tinggiTegak;
  return { lebarKolom, huruf, lanskap, satuHalaman: tinggi <= halaman * 0.85, barisTeks, muat };
}
