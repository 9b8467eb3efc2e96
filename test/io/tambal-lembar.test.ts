import * as zlib from 'node:zlib';
import JSZip from 'jszip';
import type { BlokEdit } from '../../src/engine/rencana';
import { tambalLembar, type GayaSel } from '../../src/io/tambal-lembar';
import { atribut, aturAtribut, lepasXml, xmlTeks } from '../../src/io/xml';
import { AtributTag } from '../../src/io/xml-token';
import { pemampatNode } from '../../src/io/pemampat-node';
import { bacaZip, crc32, entriBaru, isiEntri, tulisZip } from '../../src/io/zip';

/**
 * The sheet patcher on hand-written sheet XML in the shapes Excel saves.
 * ExcelJS reads elements in any order, Excel does not: these tests pin
 * where every new element goes in the schema's sequence.
 */

/** Formats numbered from 100, so a test can see which were asked for. */
class GayaUji implements GayaSel {
  format: string[] = [];
  isi: string[] = [];
  denganFormat(s: number, format: string): number {
    this.format.push(`${s}|${format}`);
    return 100 + this.format.length - 1;
  }
  isian(argb: string): number {
    this.isi.push(argb);
    return this.isi.length - 1;
  }
}

const KEPALA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

function lembar(isi: string): string {
  return `${KEPALA}${isi}</worksheet>`;
}

function blok(b: Partial<BlokEdit> & Pick<BlokEdit, 'baris' | 'kolom' | 'sel'>): BlokEdit {
  return { sheet: 'L', peran: 'uji', ...b };
}

/** The names of the worksheet's child elements, in order. */
function urutan(xml: string): string[] {
  const isi = xml.slice(xml.indexOf('<worksheet'));
  const nama: string[] = [];
  let dalam = 0;
  for (const m of isi.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) dalam--;
    else {
      if (dalam === 1) nama.push(m[2]);
      if (!m[3]) dalam++;
    }
  }
  return nama;
}

test('cells go into their rows in column order; new rows between the old ones; spans dropped', () => {
  const xml = lembar(
    '<dimension ref="A1:A3"/><sheetData>' +
      '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><v>7</v></c></row>' +
      '<row r="3" spans="1:2" ht="20" customHeight="1"><c r="A3"><v>1</v></c></row>' +
      '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  const hasil = tambalLembar(
    xml,
    [
      blok({
        baris: 1,
        kolom: 2,
        sel: [[{ nilai: 'Capaian' }], [{ nilai: 5, rumus: '=A2*2' }], [{ nilai: '' }]],
      }),
    ],
    [],
    [],
    new GayaUji(),
  );
  expect(hasil).toContain(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Capaian</t></is></c><c r="C1" s="2"><v>7</v></c></row>' +
      '<row r="2"><c r="B2"><f>A2*2</f><v>5</v></c></row>' +
      '<row r="3" ht="20" customHeight="1"><c r="A3"><v>1</v></c><c r="B3"/></row>',
  );
  expect(hasil).toContain('<dimension ref="A1:B3"/>');
  // Everything outside the rows is kept as it was.
  expect(
    hasil.endsWith(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    ),
  ).toBe(true);
});

test('a plain sheet is patched row by row without taking rows apart: the same cells as the exact reading of a sheet with a comment', () => {
  const baris =
    '<row r="5" spans="1:5"><c r="A5" s="2"><v>1</v></c>\n  <c r="C5" s="4"><f>A5</f><v>1</v></c><c r="D5" s="6"/></row>' +
    '<row r="6"><c r="A6"><v>3</v></c></row>';
  const rencana = [
    blok({
      baris: 5,
      kolom: 2,
      sel: [
        [{ nilai: 1 }, { nilai: 2, rumus: '=A5*2' }, null, { nilai: 'x' }],
        [{ nilai: 4 }, null, null, { nilai: 5 }],
      ],
    }),
  ];
  const tulis = (isi: string) => tambalLembar(lembar(isi), rencana, [], [], new GayaUji());
  const polos = tulis(`<sheetData>${baris}</sheetData>`);
  const tepat = tulis(`<sheetData><!-- dari pengguna -->${baris}</sheetData>`);
  const sel = (x: string) => x.slice(x.indexOf('<row')).replace(/>\s+</g, '><');
  // A new cell between two, a formula cell overwritten, one after the last; others as they were.
  expect(sel(polos)).toContain(
    '<row r="5"><c r="A5" s="2"><v>1</v></c><c r="B5"><v>1</v></c><c r="C5" s="4"><f>A5*2</f><v>2</v></c><c r="D5" s="6"/><c r="E5" t="inlineStr"><is><t>x</t></is></c></row>' +
      '<row r="6"><c r="A6"><v>3</v></c><c r="B6"><v>4</v></c><c r="E6"><v>5</v></c></row>',
  );
  expect(sel(polos)).toBe(sel(tepat));
  // An array formula is never overwritten, on either path.
  const larik =
    '<row r="5"><c r="A5"><v>1</v></c><c r="C5"><f t="array" ref="C5">A5</f><v>1</v></c></row>';
  expect(() => tulis(`<sheetData>${larik}</sheetData>`)).toThrow('menimpa rumus larik');
  expect(() => tulis(`<sheetData><!-- x -->${larik}</sheetData>`)).toThrow('menimpa rumus larik');
  // A cell without its address, or out of order, is read exactly: same result.
  const tanpaAlamat = '<row r="5"><c s="2"><v>1</v></c><c r="D5" s="6"/></row>';
  expect(sel(tulis(`<sheetData>${tanpaAlamat}</sheetData>`))).toContain(
    '<row r="5"><c s="2" r="A5"><v>1</v></c><c r="B5"><v>1</v></c><c r="C5"><f>A5*2</f><v>2</v></c><c r="D5" s="6"/><c r="E5" t="inlineStr"><is><t>x</t></is></c></row>',
  );
});

test('a column of equal formulas is one shared formula, with ids after the sheet own', () => {
  const xml = lembar(
    '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="4">1+1</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="4"/><v>2</v></c></row></sheetData>',
  );
  const sel = [1, 2, 3].map((r) => [{ nilai: r, rumus: `=A${r}/2` }]);
  const hasil = tambalLembar(xml, [blok({ baris: 1, kolom: 2, sel })], [], [], new GayaUji());
  expect(hasil).toContain('<c r="B1"><f t="shared" ref="B1:B3" si="5">A1/2</f><v>1</v></c>');
  expect(hasil).toContain('<c r="B2"><f t="shared" si="5"/><v>2</v></c>');
  expect(hasil).toContain('<row r="3"><c r="B3"><f t="shared" si="5"/><v>3</v></c></row>');
});

test("the sheet's shared formulas, found by search or read cell by cell: ids after the sheet's own, the same refusal", () => {
  const baris = (c2: string, c3: string) =>
    '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C3" si="7">A1+1</f><v>2</v></c></row>' +
    `<row r="2"><c r="A2"><v>2</v></c>${c2}</row>` +
    `<row r="3"><c r="A3"><v>3</v></c>${c3}<c r="D3"><f si="9">A3</f><v>3</v></c></row>`;
  const salinan = (r: number) => `<c r="C${r}"><f t="shared" si="7"/><v>${r + 1}</v></c>`;
  const bentuk = {
    // Every formula the first child of an addressed cell: found by search.
    polos: baris(salinan(2), salinan(3)),
    // A comment in the sheet: every row read exactly.
    komentar: `<!-- x -->${baris(salinan(2), salinan(3))}`,
    // A formula after the cell's value, a cell without its address: read cell by cell.
    bukanAnakPertama: baris('<c r="C2"><v>3</v><f t="shared" si="7"/></c>', salinan(3)),
    tanpaAlamat: baris(salinan(2), '<c><v>0</v></c><c><f t="shared" si="7"/><v>4</v></c>'),
  };
  const sel = (x: string) => x.slice(x.indexOf('<row')).replace(/<!-- x -->|\s+(?=<)/g, '');
  const tulis = (isi: string, kolom: number, n: number) =>
    tambalLembar(
      lembar(`<sheetData>${isi}</sheetData>`),
      [
        blok({
          baris: 1,
          kolom,
          sel: [1, 2, 3].slice(0, n).map((r) => [{ nilai: r, rumus: `=A${r}/2` }]),
        }),
      ],
      [],
      [],
      new GayaUji(),
    );
  for (const [nama, isi] of Object.entries(bentuk)) {
    // New shared formulas take ids after the sheet's highest (a plain formula's si counts too).
    const baru = tulis(isi, 2, 3);
    expect([nama, baru.includes('<f t="shared" ref="B1:B3" si="10">A1/2</f>')]).toEqual([
      nama,
      true,
    ]);
    // The master overwritten with all its copies is patched; alone, it is refused.
    expect(sel(tulis(isi, 3, 3))).toContain('<c r="C3"><f t="shared" si="10"/><v>3</v></c>');
    expect(() => tulis(isi, 3, 1)).toThrow('menimpa induk rumus bersama');
  }
  expect(sel(tulis(bentuk.polos, 2, 3))).toBe(sel(tulis(bentuk.komentar, 2, 3)));
});

test('looks: copied from the source column (absent cells look like their row, else their column), formats added', () => {
  const xml = lembar(
    '<cols><col min="1" max="1" width="30" style="7" customWidth="1"/></cols><sheetData>' +
      '<row r="1"><c r="A1" s="3"><v>1</v></c></row><row r="2" s="9" customFormat="1"/><row r="3"/>' +
      '</sheetData>',
  );
  const gaya = new GayaUji();
  const sel = [1, 2, 3].map(() => [{ nilai: 1, format: '0.00' }, { nilai: 2 }]);
  const hasil = tambalLembar(
    xml,
    [blok({ baris: 1, kolom: 2, sel, gayaDariKolom: 1 })],
    [],
    [],
    gaya,
  );
  expect(gaya.format).toEqual(['3|0.00', '9|0.00', '7|0.00']);
  expect(hasil).toContain(
    '<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="100"><v>1</v></c><c r="C1" s="3"><v>2</v></c></row>',
  );
  expect(hasil).toContain(
    '<row r="2" s="9" customFormat="1"><c r="B2" s="101"><v>1</v></c><c r="C2" s="9"><v>2</v></c></row>',
  );
  expect(hasil).toContain(
    '<row r="3"><c r="B3" s="102"><v>1</v></c><c r="C3" s="7"><v>2</v></c></row>',
  );
  // New columns get a width near their source column's (clamped to 12..18), in order.
  expect(hasil).toContain(
    '<cols><col min="1" max="1" width="30" style="7" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/><col min="3" max="3" width="18" customWidth="1"/></cols>',
  );
});

test('merges, kategori colours and the notes drawing go where the schema puts them', () => {
  const xml = lembar(
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      '<sheetData><row r="1"><c r="A1" s="4"><v>1</v></c></row><row r="2"><c r="A2" s="4"/></row></sheetData>' +
      '<sheetProtection sheet="0"/><conditionalFormatting sqref="B3:B9"><cfRule type="expression" dxfId="0" priority="1"><formula>$B3="Rendah"</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="Z1:Z2"><cfRule type="expression" dxfId="0" priority="1"><formula>FALSE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation sqref="A1"/></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<tableParts count="0"/><extLst><ext uri="{x}"/></extLst>',
  );
  const gaya = new GayaUji();
  const hasil = tambalLembar(
    xml,
    [blok({ baris: 3, kolom: 2, sel: [[{ nilai: 'Tinggi', catatan: 'x' }]] })],
    [{ sheet: 'L', baris1: 1, baris2: 2, kolom: 2, gayaDariKolom: 1 }],
    [
      {
        sheet: 'L',
        kolom: 2,
        baris1: 3,
        baris2: 9,
        aturan: [{ label: 'Tinggi "A"', warna: '00b050' }],
      },
    ],
    gaya,
    'rId3',
  );
  expect(urutan(hasil)).toEqual([
    'sheetViews', 'sheetFormatPr', 'sheetData', 'sheetProtection', 'mergeCells',
    'conditionalFormatting', 'conditionalFormatting', 'dataValidations', 'pageMargins',
    'legacyDrawing', 'tableParts', 'extLst',
  ]); // prettier-ignore
  expect(hasil).toContain('<mergeCells count="1"><mergeCell ref="B1:B2"/></mergeCells>');
  // The old rule on exactly that range is replaced; the one elsewhere stays.
  expect(hasil).not.toContain('<formula>TRUE</formula>');
  expect(hasil).toContain('<formula>FALSE</formula>');
  expect(hasil).toContain(
    '<conditionalFormatting sqref="B3:B9"><cfRule type="expression" dxfId="0" priority="1"><formula>$B3=&quot;Tinggi &quot;&quot;A&quot;&quot;&quot;</formula></cfRule></conditionalFormatting>',
  );
  expect(gaya.isi).toEqual(['FF00B050']);
  expect(hasil).toContain('<legacyDrawing r:id="rId3"/>');
  // Header cells take the look of their neighbour, values kept.
  expect(hasil).toContain('<row r="1"><c r="A1" s="4"><v>1</v></c><c r="B1" s="4"/></row>');
});

test('an existing merge list grows; a header already in a merge is not merged again', () => {
  const xml = lembar(
    '<sheetData/><mergeCells count="1"><mergeCell ref="C1:C2"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  const hasil = tambalLembar(
    xml,
    [],
    [
      { sheet: 'L', baris1: 1, baris2: 2, kolom: 2, gayaDariKolom: 1 },
      { sheet: 'L', baris1: 1, baris2: 2, kolom: 3, gayaDariKolom: 1 },
    ],
    [],
    new GayaUji(),
  );
  expect(hasil).toContain(
    '<mergeCells count="2"><mergeCell ref="C1:C2"/><mergeCell ref="B1:B2"/></mergeCells>',
  );
  expect(hasil).toContain(
    '<sheetData><row r="1"><c r="B1"/><c r="C1"/></row><row r="2"><c r="B2"/><c r="C2"/></row></sheetData>',
  );
});

test('text is escaped, characters XML cannot hold left out; rows and cells the patch cannot place are refused', () => {
  const xml = lembar('<sheetData><row r="1"><c r="A1"/></row></sheetData>');
  const tulis = (nilai: string, x = xml) =>
    tambalLembar(x, [blok({ baris: 1, kolom: 2, sel: [[{ nilai }]] })], [], [], new GayaUji());
  expect(tulis(' <a> & "b" ')).toContain(
    '<c r="B1" t="inlineStr"><is><t xml:space="preserve"> &lt;a&gt; &amp; &quot;b&quot; </t></is></c>',
  );
  expect(tulis('a\u0001b\u000bc')).toContain('<t>abc</t>');
  expect(() => tulis('x', lembar('<x:sheetData/>'))).toThrow('<sheetData>');
  expect(() => tulis('x', lembar('<sheetData><row r="2"/><row r="1"/></sheetData>'))).toThrow(
    'tidak berurutan',
  );
  expect(() => tulis('x', lembar('<sheetData>teks<row r="1"/></sheetData>'))).toThrow(
    'teks di dalam <sheetData>',
  );
  expect(() => tulis('x', lembar('<sheetData><row r="1"><c r="A1"/></sheetData>'))).toThrow(
    'XML lembar tidak terbaca',
  );
});

test('rows without a number and cells without an address are placed where they stand', () => {
  const xml = lembar(
    '<sheetData><row><c><v>1</v></c><c t="s"><v>0</v></c></row><row><c><v>2</v></c></row><row r="4"/></sheetData>',
  );
  const hasil = tambalLembar(
    xml,
    [
      blok({ baris: 1, kolom: 3, sel: [[{ nilai: 9 }]] }),
      blok({ baris: 3, kolom: 1, sel: [[{ nilai: 7 }]] }),
    ],
    [],
    [],
    new GayaUji(),
  );
  expect(hasil).toContain(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c t="s" r="B1"><v>0</v></c><c r="C1"><v>9</v></c></row>' +
      '<row r="2"><c><v>2</v></c></row><row r="3"><c r="A3"><v>7</v></c></row><row r="4"/></sheetData>',
  );
});

describe('every well-formed XML form is understood, never a cell swallowed', () => {
  const tulis = (isi: string) =>
    tambalLembar(
      lembar(isi),
      [blok({ baris: 5, kolom: 2, sel: [[{ nilai: 'Tinggi' }]] })],
      [],
      [
        {
          sheet: 'L',
          kolom: 2,
          baris1: 5,
          baris2: 5,
          aturan: [{ label: 'Tinggi', warna: '00b050' }],
        },
      ],
      new GayaUji(),
    );

  test('a comment with tags in it, between and inside rows', () => {
    const hasil = tulis(
      '<sheetData><!-- <row r="5"><c r="Z5"/></row> --><row r="5"><c r="A5"><v>1</v></c><!-- </row> --><c r="C5"><v>3</v></c><c r="D5"><v>4</v></c><c r="E5"><v>5</v></c></row></sheetData>',
    );
    expect(hasil).toContain(
      '<!-- <row r="5"><c r="Z5"/></row> --><row r="5"><c r="A5"><v>1</v></c><c r="B5" t="inlineStr"><is><t>Tinggi</t></is></c><c r="C5"><v>3</v></c><c r="D5"><v>4</v></c><c r="E5"><v>5</v></c><!-- </row> --></row>',
    );
  });

  test('CDATA in values, a processing instruction, ">" and "/>" inside attribute values', () => {
    const hasil = tulis(
      '<?capaian uji?><sheetData><row r="5" x14ac:dyDescent="a>b"><c r="A5" t="str"><v><![CDATA[</c></row>]]></v></c><c r="C5" cm="/>"><v>3</v></c><c r="E5"><v>5</v></c></row></sheetData>' +
        '<dataValidations count="1"><dataValidation sqref="C5" prompt="nilai > 0 dan &lt; 10"/></dataValidations>',
    );
    expect(hasil).toContain(
      '<row r="5" x14ac:dyDescent="a>b"><c r="A5" t="str"><v><![CDATA[</c></row>]]></v></c><c r="B5" t="inlineStr"><is><t>Tinggi</t></is></c><c r="C5" cm="/>"><v>3</v></c><c r="E5"><v>5</v></c></row>',
    );
    expect(hasil).toContain('<conditionalFormatting sqref="B5:B5">');
    expect(hasil.indexOf('<conditionalFormatting')).toBeLessThan(hasil.indexOf('<dataValidations'));
  });

  test('a namespace prefix (x:) on every element: new elements carry it too', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="5"><x:c r="A5"><x:v>1</x:v></x:c></x:row></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>';
    const hasil = tambalLembar(
      xml,
      [blok({ baris: 5, kolom: 2, sel: [[{ nilai: 2, rumus: '=A5*2' }]] })],
      [{ sheet: 'L', baris1: 4, baris2: 5, kolom: 3, gayaDariKolom: 1 }],
      [],
      new GayaUji(),
    );
    expect(hasil).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="4"><x:c r="C4"/></x:row><x:row r="5"><x:c r="A5"><x:v>1</x:v></x:c><x:c r="B5"><x:f>A5*2</x:f><x:v>2</x:v></x:c><x:c r="C5"/></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C4:C5"/></x:mergeCells><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>',
    );
  });

  test('a DOCTYPE, or a sheet in another namespace, is refused', () => {
    expect(() =>
      tambalLembar(
        '<!DOCTYPE x [<!ENTITY a "b">]><worksheet xmlns="' +
          'http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
        [],
        [],
        [],
        new GayaUji(),
      ),
    ).toThrow('DOCTYPE');
    expect(() =>
      tambalLembar(
        '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData/></worksheet>',
        [],
        [],
        [],
        new GayaUji(),
      ),
    ).toThrow('ruang nama lembar tidak dikenal');
  });
});

test('XML helpers: attributes in either quote, set or added; entities read back', () => {
  expect(atribut(`<sheet name='A &amp; B' r:id="rId2"/>`, 'name')).toBe('A & B');
  expect(atribut('<sheet name="x" r:id="rId2"/>', 'r:id')).toBe('rId2');
  expect(atribut('<sheet name="x"/>', 'state')).toBeUndefined();
  // Read in one pass: a name written twice is the first for the writer (as atribut finds it), the last for the reader.
  const tag = `<f si="3" t='shared' si="9" ref="A1:A2">`;
  const [pertama, terakhir] = [true, false].map((p) => new AtributTag(['si', 't', 'ref', 'x'], p));
  for (const a of [pertama, terakhir]) a.baca(tag, 2, tag.length);
  expect([0, 1, 2, 3].map((i) => pertama.teks(tag, i))).toEqual([
    '3',
    'shared',
    'A1:A2',
    undefined,
  ]);
  expect(terakhir.teks(tag, 0)).toBe('9');
  expect(pertama.teks(tag, 0)).toBe(atribut(tag, 'si'));
  expect(aturAtribut('<calcPr calcId="1"/>', 'fullCalcOnLoad', '1')).toBe(
    '<calcPr calcId="1" fullCalcOnLoad="1"/>',
  );
  expect(aturAtribut('<xf numFmtId="0" fontId="2">', 'numFmtId', '164')).toBe(
    '<xf numFmtId="164" fontId="2">',
  );
  expect(aturAtribut('<numFmt formatCode="0"/>', 'formatCode', '[$Rp-421]$&#,##0')).toBe(
    '<numFmt formatCode="[$Rp-421]$&amp;#,##0"/>',
  );
  expect(lepasXml('&lt;&#65;&#x42;&quot;&#x110000;')).toBe('<AB"\ufffd');
  expect(xmlTeks('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  // Characters XML cannot hold are left out, in the same pass as the escapes; tab and line ends stay.
  expect(xmlTeks('a\x00&\x1f<\ufffe"\tb\n')).toBe('a&amp;&lt;&quot;\tb\n');
  expect(xmlTeks('\x0b\uffff')).toBe('');
  expect(xmlTeks('=IF(A1="","",1)')).toBe('=IF(A1=&quot;&quot;,&quot;&quot;,1)');
});

describe('zip', () => {
  test('CRC-32 of the standard check string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test("Node's own CRC-32 (where it has one) gives what the JavaScript one gives", () => {
    const ada = typeof (zlib as { crc32?: unknown }).crc32 === 'function';
    expect(pemampatNode.crc32 !== undefined).toBe(ada);
    if (!ada) return;
    const data = new Uint8Array(100_003);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    for (const x of [new Uint8Array(0), data, data.subarray(7, 5000)])
      expect(pemampatNode.crc32!(x)).toBe(crc32(x));
  });

  test('reads what JSZip writes (stored and deflated, data descriptors) and writes what JSZip reads', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a>satu</a>', { compression: 'STORE' });
    zip.file('xl/b.xml', '<b>'.repeat(500), { compression: 'DEFLATE', createFolders: false });
    zip.file('lembar ä.xml', 'ü');
    const data = await zip.generateAsync({ type: 'uint8array', streamFiles: true });
    const entri = bacaZip(data);
    expect(entri.map((e) => e.nama)).toEqual(['a.xml', 'xl/b.xml', 'lembar ä.xml']);
    expect(new TextDecoder().decode(await isiEntri(entri[1], pemampatNode))).toBe(
      '<b>'.repeat(500),
    );
    const baru = tulisZip([
      entri[0],
      await entriBaru(entri[1], new TextEncoder().encode('<b/>'), pemampatNode),
      entri[2],
    ]);
    const dibaca = await JSZip.loadAsync(baru, { checkCRC32: true });
    expect(await dibaca.file('a.xml')!.async('string')).toBe('<a>satu</a>');
    expect(await dibaca.file('xl/b.xml')!.async('string')).toBe('<b/>');
    expect(await dibaca.file('lembar ä.xml')!.async('string')).toBe('ü');
  });

  test('a damaged entry is caught by its CRC', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a>satu</a>', { compression: 'STORE' });
    const data = await zip.generateAsync({ type: 'uint8array' });
    const i = Buffer.from(data).indexOf('satu');
    data[i] = 'S'.charCodeAt(0);
    await expect(isiEntri(bacaZip(data)[0], pemampatNode)).rejects.toThrow('CRC');
  });
});
