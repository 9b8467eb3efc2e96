import ExcelJS from 'exceljs';

/**
 * Small helpers to write test and example workbooks that look like the ones
 * planning officers keep: bordered tables, bold merged headers, titles.
 */

export type Isi = ExcelJS.CellValue;

const GARIS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Write rows from a top-left cell; returns the row after the last one. */
export function tulisBaris(
  ws: ExcelJS.Worksheet,
  baris: number,
  kolom: number,
  isi: Isi[][],
  opsi: { garis?: boolean; tebal?: boolean } = {},
): number {
  isi.forEach((r, i) => {
    r.forEach((v, j) => {
      const cell = ws.getCell(baris + i, kolom + j);
      if (v !== undefined) cell.value = v;
      if (opsi.garis) cell.border = GARIS;
      if (opsi.tebal) cell.font = { bold: true };
    });
  });
  return baris + isi.length;
}

/** A header block: rows of texts, with merges given as "A5:A6" ranges. */
export function tulisJudul(
  ws: ExcelJS.Worksheet,
  baris: number,
  kolom: number,
  isi: Isi[][],
  gabung: string[] = [],
): number {
  const akhir = tulisBaris(ws, baris, kolom, isi, { garis: true, tebal: true });
  for (const g of gabung) ws.mergeCells(g);
  for (let b = baris; b < akhir; b++) {
    for (let c = kolom; c < kolom + Math.max(...isi.map((r) => r.length)); c++) {
      const cell = ws.getCell(b, c);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    }
  }
  return akhir;
}

/** Set number formats on a column range. */
export function formatKolom(
  ws: ExcelJS.Worksheet,
  kolom: number,
  dari: number,
  sampai: number,
  format: string,
): void {
  for (let b = dari; b <= sampai; b++) ws.getCell(b, kolom).numFmt = format;
}

export function lebarKolom(ws: ExcelJS.Worksheet, lebar: number[]): void {
  lebar.forEach((l, i) => (ws.getColumn(i + 1).width = l));
}
