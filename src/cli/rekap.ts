import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { SKALA_BAKU } from '../domain/kategori';
import type { Pengaturan } from '../engine/pengaturan';
import { bacaZip } from '../io/zip';
import { pesanGalatBerkas } from './keluaran';
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

/** The workbooks of a folder, and the entries named like one that cannot be read (a dangling or looping link, a pipe). */
export function pindaiFolder(folder: string): {
  berkas: string[];
  tidakTerbaca: HasilRekap['gagal'];
} {
  const berkas: string[] = [];
  const tidakTerbaca: HasilRekap['gagal'] = [];
  const nama = readdirSync(folder)
    .filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'id'));
  for (const f of nama) {
    const jalur = path.join(folder, f);
    try {
      const s = statSync(jalur);
      if (s.isFile()) berkas.push(jalur);
      else if (!s.isDirectory())
        tidakTerbaca.push({
          berkas: f,
          alasan: 'bukan berkas biasa (perangkat atau pipa bernama)',
        });
    } catch (e) {
      const kode = (e as NodeJS.ErrnoException).code;
      tidakTerbaca.push({
        berkas: f,
        alasan:
          kode === 'ENOENT'
            ? 'tautan simbolik yang menunjuk berkas yang tidak ada'
            : `tidak dapat dibuka: ${pesanGalatBerkas(e)}`,
      });
    }
  }
  return { berkas, tidakTerbaca };
}

/** The readable workbooks of a folder. */
export function daftarBerkas(folder: string): string[] {
  return pindaiFolder(folder).berkas;
}

/** True when the file is a rekap Capaian wrote (so a second rekap run does not read it as an office). */
export function adalahRekap(jalur: string): boolean {
  try {
    const entri = bacaZip(readFileSync(jalur));
    const teks = (n: string) => {
      const e = entri.find((x) => x.nama === n);
      return e
        ? new TextDecoder().decode(inflateRawSync(e.terkompres, { maxOutputLength: 1 << 20 }))
        : '';
    };
    return (
      /<dc:creator>Capaian<\/dc:creator>/.test(teks('docProps/core.xml')) &&
      /<sheet\b[^>]*\sname="Rekap"/.test(teks('xl/workbook.xml'))
    );
  } catch {
    return false;
  }
}

/** Memory one worker may take: a workbook that needs more is listed as unreadable, the rest goes on. */
const MEMORI_PEKERJA_MB = 2048;

function pekerja(pengaturan: Partial<Pengaturan>): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: MEMORI_PEKERJA_MB };
  const js = path.join(__dirname, 'rekap-pekerja.js');
  if (existsSync(js)) return new Worker(js, { workerData: { pengaturan }, resourceLimits });
  // From the TypeScript sources (tests, ts-node).
  return new Worker(path.join(__dirname, 'rekap-pekerja.ts'), {
    workerData: { pengaturan },
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    resourceLimits,
  });
}

type PesanPekerja = { berkas: string; hasil?: RingkasanKantor; alasan?: string };

/** Why a worker died on a file, in words. */
function alasanPekerjaMati(e: unknown): string {
  return (e as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? 'kehabisan memori saat dibaca (berkas terlalu besar atau terlalu rumit)'
    : 'berhenti tiba-tiba saat dibaca (kesalahan internal)';
}

/**
 * Process the files on `jumlahPekerja` threads; `kemajuan` is told after each
 * file. A worker that dies on a file (out of memory, say) lists that file as
 * unreadable and is replaced by a fresh one for the rest.
 */
export async function prosesFolder(
  berkas: string[],
  pengaturan: Partial<Pengaturan> = {},
  kemajuan: (selesai: number, total: number, nama: string) => void = () => undefined,
  jumlahPekerja = Math.max(
    1,
    Math.min(os.availableParallelism?.() ?? os.cpus().length, 2, berkas.length),
  ),
  buatPekerja: (p: Partial<Pengaturan>) => Worker = pekerja,
): Promise<HasilRekap> {
  const hasil = new Map<string, RingkasanKantor>();
  const gagal: HasilRekap['gagal'] = [];
  const antrean = [...berkas];
  let selesai = 0;
  const hidup = new Set<Worker>();
  const catat = (m: PesanPekerja) => {
    if (m.hasil) hasil.set(m.berkas, m.hasil);
    else gagal.push({ berkas: path.basename(m.berkas), alasan: m.alasan ?? 'tidak diketahui' });
    kemajuan(++selesai, berkas.length, path.basename(m.berkas));
  };
  const jalur = () =>
    new Promise<void>((selesaiJalur) => {
      const mulai = () => {
        const w = buatPekerja(pengaturan);
        hidup.add(w);
        let sekarang: string | undefined;
        const berikut = () => {
          sekarang = antrean.shift();
          if (sekarang === undefined) {
            hidup.delete(w);
            void w.terminate();
            return selesaiJalur();
          }
          w.postMessage(sekarang);
        };
        let mati = false;
        const matikan = (e: unknown) => {
          if (mati) return;
          mati = true;
          hidup.delete(w);
          void w.terminate();
          if (sekarang === undefined) return selesaiJalur();
          catat({ berkas: sekarang, alasan: alasanPekerjaMati(e) });
          mulai();
        };
        w.on('message', (m: PesanPekerja) => {
          catat(m);
          berikut();
        });
        w.on('error', matikan);
        w.on('exit', (kode) => matikan({ code: `EXIT_${kode}` }));
        berikut();
      };
      mulai();
    });
  try {
    await Promise.all(Array.from({ length: Math.max(1, jumlahPekerja) }, jalur));
  } finally {
    await Promise.all([...hidup].map((w) => w.terminate()));
  }
  return { kantor: berkas.filter((b) => hasil.has(b)).map((b) => hasil.get(b)!), gagal };
}

/**
 * A sheet name Excel accepts: none of : \\ / ? * [ ], no control character,
 * no apostrophe at either end, at most 31 characters, unique.
 */
export function namaLembar(nama: string, terpakai: Set<string>): string {
  const dasar =
    nama
      // eslint-disable-next-line no-control-regex
      .replace(/[[\]:*?/\\\x00-\x1f\x7f]/g, ' ')
      .slice(0, 28)
      .replace(/^[\s']+|[\s']+$/g, '') || 'Kantor';
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
  const terpakai = new Set(['rekap', 'tidak terbaca', 'history']);
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
