/**
 * The engine scored on real workbooks of offices nobody here wrote
 * (../shared/realworld, with values checked by hand in its expected.json), the
 * same way `npm run korpus` prints it: every checked value right, no error
 * finding on a correct stated cell, every listed mistake reported at its cell,
 * no table where there is none, no refusal. A clone without ../shared skips it.
 */

import path from 'node:path';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { nilaiKorpus, type SkorBerkas } from '../../scripts/korpus';
import { hitungBuku } from '../../src/engine/hitung';
import { pemampatNode } from '../../src/io/pemampat-node';
import { bukaBuku, gridDariBuku, terapkanRencana } from '../../src/io/xlsx';
import { isiSel, simpanDanBuka } from '../bantu';

const NYATA = path.join(__dirname, '..', '..', '..', 'shared', 'realworld');
/** The project's own corpus: the real layouts rebuilt with invented figures (test/fixtures/nyata). */
const SENDIRI = path.join(__dirname, '..', 'fixtures', 'nyata');

test("the project's own corpus of real layouts: values right, no false alarm, mistakes found", async () => {
  periksaSkor(await nilaiKorpus(SENDIRI));
}, 120_000);

function periksaSkor(skor: SkorBerkas[]): void {
  expect(skor.length).toBeGreaterThan(0);
  for (const s of skor) {
    expect({ file: s.file, ditolak: s.ditolak }).toEqual({ file: s.file, ditolak: undefined });
    expect({ file: s.file, salah: s.nilaiSalah }).toEqual({ file: s.file, salah: [] });
    expect({
      file: s.file,
      alarmPalsu: s.alarmPalsu.map((t) => `${t.sheet}!${t.sel} ${t.kode}`),
    }).toEqual({ file: s.file, alarmPalsu: [] });
    expect({ file: s.file, terlewat: s.kesalahanTerlewat }).toEqual({ file: s.file, terlewat: [] });
    expect({ file: s.file, tabel: s.tabelSalah }).toEqual({ file: s.file, tabel: [] });
  }
}

if (existsSync(path.join(NYATA, 'expected.json'))) {
  test('real workbooks (../shared/realworld): values right, no false alarm, mistakes found', async () => {
    const skor = await nilaiKorpus(NYATA);
    periksaSkor(skor);
    // The SIPD realisasi export: its only errors are the real ones (realisasi above a tiny pagu on BLUD lines).
    const sipd = skor.find((s) => s.file.startsWith('sipd_realisasi'));
    expect(sipd?.jumlahError).toBeLessThanOrEqual(60);
  }, 180_000);

  test.each(readdirSync(NYATA).filter((n) => n.endsWith('.xlsx')))(
    '%s: a second run over the written workbook changes nothing',
    async (nama) => {
      const buku = await bukaBuku(readFileSync(path.join(NYATA, nama)), pemampatNode);
      terapkanRencana(buku, hitungBuku(gridDariBuku(buku)).rencana);
      const sesudah = isiSel(buku);
      const tersimpan = await simpanDanBuka(buku);
      terapkanRencana(tersimpan, hitungBuku(gridDariBuku(tersimpan)).rencana);
      expect(isiSel(tersimpan)).toEqual(sesudah);
    },
    180_000,
  );
} else {
  test.skip('../shared/realworld is not on this machine: the real-workbook corpus is skipped', () => {});
}
