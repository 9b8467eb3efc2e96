import type { RencanaEdit } from '../engine/rencana';
import type { BagianTerbaca } from './paket';
import { tambalBuku } from './tambal-xlsx';
import type { Pemampat } from './zip';

/**
 * Writing a plan into the user's file: the patching writer (tambal-xlsx.ts)
 * on the original bytes, and only where it cannot be used the ExcelJS
 * writer (xlsx.ts), loaded then and not before. Also the words the user is
 * told about the output.
 */

/**
 * The user's file with the plan written in: patched, every other part kept
 * byte for byte, when a deflate is at hand and the patch handles the file;
 * else opened and saved again through ExcelJS, with the reason (the user is
 * told: charts and pivot tables do not survive that).
 */
export async function tulisDenganRencana(
  asli: Uint8Array,
  rencana: RencanaEdit,
  pemampat: Pemampat | undefined,
  /** Parts of `asli` the reader has inflated already (see {@link BagianTerbaca}). */
  terbaca?: BagianTerbaca,
): Promise<{ data: Uint8Array; disimpanUlang?: string; catatanDipertahankan: string[] }> {
  const tambalan = pemampat
    ? await tambalBuku(asli, rencana, pemampat, terbaca)
    : { alasan: 'peramban ini tidak menyediakan CompressionStream' };
  // What the patch did not take is not needed by ExcelJS either.
  terbaca?.clear();
  if ('data' in tambalan) return tambalan;
  // Only now is ExcelJS loaded (in the page, its own chunk).
  const { bukaBuku, terapkanRencana, tulisBuku } = await import(
    /* webpackChunkName: "xlsx" */ './xlsx'
  );
  const buku = await bukaBuku(asli, pemampat);
  const catatanDipertahankan = terapkanRencana(buku, rencana);
  return { data: await tulisBuku(buku), disimpanUlang: tambalan.alasan, catatanDipertahankan };
}

/** What the user is told of their notes kept on cells Capaian filled. */
export function pesanCatatanDipertahankan(sel: string[]): string | undefined {
  if (sel.length === 0) return undefined;
  const daftar =
    sel.length > 5 ? `${sel.slice(0, 5).join(', ')} dan ${sel.length - 5} lainnya` : sel.join(', ');
  return `catatan sel Anda di ${daftar} dipertahankan; sel itu kini berisi hasil hitung Capaian, periksa apakah catatannya masih berlaku`;
}

/**
 * The extension the output must carry. Excel opens a workbook only under
 * the extension of its kind; the patch keeps the input's kind (macros, a
 * template), while a workbook saved again through ExcelJS is a plain .xlsx
 * (ExcelJS does not carry macros).
 */
export function ekstensiKeluaran(namaMasukan: string, disimpanUlang: boolean): string {
  const ext = /\.(xlsm|xltx|xltm)$/i.exec(namaMasukan)?.[0].toLowerCase();
  return ext && !disimpanUlang ? ext : '.xlsx';
}

/** What the user is told when the output was saved again through ExcelJS. */
export function pesanDisimpanUlang(alasan: string): string {
  return `berkas disimpan ulang dengan ExcelJS (${alasan}): bagan, tabel pivot, dan bagian lain yang tidak dikenal ExcelJS tidak ikut tersalin`;
}
