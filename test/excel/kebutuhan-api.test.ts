import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  bagianReadme,
  BERKAS_TABEL,
  DASAR,
  periksaKebutuhan,
  readmeDenganBagian,
  setKemampuan,
  tabelPalsu,
  turunkanKebutuhan,
} from '../../scripts/kebutuhan-api';

/**
 * The requirement sets come from the code: every Office.js member it uses
 * and the set @types/office-js tags it with. A member above Excel 2019's
 * ExcelApi 1.7 must be guarded; the README and the fake's table must be current.
 */
const anggota = turunkanKebutuhan();

test('every member the code uses above ExcelApi 1.7 is guarded by a flag of its set', () => {
  expect(anggota.length).toBeGreaterThan(40);
  expect(periksaKebutuhan(anggota)).toEqual([]);
  const copyFrom = anggota.find((a) => a.nama === 'Excel.Range.copyFrom');
  expect(copyFrom).toMatchObject({ set: 'ExcelApi 1.9', kemampuan: 'api19' });
  expect(setKemampuan('api113')).toBe('ExcelApi 1.13');
  // Unguarded members stay within the baseline the README promises.
  const wajib = anggota.filter((a) => a.set?.startsWith('ExcelApi') && !a.kemampuan);
  expect(wajib.map((a) => a.set)).not.toContain('ExcelApi 1.9');
  expect(DASAR).toBe('ExcelApi 1.7');
});

test('an unguarded member above the baseline is reported', () => {
  expect(
    periksaKebutuhan([{ nama: 'Excel.Range.copyFrom', set: 'ExcelApi 1.9', dipakai: ['x.ts:1'] }]),
  ).toEqual([expect.stringContaining('Excel.Range.copyFrom butuh ExcelApi 1.9')]);
});

test("the README's section and the fake's table are what the code derives (npm run kebutuhan-api -- --tulis)", () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readmeDenganBagian(readme, bagianReadme(anggota))).toBe(readme);
  expect(JSON.parse(readFileSync(BERKAS_TABEL, 'utf8'))).toEqual(tabelPalsu(anggota));
});
