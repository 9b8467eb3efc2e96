import { isiTeks, lepasEscapeExcel, pindaiXml } from './baca-xml';

/**
 * The shared strings of a workbook (xl/sharedStrings.xml): each item's
 * text, a rich text's runs joined; phonetic guides (rPh) are not part of
 * the text.
 */
export function bacaTeksBersama(xml: string | undefined): string[] {
  const hasil: string[] = [];
  if (xml === undefined) return hasil;
  let polos = '';
  let lari: string[] | undefined;
  let isi: string | undefined;
  // Depth in an rPh (skipped), whether inside a run, and whether inside a t of the item or its run.
  let fonetik = 0;
  let dalamLari = false;
  let dalamT = false;
  pindaiXml(xml, {
    buka(lokal) {
      if (fonetik > 0 || lokal === 'rPh') fonetik++;
      else if (lokal === 'si') {
        polos = '';
        lari = undefined;
      } else if (lokal === 'r') {
        dalamLari = true;
        isi = '';
      } else if (lokal === 't') {
        dalamT = true;
        if (!dalamLari) isi = '';
      }
    },
    tutup(lokal) {
      if (fonetik > 0) fonetik--;
      else if (lokal === 't') {
        dalamT = false;
        if (!dalamLari) polos = lepasEscapeExcel(isi ?? '');
      } else if (lokal === 'r') {
        dalamLari = false;
        (lari ??= []).push(lepasEscapeExcel(isi ?? ''));
      } else if (lokal === 'si') hasil.push(lari ? lari.join('') : polos);
    },
    teks(s) {
      if (dalamT && fonetik === 0) isi += isiTeks(s);
    },
  });
  return hasil;
}
