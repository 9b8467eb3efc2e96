/**
 * The zip container of an .xlsx, read and written entry by entry, so that
 * the parts a plan does not touch are copied as stored (never inflated,
 * never re-deflated) and the touched ones are deflated by the platform's
 * own deflate (see {@link Pemampat}). Only what Office writes is read: no
 * zip64, no encryption, no split archives.
 */

/** Raw deflate both ways: Node's zlib on the command line, the browser's CompressionStream in the page. */
export interface Pemampat {
  /** Inflate; more than `batas` bytes out (when given) is refused with {@link TerlaluBesar}. */
  kembangkan(data: Uint8Array, batas?: number): Promise<Uint8Array>;
  mampatkan(data: Uint8Array): Promise<Uint8Array>;
  /**
   * Deflate content given in pieces, as {@link mampatkan} deflates them
   * joined (the same bytes), without joining them first; where the
   * platform streams its deflate.
   */
  mampatkanPotongan?(potongan: readonly Uint8Array[]): Promise<Uint8Array>;
  /**
   * A deflate fed as the content is made: the same bytes as {@link
   * mampatkan} of the content joined; where the platform streams its deflate.
   */
  alirMampat?(): AlirMampat;
  /**
   * The platform's own CRC-32, where it has one (Node >= 20.15 / 22.2); else
   * {@link crc32}. `awal` is the CRC of the content before `data`.
   */
  crc32?(data: Uint8Array, awal?: number): number;
}

/** One deflate being fed. */
export interface AlirMampat {
  /** Resolves once `data` is consumed (its bytes may then be changed). */
  tulis(data: Uint8Array): Promise<void>;
  /** The deflated content, once everything is written. */
  selesai(): Promise<Uint8Array>;
  /** Give up (the content will not be finished). */
  batal(): void;
}

/** An entry that inflates to more than it may. */
export class TerlaluBesar extends Error {}

/** The most one part of a package may inflate to (one string of it must fit in JavaScript). */
export const BATAS_BAGIAN = 512 * 1024 * 1024;
/** The most a whole package may inflate to. */
export const BATAS_PAKET = 2 * 1024 * 1024 * 1024;
/** Deflate cannot pack more than about 1 032 to 1: a part past this ratio (and 10 MB) is a zip bomb. */
const BATAS_RASIO = 1000;

/**
 * Why a package must not be opened, or undefined: a part (or all of them)
 * inflating past its bounds, by the sizes the archive declares and, when a
 * deflate is given, by inflating each part once with a cap (a declared size
 * may lie). Bounded in memory by the largest allowed part.
 */
export async function periksaUkuranZip(
  entri: EntriZip[],
  pemampat?: Pemampat,
): Promise<string | undefined> {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  let total = 0;
  for (const e of entri) {
    if (e.ukuran > BATAS_BAGIAN)
      return `bagian ${e.nama} mengembang menjadi ${mb(e.ukuran)} (batas ${mb(BATAS_BAGIAN)})`;
    if (e.ukuran > 10 * 1048576 && e.ukuran > BATAS_RASIO * Math.max(1, e.terkompres.length))
      return `bagian ${e.nama} mengembang ${Math.round(e.ukuran / Math.max(1, e.terkompres.length))} kali (bom zip)`;
    total += e.ukuran;
  }
  if (total > BATAS_PAKET)
    return `isinya mengembang menjadi ${mb(total)} (batas ${mb(BATAS_PAKET)})`;
  if (!pemampat) return undefined;
  for (const e of entri) {
    if (e.metode !== 8) continue;
    try {
      const isi = await pemampat.kembangkan(e.terkompres, e.ukuran);
      if (isi.length !== e.ukuran) return `bagian ${e.nama} tidak sesuai ukuran yang dinyatakan`;
    } catch (x) {
      if (x instanceof TerlaluBesar)
        return `bagian ${e.nama} mengembang melebihi ukuran yang dinyatakannya (${mb(e.ukuran)})`;
      return `bagian ${e.nama} rusak`;
    }
  }
  return undefined;
}

/** One stored entry: the compressed bytes exactly as they sit in the archive. */
export interface EntriZip {
  nama: string;
  metode: 0 | 8;
  crc: number;
  ukuran: number;
  terkompres: Uint8Array;
  waktu: number;
  tanggal: number;
}

/** Why a file is left to the ExcelJS writer: something the patching writer does not handle (not an error of the user's file). */
export class TakDidukung extends Error {}

const TANDA_AKHIR = 0x06054b50;
const TANDA_PUSAT = 0x02014b50;
const TANDA_LOKAL = 0x04034b50;
const UTF8 = 1 << 11;

const TABEL_CRC = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data`; `awal` is the CRC of the content before it (to go on piece by piece). */
export function crc32(data: Uint8Array, awal = 0): number {
  let c = ~awal;
  for (let i = 0; i < data.length; i++) c = TABEL_CRC[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function tampilan(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The entries of an archive, in the order of its central directory. */
export function bacaZip(data: Uint8Array): EntriZip[] {
  const v = tampilan(data);
  let akhir = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === TANDA_AKHIR) {
      akhir = i;
      break;
    }
  }
  if (akhir < 0) throw new TakDidukung('akhir direktori zip tidak ditemukan');
  const jumlah = v.getUint16(akhir + 10, true);
  let p = v.getUint32(akhir + 16, true);
  if (v.getUint16(akhir + 4, true) !== 0 || jumlah === 0xffff || p === 0xffffffff)
    throw new TakDidukung('zip64 atau arsip terbelah');
  const hasil: EntriZip[] = [];
  const dekoder = new TextDecoder();
  for (let n = 0; n < jumlah; n++) {
    if (v.getUint32(p, true) !== TANDA_PUSAT) throw new TakDidukung('direktori zip rusak');
    const bendera = v.getUint16(p + 8, true);
    const metode = v.getUint16(p + 10, true);
    const terkompres = v.getUint32(p + 20, true);
    const ukuran = v.getUint32(p + 24, true);
    const panjangNama = v.getUint16(p + 28, true);
    const lokal = v.getUint32(p + 42, true);
    if (bendera & 1) throw new TakDidukung('entri zip terenkripsi');
    if (metode !== 0 && metode !== 8) throw new TakDidukung(`metode zip ${metode}`);
    if (terkompres === 0xffffffff || ukuran === 0xffffffff || lokal === 0xffffffff)
      throw new TakDidukung('zip64');
    if (v.getUint32(lokal, true) !== TANDA_LOKAL) throw new TakDidukung('entri zip rusak');
    const mulai = lokal + 30 + v.getUint16(lokal + 26, true) + v.getUint16(lokal + 28, true);
    hasil.push({
      nama: dekoder.decode(data.subarray(p + 46, p + 46 + panjangNama)),
      metode,
      crc: v.getUint32(p + 16, true),
      ukuran,
      terkompres: data.subarray(mulai, mulai + terkompres),
      waktu: v.getUint16(p + 12, true),
      tanggal: v.getUint16(p + 14, true),
    });
    p += 46 + panjangNama + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return hasil;
}

/** An entry's content. */
export async function isiEntri(e: EntriZip, p: Pemampat): Promise<Uint8Array> {
  let isi: Uint8Array;
  try {
    isi = e.metode === 0 ? e.terkompres : await p.kembangkan(e.terkompres, e.ukuran);
  } catch (x) {
    throw new TakDidukung(
      x instanceof TerlaluBesar ? `isi ${e.nama} melebihi ukurannya` : `isi ${e.nama} rusak`,
    );
  }
  if (isi.length !== e.ukuran || (p.crc32 ?? crc32)(isi) !== e.crc)
    throw new TakDidukung(`isi ${e.nama} tidak cocok dengan CRC-nya`);
  return isi;
}

/** An entry's CRC-32 and size, taken piece by piece as its content comes (the platform's CRC where it has one). */
export class CrcBerjalan {
  private c = 0;
  ukuran = 0;
  private readonly f: (data: Uint8Array, awal: number) => number;

  constructor(p: Pemampat) {
    this.f = p.crc32 ?? crc32;
  }

  tambah(data: Uint8Array): void {
    this.c = this.f(data, this.c);
    this.ukuran += data.length;
  }

  get crc(): number {
    return this.c >>> 0;
  }
}

/** A new deflated entry with `isi` (whole, or in pieces), dated like `asal`. */
export async function entriBaru(
  asal: Pick<EntriZip, 'nama' | 'waktu' | 'tanggal'>,
  isi: Uint8Array | readonly Uint8Array[],
  p: Pemampat,
): Promise<EntriZip> {
  const potongan = isi instanceof Uint8Array ? [isi] : isi;
  const cek = new CrcBerjalan(p);
  for (const x of potongan) cek.tambah(x);
  let terkompres: Uint8Array;
  if (potongan.length === 1) terkompres = await p.mampatkan(potongan[0]);
  else if (p.mampatkanPotongan) terkompres = await p.mampatkanPotongan(potongan);
  else terkompres = await p.mampatkan(gabungBita(potongan));
  return {
    nama: asal.nama,
    metode: 8,
    crc: cek.crc,
    ukuran: cek.ukuran,
    terkompres,
    waktu: asal.waktu,
    tanggal: asal.tanggal,
  };
}

/** Pieces of bytes joined into one array. */
export function gabungBita(potongan: readonly Uint8Array[]): Uint8Array {
  if (potongan.length === 1) return potongan[0];
  let panjang = 0;
  for (const x of potongan) panjang += x.length;
  const hasil = new Uint8Array(panjang);
  let p = 0;
  for (const x of potongan) {
    hasil.set(x, p);
    p += x.length;
  }
  return hasil;
}

/** The archive holding `entri`, in that order. */
export function tulisZip(entri: EntriZip[]): Uint8Array {
  const enkoder = new TextEncoder();
  const nama = entri.map((e) => enkoder.encode(e.nama));
  const lokal = entri.reduce((n, e, i) => n + 30 + nama[i].length + e.terkompres.length, 0);
  const pusat = entri.reduce((n, _, i) => n + 46 + nama[i].length, 0);
  if (lokal + pusat > 0xfffffffe || entri.length >= 0xffff)
    throw new TakDidukung('terlalu besar untuk zip tanpa zip64');
  const data = new Uint8Array(lokal + pusat + 22);
  const v = tampilan(data);
  let p = 0;
  let q = lokal;
  entri.forEach((e, i) => {
    const bendera = /[^\x20-\x7e]/.test(e.nama) ? UTF8 : 0;
    // The fields a local header and its central directory record share, from `versi needed` on.
    const bersama = (o: number) => {
      v.setUint16(o, 20, true);
      v.setUint16(o + 2, bendera, true);
      v.setUint16(o + 4, e.metode, true);
      v.setUint16(o + 6, e.waktu, true);
      v.setUint16(o + 8, e.tanggal, true);
      v.setUint32(o + 10, e.crc, true);
      v.setUint32(o + 14, e.terkompres.length, true);
      v.setUint32(o + 18, e.ukuran, true);
      v.setUint16(o + 22, nama[i].length, true);
    };
    v.setUint32(q, TANDA_PUSAT, true);
    v.setUint16(q + 4, 20, true);
    bersama(q + 6);
    v.setUint32(q + 42, p, true);
    data.set(nama[i], q + 46);
    q += 46 + nama[i].length;

    v.setUint32(p, TANDA_LOKAL, true);
    bersama(p + 4);
    data.set(nama[i], p + 30);
    data.set(e.terkompres, p + 30 + nama[i].length);
    p += 30 + nama[i].length + e.terkompres.length;
  });
  v.setUint32(q, TANDA_AKHIR, true);
  v.setUint16(q + 8, entri.length, true);
  v.setUint16(q + 10, entri.length, true);
  v.setUint32(q + 12, pusat, true);
  v.setUint32(q + 16, lokal, true);
  return data;
}
