import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { SKALA_BAKU } from '../domain/kategori';
import type { Pengaturan } from '../engine/pengaturan';
import type { RingkasanKantor } from './rekap-kantor';

/**
 * `capaian rekap <folder>`: every office workbook of a folder, computed on
 * worker threads (one per core), in one comparison workbook: a row per
 * office, a sheet per office with its indicators, and the files that could
 * not be read with the reason. One bad file never stops the run.
 */

export interface HasilRekap {
  kantor: RingkasanKantor[];
  gagal: { berkas: string; alasan: string }[];
}

export function daftarBerkas(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'id'))
    .map((f) => path.join(folder, f))
    .filter((f) => statSync(f).isFile());
}

function pekerja(pengaturan: Partial<Pengaturan>): Worker {
  const js = path.join(__dirname, 'rekap-pekerja.js');
  if (existsSync(js)) return new Worker(js, { workerData: { pengaturan } });
  // From the TypeScript sources (tests, ts-node).
  return new Worker(path.join(__dirname, 'rekap-pekerja.ts'), {
    workerData: { pengaturan },
    execArgv: ['-r', 'ts-node/register/transpile-only'],
  });
}

/** Process the files on `jumlahPekerja` threads; `kemajuan` is told after each file. */
export async function prosesFolder(
  berkas: string[],
  pengaturan: Partial<Pengaturan> = {},
  kemajuan: (selesai: number, total: number, nama: string) => void = () => undefined,
  jumlahPekerja = Math.max(
    1,
    Math.min(os.availableParallelism?.() ?? os.cpus().length, 2, berkas.length),
  ),
): Promise<HasilRekap> {
  const hasil = new Map<string, RingkasanKantor>();
  const gagal: HasilRekap['gagal'] = [];
  const antrean = [...berkas];
  let selesai = 0;
  const kerja = Array.from({ length: Math.max(1, jumlahPekerja) }, () => pekerja(pengaturan));
  try {
    await Promise.all(
      kerja.map(
        (w) =>
          new Promise<void>((selesaiSemua, gagalSemua) => {
            const berikut = () => {
              const b = antrean.shift();
              if (b === undefined) return selesaiSemua();
              w.postMessage(b);
            };
            w.on('message', (m: { berkas: string; hasil?: RingkasanKantor; alasan?: string }) => {
              if (m.hasil) hasil.set(m.berkas, m.hasil);
              else
                gagal.push({
                  berkas: path.basename(m.berkas),
                  alasan: m.alasan ?? 'tidak diketahui',
                });
              kemajuan(++selesai, berkas.length, path.basename(m.berkas));
              berikut();
            });
            w.on('error', gagalSemua);
            berikut();
          }),
      ),
    );
  } finally {
    await Promise.all(kerja.map((w) => w.terminate()));
  }
  return { kantor: berkas.filter((b) => hasil.has(b)).map((b) => hasil.get(b)!), gagal };
}

function namaLembar(nama: string, terpakai: Set<string>): string {
  const dasar =
    nama
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Kantor';
  let n = dasar;
  for (let i = 2; terpakai.has(n.toLowerCase()); i++) n = `${dasar.slice(0, 26)} ${i}`;
  terpakai.add(n.toLowerCase());
  return n;
}

/** The comparison workbook. */
export function bukuRekap(r: HasilRekap): ExcelJS.Workbook {
  const buku = new ExcelJS.Workbook();
  buku.creator = 'Capaian';
  const kategori = SKALA_BAKU.kelas.map((k) => k.label);
  const rekap = buku.addWorksheet('Rekap', { views: [{ state: 'frozen', ySplit: 1 }] });
  rekap.addRow([
    'No',
    'Perangkat Daerah',
    'Berkas',
    'Jumlah Indikator',
    'Rata-rata Capaian (%)',
    ...kategori.map((k) => `Jumlah ${k}`),
    'Pagu (Rp)',
    'Realisasi (Rp)',
    'Serapan (%)',
    'Efisiensi',
    'Kesalahan',
    'Peringatan',
    'Catatan',
  ]);
  rekap.getRow(1).font = { bold: true };
  const terpakai = new Set(['rekap', 'tidak terbaca']);
  r.kantor.forEach((k, i) => {
    rekap.addRow([
      i + 1,
      k.kantor,
      k.berkas,
      k.jumlahIndikator,
      k.capaian ?? null,
      ...kategori.map((x) => k.perKategori[x] ?? 0),
      k.pagu ?? null,
      k.realisasi ?? null,
      k.serapan ?? null,
      k.labelEfisiensi ?? null,
      k.temuan.error,
      k.temuan.warning,
      k.temuan.info,
    ]);
    const ws = buku.addWorksheet(namaLembar(k.kantor, terpakai));
    ws.addRow([k.kantor]).font = { bold: true };
    ws.addRow(['Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori']).font = {
      bold: true,
    };
    for (const b of k.indikator)
      ws.addRow([
        b.uraian,
        b.satuan ?? null,
        b.target ?? null,
        b.realisasi ?? null,
        b.capaian ?? null,
        b.kategori ?? null,
      ]);
    ws.getColumn(1).width = 60;
    ws.getColumn(5).numFmt = '0.00';
  });
  rekap.getColumn(2).width = 40;
  for (const c of [5, 8 + kategori.length]) rekap.getColumn(c).numFmt = '0.00';
  for (const c of [6 + kategori.length, 7 + kategori.length]) rekap.getColumn(c).numFmt = '#,##0';
  if (r.gagal.length) {
    const ws = buku.addWorksheet('Tidak Terbaca');
    ws.addRow(['Berkas', 'Alasan']).font = { bold: true };
    for (const g of r.gagal) ws.addRow([g.berkas, g.alasan]);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 90;
  }
  return buku;
}
