/** A problem with the sheet, told in Bahasa Indonesia; nothing was written. */
export class GalatLembar extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatLembar';
  }
}

/** The undo record cannot be kept in this workbook; nothing was written. */
export class GalatCadangan extends GalatLembar {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatCadangan';
  }
}

const PESAN_KODE: Record<string, string> = {
  InvalidOperationInCellEditMode:
    'Excel sedang dalam mode edit sel: tekan Enter atau Esc, lalu jalankan lagi',
  AccessDenied: 'lembar atau buku kerja dilindungi: buka proteksinya, lalu jalankan lagi',
  ItemNotFound: 'lembar yang dituju tidak ditemukan (mungkin sudah diganti nama atau dihapus)',
  RequestPayloadSizeLimitExceeded: 'data terlalu besar untuk sekali kirim ke Excel',
  ResponsePayloadSizeLimitExceeded: 'data terlalu besar untuk sekali baca dari Excel',
  ApiNotFound: 'versi Excel ini belum mendukung perintah yang dibutuhkan; perbarui Excel',
};

/** A user-facing message for an error from Office.js (or ours). */
export function pesanGalat(e: unknown): string {
  if (e instanceof GalatLembar) return e.message;
  const kode = (e as { code?: string })?.code;
  if (kode && PESAN_KODE[kode]) return PESAN_KODE[kode];
  return `terjadi kesalahan di Excel: ${(e as Error)?.message ?? String(e)}`;
}
