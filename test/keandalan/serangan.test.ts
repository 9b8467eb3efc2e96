import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { hitungBuku } from '../../src/engine/hitung';
import type { RencanaEdit } from '../../src/engine/rencana';
import { pemampatNode } from '../../src/io/pemampat-node';
import { tambalBuku } from '../../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku, terapkanRencana, tulisBuku } from '../../src/io/xlsx';
import { hurufKolom } from '../../src/sheet/grid';
import { melampauiBatasRumus } from '../../src/engine/rumus-excel';
import { bukuIndikatorKecil, gridDari } from '../bantu';

/**
 * Second runs and spreadsheet oddities that used to lose or hide the
 * user's work (issue #15), through both xlsx writers: the patch and the
 * ExcelJS fallback.
 */

const buka = (d: Uint8Array) => bukaBuku(d, pemampatNode);
const rencanaDari = async (d: Uint8Array) => hitungBuku(gridDariBuku(await buka(d))).rencana;

async function lewatTambal(asli: Uint8Array, rencana: RencanaEdit): Promise<Uint8Array> {
  const h = await tambalBuku(asli, rencana, pemampatNode);
  if ('alasan' in h) throw new Error(`ditolak: ${h.alasan}`);
  return h.data;
}

async function lewatExcelJs(asli: Uint8Array, rencana: RencanaEdit): Promise<Uint8Array> {
  const buku = await buka(asli);
  terapkanRencana(buku, rencana);
  return tulisBuku(buku);
}

const PENULIS = [
  ['the patch', lewatTambal],
  ['ExcelJS', lewatExcelJs],
] as const;

const kolomDitulis = (r: RencanaEdit) =>
  r.blok.flatMap((b) => b.sel[0].map((_, j) => `${b.sheet}!${hurufKolom(b.kolom + j)}`));

describe.each(PENULIS)('through %s', (_, tulis) => {
  test('an empty merged range beside the table: results land outside it, visibly; a second run adds no column', async () => {
    const { buku, ws } = bukuIndikatorKecil();
    ws.mergeCells('F1:H6');
    const asli = await tulisBuku(buku);
    const pertama = await rencanaDari(asli);
    // E is the user's empty Capaian (%) column; Kategori goes past the merge.
    expect(kolomDitulis(pertama)).toEqual(['Data!E', 'Data!I']);
    const keluaran = await tulis(asli, pertama);
    const kedua = await rencanaDari(keluaran);
    expect(kolomDitulis(kedua)).toEqual(['Data!E', 'Data!I']);
    const lagi = await buka(await tulis(keluaran, kedua));
    expect(lagi.getWorksheet('Data')!.getCell('I2').value).toMatchObject({ result: 'Tinggi' });
    expect(lagi.getWorksheet('Data')!.getCell('J1').value).toBeNull();
  });

  test('a vanishing target (1e-320): no Infinity or NaN is ever stored in a cell', async () => {
    const { buku, ws } = bukuIndikatorKecil();
    ws.getCell('C2').value = 1e-320;
    ws.getCell('C3').value = 1e-300;
    ws.getCell('D3').value = 1e10;
    const asli = await tulisBuku(buku);
    for (const mode of ['rumus', 'nilai'] as const) {
      const rencana = hitungBuku(gridDariBuku(await buka(asli)), { mode }).rencana;
      const zip = await JSZip.loadAsync(await tulis(asli, rencana));
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(xml).not.toMatch(/Infinity|NaN/);
    }
  });

  test("the user's own conditional format on the Kategori range survives, beside Capaian's colours", async () => {
    const { buku, ws } = bukuIndikatorKecil();
    const warna = (await rencanaDari(await tulisBuku(buku))).warna[0];
    const ref = `${hurufKolom(warna.kolom)}${warna.baris1}:${hurufKolom(warna.kolom)}${warna.baris2}`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['LEN(F2)>20'],
          style: { font: { bold: true } },
        },
      ],
    });
    const asli = await tulisBuku(buku);
    let hasil = asli;
    for (let i = 0; i < 2; i++) hasil = await tulis(hasil, await rencanaDari(hasil));
    const cf = (
      (await buka(hasil)).getWorksheet('Data') as unknown as {
        conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
      }
    ).conditionalFormattings;
    const rumus = cf.flatMap((c) =>
      c.rules.map((r) => `${c.ref} ${(r as { formulae?: string[] }).formulae?.[0]}`),
    );
    expect(rumus).toContain(`${ref} LEN(F2)>20`);
    expect(rumus.filter((r) => r.includes('="Sangat Tinggi"'))).toHaveLength(1);
  });
});

test('the patch adds no styles on repeated runs: styles.xml stays the same from the second run on', async () => {
  const { buku } = bukuIndikatorKecil();
  let data = await tulisBuku(buku);
  const gaya: string[] = [];
  for (let i = 0; i < 3; i++) {
    data = await lewatTambal(data, await rencanaDari(data));
    gaya.push(await (await JSZip.loadAsync(data)).file('xl/styles.xml')!.async('string'));
  }
  expect(gaya[2]).toBe(gaya[1]);
  expect((gaya[2].match(/<dxf>/g) ?? []).length).toBe(5);
});

test('a long custom scale label: every written formula stays within Excel limits, the rest is written as values with a note', () => {
  const panjang = `Baik sekali ${'dan sangat memuaskan '.repeat(20)}`.trim();
  const hasil = hitungBuku([
    gridDari([
      ['Rentang Capaian', 'Kategori'],
      ['>= 80', panjang],
      ['60 <= x < 80', 'Cukup'],
      ['< 60', 'Kurang'],
      [null, null],
      [null, null],
      ['Indikator', 'Target', 'Realisasi'],
      ['A', 100, 85],
      ['B', 100, 65],
    ]),
  ]);
  expect(hasil.skala.kelas[0].label).toBe(panjang);
  const sel = hasil.rencana.blok.flatMap((b) => b.sel.flat()).filter((s) => s !== null);
  for (const s of sel) if (s.rumus) expect(melampauiBatasRumus(s.rumus)).toBeUndefined();
  const kategori = sel.filter((s) => s.nilai === panjang);
  expect(kategori).toHaveLength(1);
  expect(kategori[0].rumus).toBeUndefined();
  expect(kategori[0].catatan).toMatch(
    /^Nilai dari Capaian: teks di dalam rumus \d+ karakter, Excel menerima paling banyak 255/,
  );
  expect(hasil.rencana.warna[0].aturan.map((a) => a.label)).toEqual(['Cukup', 'Kurang']);
});

test("Excel's formula limits: length, nesting, a text in quotes", () => {
  expect(melampauiBatasRumus(`=SUM(${'A1,'.repeat(3000)}A1)`)).toContain(
    'Excel menerima paling banyak 8192',
  );
  expect(melampauiBatasRumus(`=${'('.repeat(65)}1${')'.repeat(65)}`)).toContain(
    'bersarang 65 tingkat',
  );
  expect(melampauiBatasRumus(`=IF(A1="${'x'.repeat(255)}",1,"")`)).toBeUndefined();
  expect(melampauiBatasRumus(`=IF(A1="${'""'.repeat(200)}",1,"")`)).toBeUndefined();
  expect(melampauiBatasRumus(`=IF(A1="${'x'.repeat(256)}",1,"")`)).toContain(
    'teks di dalam rumus 256 karakter',
  );
});
