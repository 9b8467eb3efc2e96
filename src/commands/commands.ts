/* global Office, Excel */
import { kemampuanDari, type KonteksExcel } from '../excel/api';
import { jalankanHitungCapaian } from './hitung-perintah';

/**
 * The ribbon's function file. Kept small: it loads the engine but not
 * ExcelJS or React. Every path calls event.completed(), or later clicks stay
 * queued.
 */
export async function hitungCapaian(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const hasil = await jalankanHitungCapaian({
      jalankan: (f) => Excel.run((ctx) => f(ctx as unknown as KonteksExcel)),
      kemampuan: kemampuanDari((n, v) => Office.context.requirements.isSetSupported(n, v)),
    });
    if (!hasil.berhasil) console.warn(`Capaian: ${hasil.pesan}`);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('hitungCapaian', hitungCapaian);
});
