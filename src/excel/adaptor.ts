import type { Pengaturan } from '../engine/pengaturan';
import type { Grid } from '../sheet/grid';
import type { Kemampuan, KonteksExcel } from './api';
import { bacaGrid } from './baca';
import { LEMBAR_CADANGAN } from './cadangan';
import { bersihkanPengaturan } from './pengaturan-buku';

/**
 * The Office.js adapter: worksheets to Grids (baca.ts), an edit plan
 * applied (tulis.ts) and undone (batal.ts), settings kept in the workbook.
 * Every call stays within Excel on the web's 5 MB per request and response.
 */

export { BATAS_PERMINTAAN } from './baca';
export { bacaCadangan, batalkan, hapusCadangan, type HasilBatal, type OpsiBatal } from './batal';
export { LEMBAR_CADANGAN, type Cadangan } from './cadangan';
export { GalatCadangan, GalatLembar, pesanGalat } from './galat';
export { terapkanRencana, type OpsiTerapkan } from './tulis';

/** The active sheet (or a named one) as a Grid: two syncs below the block size. */
export async function bacaLembar(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  nama?: string,
  opsi: { batas?: number } = {},
): Promise<Grid> {
  const lembar = ctx.workbook.worksheets;
  const [g] = await bacaGrid(
    ctx,
    kemampuan,
    [() => (nama ? lembar.getItem(nama) : lembar.getActiveWorksheet())],
    opsi,
  );
  return g;
}

/** Every sheet but our own backup as Grids: three syncs below the block size, whatever the number of sheets. */
export async function bacaSemuaLembar(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  opsi: { batas?: number } = {},
): Promise<Grid[]> {
  const lembar = ctx.workbook.worksheets;
  lembar.load('items/name');
  await ctx.sync();
  const nama = lembar.items.map((ws) => ws.name).filter((n) => n !== LEMBAR_CADANGAN);
  return bacaGrid(
    ctx,
    kemampuan,
    nama.map((n) => () => lembar.getItem(n)),
    opsi,
  );
}

const KUNCI_PENGATURAN = 'capaian.pengaturan';

/** The settings saved in the workbook (they travel with the file); values this version does not know are left out. */
export async function bacaPengaturan(ctx: KonteksExcel): Promise<Partial<Pengaturan>> {
  const s = ctx.workbook.settings.getItemOrNullObject(KUNCI_PENGATURAN);
  s.load('value');
  await ctx.sync();
  if (s.isNullObject || typeof s.value !== 'string') return {};
  try {
    return bersihkanPengaturan(JSON.parse(s.value));
  } catch {
    return {};
  }
}

/** Save the settings into the workbook (written with the next sync). */
export function simpanPengaturan(ctx: KonteksExcel, p: Partial<Pengaturan>): void {
  ctx.workbook.settings.add(KUNCI_PENGATURAN, JSON.stringify(p));
}
