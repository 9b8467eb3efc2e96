import { formatRingkas } from '../domain/angka';
import { hitungBuku } from '../engine/hitung';
import {
  bacaLembar,
  bacaPengaturan,
  GalatCadangan,
  pesanGalat,
  terapkanRencana,
} from '../excel/adaptor';
import type { Kemampuan, KonteksExcel } from '../excel/api';

/**
 * "Hitung Capaian" from the ribbon: the active sheet, the settings saved in
 * the workbook, no task pane. The outcome is kept in the workbook settings so
 * the pane can show it when opened.
 */

export interface LingkunganExcel {
  jalankan<T>(f: (ctx: KonteksExcel) => Promise<T>): Promise<T>;
  kemampuan: Kemampuan;
}

export interface HasilPerintah {
  berhasil: boolean;
  pesan: string;
}

export const KUNCI_STATUS = 'capaian.status';

export async function jalankanHitungCapaian(env: LingkunganExcel): Promise<HasilPerintah> {
  let hasil: HasilPerintah;
  try {
    hasil = await env.jalankan(async (ctx) => {
      const pengaturan = await bacaPengaturan(ctx);
      const grid = await bacaLembar(ctx, env.kemampuan);
      const h = hitungBuku([grid], pengaturan);
      if (h.tabel.length === 0) {
        return {
          berhasil: false,
          pesan: `tidak ada tabel yang dikenali di lembar "${grid.sheet}"`,
        };
      }
      // Without an undo record (a protected workbook structure) nothing is written: the pane asks first.
      const cadangan = await terapkanRencana(ctx, env.kemampuan, h.rencana);
      const galat = h.temuan.filter((t) => t.tingkat === 'error').length;
      const rata = h.tabel.find((t) => t.ringkasan.capaian !== undefined)?.ringkasan;
      return {
        berhasil: true,
        pesan:
          `${h.tabel.length} tabel di "${grid.sheet}" dihitung` +
          (rata?.capaian !== undefined
            ? `; rata-rata capaian ${formatRingkas(rata.capaian)}% (${rata.kategori})`
            : '') +
          (galat ? `; ${galat} kesalahan ditemukan, lihat Periksa` : '') +
          (cadangan.catatanTakTertulis
            ? `; ${cadangan.catatanTakTertulis} catatan sel tidak ditulis (Excel ini belum mendukungnya)`
            : ''),
      };
    });
  } catch (e) {
    const lanjut =
      e instanceof GalatCadangan ? '; buka Panel Capaian untuk menulis tanpa Batalkan' : '';
    hasil = { berhasil: false, pesan: pesanGalat(e) + lanjut };
  }
  // The outcome is kept for the pane; a failure to keep it must not hide the outcome.
  await env
    .jalankan(async (ctx) => {
      ctx.workbook.settings.add(
        KUNCI_STATUS,
        JSON.stringify({ ...hasil, waktu: new Date().toISOString() }),
      );
      await ctx.sync();
    })
    .catch(() => undefined);
  return hasil;
}
