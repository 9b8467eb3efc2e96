/**
 * The one input shape of the engine: a block of cells as a spreadsheet gives
 * them. Both adapters (Office.js and ExcelJS) produce it; nothing below the
 * adapters knows either library.
 */

/** A cell value as Excel gives it: errors come as their text ("#DIV/0!"). */
export type NilaiGrid = string | number | boolean | null;

/** A merged area, in 1-based sheet coordinates, inclusive. */
export interface Gabungan {
  baris1: number;
  kolom1: number;
  baris2: number;
  kolom2: number;
}

/** A block of a worksheet. */
export interface Grid {
  sheet: string;
  /** Sheet row and column (1-based) of `nilai[0][0]`. */
  barisAwal: number;
  kolomAwal: number;
  nilai: NilaiGrid[][];
  /** Number format of each cell (en-US codes); missing means General. */
  format?: (string | undefined)[][];
  /** Formula of each cell ("=B5/C5*100"); missing for constants. */
  rumus?: (string | undefined)[][];
  gabungan: Gabungan[];
  /** Rows hidden by a filter or by hand (1-based sheet rows). */
  barisTersembunyi?: number[];
  /** The sheet itself is hidden: its tables are computed, and the user is told where they are. */
  lembarTersembunyi?: boolean;
  /**
   * Hidden columns as inclusive runs [first, last] of 1-based sheet columns,
   * sorted and apart, right of the cells too ("hide the unused columns"
   * hides everything to XFD): Capaian writes no column there.
   */
  kolomTersembunyi?: [number, number][];
}

/** Hidden columns given one by one or in runs, as the sorted, merged runs of {@link Grid.kolomTersembunyi}. */
export function runKolom(kolom: Iterable<[number, number]>): [number, number][] {
  const urut = [...kolom]
    .map(([a, b]): [number, number] => [Math.max(1, a), Math.min(KOLOM_TERAKHIR, b)])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const hasil: [number, number][] = [];
  for (const [a, b] of urut) {
    const akhir = hasil[hasil.length - 1];
    if (akhir && a <= akhir[1] + 1) akhir[1] = Math.max(akhir[1], b);
    else hasil.push([a, b]);
  }
  return hasil;
}

/** Excel's last column (XFD). */
export const KOLOM_TERAKHIR = 16384;

/** A sheet's grid with no cells yet (an empty sheet reads as this). */
export function gridKosong(sheet: string): Grid {
  return { sheet, barisAwal: 1, kolomAwal: 1, nilai: [], format: [], rumus: [], gabungan: [] };
}

/**
 * The rows of a grid before they are filled: rows are as long as their last
 * cell, and rows without any share one frozen empty row (readers of 50 000-row
 * sheets keep no array per empty row).
 */
export function barisGridKosong(tinggi: number): {
  nilai: NilaiGrid[][];
  format: (string | undefined)[][];
  rumus: (string | undefined)[][];
  /** The shared empty rows: a row still one of these has not been given its own array. */
  kosong: NilaiGrid[];
  tanpa: (string | undefined)[];
} {
  const kosong = Object.freeze([]) as unknown as NilaiGrid[];
  const tanpa = Object.freeze([]) as unknown as (string | undefined)[];
  return {
    nilai: new Array<NilaiGrid[]>(tinggi).fill(kosong),
    format: new Array<(string | undefined)[]>(tinggi).fill(tanpa),
    rumus: new Array<(string | undefined)[]>(tinggi).fill(tanpa),
    kosong,
    tanpa,
  };
}

/** Letters of the columns asked for so far: every address of a 50 000-row plan names a few columns. */
const HURUF_KOLOM: string[] = [];

/** Column number (1-based) to letters: 1 -> A, 28 -> AB. */
export function hurufKolom(kolom: number): string {
  const ada = HURUF_KOLOM[kolom];
  if (ada !== undefined) return ada;
  const huruf = susunHuruf(kolom);
  if (Number.isInteger(kolom) && kolom > 0 && kolom <= KOLOM_TERAKHIR) HURUF_KOLOM[kolom] = huruf;
  return huruf;
}

function susunHuruf(kolom: number): string {
  let n = kolom;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A -> 1, AB -> 28. */
export function nomorKolom(huruf: string): number {
  let n = 0;
  for (const c of huruf.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** "B5" from row 5, column 2. */
export function alamat(baris: number, kolom: number): string {
  return `${hurufKolom(kolom)}${baris}`;
}

/** "B5:D9", or "B5" for a single cell. */
export function alamatRentang(
  baris1: number,
  kolom1: number,
  baris2: number,
  kolom2: number,
): string {
  const a = alamat(baris1, kolom1);
  return baris1 === baris2 && kolom1 === kolom2 ? a : `${a}:${alamat(baris2, kolom2)}`;
}

/** Parse "B5:D9" (or "B5") into a merged-area shape. Undefined when malformed. */
export function uraiRentang(teks: string): Gabungan | undefined {
  const m = teks
    .replace(/\$/g, '')
    .toUpperCase()
    .match(/^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/);
  if (!m) return undefined;
  const kolom1 = nomorKolom(m[1]);
  const baris1 = Number(m[2]);
  const kolom2 = m[3] ? nomorKolom(m[3]) : kolom1;
  const baris2 = m[4] ? Number(m[4]) : baris1;
  return {
    baris1: Math.min(baris1, baris2),
    kolom1: Math.min(kolom1, kolom2),
    baris2: Math.max(baris1, baris2),
    kolom2: Math.max(kolom1, kolom2),
  };
}

/**
 * Read access to a Grid in sheet coordinates, with merged areas resolved:
 * a cell inside a merge reads the merge's top-left value.
 */
export class PembacaGrid {
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
  private readonly induk = new Map<number, [number, number]>();
  private readonly gabunganAtas = new Map<number, Gabungan>();
  /** Merges too large to list cell by cell (a whole sheet merged): looked up by their bounds. */
  private readonly gabunganBesar: Gabungan[] = [];
  private readonly tersembunyi: Set<number>;
  /**
   * Rows of the grid (by offset) holding a cell covered by a merge, when every merge lies
   * within the grid: the other rows (nearly all of a 50 000-row DPA) skip the lookup.
   */
  private readonly barisTertutup: Uint8Array | undefined;
  // The grid's own fields, held here: grids of different sources and sheets differ in shape
  // (optional fields), and the accessors below, run for every cell, then see one shape.
  private readonly barisAwal: number;
  private readonly kolomAwal: number;
  private readonly nilaiSel: NilaiGrid[][];
  private readonly formatSel: (string | undefined)[][] | undefined;
  private readonly rumusSel: (string | undefined)[][] | undefined;

  constructor(readonly grid: Grid) {
    this.barisAwal = grid.barisAwal;
    this.kolomAwal = grid.kolomAwal;
    this.nilaiSel = grid.nilai;
    this.formatSel = grid.format;
    this.rumusSel = grid.rumus;
    this.jumlahBaris = grid.nilai.length;
    this.jumlahKolom = grid.nilai.reduce((m, r) => Math.max(m, r.length), 0);
    const awal = grid.barisAwal;
    const dalam = grid.gabungan.every(
      (g) => g.baris1 >= awal && g.baris2 < awal + this.jumlahBaris,
    );
    this.barisTertutup = dalam ? new Uint8Array(this.jumlahBaris) : undefined;
    for (const g of grid.gabungan) {
      if (this.barisTertutup) this.barisTertutup.fill(1, g.baris1 - awal, g.baris2 - awal + 1);
      this.gabunganAtas.set(this.kunci(g.baris1, g.kolom1), g);
      if ((g.baris2 - g.baris1 + 1) * (g.kolom2 - g.kolom1 + 1) > 4096) {
        this.gabunganBesar.push(g);
        continue;
      }
      for (let b = g.baris1; b <= g.baris2; b++) {
        for (let k = g.kolom1; k <= g.kolom2; k++) {
          if (b !== g.baris1 || k !== g.kolom1)
            this.induk.set(this.kunci(b, k), [g.baris1, g.kolom1]);
        }
      }
    }
    this.tersembunyi = new Set(grid.barisTersembunyi ?? []);
  }

  get barisAkhir(): number {
    return this.barisAwal + this.jumlahBaris - 1;
  }

  get kolomAkhir(): number {
    return this.kolomAwal + this.jumlahKolom - 1;
  }

  private kunci(baris: number, kolom: number): number {
    return baris * 20000 + kolom;
  }

  /** The value stored in the cell itself (no merge resolution). */
  mentah(baris: number, kolom: number): NilaiGrid {
    const r = this.nilaiSel[baris - this.barisAwal];
    const v = r?.[kolom - this.kolomAwal];
    return v === undefined ? null : v;
  }

  /** The value shown in the cell: a merged cell shows its top-left value. */
  /** Top-left cell of the merge covering the cell (not its own top-left), if any. */
  private indukDi(baris: number, kolom: number): [number, number] | undefined {
    if (this.barisTertutup && this.barisTertutup[baris - this.barisAwal] !== 1) return undefined;
    const i = this.induk.get(this.kunci(baris, kolom));
    if (i || this.gabunganBesar.length === 0) return i;
    for (const g of this.gabunganBesar)
      if (
        baris >= g.baris1 &&
        baris <= g.baris2 &&
        kolom >= g.kolom1 &&
        kolom <= g.kolom2 &&
        (baris !== g.baris1 || kolom !== g.kolom1)
      )
        return [g.baris1, g.kolom1];
    return undefined;
  }

  nilai(baris: number, kolom: number): NilaiGrid {
    const i = this.indukDi(baris, kolom);
    return i ? this.mentah(i[0], i[1]) : this.mentah(baris, kolom);
  }

  /** True when the cell lies inside a merge but is not its top-left cell. */
  tertutupGabungan(baris: number, kolom: number): boolean {
    return this.indukDi(baris, kolom) !== undefined;
  }

  /** Top-left cell of the merge holding the cell, or the cell itself. */
  indukGabungan(baris: number, kolom: number): [number, number] {
    return this.indukDi(baris, kolom) ?? [baris, kolom];
  }

  /** Row of {@link indukGabungan}, with nothing allocated (asked of every cell of a table). */
  barisIndukGabungan(baris: number, kolom: number): number {
    const i = this.indukDi(baris, kolom);
    return i ? i[0] : baris;
  }

  /** Number of cells stored in the row (the rest of it is empty): work follows the cells present. */
  panjangBaris(baris: number): number {
    return this.nilaiSel[baris - this.barisAwal]?.length ?? 0;
  }

  /** The merged area the cell lies in (as its top-left cell or covered by it), if any. */
  gabunganDi(baris: number, kolom: number): Gabungan | undefined {
    const [b, k] = this.indukGabungan(baris, kolom);
    return this.gabunganAtas.get(this.kunci(b, k));
  }

  format(baris: number, kolom: number): string | undefined {
    const i = this.indukDi(baris, kolom);
    const b = i ? i[0] : baris;
    const k = i ? i[1] : kolom;
    return this.formatSel?.[b - this.barisAwal]?.[k - this.kolomAwal];
  }

  rumus(baris: number, kolom: number): string | undefined {
    return this.rumusSel?.[baris - this.barisAwal]?.[kolom - this.kolomAwal];
  }

  /** The shown value as trimmed text ("" for empty). */
  teks(baris: number, kolom: number): string {
    const v = this.nilai(baris, kolom);
    return v === null ? '' : String(v).trim();
  }

  kosong(baris: number, kolom: number): boolean {
    return this.teks(baris, kolom) === '';
  }

  barisTersembunyi(baris: number): boolean {
    return this.tersembunyi.has(baris);
  }

  kolomTersembunyi(kolom: number): boolean {
    for (const [a, b] of this.grid.kolomTersembunyi ?? [])
      if (kolom >= a && kolom <= b) return true;
    return false;
  }
}
