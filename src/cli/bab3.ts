import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { HasilBuku } from '../engine/hasil';
import { GalatBerkas } from '../io/periksa-berkas';
import { periksaKeluaran, tulisAman } from './keluaran';
import { susunBab3 } from '../report/bab3';
import { BAGIAN_BAB3, type BagianBab3, type OpsiBab3 } from '../report/opsi';

/**
 * The options of `capaian bab3` and the writing of its .docx. The options
 * are taken out of the command line here; the rest (input, -o, the
 * computation's options) goes to the common parser.
 */

/** A wrong bab3 option: exit 2 with the reason, like any other mistake in the call. */
export class GalatOpsiBab3 extends GalatBerkas {}

export const BANTUAN_BAB3 = `  capaian bab3 <masukan.xlsx> [-o bab3.docx] [--tahun 2024] [--instansi "Kecamatan ..."]
               [--tanpa bagian,bagian] [--dengan sub-kegiatan] [--tabel-per-sasaran]
               [--tanpa-keuangan] [--tanpa-multi-tahun] [--tanpa-terbilang]
                 tabel, grafik dan kalimat BAB III (PermenPAN-RB 53/2014) sebagai .docx;
                 bagian: ${BAGIAN_BAB3.join(', ')}`;

function daftarBagian(nilai: string, pilihan: string): BagianBab3[] {
  const daftar = nilai
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  const salah = daftar.filter((x) => !(BAGIAN_BAB3 as readonly string[]).includes(x));
  if (salah.length || !daftar.length)
    throw new GalatOpsiBab3(
      `${pilihan} tidak mengenal "${salah.join(', ') || nilai}"; bagian yang ada: ${BAGIAN_BAB3.join(', ')}`,
    );
  return daftar as BagianBab3[];
}

function tahun(nilai: string): number {
  const t = Number(nilai);
  if (!/^\d{4}$/.test(nilai.trim()) || t < 2000 || t > 2100)
    throw new GalatOpsiBab3('--tahun harus tahun empat angka, mis. 2024');
  return t;
}

/** Takes the bab3 options out of the command line when the command is bab3; other commands get their arguments untouched. */
export function pisahkanOpsiBab3(argv: string[]): { opsi: OpsiBab3; sisa: string[] } {
  if (argv.find((x) => !x.startsWith('-')) !== 'bab3') return { opsi: {}, sisa: argv };
  const opsi: OpsiBab3 = {};
  const tanpa: BagianBab3[] = [];
  const dengan: BagianBab3[] = [];
  const sisa: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const nilai = () => {
      const v = argv[++i];
      if (v === undefined) throw new GalatOpsiBab3(`${x} memerlukan nilai`);
      return v;
    };
    if (x === '--tahun') opsi.tahun = tahun(nilai());
    else if (x === '--instansi') opsi.instansi = nilai();
    else if (x === '--tanpa') tanpa.push(...daftarBagian(nilai(), x));
    else if (x === '--dengan') dengan.push(...daftarBagian(nilai(), x));
    else if (x === '--tanpa-keuangan') tanpa.push('keuangan');
    else if (x === '--tanpa-multi-tahun') tanpa.push('multi-tahun');
    else if (x === '--tanpa-terbilang') opsi.terbilang = false;
    else if (x === '--tabel-per-sasaran') opsi.tabelPerSasaran = true;
    else sisa.push(x);
  }
  if (tanpa.length) opsi.tanpa = [...new Set(tanpa)];
  if (dengan.length) opsi.dengan = [...new Set(dengan)];
  return { opsi, sisa };
}

function ada(jalur: string): boolean {
  try {
    lstatSync(jalur);
    return true;
  } catch {
    return false;
  }
}

/** Beside the input under a name of its own: "<nama>.bab3.docx", or "<nama>.bab3 (2).docx" when that exists (never replaced). */
export function namaKeluaranBab3(masukan: string): string {
  const { dir, name } = path.parse(masukan);
  for (let i = 1; ; i++) {
    const calon = path.join(dir, `${name}.bab3${i === 1 ? '' : ` (${i})`}.docx`);
    if (!ada(calon)) return calon;
  }
}

/** Build the chapter, write the .docx (never onto the input, never over a file the user did not name) and say where. */
export async function tulisBab3(
  masukan: string,
  hasil: HasilBuku,
  opsi: OpsiBab3,
  keluaranDiminta: string | undefined,
  cetak: (s: string) => void,
): Promise<number> {
  const keluaran = keluaranDiminta ?? namaKeluaranBab3(masukan);
  if (!keluaran.toLowerCase().endsWith('.docx'))
    throw new GalatOpsiBab3('berkas keluaran BAB III harus berakhiran .docx');
  // Never onto the input (links, hard links, linked folders), never into a folder or a device.
  periksaKeluaran([masukan], [{ jalur: keluaran, dinamai: true, pilihan: '-o' }]);
  const bab = susunBab3(hasil, opsi);
  // The docx library is loaded only here: `hitung` and `periksa` start without it.
  const { babKeDocx } = await import('../report/docx');
  tulisAman(keluaran, await babKeDocx(bab));
  const tabel = bab.blok.filter((b) => b.jenis === 'tabel').length;
  const grafik = bab.blok.filter((b) => b.jenis === 'grafik').length;
  const isian = bab.blok.filter((b) => b.jenis === 'paragraf' && b.isian).length;
  const untuk = [bab.instansi, bab.tahun ? `tahun ${bab.tahun}` : ''].filter(Boolean).join(' ');
  cetak(
    `BAB III${untuk ? ` ${untuk}` : ''}: ${tabel} tabel, ${grafik} grafik, ${bab.blok.length - tabel - grafik} judul dan paragraf ditulis ke ${keluaran}`,
  );
  if (!bab.instansi)
    cetak(
      '  Nama instansi tidak ditemukan di judul tabel; sebutkan dengan --instansi "Kecamatan ..."',
    );
  if (isian)
    cetak(
      `  ${isian} bagian bertanda kuning perlu dilengkapi atau diperiksa (penyebab, solusi, rencana aksi, tindak lanjut)`,
    );
  return 0;
}
