import type { PembacaGrid } from './grid';
import type { BarisTabel, KolomTabel, Tabel, Tingkat } from './model';
import { rapat, type PeranKolom } from './peran';
import { namaTampakNegatif, POLA_SUB } from './pola';

/** Row levels: totals and averages, sasaran / indicator / sub-indicator, and the budget hierarchy. */

const TOTAL_JUMLAH = new Set([
  'jumlah',
  'total',
  'jumlahtotal',
  'grandtotal',
  'subtotal',
  'totalkeseluruhan',
  'jumlahkeseluruhan',
  'jumlahseluruhnya',
  'jumlahanggaran',
  'totalanggaran',
  'jumlahbelanja',
  'totalbelanja',
]);

/**
 * How the letters of every total and average label begin ("S u b  T o t a l"
 * is "subtotal"): the totals themselves, and the first words of the average
 * patterns of {@link jenisBarisTotal}.
 */
const AWALAN_LABEL = [...TOTAL_JUMLAH, 'ratarata', 'rerata', 'capaian'];

/**
 * False when the text is plain ASCII and its letters (lower case, nothing
 * else) begin as no label does; true otherwise, and for other text, whose
 * look-alike letters only the full reading folds.
 */
function awalanLabel(teks: string): boolean {
  for (let i = 0; i < teks.length; i++) if (teks.charCodeAt(i) > 127) return true;
  return AWALAN_LABEL.some((a) => hurufAwal(teks, a));
}

/** The letters of an ASCII text, lower-cased, begin with `awalan`. */
function hurufAwal(teks: string, awalan: string): boolean {
  let j = 0;
  for (let i = 0; i < teks.length && j < awalan.length; i++) {
    const c = teks.charCodeAt(i) | 32;
    if (c < 97 || c > 122) continue;
    if (c !== awalan.charCodeAt(j)) return false;
    j++;
  }
  return j === awalan.length;
}

/**
 * A total or average row: "JUMLAH", "J U M L A H", "Jumlah Total",
 * "Rata-rata Capaian", "Capaian Sasaran ... (99,48%)". An indicator named
 * "Jumlah pengadaan ..." or "Rata-rata lama sekolah" is not one.
 */
export function jenisBarisTotal(teks: string): 'jumlah' | 'rata-rata' | undefined {
  // Every label starts with J, T, R, C, G or S ("Jumlah", "Total", "Rata-rata", "Capaian", "Grand", "Sub"): a cheap first test.
  if (!/^[\s"'(]*[jtrcgs]/i.test(teks)) return undefined;
  // In plain ASCII (nearly every cell) the letters must begin as a label's do; nothing is allocated.
  if (!awalanLabel(teks)) return undefined;
  const r = rapat(teks).replace(/[^a-z]/g, '');
  if (r === '') return undefined;
  if (TOTAL_JUMLAH.has(r)) return 'jumlah';
  if (/^(ratarata|rerata)(capaian\w*|nilai\w*)?$/.test(r) || /^(ratarata|rerata)capaian/.test(r))
    return 'rata-rata';
  if (/^(capaiansasaran|totalcapaian|capaianratarata)/.test(r)) return 'rata-rata';
  return undefined;
}

export function labelTotal(
  b: BarisTabel,
  p?: PembacaGrid,
  tabel?: Tabel,
): 'jumlah' | 'rata-rata' | undefined {
  const jenis = jenisBarisTotal(b.uraian) ?? (b.no ? jenisBarisTotal(b.no) : undefined);
  if (jenis || !p || !tabel) return jenis;
  for (let c = tabel.kolomAwal; c <= Math.min(tabel.kolomAkhir, tabel.kolomAwal + 2); c++) {
    const dariSel = jenisBarisTotal(p.teks(b.baris, c));
    if (dariSel) return dariSel;
  }
  return undefined;
}

export function totalAtau(b: BarisTabel, tingkat: Tingkat): Tingkat {
  const jenis = labelTotal(b);
  if (jenis) {
    b.jenisTotal = jenis;
    return 'total';
  }
  return tingkat;
}

export function tingkatIndikator(
  baris: BarisTabel[],
  kolomPeran: Map<PeranKolom, KolomTabel[]>,
): void {
  const adaKolomSasaran = kolomPeran.has('sasaran');
  const adaKolomIndikator = kolomPeran.has('indikator') || kolomPeran.has('uraian');
  let sasaranAktif: string | undefined;
  let indukAktif: number | undefined;
  // A program named once over its indicators (merged down, or blank below without merges).
  let programAktif: string | undefined;
  baris.forEach((b, i) => {
    const indikatorTeks = adaKolomIndikator
      ? ([...(kolomPeran.get('indikator') ?? []), ...(kolomPeran.get('uraian') ?? [])]
          .map((k) => b.sel[k.peran]?.mentah)
          .map((v) => (v === null || v === undefined ? '' : String(v).trim()))
          .find((t) => t !== '') ?? '')
      : b.uraian;
    const jenisTotal = labelTotal(b);
    if (jenisTotal) {
      b.tingkat = 'total';
      b.jenisTotal = jenisTotal;
      programAktif = undefined;
      return;
    }
    const nilai = adaNilai(b);
    const berikut = baris[i + 1];
    const berikutSub = berikut !== undefined && POLA_SUB.test(berikut.uraian);
    if (adaKolomSasaran && indikatorTeks === '' && b.sasaran && !nilai) {
      b.tingkat = 'sasaran';
      b.uraian = b.sasaran;
      sasaranAktif = b.sasaran;
      indukAktif = undefined;
      return;
    }
    if (POLA_SUB.test(b.uraian) && (indukAktif !== undefined || nilai)) {
      b.tingkat = indukAktif !== undefined ? 'sub-indikator' : 'indikator';
      if (indukAktif !== undefined) b.induk = indukAktif;
      b.uraian = b.uraian.replace(POLA_SUB, '').trim();
    } else if (!nilai && berikutSub) {
      b.tingkat = 'indikator';
      indukAktif = i;
    } else if (!nilai && !adaKolomSasaran) {
      b.tingkat = 'sasaran';
      b.uraian = b.uraian.replace(/^sasaran\s*(strategis)?\s*\d*\s*[:.]?\s*/i, '') || b.uraian;
      sasaranAktif = b.uraian;
      indukAktif = undefined;
      return;
    } else {
      b.tingkat = 'indikator';
      indukAktif = undefined;
    }
    if (b.sasaran && b.sasaran !== sasaranAktif) programAktif = undefined;
    if (!b.sasaran && sasaranAktif) b.sasaran = sasaranAktif;
    if (b.sasaran) sasaranAktif = b.sasaran;
    if (b.program) programAktif = b.program;
    else if (programAktif && kolomPeran.has('program')) b.program = programAktif;
    if (!b.polaritas && namaTampakNegatif(b.uraian)) b.saranNegatif = true;
  });
  // Sasaran rows become the parents of the indicators under them.
  let sasaranIndeks: number | undefined;
  baris.forEach((b, i) => {
    if (b.tingkat === 'sasaran') sasaranIndeks = i;
    else if (
      b.tingkat === 'indikator' &&
      sasaranIndeks !== undefined &&
      b.sasaran === baris[sasaranIndeks].uraian
    )
      b.induk = sasaranIndeks;
    else if (b.tingkat === 'total') sasaranIndeks = undefined;
  });
}

export function adaNilai(b: BarisTabel): boolean {
  const isi = (r: PeranKolom) => {
    const s = b.sel[r];
    return s !== undefined && s.angka.jenis !== 'kosong';
  };
  const peranNilai: PeranKolom[] = [
    'target',
    'realisasi',
    'pagu',
    'paguMurni',
    'realisasiAnggaran',
    'nrr',
    'targetAkhir',
  ];
  if (peranNilai.some(isi)) return true;
  for (const per of Object.values(b.perPeriode ?? {}))
    if (Object.values(per).some((s) => s && s.angka.jenis !== 'kosong')) return true;
  return Object.values(b.perTahun).some(
    (t) =>
      (t.target && t.target.angka.jenis !== 'kosong') ||
      (t.realisasi && t.realisasi.angka.jenis !== 'kosong'),
  );
}
