import type { BabTiga, BlokBab, SelLaporan, TabelLaporan } from './model';

/**
 * BAB III as HTML for the clipboard ("Salin ke Word"): Word turns <table>
 * into real tables, with inline styles since the clipboard carries no
 * stylesheet. A plain-text rendering goes along for other programs.
 */

function lolos(teks: string): string {
  return teks
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const GAYA_SEL = 'border:1px solid #000;padding:2px 4px;font-family:Arial;font-size:10pt;';

function selHtml(s: SelLaporan, kepala: boolean): string {
  const tag = kepala ? 'th' : 'td';
  const rata = kepala ? 'center' : s.angka ? 'right' : 'left';
  const latar = kepala ? 'background:#D9E1F2;' : '';
  const tebal = kepala || s.tebal ? 'font-weight:bold;' : '';
  const span = `${s.lebar ? ` colspan="${s.lebar}"` : ''}${s.tinggi ? ` rowspan="${s.tinggi}"` : ''}`;
  return `<${tag}${span} style="${GAYA_SEL}text-align:${rata};${latar}${tebal}">${lolos(s.teks)}</${tag}>`;
}

/** One table with its caption. */
export function tabelKeHtml(t: TabelLaporan): string {
  return [
    `<p style="text-align:center;font-family:Arial;font-size:11pt;font-weight:bold;">Tabel ${lolos(t.nomor)} ${lolos(t.judul)}</p>`,
    '<table style="border-collapse:collapse;width:100%;">',
    `<thead>${t.kepala.map((r) => `<tr>${r.map((s) => selHtml(s, true)).join('')}</tr>`).join('')}</thead>`,
    `<tbody>${t.baris.map((r) => `<tr>${r.map((s) => selHtml(s, false)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

function blokHtml(b: BlokBab): string {
  if (b.jenis === 'judul')
    return `<h${b.tingkat} style="font-family:Arial;">${lolos(b.teks)}</h${b.tingkat}>`;
  if (b.jenis === 'tabel') return tabelKeHtml(b.tabel);
  const sorot = b.isian ? 'background:#FFFF00;font-style:italic;' : '';
  return `<p style="font-family:Arial;font-size:11pt;text-align:justify;${sorot}">${lolos(b.teks)}</p>`;
}

/** The whole chapter as an HTML fragment. */
export function babKeHtml(bab: BabTiga): string {
  return `<html><body>${bab.blok.map(blokHtml).join('\n')}</body></html>`;
}

/** One table with its caption as tab-separated text. */
export function tabelKeTeks(t: TabelLaporan): string {
  const baris = [...t.kepala, ...t.baris].map((r) => r.map((s) => s.teks).join('\t'));
  return [`Tabel ${t.nomor} ${t.judul}`, ...baris].join('\n');
}

/** The chapter as plain text (tab-separated tables). */
export function babKeTeks(bab: BabTiga): string {
  return bab.blok.map((b) => (b.jenis === 'tabel' ? tabelKeTeks(b.tabel) : b.teks)).join('\n\n');
}
