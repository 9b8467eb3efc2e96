import type { HasilBuku } from '../engine/hasil';
import { hitungBuku } from '../engine/hitung';
import type { Pengaturan } from '../engine/pengaturan';
import type { Grid } from '../sheet/grid';

/**
 * Where the pane runs the engine: in a Web Worker (pekerja-mesin.ts, built as
 * its own file) for sheets big enough to be felt, on the pane's thread for small
 * ones and wherever a worker cannot start (then nothing is lost but smoothness).
 */

export interface PesanKeMesin {
  id: number;
  grids: Grid[];
  pengaturan: Partial<Pengaturan>;
}

export type PesanDariMesin =
  | { id: number; jenis: 'kemajuan'; selesai: number; total: number }
  | { id: number; jenis: 'hasil'; hasil: HasilBuku }
  | { id: number; jenis: 'galat'; pesan: string };

/** Progress: tables computed out of the tables found. */
export type Kemajuan = (selesai: number, total: number) => void;

/** Cells below which the worker's start and copying cost more than they save. */
export const SEL_LATAR = 10_000;

/** The worker's file name and the build it belongs to (webpack's DefinePlugin; absent in tests). */
declare const __BERKAS_PEKERJA__: string | undefined;

let pekerja: Worker | undefined;
let gagal = false;
let nomor = 0;

function jumlahSel(grids: Grid[]): number {
  return grids.reduce((n, g) => n + g.nilai.reduce((m, r) => m + r.length, 0), 0);
}

function mulai(): Worker | undefined {
  if (pekerja || gagal) return pekerja;
  if (typeof Worker === 'undefined' || typeof __BERKAS_PEKERJA__ === 'undefined') return undefined;
  try {
    pekerja = new Worker(new URL(__BERKAS_PEKERJA__, document.baseURI));
    pekerja.onerror = () => {
      gagal = true;
      pekerja = undefined;
    };
  } catch {
    gagal = true;
  }
  return pekerja;
}

/** Where the last computation ran, for the page and its tests. */
export let tempatTerakhir: 'pekerja' | 'panel' = 'panel';

function diPanel(grids: Grid[], p: Partial<Pengaturan>, kemajuan?: Kemajuan): HasilBuku {
  tempatTerakhir = 'panel';
  return hitungBuku(grids, p, kemajuan);
}

/** Compute the workbook's grids, in the worker when they are large. */
export function hitungLatar(
  grids: Grid[],
  p: Partial<Pengaturan>,
  kemajuan?: Kemajuan,
): Promise<HasilBuku> {
  const w = jumlahSel(grids) >= SEL_LATAR ? mulai() : undefined;
  if (!w) return Promise.resolve(diPanel(grids, p, kemajuan));
  const id = ++nomor;
  return new Promise((selesai, tolak) => {
    const dengar = (e: MessageEvent<PesanDariMesin>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.jenis === 'kemajuan') return kemajuan?.(m.selesai, m.total);
      w.removeEventListener('message', dengar);
      w.removeEventListener('error', rusak);
      if (m.jenis === 'hasil') {
        tempatTerakhir = 'pekerja';
        selesai(m.hasil);
      } else tolak(new Error(m.pesan));
    };
    // A worker that cannot load its script: the same computation here instead.
    const rusak = () => {
      w.removeEventListener('message', dengar);
      w.removeEventListener('error', rusak);
      selesai(diPanel(grids, p, kemajuan));
    };
    w.addEventListener('message', dengar);
    w.addEventListener('error', rusak);
    w.postMessage({ id, grids, pengaturan: p } satisfies PesanKeMesin);
  });
}
