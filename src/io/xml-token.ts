/**
 * A small, exact XML scanner for the parts of an .xlsx package: every
 * lexical form of XML 1.0 (declaration, processing instructions, comments,
 * CDATA, a DOCTYPE with its internal subset, start, end and empty tags
 * whose attribute values may hold `>` or `/>`, text) with the exact offsets
 * of each token, so an editor can rewrite one element and copy every other
 * byte. It allocates nothing per token (names and attributes are read on
 * demand), so it can walk a sheet of millions of cells. Entities are never
 * resolved. Malformed input (an unclosed tag, comment or quote, mismatched
 * end tags) throws {@link GalatXml}.
 */

export type JenisToken = 'buka' | 'tutup' | 'teks' | 'cdata' | 'komentar' | 'pi' | 'doctype';

export class GalatXml extends Error {
  constructor(
    pesan: string,
    readonly posisi: number,
  ) {
    super(`${pesan} (posisi ${posisi})`);
    this.name = 'GalatXml';
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '
const LSQB = 91; // [
const RSQB = 93; // ]
const SERU = 33; // !
const TANYA = 63; // ?

/** XML whitespace: space, tab, line feed, carriage return. */
export function spasi(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** One attribute of a start tag, with the offsets of its raw value (between the quotes). */
export interface Atribut {
  nama: string;
  /** The value as written (entities not read back). */
  mentah: string;
  awal: number;
  akhir: number;
  /** Offsets of the whole `nama="value"`. */
  awalPenuh: number;
  akhirPenuh: number;
}

/** Scans `xml` from `awal` to `batas`, one token per {@link PemindaiXml.berikut}. */
export class PemindaiXml {
  jenis: JenisToken = 'teks';
  /** The current token spans [awal, akhir). */
  awal = 0;
  akhir = 0;
  /** A start tag that closes itself (`<c r="A1"/>`). */
  kosong = false;
  private akhirNama = 0;
  private p: number;

  constructor(
    readonly xml: string,
    awal = 0,
    private readonly batas = xml.length,
  ) {
    this.p = awal;
  }

  /** The tag name (prefix included) of a start or end tag. */
  get nama(): string {
    const mulai = this.jenis === 'tutup' ? this.awal + 2 : this.awal + 1;
    return this.xml.slice(mulai, this.akhirNama);
  }

  /** Move to the next token; false at the end. */
  berikut(): boolean {
    const { xml } = this;
    const p = this.p;
    if (p >= this.batas) return false;
    this.awal = p;
    this.kosong = false;
    // The character after "<" tells the kind: most tags are start and end tags, told by one test.
    const c1 = xml.charCodeAt(p + 1);
    if (xml.charCodeAt(p) !== LT) {
      const lt = xml.indexOf('<', p);
      this.jenis = 'teks';
      this.akhir = lt < 0 || lt > this.batas ? this.batas : lt;
    } else if (c1 === SERU) this.bacaSeru(p);
    else if (c1 === TANYA) {
      this.jenis = 'pi';
      this.akhir = this.cari('?>', p + 2);
    } else if (c1 === SLASH) {
      this.jenis = 'tutup';
      this.akhirNama = this.lewatiNama(p + 2);
      let q = this.akhirNama;
      while (q < this.batas && spasi(xml.charCodeAt(q))) q++;
      if (xml.charCodeAt(q) !== GT) throw new GalatXml('tag penutup tidak selesai', p);
      this.akhir = q + 1;
    } else {
      this.jenis = 'buka';
      this.akhirNama = this.lewatiNama(p + 1);
      this.akhir = this.lewatiAtribut(this.akhirNama);
    }
    this.p = this.akhir;
    return true;
  }

  /** A comment, CDATA or a DOCTYPE ("<!" at `p`). */
  private bacaSeru(p: number): void {
    const { xml } = this;
    if (xml.startsWith('<!--', p)) {
      this.jenis = 'komentar';
      this.akhir = this.cari('-->', p + 4);
    } else if (xml.startsWith('<![CDATA[', p)) {
      this.jenis = 'cdata';
      this.akhir = this.cari(']]>', p + 9);
    } else {
      this.jenis = 'doctype';
      this.akhir = this.lewatiDoctype(p + 2);
    }
  }

  private cari(akhiran: string, dari: number): number {
    const i = this.xml.indexOf(akhiran, dari);
    if (i < 0 || i + akhiran.length > this.batas)
      throw new GalatXml(`tidak ditutup dengan ${akhiran}`, this.awal);
    return i + akhiran.length;
  }

  private lewatiNama(dari: number): number {
    let q = dari;
    while (q < this.batas) {
      const c = this.xml.charCodeAt(q);
      if (spasi(c) || c === GT || c === SLASH || c === EQ || c === LT) break;
      q++;
    }
    if (q === dari) throw new GalatXml('nama tag kosong', this.awal);
    return q;
  }

  /** Past the attributes of a start tag to just after its `>`; sets {@link kosong}. */
  private lewatiAtribut(dari: number): number {
    const { xml } = this;
    let q = dari;
    for (;;) {
      while (q < this.batas && spasi(xml.charCodeAt(q))) q++;
      if (q >= this.batas) throw new GalatXml('tag tidak ditutup', this.awal);
      const c = xml.charCodeAt(q);
      if (c === GT) return q + 1;
      if (c === SLASH) {
        if (xml.charCodeAt(q + 1) !== GT) throw new GalatXml('"/" tanpa ">"', q);
        this.kosong = true;
        return q + 2;
      }
      q = this.lewatiSatuAtribut(q);
    }
  }

  private lewatiSatuAtribut(dari: number): number {
    const { xml } = this;
    let q = this.lewatiNama(dari);
    while (q < this.batas && spasi(xml.charCodeAt(q))) q++;
    if (xml.charCodeAt(q) !== EQ) throw new GalatXml('atribut tanpa "="', q);
    q++;
    while (q < this.batas && spasi(xml.charCodeAt(q))) q++;
    const kutip = xml.charCodeAt(q);
    if (kutip !== QUOT && kutip !== APOS) throw new GalatXml('nilai atribut tanpa tanda kutip', q);
    const tutup = xml.indexOf(kutip === QUOT ? '"' : "'", q + 1);
    if (tutup < 0 || tutup >= this.batas) throw new GalatXml('nilai atribut tidak ditutup', q);
    const lt = xml.indexOf('<', q + 1);
    if (lt >= 0 && lt < tutup) throw new GalatXml('"<" di dalam nilai atribut', lt);
    return tutup + 1;
  }

  /** A DOCTYPE with its internal subset (brackets, quoted strings, comments inside). */
  private lewatiDoctype(dari: number): number {
    const { xml } = this;
    let dalam = 0;
    for (let q = dari; q < this.batas; q++) {
      const c = xml.charCodeAt(q);
      if (c === QUOT || c === APOS) {
        const t = xml.indexOf(String.fromCharCode(c), q + 1);
        if (t < 0) break;
        q = t;
      } else if (c === LT && xml.startsWith('<!--', q)) {
        const t = xml.indexOf('-->', q + 4);
        if (t < 0) break;
        q = t + 2;
      } else if (c === LSQB) dalam++;
      else if (c === RSQB) dalam--;
      else if (c === GT && dalam <= 0) return q + 1;
    }
    throw new GalatXml('DOCTYPE tidak ditutup', this.awal);
  }

  /** Go on scanning from `posisi` (past an element found by other means). */
  lompatKe(posisi: number): void {
    this.p = posisi;
  }

  /** The attributes of the current start tag. */
  atribut(): Atribut[] {
    return uraiAtribut(this.xml, this.akhirNama, this.akhir);
  }
}

/**
 * Walk the attributes of a start tag from `dari` (just past its name) to
 * `sampai`: `f` gets each one's name and raw-value offsets, and stops the
 * walk by returning true.
 */
export function telusuriAtribut(
  xml: string,
  dari: number,
  sampai: number,
  f: (awalNama: number, akhirNama: number, awalNilai: number, akhirNilai: number) => boolean,
): void {
  let q = dari;
  for (;;) {
    while (q < sampai && spasi(xml.charCodeAt(q))) q++;
    const c = xml.charCodeAt(q);
    if (q >= sampai || c === GT || c === SLASH) return;
    const awalNama = q;
    while (q < sampai && !spasi(xml.charCodeAt(q)) && xml.charCodeAt(q) !== EQ) q++;
    const akhirNama = q;
    while (q < sampai && xml.charCodeAt(q) !== EQ) q++;
    q++;
    while (q < sampai && spasi(xml.charCodeAt(q))) q++;
    const kutip = xml[q];
    const tutup = xml.indexOf(kutip, q + 1);
    if ((kutip !== '"' && kutip !== "'") || tutup < 0 || tutup >= sampai)
      throw new GalatXml('atribut rusak', q);
    if (f(awalNama, akhirNama, q + 1, tutup)) return;
    q = tutup + 1;
  }
}

/** The attributes of a start tag from `dari` (just past its name) to its end. */
export function uraiAtribut(xml: string, dari: number, sampai: number): Atribut[] {
  const hasil: Atribut[] = [];
  telusuriAtribut(xml, dari, sampai, (awalNama, akhirNama, awal, akhir) => {
    hasil.push({
      nama: xml.slice(awalNama, akhirNama),
      mentah: xml.slice(awal, akhir),
      awal,
      akhir,
      awalPenuh: awalNama,
      akhirPenuh: akhir + 1,
    });
    return false;
  });
  return hasil;
}

/**
 * The raw value of one attribute of a start tag, without building the list:
 * the patch asks this of every cell it rewrites.
 */
export function nilaiAtributMentah(
  xml: string,
  dari: number,
  sampai: number,
  nama: string,
): string | undefined {
  let hasil: string | undefined;
  telusuriAtribut(xml, dari, sampai, (awalNama, akhirNama, awal, akhir) => {
    if (!namaDi(xml, nama, awalNama, akhirNama)) return false;
    hasil = xml.slice(awal, akhir);
    return true;
  });
  return hasil;
}

/** The end of a tag name that starts at `dari`. */
export function akhirNamaTag(xml: string, dari: number): number {
  let q = dari;
  for (;;) {
    const c = xml.charCodeAt(q);
    if (q >= xml.length || spasi(c) || c === GT || c === SLASH) return q;
    q++;
  }
}

/** An element found in a part: its start tag, its content, its whole span. */
export interface Elemen {
  nama: string;
  awal: number;
  /** Just past the start tag. */
  akhirBuka: number;
  /** Where the end tag begins (= akhir for an empty element). */
  awalTutup: number;
  akhir: number;
  kosong: boolean;
}

/**
 * The element whose start tag the scanner has just read, found whole: the
 * scanner is left past its end tag. End tags must match their start tags.
 */
export function ambilElemen(s: PemindaiXml): Elemen {
  const nama = s.nama;
  const awal = s.awal;
  const akhirBuka = s.akhir;
  if (s.kosong) return { nama, awal, akhirBuka, awalTutup: s.akhir, akhir: s.akhir, kosong: true };
  const tumpukan: string[] = [nama];
  while (s.berikut()) {
    if (s.jenis === 'buka') {
      if (!s.kosong) tumpukan.push(s.nama);
    } else if (s.jenis === 'tutup') {
      const harap = tumpukan.pop();
      if (s.nama !== harap) throw new GalatXml(`</${s.nama}> menutup <${harap}>`, s.awal);
      if (tumpukan.length === 0)
        return { nama, awal, akhirBuka, awalTutup: s.awal, akhir: s.akhir, kosong: false };
    }
  }
  throw new GalatXml(`<${nama}> tidak ditutup`, awal);
}

/** A child of an element: an element, or another node (text, comment, CDATA, PI). */
export type Anak = { elemen: Elemen } | { jenis: JenisToken; awal: number; akhir: number };

/** The children of an element, in order (its content scanned once). */
export function* anakDari(xml: string, el: Elemen): Generator<Anak> {
  if (el.kosong) return;
  const s = new PemindaiXml(xml, el.akhirBuka, el.awalTutup);
  while (s.berikut()) {
    if (s.jenis === 'buka') yield { elemen: ambilElemen(s) };
    else if (s.jenis === 'tutup') throw new GalatXml(`</${s.nama}> tanpa pembuka`, s.awal);
    else yield { jenis: s.jenis, awal: s.awal, akhir: s.akhir };
  }
}

/** The root element of a part, after its prolog; a DOCTYPE is refused (no part of a package has one). */
export function akar(xml: string): Elemen {
  const s = new PemindaiXml(xml);
  while (s.berikut()) {
    if (s.jenis === 'buka') return ambilElemen(s);
    if (s.jenis === 'doctype') throw new GalatXml('DOCTYPE di dalam bagian paket', s.awal);
    if (s.jenis === 'tutup' || s.jenis === 'cdata') throw new GalatXml('isi sebelum akar', s.awal);
    if (s.jenis === 'teks' && xml.slice(s.awal, s.akhir).trim() !== '')
      throw new GalatXml('teks sebelum akar', s.awal);
  }
  throw new GalatXml('tanpa elemen akar', 0);
}

/** The local part of a tag name: "x:row" -> "row". */
export function lokal(nama: string): string {
  return nama.slice(nama.indexOf(':') + 1);
}

/** The prefix of a tag name with its colon: "x:row" -> "x:", "row" -> "". */
export function awalan(nama: string): string {
  return nama.slice(0, nama.indexOf(':') + 1);
}

/** A part's root and its child elements (by local name when in the root's prefix, else by full name). */
export interface Struktur {
  akar: Elemen;
  /** The root's prefix with its colon, or "". */
  p: string;
  bagian: { nama: string; el: Elemen }[];
}

/** The root of a small part and its children, scanned whole. */
export function struktur(xml: string): Struktur {
  const a = akar(xml);
  const p = awalan(a.nama);
  const bagian: Struktur['bagian'] = [];
  for (const x of anakDari(xml, a))
    if ('elemen' in x)
      bagian.push({
        nama: awalan(x.elemen.nama) === p ? lokal(x.elemen.nama) : x.elemen.nama,
        el: x.elemen,
      });
  return { akar: a, p, bagian };
}

/** The child elements of `el` named `nama` (prefix included), as [start tag, whole element] text. */
export function anakBernama(
  xml: string,
  el: Elemen,
  nama: string,
): { tag: string; xml: string; el: Elemen }[] {
  const hasil: { tag: string; xml: string; el: Elemen }[] = [];
  for (const x of anakDari(xml, el))
    if ('elemen' in x && x.elemen.nama === nama)
      hasil.push({
        tag: xml.slice(x.elemen.awal, x.elemen.akhirBuka),
        xml: xml.slice(x.elemen.awal, x.elemen.akhir),
        el: x.elemen,
      });
  return hasil;
}

/** The whole number of plain digits xml[awal, akhir) (at most nine), or -1. */
export function angkaDi(xml: string, awal: number, akhir: number): number {
  if (akhir <= awal || akhir - awal > 9) return -1;
  let n = 0;
  for (let i = awal; i < akhir; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + c - 48;
  }
  return n;
}

/**
 * Offsets of the values of some attributes of a start tag (-1: missing),
 * read in one pass and without a string each: a cell's r, s and t, a
 * formula's t, si and ref, a row's r and hidden. The scanner has checked
 * the tag's form. A name written twice: the last, as an XML parser reads it
 * (the reader), or the first, as {@link nilaiAtributMentah} finds it (the
 * patch writer).
 */
export class AtributTag {
  readonly awal: Int32Array;
  readonly akhir: Int32Array;

  constructor(
    private readonly nama: readonly string[],
    private readonly pertama = false,
  ) {
    this.awal = new Int32Array(nama.length);
    this.akhir = new Int32Array(nama.length);
  }

  /** Read the tag's attributes from `dari` (past its name) to `sampai` (its end). */
  baca(xml: string, dari: number, sampai: number): void {
    this.awal.fill(-1);
    let q = dari;
    for (;;) {
      while (q < sampai && xml.charCodeAt(q) <= 32) q++;
      const c = xml.charCodeAt(q);
      if (q >= sampai || c === GT || c === SLASH) return;
      const awalNama = q;
      while (q < sampai && xml.charCodeAt(q) > 32 && xml.charCodeAt(q) !== EQ) q++;
      const i = this.indeks(xml, awalNama, q);
      while (q < sampai && xml.charCodeAt(q) !== EQ) q++;
      q++;
      while (q < sampai && xml.charCodeAt(q) <= 32) q++;
      const tutup = xml.indexOf(xml[q], q + 1);
      if (i >= 0 && !(this.pertama && this.awal[i] >= 0)) {
        this.awal[i] = q + 1;
        this.akhir[i] = tutup;
      }
      q = tutup + 1;
    }
  }

  private indeks(xml: string, a: number, b: number): number {
    const nama = this.nama;
    for (let i = 0; i < nama.length; i++) if (namaDi(xml, nama[i], a, b)) return i;
    return -1;
  }

  /** The raw value of the i-th attribute asked for. */
  teks(xml: string, i: number): string | undefined {
    return this.awal[i] < 0 ? undefined : xml.slice(this.awal[i], this.akhir[i]);
  }
}

/** Whether xml[awal, akhir) is `nama`. */
export function namaDi(xml: string, nama: string, awal: number, akhir: number): boolean {
  return akhir - awal === nama.length && xml.startsWith(nama, awal);
}
