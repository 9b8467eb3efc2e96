import { hitungSerapan, terbesar } from '../domain/agregasi';
import { formatMasukan, formatRingkas } from '../domain/angka';
import { alamat } from '../sheet/grid';
import type { BarisTabel, SelTabel, Tabel } from '../sheet/model';
import { teksPeriode } from '../sheet/periode';
import type { HasilBaris, RingkasanTabel } from './hasil';
import { type Konteks, angka, bisaDirumus, FORMAT_PERSEN, kolomBaru } from './hitung-bersama';
import { rumusSerapan } from './rumus-excel';
import { AWALAN_CATATAN } from './rencana';
import { sampaiPeriode } from './anggaran-periode';
import type { KolomKeluaran } from './tata-letak';

/**
 * Realisasi against the anggaran kas (AKAS, RAK): the cash plan up to the
 * reporting month or quarter, which says more mid-year than the pagu does.
 * Computed on the rows that state their own anggaran kas; a stated "% AKAS"
 * is checked only once the column's reading is certain, because offices use
 * it for two things: realisasi over the cash plan, or the cash plan over the
 * pagu (each as a percentage or a fraction).
 */

type Bacaan = (x: { r: number; kas: number; pagu?: number }) => number | undefined;

const BACAAN: { nama: string; nilai: Bacaan; skala: number }[] = [
  { nama: 'realisasi / anggaran kas x 100', nilai: (x) => (x.r / x.kas) * 100, skala: 1 },
  { nama: 'realisasi / anggaran kas', nilai: (x) => x.r / x.kas, skala: 100 },
  {
    nama: 'anggaran kas / pagu x 100',
    nilai: (x) => (x.pagu ? (x.kas / x.pagu) * 100 : undefined),
    skala: 1,
  },
  { nama: 'anggaran kas / pagu', nilai: (x) => (x.pagu ? x.kas / x.pagu : undefined), skala: 100 },
];

const cocok = (a: number, b: number) =>
  Math.abs(a - b) <= 0.006 * Math.max(1, Math.abs(b)) || Math.abs(a - b) < 0.01;

interface BarisKas {
  i: number;
  /** The cells of the cash plan: its column, or its periods' up to the latest realisasi. */
  kas: SelTabel[];
  nilaiKas: number;
  r: number;
  pagu?: number;
}

/** A row's cash plan: its own column, or its periods' up to the period its realisasi reaches. */
function kasBaris(b: BarisTabel, tabel: Tabel): { sel: SelTabel[]; nilai: number } | undefined {
  const kas = b.sel.anggaranKas;
  if (kas)
    return kas.angka.nilai === undefined ? undefined : { sel: [kas], nilai: kas.angka.nilai };
  const sampai = sampaiPeriode(b, tabel, 'realisasiAnggaran')?.ke;
  return sampaiPeriode(b, tabel, 'anggaranKas', sampai);
}

/** The one reading of the stated column that all rows but one in four agree with (two rows at least). */
function bacaanKolom(daftar: BarisKas[], tabel: Tabel) {
  const ada = daftar.filter((x) => tabel.baris[x.i].sel.serapanKas?.angka.nilai !== undefined);
  let terbaik: { b: (typeof BACAAN)[number]; n: number } | undefined;
  for (const b of BACAAN) {
    const n = ada.filter((x) => {
      const v = b.nilai({ r: x.r, kas: x.nilaiKas, pagu: x.pagu });
      return v !== undefined && cocok(tabel.baris[x.i].sel.serapanKas!.angka.nilai!, v);
    }).length;
    if (!terbaik || n > terbaik.n) terbaik = { b, n };
  }
  const meleset = Math.max(1, Math.floor(ada.length / 4));
  return terbaik && terbaik.n >= 2 && terbaik.n >= ada.length - meleset ? terbaik.b : undefined;
}

export function hitungAnggaranKas(
  tabel: Tabel,
  baris: HasilBaris[],
  k: Konteks,
  acuanRealisasi: (i: number) => string | undefined,
): { kolom?: KolomKeluaran; ringkasan: Partial<RingkasanTabel> } {
  const daftar: BarisKas[] = [];
  tabel.baris.forEach((b, i) => {
    const kas = kasBaris(b, tabel);
    const nilai = kas?.nilai;
    if (!kas || nilai === undefined || nilai <= 0 || b.tingkat === 'total') return;
    // A cash plan is part of the pagu: one above it is not read right (a figure of another row or column).
    const pagu = baris[i].pagu;
    if (pagu !== undefined && nilai > pagu * 1.0001) return;
    const r = baris[i].realisasiAnggaran ?? 0;
    baris[i].anggaranKas = nilai;
    const s = hitungSerapan(r, nilai, k.pengaturan.pembulatan).nilai;
    if (s !== undefined) baris[i].serapanKas = s;
    daftar.push({ i, kas: kas.sel, nilaiKas: nilai, r, pagu: baris[i].pagu });
  });
  if (daftar.length === 0) return { ringkasan: {} };
  // The level most plans are stated at (SIPD: sub kegiatan): checks and totals stay on it.
  const tingkat = tingkatUtama(tabel, daftar);
  const utama = daftar.filter((x) => tabel.baris[x.i].tingkat === tingkat);
  periksaTertulis(tabel, utama, baris, k);
  const dinyatakan = tabel.kolom.some((c) => c.peran === 'serapanKas' && !c.milik);
  return {
    ...(dinyatakan ? {} : { kolom: kolomKas(daftar, baris, k, acuanRealisasi) }),
    ringkasan: ringkasKas(tabel, utama),
  };
}

function periksaTertulis(tabel: Tabel, daftar: BarisKas[], baris: HasilBaris[], k: Konteks) {
  const bacaan = bacaanKolom(daftar, tabel);
  if (!bacaan) return;
  for (const x of daftar) {
    const s = tabel.baris[x.i].sel.serapanKas;
    const tertulis = s?.angka.nilai;
    const v = bacaan.nilai({ r: x.r, kas: x.nilaiKas, pagu: x.pagu });
    if (!s || tertulis === undefined || v === undefined || cocok(tertulis, v)) continue;
    // Computed from the row's own stated realisasi: that figure is the mistake, reported where it stands.
    const rTertulis = angka(tabel.baris[x.i].sel.realisasiAnggaran);
    const dariTertulis =
      rTertulis !== undefined && bacaan.nilai({ r: rTertulis, kas: x.nilaiKas, pagu: x.pagu });
    if (dariTertulis !== undefined && dariTertulis !== false && cocok(tertulis, dariTertulis))
      continue;
    // Another reading that gives the stated number is not a mistake.
    const lain = BACAAN.some((b) => {
      const y = b.nilai({ r: x.r, kas: x.nilaiKas, pagu: x.pagu });
      return y !== undefined && cocok(tertulis, y);
    });
    if (lain) continue;
    const selisih = Math.abs(tertulis - v) * bacaan.skala;
    baris[x.i].tertulis = { ...baris[x.i].tertulis, serapanKas: tertulis * bacaan.skala };
    k.temuan.push({
      sheet: tabel.sheet,
      sel: alamat(s.baris, s.kolom),
      kode: 'kas-berbeda',
      tingkat: selisih < 0.1 ? 'warning' : 'error',
      tertulis,
      seharusnya: v,
      pesan: `persentase anggaran kas tertulis ${formatMasukan(tertulis)}, seharusnya ${formatRingkas(v)} (${bacaan.nama}, seperti baris lain di kolom ini)`,
    });
  }
}

function kolomKas(
  daftar: BarisKas[],
  baris: HasilBaris[],
  k: Konteks,
  acuanRealisasi: (i: number) => string | undefined,
): KolomKeluaran {
  const kolom = kolomBaru('serapanKas', undefined, FORMAT_PERSEN);
  for (const x of daftar) {
    const h = baris[x.i];
    const R = acuanRealisasi(x.i);
    // A plan summed over quarters stops at the realisasi's latest one: a value, said so.
    const satu = x.kas.length === 1 ? x.kas[0] : undefined;
    const rumusan = k.pengaturan.mode === 'rumus';
    const rumus =
      rumusan && R && satu && bisaDirumus(satu)
        ? rumusSerapan(alamat(satu.baris, satu.kolom), R, k.pengaturan.pembulatan)
        : undefined;
    kolom.sel.set(h.baris, {
      nilai: h.serapanKas ?? '',
      ...(rumus ? { rumus } : {}),
      ...(rumusan && !rumus ? { catatan: `${AWALAN_CATATAN}: ${alasanNilai(satu)}.` } : {}),
      format: FORMAT_PERSEN,
    });
  }
  return kolom;
}

function alasanNilai(satu: SelTabel | undefined): string {
  return satu
    ? 'anggaran kas atau realisasi tertulis sebagai teks, maka ditulis sebagai nilai'
    : 'anggaran kas dijumlahkan dari kolom per periode sampai periode realisasi terakhir, maka ditulis sebagai nilai';
}

function periodeKe(tabel: Tabel, s: SelTabel): number | undefined {
  return tabel.kolom.find((k) => k.kolom === s.kolom)?.periode?.ke;
}

function tingkatUtama(tabel: Tabel, daftar: BarisKas[]): string {
  const n = new Map<string, number>();
  for (const x of daftar) {
    const t = tabel.baris[x.i].tingkat;
    n.set(t, (n.get(t) ?? 0) + 1);
  }
  return [...n].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** The table's realisasi against its cash plan: rows with a plan of their own, none counted twice. */
function ringkasKas(tabel: Tabel, daftar: BarisKas[]): Partial<RingkasanTabel> {
  const punya = new Set(daftar.map((x) => x.i));
  const diLuar = (i: number) => {
    for (let j = tabel.baris[i].induk; j !== undefined; j = tabel.baris[j].induk)
      if (punya.has(j)) return false;
    return true;
  };
  const atas = daftar.filter((x) => diLuar(x.i));
  const kas = atas.reduce((a, x) => a + x.nilaiKas, 0);
  const r = atas.reduce((a, x) => a + x.r, 0);
  const hasil: Partial<RingkasanTabel> = { anggaranKas: kas, realisasiKas: r };
  const s = hitungSerapan(r, kas).nilai;
  if (s !== undefined) hasil.serapanKas = s;
  const periode = tabel.kolom.find((c) => c.peran === 'anggaranKas')?.periode;
  const ke = terbesar(atas.flatMap((x) => x.kas.map((s) => periodeKe(tabel, s) ?? 0)));
  if (periode)
    hasil.sampaiKas = teksPeriode({ ...periode, ke: ke > 0 ? ke : periode.ke, sampai: true });
  return hasil;
}
