import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { BabTiga, BlokBab, SelLaporan, TabelLaporan } from './model';

/**
 * BAB III as a Word document: heading styles, numbered captions above real
 * Word tables whose header rows repeat across pages, merged group headers,
 * right-aligned numbers, A4 with landscape sections for wide tables.
 */

const HURUF = 'Arial';
const A4 = { width: 11906, height: 16838 };
/** Tables of eight columns or more get a landscape page. */
const KOLOM_LANSKAP = 8;

function paragraf(b: Extract<BlokBab, { jenis: 'paragraf' }>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 300 },
    children: [
      new TextRun({
        text: b.teks,
        font: HURUF,
        size: 22,
        highlight: b.isian ? 'yellow' : undefined,
        italics: b.isian,
      }),
    ],
  });
}

function judul(b: Extract<BlokBab, { jenis: 'judul' }>): Paragraph {
  const tingkat = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  }[b.tingkat];
  return new Paragraph({
    heading: tingkat,
    alignment: b.tingkat === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: b.teks, font: HURUF, bold: true })],
  });
}

function selWord(s: SelLaporan, kepala: boolean): TableCell {
  return new TableCell({
    columnSpan: s.lebar,
    rowSpan: s.tinggi,
    verticalAlign: VerticalAlign.CENTER,
    shading: kepala ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E1F2' } : undefined,
    children: [
      new Paragraph({
        alignment: kepala
          ? AlignmentType.CENTER
          : s.angka
            ? AlignmentType.RIGHT
            : AlignmentType.LEFT,
        children: [new TextRun({ text: s.teks, font: HURUF, size: 20, bold: kepala || s.tebal })],
      }),
    ],
  });
}

function tabelWord(t: TabelLaporan): (Paragraph | Table)[] {
  const total = t.lebarKolom.reduce((a, b) => a + b, 0);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 200, after: 80 },
      children: [
        new TextRun({ text: `Tabel ${t.nomor} ${t.judul}`, font: HURUF, size: 22, bold: true }),
      ],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: t.lebarKolom.map((l) => Math.round((l / total) * 8700)),
      rows: [
        ...t.kepala.map(
          (r) =>
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: r.map((s) => selWord(s, true)),
            }),
        ),
        ...t.baris.map(
          (r) => new TableRow({ cantSplit: true, children: r.map((s) => selWord(s, false)) }),
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function jumlahKolom(t: TabelLaporan): number {
  return t.lebarKolom.length;
}

/** The chapter as .docx bytes. */
export async function babKeDocx(bab: BabTiga): Promise<Uint8Array> {
  const bagian: ISectionOptions[] = [];
  let isi: (Paragraph | Table)[] = [];
  let lanskap = false;
  const tutup = () => {
    if (isi.length === 0) return;
    bagian.push({
      properties: {
        page: {
          // docx swaps width and height itself for a landscape page.
          size: {
            width: A4.width,
            height: A4.height,
            orientation: lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: 1440, bottom: 1440, left: 1700, right: 1440 },
        },
      },
      children: isi,
    });
    isi = [];
  };
  for (const b of bab.blok) {
    if (b.jenis === 'tabel') {
      const lebar = jumlahKolom(b.tabel) >= KOLOM_LANSKAP;
      if (lebar !== lanskap) {
        tutup();
        lanskap = lebar;
      }
      isi.push(...tabelWord(b.tabel));
      continue;
    }
    if (lanskap) {
      tutup();
      lanskap = false;
    }
    isi.push(b.jenis === 'judul' ? judul(b) : paragraf(b));
  }
  tutup();
  const doc = new Document({
    creator: 'Capaian',
    title: bab.judul,
    styles: { default: { document: { run: { font: HURUF, size: 22 } } } },
    sections: bagian,
  });
  // toArrayBuffer works in Node and in the browser pane alike.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
