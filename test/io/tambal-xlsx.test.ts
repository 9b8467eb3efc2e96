import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { hitungBuku } from '../../src/engine/hitung';
import type { RencanaEdit } from '../../src/engine/rencana';
import { pemampatNode } from '../../src/io/pemampat-node';
import { tambalBuku } from '../../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku, terapkanRencana, tulisBuku } from '../../src/io/xlsx';
import { alamat } from '../../src/sheet/grid';
import { bukuIndikatorKecil, CONTOH, evaluasi, FIXTURE, isiSel } from '../bantu';
import { BERKAS as BERKAS_DERAU, bukuBerderau, derauAcak, OPSI_FC } from '../derau';
import { asalMutan, mutasiAcak, mutasikan } from '../mutasi';

/**
 * The patching writer of the command line against the ExcelJS writer: for
 * the same file and plan, both outputs, opened again, show the same cells
 * (values, formulas, cached results, formats, looks), merges, column widths
 * and kategori colours. The patch must also keep every other part of the
 * package byte for byte, and refuse (with a reason) what it cannot do.
 */

// The fixtures as Excel saved them, three as LibreOffice Calc saves them (other XML habits), and
// one from openpyxl with a chart (bagan.py).
const BERKAS = [
  'seed000.xlsx',
  'seed002.xlsx',
  'seed003.xlsx',
  'seed004.xlsx',
  'libreoffice/contoh-lkjip.xlsx',
  'libreoffice/seed002.xlsx',
  'libreoffice/seed004.xlsx',
  'bagan.xlsx',
]
  .map((f) => path.join(FIXTURE, f))
  .concat(CONTOH);

type Hasil = { data: Uint8Array } | { alasan: string };

// Reading needs the deflate too: bagan.xlsx has a chart ExcelJS cannot load as it is.
const buka = (data: Uint8Array) => bukaBuku(data, pemampatNode);
const tambal = (asli: Uint8Array, rencana: RencanaEdit) => tambalBuku(asli, rencana, pemampatNode);

function data(h: Hasil): Uint8Array {
  if ('alasan' in h) throw new Error(`ditolak: ${h.alasan}`);
  return h.data;
}

// Values that mean "as by default"; ExcelJS leaves them out when it saves, the patch keeps what the file had.
const TANPA_PENGARUH: Record<string, unknown> = {
  textRotation: 0,
  shrinkToFit: false,
  indent: 0,
  horizontal: 'general',
  wrapText: false,
};

function gayaBermakna(gaya: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const { numFmt, alignment, ...lain } = gaya;
  const hasil: Partial<ExcelJS.Style> = { ...lain };
  // <patternFill/> without a type means no fill; ExcelJS writes it as "none".
  if (lain.fill?.type === 'pattern' && lain.fill.pattern === undefined)
    hasil.fill = { ...lain.fill, pattern: 'none' };
  if (numFmt && numFmt !== 'General') hasil.numFmt = numFmt;
  if (alignment)
    hasil.alignment = Object.fromEntries(
      Object.entries(alignment).filter(([k, v]) => TANPA_PENGARUH[k] !== v),
    );
  return hasil;
}

/** Everything a user would see of a workbook that a plan can change. */
function gambaran(buku: ExcelJS.Workbook): Record<string, unknown> {
  const hasil: Record<string, unknown> = { hitungUlang: !!buku.calcProperties.fullCalcOnLoad };
  buku.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const v = c.value as ExcelJS.CellValue;
        const rumus = v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
        hasil[`${ws.name}!${c.address}`] = {
          isi: rumus ? { rumus: c.formula, hasil: c.result } : v,
          catatan: c.note,
          gaya: gayaBermakna(c.style),
        };
      }),
    );
    hasil[`${ws.name} gabungan`] = [...(ws.model.merges ?? [])].sort();
    const lebar: unknown[] = [];
    for (let k = 1; k <= ws.columnCount; k++) lebar.push(ws.getColumn(k).width);
    hasil[`${ws.name} lebar`] = lebar;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    hasil[`${ws.name} warna`] = cf.map((x) => ({
      ref: x.ref,
      aturan: x.rules.map((r) => {
        const a = r as { formulae?: string[]; style?: { fill?: unknown } };
        return [a.formulae, a.style?.fill];
      }),
    }));
  });
  return hasil;
}

async function keduanya(asli: Uint8Array, rencana: RencanaEdit) {
  const lewatExcelJs = await buka(asli);
  terapkanRencana(lewatExcelJs, rencana);
  return {
    exceljs: await buka(await tulisBuku(lewatExcelJs)),
    tambal: await buka(data(await tambal(asli, rencana))),
  };
}

async function rencanaDari(asli: Uint8Array): Promise<RencanaEdit> {
  return hitungBuku(gridDariBuku(await buka(asli))).rencana;
}

describe.each(BERKAS.map((b) => [path.relative(FIXTURE, b), b]))('%s', (_, berkas) => {
  test('the patched file shows what the ExcelJS writer writes', async () => {
    const asli = readFileSync(berkas);
    const rencana = await rencanaDari(asli);
    const { exceljs, tambal } = await keduanya(asli, rencana);
    const awal = await buka(asli);
    expect(barisBaruPolos(gambaran(tambal), awal)).toEqual(barisBaruPolos(gambaran(exceljs), awal));
  });
});

/**
 * Cells of rows the plan adds (the IKM summary row below a table) start from the
 * file's default look. The patch keeps the file's own (LibreOffice: Calibri with a
 * charset, black as a colour), ExcelJS writes its own default (the theme's): the
 * same look on screen, so only their number format is compared.
 */
function barisBaruPolos(g: Record<string, unknown>, asli: ExcelJS.Workbook) {
  for (const [kunci, isi] of Object.entries(g)) {
    const m = /^(.*)!([A-Z]+)(\d+)$/.exec(kunci);
    if (!m || asli.getWorksheet(m[1])?.findRow(Number(m[3]))) continue;
    const x = isi as { gaya: Partial<ExcelJS.Style> };
    g[kunci] = { ...x, gaya: { numFmt: x.gaya.numFmt } };
  }
  return g;
}

test('its formulas compute to the engine values (HyperFormula on the reopened files)', async () => {
  let rumus = 0;
  for (const berkas of BERKAS) {
    const asli = readFileSync(berkas);
    const rencana = await rencanaDari(asli);
    const nilai = evaluasi(await buka(data(await tambal(asli, rencana))));
    for (const b of rencana.blok)
      b.sel.forEach((r, i) =>
        r.forEach((s, j) => {
          if (!s?.rumus || typeof s.nilai !== 'number') return;
          rumus++;
          expect(nilai(b.sheet, alamat(b.baris + i, b.kolom + j))).toBeCloseTo(s.nilai, 6);
        }),
      );
  }
  expect(rumus).toBeGreaterThan(100);
});

test('noise over the fixtures: the patched file still shows what the ExcelJS writer writes', async () => {
  let ditambal = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: BERKAS_DERAU.length - 1 }), derauAcak, async (nomor, derau) => {
      const asli = await tulisBuku(await bukuBerderau(nomor, derau));
      const rencana = await rencanaDari(asli);
      const hasil = await tambal(asli, rencana);
      // A refusal is allowed (the ExcelJS writer then runs); a wrong file is not.
      if ('alasan' in hasil) return;
      ditambal++;
      const lewatExcelJs = await buka(asli);
      terapkanRencana(lewatExcelJs, rencana);
      expect(gambaran(await buka(hasil.data))).toEqual(
        gambaran(await buka(await tulisBuku(lewatExcelJs))),
      );
    }),
    { numRuns: 25, ...OPSI_FC },
  );
  // Noise must not push the common files out of the patching writer.
  expect(ditambal).toBeGreaterThan(20);
});

test('parts the plan does not touch are copied byte for byte, even ones ExcelJS drops', async () => {
  const zip = await JSZip.loadAsync(readFileSync(CONTOH));
  zip.file('customXml/item1.xml', '<?xml version="1.0"?><catatan>milik pengguna</catatan>');
  const asli = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const rencana = await rencanaDari(asli);
  const keluar = await JSZip.loadAsync(data(await tambal(asli, rencana)));
  expect(await keluar.file('customXml/item1.xml')!.async('string')).toContain('milik pengguna');
  for (const nama of ['xl/theme/theme1.xml', 'xl/sharedStrings.xml', 'docProps/core.xml'])
    expect(await keluar.file(nama)!.async('string')).toBe(await zip.file(nama)!.async('string'));
  // The ExcelJS writer loses it: the reason the command line patches.
  const lewatExcelJs = await buka(asli);
  terapkanRencana(lewatExcelJs, rencana);
  expect(
    (await JSZip.loadAsync(await tulisBuku(lewatExcelJs))).file('customXml/item1.xml'),
  ).toBeNull();
});

test('a built-in number format id the file redefined is not reused: a format of our own is added', async () => {
  const zip = await JSZip.loadAsync(readFileSync(CONTOH));
  const gaya = await zip.file('xl/styles.xml')!.async('string');
  const numFmts = '<numFmts count="1"><numFmt numFmtId="2" formatCode="0.000"/></numFmts>';
  zip.file(
    'xl/styles.xml',
    gaya.includes('<numFmts')
      ? gaya.replace(/<numFmts\b[^>]*>/, (t) => `${t}<numFmt numFmtId="2" formatCode="0.000"/>`)
      : gaya.replace(/<styleSheet\b[^>]*>/, (t) => t + numFmts),
  );
  const asli = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const keluar = await buka(data(await tambal(asli, await rencanaDari(asli))));
  // J8: the first capaian cell of "Kinerja 2024", written with format 0.00.
  expect(keluar.getWorksheet('Kinerja 2024')!.getCell('J8').numFmt).toBe('0.00');
});

test("Excel's calculation chain is dropped (Excel rebuilds it) and every formula recomputes on opening", async () => {
  const zip = await JSZip.loadAsync(readFileSync(CONTOH));
  zip.file(
    'xl/calcChain.xml',
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="J8" i="1"/></calcChain>',
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const tipe = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    tipe.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const asli = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const keluar = await JSZip.loadAsync(data(await tambal(asli, await rencanaDari(asli))));
  expect(keluar.file('xl/calcChain.xml')).toBeNull();
  expect(await keluar.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain(
    'calcChain',
  );
  expect(await keluar.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
  expect(await keluar.file('xl/workbook.xml')!.async('string')).toMatch(
    /<calcPr[^>]*fullCalcOnLoad="1"/,
  );
});

test("the user's notes stay, also on written cells (both writers); Capaian's own are replaced", async () => {
  const buku = await buka(readFileSync(path.join(FIXTURE, 'seed002.xlsx')));
  const rencana = await rencanaDari(await tulisBuku(buku));
  const blok = rencana.blok.find((b) => b.sel.some((r) => r.some((s) => s?.catatan)))!;
  const ws = buku.getWorksheet(blok.sheet)!;
  const baris = blok.sel.findIndex((r) => r[0]?.catatan);
  ws.getCell('A1').note = 'catatan pengguna';
  ws.getCell(blok.baris + baris, blok.kolom).note = 'jangan dihapus';
  const asli = await tulisBuku(buku);
  const { exceljs, tambal: hasil } = await keduanya(asli, await rencanaDari(asli));
  expect(gambaran(hasil)).toEqual(gambaran(exceljs));
  const lembar = hasil.getWorksheet(blok.sheet)!;
  expect(lembar.getCell('A1').note).toBe('catatan pengguna');
  expect(lembar.getCell(blok.baris + baris, blok.kolom).note).toBe('jangan dihapus');
  const tertambal = await tambal(asli, await rencanaDari(asli));
  expect('catatanDipertahankan' in tertambal && tertambal.catatanDipertahankan).toEqual([
    `${blok.sheet}!${alamat(blok.baris + baris, blok.kolom)}`,
  ]);
  // A second run over the output keeps it too, and writes no second note.
  const keluaran = data(tertambal);
  const kedua = await buka(data(await tambal(keluaran, await rencanaDari(keluaran))));
  expect(gambaran(kedua)).toEqual(gambaran(await buka(keluaran)));
});

test("a user's notes on an empty Capaian (%) column the tool fills are kept, and the user is told", async () => {
  const { buku, ws } = bukuIndikatorKecil();
  ws.getCell('E2').note = 'diisi manual setelah rapat';
  ws.getCell('E3').note = { texts: [{ text: 'sumber: ' }, { text: 'BPS' }] } as never;
  const asli = await tulisBuku(buku);
  const rencana = await rencanaDari(asli);
  expect(rencana.blok.some((b) => b.kolom === 5)).toBe(true);
  const { exceljs, tambal: hasil } = await keduanya(asli, rencana);
  for (const b of [exceljs, hasil]) {
    expect(b.getWorksheet('Data')!.getCell('E2').note).toBe('diisi manual setelah rapat');
    expect(b.getWorksheet('Data')!.getCell('E2').formula).toBe(
      'IF(AND(ISNUMBER(C2),ISNUMBER(D2)),IF(C2=0,IF(D2=0,100,""),IF(C2<0,"",D2/C2*100)),"")',
    );
  }
  const lewatExcelJs = await buka(asli);
  expect(terapkanRencana(lewatExcelJs, rencana)).toEqual(['Data!E2', 'Data!E3']);
  const t = await tambal(asli, rencana);
  expect('catatanDipertahankan' in t && t.catatanDipertahankan).toEqual(['Data!E2', 'Data!E3']);
});

test('notes on a sheet with Excel 365 threaded comments are left to ExcelJS', async () => {
  const zip = await JSZip.loadAsync(readFileSync(CONTOH));
  const rencana = await rencanaDari(readFileSync(CONTOH));
  const nama = rencana.blok.find((b) => b.sel.some((r) => r.some((s) => s?.catatan)))!.sheet;
  const buku = await zip.file('xl/workbook.xml')!.async('string');
  const urutan = [...buku.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex((m) => m[1] === nama);
  zip.file(
    `xl/worksheets/_rels/sheet${urutan + 1}.xml.rels`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
  );
  const asli = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  expect(await tambal(asli, rencana)).toEqual({ alasan: 'lembar berisi komentar berutas' });
});

test('a digitally signed workbook is left to ExcelJS (a patch would break the signature)', async () => {
  const zip = await JSZip.loadAsync(readFileSync(CONTOH));
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>',
    ),
  );
  zip.file('_xmlsignatures/origin.sigs', '');
  const asli = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  expect(await tambal(asli, await rencanaDari(asli))).toEqual({
    alasan: 'buku kerja bertanda tangan digital',
  });
});

test("a user's shared formula: overwritten whole it is patched; its master overwritten alone goes to ExcelJS", async () => {
  const { buku, ws } = bukuIndikatorKecil();
  ws.getCell('E2').value = { formula: 'D2/C2*100', shareType: 'shared', ref: 'E2:E4' } as never;
  ws.getCell('E3').value = { sharedFormula: 'E2' } as never;
  ws.getCell('E4').value = { sharedFormula: 'E2' } as never;
  const semua = await tulisBuku(buku);
  const rencana = await rencanaDari(semua);
  expect(rencana.blok.some((b) => b.sheet === 'Data' && b.baris <= 2)).toBe(true);
  const { exceljs, tambal: hasil } = await keduanya(semua, rencana);
  expect(gambaran(hasil)).toEqual(gambaran(exceljs));
  // A copy below the table, which the plan does not write, would lose its formula.
  ws.getCell('E7').value = 'Rata-rata';
  ws.getCell('E4').value = { formula: 'D4/C4*100', shareType: 'shared', ref: 'E4:E9' } as never;
  ws.getCell('E9').value = { sharedFormula: 'E4' } as never;
  const sebagian = await tulisBuku(buku);
  const hasil2 = await tambal(sebagian, await rencanaDari(sebagian));
  expect(hasil2).toEqual({ alasan: 'menimpa induk rumus bersama' });
});

test('a second run over its own output is patched too, and changes nothing', async () => {
  const asli = readFileSync(CONTOH);
  const pertama = data(await tambal(asli, await rencanaDari(asli)));
  const kedua = data(await tambal(pertama, await rencanaDari(pertama)));
  expect(gambaran(await buka(kedua))).toEqual(gambaran(await buka(pertama)));
});

test('beside and inside an Excel table the patch writes; retitling it is left to ExcelJS', async () => {
  const buat = async (kolom: string[]) => {
    const buku = new ExcelJS.Workbook();
    buku.addWorksheet('Data').addTable({
      name: 'Indikator',
      ref: 'A1',
      columns: kolom.map((name) => ({ name })),
      rows: [1, 2, 3].map((i) => [
        i,
        `Indikator ${i}`,
        100,
        80 + i,
        ...(kolom.length > 4 ? [null] : []),
      ]),
    });
    const asli = await tulisBuku(buku);
    const rencana = await rencanaDari(asli);
    expect(rencana.blok.some((b) => b.sheet === 'Data')).toBe(true);
    return { asli, rencana };
  };
  const beside = await buat(['No', 'Indikator', 'Target', 'Realisasi']);
  const { exceljs, tambal: hasil } = await keduanya(beside.asli, beside.rencana);
  expect(gambaran(hasil)).toEqual(gambaran(exceljs));
  const keluar = await JSZip.loadAsync(data(await tambal(beside.asli, beside.rencana)));
  expect(await keluar.file('xl/tables/table1.xml')!.async('string')).toContain('ref="A1:D4"');

  // A Capaian column inside the table: its data rows are written, its header is the user's.
  const dalam = await buat(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian']);
  const kedua = await keduanya(dalam.asli, dalam.rencana);
  expect(gambaran(kedua.tambal)).toEqual(gambaran(kedua.exceljs));
  expect(kedua.tambal.getWorksheet('Data')!.getCell('E2').formula).toContain('D2/C2*100');
  // A plan that would retitle a table column is left to ExcelJS.
  const judulBaru: RencanaEdit = {
    ...dalam.rencana,
    blok: [
      ...dalam.rencana.blok,
      { sheet: 'Data', baris: 1, kolom: 5, sel: [[{ nilai: 'Capaian (%)' }]], peran: 'capaian' },
    ],
  };
  expect(await tambal(dalam.asli, judulBaru)).toEqual({
    alasan: 'menimpa kepala atau baris jumlah tabel Excel',
  });
});

test('what is not an xlsx package it reads is refused with a reason, never half written', async () => {
  const rencana: RencanaEdit = { blok: [], warna: [], gabung: [] };
  expect(await tambal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), rencana)).toEqual({
    alasan: 'akhir direktori zip tidak ditemukan',
  });
});

describe('fuzzing the XML forms of the LibreOffice and openpyxl fixtures: the patch never loses a cell', () => {
  const ASAL = asalMutan();

  test('random form changes over every sheet: the patch refuses or keeps every cell the plan does not write', async () => {
    let ditambal = 0;
    let dijalankan = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: ASAL.length - 1 }), mutasiAcak, async (nomor, mutasi) => {
        dijalankan++;
        const asli = await mutasikan(ASAL[nomor], mutasi);
        const sebelum = await buka(asli);
        const rencana = hitungBuku(gridDariBuku(sebelum)).rencana;
        const hasil = await tambal(asli, rencana);
        if ('alasan' in hasil) return;
        ditambal++;
        const ditulis = new Set(
          rencana.blok.flatMap((b) =>
            b.sel.flatMap((r, i) =>
              r.flatMap((s, j) => (s ? [`${b.sheet}!${alamat(b.baris + i, b.kolom + j)}`] : [])),
            ),
          ),
        );
        const isiSesudah = isiSel(await buka(hasil.data));
        for (const [k, v] of isiSel(sebelum))
          if (!ditulis.has(k)) expect([k, isiSesudah.get(k)]).toEqual([k, v]);
      }),
      { numRuns: 30, ...OPSI_FC },
    );
    // The forms are understood, not refused.
    expect(ditambal).toBe(dijalankan);
  }, 120_000);
});
test("more notes than one VML block holds (the user's own and Capaian's): the drawing takes more blocks, ids stay unique and inside them", async () => {
  const buku = await buka(readFileSync(path.join(FIXTURE, 'seed002.xlsx')));
  const rencana0 = await rencanaDari(await tulisBuku(buku));
  const blok = rencana0.blok.find((b) => b.sel.some((r) => r.some((s) => s?.catatan)))!;
  const ws = buku.getWorksheet(blok.sheet)!;
  // 1 100 notes of the user's, far below the table (the plan does not change for them).
  for (let r = 0; r < 1100; r++) ws.getCell(2000 + r, 1 + (r % 3)).note = `catatan ${r}`;
  const asli = await tulisBuku(buku);
  const rencana = await rencanaDari(asli);
  expect(rencana).toEqual(rencana0);
  const hasil = await tambal(asli, rencana);
  expect('alasan' in hasil ? hasil.alasan : undefined).toBeUndefined();
  const { exceljs, tambal: tertambal } = await keduanya(asli, rencana);
  expect(gambaran(tertambal)).toEqual(gambaran(exceljs));
  const vmlDari = async (x: Uint8Array) => {
    const zip = await JSZip.loadAsync(x);
    return Promise.all(
      Object.keys(zip.files)
        .filter((n) => /\.vml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
  };
  const idDari = (v: string) =>
    [...v.matchAll(/<v:shape\b[^>]*\sid="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  // ExcelJS numbered the user's 1 100 shapes on past its one block of ids.
  const lama = new Set((await vmlDari(asli)).flatMap(idDari));
  expect(Math.max(...lama)).toBeGreaterThan(2047);
  const semua: number[] = [];
  let baru = 0;
  for (const v of await vmlDari(data(hasil))) {
    const blokVml = /<o:idmap\b[^>]*\sdata="([\d,]+)"/.exec(v)![1].split(',').map(Number);
    // The new shapes lie in the drawing's blocks, in none another drawing holds.
    for (const x of idDari(v).filter((i) => !lama.has(i))) {
      baru++;
      expect([x, blokVml.includes(Math.floor(x / 1024)) && x % 1024 !== 0]).toEqual([x, true]);
      expect([x, Math.floor(x / 1024)]).not.toEqual([x, 1]);
    }
    semua.push(...idDari(v));
  }
  expect(baru).toBeGreaterThan(1);
  expect(new Set(semua).size).toBe(semua.length);
  // One shape for every note.
  const zip = await JSZip.loadAsync(data(hasil));
  const komentar = await Promise.all(zip.file(/comments\d*\.xml$/).map((f) => f.async('string')));
  expect(semua.length).toBe(komentar.join('').match(/<comment\b/g)!.length);
});
