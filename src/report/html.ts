import { formatAngka } from '../domain/angka';
import { bersihkanBab, teksXml } from './bersih';
import type { BabTiga, BlokBab, GrafikLaporan, SelLaporan, TabelLaporan } from './model';
import { tataTabel } from './ukuran';

/**
 * BAB III as HTML for the clipboard ("Salin ke Word"): Word and LibreOffice
 * Writer turn <table> into real tables. Styles are inline since the
 * clipboard carries no stylesheet: column widths from the content (a header
 * wraps only between words, an amount never wraps), header rows that repeat,
 * rows that are not split across pages, the caption kept with its table, and
 * the Indonesian language. A plain-text rendering goes along for other programs.
 */

function lolos(teks: string): string {
  return teksXml(teks)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const HURUF = 'font-family:Arial,sans-serif;';

function selHtml(s: SelLaporan, kepala: boolean, pt: number): string {
  const tag = kepala ? 'th' : 'td';
  const rata = kepala ? 'center' : s.angka ? 'right' : 'left';
  const gaya = [
    `border:1px solid #000;padding:1pt 3pt;${HURUF}font-size:${pt}pt;vertical-align:${kepala ? 'middle' : 'top'};text-align:${rata};`,
    kepala ? 'background:#D9E1F2;' : '',
    kepala || s.tebal ? 'font-weight:bold;' : '',
    s.angka && !kepala
      ? 'white-space:nowrap;'
      : 'word-break:normal;overflow-wrap:normal;hyphens:none;',
    s.menjorok ? `padding-left:${3 + s.menjorok * 10}pt;` : '',
  ].join('');
  const span = `${s.lebar ? ` colspan="${s.lebar}"` : ''}${s.tinggi ? ` rowspan="${s.tinggi}"` : ''}`;
  return `<${tag}${span} style="${gaya}">${lolos(s.teks)}</${tag}>`;
}

const BARIS_UTUH = ' style="page-break-inside:avoid;"';

/** One table with its caption and source line. */
export function tabelKeHtml(t: TabelLaporan): string {
  // The clipboard lands in a portrait page: widths as shares of it, in the type size that fits.
  const tata = tataTabel(t, { hanyaTegak: true });
  const total = tata.lebarKolom.reduce((a, b) => a + b, 0);
  const kolom = tata.lebarKolom
    // The attribute for LibreOffice Writer, the style for Word.
    .map((w) => {
      const persen = `${((w / total) * 100).toFixed(1)}%`;
      return `<col width="${persen}" style="width:${persen}">`;
    })
    .join('');
  return [
    `<p style="${HURUF}font-size:11pt;font-weight:bold;text-align:center;page-break-after:avoid;margin:12pt 0 4pt 0;">Tabel ${lolos(t.nomor)} ${lolos(t.judul)}</p>`,
    `<table style="border-collapse:collapse;width:100%;table-layout:fixed;">`,
    `<colgroup>${kolom}</colgroup>`,
    `<thead>${t.kepala.map((r) => `<tr${BARIS_UTUH}>${r.map((s) => selHtml(s, true, tata.huruf)).join('')}</tr>`).join('')}</thead>`,
    `<tbody>${t.baris.map((r) => `<tr${BARIS_UTUH}>${r.map((s) => selHtml(s, false, tata.huruf)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
    t.sumber
      ? `<p style="${HURUF}font-size:9pt;font-style:italic;margin:2pt 0 10pt 0;">${lolos(t.sumber)}</p>`
      : '',
  ].join('');
}

function blokHtml(b: BlokBab): string {
  if (b.jenis === 'judul')
    return `<h${b.tingkat} style="${HURUF}color:#000;">${lolos(b.teks)}</h${b.tingkat}>`;
  if (b.jenis === 'tabel') return tabelKeHtml(b.tabel);
  // A chart cannot travel on the clipboard: the .docx carries it.
  if (b.jenis === 'grafik') return '';
  const sorot = b.isian ? 'background:#FFFF00;font-style:italic;' : '';
  return `<p style="${HURUF}font-size:11pt;text-align:justify;${sorot}">${lolos(b.teks)}</p>`;
}

/** The whole chapter as an HTML fragment. */
export function babKeHtml(bab: BabTiga): string {
  const bersih = bersihkanBab(bab);
  return `<html lang="id-ID"><head><meta charset="utf-8"></head><body lang="id-ID">${bersih.blok.map(blokHtml).join('\n')}</body></html>`;
}

/** One table with its caption as tab-separated text. */
export function tabelKeTeks(t: TabelLaporan): string {
  const baris = [...t.kepala, ...t.baris].map((r) => r.map((s) => s.teks).join('\t'));
  return [`Tabel ${t.nomor} ${t.judul}`, ...baris, ...(t.sumber ? [t.sumber] : [])].join('\n');
}

function grafikKeTeks(g: GrafikLaporan): string {
  const angka = (n: number | null) =>
    n === null ? '-' : formatAngka(n, { desimal: g.satuan === 'rupiah' ? 0 : 2, ringkas: true });
  return [
    `Grafik ${g.nomor} ${g.judul}`,
    ['', ...g.seri.map((s) => s.nama)].join('\t'),
    ...g.kategori.map((k, i) => [k, ...g.seri.map((s) => angka(s.nilai[i] ?? null))].join('\t')),
  ].join('\n');
}

/** The chapter as plain text (tab-separated tables, charts as their data). */
export function babKeTeks(bab: BabTiga): string {
  return bersihkanBab(bab)
    .blok.map((b) =>
      b.jenis === 'tabel'
        ? tabelKeTeks(b.tabel)
        : b.jenis === 'grafik'
          ? grafikKeTeks(b.grafik)
          : b.teks,
    )
    .join('\n\n');
}
