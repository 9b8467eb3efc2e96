import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatAngka, formatRingkas, formatRupiah } from '../domain/angka';
import type { RumusNegatif } from '../domain/capaian';
import type { MetodeEfisiensi } from '../domain/efisiensi';
import { NAMA_METODE_EFISIENSI } from '../domain/efisiensi';
import { SKALA, type KodeSkala } from '../domain/kategori';
import type { CaraPembulatan } from '../domain/pembulatan';
import type { HasilBuku, HasilTabel, Temuan } from '../engine/hasil';
import { hitungBuku } from '../engine/hitung';
import { laporanJson } from '../engine/laporan';
import type { Pengaturan } from '../engine/pengaturan';
import { jumlahSelRencana } from '../engine/rencana';
import type { BagianTerbaca } from '../io/paket';
import { pemampatNode } from '../io/pemampat-node';
import { bacaGrid } from '../io/pembaca-xlsx';
import { GalatBerkas } from '../io/periksa-berkas';
import {
  ekstensiKeluaran,
  pesanCatatanDipertahankan,
  pesanDisimpanUlang,
  tulisDenganRencana,
} from '../io/tulis-rencana';
import {
  bacaBerkasMasukan,
  GalatPemakaian,
  identitas,
  pesanGalatBerkas,
  periksaKeluaran,
  tulisAman,
  type Keluaran,
} from './keluaran';
import { barisAman } from './terminal';
import { BANTUAN_BAB3, pisahkanOpsiBab3, tulisBab3 } from './bab3';
import type { OpsiBab3 } from '../report/opsi';
import { ringkasKas, sampaiAnggaran } from '../report/kalimat';

/**
 * The `capaian` command line. Messages are in Bahasa Indonesia; user
 * errors end with exit code 2 and a one-line reason, never a stack trace.
 */

const BANTUAN = `Capaian: hitung capaian kinerja LKjIP dari buku kerja Excel.

Pemakaian:
  capaian periksa <masukan.xlsx> [--json laporan.json] [pilihan hitung]
                 mencetak setiap kesalahan dengan selnya; kode keluar 1 bila
                 ada kesalahan, 0 bila tidak (cocok untuk skrip pemeriksaan)
${BANTUAN_BAB3}
  capaian rekap <folder> [-o rekap.xlsx] [pilihan hitung]
                 satu baris per perangkat daerah dari setiap .xlsx dan .xlsm di folder
  capaian hitung <masukan.xlsx> [-o keluaran.xlsx] [--json laporan.json]
                 [--skala permendagri86|permenpan12|lan] [--mode rumus|nilai]
                 [--efisiensi selisih|pita5|rasio] [--negatif 2t-r|t/r]
                 [--pembulatan setengah-atas|potong] [--batas 100|120|150]
                 [--sasaran biasa|kelompok]
                 [--metode-periode kumulatif|nilai-akhir|rata-rata]
                 (cara triwulan / bulan dijumlah; bawaan: kolom "s.d." dan satuan persen,
                 indeks, nilai, predikat memakai nilai akhir, satuan lain kumulatif)

Tanpa -o, hasil ditulis ke <nama>.capaian.xlsx di samping berkas masukan.
Berkas masukan tidak pernah diubah.`;

interface Argumen {
  perintah?: string;
  masukan?: string;
  keluaran?: string;
  json?: string;
  pengaturan: Partial<Pengaturan>;
  bantuan: boolean;
}

function pilihan<T extends string>(
  nama: string,
  nilai: string | undefined,
  boleh: readonly T[],
): T {
  if (nilai === undefined || !boleh.includes(nilai as T)) {
    throw new GalatPemakaian(`nilai ${nama} harus salah satu dari: ${boleh.join(', ')}`);
  }
  return nilai as T;
}

export function uraiArgumen(argv: string[]): Argumen {
  const a: Argumen = { pengaturan: {}, bantuan: false };
  const posisi: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const berikut = () => {
      const v = argv[++i];
      if (v === undefined) throw new GalatPemakaian(`${x} memerlukan nilai`);
      return v;
    };
    switch (x) {
      case '-h':
      case '--help':
      case '--bantuan':
        a.bantuan = true;
        break;
      case '-o':
      case '--keluaran':
        a.keluaran = berikut();
        break;
      case '--json':
        a.json = berikut();
        break;
      case '--skala':
        a.pengaturan.skala = pilihan('--skala', berikut(), Object.keys(SKALA) as KodeSkala[]);
        break;
      case '--mode':
        a.pengaturan.mode = pilihan('--mode', berikut(), ['rumus', 'nilai'] as const);
        break;
      case '--efisiensi':
        a.pengaturan.efisiensi = pilihan(
          '--efisiensi',
          berikut(),
          Object.keys(NAMA_METODE_EFISIENSI) as MetodeEfisiensi[],
        );
        break;
      case '--negatif':
        a.pengaturan.rumusNegatif = pilihan('--negatif', berikut(), [
          '2t-r',
          't/r',
        ] as RumusNegatif[]);
        break;
      case '--pembulatan':
        a.pengaturan.pembulatan = pilihan('--pembulatan', berikut(), [
          'setengah-atas',
          'potong',
        ] as CaraPembulatan[]);
        break;
      case '--batas':
        a.pengaturan.batas = Number(pilihan('--batas', berikut(), ['100', '120', '150'] as const));
        break;
      case '--sasaran':
        a.pengaturan.rataRataSasaran = pilihan('--sasaran', berikut(), [
          'biasa',
          'kelompok',
        ] as const);
        break;
      case '--metode-periode':
        a.pengaturan.metodePeriode = {
          indikator: {},
          lembar: {},
          semua: pilihan('--metode-periode', berikut(), [
            'kumulatif',
            'nilai-akhir',
            'rata-rata',
          ] as const),
        };
        break;
      default:
        if (x.startsWith('-')) throw new GalatPemakaian(`pilihan tidak dikenal: ${x}`);
        posisi.push(x);
    }
  }
  [a.perintah, a.masukan] = posisi;
  if (posisi.length > 2) throw new GalatPemakaian(`argumen berlebih: ${posisi.slice(2).join(' ')}`);
  return a;
}

function namaKeluaran(masukan: string, ext: string): string {
  const info = path.parse(masukan);
  return path.join(info.dir, `${info.name}.capaian${ext}`);
}

const NAMA_JENIS: Record<string, string> = {
  indikator: 'tabel indikator',
  'multi-tahun': 'tabel multi-tahun',
  renstra: 'tabel Renstra',
  anggaran: 'tabel anggaran',
  'sasaran-program': 'tabel sasaran-program',
  efisiensi: 'tabel efisiensi',
  ikm: 'tabel IKM',
  skala: 'tabel skala kategori',
  renja: 'formulir evaluasi Renja',
};

function persen(n: number | undefined): string {
  return n === undefined ? '-' : `${formatRingkas(n)}%`;
}

/** A table's summary on the terminal lists this many rows; the rest are in --json and in the workbook. */
const BARIS_TERCETAK = 40;

function cetakSisa(jumlah: number, apa: string, cetak: (s: string) => void): void {
  if (jumlah > BARIS_TERCETAK)
    cetak(
      `  ... dan ${jumlah - BARIS_TERCETAK} ${apa} lainnya (semuanya ada di --json dan di buku kerja)`,
    );
}

function ringkasTabel(t: HasilTabel, cetak: (s: string) => void): void {
  const r = t.ringkasan;
  cetak(
    `\n[${t.tabel.id}] ${NAMA_JENIS[t.jenis] ?? t.jenis}${t.tabel.judul ? `: ${t.tabel.judul}` : ''}${t.tabel.lembarTersembunyi ? ' (lembar tersembunyi)' : ''}`,
  );
  if (t.jenis === 'anggaran' || t.jenis === 'sasaran-program' || t.jenis === 'efisiensi') {
    const program = t.baris.filter((b) => b.tingkat === 'program');
    for (const b of program.slice(0, BARIS_TERCETAK)) {
      const e = b.labelEfisiensi ? `, ${b.labelEfisiensi}` : '';
      cetak(
        `  - ${b.uraian}: pagu ${formatRupiah(b.pagu ?? 0)}, realisasi ${formatRupiah(b.realisasiAnggaran ?? 0)}, serapan ${persen(b.serapan)}${e}`,
      );
    }
    cetakSisa(program.length, 'program', cetak);
    const sampai = sampaiAnggaran(t);
    cetak(
      `  Jumlah: pagu ${formatRupiah(r.pagu ?? 0)}, realisasi${sampai ? ` ${sampai}` : ''} ${formatRupiah(r.realisasiAnggaran ?? 0)}, serapan ${persen(r.serapan)}, sisa ${formatRupiah(r.sisa ?? 0)}`,
    );
    const kas = ringkasKas(t);
    if (kas) cetak(`  ${kas}`);
    return;
  }
  if (t.jenis === 'ikm') {
    cetak(
      `  NRR ${r.nrr === undefined ? '-' : formatAngka(r.nrr, { desimal: 3 })}, IKM ${r.ikm === undefined ? '-' : formatRingkas(r.ikm)}, mutu ${r.mutu ?? '-'}`,
    );
    return;
  }
  if (t.jenis === 'skala') return;
  let tercetak = 0;
  for (const b of t.baris) {
    if (tercetak >= BARIS_TERCETAK) break;
    tercetak++;
    if (b.tingkat === 'sasaran')
      cetak(
        `  Sasaran: ${b.uraian} -> ${persen(b.capaian)}${b.kategori ? ` (${b.kategori})` : ''}`,
      );
    if (b.tingkat !== 'indikator' && b.tingkat !== 'sub-indikator') continue;
    const awal = b.tingkat === 'sub-indikator' ? '      ' : '    ';
    const nilai =
      b.capaian !== undefined && Number.isFinite(b.capaian)
        ? `${persen(b.capaian)} (${b.kategori})`
        : `tidak dihitung: ${b.rumus ?? b.alasan ?? ''}`;
    const ubah = b.perubahan
      ? `, ${b.perubahan.arah.toLowerCase()} ${formatRingkas(Math.abs(b.perubahan.poin))} poin`
      : '';
    const saran = b.saranNegatif ? ' [nama tampak negatif: periksa polaritas]' : '';
    const periode = b.periode ? ` [${b.periode.sampai}, metode ${b.periode.metode}]` : '';
    cetak(`${awal}${b.uraian}: ${nilai}${periode}${ubah}${saran}`);
  }
  cetakSisa(t.baris.length, 'baris', cetak);
  if (r.capaian !== undefined) cetak(`  Rata-rata capaian: ${persen(r.capaian)} (${r.kategori})`);
}

export function cetakRingkasan(hasil: HasilBuku, berkas: string, cetak: (s: string) => void): void {
  const asal = { pengaturan: 'dipilih pengguna', buku: 'dari buku kerja', bawaan: 'bawaan' }[
    hasil.skalaDari
  ];
  cetak(`Capaian: ${path.basename(berkas)}`);
  cetak(`Skala kategori: ${hasil.skala.nama} (${asal})`);
  cetak(`Tabel ditemukan: ${hasil.tabel.length}`);
  for (const t of hasil.tabel) ringkasTabel(t, cetak);
  const e = hasil.efisiensi;
  if (e.label) {
    cetak(
      `\nEfisiensi keseluruhan: capaian ${persen(e.capaian)} dibanding serapan ${persen(e.serapan)} -> ${e.label} (metode ${e.metode}: ${NAMA_METODE_EFISIENSI[e.metode]})`,
    );
  }
  const hitung = (t: string) => hasil.temuan.filter((x) => x.tingkat === t).length;
  cetak(
    `\nTemuan: ${hitung('error')} kesalahan, ${hitung('warning')} peringatan, ${hitung('info')} catatan`,
  );
  for (const t of hasil.temuan.filter((x) => x.tingkat !== 'info'))
    cetak(
      `  ${t.sheet}!${t.sel} [${t.tingkat === 'error' ? 'kesalahan' : 'peringatan'}] ${t.pesan}`,
    );
}

const NAMA_TINGKAT: Record<Temuan['tingkat'], string> = {
  error: 'kesalahan',
  warning: 'peringatan',
  info: 'catatan',
};

async function bacaDanHitung(
  a: Argumen,
  perintah: string,
): Promise<{ masukan: string; asli: Uint8Array; hasil: HasilBuku; terbaca: BagianTerbaca }> {
  if (!a.masukan)
    throw new GalatPemakaian(`sebutkan berkas masukan: capaian ${perintah} <masukan.xlsx>`);
  const asli = bacaBerkasMasukan(a.masukan);
  // `hitung` writes into the same package: the sheets read are kept for the patch writer.
  const terbaca: BagianTerbaca = new Map();
  const grids = await bacaGrid(asli, pemampatNode, perintah === 'hitung' ? terbaca : undefined);
  const hasil = hitungBuku(grids, a.pengaturan);
  if (hasil.tabel.length === 0) {
    throw new GalatPemakaian(
      'tidak ada tabel yang dikenali (tabel indikator, anggaran, Renstra, atau IKM) di berkas ini',
    );
  }
  return { masukan: a.masukan, asli, hasil, terbaca };
}

/** The --json output, when asked for: to be checked with the other outputs before any is written. */
function keluaranJson(a: Argumen): Keluaran[] {
  return a.json ? [{ jalur: a.json, dinamai: true, pilihan: '--json' }] : [];
}

function tulisJson(
  a: Argumen,
  masukan: string,
  hasil: HasilBuku,
  cetak: (s: string) => void,
): void {
  if (!a.json) return;
  tulisAman(a.json, `${JSON.stringify(laporanJson(hasil, path.basename(masukan)), null, 2)}\n`);
  cetak(`Laporan JSON: ${a.json}`);
}

/** Findings grouped by sheet, in the order of their cells. */
export function cetakTemuan(hasil: HasilBuku, cetak: (s: string) => void): void {
  const perSheet = new Map<string, Temuan[]>();
  for (const t of hasil.temuan) perSheet.set(t.sheet, [...(perSheet.get(t.sheet) ?? []), t]);
  for (const [sheet, daftar] of perSheet) {
    cetak(`\n${sheet}`);
    for (const t of daftar)
      cetak(`  ${t.sel.padEnd(6)} ${NAMA_TINGKAT[t.tingkat].padEnd(10)} ${t.pesan}`);
  }
}

async function periksa(a: Argumen, cetak: (s: string) => void): Promise<number> {
  const { masukan, hasil } = await bacaDanHitung(a, 'periksa');
  periksaKeluaran([masukan], keluaranJson(a));
  const jumlah = (t: string) => hasil.temuan.filter((x) => x.tingkat === t).length;
  cetak(`Periksa: ${path.basename(masukan)}`);
  cetak(`Skala kategori: ${hasil.skala.nama}; ${hasil.tabel.length} tabel diperiksa`);
  cetakTemuan(hasil, cetak);
  cetak(
    `\nRingkasan: ${jumlah('error')} kesalahan, ${jumlah('warning')} peringatan, ${jumlah('info')} catatan`,
  );
  tulisJson(a, masukan, hasil, cetak);
  return jumlah('error') > 0 ? 1 : 0;
}

async function rekap(
  a: Argumen,
  cetak: (s: string) => void,
  galat: (s: string) => void,
): Promise<number> {
  const folder = a.masukan;
  if (!folder) throw new GalatPemakaian('sebutkan foldernya: capaian rekap <folder> -o rekap.xlsx');
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new GalatPemakaian(`folder tidak ditemukan: ${folder}`);
  // The rekap writes its workbook with ExcelJS: loaded for this command only.
  const { adalahRekap, bukuRekap, pindaiFolder, prosesFolder } = await import('./rekap');
  const { berkas, tidakTerbaca } = pindaiFolder(folder);
  if (berkas.length === 0 && tidakTerbaca.length === 0)
    throw new GalatPemakaian(`tidak ada berkas .xlsx atau .xlsm di ${folder}`);
  const keluaran: Keluaran = a.keluaran
    ? { jalur: a.keluaran, dinamai: true, pilihan: '-o' }
    : { jalur: path.join(folder, 'rekap.xlsx'), dinamai: false, pilihan: '-o' };
  // A rekap of an earlier run in the folder is not an office; any other workbook there is an input.
  const idKeluaran = identitas(keluaran.jalur);
  const lamaAdalahRekap = idKeluaran !== undefined && adalahRekap(keluaran.jalur);
  const masukan = berkas.filter((b) => !(lamaAdalahRekap && identitas(b) === idKeluaran));
  periksaKeluaran(masukan, [keluaran]);
  const tty = process.stderr.isTTY;
  const hasil = await prosesFolder(masukan, a.pengaturan, (n, total, nama) => {
    if (tty) process.stderr.write(`\r[${n}/${total}] ${barisAman(nama).slice(0, 50).padEnd(50)}`);
    else galat(`[${n}/${total}] ${nama}`);
  });
  if (tty) process.stderr.write('\n');
  hasil.gagal.push(...tidakTerbaca);
  const buku = bukuRekap(hasil);
  tulisAman(keluaran.jalur, new Uint8Array((await buku.xlsx.writeBuffer()) as ArrayBuffer));
  cetak(`Rekap ${hasil.kantor.length} perangkat daerah ditulis ke ${keluaran.jalur}`);
  for (const g of hasil.gagal) cetak(`  tidak terbaca: ${g.berkas}: ${g.alasan}`);
  return 0;
}

async function bab3(a: Argumen, opsi: OpsiBab3, cetak: (s: string) => void): Promise<number> {
  const { masukan, hasil } = await bacaDanHitung(a, 'bab3');
  return tulisBab3(masukan, hasil, opsi, a.keluaran, cetak);
}

async function hitung(a: Argumen, cetak: (s: string) => void): Promise<number> {
  const { masukan, asli, hasil, terbaca } = await bacaDanHitung(a, 'hitung');
  if (a.keluaran) periksaKeluaran([masukan], [{ jalur: a.keluaran, dinamai: true, pilihan: '-o' }]);
  const { data, disimpanUlang, catatanDipertahankan } = await tulisDenganRencana(
    asli,
    hasil.rencana,
    pemampatNode,
    terbaca,
  );
  const ext = ekstensiKeluaran(masukan, disimpanUlang !== undefined);
  const keluaran = a.keluaran ?? namaKeluaran(masukan, ext);
  if (path.extname(keluaran).toLowerCase() !== ext) {
    throw new GalatPemakaian(
      disimpanUlang
        ? `berkas keluaran harus berakhiran ${ext}: ${pesanDisimpanUlang(disimpanUlang)}, termasuk makro`
        : `berkas keluaran harus berakhiran ${ext} seperti berkas masukan; Excel tidak membuka buku kerja ${path.extname(masukan)} dengan akhiran lain`,
    );
  }
  periksaKeluaran(
    [masukan],
    [{ jalur: keluaran, dinamai: a.keluaran !== undefined, pilihan: '-o' }, ...keluaranJson(a)],
  );
  tulisAman(keluaran, data);
  cetakRingkasan(hasil, masukan, cetak);
  cetak(`\nDitulis: ${keluaran} (${jumlahSelRencana(hasil.rencana)} sel)`);
  if (disimpanUlang)
    cetak(`Catatan: ${pesanDisimpanUlang(disimpanUlang)}; berkas masukan tetap utuh.`);
  const catatan = pesanCatatanDipertahankan(catatanDipertahankan);
  if (catatan) cetak(`Catatan: ${catatan}.`);
  tulisJson(a, masukan, hasil, cetak);
  return 0;
}

/** Run the command line; returns the exit code. */
export async function main(
  argv: string[],
  cetakMentah = (s: string) => console.log(s),
  galatMentah = (s: string) => console.error(s),
): Promise<number> {
  // Every line may carry text from the user's files: escaped before it reaches the terminal.
  const cetak = (s: string) => cetakMentah(barisAman(s));
  const galat = (s: string) => galatMentah(barisAman(s));
  try {
    const { opsi: opsiBab3, sisa } = pisahkanOpsiBab3(argv);
    const a = uraiArgumen(sisa);
    if (a.bantuan || !a.perintah) {
      for (const baris of BANTUAN.split('\n')) cetak(baris);
      return a.bantuan ? 0 : 2;
    }
    if (a.perintah === 'hitung') return await hitung(a, cetak);
    if (a.perintah === 'periksa') return await periksa(a, cetak);
    if (a.perintah === 'rekap') return await rekap(a, cetak, galat);
    if (a.perintah === 'bab3') return await bab3(a, opsiBab3, cetak);
    throw new GalatPemakaian(`perintah tidak dikenal: ${a.perintah} (lihat capaian --bantuan)`);
  } catch (e) {
    if (e instanceof GalatPemakaian || e instanceof GalatBerkas) {
      galat(`capaian: ${e.message}`);
      return 2;
    }
    // A file system error outside the checks above (a folder removed meanwhile, say).
    if ((e as NodeJS.ErrnoException)?.syscall) {
      galat(`capaian: ${pesanGalatBerkas(e)}`);
      return 2;
    }
    throw e;
  }
}
