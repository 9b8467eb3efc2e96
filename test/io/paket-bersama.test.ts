import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hitungBuku } from '../../src/engine/hitung';
import type { BagianTerbaca } from '../../src/io/paket';
import { pemampatNode } from '../../src/io/pemampat-node';
import { bacaGrid } from '../../src/io/pembaca-xlsx';
import { tulisDenganRencana } from '../../src/io/tulis-rencana';
import { CONTOH, FIXTURE } from '../bantu';

/**
 * Reading and writing share the package: the sheets the reader inflated
 * and decoded are handed to the patch writer, which takes each out when it
 * writes it. The file written must be the one written without them, byte
 * for byte, and nothing may be left held once it is written.
 */

const BERKAS = [
  CONTOH,
  path.join(FIXTURE, 'seed004.xlsx'),
  path.join(FIXTURE, 'libreoffice/seed002.xlsx'),
  path.join(FIXTURE, 'nyata/sipd_realisasi_belanja.xlsx'),
];

test.each(BERKAS)('%s: the sheets read are written from, once, to the same bytes', async (f) => {
  const asli = new Uint8Array(readFileSync(f));
  const terbaca: BagianTerbaca = new Map();
  const grids = await bacaGrid(asli, pemampatNode, terbaca);
  // Every sheet read is kept, with the bytes it was read from.
  expect(terbaca.size).toBe(grids.length);
  for (const [jalur, s] of terbaca) {
    expect(jalur).toMatch(/^xl\/worksheets\/.+\.xml$/);
    expect(s.bita).toBeDefined();
  }
  const { rencana } = hitungBuku(grids, {});
  const sendiri = await tulisDenganRencana(asli, rencana, pemampatNode);
  const bersama = await tulisDenganRencana(asli, rencana, pemampatNode, terbaca);
  expect(bersama.disimpanUlang).toBeUndefined();
  expect(Buffer.from(bersama.data).equals(Buffer.from(sendiri.data))).toBe(true);
  expect(terbaca.size).toBe(0);
});

test('the writer uses the text it is handed rather than inflating the sheet again', async () => {
  const asli = new Uint8Array(readFileSync(CONTOH));
  const terbaca: BagianTerbaca = new Map();
  const { rencana } = hitungBuku(await bacaGrid(asli, pemampatNode, terbaca), {});
  // Sheets handed over without their bytes (as ones stored in another encoding would be).
  for (const [jalur, s] of terbaca)
    terbaca.set(jalur, { teks: s.teks.replace('<sheetData>', '<sheetData><!--ditandai-->') });
  const { data } = await tulisDenganRencana(asli, rencana, pemampatNode, terbaca);
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(data);
  const semua = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  expect(semua.some((x) => x.includes('<!--ditandai-->'))).toBe(true);
});
