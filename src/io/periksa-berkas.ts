import { bacaZip, periksaUkuranZip, TakDidukung, type EntriZip, type Pemampat } from './zip';

/**
 * What is checked of a user's file before any reader takes it apart, and
 * the messages for what is not a readable .xlsx. Shared by the reader of
 * our own (pembaca-xlsx.ts) and the ExcelJS adapter (xlsx.ts), which must
 * say the same things; nothing here loads ExcelJS.
 */

/** A problem with the user's file, told in Bahasa Indonesia; the input is never changed. */
export class GalatBerkas extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatBerkas';
  }
}

/** The most cells (holding something) one sheet may have before it is refused. */
export const BATAS_SEL_BUKU = 5_000_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function diawali(data: Uint8Array, tanda: number[]): boolean {
  return tanda.every((b, i) => data[i] === b);
}

/** Refuse, with its reason, what is no .xlsx at all: an empty file, a password-protected or old .xls, not a zip. */
export function periksaAwal(data: Uint8Array): void {
  if (data.length === 0) throw new GalatBerkas('berkas kosong (0 bita)');
  if (diawali(data, OLE)) {
    throw new GalatBerkas(
      'berkas dilindungi kata sandi atau berformat .xls lama: buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx',
    );
  }
  if (!diawali(data, ZIP))
    throw new GalatBerkas(
      'bukan berkas .xlsx (isi berkas tidak dikenali sebagai buku kerja Excel)',
    );
}

/**
 * The entries of the archive, or undefined for an archive this zip reader
 * does not take apart (the caller decides what that means); zip64 is
 * refused with its reason.
 */
export function bacaEntri(data: Uint8Array): EntriZip[] | undefined {
  try {
    return bacaZip(data);
  } catch (e) {
    if (e instanceof TakDidukung && /zip64/.test(e.message))
      throw new GalatBerkas('berkas .xlsx berformat zip64 (lebih dari 4 GB) tidak didukung');
    return undefined;
  }
}

/** Refuse a package whose parts inflate past their bounds (see periksaUkuranZip), with its reason. */
export async function periksaUkuran(entri: EntriZip[], pemampat?: Pemampat): Promise<void> {
  const alasan = await periksaUkuranZip(entri, pemampat);
  if (alasan) throw new GalatBerkas(`berkas .xlsx ditolak: ${alasan}`);
}

/**
 * A package whose parts inflate past their bounds (a zip bomb, or more than
 * a workbook of a report ever holds) is refused before anything inflates it
 * whole; an archive this zip reader does not take apart is left to the caller.
 */
export async function periksaBom(data: Uint8Array, pemampat?: Pemampat): Promise<void> {
  const entri = bacaEntri(data);
  if (entri) await periksaUkuran(entri, pemampat);
}

/** A workbook that cannot be loaded, told in words (never a library's English message). */
export function galatMuat(): GalatBerkas {
  return new GalatBerkas(
    'berkas .xlsx rusak atau tidak lengkap (isinya tidak dapat dibaca sebagai buku kerja); buka di Excel lalu simpan ulang, atau periksa apakah unduhannya terpotong',
  );
}

/** A sheet past {@link BATAS_SEL_BUKU}. */
export function galatTerlaluBanyakSel(lembar: string): GalatBerkas {
  return new GalatBerkas(
    `lembar "${lembar}" berisi terlalu banyak sel (lebih dari ${BATAS_SEL_BUKU.toLocaleString('id-ID')})`,
  );
}
