import { hitungBuku } from '../engine/hitung';
import { barisPolos } from '../engine/hitung-anggaran';
import type { PesanKeMesin, PesanDariMesin } from './mesin';

/**
 * The engine in a Web Worker: the pane's thread (and Excel's web view with it)
 * never waits on a large sheet. Receives grids and settings, answers with the
 * progress per table and the result, or the error's message.
 */
const lingkup = self as unknown as {
  onmessage: ((e: MessageEvent<PesanKeMesin>) => void) | null;
  postMessage(p: PesanDariMesin): void;
};

lingkup.onmessage = (e) => {
  const { id, grids, pengaturan } = e.data;
  try {
    const hasil = hitungBuku(grids, pengaturan, (selesai, total) =>
      lingkup.postMessage({ id, jenis: 'kemajuan', selesai, total }),
    );
    lingkup.postMessage({ id, jenis: 'hasil', hasil: barisPolos(hasil) });
  } catch (x) {
    lingkup.postMessage({ id, jenis: 'galat', pesan: (x as Error)?.message ?? String(x) });
  }
};
