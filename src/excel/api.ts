/**
 * The part of the Excel JavaScript API that Capaian uses, as narrow
 * structural types. Office.js objects satisfy them (checked in
 * src/excel/sesuai-office.ts at type-check time); the in-memory fake of the tests implements
 * them, so the adapter is tested against exactly the surface it calls.
 *
 * A member above the baseline requirement set (ExcelApi 1.7, Excel 2019)
 * carries `@kemampuan` with the {@link Kemampuan} flag that must guard each
 * call; scripts/kebutuhan-api.ts derives every member's set from the
 * `[Api set: …]` tags of @types/office-js and fails when a tag is missing.
 */

export type NilaiSelExcel = string | number | boolean | null;

/** One conditional format; `customOrNullObject` is null for the other kinds. */
export interface FormatBersyaratExcel {
  id: string;
  load(properti: string | string[]): FormatBersyaratExcel;
  delete(): void;
  custom: {
    rule: { formula: string };
    format: { fill: { color: string } };
  };
  customOrNullObject: {
    isNullObject: boolean;
    rule: { formula: string };
    format: { fill: { color: string } };
  };
}

export interface KoleksiFormatBersyaratExcel {
  items: FormatBersyaratExcel[];
  load(properti: string | string[]): unknown;
  add(jenis: 'Custom'): FormatBersyaratExcel;
  getItem(id: string): { delete(): void };
}

export interface RentangExcel {
  isNullObject: boolean;
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: NilaiSelExcel[][];
  formulas: NilaiSelExcel[][];
  numberFormat: (string | null)[][];
  /** Every column of the range is hidden. */
  columnHidden: boolean;
  load(properti: string | string[]): RentangExcel;
  /** The smallest range holding this one and `lain` ("A1" pads a range up and to the left). */
  getBoundingRect(lain: string): RentangExcel;
  /** @kemampuan api113 */
  getMergedAreasOrNullObject(): AreaRentangExcel;
  merge(across?: boolean): void;
  unmerge(): void;
  /**
   * From an address, always with its sheet ("'Sheet'!A1:B2").
   * @kemampuan api19
   */
  copyFrom(sumber: string, jenis?: 'Formats' | 'All' | 'Values' | 'Formulas'): void;
  select(): void;
  format: FormatRentangExcel;
  conditionalFormats: KoleksiFormatBersyaratExcel;
}

/** Cell formatting; only the column width is ever read. */
export interface FormatRentangExcel {
  font: { bold: boolean; italic: boolean };
  fill: { color: string };
  wrapText: boolean;
  /** In points. */
  columnWidth: number;
  rowHeight: number;
  horizontalAlignment: string;
  verticalAlignment: string;
  borders: {
    getItem(
      sisi:
        'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical',
    ): { style: string };
  };
}

export interface GrafikExcel {
  title: { text: string };
  setPosition(selAwal: string, selAkhir?: string): void;
}

export interface AreaRentangExcel {
  isNullObject: boolean;
  address: string;
  load(properti: string | string[]): AreaRentangExcel;
}

/** A cell note (the yellow kind, not a threaded comment). */
export interface CatatanExcel {
  isNullObject: boolean;
  content: string;
  load(properti: string | string[]): CatatanExcel;
  delete(): void;
}

export interface LembarExcel {
  name: string;
  id: string;
  isNullObject: boolean;
  visibility: string;
  /** Width of a column without its own width, in characters. */
  standardWidth: number;
  load(properti: string | string[]): LembarExcel;
  protection: { protected: boolean; load(properti: string | string[]): unknown };
  /** @kemampuan api19 */
  autoFilter: {
    enabled: boolean;
    isDataFiltered: boolean;
    load(properti: string | string[]): unknown;
  };
  /** @kemampuan api118 */
  notes: {
    add(sel: string, isi: string): unknown;
    getItemOrNullObject(sel: string): CatatanExcel;
  };
  /** With `nilaiSaja`, only cells holding something count; an empty sheet gives A1. */
  getUsedRange(nilaiSaja?: boolean): RentangExcel;
  getRangeByIndexes(
    baris: number,
    kolom: number,
    jumlahBaris: number,
    jumlahKolom: number,
  ): RentangExcel;
  getRange(alamat?: string): RentangExcel;
  activate(): void;
  delete(): void;
  charts: {
    add(
      jenis: 'ColumnClustered' | 'Line',
      sumber: RentangExcel,
      menurut?: 'Auto' | 'Columns' | 'Rows',
    ): GrafikExcel;
  };
}

export interface SettingExcel {
  isNullObject: boolean;
  value: unknown;
  load(properti: string | string[]): SettingExcel;
}

/** A registered event handler. */
export interface PenanganExcel {
  remove(): void;
}

export interface KonteksExcel {
  workbook: {
    protection: { protected: boolean; load(properti: string | string[]): unknown };
    worksheets: {
      items: LembarExcel[];
      load(properti: string | string[]): unknown;
      getActiveWorksheet(): LembarExcel;
      getItem(nama: string): LembarExcel;
      getItemOrNullObject(nama: string): LembarExcel;
      add(nama?: string): LembarExcel;
      onActivated: {
        add(penangan: (e: { worksheetId: string }) => Promise<unknown>): PenanganExcel;
      };
    };
    settings: {
      add(kunci: string, nilai: string): unknown;
      getItemOrNullObject(kunci: string): SettingExcel;
    };
  };
  application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<unknown>;
}

/** Which optional requirement sets the host supports (Office.context.requirements). */
export interface Kemampuan {
  /** ExcelApi 1.9: copyFrom formats, autoFilter. */
  api19: boolean;
  /** ExcelApi 1.13: merged areas. */
  api113: boolean;
  /** ExcelApi 1.18: cell notes. */
  api118?: boolean;
}

/** The flags from the host's isSetSupported (Office.context.requirements.isSetSupported). */
export function kemampuanDari(didukung: (nama: string, versi: string) => boolean): Kemampuan {
  return {
    api19: didukung('ExcelApi', '1.9'),
    api113: didukung('ExcelApi', '1.13'),
    api118: didukung('ExcelApi', '1.18'),
  };
}
