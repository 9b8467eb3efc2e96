import type { Grid } from '../sheet/grid';
import { bacaGaya } from './baca-gaya';
import { gridDariXmlLembar } from './baca-lembar';
import { PaketBaca } from './baca-paket';
import type { BagianTerbaca } from './paket';
import { bacaTeksBersama } from './baca-teks';
import { atributXml, pindaiXml } from './baca-xml';
import { GalatBerkas, galatMuat } from './periksa-berkas';
import type { Pemampat } from './zip';

/**
 * The reader of our own: an .xlsx straight into Grids, every sheet, with
 * the project's zip (zip.ts, the platform's inflate) and its exact XML
 * scanner (xml-token.ts). No ExcelJS: the CLI, rekap and the standalone
 * page read with this, and load ExcelJS only when its writer is needed.
 *
 * It gives the Grids the ExcelJS adapter gives (gridDariBuku(bukaBuku(..))),
 * cell for cell, with the same checks and messages for what is not a
 * readable .xlsx; the differential tests (test/io/pembaca-xlsx.test.ts)
 * hold it to that. Where it reads differently, on purpose:
 * - CDATA in a value, a formula or a string is read (ExcelJS drops it);
 * - text is read back from XML once (ExcelJS reads `t="str"` values and
 *   sheet names back twice, so a literal "&lt;" became "<");
 * - a formula's text, boolean or error result in a date-formatted cell
 *   stays as it is (ExcelJS reads it as a date: NaN or a number);
 * - a hyperlinked cell keeps its value and formula (ExcelJS reads it as
 *   its text: a number becomes a string, a formula is lost);
 * - `date1904="true"` counts (ExcelJS takes only "1");
 * - a part whose content does not match its CRC is damaged (JSZip, under
 *   ExcelJS, does not check);
 * - sheets are found by their relationships wherever the part lies, and a
 *   string inside a shared formula is not moved when a copy is read
 *   (geser-rumus.ts).
 */
export async function bacaGrid(
  data: Uint8Array,
  pemampat: Pemampat,
  /** When given, the sheets' parts as read are kept here for the patch writer (see {@link BagianTerbaca}). */
  simpan?: BagianTerbaca,
): Promise<Grid[]> {
  const paket = await PaketBaca.buka(data, pemampat);
  try {
    return await gridSemua(paket, simpan);
  } catch (e) {
    if (e instanceof GalatBerkas) throw e;
    throw galatMuat();
  }
}

interface LembarBuku {
  nama: string;
  keadaan?: string;
  id?: string;
}

/** The sheets of workbook.xml, in order, and its date system. */
function bacaBuku(xml: string): { lembar: LembarBuku[]; tanggal1904: boolean } {
  const lembar: LembarBuku[] = [];
  let tanggal1904 = false;
  let dalamSheets = false;
  pindaiXml(xml, {
    buka(lokal, s) {
      if (lokal === 'sheets') dalamSheets = true;
      else if (lokal === 'workbookPr') {
        const d = s.atribut().find((a) => a.nama === 'date1904')?.mentah;
        tanggal1904 = d === '1' || d === 'true';
      } else if (lokal === 'sheet' && dalamSheets) {
        const atribut = s.atribut();
        const nilai = (f: (nama: string) => boolean) => {
          const a = atribut.find((x) => f(x.nama));
          return a && atributXml(a.mentah);
        };
        lembar.push({
          nama: nilai((n) => n === 'name') ?? '',
          keadaan: nilai((n) => n === 'state'),
          id: nilai((n) => n.endsWith(':id')),
        });
      }
    },
    tutup(lokal) {
      if (lokal === 'sheets') dalamSheets = false;
    },
    teks() {},
  });
  return { lembar, tanggal1904 };
}

async function gridSemua(paket: PaketBaca, simpan: BagianTerbaca | undefined): Promise<Grid[]> {
  const jalurBuku =
    (await paket.hubungan('')).find((h) => h.jenis.endsWith('/officeDocument'))?.jalur ??
    'xl/workbook.xml';
  const xmlBuku = await paket.teks(jalurBuku);
  if (xmlBuku === undefined) return [];
  const { lembar, tanggal1904 } = bacaBuku(xmlBuku);
  const hub = await paket.hubungan(jalurBuku);
  const bagian = (jenis: string) => hub.find((h) => h.jenis.endsWith(jenis))?.jalur;
  const [xmlGaya, xmlTeks] = await Promise.all([
    paket.teks(bagian('/styles')),
    paket.teks(bagian('/sharedStrings')),
  ]);
  const gaya = bacaGaya(xmlGaya);
  const teksBersama = bacaTeksBersama(xmlTeks);
  const grids: Grid[] = [];
  for (const l of lembar) {
    const h = hub.find((x) => x.id === l.id);
    if (!h || !h.jenis.endsWith('/worksheet')) continue;
    const sumber = await paket.sumber(h.jalur);
    if (sumber === undefined) continue;
    simpan?.set(h.jalur, sumber);
    const xml = sumber.teks;
    grids.push(
      gridDariXmlLembar(xml, { nama: l.nama, keadaan: l.keadaan, teksBersama, gaya, tanggal1904 }),
    );
  }
  return grids;
}
