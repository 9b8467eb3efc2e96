import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { penggeserRumus } from '../../src/io/geser-rumus';
import { bacaGrid } from '../../src/io/pembaca-xlsx';
import { pemampatNode } from '../../src/io/pemampat-node';
import { bukaBuku, GalatBerkas, gridDariBuku, tulisBuku } from '../../src/io/xlsx';
import { bacaZip, tulisZip } from '../../src/io/zip';
import type { Grid } from '../../src/sheet/grid';
import { CONTOH, FIXTURE } from '../bantu';
import { bukuBerderau, derauAcak, BERKAS as BERKAS_DERAU, OPSI_FC } from '../derau';
import { BENTUK, berkasBentuk, asalMutan, mutasiAcak, mutasikan } from '../mutasi';

/**
 * The reader of our own against ExcelJS's reading (gridDariBuku(bukaBuku(..)),
 * the path it replaces): the same Grids, cell for cell (values, formulas,
 * formats, merges, hidden rows and sheets, the rows' lengths), on every
 * workbook the project holds, the real ones when present, the XML forms
 * other programs write and random mutants. Where it reads otherwise on
 * purpose, the last tests say why ours is right.
 */

const lewatExcelJs = async (data: Uint8Array) => gridDariBuku(await bukaBuku(data, pemampatNode));
const lewatKami = (data: Uint8Array) => bacaGrid(data, pemampatNode);

function semuaXlsx(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? semuaXlsx(path.join(folder, e.name))
      : /\.xlsx$/i.test(e.name)
        ? [path.join(folder, e.name)]
        : [],
  );
}

const MILIK = [...semuaXlsx(FIXTURE), CONTOH];

describe.each(MILIK.map((f) => [path.relative(path.join(FIXTURE, '..'), f), f]))(
  '%s',
  (_, berkas) => {
    test('the same Grids as ExcelJS reads', async () => {
      const data = readFileSync(berkas);
      const kami = await lewatKami(data);
      expect(kami.length).toBeGreaterThan(0);
      expect(kami).toStrictEqual(await lewatExcelJs(data));
    });
  },
);

const NYATA = path.join(__dirname, '..', '..', '..', 'shared', 'realworld');
const BERKAS_NYATA = existsSync(NYATA) ? semuaXlsx(NYATA) : [];

if (BERKAS_NYATA.length === 0)
  test.skip(`real workbooks: ${NYATA} is not present on this machine (never copied into the repo)`, () => {});
else
  describe.each(BERKAS_NYATA.map((f) => [path.basename(f), f]))('real workbook %s', (_, berkas) => {
    test('the same Grids as ExcelJS reads', async () => {
      const data = readFileSync(berkas);
      expect(await lewatKami(data)).toStrictEqual(await lewatExcelJs(data));
    }, 60_000);
  });

describe('XML forms other programs write: read as the plain file reads', () => {
  test.each(BENTUK.map(([nama, ubah]) => [nama, ubah]))('%s', async (_, ubah) => {
    const polos = await lewatExcelJs(await berkasBentuk(async () => undefined));
    expect(await lewatKami(await berkasBentuk(ubah))).toStrictEqual(polos);
  });

  test('random mutants of the LibreOffice and openpyxl fixtures mean what their originals mean', async () => {
    const ASAL = asalMutan();
    const asli = await Promise.all(ASAL.map(lewatExcelJs));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: ASAL.length - 1 }), mutasiAcak, async (nomor, mutasi) => {
        // Comments, processing instructions, CDATA and '>' in attributes change nothing a reader should see.
        const mutan = await mutasikan(ASAL[nomor], mutasi);
        expect(await lewatKami(mutan)).toStrictEqual(asli[nomor]);
      }),
      { numRuns: 30, ...OPSI_FC },
    );
  }, 120_000);

  test('random values over the fixtures, saved by ExcelJS: the same Grids', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: BERKAS_DERAU.length - 1 }),
        derauAcak,
        async (nomor, derau) => {
          const data = await tulisBuku(await bukuBerderau(nomor, derau));
          expect(await lewatKami(data)).toStrictEqual(await lewatExcelJs(data));
        },
      ),
      { numRuns: 25, ...OPSI_FC },
    );
  }, 120_000);
});

describe('what is not a readable .xlsx: the same refusal and words as the ExcelJS path', () => {
  const contoh = readFileSync(CONTOH);
  test.each([
    ['empty', new Uint8Array()],
    ['text', new TextEncoder().encode('No;Indikator;Target\n1;A;80')],
    ['password / .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['zip header only', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
    ['truncated', contoh.subarray(0, Math.floor(contoh.length / 2))],
  ])('%s', async (_, data) => {
    const galat = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (e) {
        return e;
      }
      throw new Error('not refused');
    };
    const kami = await galat(() => lewatKami(data));
    const exceljs = await galat(() => lewatExcelJs(data));
    expect(kami).toBeInstanceOf(GalatBerkas);
    expect((kami as Error).message).toBe((exceljs as Error).message);
  });

  test('a part lying about its size is refused before it is read, as a zip bomb', async () => {
    const z = await JSZip.loadAsync(contoh);
    z.file('xl/media/besar.bin', new Uint8Array(40 * 1048576));
    const data = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(lewatKami(data)).rejects.toThrow('kali (bom zip)');
    await expect(lewatExcelJs(data)).rejects.toThrow('kali (bom zip)');
  });

  test('overlapping merged areas (a damaged file): refused as damaged, as ExcelJS cannot load it', async () => {
    const z = await JSZip.loadAsync(await berkasBentuk(async () => undefined));
    const xml = await z.file('xl/worksheets/sheet1.xml')!.async('string');
    z.file(
      'xl/worksheets/sheet1.xml',
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      ),
    );
    const data = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(lewatKami(data)).rejects.toThrow('rusak atau tidak lengkap');
    await expect(lewatExcelJs(data)).rejects.toThrow('rusak atau tidak lengkap');
  });
});

/** A one-sheet workbook "Uji" saved by ExcelJS, its sheet part then changed. */
async function bukuUji(
  isi: (ws: ExcelJS.Worksheet, buku: ExcelJS.Workbook) => void,
  ubah: (xml: string) => string = (x) => x,
  bagian = 'xl/worksheets/sheet1.xml',
): Promise<Uint8Array> {
  const buku = new ExcelJS.Workbook();
  isi(buku.addWorksheet('Uji'), buku);
  const z = await JSZip.loadAsync(await tulisBuku(buku));
  z.file(bagian, ubah(await z.file(bagian)!.async('string')));
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const sel = (g: Grid[], baris: number, kolom: number) =>
  g[0].nilai[baris - g[0].barisAwal]?.[kolom - g[0].kolomAwal];

describe('where ours reads otherwise on purpose, and why it is right', () => {
  test('a value in CDATA is the value (ExcelJS drops CDATA: the cell reads empty)', async () => {
    const data = await bukuUji(
      (ws) => {
        ws.getCell('A1').value = 'Target';
        ws.getCell('A2').value = 45;
      },
      (x) => x.replace('<v>45</v>', '<v><![CDATA[45]]></v>'),
    );
    expect(sel(await lewatKami(data), 2, 1)).toBe(45);
    expect(sel(await lewatExcelJs(data), 2, 1)).toBeUndefined();
  });

  test('a text result is read back from XML once (ExcelJS twice: a literal "&lt;" became "<")', async () => {
    const data = await bukuUji((ws) => {
      ws.getCell('A1').value = { formula: '"&lt;5"', result: '&lt;5' } as ExcelJS.CellFormulaValue;
    });
    expect(sel(await lewatKami(data), 1, 1)).toBe('&lt;5');
    expect(sel(await lewatExcelJs(data), 1, 1)).toBe('<5');
  });

  test('a text result in a date-formatted cell stays text (ExcelJS makes it an invalid date, NaN)', async () => {
    const data = await bukuUji((ws) => {
      ws.getCell('A1').value = {
        formula: 'TEXT(1,"0")',
        result: 'belum',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('A2').value = 45292;
      ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    });
    const kami = await lewatKami(data);
    expect(sel(kami, 1, 1)).toBe('belum');
    expect(sel(await lewatExcelJs(data), 1, 1)).toBeNaN();
    // A number in such a cell is the date's serial, as in ExcelJS's reading.
    expect(sel(kami, 2, 1)).toBe(45292);
  });

  test('a hyperlinked cell keeps its number and formula (ExcelJS reads its text: "5", formula lost)', async () => {
    const data = await bukuUji(
      (ws) => {
        ws.getCell('A1').value = 5;
        ws.getCell('A2').value = { formula: 'A1*2', result: 10 } as ExcelJS.CellFormulaValue;
        ws.getCell('B1').value = { text: 'situs', hyperlink: 'https://contoh.go.id' };
      },
      (x) =>
        x
          .replace(
            '<hyperlink ref="B1"',
            '<hyperlink ref="A1"/><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="B1"',
          )
          .replace('<hyperlink ref="A1"/>', '<hyperlink ref="A1" r:id="rId1"/>'),
    );
    const kami = await lewatKami(data);
    const exceljs = await lewatExcelJs(data);
    expect([sel(kami, 1, 1), sel(kami, 2, 1), kami[0].rumus?.[1][0]]).toEqual([5, 10, '=A1*2']);
    expect([sel(exceljs, 1, 1), sel(exceljs, 2, 1), exceljs[0].rumus?.[1][0]]).toEqual([
      '5',
      '10',
      undefined,
    ]);
  });

  test('date1904="true" is the 1904 date system (ExcelJS takes only "1")', async () => {
    const data = await bukuUji(
      (ws) => {
        ws.getCell('A1').value = 0;
        ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      },
      (x) => x.replace(/<workbookPr\b[^>]*?\/>/, '<workbookPr date1904="true"/>'),
      'xl/workbook.xml',
    );
    // Day 0 of 1904 is day 1462 of 1900.
    expect(sel(await lewatKami(data), 1, 1)).toBe(1462);
    expect(sel(await lewatExcelJs(data), 1, 1)).toBe(0);
  });

  test('a string in a shared formula is not moved in its copies (ExcelJS moves "A1" in it)', async () => {
    const data = await bukuUji((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = {
        formula: 'IF(A1>0,"A1",A1)',
        result: 'A1',
        shareType: 'shared',
        ref: 'B1:B2',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = {
        sharedFormula: 'B1',
        result: 'A1',
      } as ExcelJS.CellSharedFormulaValue;
    });
    expect((await lewatKami(data))[0].rumus?.[1][1]).toBe('=IF(A2>0,"A1",A2)');
    expect((await lewatExcelJs(data))[0].rumus?.[1][1]).toBe('=IF(A2>0,"A2",A2)');
  });

  test('a part whose content does not match its CRC is damaged (ExcelJS reads it unchecked)', async () => {
    const entri = bacaZip(
      await bukuUji((ws) => {
        ws.getCell('A1').value = 'ada';
      }),
    );
    const lembar = entri.find((e) => e.nama === 'xl/worksheets/sheet1.xml')!;
    lembar.crc = (lembar.crc ^ 1) >>> 0;
    const data = tulisZip(entri);
    await expect(lewatKami(data)).rejects.toThrow('rusak atau tidak lengkap');
    expect((await lewatExcelJs(data))[0].nilai).toEqual([['ada']]);
  });

  test('a sheet stored under another part name is read (ExcelJS looks only for sheetN.xml)', async () => {
    const z = await JSZip.loadAsync(
      await bukuUji((ws) => {
        ws.getCell('A1').value = 'ada';
      }),
    );
    z.file('xl/worksheets/data.xml', await z.file('xl/worksheets/sheet1.xml')!.async('string'));
    z.remove('xl/worksheets/sheet1.xml');
    for (const n of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml'])
      z.file(
        n,
        (await z.file(n)!.async('string')).replace('worksheets/sheet1.xml', 'worksheets/data.xml'),
      );
    const data = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await lewatKami(data)).map((g) => [g.sheet, g.nilai[0][0]])).toEqual([['Uji', 'ada']]);
    expect(await lewatExcelJs(data)).toEqual([]);
  });
});

test.each([
  ['at column A', 1],
  ['at column C', 3],
])(
  'a sheet whose cells start %s, merges over cells holding values, formats and formulas: the same Grid as ExcelJS reads',
  async (_, kiri) => {
    const huruf = (kolom: number) => String.fromCharCode(64 + kiri + kolom);
    const data = await bukuUji(
      (ws) => {
        const sel = (baris: number, kolom: number) => ws.getCell(baris, kiri + kolom);
        sel(1, 0).value = 'Uraian';
        sel(1, 1).value = 'Pagu';
        sel(1, 2).value = 'Realisasi';
        for (let b = 2; b <= 6; b++) {
          sel(b, 0).value = `Kegiatan ${b}`;
          sel(b, 1).value = b * 1000;
          sel(b, 1).numFmt = '#,##0';
          sel(b, 2).value = { formula: `${huruf(1)}${b}/2`, result: b * 500 };
          sel(b, 2).numFmt = '0.00';
        }
        ws.mergeCells(3, kiri, 4, kiri + 1);
        ws.mergeCells(5, kiri + 1, 5, kiri + 2);
        // A row holding only cells inside a merge (the last ones of it).
        ws.mergeCells(8, kiri + 1, 9, kiri + 2);
      },
      // Other programs keep what the cells under a merge held: a value, a format, a formula.
      (xml) => {
        const s = /<c r="[A-Z]+2" s="(\d+)"/.exec(xml)![1];
        const isi = (a: string) => `<c r="${a}" s="${s}"><f>1+1</f><v>2</v></c>`;
        for (const a of [
          `${huruf(1)}3`,
          `${huruf(0)}4`,
          `${huruf(1)}4`,
          `${huruf(2)}5`,
          `${huruf(2)}9`,
        ]) {
          const sebelum = xml;
          xml = xml.replace(new RegExp(`<c r="${a}"[^>]*/>`), isi(a));
          expect(xml).not.toBe(sebelum);
        }
        return xml;
      },
    );
    const kami = await lewatKami(data);
    expect(kami[0].kolomAwal).toBe(kiri);
    expect(kami).toStrictEqual(await lewatExcelJs(data));
  },
);

test('a shared formula copy: relative references move, absolute ones, names and strings stay', () => {
  const geser = penggeserRumus(`SUM(A1:B2)*$C$3+'Data 1'!A$1+LOG10(B2)+Data2024+XFE1&"A1"&""""`);
  expect(geser(2, 1)).toBe(`SUM(B3:C4)*$C$3+'Data 1'!B$1+LOG10(C4)+Data2024+XFE1&"A1"&""""`);
  expect(geser(0, 0)).toBe(`SUM(A1:B2)*$C$3+'Data 1'!A$1+LOG10(B2)+Data2024+XFE1&"A1"&""""`);
});

describe('sheets past what Excel holds, and huge merged areas', () => {
  test.each([
    ['a column past XFD', (x: string) => x.replace('r="B1"', 'r="XFE1"')],
    ['a row past 1 048 576', (x: string) => x.replace('<row r="2"', '<row r="1048577"')],
    ['a row number that is no number', (x: string) => x.replace('<row r="2"', '<row r="dua"')],
  ])('%s: refused as a damaged file', async (_, ubah) => {
    const data = await bukuUji((ws) => {
      ws.getCell('A1').value = 'No';
      ws.getCell('B1').value = 'Indikator';
      ws.getCell('A2').value = 1;
    }, ubah);
    await expect(lewatKami(data)).rejects.toThrow('rusak atau tidak lengkap');
  });

  test('a merge over a million rows costs the rows present (ExcelJS makes every cell of it)', async () => {
    const data = await bukuUji(
      (ws) => {
        ws.getCell('A1').value = 'No';
        ws.getCell('B1').value = 'Indikator';
        ws.getCell('B5').value = 'di dalam gabungan';
      },
      (x) =>
        x
          .replace('</sheetData>', '<row r="700000" hidden="1"/></sheetData>')
          .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '')
          .replace(
            '</sheetData>',
            '</sheetData><mergeCells count="1"><mergeCell ref="B2:C1048576"/></mergeCells>',
          ),
    );
    const [g] = await lewatKami(data);
    expect([g.barisAwal, g.kolomAwal, g.nilai.length]).toEqual([1, 1, 1048576]);
    expect(g.gabungan).toEqual([{ baris1: 2, kolom1: 2, baris2: 1048576, kolom2: 3 }]);
    // B5 lies inside the merge: left out; a hidden row inside it counts, as ExcelJS counts it.
    expect(g.nilai[4]).toEqual([]);
    expect(g.barisTersembunyi).toEqual([700000]);
  });
});
