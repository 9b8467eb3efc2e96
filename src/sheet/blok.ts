import { bacaAngka } from '../domain/angka';
import { KOLOM_TERAKHIR, type PembacaGrid } from './grid';
import type { KolomTabel } from './model';

/**
 * Budget tables with several column blocks: SIPD exports (Operasi | Modal |
 * Total, each with Anggaran and Realisasi, then % and Sisa), realisation
 * reports ("s.d. bulan ini" | "bulan ini"), budgets of several years. A row's
 * pagu, realisasi, % and sisa come from one block. When the sheet states a %
 * or a sisa, the block they are computed from is the one: arithmetic decides.
 * Otherwise a block named as the total, the cumulative one, the latest year.
 * Columns of the other blocks are left out of the computation. A % column
 * that is not realisasi over pagu of the chosen block in most rows is not a
 * serapan (a share of the cash plan, of the sisa, a deviation).
 */

/** Rows sampled for the arithmetic (spread over the table). */
const SAMPEL = 400;

type Angka = (baris: number, kolom: number) => number | undefined;

/** Numbers of cells, each read once: every candidate block compares the same sampled cells. */
function pembacaAngka(p: PembacaGrid): Angka {
  const dibaca = new Map<number, number | undefined>();
  return (baris, kolom) => {
    const kunci = baris * (KOLOM_TERAKHIR + 1) + kolom;
    if (dibaca.has(kunci)) return dibaca.get(kunci);
    const n = bacaAngka(p.nilai(baris, kolom), { format: p.format(baris, kolom) }).nilai;
    dibaca.set(kunci, n);
    return n;
  };
}

function sampel(barisData: number[]): number[] {
  if (barisData.length <= SAMPEL) return barisData;
  const langkah = barisData.length / SAMPEL;
  return Array.from({ length: SAMPEL }, (_, i) => barisData[Math.floor(i * langkah)]);
}

/** Decimals a stated number shows (at most 6): 40,76 has 2. */
function desimal(n: number): number {
  for (let d = 0; d <= 6; d++) if (Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-7) return d;
  return 6;
}

/** A stated percentage that is the computed one, rounded or cut to the decimals it shows. */
export function cocokPersen(tertulis: number, dihitung: number): boolean {
  const d = Math.min(desimal(tertulis), 4);
  const satuan = 10 ** -d;
  const selisih = tertulis - dihitung;
  return Math.abs(selisih) <= satuan / 2 + 1e-9 || (selisih <= 1e-9 && -selisih < satuan);
}

interface Skor {
  cocok: number;
  dibanding: number;
}

/** How many sampled rows a stated % column agrees with realisasi / pagu, read as percents or as fractions. */
function skorPersen(
  rows: number[],
  angka: Angka,
  pagu: number,
  realisasi: number,
  persen: number,
): { persen: Skor; pecahan: Skor } {
  const hasil = { persen: { cocok: 0, dibanding: 0 }, pecahan: { cocok: 0, dibanding: 0 } };
  for (const b of rows) {
    const pg = angka(b, pagu);
    const s = angka(b, persen);
    if (pg === undefined || pg === 0 || s === undefined) continue;
    const r = angka(b, realisasi) ?? 0;
    const v = (r / pg) * 100;
    hasil.persen.dibanding++;
    hasil.pecahan.dibanding++;
    if (cocokPersen(s, v)) hasil.persen.cocok++;
    if (cocokPersen(s * 100, v) || Math.abs(s - r / pg) < 1e-6) hasil.pecahan.cocok++;
  }
  return hasil;
}

function skorSisa(
  rows: number[],
  angka: Angka,
  pagu: number,
  realisasi: number,
  sisa: number,
): Skor {
  const skor = { cocok: 0, dibanding: 0 };
  for (const b of rows) {
    const pg = angka(b, pagu);
    const z = angka(b, sisa);
    if (pg === undefined || z === undefined) continue;
    skor.dibanding++;
    if (Math.abs(pg - (angka(b, realisasi) ?? 0) - z) < 1) skor.cocok++;
  }
  return skor;
}

/** Names that say which block the row figures are: the total, the cumulative one. */
function bobotNama(k: KolomTabel): number {
  const t = (k.blok ?? '').toLowerCase();
  let n = 0;
  if (/total|jumlah/.test(t)) n += 2;
  if (/s\.?\s?d\b|s\/d|sampai dengan|kumulatif/.test(t)) n += 2;
  return n;
}

interface Pasangan {
  pagu: KolomTabel;
  realisasi?: KolomTabel;
  skor: number;
  bobot: number;
}

const sebagian = (s: Skor) => s.dibanding > 0 && s.cocok >= Math.max(1, s.dibanding * 0.5);

/**
 * Choose the budget block of a table and settle its % and sisa columns.
 * Returns whether the choice was certain (one block, or arithmetic showed it).
 */
export function pilihBlokAnggaran(
  kolom: KolomTabel[],
  p: PembacaGrid,
  barisData: number[],
): boolean {
  const dengan = (peran: string) => kolom.filter((k) => k.peran === peran);
  const pagu = dengan('pagu');
  // Realisasi per quarter or month is one figure spread over its periods, not rival blocks.
  const perPeriode = new Set(kolomPerPeriode(kolom, 'realisasiAnggaran'));
  const realisasi = dengan('realisasiAnggaran').filter((k) => !perPeriode.has(k));
  const persen = dengan('serapan');
  const sisa = dengan('sisa');
  if (pagu.length === 0) return true;
  const rows = sampel(barisData);
  const angka = pembacaAngka(p);
  const sebidang = (a: KolomTabel, b: KolomTabel) => (a.blok ?? '') === (b.blok ?? '');
  const pasangan: Pasangan[] = [];
  for (const pg of pagu) {
    const calon = realisasi.filter((r) => sebidang(pg, r));
    for (const r of calon.length > 0 ? calon : realisasi.length > 0 ? realisasi : [undefined])
      pasangan.push({ pagu: pg, realisasi: r, skor: 0, bobot: bobotNama(r ?? pg) });
  }
  for (const x of pasangan) {
    if (!x.realisasi) continue;
    for (const s of persen) {
      const sk = skorPersen(rows, angka, x.pagu.kolom, x.realisasi.kolom, s.kolom);
      x.skor = Math.max(x.skor, sk.persen.cocok, sk.pecahan.cocok);
    }
    for (const z of sisa)
      x.skor += skorSisa(rows, angka, x.pagu.kolom, x.realisasi.kolom, z.kolom).cocok;
  }
  pasangan.sort(
    (a, b) =>
      b.skor - a.skor ||
      b.bobot - a.bobot ||
      (b.pagu.tahun ?? 0) - (a.pagu.tahun ?? 0) ||
      b.pagu.kolom - a.pagu.kolom,
  );
  const pilih = pasangan[0];
  const kedua = pasangan[1];
  const pasti =
    !kedua ||
    pilih.skor > kedua.skor ||
    (pilih.skor === kedua.skor && pilih.bobot > kedua.bobot) ||
    (pilih.pagu.tahun ?? 0) > (kedua.pagu.tahun ?? 0);
  for (const k of [...pagu, ...realisasi])
    if (k !== pilih.pagu && k !== pilih.realisasi) k.peran = 'lain';
  if (pilih.realisasi) tetapkanPersen(persen, rows, angka, pilih.pagu, pilih.realisasi);
  else persen.forEach((k) => (k.peran = 'lain'));
  tetapkanSisa(sisa, rows, angka, pilih.pagu, pilih.realisasi);
  return pasti;
}

/**
 * The columns of a role that stand per period: two or more, each naming a
 * different quarter (or month, or semester) of one kind, all "s.d." or none.
 * Realisasi TW I | TW II | TW III | TW IV; "PAGU AKAS SD JUNI" alone is not.
 */
export function kolomPerPeriode(kolom: KolomTabel[], peran: string): KolomTabel[] {
  const per = kolom.filter((k) => k.peran === peran && k.periode);
  if (per.length < 2) return [];
  const { jenis, sampai } = per[0].periode!;
  const ke = new Set(per.map((k) => k.periode!.ke));
  const satuJenis = per.every(
    (k) => k.periode!.jenis === jenis && !!k.periode!.sampai === !!sampai,
  );
  return satuJenis && ke.size === per.length ? per : [];
}

/** Keep one % column as serapan (fractions noted); the others are shares of something else. */
function tetapkanPersen(
  persen: KolomTabel[],
  rows: number[],
  angka: Angka,
  pagu: KolomTabel,
  realisasi: KolomTabel,
): void {
  let terbaik: { k: KolomTabel; skor: number; pecahan: boolean } | undefined;
  for (const k of persen) {
    const sk = skorPersen(rows, angka, pagu.kolom, realisasi.kolom, k.kolom);
    const pecahan = sk.pecahan.cocok > sk.persen.cocok;
    const skor = pecahan ? sk.pecahan : sk.persen;
    // A column headed only "%" must show it; "Serapan" or "% Realisasi" says it, mistakes and all.
    const dinamai = /serapan|realisasi/i.test(k.judul);
    if (!sebagian(skor) && !dinamai) {
      k.peran = 'lain';
      continue;
    }
    if (!terbaik || skor.cocok > terbaik.skor) terbaik = { k, skor: skor.cocok, pecahan };
  }
  for (const k of persen) if (terbaik && k !== terbaik.k) k.peran = 'lain';
  if (terbaik?.pecahan) terbaik.k.pecahan = true;
}

/** Keep the sisa column of the chosen block; another block's sisa is left out. */
function tetapkanSisa(
  sisa: KolomTabel[],
  rows: number[],
  angka: Angka,
  pagu: KolomTabel,
  realisasi: KolomTabel | undefined,
): void {
  if (sisa.length <= 1) return;
  const skor = sisa.map((z) =>
    realisasi ? skorSisa(rows, angka, pagu.kolom, realisasi.kolom, z.kolom).cocok : 0,
  );
  const terbaik = skor.indexOf(Math.max(...skor));
  sisa.forEach((z, i) => {
    if (i !== terbaik) z.peran = 'lain';
  });
}

/** Some sampled row holds a number in the column (the search stops at the first). */
function adaAngka(p: PembacaGrid, rows: number[], kolom: number): boolean {
  const angka = pembacaAngka(p);
  return rows.some((b) => angka(b, kolom) !== undefined);
}

/**
 * Headers offset from their numbers: "ANGGARAN" merged over two columns with
 * "Rp" in the first and the amount in the second, "REALISASI" written over the
 * "Rp" cell with the amount in the unheaded cell after it. A value column
 * without a number takes the numbers of the column right of it, when that one
 * has no header of its own (or the same one). Returns the table's last column,
 * widened when the numbers lie just past the header.
 */
export function geserKeAngka(
  kolom: KolomTabel[],
  p: PembacaGrid,
  barisData: number[],
  kolomAkhir: number,
  peranNilai: (peran: string) => boolean,
): number {
  const rows = sampel(barisData);
  let akhir = kolomAkhir;
  for (let i = 0; i < kolom.length; i++) {
    const k = kolom[i];
    if (!peranNilai(k.peran) || k.milik || adaAngka(p, rows, k.kolom)) continue;
    const kanan = kolom[i + 1];
    if (kanan && kanan.judul === k.judul && kanan.peran === k.peran) {
      k.peran = 'lain'; // a merge's first cell, holding the "Rp" of the amounts beside it
      continue;
    }
    // Only where the header's own cells hold the currency sign: an empty column is just empty.
    if (!rows.some((b) => /^rp\.?$/i.test(p.teks(b, k.kolom)))) continue;
    const sasaran = kanan ?? { kolom: k.kolom + 1, peran: 'lain', judul: '' };
    if (sasaran.judul !== '' || sasaran.peran !== 'lain') continue;
    if (sasaran.kolom > p.kolomAkhir || !adaAngka(p, rows, sasaran.kolom)) continue;
    Object.assign(sasaran, { peran: k.peran, judul: k.judul, jalur: k.jalur, blok: k.blok });
    if (k.tahun !== undefined) sasaran.tahun = k.tahun;
    k.peran = 'lain';
    if (!kanan) {
      kolom.push(sasaran);
      akhir = sasaran.kolom;
    }
  }
  return akhir;
}
