/**
 * The little XML the patching writer needs: escaping, and reading or
 * setting one attribute of a start tag (read exactly, see xml-token.ts).
 * Parts are edited as text, so everything the writer does not touch stays
 * byte for byte.
 */
import { akhirNamaTag, nilaiAtributMentah, uraiAtribut } from './xml-token';

// Characters XML 1.0 cannot hold at all, and those text and attributes must escape.
// eslint-disable-next-line no-control-regex
const LOLOS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff&<>"]/g;
const ENTITAS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const gantiLolos = (c: string): string => ENTITAS[c] ?? '';

/**
 * Text as it may stand in element content or a double-quoted attribute.
 * Control characters XML cannot hold (pasted from Word, say) are left out,
 * as ExcelJS does. One pass, one new string.
 */
export function xmlTeks(teks: string): string {
  // Most texts (formulas, numbers, labels) need nothing: one search (from 0, lastIndex left as it was).
  if (teks.search(LOLOS) < 0) return teks;
  return teks.replace(LOLOS, gantiLolos);
}

/** Text with the XML entities and character references read back. */
export function lepasXml(teks: string): string {
  return teks.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** An attribute's value in a start tag (`nama` may hold a prefix: "r:id"); the tag is read exactly. */
export function atribut(tag: string, nama: string): string | undefined {
  const mentah = nilaiAtributMentah(tag, akhirNamaTag(tag, 1), tag.length, nama);
  return mentah === undefined || !mentah.includes('&') ? mentah : lepasXml(mentah);
}

/** The start tag with the attribute set (added before the tag's end when missing). */
export function aturAtribut(tag: string, nama: string, nilai: string): string {
  const baru = `${nama}="${xmlTeks(nilai)}"`;
  const ada = uraiAtribut(tag, akhirNamaTag(tag, 1), tag.length).find((x) => x.nama === nama);
  if (ada) return tag.slice(0, ada.awalPenuh) + baru + tag.slice(ada.akhirPenuh);
  const akhir = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, akhir).replace(/\s+$/, '')} ${baru}${tag.slice(akhir)}`;
}

/** The start tag without the attribute. */
export function buangAtribut(tag: string, nama: string): string {
  const ada = uraiAtribut(tag, akhirNamaTag(tag, 1), tag.length).find((x) => x.nama === nama);
  if (!ada) return tag;
  let awal = ada.awalPenuh;
  while (awal > 0 && /\s/.test(tag[awal - 1])) awal--;
  return tag.slice(0, awal) + tag.slice(ada.akhirPenuh);
}
