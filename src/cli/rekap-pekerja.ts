import { parentPort, workerData } from 'node:worker_threads';
import { GalatBerkas } from '../io/periksa-berkas';
import { bacaBerkasMasukan, GalatPemakaian } from './keluaran';
import { ringkasKantor } from './rekap-kantor';

/** A rekap worker: summarises the files it is sent, one at a time. */
parentPort?.on('message', async (berkas: string) => {
  try {
    const hasil = await ringkasKantor(
      berkas.replace(/^.*[\\/]/, ''),
      bacaBerkasMasukan(berkas),
      workerData?.pengaturan ?? {},
    );
    parentPort?.postMessage({ berkas, hasil });
  } catch (e) {
    const alasan =
      e instanceof GalatBerkas || e instanceof GalatPemakaian
        ? e.message
        : 'tidak dapat diproses (kesalahan internal saat membaca berkas ini)';
    parentPort?.postMessage({ berkas, alasan });
  }
});
