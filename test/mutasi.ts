import fc from 'fast-check';
import JSZip from 'jszip';
import { tulisBuku } from '../src/io/xlsx';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bukuIndikatorKecil, FIXTURE } from './bantu';

/**
 * Well-formed XML in the forms other programs write, shared by the tests
 * that hold the patch writer (tambal-xlsx, bentuk-xml) and the reader of our
 * own (pembaca-xlsx) to ExcelJS: each form keeps what the sheet means.
 */

/** Changes a writer may make to one sheet part; `n` picks the place. */
export const MUTASI: Record<string, (xml: string, n: number) => string> = {
  komentarAntarBaris: (x, n) => sisip(x, /<row\b/g, n, '<!-- <row r="1"><c r="A1"/></row> -->'),
  komentarDalamBaris: (x, n) => sisip(x, /<c\b/g, n, '<!-- </row></sheetData> -->'),
  instruksi: (x, n) => sisip(x, /<row\b/g, n, '<?capaian uji?>'),
  cdata: (x, n) =>
    ganti(x, /<v>([^<]*)<\/v>/g, n, (m) => m.replace(/<v>([^<]*)<\/v>/, '<v><![CDATA[$1]]></v>')),
  atributBerpanah: (x, n) =>
    ganti(x, /<row\b(?![^>]*capaian-uji)/g, n, () => '<row capaian-uji="a>b/>c"'),
};

function ganti(x: string, re: RegExp, n: number, f: (m: string) => string): string {
  // Never inside a comment or CDATA added before (the XML must stay well formed).
  const dalam = (i: number) =>
    x.lastIndexOf('<!--', i) > x.lastIndexOf('-->', i) ||
    x.lastIndexOf('<![CDATA[', i) > x.lastIndexOf(']]>', i);
  const semua = [...x.matchAll(re)].filter((m) => !dalam(m.index));
  if (semua.length === 0) return x;
  const m = semua[n % semua.length];
  return x.slice(0, m.index) + f(m[0]) + x.slice(m.index! + m[0].length);
}

function sisip(x: string, re: RegExp, n: number, isi: string): string {
  return ganti(x, re, n, (m) => isi + m);
}

/** The worksheet parts of a package. */
/** The fixtures other programs wrote (LibreOffice, openpyxl): the originals the mutants are made of. */
export function asalMutan(): Uint8Array[] {
  return [
    'libreoffice/contoh-lkjip.xlsx',
    'libreoffice/seed002.xlsx',
    'libreoffice/seed004.xlsx',
    'bagan.xlsx',
  ].map((f) => readFileSync(path.join(FIXTURE, f)));
}

/** One to eight form changes, each a mutator's name and where it applies. */
export const mutasiAcak = fc.array(
  fc.tuple(fc.constantFrom(...Object.keys(MUTASI)), fc.nat(), fc.nat()),
  { minLength: 1, maxLength: 8 },
);

export function namaLembar(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
}

/** `asal` with the mutations applied, each ([kind, sheet, place]) to one of its sheets. */
export async function mutasikan(
  asal: Uint8Array,
  mutasi: [string, number, number][],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(asal);
  const lembar = namaLembar(zip);
  for (const [jenis, l, n] of mutasi) {
    const nama = lembar[l % lembar.length];
    zip.file(nama, MUTASI[jenis](await zip.file(nama)!.async('string'), n));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const LEMBAR = 'xl/worksheets/sheet1.xml';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export type Ubah = (z: JSZip) => Promise<void>;

async function ubahBagian(z: JSZip, nama: string, f: (x: string) => string | Buffer) {
  z.file(nama, f(await z.file(nama)!.async('string')));
}

/** The small indicator table with a row 5 of the user's below it (C5:E5), then a change to its parts. */
export async function berkasBentuk(ubah: Ubah): Promise<Uint8Array> {
  const { buku, ws } = bukuIndikatorKecil();
  ws.getCell('C5').value = 'catatan C5';
  ws.getCell('D5').value = 45;
  ws.getCell('E5').value = 'E5 milik pengguna';
  ws.getCell('B3').note = 'catatan pengguna';
  const z = await JSZip.loadAsync(await tulisBuku(buku));
  await ubah(z);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const awalan = (x: string) =>
  x
    .replace(/<(\/?)(?![?!])([A-Za-z]+)(?=[\s>/])/g, '<$1x:$2')
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);

/** Whole-package forms: [what, change, whether the patch writer takes it]. */
export const BENTUK: [string, Ubah, boolean][] = [
  [
    'comments in the sheet data, one holding a row and a closing tag',
    (z) =>
      ubahBagian(z, LEMBAR, (x) =>
        x
          .replace('<sheetData>', '<sheetData><!-- <row r="5"><c r="Z5"/></row> -->')
          .replace(/(<c r="C5")/, '<!-- </row> -->$1'),
      ),
    true,
  ],
  [
    'CDATA values and a processing instruction',
    (z) =>
      ubahBagian(z, LEMBAR, (x) =>
        x
          .replace('<sheetData>', '<?capaian uji?><sheetData>')
          .replace(/<c r="D5"><v>45<\/v><\/c>/, '<c r="D5"><v><![CDATA[45]]></v></c>'),
      ),
    true,
  ],
  [
    "'>' and '/>' inside attribute values",
    (z) =>
      ubahBagian(z, LEMBAR, (x) =>
        x
          .replace(/<row r="5"/, '<row r="5" uji="a>b/>c"')
          .replace(/<c r="C5"/, '<c uji=">" r="C5"'),
      ),
    true,
  ],
  [
    'rows and cells without an address',
    // Rows 1 to 4 hold cells from column A on, so their cells' places are implied.
    (z) => ubahBagian(z, LEMBAR, (x) => x.replace(/ r="(?:[A-E][1-4]|\d+)"/g, '')),
    true,
  ],
  [
    'the sheet in UTF-16 with a byte-order mark',
    (z) =>
      ubahBagian(z, LEMBAR, (x) =>
        Buffer.from(`\ufeff${x.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le'),
      ),
    true,
  ],
  [
    'x:-prefixed parts (sheet, workbook, styles, shared strings)',
    async (z) => {
      for (const n of [LEMBAR, 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'])
        await ubahBagian(z, n, awalan);
    },
    // styles.xml under a prefix is left to ExcelJS.
    false,
  ],
  [
    'relationship targets from the package root, notes as openpyxl places them',
    async (z) => {
      await ubahBagian(z, 'xl/_rels/workbook.xml.rels', (x) =>
        x.replace(/Target="(?!\/)/g, 'Target="/xl/'),
      );
      z.file('xl/comments/comment1.xml', await z.file('xl/comments1.xml')!.async('string'));
      z.remove('xl/comments1.xml');
      await ubahBagian(z, '[Content_Types].xml', (x) =>
        x.replace('/xl/comments1.xml', '/xl/comments/comment1.xml'),
      );
      await ubahBagian(z, 'xl/worksheets/_rels/sheet1.xml.rels', (x) =>
        x.replace(/Target="[^"]*comments1\.xml"/, 'Target="/xl/comments/comment1.xml"'),
      );
    },
    true,
  ],
];
