/**
 * The part of the Excel JavaScript API that Capaian uses, as narrow
 * structural types. Office.js objects satisfy them (checked in
 * src/excel/sesuai-office.ts at type-check time); the in-memory fake of the tests implements
 * them, so the adapter is tested against exactly the surface it calls.
 */

export type NilaiSelExcel = string | number | boolean | null;

export interface FormatBersyaratExcel {
  id: string;
  load(properti: string | string[]): FormatBersyaratExcel;
  delete(): void;
  custom: {
    rule: { formula: string };
    format: { fill: { color: string } };
  };
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
  load(properti: string | string[]): RentangExcel;
  getMergedAreasOrNullObject(): AreaRentangExcel;
  merge(across?: boolean): void;
  unmerge(): void;
  /** From an address: "A1:B2" on the same sheet or "'Sheet'!A1:B2". */
  copyFrom(sumber: string, jenis?: 'Formats' | 'All' | 'Values' | 'Formulas'): void;
  select(): void;
  format: FormatRentangExcel;
  conditionalFormats: {
    add(jenis: 'Custom'): FormatBersyaratExcel;
    getItem(id: string): { delete(): void };
    clearAll(): void;
  };
}

/** Cell formatting, written only (BAB III sheet). */
export interface FormatRentangExcel {
  font: { bold: boolean; italic: boolean };
  fill: { color: string };
  wrapText: boolean;
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

export interface LembarExcel {
  name: string;
  isNullObject: boolean;
  visibility: string;
  load(properti: string | string[]): LembarExcel;
  protection: { protected: boolean; load(properti: string | string[]): unknown };
  autoFilter: {
    enabled: boolean;
    isDataFiltered: boolean;
    load(properti: string | string[]): unknown;
  };
  getUsedRangeOrNullObject(nilaiSaja?: boolean): RentangExcel;
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

export interface KonteksExcel {
  workbook: {
    worksheets: {
      items: LembarExcel[];
      load(properti: string | string[]): unknown;
      getActiveWorksheet(): LembarExcel;
      getItem(nama: string): LembarExcel;
      getItemOrNullObject(nama: string): LembarExcel;
      add(nama?: string): LembarExcel;
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
}
