import { hitungSerapan } from '../domain/agregasi';
import type { CaraPembulatan } from '../domain/pembulatan';
import type { BarisTabel, SelTabel, Tabel } from '../sheet/model';
import { teksPeriode, type Periode } from '../sheet/periode';
import type { HasilBaris } from './hasil';

/**
 * Budget tables with realisasi per quarter or month (Realisasi TW I | TW II |
 * TW III | TW IV, or "s.d. TW I" ... "s.d. TW IV"): the realisasi up to the
 * latest filled period is the sum of the periods' amounts, or, for "s.d."
 * columns, the latest one. Each period's realisasi is set against the pagu,
 * and, where the table has the anggaran kas per period, the realisasi up to a
 * period against the cash plan up to it.
 */

export interface AnggaranPeriode {
  /** The cells the realisasi up to the latest period comes from (summed). */
  sel: SelTabel[];
  nilai: number;
  sampai: string;
  ke: number;
}

type Peran = 'realisasiAnggaran' | 'anggaranKas';

function periodeKolom(tabel: Tabel, s: SelTabel): Periode | undefined {
  return tabel.kolom.find((k) => k.kolom === s.kolom)?.periode;
}

/** The filled periods of a role in a row, in order. */
function terisi(b: BarisTabel, peran: Peran): [number, SelTabel][] {
  return Object.entries(b.perPeriode ?? {})
    .map(([n, per]) => [Number(n), per[peran]] as [number, SelTabel | undefined])
    .filter((x): x is [number, SelTabel] => x[1]?.angka.nilai !== undefined)
    .sort((a, c) => a[0] - c[0]);
}

/** A role's figure up to period `sampaiKe` (all filled periods when not given). */
export function sampaiPeriode(
  b: BarisTabel,
  tabel: Tabel,
  peran: Peran,
  sampaiKe = Infinity,
): AnggaranPeriode | undefined {
  if (!b.perPeriode) return undefined;
  const isi = terisi(b, peran).filter(([n]) => n <= sampaiKe);
  if (isi.length === 0) return undefined;
  const [ke, akhir] = isi[isi.length - 1];
  const p = periodeKolom(tabel, akhir);
  if (!p) return undefined;
  const nilai = p.sampai
    ? (akhir.angka.nilai as number)
    : isi.reduce((a, [, s]) => a + (s.angka.nilai as number), 0);
  // A formula of the whole year sums every period's cell, empty ones too: filling TW III updates it.
  const semua = Object.entries(b.perPeriode ?? {})
    .sort((a, c) => Number(a[0]) - Number(c[0]))
    .flatMap(([, per]) => (per[peran] ? [per[peran]!] : []));
  const sel = p.sampai ? [akhir] : sampaiKe === Infinity ? semua : isi.map(([, s]) => s);
  return { sel, nilai, ke, sampai: teksPeriode({ jenis: p.jenis, ke, sampai: true }) };
}

/** Each period's realisasi against the pagu, and up to it against the cash plan when there is one. */
export function rincianPeriode(
  b: BarisTabel,
  tabel: Tabel,
  h: HasilBaris,
  cara: CaraPembulatan,
): HasilBaris['anggaranPeriode'] {
  if (!b.perPeriode) return undefined;
  const isi = terisi(b, 'realisasiAnggaran');
  if (isi.length === 0) return undefined;
  const per: NonNullable<HasilBaris['anggaranPeriode']>['per'] = {};
  for (const [n, s] of isi) {
    const p = periodeKolom(tabel, s)!;
    const kumulatif = sampaiPeriode(b, tabel, 'realisasiAnggaran', n)!.nilai;
    const x: (typeof per)[string] = { realisasiKumulatif: kumulatif };
    if (!p.sampai) x.realisasi = s.angka.nilai as number;
    const serapan = hitungSerapan(kumulatif, h.pagu, cara).nilai;
    if (serapan !== undefined) x.serapanKumulatif = serapan;
    const kas = sampaiPeriode(b, tabel, 'anggaranKas', n);
    if (kas && kas.ke === n && kas.nilai > 0) {
      x.anggaranKas = kas.nilai;
      const sk = hitungSerapan(kumulatif, kas.nilai, cara).nilai;
      if (sk !== undefined) x.serapanKas = sk;
    }
    per[teksPeriode({ jenis: p.jenis, ke: n, sampai: false })] = x;
  }
  const akhir = sampaiPeriode(b, tabel, 'realisasiAnggaran')!;
  return { sampai: akhir.sampai, ke: akhir.ke, per };
}
