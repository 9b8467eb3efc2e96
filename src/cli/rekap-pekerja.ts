import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { GalatBerkas } from '../io/xlsx';
import { ringkasKantor } from './rekap-kantor';

/** A rekap worker: summarises the files it is sent, one at a time. */
parentPort?.on('message', async (berkas: string) => {
  try {
    const hasil = await ringkasKantor(
      berkas.replace(/^.*[\\/]/, ''),
      readFileSync(berkas),
      workerData?.pengaturan ?? {},
    );
    parentPort?.postMessage({ berkas, hasil });
  } catch (e) {
    const alasan =
      e instanceof GalatBerkas ? e.message : `tidak dapat diproses (${(e as Error).message})`;
    parentPort?.postMessage({ berkas, alasan });
  }
});
