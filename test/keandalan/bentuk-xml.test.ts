import { hitungBuku } from '../../src/engine/hitung';
import { pemampatNode } from '../../src/io/pemampat-node';
import { tambalBuku } from '../../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku, tulisDenganRencana } from '../../src/io/xlsx';
import { alamat } from '../../src/sheet/grid';
import { isiSel } from '../bantu';
import { BENTUK, berkasBentuk as berkas } from '../mutasi';

/**
 * Well-formed XML in the forms other programs write (issue #15): each is
 * read, and written either by the patch or (where it refuses) by ExcelJS,
 * and no cell of the user's is ever lost or changed. The inputs are built
 * from a small workbook, part by part (test/mutasi.ts).
 */

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
