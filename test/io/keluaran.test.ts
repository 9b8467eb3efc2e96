import type { BlokEdit } from '../../src/engine/rencana';
import { Keluaran } from '../../src/io/keluaran';
import { tambalLembarAlir, tambalLembarBita, type GayaSel } from '../../src/io/tambal-lembar';
import * as zlib from 'node:zlib';
import { pemampatNode } from '../../src/io/pemampat-node';
import { crc32, entriBaru, gabungBita } from '../../src/io/zip';

/**
 * The byte writer of the patch: what it copies from a part's stored bytes
 * and what it encodes anew must make the same UTF-8 as encoding the whole
 * edited text, whatever the part holds (non-ASCII text, surrogate pairs,
 * a byte-order mark) and however large the pieces.
 */

const enk = new TextEncoder();
const dek = new TextDecoder();

/** Random pieces of the source and new texts, written both ways. */
function bandingkan(teks: string, bom: boolean, acak: () => number): void {
  const bita = enk.encode(teks);
  const sumber = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bita]) : bita;
  const k = new Keluaran({ teks, bita: sumber });
  let harap = '';
  let p = 0;
  while (p < teks.length) {
    let q = Math.min(teks.length, p + 1 + Math.floor(acak() * 40000));
    // Never between the halves of a surrogate pair (the writer cuts only at markup).
    if (q < teks.length && (teks.charCodeAt(q) & 0xfc00) === 0xdc00) q++;
    k.salin(p, q);
    harap += teks.slice(p, q);
    const baru = ['', 'é', 'x'.repeat(300), '𝄞<c r="A1"/>', 'ü'.repeat(400)][
      Math.floor(acak() * 5)
    ];
    k.teks(baru);
    harap += baru;
    const n = Math.floor(acak() * 5_000_000);
    k.angka(n);
    harap += String(n);
    p = q;
  }
  expect(dek.decode(gabungBita(k.hasil()))).toBe(harap);
}

function acakDari(benih: number): () => number {
  let x = benih;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

test.each([
  ['ASCII', false],
  ['ASCII after a byte-order mark', true],
  ['non-ASCII', false],
  ['non-ASCII after a byte-order mark', true],
])('copied and new pieces make the edited text: %s', (jenis, bom) => {
  const isi = jenis.startsWith('ASCII')
    ? '<row r="1"><c r="A1"><v>1</v></c></row>'
    : '<row r="1"><c r="A1" t="inlineStr"><is><t>Rp ✓ ñ 𝄞 日本</t></is></c></row>';
  const teks = isi.repeat(3000);
  bandingkan(teks, bom as boolean, acakDari(jenis.length));
});

test('numbers and column letters as the text would hold them', () => {
  const k = new Keluaran({ teks: '' });
  const harap: string[] = [];
  for (const n of [
    0, -0, 7, 10, 99, 100, 1048576, 4294967295, 4294967296, -3, 1.5, 2301586416, -125470594,
    9007199254740991, -9007199254740991, 9007199254740992, 1e21, 60.1094287898812, -1e-7,
  ]) {
    k.angka(n);
    harap.push(String(n));
  }
  for (const [x, huruf] of [
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ] as const) {
    k.kolom(x);
    harap.push(huruf);
  }
  expect(dek.decode(gabungBita(k.hasil()))).toBe(harap.join(''));
});

class GayaUji implements GayaSel {
  denganFormat(s: number): number {
    return s + 10;
  }
  isian(): number {
    return 0;
  }
}

test('a patched sheet keeps its non-ASCII text and byte-order mark byte for byte around the new cells', () => {
  const baris = (r: number) =>
    `<row r="${r}" spans="1:2"><c r="A${r}" t="inlineStr"><is><t>Belanja 𝄞 ñ ${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`;
  let rows = '';
  for (let r = 1; r <= 2000; r++) rows += baris(r);
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const blok: BlokEdit = {
    sheet: 'L',
    peran: 'uji',
    baris: 1,
    kolom: 3,
    sel: Array.from({ length: 2000 }, (_, i) => [{ nilai: i % 2 ? `ó ${i}` : i * 1.5 }]),
  };
  const bita = new Uint8Array([0xef, 0xbb, 0xbf, ...enk.encode(xml)]);
  const keluar = gabungBita(tambalLembarBita({ teks: xml, bita }, [blok], [], [], new GayaUji()));
  // The mark is dropped, as the text read from the part had it dropped.
  expect(keluar[0]).toBe(0x3c);
  const hasil = dek.decode(keluar);
  let harap = '';
  for (let r = 1; r <= 2000; r++) {
    const v =
      r % 2 === 0
        ? `<c r="C${r}" t="inlineStr"><is><t>ó ${r - 1}</t></is></c>`
        : `<c r="C${r}"><v>${(r - 1) * 1.5}</v></c>`;
    harap += baris(r).replace(' spans="1:2"', '').replace('</row>', `${v}</row>`);
  }
  expect(hasil).toBe(xml.replace(rows, harap));
});

test('a part deflated in pieces is the part deflated whole, with the same CRC', async () => {
  const acak = acakDari(7);
  const teks = Array.from({ length: 20000 }, (_, i) => `<c r="A${i}"><v>${acak()}</v></c>`).join(
    '',
  );
  const semua = enk.encode(teks);
  const potongan: Uint8Array[] = [];
  for (let p = 0; p < semua.length;) {
    const q = Math.min(semua.length, p + 1 + Math.floor(acak() * 70000));
    potongan.push(semua.subarray(p, q));
    p = q;
  }
  expect(potongan.length).toBeGreaterThan(3);
  const utuh = await entriBaru({ nama: 'a.xml', waktu: 0, tanggal: 0 }, semua, pemampatNode);
  const dipotong = await entriBaru({ nama: 'a.xml', waktu: 0, tanggal: 0 }, potongan, pemampatNode);
  // The JavaScript CRC and the platform's agree piece by piece.
  const tanpaCrc = { ...pemampatNode, crc32: undefined };
  const js = await entriBaru({ nama: 'a.xml', waktu: 0, tanggal: 0 }, potongan, tanpaCrc);
  expect(dipotong.ukuran).toBe(semua.length);
  expect(dipotong.crc).toBe(crc32(semua));
  expect(js.crc).toBe(dipotong.crc);
  expect(Buffer.from(dipotong.terkompres).equals(Buffer.from(utuh.terkompres))).toBe(true);
  expect(zlib.inflateRawSync(dipotong.terkompres).equals(Buffer.from(semua))).toBe(true);
});

test('a sheet streamed block by block is the sheet written whole, blocks reused only once done with', async () => {
  const baris = (r: number) =>
    `<row r="${r}" spans="1:3"><c r="A${r}" t="inlineStr"><is><t>Belanja ${r % 7 ? 'ñ' : '𝄞'}</t></is></c><c r="B${r}"><v>${r * 1000}</v></c></row>`;
  let rows = '';
  for (let r = 1; r <= 20000; r++) rows += baris(r);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B20000"/><sheetData>${rows}</sheetData></worksheet>`;
  const sumber = { teks: xml, bita: enk.encode(xml) };
  const blok: BlokEdit[] = [
    {
      sheet: 'L',
      peran: 'uji',
      baris: 1,
      kolom: 3,
      sel: Array.from({ length: 20000 }, (_, i) => [{ nilai: i / 3, rumus: `=B${i + 1}/3` }]),
    },
  ];
  const utuh = gabungBita(tambalLembarBita(sumber, blok, [], [], new GayaUji()));
  const diterima: Uint8Array[] = [];
  const dilihat = new Set<ArrayBufferLike>();
  let dipakaiLagi = 0;
  await tambalLembarAlir(sumber, blok, [], [], new GayaUji(), undefined, async (b) => {
    if (dilihat.has(b.buffer)) dipakaiLagi++;
    dilihat.add(b.buffer);
    // A copy taken late: a block changed before this resolves would show here.
    await new Promise((r) => setTimeout(r, 1));
    diterima.push(b.slice());
  });
  expect(diterima.length).toBeGreaterThan(4);
  expect(dipakaiLagi).toBeGreaterThan(0);
  expect(Buffer.from(gabungBita(diterima)).equals(Buffer.from(utuh))).toBe(true);
  const teks = dek.decode(utuh);
  expect(teks.includes('<c r="C1"><f t="shared" ref="C1:C20000" si="0">B1/3</f><v>0</v></c>')).toBe(
    true,
  );
  expect(teks.includes('<c r="C20000"><f t="shared" si="0"/><v>6666.333333333333</v></c>')).toBe(
    true,
  );
});
