/**
 * Text normalisation shared by the number parser, the scale matcher and the
 * sheet recogniser. Real workbooks carry OCR and copy-paste noise: Cyrillic
 * and Greek letters that look Latin, dotless i, non-breaking spaces.
 */

/** Look-alike letters mapped to the Latin letter they imitate. */
const MIRIP_LATIN: Record<string, string> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  // Turkish dotless i and friends
  ı: 'i',
  İ: 'I',
};

const ASCII_CETAK = /^[\x20-\x7e]*$/;

const POLA_MIRIP = new RegExp(`[${Object.keys(MIRIP_LATIN).join('')}]`, 'g');

/**
 * Replace look-alike letters by Latin ones, unify spaces, dashes and minus
 * signs, and trim. Case is kept.
 */
export function rapikanTeks(teks: string): string {
  // Printable ASCII (most cells) has no look-alikes, odd spaces or dashes: only runs of spaces to fold.
  if (ASCII_CETAK.test(teks))
    return (teks.includes('  ') ? teks.replace(/ {2,}/g, ' ') : teks).trim();
  return (
    teks
      .normalize('NFKC')
      .replace(POLA_MIRIP, (h) => MIRIP_LATIN[h] ?? h)
      // Every kind of space (\s holds the no-break, em, ideographic, BOM ...) is one space: the
      // patterns that read the text then meet no long run of spaces to backtrack through.
      .replace(/[\s\u200b]+/g, ' ')
      .replace(/[\u2212\u2012\u2013\u2014\u2015]/g, '-')
      .trim()
  );
}

/**
 * A comparison key: look-alikes removed, lower case, punctuation dropped,
 * single spaces. "Persentase  Keluhan/Pengaduan" and "persentase keluhan pengaduan"
 * get the same key.
 */
export function kunciTeks(teks: string): string {
  return rapikanTeks(teks)
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}
