import { bacaAngka, formatMasukan, formatRingkas, type HasilAngka } from './angka';
import type { CaraPembulatan } from './pembulatan';
import { cariTangga, peringkatPredikat, type KodeTangga } from './predikat';

/**
 * Capaian per indicator (DOMAIN.md section 2).
 */

/** Positif: higher is better. Negatif: lower is better. */
export type Polaritas = 'positif' | 'negatif';

/** Formula for negatif indicators: (2T - R) / T (default) or T / R. */
export type RumusNegatif = '2t-r' | 't/r';

/** A value as a cell gives it, or as {@link bacaAngka} already read it. */
export type NilaiSel = number | string | null | undefined | HasilAngka;

/** Why an indicator has no capaian. */
export type AlasanCapaian =
  | 'target-nol'
  | 'belum-ada-realisasi'
  | 'target-kosong'
  | 'target-tidak-terbaca'
  | 'realisasi-tidak-terbaca'
  | 'target-negatif'
  | 'predikat-tidak-sebanding'
  | 'polaritas-tidak-dikenal'
  | 'hasil-tak-hingga';

/** Messages for {@link AlasanCapaian}, in Bahasa Indonesia. */
export const PESAN_ALASAN_CAPAIAN: Record<AlasanCapaian, string> = {
  'target-nol': 'target nol: capaian tidak dapat dihitung dari rasio',
  'belum-ada-realisasi': 'belum ada realisasi',
  'target-kosong': 'target belum diisi',
  'target-tidak-terbaca': 'target tidak terbaca sebagai angka atau predikat',
  'realisasi-tidak-terbaca': 'realisasi tidak terbaca sebagai angka atau predikat',
  'target-negatif': 'target bernilai negatif: rumus rasio tidak berlaku, isi capaian secara manual',
  'predikat-tidak-sebanding':
    'target dan realisasi tidak sebanding (angka dengan predikat, atau predikat dari tangga berbeda)',
  'polaritas-tidak-dikenal': 'polaritas tidak dikenal: pilih positif atau negatif',
  'hasil-tak-hingga': 'target terlalu kecil dibanding realisasi: hasil baginya tak terhingga',
};

/** Input of {@link hitungCapaian}. */
export interface MasukanCapaian {
  target: NilaiSel;
  realisasi: NilaiSel;
  polaritas?: Polaritas;
  rumusNegatif?: RumusNegatif;
  /** Optional cap (100, 120, 150); null or absent for none. */
  batas?: number | null;
  /** Ladder for letter targets; found from the grades when absent. */
  tangga?: KodeTangga;
  /** How the result is rounded in the formula text (the value stays exact). */
  cara?: CaraPembulatan;
}

/** How the value was obtained. */
export type MetodeCapaian =
  'rasio' | 'negatif-2t-r' | 'negatif-t/r' | 'target-nol' | 'predikat' | 'rentang';

/** Result of {@link hitungCapaian}. */
export interface HasilCapaian {
  /** Capaian in percent at full precision, after the cap when one is set. */
  nilai?: number;
  /** The value before the cap (kept always). */
  nilaiTanpaBatas?: number;
  alasan?: AlasanCapaian;
  metode?: MetodeCapaian;
  /** The computation in words and numbers: "80 / 76 x 100 = 105,26". */
  rumus: string;
}

function baca(v: NilaiSel): HasilAngka {
  return typeof v === 'object' && v !== null && 'jenis' in v ? v : bacaAngka(v);
}

function gagal(alasan: AlasanCapaian): HasilCapaian {
  return { alasan, rumus: PESAN_ALASAN_CAPAIAN[alasan] };
}

/**
 * Capaian of one indicator, following DOMAIN.md section 2 exactly:
 * - positif: R / T x 100, not capped unless `batas` is set;
 * - negatif: (2T - R) / T x 100 floored at 0 (R = 0 gives 200), or T / R x 100;
 * - T = 0: R = 0 gives 100 ("target nol tercapai"); otherwise no capaian;
 * - pending or empty realisasi: no capaian, reason "belum-ada-realisasi";
 * - letter targets: 100 when the achieved grade is at least the target's,
 *   else rank achieved / rank target x 100;
 * - range targets "5,80-6,00": 100 inside, else the nearer bound is the target.
 *
 * Never throws on cell data; a missing value comes with a reason.
 */
export function hitungCapaian(masukan: MasukanCapaian): HasilCapaian {
  const polaritas = masukan.polaritas ?? 'positif';
  // Never silently negatif (or positif) for a polarity the caller got wrong.
  if (polaritas !== 'positif' && polaritas !== 'negatif') return gagal('polaritas-tidak-dikenal');
  const hasil = hitungMenurutPolaritas(masukan, polaritas);
  // A target like 1e-320 divides into infinity: a reason, never a number no cell can hold.
  return hasil.nilai !== undefined && !Number.isFinite(hasil.nilai)
    ? gagal('hasil-tak-hingga')
    : hasil;
}

function hitungMenurutPolaritas(masukan: MasukanCapaian, polaritas: Polaritas): HasilCapaian {
  const target = baca(masukan.target);
  const realisasi = baca(masukan.realisasi);

  if (target.jenis === 'kosong' || target.jenis === 'tertunda') return gagal('target-kosong');
  if (realisasi.jenis === 'kosong' || realisasi.jenis === 'tertunda') {
    return gagal('belum-ada-realisasi');
  }
  if (target.jenis === 'predikat' || (realisasi.jenis === 'predikat' && target.predikat)) {
    return batasi(capaianPredikat(target, realisasi, masukan.tangga), masukan);
  }
  if (target.jenis !== 'angka' && target.jenis !== 'rentang') return gagal('target-tidak-terbaca');
  if (realisasi.jenis === 'predikat') return gagal('predikat-tidak-sebanding');
  if (realisasi.nilai === undefined) return gagal('realisasi-tidak-terbaca');

  const r = realisasi.nilai;
  if (target.jenis === 'rentang' && target.rentang) {
    return batasi(capaianRentang(target.rentang, r, polaritas, masukan), masukan);
  }
  return batasi(capaianAngka(target.nilai as number, r, polaritas, masukan), masukan);
}

function capaianAngka(
  t: number,
  r: number,
  polaritas: Polaritas,
  masukan: MasukanCapaian,
): HasilCapaian {
  const cara = masukan.cara;
  const T = formatMasukan(t);
  const R = formatMasukan(r);
  if (t < 0) return gagal('target-negatif');
  if (t === 0) {
    if (r === 0) {
      return {
        nilai: 100,
        metode: 'target-nol',
        rumus: 'target 0 dan realisasi 0: target nol tercapai = 100',
      };
    }
    const catatan = polaritas === 'negatif' ? '; polaritas negatif' : '';
    return {
      alasan: 'target-nol',
      rumus: `target 0, realisasi ${R}: ${PESAN_ALASAN_CAPAIAN['target-nol']}${catatan}`,
    };
  }
  if (polaritas === 'positif') {
    const nilai = (r * 100) / t;
    return { nilai, metode: 'rasio', rumus: `${R} / ${T} x 100 = ${formatRingkas(nilai, cara)}` };
  }
  if (masukan.rumusNegatif === 't/r') {
    if (r <= 0) {
      return {
        nilai: 200,
        metode: 'negatif-t/r',
        rumus: `realisasi ${R} pada rumus T / R: hasil terbaik, dicatat 200; polaritas negatif`,
      };
    }
    const nilai = (t * 100) / r;
    return {
      nilai,
      metode: 'negatif-t/r',
      rumus: `${T} / ${R} x 100 = ${formatRingkas(nilai, cara)}; polaritas negatif (rumus T / R)`,
    };
  }
  const mentah = ((2 * t - r) * 100) / t;
  const nilai = Math.max(0, mentah);
  const lantai = mentah < 0 ? ` (hasil ${formatRingkas(mentah, cara)} dibatasi bawah 0)` : '';
  return {
    nilai,
    metode: 'negatif-2t-r',
    rumus: `(2 x ${T} - ${R}) / ${T} x 100 = ${formatRingkas(nilai, cara)}${lantai}; polaritas negatif`,
  };
}

function capaianRentang(
  rentang: { bawah: number; atas: number },
  r: number,
  polaritas: Polaritas,
  masukan: MasukanCapaian,
): HasilCapaian {
  const teksRentang = `${formatMasukan(rentang.bawah)}-${formatMasukan(rentang.atas)}`;
  if (r >= rentang.bawah && r <= rentang.atas) {
    return {
      nilai: 100,
      metode: 'rentang',
      rumus: `realisasi ${formatMasukan(r)} di dalam rentang target ${teksRentang} = 100`,
    };
  }
  const terdekat = r < rentang.bawah ? rentang.bawah : rentang.atas;
  const hasil = capaianAngka(terdekat, r, polaritas, masukan);
  return {
    ...hasil,
    metode: hasil.nilai === undefined ? hasil.metode : 'rentang',
    rumus: `di luar rentang target ${teksRentang}, batas terdekat ${formatMasukan(terdekat)} dipakai sebagai target: ${hasil.rumus}`,
  };
}

function capaianPredikat(
  target: HasilAngka,
  realisasi: HasilAngka,
  tanggaPilihan?: KodeTangga,
): HasilCapaian {
  const pt = target.predikat;
  const pr = realisasi.predikat;
  if (!pt) return gagal('target-tidak-terbaca');
  if (!pr)
    return gagal(
      realisasi.jenis === 'angka' ? 'predikat-tidak-sebanding' : 'realisasi-tidak-terbaca',
    );
  const tangga = cariTangga(pt, pr, tanggaPilihan);
  if (!tangga) return gagal('predikat-tidak-sebanding');
  const rt = peringkatPredikat(pt, tangga) as number;
  const rr = peringkatPredikat(pr, tangga) as number;
  if (rr >= rt) {
    return {
      nilai: 100,
      metode: 'predikat',
      rumus: `${pr} (peringkat ${rr}) mencapai target ${pt} (peringkat ${rt}) pada tangga ${tangga.nama} = 100`,
    };
  }
  const nilai = (rr * 100) / rt;
  return {
    nilai,
    metode: 'predikat',
    rumus: `peringkat ${pr} (${rr}) / peringkat ${pt} (${rt}) x 100 = ${formatRingkas(nilai)}; tangga ${tangga.nama}`,
  };
}

function batasi(hasil: HasilCapaian, masukan: MasukanCapaian): HasilCapaian {
  if (hasil.nilai === undefined) return hasil;
  const batas = masukan.batas;
  const keluar: HasilCapaian = { ...hasil, nilaiTanpaBatas: hasil.nilai };
  if (batas !== undefined && batas !== null && hasil.nilai > batas) {
    keluar.nilai = batas;
    keluar.rumus = `${hasil.rumus}; dibatasi maksimal ${formatMasukan(batas)}`;
  }
  return keluar;
}
