import type { Pengaturan } from '../engine/pengaturan';
import type { BlokEdit, RencanaEdit } from '../engine/rencana';
import {
  alamatRentang,
  uraiRentang,
  type Gabungan,
  type Grid,
  type NilaiGrid,
} from '../sheet/grid';
import type { Kemampuan, KonteksExcel, LembarExcel, NilaiSelExcel, RentangExcel } from './api';

/**
 * The Office.js adapter: worksheet to Grid with one load and one sync; an
 * edit plan applied in two syncs per run below the request-size limit (one
 * to read what will be overwritten and check the sheet, one to write), in
 * row chunks above it. A failed write is rolled back from what was read.
 */

/** A problem with the sheet, told in Bahasa Indonesia; nothing was written. */
export class GalatLembar extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatLembar';
  }
}

/** Excel on the web refuses requests above 5 MB; keep a margin. */
export const BATAS_PERMINTAAN = 4_500_000;
/** A get of more than 5 million cells may silently return nothing. */
export const BATAS_SEL_BACA = 5_000_000;

const PESAN_KODE: Record<string, string> = {
  InvalidOperationInCellEditMode:
    'Excel sedang dalam mode edit sel: tekan Enter atau Esc, lalu jalankan lagi',
  AccessDenied: 'lembar atau buku kerja dilindungi: buka proteksinya, lalu jalankan lagi',
  ItemNotFound: 'lembar yang dituju tidak ditemukan (mungkin sudah diganti nama atau dihapus)',
  RequestPayloadSizeLimitExceeded: 'data terlalu besar untuk sekali kirim ke Excel',
};

/** A user-facing message for an error from Office.js (or ours). */
export function pesanGalat(e: unknown): string {
  if (e instanceof GalatLembar) return e.message;
  const kode = (e as { code?: string })?.code;
  if (kode && PESAN_KODE[kode]) return PESAN_KODE[kode];
  return `terjadi kesalahan di Excel: ${(e as Error)?.message ?? String(e)}`;
}

function keGrid(sheet: string, r: RentangExcel, alamatGabungan: string | undefined): Grid {
  const nilai: NilaiGrid[][] = r.values.map((baris) =>
    baris.map((v) => (v === '' ? null : (v as NilaiGrid))),
  );
  const format = r.numberFormat.map((baris) =>
    baris.map((f) => (f && f !== 'General' ? f : undefined)),
  );
  const rumus = r.formulas.map((baris) =>
    baris.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : undefined)),
  );
  const gabungan: Gabungan[] = [];
  for (const m of (alamatGabungan ?? '').matchAll(
    /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g,
  )) {
    const g = uraiRentang(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
    if (g) gabungan.push(g);
  }
  return {
    sheet,
    barisAwal: r.rowIndex + 1,
    kolomAwal: r.columnIndex + 1,
    nilai,
    format,
    rumus,
    gabungan,
  };
}

function muatRentang(ws: LembarExcel, kemampuan: Kemampuan) {
  const dipakai = ws.getUsedRangeOrNullObject();
  dipakai.load([
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'values',
    'formulas',
    'numberFormat',
  ]);
  const gabung = kemampuan.api113 ? dipakai.getMergedAreasOrNullObject() : undefined;
  gabung?.load('address');
  return { dipakai, gabung };
}

function hasilBaca(nama: string, m: ReturnType<typeof muatRentang>): Grid {
  if (m.dipakai.isNullObject)
    return { sheet: nama, barisAwal: 1, kolomAwal: 1, nilai: [], gabungan: [] };
  if (!m.dipakai.values || m.dipakai.rowCount * m.dipakai.columnCount > BATAS_SEL_BACA) {
    throw new GalatLembar(
      `lembar "${nama}" terlalu besar untuk dibaca sekaligus (${m.dipakai.rowCount} baris x ${m.dipakai.columnCount} kolom); hapus baris atau kolom kosong di ujung lembar`,
    );
  }
  return keGrid(nama, m.dipakai, m.gabung && !m.gabung.isNullObject ? m.gabung.address : undefined);
}

/** The active sheet (or a named one) as a Grid: one load, one sync. */
export async function bacaLembar(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  nama?: string,
): Promise<Grid> {
  const ws = nama
    ? ctx.workbook.worksheets.getItem(nama)
    : ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  const m = muatRentang(ws, kemampuan);
  await ctx.sync();
  return hasilBaca(ws.name, m);
}

/** Every sheet but our own backup as Grids: two syncs whatever the number of sheets. */
export async function bacaSemuaLembar(ctx: KonteksExcel, kemampuan: Kemampuan): Promise<Grid[]> {
  const lembar = ctx.workbook.worksheets;
  lembar.load(['items/name', 'items/visibility']);
  await ctx.sync();
  const muat = lembar.items
    .filter((ws) => ws.name !== LEMBAR_CADANGAN)
    .map((ws) => ({
      nama: ws.name,
      tersembunyi: ws.visibility !== 'Visible',
      m: muatRentang(ws, kemampuan),
    }));
  await ctx.sync();
  return muat.map(({ nama, tersembunyi, m }) => {
    const g = hasilBaca(nama, m);
    if (tersembunyi) g.lembarTersembunyi = true;
    return g;
  });
}

/** What a plan overwrote, to put it back ("Batalkan"). */
export interface Cadangan {
  sel: {
    sheet: string;
    baris: number;
    kolom: number;
    rumus: NilaiSelExcel[][];
    format: (string | null)[][];
  }[];
  gabung: { sheet: string; alamat: string }[];
  warna: { sheet: string; alamat: string }[];
  /** Looks (fill, borders, fonts) of cells that took a neighbour's look, kept on the backup sheet. */
  gaya?: { sheet: string; alamat: string; dari: string }[];
}

/** A very hidden sheet holding the looks that "Batalkan" puts back. */
export const LEMBAR_CADANGAN = 'Capaian Cadangan';

function kutip(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function rumusBlok(b: BlokEdit): NilaiSelExcel[][] {
  return b.sel.map((r) =>
    r.map((s) => (s === null ? null : (s.rumus ?? (s.nilai === null ? '' : s.nilai)))),
  );
}

function formatBlok(b: BlokEdit): (string | null)[][] {
  return b.sel.map((r) => r.map((s) => (s?.format ? s.format : null)));
}

/** Row chunks of a block whose request stays below the size limit (with room for the other operations). */
function potongBlok(b: BlokEdit, batasPenuh: number): BlokEdit[] {
  const batas = batasPenuh * 0.9;
  const ukuran = JSON.stringify(rumusBlok(b)).length + JSON.stringify(formatBlok(b)).length;
  if (ukuran <= batas) return [b];
  const perBaris = Math.max(1, Math.floor((b.sel.length * batas) / ukuran));
  const hasil: BlokEdit[] = [];
  for (let i = 0; i < b.sel.length; i += perBaris)
    hasil.push({ ...b, baris: b.baris + i, sel: b.sel.slice(i, i + perBaris) });
  return hasil;
}

function rentangBlok(
  ctx: KonteksExcel,
  b: { sheet: string; baris: number; kolom: number; sel: unknown[][] },
): RentangExcel {
  return ctx.workbook.worksheets
    .getItem(b.sheet)
    .getRangeByIndexes(b.baris - 1, b.kolom - 1, b.sel.length, b.sel[0]?.length ?? 1);
}

/** Options of {@link terapkanRencana}. */
export interface OpsiTerapkan {
  /** Request-size limit per sync (tests use a small one). */
  batasPermintaan?: number;
}

/**
 * Apply an edit plan. Sync 1 reads what the plan overwrites and checks
 * protection and filters; sync 2 writes everything (with calculation
 * suspended). Returns what was overwritten. A protected or filtered sheet, or
 * a target cell that changed since it was read, stops before any write.
 */
export async function terapkanRencana(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  rencana: RencanaEdit,
  opsi: OpsiTerapkan = {},
): Promise<Cadangan> {
  const batas = opsi.batasPermintaan ?? BATAS_PERMINTAAN;
  const sheet = [
    ...new Set([...rencana.blok.map((b) => b.sheet), ...rencana.gabung.map((g) => g.sheet)]),
  ];
  const lembar = new Map(sheet.map((s) => [s, ctx.workbook.worksheets.getItem(s)]));
  for (const ws of lembar.values()) {
    ws.protection.load('protected');
    if (kemampuan.api19) ws.autoFilter.load('isDataFiltered');
  }
  const lama = rencana.blok.map((b) => {
    const r = rentangBlok(ctx, b);
    r.load(['formulas', 'numberFormat']);
    return r;
  });
  const gayaDisalin = kemampuan.api19 && rencana.blok.some((b) => b.gayaDariKolom !== undefined);
  const lembarCadangan = gayaDisalin
    ? ctx.workbook.worksheets.getItemOrNullObject(LEMBAR_CADANGAN).load('name')
    : undefined;
  await ctx.sync();

  for (const [nama, ws] of lembar) {
    if (ws.protection.protected)
      throw new GalatLembar(
        `lembar "${nama}" dilindungi: buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu jalankan lagi`,
      );
    if (kemampuan.api19 && ws.autoFilter.isDataFiltered) {
      throw new GalatLembar(
        `lembar "${nama}" sedang difilter: hapus filternya agar tidak ada baris tersembunyi yang terlewat, lalu jalankan lagi`,
      );
    }
  }
  rencana.blok.forEach((b, i) => {
    if (b.gayaDariKolom === undefined) return;
    // A new column must still be empty: if someone typed into it meanwhile, stop.
    const terisi = lama[i].formulas.some((r, y) =>
      r.some((v, x) => v !== '' && v !== null && b.sel[y][x] !== null),
    );
    if (terisi)
      throw new GalatLembar(`isi lembar "${b.sheet}" berubah sejak dibaca; jalankan lagi`);
  });
  const cadangan: Cadangan = {
    sel: rencana.blok.map((b, i) => ({
      sheet: b.sheet,
      baris: b.baris,
      kolom: b.kolom,
      rumus: lama[i].formulas,
      format: lama[i].numberFormat,
    })),
    gabung: rencana.gabung.map((g) => ({
      sheet: g.sheet,
      alamat: alamatRentang(g.baris1, g.kolom, g.baris2, g.kolom),
    })),
    warna: rencana.warna.map((w) => ({
      sheet: w.sheet,
      alamat: alamatRentang(w.baris1, w.kolom, w.baris2, w.kolom),
    })),
  };
  if (lembarCadangan) {
    // Queued ahead of the writes, so the old looks are copied before new ones land.
    let cad = lembarCadangan;
    if (lembarCadangan.isNullObject) {
      cad = ctx.workbook.worksheets.add(LEMBAR_CADANGAN);
      cad.visibility = 'VeryHidden';
    }
    cadangan.gaya = [];
    let barisCadangan = 1;
    for (const b of rencana.blok) {
      if (b.gayaDariKolom === undefined) continue;
      const lebar = b.sel[0]?.length ?? 1;
      const alamat = alamatRentang(
        b.baris,
        b.kolom,
        b.baris + b.sel.length - 1,
        b.kolom + lebar - 1,
      );
      const simpan = alamatRentang(barisCadangan, 1, barisCadangan + b.sel.length - 1, lebar);
      cad.getRange(simpan).copyFrom(`${kutip(b.sheet)}!${alamat}`, 'Formats');
      cadangan.gaya.push({ sheet: b.sheet, alamat, dari: `${kutip(LEMBAR_CADANGAN)}!${simpan}` });
      barisCadangan += b.sel.length;
    }
  }

  try {
    await tulis(ctx, kemampuan, rencana, batas);
  } catch (e) {
    // A write that failed halfway is put back as it was.
    await batalkan(ctx, cadangan, { batasPermintaan: batas }).catch(() => undefined);
    throw e;
  }
  return cadangan;
}

async function tulis(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  rencana: RencanaEdit,
  batas: number,
): Promise<void> {
  let ukuran = 0;
  const kirim = async () => {
    await ctx.sync();
    ukuran = 0;
  };
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const b of rencana.blok) {
    for (const potong of potongBlok(b, batas)) {
      const bagian =
        JSON.stringify(rumusBlok(potong)).length + JSON.stringify(formatBlok(potong)).length;
      if (ukuran > 0 && ukuran + bagian > batas * 0.9) {
        await kirim();
        ctx.application.suspendApiCalculationUntilNextSync();
      }
      ukuran += bagian;
      const r = rentangBlok(ctx, potong);
      if (potong.gayaDariKolom !== undefined && kemampuan.api19) {
        const ws = ctx.workbook.worksheets.getItem(potong.sheet);
        for (let j = 0; j < (potong.sel[0]?.length ?? 0); j++) {
          ws.getRangeByIndexes(
            potong.baris - 1,
            potong.kolom - 1 + j,
            potong.sel.length,
            1,
          ).copyFrom(
            alamatRentang(
              potong.baris,
              potong.gayaDariKolom,
              potong.baris + potong.sel.length - 1,
              potong.gayaDariKolom,
            ),
            'Formats',
          );
        }
      }
      r.formulas = rumusBlok(potong);
      r.numberFormat = formatBlok(potong);
    }
  }
  for (const g of rencana.gabung) {
    ctx.workbook.worksheets
      .getItem(g.sheet)
      .getRangeByIndexes(g.baris1 - 1, g.kolom - 1, g.baris2 - g.baris1 + 1, 1)
      .merge(false);
  }
  for (const w of rencana.warna) {
    const r = ctx.workbook.worksheets
      .getItem(w.sheet)
      .getRangeByIndexes(w.baris1 - 1, w.kolom - 1, w.baris2 - w.baris1 + 1, 1);
    r.conditionalFormats.clearAll();
    const sel = alamatRentang(w.baris1, w.kolom, w.baris1, w.kolom).replace(/^([A-Z]+)/, '$$$1');
    for (const a of w.aturan) {
      const cf = r.conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${sel}="${a.label.replace(/"/g, '""')}"`;
      cf.custom.format.fill.color = `#${a.warna}`;
    }
  }
  await kirim();
}

/** Put back what a plan overwrote: values, formulas, number formats, looks; undo its merges and colours. */
export async function batalkan(
  ctx: KonteksExcel,
  cadangan: Cadangan,
  opsi: OpsiTerapkan = {},
): Promise<void> {
  const batas = opsi.batasPermintaan ?? BATAS_PERMINTAAN;
  for (const g of cadangan.gabung)
    ctx.workbook.worksheets.getItem(g.sheet).getRange(g.alamat).unmerge();
  for (const w of cadangan.warna)
    ctx.workbook.worksheets.getItem(w.sheet).getRange(w.alamat).conditionalFormats.clearAll();
  for (const g of cadangan.gaya ?? [])
    ctx.workbook.worksheets.getItem(g.sheet).getRange(g.alamat).copyFrom(g.dari, 'Formats');
  let ukuran = 0;
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const c of cadangan.sel) {
    const bagian = JSON.stringify(c.rumus).length + JSON.stringify(c.format).length;
    const perBaris = Math.max(1, Math.floor((c.rumus.length * batas) / Math.max(bagian, 1)));
    for (let i = 0; i < c.rumus.length; i += perBaris) {
      const rumus = c.rumus.slice(i, i + perBaris);
      const kecil = JSON.stringify(rumus).length * 2;
      if (ukuran > 0 && ukuran + kecil > batas) {
        await ctx.sync();
        ukuran = 0;
      }
      ukuran += kecil;
      const r = rentangBlok(ctx, {
        sheet: c.sheet,
        baris: c.baris + i,
        kolom: c.kolom,
        sel: rumus,
      });
      r.formulas = rumus;
      r.numberFormat = c.format.slice(i, i + perBaris);
    }
  }
  await ctx.sync();
  if (cadangan.gaya?.length) {
    // The backup sheet goes last and on its own, so a write that failed before
    // creating it cannot stop the values above from coming back.
    ctx.workbook.worksheets.getItem(LEMBAR_CADANGAN).delete();
    await ctx.sync().catch(() => undefined);
  }
}

const KUNCI_PENGATURAN = 'capaian.pengaturan';
const KUNCI_CADANGAN = 'capaian.cadangan';
/** Workbook settings travel with the file; keep the undo record small. */
const BATAS_CADANGAN = 1_000_000;

/** The settings saved in the workbook (they travel with the file). */
export async function bacaPengaturan(ctx: KonteksExcel): Promise<Partial<Pengaturan>> {
  const s = ctx.workbook.settings.getItemOrNullObject(KUNCI_PENGATURAN);
  s.load('value');
  await ctx.sync();
  if (s.isNullObject || typeof s.value !== 'string') return {};
  try {
    return JSON.parse(s.value) as Partial<Pengaturan>;
  } catch {
    return {};
  }
}

/** Save the settings into the workbook (written with the next sync). */
export function simpanPengaturan(ctx: KonteksExcel, p: Partial<Pengaturan>): void {
  ctx.workbook.settings.add(KUNCI_PENGATURAN, JSON.stringify(p));
}

/** Keep the last undo record in the workbook when it is small enough; returns whether it was kept. */
export function simpanCadangan(ctx: KonteksExcel, c: Cadangan): boolean {
  const teks = JSON.stringify(c);
  if (teks.length > BATAS_CADANGAN) return false;
  ctx.workbook.settings.add(KUNCI_CADANGAN, teks);
  return true;
}

export async function bacaCadangan(ctx: KonteksExcel): Promise<Cadangan | undefined> {
  const s = ctx.workbook.settings.getItemOrNullObject(KUNCI_CADANGAN);
  s.load('value');
  await ctx.sync();
  if (s.isNullObject || typeof s.value !== 'string' || s.value === '') return undefined;
  try {
    return JSON.parse(s.value) as Cadangan;
  } catch {
    return undefined;
  }
}

export function hapusCadangan(ctx: KonteksExcel): void {
  ctx.workbook.settings.add(KUNCI_CADANGAN, '');
}
