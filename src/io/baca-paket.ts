import type { SumberTeks } from './keluaran';
import { hubungan, sumberXml, type Hubungan } from './paket';
import { bacaEntri, galatMuat, periksaAwal, periksaUkuran } from './periksa-berkas';
import { isiEntri, type EntriZip, type Pemampat } from './zip';

/**
 * The package of a workbook opened for reading: the checks every reader
 * makes first (see periksa-berkas.ts), then the XML parts inflated side by
 * side, each once. The zip-bomb check inflates every part with a cap; the
 * parts a reader needs are kept from that pass (and let go once read).
 */

/**
 * Where a reader of cells finds what it needs in the packages Office and
 * others write: inflated ahead, side by side. A part stored elsewhere is
 * inflated when asked for; the rest (media, pivot caches) is only checked.
 */
const BAGIAN_SEL =
  /^(?:_rels\/\.rels|xl\/_rels\/[^/]+\.rels|xl\/(?:workbook|styles|sharedStrings)\.xml|xl\/worksheets\/[^/]+\.xml)$/i;

function kunci(d: Uint8Array): string {
  return `${d.byteOffset}:${d.length}`;
}

export class PaketBaca {
  private readonly entri: Map<string, EntriZip>;

  private constructor(
    daftar: EntriZip[],
    private readonly pemampat: Pemampat,
    private readonly simpan: Map<string, Promise<Uint8Array>>,
  ) {
    this.entri = new Map(daftar.map((e) => [e.nama, e]));
  }

  /** Check `data` and open it; a file that is no readable .xlsx throws GalatBerkas. */
  static async buka(data: Uint8Array, pemampat: Pemampat): Promise<PaketBaca> {
    periksaAwal(data);
    const entri = bacaEntri(data);
    if (!entri) throw galatMuat();
    // Declared sizes first: nothing is inflated of a package that admits to being a bomb.
    await periksaUkuran(entri);
    const simpan = new Map<string, Promise<Uint8Array>>();
    for (const e of entri)
      if (e.metode === 8 && BAGIAN_SEL.test(e.nama)) {
        const janji = pemampat.kembangkan(e.terkompres, e.ukuran);
        // Its failure is told by the check below, in the order of the archive.
        janji.catch(() => undefined);
        simpan.set(kunci(e.terkompres), janji);
      }
    const tersimpan: Pemampat = {
      kembangkan: (d, batas) => simpan.get(kunci(d)) ?? pemampat.kembangkan(d, batas),
      mampatkan: (d) => pemampat.mampatkan(d),
      // The platform's CRC-32 where it has one (the check of every part's CRC).
      ...(pemampat.crc32 ? { crc32: (d: Uint8Array) => pemampat.crc32!(d) } : {}),
    };
    await periksaUkuran(entri, tersimpan);
    return new PaketBaca(entri, tersimpan, simpan);
  }

  ada(nama: string): boolean {
    return this.entri.has(nama);
  }

  /** A part's text (whatever its encoding), or undefined when the package has no such part. */
  async teks(nama: string | undefined): Promise<string | undefined> {
    return (await this.sumber(nama))?.teks;
  }

  /** A part's text with the UTF-8 bytes it was read from (none when stored in another encoding). */
  async sumber(nama: string | undefined): Promise<SumberTeks | undefined> {
    const e = nama === undefined ? undefined : this.entri.get(nama);
    if (!e) return undefined;
    try {
      const isi = await isiEntri(e, this.pemampat);
      this.simpan.delete(kunci(e.terkompres));
      return sumberXml(isi);
    } catch {
      throw galatMuat();
    }
  }

  /** The relationships of a part ('' for the package's own); none when it has no .rels. */
  async hubungan(jalur: string): Promise<Hubungan[]> {
    const i = jalur.lastIndexOf('/') + 1;
    const folder = jalur.slice(0, i);
    const xml = await this.teks(`${folder}_rels/${jalur.slice(i)}.rels`);
    return xml === undefined ? [] : hubungan(xml, folder);
  }
}
