import { atributMentah, atributXml, pindaiXml } from './baca-xml';

/**
 * The number format of each cell style (xl/styles.xml, `cellXfs`), as the
 * Grid carries them: the workbook's own codes, else the built-in ones by
 * id. Style 0 and id 0 are "General" (no format), as ExcelJS reads them.
 */

// The built-in formats by id (ECMA-376 part 1, 18.8.30), written as ExcelJS reads them; the
// locale-dependent ids (27-36, 50-81) have no code of their own.
const BAWAAN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A format that shows a date or time: a y, m, d, h, s or b outside quotes and brackets. */
export function formatTanggal(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export interface GayaSel {
  /** Number format by style index (undefined: General). */
  format: (string | undefined)[];
  /** True where the style's format shows a date: its numbers are read as dates. */
  tanggal: boolean[];
}

export function bacaGaya(xml: string | undefined): GayaSel {
  const sendiri = new Map<number, string>();
  const idGaya: number[] = [];
  if (xml !== undefined) {
    let dalamXf = false;
    pindaiXml(xml, {
      buka(lokal, s, akhirNama) {
        if (lokal === 'numFmt') {
          const id = parseInt(atributMentah(s, akhirNama, 'numFmtId') ?? '', 10);
          const kode = atributMentah(s, akhirNama, 'formatCode');
          // A backslash escapes the character after it; the Grid carries the code without them.
          if (kode !== undefined) sendiri.set(id, atributXml(kode).replace(/\\(.)/g, '$1'));
        } else if (lokal === 'cellXfs') dalamXf = true;
        else if (lokal === 'xf' && dalamXf)
          idGaya.push(parseInt(atributMentah(s, akhirNama, 'numFmtId') ?? '', 10));
      },
      tutup(lokal) {
        if (lokal === 'cellXfs') dalamXf = false;
      },
      teks() {},
    });
  }
  // Style 0 is never looked up (a cell without a style, or s="0", is General).
  const format = idGaya.map((id, i) => (id && i ? sendiri.get(id) || BAWAAN[id] : undefined));
  return { format, tanggal: format.map(formatTanggal) };
}
