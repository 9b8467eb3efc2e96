import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { hitungBuku } from '../../src/engine/hitung';
import { susunBab3 } from '../../src/report/bab3';
import { teksXml } from '../../src/report/bersih';
import { babKeDocx } from '../../src/report/docx';
import { babKeHtml, babKeTeks } from '../../src/report/html';
import { babKeLembar } from '../../src/report/lembar';
import { gridDari } from '../bantu';

/** Characters XML 1.0 cannot hold (a lone surrogate included). */
const TAK_SAH =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test('characters XML cannot hold go; tabs, line breaks and whole surrogate pairs stay', () => {
  expect(teksXml('A\uFFFEB\uFFFFC\u0001D\u001FE')).toBe('ABCDE');
  expect(teksXml('vertikal\u000Bform\u000Cfeed')).toBe('vertikal form feed');
  expect(teksXml('separuh \uD800 pasangan \uDC00.')).toBe('separuh  pasangan .');
  expect(teksXml('tab\tbaris\nbaru \u{1F600}')).toBe('tab\tbaris\nbaru \u{1F600}');
});

/** A workbook whose cells carry U+FFFE, U+FFFF, control characters and a lone surrogate. */
function babJahat() {
  const nilai = [
    ['Tabel 3.1 Capaian Kecamatan Uji\uFFFE Tahun 2024'],
    [],
    [
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Faktor Pendukung / Penghambat',
    ],
    [
      1,
      'Sasaran\uFFFF satu',
      'Indikator \uFFFEpertama',
      'Persen\u0002',
      80,
      90,
      'Sarana \uD800kurang',
    ],
    [2, null, 'Indikator kedua\u0007', 'Dokumen', 2, 1, 'Dukungan\u001B pimpinan'],
  ];
  return susunBab3(hitungBuku([gridDari(nilai, { sheet: 'Kinerja\uFFFE' })]), {
    instansi: 'Kecamatan \uFFFEUji',
  });
}

test('issue #15 item 7: a cell with U+FFFE never makes a .docx Word cannot open', async () => {
  const bab = babJahat();
  expect(JSON.stringify(bab)).toMatch(/\uFFFE/);
  const zip = await JSZip.loadAsync(await babKeDocx(bab));
  const bagian = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(bagian.length).toBeGreaterThan(8);
  for (const nama of bagian) {
    const isi = await zip.file(nama)!.async('string');
    expect(isi).not.toMatch(TAK_SAH);
    // Well-formed for a strict parser (libxml2).
    const hasil = await validateXML({
      xml: { fileName: nama.replace(/\W/g, '_'), contents: isi },
      normalization: 'format',
    });
    expect(hasil.errors).toEqual([]);
  }
  const dok = await zip.file('word/document.xml')!.async('string');
  expect(dok).toContain('Indikator pertama');
  expect(dok).toContain('Kecamatan Uji');
});

test('the clipboard HTML and text and the Excel sheet carry none either', () => {
  const bab = babJahat();
  expect(babKeHtml(bab)).not.toMatch(TAK_SAH);
  expect(babKeTeks(bab)).not.toMatch(TAK_SAH);
  const lembar = babKeLembar(bab);
  for (const s of lembar.sel) if (typeof s.nilai === 'string') expect(s.nilai).not.toMatch(TAK_SAH);
  expect(lembar.sel.some((s) => s.nilai === 'Indikator pertama')).toBe(true);
});
