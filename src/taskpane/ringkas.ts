/**
 * The words the pane shows for what the engine found: table kinds, row
 * levels, periods and their methods, confidence, programs. Pure, so each
 * wording is pinned by a test without a browser.
 */
import { formatRingkas, formatRupiah } from '../domain/angka';
import type { HasilBaris, HasilTabel, RingkasanProgram, Temuan } from '../engine/hasil';
import type { MetodePeriode } from '../engine/periode';
import type { JenisTabel, Tingkat } from '../sheet/model';

export const NAMA_JENIS: Record<JenisTabel, string> = {
  indikator: 'Indikator',
  'multi-tahun': 'Multi-tahun',
  renstra: 'Renstra',
  anggaran: 'Anggaran',
  'sasaran-program': 'Sasaran-program',
  efisiensi: 'Efisiensi',
  ikm: 'IKM',
  skala: 'Skala',
  renja: 'Formulir evaluasi Renja',
};

/** Row levels, in the order of the hierarchy (the order counts are listed in). */
export const NAMA_TINGKAT: Record<Tingkat, string> = {
  urusan: 'urusan',
  organisasi: 'organisasi',
  sasaran: 'sasaran',
  indikator: 'indikator',
  'sub-indikator': 'sub indikator',
  program: 'program',
  kegiatan: 'kegiatan',
  'sub-kegiatan': 'sub kegiatan',
  rekening: 'rekening',
  unsur: 'unsur',
  kelas: 'kelas skala',
  total: 'jumlah',
};

const URUTAN_TINGKAT = Object.keys(NAMA_TINGKAT) as Tingkat[];

export function persen(n: number | undefined): string {
  return n === undefined ? '–' : `${formatRingkas(n)}%`;
}

/** "160 baris: 3 program, 30 kegiatan, 2.400 rekening", levels in the order of the hierarchy. */
export function jumlahBaris(t: HasilTabel): string {
  const n = new Map<Tingkat, number>();
  for (const b of t.baris) n.set(b.tingkat, (n.get(b.tingkat) ?? 0) + 1);
  const rincian = URUTAN_TINGKAT.filter((k) => n.has(k)).map(
    (k) => `${formatRingkas(n.get(k) ?? 0)} ${NAMA_TINGKAT[k]}`,
  );
  const semua = `${formatRingkas(t.baris.length)} baris`;
  return rincian.length > 1 ? `${semua}: ${rincian.join(', ')}` : semua;
}

/** A table's mean capaian and how many indicators fall in each kategori, as the CLI prints them. */
export function ringkasanCapaian(t: HasilTabel): string | undefined {
  const r = t.ringkasan;
  if (r.capaian === undefined) return undefined;
  const jumlah = Object.entries(r.jumlahPerKategori ?? {})
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `Rata-rata capaian ${persen(r.capaian)}${r.kategori ? ` (${r.kategori})` : ''}${jumlah ? `; ${jumlah}` : ''}`;
}

export const NAMA_METODE: Record<MetodePeriode, string> = {
  kumulatif: 'kumulatif',
  'nilai-akhir': 'nilai akhir',
  'rata-rata': 'rata-rata',
};

/** What each method does, in a sentence for the settings and the results. */
export const ARTI_METODE: Record<MetodePeriode, string> = {
  kumulatif: 'jumlah realisasi dibagi jumlah target periode yang terisi',
  'nilai-akhir': 'angka periode terakhir yang terisi',
  'rata-rata': 'rata-rata periode yang terisi',
};

type AsalMetode = NonNullable<HasilBaris['periode']>['metodeDari'];
export const ASAL_METODE: Record<AsalMetode, string> = {
  pengaturan: 'dipilih di Pengaturan',
  lembar: 'kolom "s.d." sudah kumulatif',
  target: 'target per periode sudah kumulatif',
  satuan: 'menurut satuan',
};

/** The rows of a table that carry quarterly (or monthly) figures. */
export function barisPeriode(t: HasilTabel): HasilBaris[] {
  return t.baris.filter((b) => b.periode);
}

/**
 * The period a table reached and the methods its indicators were combined
 * by: "Periode s.d. TW III (2 indikator baru s.d. TW II); metode kumulatif
 * (3 indikator), nilai akhir (1 indikator)". Undefined without periods.
 */
export function ringkasanPeriode(t: HasilTabel): string | undefined {
  const baris = barisPeriode(t);
  if (baris.length === 0) return undefined;
  const jauh = baris.reduce((a, b) => ((b.periode?.ke ?? 0) > (a.periode?.ke ?? 0) ? b : a));
  const ke = jauh.periode?.ke ?? 0;
  const tertinggal = baris.filter((b) => (b.periode?.ke ?? 0) < ke);
  const dekat = tertinggal.reduce<HasilBaris | undefined>(
    (a, b) => (!a || (b.periode?.ke ?? 0) < (a.periode?.ke ?? 0) ? b : a),
    undefined,
  );
  const sama = tertinggal.every((b) => b.periode?.ke === dekat?.periode?.ke);
  const lambat = !dekat
    ? ''
    : sama
      ? ` (${tertinggal.length} indikator baru terisi ${dekat.periode?.sampai})`
      : ` (${tertinggal.length} indikator terisi lebih pendek, paling pendek ${dekat.periode?.sampai})`;
  const metode = new Map<MetodePeriode, number>();
  for (const b of baris)
    if (b.periode) metode.set(b.periode.metode, (metode.get(b.periode.metode) ?? 0) + 1);
  const daftar = [...metode].map(([m, n]) => `${NAMA_METODE[m]} (${n} indikator)`).join(', ');
  return `Periode ${jauh.periode?.sampai}${lambat}; metode ${daftar}`;
}

/** How one indicator's periods were combined: "s.d. TW II, metode kumulatif (menurut satuan): ...". */
export function teksPeriodeBaris(p: NonNullable<HasilBaris['periode']>): string {
  const target =
    p.targetDari === 'tahunan'
      ? 'dibandingkan dengan target tahunan'
      : 'dibandingkan dengan target periode yang sama';
  return `${p.sampai}, metode ${NAMA_METODE[p.metode]} (${ASAL_METODE[p.metodeDari]}): ${ARTI_METODE[p.metode]}, ${target}.`;
}

/** A program of a budget table in one line. */
export function teksProgram(p: RingkasanProgram): string {
  const bagian: string[] = [];
  if (p.pagu !== undefined) bagian.push(`pagu ${formatRupiah(p.pagu)}`);
  if (p.realisasiAnggaran !== undefined)
    bagian.push(`realisasi ${formatRupiah(p.realisasiAnggaran)}`);
  if (p.serapan !== undefined) bagian.push(`serapan ${persen(p.serapan)}`);
  if (p.sisa !== undefined) bagian.push(`sisa ${formatRupiah(p.sisa)}`);
  if (p.labelEfisiensi)
    bagian.push(
      `efisiensi ${p.labelEfisiensi}${p.capaian !== undefined ? ` (capaian ${persen(p.capaian)})` : ''}`,
    );
  const jumlah = [
    p.jumlahKegiatan ? `${p.jumlahKegiatan} kegiatan` : '',
    p.jumlahSubKegiatan ? `${p.jumlahSubKegiatan} sub kegiatan` : '',
  ].filter(Boolean);
  if (jumlah.length) bagian.push(jumlah.join(', '));
  return bagian.join('; ');
}

const TINGKAT_KINERJA: Tingkat[] = ['sasaran', 'indikator', 'sub-indikator', 'program'];
const TINGKAT_RENJA: Tingkat[] = ['program', 'kegiatan', 'sub-kegiatan'];
const TINGKAT_ANGGARAN: Tingkat[] = ['program', 'kegiatan'];

/**
 * The rows the results view lists, and how many of each level it leaves
 * out. Budget tables list programs and kegiatan (sub kegiatan when they are
 * all there is): the rekening rows of an SIPD export run to thousands and
 * stay in the sheet. Renja forms list program, kegiatan and sub kegiatan.
 */
export function barisTampil(t: HasilTabel): {
  tampil: HasilBaris[];
  tanpa: { tingkat: Tingkat; jumlah: number }[];
} {
  let boleh: (b: HasilBaris) => boolean;
  if (t.jenis === 'anggaran') {
    const atas = t.baris.some((b) => TINGKAT_ANGGARAN.includes(b.tingkat));
    boleh = atas
      ? (b) => TINGKAT_ANGGARAN.includes(b.tingkat)
      : (b) => b.tingkat === 'sub-kegiatan';
  } else if (t.jenis === 'renja') boleh = (b) => TINGKAT_RENJA.includes(b.tingkat);
  else
    boleh = (b) =>
      TINGKAT_KINERJA.includes(b.tingkat) || (b.tingkat === 'total' && b.capaian !== undefined);
  const tampil = t.baris.filter(boleh);
  const n = new Map<Tingkat, number>();
  for (const b of t.baris)
    if (!boleh(b) && b.tingkat !== 'total') n.set(b.tingkat, (n.get(b.tingkat) ?? 0) + 1);
  const tanpa = URUTAN_TINGKAT.filter((k) => n.has(k)).map((k) => ({
    tingkat: k,
    jumlah: n.get(k) ?? 0,
  }));
  return { tampil, tanpa };
}

/** Labels of the finding kinds the pane explains apart. */
export const LABEL_KODE: Record<string, string> = {
  'bacaan-tebakan': 'bacaan ditebak',
  'periode-kosong': 'periode kosong',
  'target-periode-berbeda': 'target per periode',
};

/** Findings telling that a table was read partly by guess. */
export function temuanTebakan(temuan: Temuan[]): Temuan[] {
  return temuan.filter((t) => t.kode === 'bacaan-tebakan');
}
