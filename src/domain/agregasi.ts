import { formatMasukan, formatRingkas } from './angka';
import { SKALA_BAKU, tentukanKelas, type Skala } from './kategori';
import type { CaraPembulatan } from './pembulatan';
import type { Polaritas } from './capaian';

/**
 * Aggregation (DOMAIN.md section 4): means of capaian, budget roll-ups as
 * sums, pagu-weighted physical progress, serapan and sisa.
 */

/** Result of a mean. */
export interface HasilRataRata {
  nilai?: number;
  /** How many values went into the mean. */
  jumlahDipakai: number;
  /** Positions (0-based) of the values left out because they are missing. */
  dikecualikan: number[];
  rumus: string;
}

type Nilai = number | null | undefined;

function dipakai(nilai: readonly Nilai[]): { angka: number[]; dikecualikan: number[] } {
  const angka: number[] = [];
  const dikecualikan: number[] = [];
  nilai.forEach((n, i) => {
    if (typeof n === 'number' && Number.isFinite(n)) angka.push(n);
    else dikecualikan.push(i);
  });
  return { angka, dikecualikan };
}

/**
 * The largest of the values, `bawah` when there are none. A loop, not
 * Math.max(...nilai): spreading a 200 000-row column into one call
 * overflows the stack.
 */
export function terbesar(nilai: Iterable<number>, bawah = -Infinity): number {
  let m = bawah;
  for (const n of nilai) if (n > m) m = n;
  return m;
}

const angkaHingga = (n: Nilai): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Sum at full precision. Amounts in whole cents are added as integers, so
 * a column of Rupiah with ",50" never drifts.
 */
export function jumlahkan(nilai: readonly Nilai[]): number {
  return jumlahAda(nilai) ?? 0;
}

/** {@link jumlahkan} of the finite values, or undefined when there are none. */
export function jumlahAda(nilai: readonly Nilai[]): number | undefined {
  const j = new Jumlah();
  for (const n of nilai) if (angkaHingga(n)) j.tambah(n);
  return j.hasilAda;
}

/**
 * A sum as {@link jumlahkan} makes it, added one finite value at a time: roll-ups
 * of a 50 000-row DPA sum their children without a list per column.
 */
export class Jumlah {
  private biasa = 0;
  private sen = 0;
  private semuaSen = true;
  /** How many values were added. */
  banyak = 0;

  tambah(n: number): void {
    this.banyak++;
    this.biasa += n;
    const s = n * 100;
    if (
      this.semuaSen &&
      Math.abs(s - Math.round(s)) < 1e-6 &&
      Math.abs(s) < Number.MAX_SAFE_INTEGER
    )
      this.sen += Math.round(s);
    else this.semuaSen = false;
  }

  get hasil(): number {
    return this.semuaSen ? this.sen / 100 : this.biasa;
  }

  /** The sum, or undefined when nothing was added. */
  get hasilAda(): number | undefined {
    return this.banyak === 0 ? undefined : this.hasil;
  }
}

/**
 * Plain mean of the values that exist; missing ones (pending realisasi, no
 * capaian) are left out and listed. Seed 000: mean(100; 97,92; 100; 100) = 99,48.
 */
export function rataRata(nilai: readonly Nilai[], cara?: CaraPembulatan): HasilRataRata {
  const { angka, dikecualikan } = dipakai(nilai);
  if (angka.length === 0) {
    return { jumlahDipakai: 0, dikecualikan, rumus: 'tidak ada nilai untuk dirata-ratakan' };
  }
  const total = angka.reduce((a, n) => a + n, 0);
  const hasil = total / angka.length;
  const suku = angka.map((n) => formatMasukan(n)).join(' + ');
  return {
    nilai: hasil,
    jumlahDipakai: angka.length,
    dikecualikan,
    rumus: `(${suku}) / ${angka.length} = ${formatRingkas(hasil, cara)}`,
  };
}

/**
 * Capaian of an indicator made of sub-indicators: the mean of their capaian
 * (seed 000 L877: (100 + 100 + 93,75) / 3 = 97,92).
 */
export function gabungSubIndikator(
  capaian: readonly Nilai[],
  cara?: CaraPembulatan,
): HasilRataRata {
  return rataRata(capaian, cara);
}

/**
 * "Rata-rata tertimbang data kelompok" (seed 000 L835-849): each capaian is
 * replaced by the midpoint of its kategori, and those are averaged.
 */
export function rataRataKelompok(
  capaian: readonly Nilai[],
  skala: Skala = SKALA_BAKU,
  cara?: CaraPembulatan,
): HasilRataRata & { perKategori: Record<string, number> } {
  const { angka, dikecualikan } = dipakai(capaian);
  const perKategori: Record<string, number> = {};
  const tengah: number[] = [];
  for (const n of angka) {
    const kelas = tentukanKelas(n, skala);
    if (!kelas) continue;
    perKategori[kelas.label] = (perKategori[kelas.label] ?? 0) + 1;
    tengah.push(kelas.nilaiTengah);
  }
  const hasil = rataRata(tengah, cara);
  const suku = Object.entries(perKategori)
    .map(([label, jumlah]) => {
      const kelas = skala.kelas.find((k) => k.label === label);
      return `${jumlah} x ${formatMasukan(kelas?.nilaiTengah ?? 0)}`;
    })
    .join(' + ');
  return {
    ...hasil,
    dikecualikan,
    perKategori,
    rumus:
      hasil.nilai === undefined
        ? hasil.rumus
        : `(${suku}) / ${tengah.length} = ${formatRingkas(hasil.nilai, cara)}; rata-rata tertimbang data kelompok`,
  };
}

/** Count of values per kategori label, in the scale's order. */
export function hitungPerKategori(
  capaian: readonly Nilai[],
  skala: Skala = SKALA_BAKU,
): Record<string, number> {
  const hasil: Record<string, number> = {};
  for (const k of skala.kelas) hasil[k.label] = 0;
  for (const n of dipakai(capaian).angka) {
    const kelas = tentukanKelas(n, skala);
    if (kelas) hasil[kelas.label] += 1;
  }
  return hasil;
}

/** Result of {@link hitungSerapan}. */
export interface HasilSerapan {
  nilai?: number;
  alasan?: 'pagu-nol' | 'tidak-lengkap';
  rumus: string;
}

/** Serapan = realisasi / pagu x 100 (414.530.124 / 434.542.010 -> 95,39). */
export function hitungSerapan(realisasi: Nilai, pagu: Nilai, cara?: CaraPembulatan): HasilSerapan {
  if (
    typeof realisasi !== 'number' ||
    typeof pagu !== 'number' ||
    !Number.isFinite(realisasi) ||
    !Number.isFinite(pagu)
  ) {
    return { alasan: 'tidak-lengkap', rumus: 'pagu atau realisasi belum diisi' };
  }
  if (pagu === 0) {
    return realisasi === 0
      ? { alasan: 'pagu-nol', rumus: 'pagu 0 dan realisasi 0: serapan tidak dihitung' }
      : {
          alasan: 'pagu-nol',
          rumus: `pagu 0 dengan realisasi ${formatMasukan(realisasi)}: serapan tidak dapat dihitung`,
        };
  }
  return new Serapan((realisasi * 100) / pagu, realisasi, pagu, cara);
}

/**
 * A computed serapan. Its sentence is made when read: a DPA of 50 000 rows
 * should not format 50 000 sentences nobody asks for, nor keep a closure
 * per row (the getter lives on the prototype, the object holds four fields).
 */
class Serapan implements HasilSerapan {
  constructor(
    readonly nilai: number,
    private readonly realisasi: number,
    private readonly pagu: number,
    private readonly cara: CaraPembulatan | undefined,
  ) {}

  get rumus(): string {
    return `${formatMasukan(this.realisasi)} / ${formatMasukan(this.pagu)} x 100 = ${formatRingkas(this.nilai, this.cara)}`;
  }
}

/** Sisa anggaran = pagu - realisasi, exact in cents; undefined when either is missing. */
export function hitungSisa(pagu: Nilai, realisasi: Nilai): number | undefined {
  if (typeof realisasi !== 'number' || typeof pagu !== 'number') return undefined;
  if (!Number.isFinite(realisasi) || !Number.isFinite(pagu)) return undefined;
  const j = new Jumlah();
  j.tambah(pagu);
  j.tambah(-realisasi);
  return j.hasil;
}

/** A budget line for roll-ups. */
export interface BarisAnggaran {
  paguMurni?: number;
  /** Pagu in force (after perubahan when there is one). */
  pagu?: number;
  realisasi?: number;
  /** Physical progress in percent. */
  fisik?: number;
}

/** A budget line with its computed serapan and sisa. */
export interface RingkasanAnggaran extends BarisAnggaran {
  serapan?: number;
  sisa?: number;
}

/**
 * Physical progress of a parent: the pagu-weighted mean of its children's
 * fisik (seed 002 Tabel 41: 98,27 % for 7.01.01.2.06). Children without
 * fisik or pagu are left out; undefined when none remain or pagu sums to 0.
 */
export function fisikTertimbang(anak: readonly BarisAnggaran[]): number | undefined {
  return gulungAnggaran(anak).fisik;
}

/**
 * Roll a parent up from its children, added one at a time (no list per
 * column): pagu murni, pagu and realisasi are sums (never means of
 * percentages), serapan = realisasi / pagu, sisa = pagu - realisasi, fisik
 * pagu-weighted. A sum is left undefined when no child has that column.
 */
export class Gulungan {
  private readonly paguMurni = new Jumlah();
  private readonly pagu = new Jumlah();
  private readonly realisasi = new Jumlah();
  private readonly bobotFisik = new Jumlah();
  private fisikKaliPagu = 0;

  tambah(
    paguMurni: number | undefined,
    pagu: number | undefined,
    realisasi: number | undefined,
    fisik: number | undefined,
  ): void {
    if (angkaHingga(paguMurni)) this.paguMurni.tambah(paguMurni);
    if (angkaHingga(realisasi)) this.realisasi.tambah(realisasi);
    if (!angkaHingga(pagu)) return;
    this.pagu.tambah(pagu);
    if (!angkaHingga(fisik)) return;
    this.bobotFisik.tambah(pagu);
    this.fisikKaliPagu += pagu * fisik;
  }

  hasil(): RingkasanAnggaran {
    const bobot = this.bobotFisik.hasilAda;
    const hasil: RingkasanAnggaran = {
      paguMurni: this.paguMurni.hasilAda,
      pagu: this.pagu.hasilAda,
      realisasi: this.realisasi.hasilAda,
      fisik: bobot === undefined || bobot === 0 ? undefined : this.fisikKaliPagu / bobot,
    };
    hasil.serapan = hitungSerapan(hasil.realisasi, hasil.pagu).nilai;
    hasil.sisa = hitungSisa(hasil.pagu, hasil.realisasi);
    return hasil;
  }
}

/** {@link Gulungan} of a list of children. */
export function gulungAnggaran(anak: readonly BarisAnggaran[]): RingkasanAnggaran {
  const g = new Gulungan();
  for (const a of anak) g.tambah(a.paguMurni, a.pagu, a.realisasi, a.fisik);
  return g.hasil();
}

/** Direction of a change between two years. */
export type ArahPerubahan = 'Meningkat' | 'Menurun' | 'Tetap';

/** Result of {@link bandingkanTahun}. */
export interface HasilPerubahan {
  /** Difference in points (now - before), full precision. */
  poin: number;
  /** Relative change in percent of the earlier value; undefined when it is 0. */
  persen?: number;
  arah: ArahPerubahan;
  /** Whether the change is good news, given the polarity. */
  membaik?: boolean;
  rumus: string;
}

/**
 * Year-on-year change: points (never mislabelled as %), direction, and
 * whether it is an improvement for the polarity. Values equal at two
 * decimals are "Tetap".
 */
export function bandingkanTahun(
  sekarang: number,
  sebelumnya: number,
  polaritas: Polaritas = 'positif',
): HasilPerubahan {
  const poin = sekarang - sebelumnya;
  const sama = Math.abs(poin) < 0.005;
  const arah: ArahPerubahan = sama ? 'Tetap' : poin > 0 ? 'Meningkat' : 'Menurun';
  const persen = sebelumnya === 0 ? undefined : sama ? 0 : (poin * 100) / Math.abs(sebelumnya);
  const membaik = sama ? undefined : polaritas === 'negatif' ? poin < 0 : poin > 0;
  return {
    poin: sama ? 0 : poin,
    persen,
    arah,
    membaik,
    rumus: `${formatMasukan(sekarang)} - ${formatMasukan(sebelumnya)} = ${formatRingkas(sama ? 0 : poin)} poin (${arah.toLowerCase()})`,
  };
}
