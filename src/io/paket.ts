import type { SumberTeks } from './keluaran';
import { atribut } from './xml';
import { anakBernama, struktur } from './xml-token';
import {
  bacaZip,
  CrcBerjalan,
  entriBaru,
  gabungBita,
  isiEntri,
  tulisZip,
  TakDidukung,
  type EntriZip,
  type Pemampat,
} from './zip';

/**
 * An .xlsx package being changed: its parts read as text when asked for,
 * changed, added or dropped, and written back as a zip in which the parts
 * nobody changed are copied exactly as they were stored. Also the package
 * relationships (`_rels/*.rels`) that tie the parts together.
 */

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Hubungan {
  id: string;
  jenis: string;
  jalur: string;
  xml: string;
}

function folder(jalur: string): string {
  return jalur.slice(0, jalur.lastIndexOf('/') + 1);
}

function jalurRels(jalur: string): string {
  return `${folder(jalur)}_rels/${jalur.slice(jalur.lastIndexOf('/') + 1)}.rels`;
}

/** The relationships of a part, with targets as package paths. */
export function hubungan(xml: string, dariFolder: string): Hubungan[] {
  const st = struktur(xml);
  return anakBernama(xml, st.akar, `${st.p}Relationship`).map(({ xml: tag }) => {
    const target = atribut(tag, 'Target') ?? '';
    const bagian = (target.startsWith('/') ? target.slice(1) : dariFolder + target).split('/');
    const jalur: string[] = [];
    for (const b of bagian)
      if (b === '..') jalur.pop();
      else if (b !== '.') jalur.push(b);
    return {
      id: atribut(tag, 'Id') ?? '',
      jenis: atribut(tag, 'Type') ?? '',
      jalur: jalur.join('/'),
      xml: tag,
    };
  });
}

/** `ke` as a relationship target of the part `dari`. */
function relatif(dari: string, ke: string): string {
  const a = folder(dari).split('/').slice(0, -1);
  const b = ke.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return '../'.repeat(a.length - i) + b.slice(i).join('/');
}

const DEKLARASI = /^<\?xml\b[^>]*?\bencoding\s*=\s*(["'])([\w.:-]+)\1/;

/**
 * An XML part's text, whatever its encoding: a byte-order mark (UTF-8,
 * UTF-16 either way) or the declaration's encoding decides. Text read from
 * another encoding has its declaration changed to say UTF-8, which is what
 * it is written back as.
 */
export function dekodeXml(data: Uint8Array): { teks: string; utf8: boolean } {
  let label = 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) label = 'utf-16le';
  else if (data[0] === 0xfe && data[1] === 0xff) label = 'utf-16be';
  else if (!(data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)) {
    const awal = new TextDecoder('latin1').decode(data.subarray(0, 200));
    label = DEKLARASI.exec(awal)?.[2].toLowerCase() ?? 'utf-8';
  }
  let dekoder: TextDecoder;
  try {
    dekoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new TakDidukung(`pengodean XML ${label} tidak dikenal`);
  }
  let teks: string;
  try {
    teks = dekoder.decode(data);
  } catch {
    throw new TakDidukung(`isi bagian tidak sesuai pengodean ${label}`);
  }
  const utf8 = label === 'utf-8' || label === 'utf8';
  if (!utf8)
    teks = teks.replace(DEKLARASI, (m, q: string, l: string) =>
      m.replace(`${q}${l}${q}`, `${q}UTF-8${q}`),
    );
  return { teks, utf8 };
}

/** A part's text with, when it was stored as UTF-8, the bytes it was read from ({@link dekodeXml}). */
export function sumberXml(data: Uint8Array): SumberTeks {
  const { teks, utf8 } = dekodeXml(data);
  return utf8 ? { teks, bita: data } : { teks };
}

/** A part's new content, deflated as it was written. */
interface Termampat {
  crc: number;
  ukuran: number;
  terkompres: Uint8Array;
}

/** The first `awal` + n + `akhir` that `ada` does not know. */
export function namaBebas(ada: (nama: string) => boolean, awal: string, akhir: string): string {
  let n = 1;
  while (ada(`${awal}${n}${akhir}`)) n++;
  return `${awal}${n}${akhir}`;
}

const REL_KOSONG =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * Parts of a package a reader has inflated and decoded already (the
 * worksheets, by path), handed to the writer of the same package so that
 * each is inflated once: the writer takes each out when it reads it, and
 * holds it no longer than it needs it.
 */
export type BagianTerbaca = Map<string, SumberTeks>;

/** The package being patched: parts read once, changed as text, written back as a zip. */
export class Paket {
  private readonly entri: EntriZip[];
  private readonly asli: Map<string, EntriZip>;
  /** Parts changed: their new text, their new bytes (UTF-8), or those bytes deflated already. */
  private readonly diganti = new Map<string, string | readonly Uint8Array[] | Termampat>();
  private readonly dibuang = new Set<string>();
  /** Parts stored in another encoding than UTF-8 (their text says UTF-8 now: written back so). */
  private readonly enkodeLain = new Set<string>();

  constructor(
    data: Uint8Array,
    private readonly pemampat: Pemampat,
    /** Parts of this same package read already (see {@link BagianTerbaca}). */
    private readonly terbaca?: BagianTerbaca,
  ) {
    this.entri = bacaZip(data);
    this.asli = new Map(this.entri.map((e) => [e.nama, e]));
  }

  /** The parts as the archive stored them. */
  get nama(): string[] {
    return this.entri.map((e) => e.nama);
  }

  ada(nama: string): boolean {
    return !this.dibuang.has(nama) && (this.asli.has(nama) || this.diganti.has(nama));
  }

  /** A part's text, as changed so far. */
  async teks(nama: string): Promise<string> {
    return (await this.sumber(nama)).teks;
  }

  /**
   * A part's text, as changed so far, with the UTF-8 bytes it was read
   * from (when it was stored so): a writer copies what it keeps from them.
   */
  async sumber(nama: string): Promise<SumberTeks> {
    const baru = this.diganti.get(nama);
    if (typeof baru === 'string') return { teks: baru };
    if (baru !== undefined) {
      const bita =
        'terkompres' in baru
          ? await this.pemampat.kembangkan(baru.terkompres, baru.ukuran)
          : gabungBita(baru);
      return { teks: dekodeXml(bita).teks, bita };
    }
    const e = this.asli.get(nama);
    if (!e) throw new TakDidukung(`bagian ${nama} tidak ada`);
    // Past this, one string would no longer fit in the JavaScript engine.
    if (e.ukuran > 256 * 1024 * 1024) throw new TakDidukung(`bagian ${nama} terlalu besar`);
    const dibaca = this.terbaca?.get(nama);
    this.terbaca?.delete(nama);
    const sumber = dibaca ?? sumberXml(await isiEntri(e, this.pemampat));
    if (!sumber.bita) this.enkodeLain.add(nama);
    return sumber;
  }

  /** True when the part was stored in another encoding (UTF-16, a Latin code page) and read as text. */
  bukanUtf8(nama: string): boolean {
    return this.enkodeLain.has(nama);
  }

  /** Set a part's content: text, or its UTF-8 bytes (in pieces). */
  tulis(nama: string, isi: string | readonly Uint8Array[]): void {
    this.diganti.set(nama, isi);
  }

  /** Parts can be written as they are made ({@link tulisAlir}). */
  get bisaAlir(): boolean {
    return this.pemampat.alirMampat !== undefined;
  }

  /**
   * Set a part's content as `isi` makes it: each block of UTF-8 it hands to
   * `tulis` goes to the deflater and may be changed once that resolves.
   */
  async tulisAlir(
    nama: string,
    isi: (tulis: (blok: Uint8Array) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const alir = this.pemampat.alirMampat!();
    const cek = new CrcBerjalan(this.pemampat);
    try {
      await isi((blok) => {
        cek.tambah(blok);
        return alir.tulis(blok);
      });
    } catch (e) {
      alir.batal();
      throw e;
    }
    const { crc, ukuran } = cek;
    this.diganti.set(nama, { crc, ukuran, terkompres: await alir.selesai() });
  }

  buang(nama: string): void {
    this.dibuang.add(nama);
  }

  /** The relationships of a part (none when it has no .rels); '' for the package's own. */
  async hubungan(jalur: string): Promise<Hubungan[]> {
    return this.ada(jalurRels(jalur))
      ? hubungan(await this.teks(jalurRels(jalur)), folder(jalur))
      : [];
  }

  /** Relate `jalur` to a new part `ke`; returns the relationship id. */
  async hubungkan(jalur: string, jenis: string, ke: string): Promise<string> {
    const rels = this.ada(jalurRels(jalur)) ? await this.teks(jalurRels(jalur)) : REL_KOSONG;
    const ids = new Set(hubungan(rels, '').map((h) => h.id));
    const id = namaBebas((x) => ids.has(x), 'rId', '');
    const tag = `<Relationship Id="${id}" Type="${NS_REL}/${jenis}" Target="${relatif(jalur, ke)}"/>`;
    const st = struktur(rels);
    if (st.akar.kosong || st.p) throw new TakDidukung('daftar hubungan tidak dikenali');
    this.tulis(
      jalurRels(jalur),
      rels.slice(0, st.akar.awalTutup) + tag + rels.slice(st.akar.awalTutup),
    );
    return id;
  }

  async lepasHubungan(jalur: string, h: Hubungan): Promise<void> {
    this.tulis(jalurRels(jalur), (await this.teks(jalurRels(jalur))).replace(h.xml, ''));
  }

  /** Change [Content_Types].xml. */
  async ubahTipe(ubah: (xml: string) => string): Promise<void> {
    const xml = await this.teks('[Content_Types].xml');
    // Written in the plain form the callers edit (no prefix, a closing </Types>).
    if (!xml.includes('</Types>') || /<[!?](?!xml\s)/.test(xml))
      throw new TakDidukung('[Content_Types].xml tidak dikenali');
    this.tulis('[Content_Types].xml', ubah(xml));
  }

  /** The new archive: untouched parts as stored, changed ones deflated, new ones last. */
  async zip(): Promise<Uint8Array> {
    const enkoder = new TextEncoder();
    const mampatkan = async (
      asal: Pick<EntriZip, 'nama' | 'waktu' | 'tanggal'>,
      isi: string | readonly Uint8Array[] | Termampat,
    ): Promise<EntriZip> => {
      if (typeof isi === 'string') return entriBaru(asal, enkoder.encode(isi), this.pemampat);
      if (!('terkompres' in isi)) return entriBaru(asal, isi, this.pemampat);
      const { nama, waktu, tanggal } = asal;
      return { nama, metode: 8, waktu, tanggal, ...isi };
    };
    const tanggal = this.entri[0] ?? { waktu: 0, tanggal: 0 };
    // Deflated side by side (Node's zlib runs them on its thread pool).
    const keluar = await Promise.all([
      ...this.entri
        .filter((e) => !this.dibuang.has(e.nama))
        .map((e) => {
          const baru = this.diganti.get(e.nama);
          return baru === undefined ? e : mampatkan(e, baru);
        }),
      ...[...this.diganti]
        .filter(([nama]) => !this.asli.has(nama))
        .map(([nama, isi]) => mampatkan({ ...tanggal, nama }, isi)),
    ]);
    return tulisZip(keluar);
  }
}
