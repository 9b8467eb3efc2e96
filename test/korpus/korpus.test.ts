/**
 * The engine scored on real workbooks of offices nobody here wrote
 * (../shared/realworld, with values checked by hand in its expected.json), the
 * same way `npm run korpus` prints it: every checked value right, no error
 * finding on a correct stated cell, every listed mistake reported at its cell,
 * no table where there is none, no refusal. A clone without ../shared skips it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nilaiKorpus, type SkorBerkas } from '../../scripts/korpus';

const NYATA = path.join(__dirname, '..', '..', '..', 'shared', 'realworld');

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
} else {
  test.skip('../shared/realworld is not on this machine: the real-workbook corpus is skipped', () => {});
}
