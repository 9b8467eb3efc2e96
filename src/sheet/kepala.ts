import { rapikanTeks } from '../domain/teks';
import type { PembacaGrid } from './grid';
import { PERAN_NILAI, tahunDalam, type PeranKolom } from './peran';
import { berisiAngka, peran, POLA_KODE, POLA_UNSUR } from './pola';

/** The header of a table: which rows can be one, column numbers under it, and each column's header text. */

/** Text of a row of column numbers: "1 2 3", "(1)", "5=4-3", "16 = 14/4*100". */
export function teksNomorKolom(t: string): boolean {
  return /^\(?\d{1,2}\)?$/.test(t) || /^\d{1,2}\s*=\s*[\d\s()+\-*/x:.]+$/i.test(t);
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
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    if (p.tertutupGabungan(baris, c)) continue;
    const v = p.mentah(baris, c);
    if (typeof v !== 'string' || v.length > 80) continue;
    const r = peran(v);
    if (r !== 'lain') hasil.add(r);
  }
  return hasil;
}

export function calonJudul(p: PembacaGrid, baris: number): boolean {
  let teks = 0;
  let angka = 0;
  let unsur = 0;
  for (let c = p.grid.kolomAwal; c <= p.kolomAkhir; c++) {
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
  const r = peranBaris(p, baris);
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
  let teksPanjang = 0;
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    const v = p.nilai(baris, c);
    if (v === null || v === '') continue;
    isi++;
    if (typeof v === 'number' && !(v >= 1900 && v <= 2100)) return false;
    const t = String(v).trim();
    // A kode rekening makes the row data, like in calonJudul.
    if (/^tabel\b/i.test(t) || POLA_KODE.test(t)) return false;
    if (t.length > 60) teksPanjang++;
    if (berisiAngka(t) && !(tahunDalam(t) && t.length <= 4)) return false;
  }
  return isi > 0 && teksPanjang === 0;
}

export function barisNomorKolom(k: KonteksTabel, baris: number): boolean {
  const isi = selBaris(k, baris).filter((t, i) => t !== '' && !k.tanpaJudul?.has(k.kolomAwal + i));
  if (isi.length < 2 || !isi.every(teksNomorKolom)) return false;
  // Column numbers count up ("1 2 3", "5=4-3"); a row of equal values ("3 3 3") is data.
  const nomor = isi.map((t) => Number(t.match(/\d+/)![0]));
  return nomor.every((n, i) => i === 0 || n > nomor[i - 1]);
}

export function barisKosong(k: KonteksTabel, baris: number): boolean {
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++) if (!k.p.kosong(baris, c)) return false;
  return true;
}

/** Header text of each column of the block, group headers spread over their columns. */
export function teksJudulKolom(
  p: PembacaGrid,
  atas: number,
  bawah: number,
  kolomAwal: number,
  kolomAkhir: number,
): string[] {
  const hasil: string[] = [];
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    const bagian: string[] = [];
    for (let b = atas; b <= bawah; b++) {
      let t = p.teks(b, c);
      if (t === '' && b < bawah && !p.kosong(b + 1, c)) {
        // An unmerged group header written once over its columns ("Tahun 2023" then blanks).
        for (let kiri = c - 1; kiri >= kolomAwal; kiri--) {
          const tk = p.teks(b, kiri);
          if (tk !== '') {
            // Only a group header standing over its own sub-headers, not a cell merged downwards.
            if (
              !p.kosong(b + 1, kiri) &&
              !p.tertutupGabungan(b + 1, kiri) &&
              tahunDalam(tk) !== undefined
            )
              t = tk;
            break;
          }
        }
      }
      const [ib] = p.indukGabungan(b, c);
      if (t !== '' && !(ib < b && ib >= atas)) bagian.push(t);
    }
    hasil.push(rapikanTeks(bagian.join(' ')));
  }
  return hasil;
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
