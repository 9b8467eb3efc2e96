import { bacaAngka, type HasilAngka } from '../domain/angka';
import type { Polaritas } from '../domain/capaian';
import { kunciTeks } from '../domain/teks';
import { peranDariJalur, peranDariJudul, type PeranKolom } from './peran';

/** Patterns and small readers shared by the recognition modules. */

export const BUKAN_ANGKA: HasilAngka = Object.freeze({ jenis: 'teks' }) as HasilAngka;

export const POLA_CATATAN = /^(sumber|keterangan|catatan|note|ket\s*:|\*+\)?\s|\*\))/i;

export const POLA_SUB = /^(?:[✚❖•▪◦·►▸➢→+*]|-(?!\d)|–|[a-z][.)](?=\s))\s*/u;

/** A kode rekening or program code of three parts or more: "7.01.01", "1.02.01.2.01.0001", "5.1.02.01.001.00024". */
export const POLA_KODE = /^\d{1,2}(?:\.\d{1,5}){2,}\.?$/;
/** Any code in a kode column, urusan codes of one or two parts included ("1", "1.02"). */
export const POLA_KODE_SEL = /^\d{1,2}(?:\.\d{1,5})*\.?$/;

export const POLA_ROMAWI = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/;

const NAMA_NEGATIF =
  /angka kematian|kematian (ibu|bayi|balita)|prevalensi|stunting|gizi buruk|pengangguran|kemiskinan|penduduk miskin|putus sekolah|kriminal|pelanggaran|kecelakaan|jumlah (kasus|pengaduan|keluhan|temuan)|tingkat inflasi|kawasan kumuh|buta huruf/;

const NAMA_BUKAN_NEGATIF =
  /ditindaklanjuti|diselesaikan|ditangani|tertangani|terselesaikan|yang di ?[a-z]+/;

/** Memo of header roles by text: headers repeat across sheets. */
const memoPeran = new Map<string, PeranKolom>();
/** The role of a header path, memoised like {@link peran}. */
export function peranJalur(jalur: readonly string[]): PeranKolom {
  if (jalur.length < 2) return peran(jalur[0] ?? '');
  const kunci = jalur.join('\u0001');
  let p = memoPeran.get(kunci);
  if (p === undefined) {
    p = peranDariJalur(jalur);
    if (memoPeran.size > 5000) memoPeran.clear();
    memoPeran.set(kunci, p);
  }
  return p;
}

export function peran(teks: string): PeranKolom {
  let p = memoPeran.get(teks);
  if (p === undefined) {
    p = peranDariJudul(teks);
    if (memoPeran.size > 5000) memoPeran.clear();
    memoPeran.set(teks, p);
  }
  return p;
}

/** A cell holding an amount ("80", "Rp. 10.531.067.845,-", "88 %", "15 Desa"): data, not a header. */
export function berisiAngka(v: unknown): boolean {
  if (typeof v === 'number') return true;
  return typeof v === 'string' && bacaAngka(v).nilai !== undefined;
}

/** A polarity stated in words. */
export function bacaPolaritas(teks: string): Polaritas | undefined {
  const t = kunciTeks(teks);
  if (/negatif|^min|semakin (kecil|rendah)|lebih kecil|menurun/.test(t)) return 'negatif';
  if (/positif|^max|^maks|semakin (besar|tinggi)|lebih besar|meningkat/.test(t)) return 'positif';
  return undefined;
}

/** True when an indicator's name suggests lower-is-better (only a suggestion). */
export function namaTampakNegatif(nama: string): boolean {
  const t = kunciTeks(nama);
  return NAMA_NEGATIF.test(t) && !NAMA_BUKAN_NEGATIF.test(t);
}

/** Row labels of an IKM table's summary rows ("IKM Unit Layanan", "NRR Tertimbang", "Mutu Pelayanan"): never an unsur. */
export const POLA_BARIS_IKM =
  /^\s*(nilai\s+)?(ikm|indeks\s+kepuasan)|nrr\s+tertimbang|jumlah\s+nrr|mutu\s+(pelayanan|unit)|kinerja\s+unit/i;

/** "U1".."U9": the survey elements of an IKM table laid out across columns. */
export const POLA_UNSUR = /(^|\s)u\s?\d{1,2}$/i;
