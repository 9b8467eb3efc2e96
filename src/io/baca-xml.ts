import { lepasXml } from './xml';
import { akhirNamaTag, awalan, GalatXml, nilaiAtributMentah, PemindaiXml } from './xml-token';

/**
 * Text and attribute values as an XML parser gives them (what ExcelJS gets
 * from saxes): line ends normalised to "\n", entities and character
 * references read back, and in attribute values a literal tab or line end
 * read as a space.
 */
export function teksXml(mentah: string): string {
  const t = mentah.includes('\r') ? mentah.replace(/\r\n?/g, '\n') : mentah;
  return t.includes('&') ? lepasXml(t) : t;
}

export function atributXml(mentah: string): string {
  const t = /[\r\n\t]/.test(mentah) ? mentah.replace(/\r\n?|[\n\t]/g, ' ') : mentah;
  return t.includes('&') ? lepasXml(t) : t;
}

/** Spreadsheet escapes of characters XML cannot hold ("_x000D_"), as in shared strings. */
export function lepasEscapeExcel(teks: string): string {
  return teks.includes('_x')
    ? teks.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : teks;
}

/**
 * A scan of a whole part that checks it is well formed (every end tag
 * closes its start tag, one root) and names elements by their local name
 * when they are in the root's prefix (`x:row` in an `x:worksheet` is a
 * row; a `x14:row` is not). `buka` and `tutup` get the local name (or
 * undefined for elements of other prefixes); text and CDATA go to `teks`.
 */
export interface PenanganXml {
  /** A start tag; `akhirNama` is where its name ends (for {@link atributMentah}). */
  buka(lokal: string | undefined, s: PemindaiXml, akhirNama: number): void;
  tutup(lokal: string | undefined): void;
  /** Text or CDATA inside the root: read it with {@link isiTeks} when wanted. */
  teks(s: PemindaiXml): void;
}

/** The content of the current text (read back) or CDATA (as it stands) token. */
export function isiTeks(s: PemindaiXml): string {
  return s.jenis === 'cdata'
    ? s.xml.slice(s.awal + 9, s.akhir - 3)
    : teksXml(s.xml.slice(s.awal, s.akhir));
}

/** An attribute's raw value in the current start tag, without building the attribute list. */
export function atributMentah(s: PemindaiXml, akhirNama: number, nama: string): string | undefined {
  return nilaiAtributMentah(s.xml, akhirNama, s.akhir, nama);
}

/** Tag names read once per distinct name (a sheet has a handful), not once per tag. */
class NamaTag {
  private readonly simpan = new Map<number, string>();
  private readonly lokal = new Map<string, string | undefined>();
  /** The root's prefix with its colon ("" for none); set by the first start tag. */
  p: string | undefined;

  di(xml: string, a: number, b: number): string {
    let h = b - a;
    for (let i = a; i < b; i++) h = (Math.imul(h, 31) + xml.charCodeAt(i)) | 0;
    const ada = this.simpan.get(h);
    if (ada !== undefined && ada.length === b - a && xml.startsWith(ada, a)) return ada;
    const nama = xml.slice(a, b);
    this.simpan.set(h, nama);
    return nama;
  }

  /** The local name of an element in the root's prefix; undefined for other prefixes. */
  lokalDari(nama: string): string | undefined {
    let l = this.lokal.get(nama);
    if (l === undefined && !this.lokal.has(nama)) {
      const p = this.p ?? '';
      l =
        p === ''
          ? nama.includes(':')
            ? undefined
            : nama
          : nama.startsWith(p)
            ? nama.slice(p.length)
            : undefined;
      this.lokal.set(nama, l);
    }
    return l;
  }
}

export function pindaiXml(xml: string, h: PenanganXml): void {
  const s = new PemindaiXml(xml);
  const nt = new NamaTag();
  const tumpukan: string[] = [];
  let selesai = false;
  while (s.berikut()) {
    switch (s.jenis) {
      case 'buka': {
        const akhirNama = akhirNamaTag(xml, s.awal + 1);
        const nama = nt.di(xml, s.awal + 1, akhirNama);
        if (nt.p === undefined) nt.p = awalan(nama);
        else if (tumpukan.length === 0 && selesai) throw new GalatXml('dua elemen akar', s.awal);
        const lokal = nt.lokalDari(nama);
        h.buka(lokal, s, akhirNama);
        if (s.kosong) {
          h.tutup(lokal);
          if (tumpukan.length === 0) selesai = true;
        } else tumpukan.push(nama);
        break;
      }
      case 'tutup': {
        const nama = nt.di(xml, s.awal + 2, akhirNamaTag(xml, s.awal + 2));
        if (tumpukan.pop() !== nama)
          throw new GalatXml(`</${nama}> tidak menutup elemennya`, s.awal);
        h.tutup(nt.lokalDari(nama));
        if (tumpukan.length === 0) selesai = true;
        break;
      }
      case 'teks':
      case 'cdata':
        if (tumpukan.length > 0) h.teks(s);
        break;
      case 'doctype':
        throw new GalatXml('DOCTYPE di dalam bagian paket', s.awal);
      default:
        break;
    }
  }
  if (tumpukan.length > 0 || nt.p === undefined)
    throw new GalatXml('bagian tidak lengkap', xml.length);
}

/** The value of an attribute of the current start tag, read back; undefined when missing. */
export function nilaiAtribut(s: PemindaiXml, akhirNama: number, nama: string): string | undefined {
  const mentah = atributMentah(s, akhirNama, nama);
  return mentah === undefined ? undefined : atributXml(mentah);
}
