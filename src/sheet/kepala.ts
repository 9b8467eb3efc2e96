import { rapikanTeks } from '../domain/teks';
import type { PembacaGrid } from './grid';
import { PERAN_NILAI, tahunDalam, type PeranKolom } from './peran';
import { berisiAngka, peran, POLA_KODE, POLA_UNSUR } from './pola';

/** The header of a table: which rows can be one, column numbers under it, and each column's header text. */

/** Text of a row of column numbers: "1 2 3", "(1)", "5=4-3", "16 = 14/4*100". */
export function teksNomorKolom(t: string): boolean {
  return (
    /^\(?\d{1,2}\)?$/.test(t) ||
    /^\d{1,2}\s*=\s*[\d\s()+\-*/x:.]+$/i.test(t) ||
    /^\(?[a-z]\)?$/i.test(t)
  );
}

export interface KonteksTabel {
  p: PembacaGrid;
  kolomAwal: number;
  kolomAkhir: number;
  /** Columns with no header: their cells do not make or break a column-number row. */
  tanpaJudul?: Set<number>;
}

export function selBaris(k: KonteksTabel, baris: number): string[] {
  const hasil: string[] = [];
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++) hasil.push(k.p.teks(baris, c));
  return hasil;
}

/** Roles found in the text cells of a row. */
export function peranBaris(
  p: PembacaGrid,
  baris: number,
  kolomAwal = p.grid.kolomAwal,
  kolomAkhir = p.kolomAkhir,
): Set<PeranKolom> {
  const hasil = new Set<PeranKolom>();
  const akhir = Math.min(kolomAkhir, p.grid.kolomAwal + p.panjangBaris(baris) - 1);
  for (let c = kolomAwal; c <= akhir; c++) {
    const v = p.mentah(baris, c);
    if (v === null || p.tertutupGabungan(baris, c)) continue;
    if (typeof v !== 'string' || v.length > 80) continue;
    const r = peran(v);
    if (r !== 'lain') hasil.add(r);
  }
  return hasil;
}

export function calonJudul(
  p: PembacaGrid,
  baris: number,
  kolomAwal = p.grid.kolomAwal,
  kolomAkhir = p.kolomAkhir,
): boolean {
  let teks = 0;
  let angka = 0;
  let unsur = 0;
  // Only the cells the row holds: a sheet used down to row 1.048.576 costs its cells, not its area.
  const akhir = Math.min(kolomAkhir, p.grid.kolomAwal + p.panjangBaris(baris) - 1);
  for (let c = kolomAwal; c <= akhir; c++) {
    const v = p.mentah(baris, c);
    if (v === null || v === '') continue;
    if (typeof v === 'number') angka++;
    else teks++;
    if (typeof v === 'string' && POLA_UNSUR.test(v.trim())) unsur++;
    // A kode rekening makes the row data.
    if (typeof v === 'string' && POLA_KODE.test(v.trim())) return false;
  }
  if (unsur >= 5) return true;
  if (teks < 2 || angka > 1) return false;
  const r = peranBaris(p, baris, kolomAwal, kolomAkhir);
  const nilai = [...r].filter((x) => PERAN_NILAI.has(x)).length;
  return r.size >= 2 && nilai >= 1;
}

/** A row that can be part of a header: text only, no data numbers, not a title. */
export function bisaJudul(
  p: PembacaGrid,
  baris: number,
  kolomAwal: number,
  kolomAkhir: number,
): boolean {
  let isi = 0;
  let panjang = '';
  const beda = new Set<string>();
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    const v = p.nilai(baris, c);
    if (v === null || v === '') continue;
    isi++;
    if (typeof v === 'number' && !(v >= 1900 && v <= 2100)) return false;
    const t = String(v).trim();
    // A kode rekening makes the row data, like in calonJudul.
    if (/^tabel\b/i.test(t) || POLA_KODE.test(t) || t.length > 150) return false;
    if (t.length > 60) panjang = t;
    beda.add(t);
    if (berisiAngka(t) && !(tahunDalam(t) && t.length <= 4)) return false;
  }
  // A long text alone across the row is a title; a long header cell stands beside others.
  return isi > 0 && !(panjang && beda.size === 1 && kolomAkhir > kolomAwal);
}

export function barisNomorKolom(k: KonteksTabel, baris: number): boolean {
  const isi: string[] = [];
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++) {
    if (k.p.tertutupGabungan(baris, c) || k.tanpaJudul?.has(c)) continue;
    const t = k.p.teks(baris, c);
    if (t !== '') isi.push(t);
  }
  if (isi.length < 2 || !isi.every(teksNomorKolom)) return false;
  // Column numbers count up ("1 2 3", "5=4-3", "a b c"); a row of equal values ("3 3 3") is data.
  const huruf = isi.filter((t) => !/\d/.test(t)).length;
  if (huruf > 0 && (huruf < isi.length || isi.length < 3)) return false;
  const nomor = isi.map((t) => {
    const d = t.match(/\d+/);
    return d
      ? Number(d[0])
      : t
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .charCodeAt(0);
  });
  // One number out of order is a slip ("... 10 11 10" under a last column); more is data.
  const naik = nomor.filter((n, i) => i > 0 && n > nomor[i - 1]).length;
  return naik === nomor.length - 1 || (nomor.length >= 5 && naik >= nomor.length - 2);
}

export function barisKosong(k: KonteksTabel, baris: number): boolean {
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++) if (!k.p.kosong(baris, c)) return false;
  return true;
}

/** Some header text in column `c` in a header row after `i`. */
function adaDiBawah(p: PembacaGrid, rows: readonly number[], i: number, c: number): boolean {
  for (let x = i + 1; x < rows.length; x++)
    if (!p.kosong(rows[x], c) && !p.tertutupGabungan(rows[x], c)) return true;
  return false;
}

/**
 * The group a blank header cell belongs to: the text written once to its left
 * over its own sub-headers ("Operasi" over Anggaran / Realisasi, then a blank
 * over the next column). A merge states its extent, so a blank cell after a
 * merge is not in it; without merges (Excel before ExcelApi 1.13, files from
 * CSV) the blank cell continues the group on its left.
 */
function kelompokKiri(
  p: PembacaGrid,
  rows: readonly number[],
  i: number,
  c: number,
  kolomAwal: number,
): string {
  const b = rows[i];
  if (!adaDiBawah(p, rows, i, c)) return '';
  for (let kiri = c - 1; kiri >= kolomAwal; kiri--) {
    if (p.kosong(b, kiri)) continue;
    if (p.gabunganDi(b, kiri) || !adaDiBawah(p, rows, i, kiri)) return '';
    // A group is named in words ("Operasi", "Tahun 2023"), not by a lone sign.
    const t = p.teks(b, kiri);
    return /[a-z]{2}|\d{4}/i.test(t) ? t : '';
  }
  return '';
}

/**
 * The header path of each column: its header cells top to bottom (the rows
 * given, in order), a merged cell once (at its first header row), a blank cell
 * over sub-headers taking the group written to its left.
 */
export function jalurJudulKolom(
  p: PembacaGrid,
  rows: readonly number[],
  kolomAwal: number,
  kolomAkhir: number,
): string[][] {
  const hasil: string[][] = [];
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    const jalur: string[] = [];
    rows.forEach((b, i) => {
      const [ib] = p.indukGabungan(b, c);
      if (ib < b && ib >= rows[0]) return;
      const t = p.teks(b, c) || kelompokKiri(p, rows, i, c, kolomAwal);
      if (t !== '') jalur.push(rapikanTeks(t));
    });
    hasil.push(jalur);
  }
  return hasil;
}

/** A row of units only ("K", "Rp.", "%"), as under the column numbers of some Renja forms. */
export function barisSatuan(k: KonteksTabel, baris: number): boolean {
  const isi: string[] = [];
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++)
    if (!k.p.tertutupGabungan(baris, c) && !k.p.kosong(baris, c)) isi.push(k.p.teks(baris, c));
  return (
    isi.length >= 2 &&
    isi.every((t) => /^\(?(k|kinerja|rp\.?|%|persen|rupiah|fisik|keuangan)\)?$/i.test(t.trim()))
  );
}

export function cariJudulTabel(
  p: PembacaGrid,
  atas: number,
  batasAtas: number,
  kolomAwal: number,
  kolomAkhir: number,
): string | undefined {
  const bagian: string[] = [];
  for (let b = atas - 1; b >= Math.max(batasAtas, atas - 3); b--) {
    const isi: string[] = [];
    for (let c = kolomAwal; c <= Math.max(kolomAkhir, kolomAwal + 3); c++) {
      const t = p.teks(b, c);
      if (t !== '' && !isi.includes(t)) isi.push(t);
    }
    if (isi.length !== 1) {
      if (isi.length === 0 && bagian.length === 0) continue;
      break;
    }
    bagian.unshift(isi[0]);
    if (/^tabel\b/i.test(isi[0])) break;
  }
  return bagian.length ? rapikanTeks(bagian.join(' ')) : undefined;
}
