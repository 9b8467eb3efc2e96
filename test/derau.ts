import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { bukaBuku } from '../src/io/xlsx';
import type { NilaiGrid } from '../src/sheet/grid';
import { CONTOH, FIXTURE } from './bantu';

/** Random values and random noise over the fixture workbooks, for the property tests. */

// CI runs a fixed seed so a red build is reproducible; FC_ACAK=1 explores new cases, FC_RUNS=n runs more.
export const OPSI_FC = {
  ...(process.env.FC_ACAK ? {} : { seed: 20261122 }),
  ...(process.env.FC_RUNS ? { numRuns: Number(process.env.FC_RUNS) } : {}),
};

export const BERKAS = ['seed000.xlsx', 'seed002.xlsx', 'seed003.xlsx', 'seed004.xlsx'].map((f) =>
  readFileSync(path.join(FIXTURE, f)),
);
BERKAS.push(readFileSync(CONTOH));

export const nilaiAcak: fc.Arbitrary<NilaiGrid> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(
    '',
    '-',
    '0',
    '12,5%',
    '1.234.567',
    'Rp 2.500.000',
    '#DIV/0!',
    '#REF!',
    'Target',
    'Realisasi',
    'Capaian (%)',
    'Kategori',
    'Pagu',
    'Indikator Kinerja',
    'No',
    'Sangat Tinggi',
    'BB',
  ),
  fc.string({ maxLength: 12 }),
);

/** Random values typed into random cells of a fixture's sheets. */
export const derauAcak = fc.array(
  fc.record({
    lembar: fc.nat(),
    baris: fc.integer({ min: 1, max: 60 }),
    kolom: fc.integer({ min: 1, max: 24 }),
    nilai: nilaiAcak,
  }),
  { maxLength: 25 },
);

export async function bukuBerderau(
  nomor: number,
  derau: { lembar: number; baris: number; kolom: number; nilai: NilaiGrid }[],
): Promise<ExcelJS.Workbook> {
  const buku = await bukaBuku(BERKAS[nomor]);
  for (const d of derau)
    buku.worksheets[d.lembar % buku.worksheets.length].getCell(d.baris, d.kolom).value =
      d.nilai as ExcelJS.CellValue;
  return buku;
}
