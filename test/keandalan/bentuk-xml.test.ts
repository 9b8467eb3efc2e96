import JSZip from 'jszip';
import { hitungBuku } from '../../src/engine/hitung';
import { pemampatNode } from '../../src/io/pemampat-node';
import { tambalBuku } from '../../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku, tulisBuku, tulisDenganRencana } from '../../src/io/xlsx';
import { alamat } from '../../src/sheet/grid';
import { bukuIndikatorKecil, isiSel } from '../bantu';

/**
 * Well-formed XML in the forms other programs write (issue #15): each is
 * read, and written either by the patch or (where it refuses) by ExcelJS,
 * and no cell of the user's is ever lost or changed. The inputs are built
 * here from a small workbook, part by part.
 */

const LEMBAR = 'xl/worksheets/sheet1.xml';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

type Ubah = (z: JSZip) => Promise<void>;

async function ubahBagian(z: JSZip, nama: string, f: (x: string) => string | Buffer) {
  z.file(nama, f(await z.file(nama)!.async('string')));
}

/** The small indicator table with a row 5 of the user's below it (C5:E5), then a change to its parts. */
async function berkas(ubah: Ubah): Promise<Uint8Array> {
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

const BENTUK: [string, Ubah, boolean][] = [
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

describe.each(BENTUK)('%s', (_, ubah, ditambal) => {
  test('is read, computed and written; every cell of the user stays', async () => {
    const asli = await berkas(ubah);
    const buku = await bukaBuku(asli, pemampatNode);
    const sebelum = isiSel(buku);
    expect(sebelum.get('Data!E5')).toBe('"E5 milik pengguna"');
    const hasil = hitungBuku(gridDariBuku(buku));
    const tambalan = await tambalBuku(asli, hasil.rencana, pemampatNode);
    expect('data' in tambalan).toBe(ditambal);
    const { data } = await tulisDenganRencana(asli, hasil.rencana, pemampatNode);
    const keluaran = await bukaBuku(data, pemampatNode);
    const sesudah = isiSel(keluaran);
    expect(keluaran.getWorksheet('Data')!.getCell('B3').note).toBe('catatan pengguna');
    const ditulis = new Set(
      hasil.rencana.blok.flatMap((b) =>
        b.sel.flatMap((r, i) =>
          r.flatMap((s, j) => (s ? [`${b.sheet}!${alamat(b.baris + i, b.kolom + j)}`] : [])),
        ),
      ),
    );
    for (const [k, v] of sebelum) if (!ditulis.has(k)) expect([k, sesudah.get(k)]).toEqual([k, v]);
    expect([...sesudah.values()].filter((v) => v.startsWith('"=IF(AND')).length).toBeGreaterThan(2);
  });
});
