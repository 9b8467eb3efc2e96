import { hurufKolom } from '../sheet/grid';

/**
 * A part being written as UTF-8 bytes, piece by piece: new text is encoded
 * as it comes, and what is kept of the part it replaces is copied from that
 * part's own bytes (never decoded and encoded again). The patch writer
 * edits a sheet of millions of cells this way without building the whole
 * sheet as one JavaScript string and encoding it at the end.
 *
 * Two ways to take what is written: all of it at the end ({@link
 * Keluaran.hasil}), or, made to stream, block by block as blocks fill
 * ({@link Keluaran.ambil}), each block handed back once the deflater is
 * done with it ({@link Keluaran.kembalikan}) and filled again.
 */

/** A part's text and, when it was stored as UTF-8, the bytes it was read from. */
export interface SumberTeks {
  teks: string;
  /** The stored bytes (UTF-8); absent when the part was stored in another encoding. */
  bita?: Uint8Array;
}

/** Size of each block of output (large copies are taken as views, not copied). */
const BLOK = 1 << 18;
/** A copy from the source longer than this is kept as a view of it. */
const SALIN_LANGSUNG = 1 << 14;
/** A copy this short is made byte by byte (a view of the source for each would cost more). */
const SALIN_PENDEK = 64;
/** Text longer than this is encoded by the platform rather than character by character. */
const TEKS_PANJANG = 256;

const enkoder = new TextEncoder();

export class Keluaran {
  private readonly potongan: Uint8Array[] = [];
  /** Blocks handed back, to be filled again (streaming only). */
  private readonly cadangan: Uint8Array[] = [];
  private buf: Uint8Array = new Uint8Array(0);
  /** The part of `buf` not yet in `potongan` starts here. */
  private awal = 0;
  private n = 0;
  private readonly xml: string;
  private readonly bita: Uint8Array | undefined;
  /** Bytes before the text (a byte-order mark the decoder dropped). */
  private readonly geser: number;
  /** Every character of the text is one byte. */
  private readonly ascii: boolean;
  // Where the last offset asked for lies, in the text and in the bytes.
  private pTeks = 0;
  private pBita = 0;

  /**
   * @param alir Stream: blocks are taken as they fill and given back; no
   * piece is a view of the source (a block is whole and owned).
   */
  constructor(
    sumber: SumberTeks,
    private readonly alir = false,
  ) {
    this.xml = sumber.teks;
    const { bita } = sumber;
    // UTF-8 with a byte-order mark: the text starts after it (the decoder drops it).
    const bom = !!bita && bita[0] === 0xef && bita[1] === 0xbb && bita[2] === 0xbf;
    this.bita = bita;
    this.geser = bom ? 3 : 0;
    this.ascii = !!bita && bita.length === this.xml.length + this.geser;
    this.pBita = this.geser;
  }

  /** Room for `perlu` more bytes in the current block. */
  private ruang(perlu: number): void {
    if (this.n + perlu <= this.buf.length) return;
    this.simpan();
    const bekas = perlu <= BLOK ? this.cadangan.pop() : undefined;
    this.buf = bekas ?? new Uint8Array(Math.max(BLOK, perlu));
    this.awal = this.n = 0;
  }

  /** Blocks are ready to be taken (streaming). */
  get siap(): boolean {
    return this.alir && this.potongan.length > 0;
  }

  /** The blocks filled so far, and at the `akhir` the last one too (streaming). */
  ambil(akhir = false): Uint8Array[] {
    if (akhir) this.simpan();
    const hasil = this.potongan.slice();
    this.potongan.length = 0;
    return hasil;
  }

  /** A block taken and done with, to be filled again. */
  kembalikan(blok: Uint8Array): void {
    if (blok.byteOffset === 0 && blok.buffer.byteLength === BLOK && this.cadangan.length < 4)
      this.cadangan.push(new Uint8Array(blok.buffer as ArrayBuffer));
  }

  /** The bytes written into the current block so far go to the list. */
  private simpan(): void {
    if (this.n > this.awal) this.potongan.push(this.buf.subarray(this.awal, this.n));
    this.awal = this.n;
  }

  /** New text. */
  teks(s: string): void {
    const panjang = s.length;
    if (panjang > TEKS_PANJANG) {
      this.panjang(s);
      return;
    }
    this.ruang(panjang * 3);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < panjang; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        n += enkoder.encodeInto(s.slice(i), buf.subarray(n)).written;
        break;
      }
      buf[n++] = c;
    }
    this.n = n;
  }

  private panjang(s: string): void {
    // At most three bytes a UTF-16 unit.
    this.ruang(s.length * 3);
    this.n += enkoder.encodeInto(s, this.buf.subarray(this.n)).written;
  }

  /** A number as `String(x)` writes it; whole ones without making that string. */
  angka(x: number): void {
    // Most are row numbers and cell formats: small whole numbers, in 32-bit arithmetic.
    if (x >= 0 && x < 0x7fffffff && (x | 0) === x) {
      this.ruang(10);
      const buf = this.buf;
      let digit = 1;
      for (let y = x; y >= 10; y = (y / 10) | 0) digit++;
      let i = this.n + digit;
      this.n = i;
      let y = x;
      do {
        const z = (y / 10) | 0;
        buf[--i] = 48 + y - z * 10;
        y = z;
      } while (y > 0);
      return;
    }
    if (!Number.isSafeInteger(x)) {
      this.teks(String(x));
      return;
    }
    this.ruang(17);
    if (x < 0) this.buf[this.n++] = 45;
    const nilai = Math.abs(x);
    let digit = 1;
    for (let y = nilai; y >= 10; y = Math.floor(y / 10)) digit++;
    const buf = this.buf;
    let i = this.n + digit;
    this.n = i;
    let y = nilai;
    do {
      buf[--i] = 48 + (y % 10);
      y = Math.floor(y / 10);
    } while (y > 0);
  }

  /** Column letters: 1 is A, 27 is AA (the grid's letters, cached per column). */
  kolom(k: number): void {
    if (!(k >= 1 && k <= 0xffffffff)) return;
    this.teks(hurufKolom(k));
  }

  /** The source text from `awal` to `akhir`, kept as it was stored. */
  salin(awal: number, akhir: number): void {
    if (akhir <= awal) return;
    if (!this.bita) {
      this.teks(this.xml.slice(awal, akhir));
      return;
    }
    const a = this.bitaDi(awal);
    const z = this.bitaDi(akhir);
    if (this.alir) {
      // Into the blocks, a block at a time.
      for (let p = a; p < z;) {
        if (this.n === this.buf.length) this.ruang(1);
        const m = Math.min(z - p, this.buf.length - this.n);
        this.salinBita(p, m);
        p += m;
      }
      return;
    }
    if (z - a > SALIN_LANGSUNG) {
      this.simpan();
      this.potongan.push(this.bita.subarray(a, z));
      return;
    }
    this.ruang(z - a);
    this.salinBita(a, z - a);
  }

  /** `m` source bytes from `dari` into the current block (it has room). */
  private salinBita(dari: number, m: number): void {
    const bita = this.bita!;
    const buf = this.buf;
    // A row's tags between written cells are a few dozen bytes: copied in place, without a view each.
    if (m <= SALIN_PENDEK) for (let i = 0; i < m; i++) buf[this.n + i] = bita[dari + i];
    else buf.set(bita.subarray(dari, dari + m), this.n);
    this.n += m;
  }

  /** The byte offset of text offset `p` (asked for in order, as the writer goes). */
  private bitaDi(p: number): number {
    if (this.ascii) return p + this.geser;
    if (p < this.pTeks) {
      this.pTeks = 0;
      this.pBita = this.geser;
    }
    const xml = this.xml;
    let b = this.pBita;
    for (let i = this.pTeks; i < p; i++) {
      const c = xml.charCodeAt(i);
      // A surrogate pair is four bytes: two for each half.
      b += c < 0x80 ? 1 : c < 0x800 || (c & 0xf800) === 0xd800 ? 2 : 3;
    }
    this.pTeks = p;
    this.pBita = b;
    return b;
  }

  /** Everything written, in pieces (joining a sheet of tens of MB would copy it once more). */
  hasil(): Uint8Array[] {
    this.simpan();
    const hasil = this.potongan.slice();
    this.potongan.length = 0;
    return hasil;
  }
}
