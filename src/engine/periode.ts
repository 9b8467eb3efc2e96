import { alamat } from '../sheet/grid';
import type { BarisTabel, SelTabel, Tabel } from '../sheet/model';
import { teksPeriode, type Periode } from '../sheet/periode';
import type { Temuan } from './hasil';

/**
 * Quarterly (or monthly) figures of an indicator combined into the figure up
 * to the latest reported period. Reports and the systems offices use disagree
 * on how quarters add up, so the rule is named and shown:
 * - `kumulatif`: the sum of the realisasi over the sum of the targets of the
 *   same filled periods (counts: documents, people, activities);
 * - `nilai-akhir`: the last filled period (percentages, indices, scores,
 *   predikat; and every "s.d." column, which is cumulative already);
 * - `rata-rata`: the mean of the filled periods.
 * Empty periods are left out; an empty period between filled ones is reported.
 */
export type MetodePeriode = 'kumulatif' | 'nilai-akhir' | 'rata-rata';

export interface HasilPeriode {
  metode: MetodePeriode;
  /** Why that method: set by the user, the sheet's "s.d." columns, cumulative targets, the unit. */
  metodeDari: 'pengaturan' | 'lembar' | 'target' | 'satuan';
  /** "s.d. TW II": the latest period with a realisasi. */
  sampai: string;
  ke: number;
  target?: number;
  realisasi?: number;
  /** The target compared with: the periods' own, or the year's. */
  targetDari: 'periode' | 'tahunan';
  /** The year's target: its own column, or every period's target combined by the method. */
  targetTahunan?: number;
  /** Cells the combined target and realisasi come from (for a formula). */
  selTarget: SelTabel[];
  selRealisasi: SelTabel[];
  per: Record<string, { target?: number; realisasi?: number }>;
}

export interface SetelanPeriode {
  /** Per indicator (by name key), per sheet, for the whole workbook. */
  indikator: Record<string, MetodePeriode>;
  lembar: Record<string, MetodePeriode>;
  semua?: MetodePeriode;
}

const SATUAN_NILAI_AKHIR =
  /persen|%|indeks|index|nilai|predikat|rasio|skor|angka|opini|peringkat|level/i;

/** The periods of a row that have a column, in order. */
function daftarPeriode(b: BarisTabel): number[] {
  return Object.keys(b.perPeriode ?? {})
    .map(Number)
    .sort((a, c) => a - c);
}

function pilihMetode(
  b: BarisTabel,
  tabel: Tabel,
  setelan: SetelanPeriode,
  kunci: string,
  kumulatifTertulis: boolean,
): Pick<HasilPeriode, 'metode' | 'metodeDari'> {
  const atur = setelan.indikator[kunci] ?? setelan.lembar[tabel.sheet] ?? setelan.semua;
  if (atur) return { metode: atur, metodeDari: 'pengaturan' };
  if (kumulatifTertulis) return { metode: 'nilai-akhir', metodeDari: 'lembar' };
  // Targets that climb to the year's target (25 / 50 / 75 / 100) are already cumulative.
  const t = daftarPeriode(b).map((n) => b.perPeriode?.[n]?.target?.angka.nilai);
  const tahunan = b.sel.target?.angka.nilai;
  if (
    t.length > 1 &&
    t.every((x): x is number => x !== undefined) &&
    t.every((x, i) => i === 0 || x >= t[i - 1]) &&
    tahunan !== undefined &&
    t[t.length - 1] === tahunan &&
    t[0] < tahunan
  )
    return { metode: 'nilai-akhir', metodeDari: 'target' };
  return {
    metode: SATUAN_NILAI_AKHIR.test(b.satuan ?? '') ? 'nilai-akhir' : 'kumulatif',
    metodeDari: 'satuan',
  };
}

function gabung(nilai: number[], metode: MetodePeriode): number | undefined {
  if (nilai.length === 0) return undefined;
  if (metode === 'nilai-akhir') return nilai[nilai.length - 1];
  const jumlah = nilai.reduce((a, x) => a + x, 0);
  return metode === 'kumulatif' ? jumlah : jumlah / nilai.length;
}

/**
 * The row's figures up to its latest reported period, or undefined when it has
 * no period with a realisasi. Findings: an empty period between filled ones;
 * quarterly targets that do not add up to the year's under `kumulatif`.
 */
export function hitungPeriode(
  b: BarisTabel,
  tabel: Tabel,
  setelan: SetelanPeriode,
  kunci: string,
  temuan: Temuan[],
): HasilPeriode | undefined {
  const per = b.perPeriode;
  if (!per) return undefined;
  const nomor = daftarPeriode(b);
  const terisi = nomor.filter((n) => per[n]?.realisasi?.angka.nilai !== undefined);
  if (terisi.length === 0) return undefined;
  const kolom = (n: number, peran: 'target' | 'realisasi') =>
    tabel.kolom.find((k) => k.kolom === per[n]?.[peran]?.kolom)?.periode;
  const contoh: Periode | undefined = kolom(terisi[0], 'realisasi');
  const kumulatifTertulis = terisi.some((n) => kolom(n, 'realisasi')?.sampai);
  const { metode, metodeDari } = pilihMetode(b, tabel, setelan, kunci, kumulatifTertulis);
  const ke = terisi[terisi.length - 1];
  const selRealisasi = terisi.map((n) => per[n].realisasi as SelTabel);
  const adaTargetPeriode = terisi.every((n) => per[n]?.target?.angka.nilai !== undefined);
  const selTarget = adaTargetPeriode
    ? terisi.map((n) => per[n].target as SelTabel)
    : b.sel.target
      ? [b.sel.target]
      : [];
  const realisasi = gabung(
    selRealisasi.map((s) => s.angka.nilai as number),
    metode,
  );
  const target = adaTargetPeriode
    ? gabung(
        selTarget.map((s) => s.angka.nilai as number),
        metode,
      )
    : b.sel.target?.angka.nilai;
  const hasil: HasilPeriode = {
    metode,
    metodeDari,
    sampai: teksPeriode({ jenis: contoh?.jenis ?? 'triwulan', ke, sampai: true }),
    ke,
    targetDari: adaTargetPeriode ? 'periode' : 'tahunan',
    selTarget,
    selRealisasi,
    per: {},
  };
  if (target !== undefined) hasil.target = target;
  if (realisasi !== undefined) hasil.realisasi = realisasi;
  const setahun = targetSetahun(b, contoh?.jenis ?? 'triwulan', metode);
  if (setahun !== undefined) hasil.targetTahunan = setahun;
  for (const n of nomor) {
    const isi: { target?: number; realisasi?: number } = {};
    const t = per[n]?.target?.angka.nilai;
    const r = per[n]?.realisasi?.angka.nilai;
    if (t !== undefined) isi.target = t;
    if (r !== undefined) isi.realisasi = r;
    hasil.per[teksPeriode({ jenis: contoh?.jenis ?? 'triwulan', ke: n, sampai: false })] = isi;
  }
  laporKosong(b, tabel, nomor, terisi, temuan);
  laporTargetTahunan(b, tabel, nomor, metode, temuan);
  return hasil;
}

const PERIODE_SETAHUN: Record<Periode['jenis'], number> = { triwulan: 4, semester: 2, bulan: 12 };

/** The year's target: stated in its own column, or every period's target there is, combined. */
function targetSetahun(
  b: BarisTabel,
  jenis: Periode['jenis'],
  metode: MetodePeriode,
): number | undefined {
  const tahunan = b.sel.target?.angka.nilai;
  if (tahunan !== undefined) return tahunan;
  const t: number[] = [];
  for (let n = 1; n <= PERIODE_SETAHUN[jenis]; n++) {
    const v = b.perPeriode?.[n]?.target?.angka.nilai;
    if (v === undefined) return undefined;
    t.push(v);
  }
  return gabung(t, metode);
}

/** A period's realisasi missing between filled ones. */
function laporKosong(
  b: BarisTabel,
  tabel: Tabel,
  nomor: number[],
  terisi: number[],
  temuan: Temuan[],
): void {
  const akhir = terisi[terisi.length - 1];
  for (const n of nomor) {
    const sel = b.perPeriode?.[n]?.realisasi;
    if (n >= akhir || terisi.includes(n) || !sel) continue;
    temuan.push({
      sheet: tabel.sheet,
      sel: alamat(sel.baris, sel.kolom),
      kode: 'periode-kosong',
      tingkat: 'warning',
      pesan: `realisasi periode ke-${n} "${b.uraian}" kosong, padahal periode sesudahnya terisi: isi realisasinya (atau 0 bila memang tidak ada)`,
    });
  }
}

/** Under `kumulatif`, the four quarters' targets add up to the year's. */
function laporTargetTahunan(
  b: BarisTabel,
  tabel: Tabel,
  nomor: number[],
  metode: MetodePeriode,
  temuan: Temuan[],
): void {
  const tahunan = b.sel.target;
  const t = nomor.map((n) => b.perPeriode?.[n]?.target?.angka.nilai);
  if (metode !== 'kumulatif' || !tahunan || tahunan.angka.nilai === undefined || t.length < 2)
    return;
  if (t.some((x) => x === undefined)) return;
  const jumlah = (t as number[]).reduce((a, x) => a + x, 0);
  if (Math.abs(jumlah - tahunan.angka.nilai) < 1e-6 * Math.max(1, Math.abs(jumlah))) return;
  temuan.push({
    sheet: tabel.sheet,
    sel: alamat(tahunan.baris, tahunan.kolom),
    kode: 'target-periode-berbeda',
    tingkat: 'warning',
    tertulis: tahunan.angka.nilai,
    seharusnya: jumlah,
    pesan: `target tahunan "${b.uraian}" ${tahunan.angka.nilai}, sedangkan jumlah target per periode ${jumlah} (metode kumulatif): samakan, atau pilih metode nilai akhir bila target periode sudah kumulatif`,
  });
}
