import {
  KOLOM_TERAKHIR,
  runKolom,
  uraiRentang,
  type Gabungan,
  type Grid,
  type NilaiGrid,
} from '../sheet/grid';
import type { Kemampuan, KonteksExcel, LembarExcel, NilaiSelExcel, RentangExcel } from './api';
import { GalatLembar } from './galat';

/**
 * Reading from Excel within its limits: Excel on the web refuses a request
 * or a response above 5 MB, a get of more than 5 million cells may come back
 * null, and getMergedAreasOrNullObject fails above 512 areas. Sheets are
 * measured first (one sync, merges included), then read in row blocks
 * packed into syncs under the response budget: a sheet below the block
 * size costs one sync more, whatever its rows.
 */

/** Budget of one sync, under Excel on the web's 5 MB. */
export const BATAS_PERMINTAAN = 4_500_000;
/** A sheet larger than this is refused with a message (as the file reader does). */
export const BATAS_SEL_LEMBAR = 20_000_000;
/** First guess of a response's bytes per cell and property, refined after each sync. */
const BITA_AWAL = 32;

export interface SasaranBaca {
  ws: LembarExcel;
  /** 0-based sheet row and column, and size. */
  baris: number;
  kolom: number;
  jb: number;
  jk: number;
}

type Properti = 'values' | 'formulas' | 'numberFormat';
export type HasilBlok = Partial<Record<Properti, NilaiSelExcel[][]>>;

/** The host lacks an API: never worth a retry. */
function tanpaApi(e: unknown): boolean {
  return (e as { code?: string })?.code === 'ApiNotFound';
}

function galatUkuran(e: unknown): boolean {
  const kode = (e as { code?: string })?.code ?? '';
  return /PayloadSizeLimitExceeded/.test(kode);
}

/**
 * The chosen properties of several ranges, in row blocks: as many blocks per
 * sync as the budget holds (so small ranges share one sync); a sync refused
 * for its size is retried with the estimate doubled. `awal` is queued into
 * the first sync (checks that ride along).
 */
export async function bacaBlok(
  ctx: KonteksExcel,
  sasaran: SasaranBaca[],
  properti: Properti[],
  opsi: { batas?: number; awal?: () => void } = {},
): Promise<HasilBlok[]> {
  const batas = opsi.batas ?? BATAS_PERMINTAAN;
  let perSel = BITA_AWAL * properti.length;
  const hasil: HasilBlok[] = sasaran.map(() => ({}));
  const dari = sasaran.map(() => 0);
  let awal = opsi.awal;
  for (;;) {
    const kiriman: { i: number; mulai: number; n: number; r: RentangExcel }[] = [];
    let sisa = batas;
    for (let i = 0; i < sasaran.length && sisa > 0; i++) {
      const s = sasaran[i];
      while (dari[i] < s.jb && s.jk > 0 && sisa > 0) {
        const muat = Math.floor(sisa / (s.jk * perSel));
        if (muat < 1 && kiriman.length) sisa = 0;
        else {
          const n = Math.min(Math.max(1, muat), s.jb - dari[i]);
          const r = s.ws.getRangeByIndexes(s.baris + dari[i], s.kolom, n, s.jk);
          r.load(properti);
          kiriman.push({ i, mulai: dari[i], n, r });
          dari[i] += n;
          sisa -= n * s.jk * perSel;
        }
      }
    }
    if (!kiriman.length && !awal) return hasil;
    awal?.();
    try {
      await ctx.sync();
    } catch (e) {
      const sel = kiriman.reduce((a, k) => a + k.n, 0);
      if (!galatUkuran(e) || sel <= 1) throw e;
      perSel *= 3;
      for (const k of kiriman) dari[k.i] = Math.min(dari[k.i], k.mulai);
      continue;
    }
    awal = undefined;
    let bita = 0;
    let sel = 0;
    for (const k of kiriman) {
      for (const p of properti) {
        const data = k.r[p] as NilaiSelExcel[][] | null;
        if (!data)
          throw new GalatLembar(
            `lembar terlalu besar untuk dibaca sekaligus; hapus baris atau kolom kosong di ujung lembar`,
          );
        // Row by row: a block of a narrow sheet can hold more rows than one call takes arguments.
        const semua = (hasil[k.i][p] ??= []);
        for (const r of data) semua.push(r);
        bita += JSON.stringify(data).length;
      }
      sel += k.n * sasaran[k.i].jk;
    }
    if (sel) perSel = Math.max(8, Math.ceil((bita / sel) * 1.25));
  }
}

export interface UkuranLembar {
  ws: LembarExcel;
  nama: string;
  tersembunyi: boolean;
  baris: number;
  kolom: number;
  jb: number;
  jk: number;
  gabungan: Gabungan[];
}

/** Merged areas from Office.js addresses ("Sheet1!A1:B2,Sheet1!C3"). */
export function uraiGabungan(alamat: string | undefined): Gabungan[] {
  const hasil: Gabungan[] = [];
  for (const m of (alamat ?? '').matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)) {
    const g = uraiRentang(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
    if (g) hasil.push(g);
  }
  return hasil;
}

/** Merges of rows [b1, b2] from column A, halving the rows while Excel refuses (more than 512). */
async function gabunganBertahap(
  ctx: KonteksExcel,
  ws: LembarExcel,
  b1: number,
  b2: number,
  k2: number,
): Promise<Gabungan[]> {
  const area = ws.getRangeByIndexes(b1, 0, b2 - b1 + 1, k2 + 1).getMergedAreasOrNullObject();
  area.load('address');
  try {
    await ctx.sync();
    return area.isNullObject ? [] : uraiGabungan(area.address);
  } catch (e) {
    if (tanpaApi(e)) throw e;
    // One row with more than 512 merges: read without them.
    if (b1 === b2) return [];
    const tengah = Math.floor((b1 + b2) / 2);
    return [
      ...(await gabunganBertahap(ctx, ws, b1, tengah, k2)),
      ...(await gabunganBertahap(ctx, ws, tengah + 1, b2, k2)),
    ];
  }
}

/**
 * Names, used ranges and (ExcelApi 1.13) merged areas of sheets: one sync.
 * Merges are asked of the used range padded to A1 (Excel gives only merges
 * whose top-left cell is inside); when a sheet has too many for one call,
 * they are read in row halves instead.
 */
export async function ukurLembar(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  ambil: (() => LembarExcel)[],
  denganGabungan = kemampuan.api113,
): Promise<UkuranLembar[]> {
  const muat = ambil.map((f) => {
    const ws = f();
    ws.load(['name', 'visibility']);
    const dipakai = ws.getUsedRange(true);
    dipakai.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const gab = denganGabungan
      ? dipakai.getBoundingRect('A1').getMergedAreasOrNullObject()
      : undefined;
    gab?.load('address');
    return { ws, dipakai, gab };
  });
  try {
    await ctx.sync();
  } catch (e) {
    if (!denganGabungan || tanpaApi(e)) throw e;
    const tanpa = await ukurLembar(ctx, kemampuan, ambil, false);
    for (const u of tanpa)
      u.gabungan = await gabunganBertahap(ctx, u.ws, 0, u.baris + u.jb - 1, u.kolom + u.jk - 1);
    return tanpa;
  }
  return muat.map(({ ws, dipakai, gab }) => {
    const jb = dipakai.rowCount;
    const jk = dipakai.columnCount;
    if (jb * jk > BATAS_SEL_LEMBAR)
      throw new GalatLembar(
        `lembar "${ws.name}" terlalu besar untuk dibaca (${jb} baris x ${jk} kolom); hapus baris atau kolom kosong di ujung lembar`,
      );
    return {
      ws,
      nama: ws.name,
      tersembunyi: ws.visibility !== 'Visible',
      baris: dipakai.rowIndex,
      kolom: dipakai.columnIndex,
      jb,
      jk,
      gabungan: gab && !gab.isNullObject ? uraiGabungan(gab.address) : [],
    };
  });
}

function keGrid(u: UkuranLembar, data: HasilBlok): Grid {
  const nilai = data.values ?? [];
  // An empty sheet: Excel gives its A1, empty.
  if (u.jb === 1 && u.jk === 1 && nilai[0]?.[0] === '' && data.formulas?.[0]?.[0] === '')
    return { sheet: u.nama, barisAwal: 1, kolomAwal: 1, nilai: [], gabungan: [] };
  const g: Grid = {
    sheet: u.nama,
    barisAwal: u.baris + 1,
    kolomAwal: u.kolom + 1,
    nilai: nilai.map((b) => b.map((v) => (v === '' ? null : (v as NilaiGrid)))),
    format: (data.numberFormat ?? []).map((b) =>
      b.map((f) => (typeof f === 'string' && f !== 'General' ? f : undefined)),
    ),
    rumus: (data.formulas ?? []).map((b) =>
      b.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : undefined)),
    ),
    gabungan: u.gabungan,
  };
  if (u.tersembunyi) g.lembarTersembunyi = true;
  return g;
}

/** Columns right of a sheet's cells whose hidden state is read: where computed columns go. */
export const KOLOM_CADANGAN = 32;
/**
 * At most this many columns' hidden state per sheet (one small range each, in the
 * first request): a stray cell at XFD must not make the request 16 384 ranges long.
 */
export const BATAS_KOLOM_DIPERIKSA = 512;

/** Sheets as Grids: one sync to measure them, then their row blocks. */
export async function bacaGrid(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  ambil: (() => LembarExcel)[],
  opsi: { batas?: number } = {},
): Promise<Grid[]> {
  const ukuran = await ukurLembar(ctx, kemampuan, ambil);
  // Which columns are hidden, one small range per column, riding along the first block's sync.
  const kolom = ukuran.map((u) =>
    Array.from(
      {
        length: Math.min(u.jk + KOLOM_CADANGAN, BATAS_KOLOM_DIPERIKSA, KOLOM_TERAKHIR - u.kolom),
      },
      (_, j) => u.ws.getRangeByIndexes(0, u.kolom + j, 1, 1),
    ),
  );
  const data = await bacaBlok(ctx, ukuran, ['values', 'formulas', 'numberFormat'], {
    ...opsi,
    awal: () => kolom.flat().forEach((r) => r.load('columnHidden')),
  });
  return ukuran.map((u, i) => {
    const g = keGrid(u, data[i]);
    const tersembunyi: [number, number][] = [];
    kolom[i].forEach((r, j) => {
      if (r.columnHidden) tersembunyi.push([u.kolom + j + 1, u.kolom + j + 1]);
    });
    if (tersembunyi.length) g.kolomTersembunyi = runKolom(tersembunyi);
    return g;
  });
}
