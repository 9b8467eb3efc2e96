import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBaseParagraphStyleOptions,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { bersihkanBab } from './bersih';
import type { BabTiga, BlokBab, GrafikLaporan, SelLaporan, TabelLaporan } from './model';
import { HALAMAN, MARGIN_SEL, tataTabel, tempatkanSel, type TataTabel } from './ukuran';

/**
 * BAB III as a Word document, the way Indonesian reports are set: Arial,
 * black headings, Indonesian as the language of every style and run (Word
 * checks the spelling in Indonesian), captions in Word's Caption style with
 * SEQ fields so Word builds the Daftar Tabel and Daftar Grafik, numbered
 * from 3.1 whatever tables come before in the report, a "Sumber:" line under
 * each table, column widths from the content, rows never split, small tables
 * kept on one page, header rows repeated, landscape only for a table that
 * cannot fit portrait, native charts, and the office and year in the
 * document properties.
 */

const HURUF = 'Arial';
const BAHASA = { value: 'id-ID' };
const HITAM = '000000';

function teks(isi: string, opsi: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text: isi, font: HURUF, language: BAHASA, ...opsi });
}

function gayaJudul(ukuran: number): IBaseParagraphStyleOptions {
  return {
    run: { font: HURUF, size: ukuran, bold: true, color: HITAM, language: BAHASA },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  };
}

function paragraf(b: Extract<BlokBab, { jenis: 'paragraf' }>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 300 },
    children: [
      teks(b.teks, { size: 22, ...(b.isian ? { highlight: 'yellow', italics: true } : {}) }),
    ],
  });
}

function judul(b: Extract<BlokBab, { jenis: 'judul' }>): Paragraph {
  const tingkat = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
    4: HeadingLevel.HEADING_4,
  }[b.tingkat];
  return new Paragraph({
    heading: tingkat,
    alignment: b.tingkat === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [teks(b.teks)],
  });
}

/** Which SEQ fields have been written: the first of each restarts at 1, so earlier tables never shift ours. */
type Penghitung = Set<string>;

/**
 * "Tabel 3.{SEQ Tabel}" in the Caption style. The chapter number is text; the
 * field counts from 1 (`\r 1` on the first) and its cached result is the
 * model's number, so the caption reads right before any field update.
 */
function keterangan(
  jenis: 'Tabel' | 'Grafik',
  nomor: string,
  isi: string,
  hitung: Penghitung,
  keepNext: boolean,
): Paragraph {
  const [bab, urut] = nomor.includes('.') ? nomor.split(/\.(?=[^.]*$)/) : ['', nomor];
  const mulai = hitung.has(jenis) ? '' : ' \\r 1';
  hitung.add(jenis);
  return new Paragraph({
    style: 'Caption',
    keepNext,
    children: [
      teks(`${jenis} ${bab ? `${bab}.` : ''}`),
      new SimpleField(`SEQ ${jenis} \\* ARABIC${mulai}`, urut),
      teks(` ${isi}`),
    ],
  });
}

function selWord(
  s: SelLaporan,
  kepala: boolean,
  lebar: number,
  tata: TataTabel,
  tahan: boolean,
): TableCell {
  return new TableCell({
    columnSpan: s.lebar,
    rowSpan: s.tinggi,
    width: { size: lebar, type: WidthType.DXA },
    margins: { left: MARGIN_SEL, right: MARGIN_SEL, top: 30, bottom: 30 },
    verticalAlign: kepala ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: kepala ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E1F2' } : undefined,
    children: [
      new Paragraph({
        alignment: kepala
          ? AlignmentType.CENTER
          : s.angka
            ? AlignmentType.RIGHT
            : AlignmentType.LEFT,
        keepNext: tahan,
        keepLines: true,
        indent: s.menjorok ? { left: s.menjorok * 200 } : undefined,
        spacing: { before: 0, after: 0 },
        children: [teks(s.teks, { size: tata.huruf * 2, bold: kepala || s.tebal })],
      }),
    ],
  });
}

function barisWord(
  rows: SelLaporan[][],
  kepala: boolean,
  tata: TataTabel,
  tahan: (i: number) => boolean,
): TableRow[] {
  return tempatkanSel(rows).map(
    (r, i) =>
      new TableRow({
        tableHeader: kepala,
        cantSplit: true,
        children: r.map(({ sel: s, kolom }) =>
          selWord(
            s,
            kepala,
            tata.lebarKolom.slice(kolom, kolom + (s.lebar ?? 1)).reduce((a, b) => a + b, 0),
            tata,
            tahan(i),
          ),
        ),
      }),
  );
}

function tabelWord(t: TabelLaporan, tata: TataTabel, hitung: Penghitung): (Paragraph | Table)[] {
  // A small table stays on one page with its caption and source line; a long one keeps its rows whole.
  const tahan = (i: number) => tata.satuHalaman || i >= t.baris.length - 2;
  return [
    keterangan('Tabel', t.nomor, t.judul, hitung, true),
    new Table({
      width: { size: tata.lebarKolom.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: tata.lebarKolom,
      layout: TableLayoutType.FIXED,
      rows: [
        ...barisWord(t.kepala, true, tata, () => true),
        ...barisWord(t.baris, false, tata, tahan),
      ],
    }),
    new Paragraph({
      style: 'Sumber',
      children: t.sumber ? [teks(t.sumber)] : [],
    }),
  ];
}

/** Pixels of a chart: the text width, and a height that gives each horizontal bar room. */
function ukuranGrafik(g: GrafikLaporan, lanskap: boolean): { width: number; height: number } {
  const width = Math.round(((lanskap ? HALAMAN.lanskap : HALAMAN.tegak) / 1440) * 96 * 0.95);
  if (g.jenis !== 'batang') return { width, height: 320 };
  const batang = g.kategori.length * Math.max(1, g.seri.length);
  return { width, height: Math.min(880, 90 + batang * 20) };
}

function opsiGrafik(g: GrafikLaporan, lanskap: boolean): ChartRunOptions {
  // Amounts of Rupiah are drawn in millions; every value is rounded as the tables show it.
  const skala = g.satuan === 'rupiah' ? 1e6 : 1;
  const bulat = (n: number | null) => (n === null ? null : Math.round((n / skala) * 100) / 100);
  const umum = {
    categories: g.kategori,
    series: g.seri.map((s) => ({ name: s.nama, values: s.nilai.map(bulat) })),
    legend: g.seri.length > 1 ? ({ position: 'bottom' } as const) : (false as const),
    font: { name: HURUF },
    transformation: ukuranGrafik(g, lanskap),
    altText: { name: `Grafik ${g.nomor}`, description: g.judul },
    run: { language: BAHASA },
    // Labels on a line only when it is alone: several lines' labels fall on each other.
    ...(g.jenis === 'garis' && g.seri.length > 1
      ? {}
      : { dataLabels: { value: true, numberFormat: g.satuan === 'rupiah' ? '#,##0' : 'General' } }),
    valueAxis: {
      numberFormat: '#,##0',
      ...(g.satuan === 'rupiah'
        ? { title: 'Juta rupiah' }
        : g.satuan === 'persen'
          ? { title: 'Persen' }
          : {}),
    },
  };
  if (g.jenis === 'garis') return { ...umum, type: 'line', markers: true };
  if (g.jenis === 'batang') return { ...umum, type: 'bar', categoryAxis: { reverseOrder: true } };
  return { ...umum, type: 'column' };
}

function grafikWord(g: GrafikLaporan, lanskap: boolean, hitung: Penghitung): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ChartRun(opsiGrafik(g, lanskap))],
    }),
    keterangan('Grafik', g.nomor, g.judul, hitung, false),
  ];
}

function halaman(lanskap: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: {
        width: HALAMAN.lebarA4,
        height: HALAMAN.tinggiA4,
        orientation: lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: HALAMAN.margin.atas,
        bottom: HALAMAN.margin.bawah,
        left: HALAMAN.margin.kiri,
        right: HALAMAN.margin.kanan,
      },
    },
  };
}

/**
 * Sections: portrait, and landscape only around a table that needs it; the
 * paragraphs after such a table stay in its landscape section up to the next
 * heading, so the landscape page is not left half empty.
 */
function susunBagian(bab: BabTiga): ISectionOptions[] {
  const bagian: ISectionOptions[] = [];
  const hitung: Penghitung = new Set();
  let isi: (Paragraph | Table)[] = [];
  let lanskap = false;
  const tutup = () => {
    if (isi.length) bagian.push({ properties: halaman(lanskap), children: isi });
    isi = [];
  };
  const ganti = (ke: boolean) => {
    if (ke === lanskap) return;
    tutup();
    lanskap = ke;
  };
  for (const b of bab.blok) {
    if (b.jenis === 'tabel') {
      const tata = tataTabel(b.tabel);
      ganti(tata.lanskap);
      isi.push(...tabelWord(b.tabel, tata, hitung));
    } else if (b.jenis === 'grafik') isi.push(...grafikWord(b.grafik, lanskap, hitung));
    else if (b.jenis === 'judul') {
      ganti(false);
      isi.push(judul(b));
    } else isi.push(paragraf(b));
  }
  tutup();
  return bagian;
}

/** Title, subject, keywords and the office and year as custom properties. */
function properti(bab: BabTiga) {
  const untuk = [bab.instansi, bab.tahun ? `Tahun ${bab.tahun}` : ''].filter(Boolean).join(' ');
  return {
    creator: 'Capaian',
    title: `BAB III Akuntabilitas Kinerja${untuk ? ` ${untuk}` : ''}`,
    subject: 'Laporan Kinerja Instansi Pemerintah (LKjIP)',
    keywords: ['LKjIP', 'BAB III', 'akuntabilitas kinerja', bab.instansi, bab.tahun]
      .filter((x) => x !== undefined && x !== '')
      .join(', '),
    description: 'Disusun dengan Capaian dari buku kerja perangkat daerah (PermenPAN-RB 53/2014).',
    customProperties: [
      ...(bab.instansi ? [{ name: 'Instansi', value: bab.instansi }] : []),
      ...(bab.tahun ? [{ name: 'Tahun', value: String(bab.tahun) }] : []),
    ],
  };
}

/** The chapter as .docx bytes. */
export async function babKeDocx(bab: BabTiga): Promise<Uint8Array> {
  const bersih = bersihkanBab(bab);
  const doc = new Document({
    ...properti(bersih),
    styles: {
      default: {
        document: { run: { font: HURUF, size: 22, language: BAHASA } },
        heading1: gayaJudul(28),
        heading2: gayaJudul(24),
        heading3: gayaJudul(22),
        heading4: gayaJudul(22),
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: HURUF, size: 22, bold: true, color: HITAM, language: BAHASA },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 200, after: 80 } },
        },
        {
          id: 'Sumber',
          name: 'Sumber Tabel',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: HURUF, size: 18, italics: true, language: BAHASA },
          paragraph: { spacing: { before: 40, after: 200 } },
        },
      ],
    },
    sections: susunBagian(bersih),
  });
  // toArrayBuffer works in Node and in the browser pane alike.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
