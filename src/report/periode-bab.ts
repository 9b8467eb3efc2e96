import type { HasilBaris } from '../engine/hasil';
import type { MetodePeriode } from '../engine/periode';
import { daftarKata, jumlahPeriode, namaPeriode, sebutBilangan } from './kalimat';
import type { SelLaporan, TabelLaporan } from './model';
import { angkaSel, nilaiSel, sel, tanpaKolomKosong } from './tabel-bab';
import type { BarisSumber } from './bahan';

/**
 * A chapter written from quarterly (or monthly) figures: the period it covers
 * ("s.d. Triwulan II"), how the quarters were added up, each period's target
 * and realisasi, and how far the year's target has been reached.
 */

/** The period the chapter's indicators reach: the latest one any indicator reports. */
export interface PeriodeBab {
  /** "s.d. Triwulan II" */
  nama: string;
  /** False while the year is not over (a "s.d. TW II" report). */
  penuh: boolean;
  /** What one period is called in a sentence. */
  satuan: 'triwulan' | 'semester' | 'bulan';
}

export function periodeBab(baris: HasilBaris[]): PeriodeBab | undefined {
  const ada = baris.filter((b) => b.periode).map((b) => b.periode!);
  if (ada.length === 0) return undefined;
  const akhir = ada.reduce((a, p) => (p.ke > a.ke ? p : a));
  const n = jumlahPeriode(akhir.sampai);
  const satuan = n === 4 ? 'triwulan' : n === 2 ? 'semester' : 'bulan';
  return { nama: namaPeriode(akhir.sampai), penuh: akhir.ke >= n, satuan };
}

function uraianMetode(m: MetodePeriode, x: PeriodeBab['satuan']): string {
  if (m === 'kumulatif')
    return `realisasi ${x} yang sudah terisi dijumlahkan lalu dibandingkan dengan jumlah target ${x} yang sama (kumulatif)`;
  if (m === 'nilai-akhir')
    return `dipakai realisasi ${x} terakhir yang terisi terhadap target ${x} itu (nilai akhir), karena angkanya sudah merupakan capaian sampai ${x} tersebut`;
  return `dipakai rata-rata realisasi ${x} yang terisi terhadap rata-rata targetnya`;
}

/** How the quarters were added up, once for the chapter, naming the indicators of each method. */
export function kalimatMetode(baris: HasilBaris[], periode: PeriodeBab, tahun?: number): string {
  const per = new Map<MetodePeriode, HasilBaris[]>();
  for (const b of baris.filter((x) => x.periode)) {
    const d = per.get(b.periode!.metode) ?? [];
    d.push(b);
    per.set(b.periode!.metode, d);
  }
  const th = tahun ? ` tahun ${tahun}` : '';
  const cara =
    per.size === 1
      ? `Untuk menghitung capaian, ${uraianMetode([...per.keys()][0], periode.satuan)}.`
      : `Capaian dihitung sebagai berikut: ${[...per]
          .map(
            ([m, d]) =>
              `untuk ${d.length > 3 ? `${sebutBilangan(d.length)} indikator` : `indikator ${daftarKata(d.map((b) => b.uraian))}`}, ${uraianMetode(m, periode.satuan)}`,
          )
          .join('; ')}.`;
  let teks = `Data kinerja pada bagian ini adalah data ${periode.nama}${th}. ${cara}`;
  if (!periode.penuh)
    teks +=
      ' Capaian ini menunjukkan kemajuan sampai periode tersebut dan belum merupakan capaian akhir tahun.';
  return teks;
}

/** "Triwulan" or "Semester": what a table of these periods is per. */
export function jenisPeriode(nama: string[]): string {
  if (nama.every((n) => /^TW\b/.test(n))) return 'Triwulan';
  if (nama.every((n) => /^Semester\b/.test(n))) return 'Semester';
  return 'Periode';
}

const NAMA_METODE: Record<MetodePeriode, string> = {
  kumulatif: 'kumulatif',
  'nilai-akhir': 'nilai akhir',
  'rata-rata': 'rata-rata',
};

/** Each period's target and realisasi, then the figure up to the latest period, its capaian and how it was added up. */
export function tabelPerPeriode(
  nomor: string,
  judul: (per: string) => string,
  baris: BarisSumber[],
  periode: PeriodeBab,
  sumber: string,
): TabelLaporan | undefined {
  const dengan = baris.filter(({ b }) => b.periode);
  const nama = [...new Set(dengan.flatMap(({ b }) => Object.keys(b.periode!.per)))];
  // Twelve months do not fit a printed page: the chapter's main table and sentences carry them.
  if (nama.length === 0 || nama.length > 4) return undefined;
  const tebal = { tebal: true };
  const atas: SelLaporan[] = [
    sel('No', false, { tinggi: 2, ...tebal }),
    sel('Indikator Kinerja', false, { tinggi: 2, ...tebal }),
    sel('Satuan', false, { tinggi: 2, ...tebal }),
    ...nama.map((n) => sel(namaPeriode(n), false, { lebar: 2, ...tebal })),
    sel(periode.nama, false, { lebar: 3, ...tebal }),
    sel('Cara Hitung', false, { tinggi: 2, ...tebal }),
  ];
  const bawah = [...nama, periode.nama].flatMap((n) =>
    ['Target', 'Realisasi', ...(n === periode.nama ? ['Capaian (%)'] : [])].map((t) =>
      sel(t, false, tebal),
    ),
  );
  const isi = dengan.map(({ b, satuan }, i) => [
    sel(String(i + 1)),
    sel(b.uraian),
    sel(satuan ?? '-'),
    ...nama.flatMap((n) => [
      nilaiSel(b.periode!.per[n]?.target),
      nilaiSel(b.periode!.per[n]?.realisasi),
    ]),
    nilaiSel(b.target),
    nilaiSel(b.realisasi),
    angkaSel(b.capaian),
    sel(NAMA_METODE[b.periode!.metode]),
  ]);
  return tanpaKolomKosong(
    { nomor, judul: judul(jenisPeriode(nama)), kepala: [atas, bawah], baris: isi, sumber },
    'Satuan',
  );
}
