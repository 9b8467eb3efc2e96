import {
  formatAngka,
  formatMasukan,
  formatRingkas,
  formatRupiah as formatRupiahRingkas,
  terbilang,
} from '../domain/angka';
import type { HasilBaris, HasilTabel } from '../engine/hasil';

/**
 * The sentences of BAB III, decided by the numbers and written the way PUEBI
 * wants: no sentence begins with a numeral, a count of one or two words is
 * written in words, a value carries the counter its satuan calls for (never
 * "0 jumlah"), a change of a percentage is in points, and what the tool only
 * knows as a code never reaches the prose.
 */

export function persen(n: number): string {
  return `${formatRingkas(n)}%`;
}

/** "tiga", "dua belas", but "25": PUEBI writes a number of one or two words in words. */
export function sebutBilangan(n: number): string {
  const kata = terbilang(n, { mataUang: null });
  return Number.isInteger(n) && n >= 0 && kata.split(' ').length <= 2 ? kata : formatMasukan(n);
}

/** A count at the start of a sentence, always in words: "Dua puluh lima indikator ...". */
export function bilanganAwal(n: number): string {
  const kata = terbilang(n, { mataUang: null });
  return kata.charAt(0).toUpperCase() + kata.slice(1);
}

/** A formal count with the figure and the words: "5 (lima)". */
export function bilanganResmi(n: number): string {
  return `${n} (${terbilang(n, { mataUang: null })})`;
}

export function daftarKata(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  if (xs.length === 2) return `${xs[0]} dan ${xs[1]}`;
  return `${xs.slice(0, -1).join(', ')}, dan ${xs[xs.length - 1]}`;
}

/** Satuan that are not counters: the value stands alone ("86,42", not "86,42 indeks"). */
const TANPA_PENCACAH = /^(indeks|nilai|angka|poin|skor|rasio|predikat|kategori|-)?$/i;
/** Satuan that only say "a number of": the counter is the noun in the indicator's name ("Jumlah Inovasi" counts inovasi). */
const SATUAN_JUMLAH = /^(jumlah|jml\.?|buah|bh\.?)$/i;
const BUKAN_BENDA = /^(yang|dari|dan|atau|di|ke|pada|dalam|per|total)$/i;

/** The counter a value takes: "%", "desa", "inovasi", or none. */
export function pencacah(satuan: string | undefined, uraian = ''): string {
  const s = (satuan ?? '').trim();
  if (/^(persen|persentase|%)$/i.test(s)) return '%';
  if (SATUAN_JUMLAH.test(s)) {
    const benda = /^jumlah\s+(\p{L}+)/iu.exec(uraian.trim())?.[1];
    return benda && !BUKAN_BENDA.test(benda) ? benda.toLowerCase() : '';
  }
  if (TANPA_PENCACAH.test(s)) return '';
  // A unit written in capitals is an abbreviation (KPM, ASN): kept; a word is lower case.
  return /^[A-Z]{2,}$/.test(s) ? s : s.toLowerCase();
}

/** A value with its counter as a reader expects it: "86,42", "93%", "6 kasus", "predikat BB". */
export function nilaiDenganSatuan(
  v: number | string | undefined,
  satuan?: string,
  uraian?: string,
): string {
  if (v === undefined) return '-';
  if (typeof v === 'string') return /^[A-E][A-E+-]?$/.test(v.trim()) ? `predikat ${v.trim()}` : v;
  const c = pencacah(satuan, uraian);
  // Targets and realisasi as written (12,6 stays 12,6); only computed values get two decimals.
  if (c === '%') return `${formatMasukan(v)}%`;
  return c ? `${formatMasukan(v)} ${c}` : formatMasukan(v);
}

/** A difference between two values in the indicator's own unit: "8,57 poin" for percentages, "3 desa", "0,07". */
export function selisihDenganSatuan(d: number, satuan?: string, uraian?: string): string {
  const c = pencacah(satuan, uraian);
  const teks = formatAngka(Math.abs(d), { desimal: 2, ringkas: true });
  if (c === '%') return `${teks} poin`;
  return c ? `${teks} ${c}` : teks;
}

/** Target reached or not, from the capaian alone (whatever the sentence's wording). */
export function statusTarget(capaian: number): string {
  return capaian >= 100 ? 'target tercapai' : 'target belum tercapai';
}

/** Why a capaian is missing, in words a reader can act on (never the tool's code). */
export function sebabTakTerukur(b: HasilBaris): string {
  switch (b.alasan) {
    case 'belum-ada-realisasi':
      return 'realisasinya belum tersedia';
    case 'target-nol':
      return 'targetnya nol sehingga tidak dapat dibandingkan dalam persen';
    case 'target-kosong':
      return 'targetnya belum ditetapkan';
    case 'predikat-tidak-sebanding':
      return 'target dan realisasinya tidak dinyatakan dalam ukuran yang sama';
    default:
      return 'target atau realisasinya belum dapat dibandingkan';
  }
}

/** Target, realisasi, capaian and kategori of one indicator; the wording rotates, the verdict on the target never depends on it. */
export function kalimatIndikator(b: HasilBaris, urutan: number, tahun?: number): string {
  const U = b.uraian;
  if (b.capaian === undefined)
    return `Capaian indikator ${U} belum dapat diukur karena ${sebabTakTerukur(b)}.`;
  const { T, R } = targetRealisasi(b);
  const C = persen(b.capaian);
  const K = b.kategori ? ` (${b.kategori})` : '';
  const S = statusTarget(b.capaian);
  const th = tahun && !b.periode ? ` tahun ${tahun}` : '';
  const pola = [
    `Indikator ${U} ditargetkan ${T} dan terealisasi ${R}, sehingga capaiannya ${C}${K}; ${S}.`,
    `Untuk indikator ${U}, realisasi ${R} terhadap target ${T} menghasilkan capaian ${C}${K}; ${S}.`,
    `Realisasi${th} indikator ${U} sebesar ${R} dari target ${T}, atau capaian ${C}${K}; ${S}.`,
    `Indikator ${U} mencapai ${C}${K} dengan realisasi ${R} terhadap target ${T}; ${S}.`,
  ];
  let kalimat = pola[urutan % pola.length];
  if (b.capaianTanpaBatas !== undefined && b.capaianTanpaBatas !== b.capaian)
    kalimat += ` Tanpa batas atas, capaiannya ${persen(b.capaianTanpaBatas)}.`;
  return denganTargetTahunan(kalimat, b);
}

/** "s.d. TW II" as a report writes it: "s.d. Triwulan II". */
export function namaPeriode(sampai: string): string {
  return sampai.replace(/\bTW\b/, 'Triwulan');
}

/** The periods in a year of the kind a period's name is ("s.d. TW II": 4). */
export function jumlahPeriode(sampai: string): number {
  if (/\bTW\b/.test(sampai)) return 4;
  return /semester/i.test(sampai) ? 2 : 12;
}

/**
 * Target and realisasi as a sentence names them; figures up to a quarter say
 * so ("4 laporan s.d. Triwulan II"), and a year's target compared with a
 * quarter's realisasi is called the year's.
 */
function targetRealisasi(b: HasilBaris): { T: string; R: string } {
  const T = nilaiDenganSatuan(b.target, b.satuan, b.uraian);
  const R = nilaiDenganSatuan(b.realisasi, b.satuan, b.uraian);
  const p = b.periode;
  if (!p) return { T, R };
  const sd = ` ${namaPeriode(p.sampai)}`;
  return p.targetDari === 'periode' ? { T: T + sd, R } : { T: `${T} (target tahunan)`, R: R + sd };
}

/** A sentence of a quarter's figures, with how far the year's target is reached while the year runs. */
function denganTargetTahunan(kalimat: string, b: HasilBaris): string {
  const p = b.periode;
  if (!p || p.ke >= jumlahPeriode(p.sampai) || typeof b.realisasi !== 'number') return kalimat;
  const setahun = p.targetTahunan;
  if (setahun === undefined || setahun === 0 || p.targetDari === 'tahunan') return kalimat;
  const bagian = (b.realisasi / setahun) * 100;
  return `${kalimat} Terhadap target tahunan ${nilaiDenganSatuan(setahun, b.satuan, b.uraian)}, realisasi tersebut setara ${persen(bagian)}.`;
}

/** Realisasi equal to the target (a capaian of exactly 100). */
export function tepatTarget(b: HasilBaris): boolean {
  return b.capaian === 100 && b.realisasi !== undefined && b.realisasi === b.target;
}

/** Many indicators exactly on target, in one sentence. */
export function kalimatTepatTarget(daftar: HasilBaris[]): string {
  const K = daftar.every((b) => b.kategori && b.kategori === daftar[0].kategori)
    ? ` (${daftar[0].kategori})`
    : '';
  return `Sebanyak ${sebutBilangan(daftar.length)} indikator terealisasi tepat sebesar targetnya, sehingga capaiannya 100%${K}; target tercapai: ${daftarKata(daftar.map((b) => `${b.uraian} (${nilaiDenganSatuan(b.realisasi, b.satuan, b.uraian)})`))}.`;
}

/** One year of an indicator, as a multi-year row holds it. */
type DataTahun = { target?: number | string; realisasi?: number | string; capaian?: number };

/** The latest year before `tahun` with a realisasi or a capaian, and the current year's data. */
function duaTahun(
  b: HasilBaris,
  tahun: number | undefined,
): { lalu: number; kini: number; dl: DataTahun; dk: DataTahun } | undefined {
  const th = Object.keys(b.tahun ?? {})
    .map(Number)
    .sort((a, c) => a - c);
  const kini = tahun !== undefined && th.includes(tahun) ? tahun : th[th.length - 1];
  const ada = (d: DataTahun | undefined) =>
    d !== undefined && (d.capaian !== undefined || d.realisasi !== undefined);
  const lalu = th.filter((t) => t < kini && ada(b.tahun?.[String(t)])).pop();
  if (kini === undefined || lalu === undefined) return undefined;
  const dk: DataTahun = { ...b.tahun?.[String(kini)] };
  if (dk.capaian === undefined && b.capaian !== undefined) dk.capaian = b.capaian;
  return { lalu, kini, dl: b.tahun?.[String(lalu)] ?? {}, dk };
}

/** How the realisasi moved, in the indicator's own unit: "naik 8,57 poin dari 71,43% menjadi 80%". */
function gerakRealisasi(b: HasilBaris, dl: DataTahun, dk: DataTahun): string | undefined {
  const n = (v: number | string) => nilaiDenganSatuan(v, b.satuan, b.uraian);
  const [rl, rk] = [dl.realisasi, dk.realisasi];
  if (typeof rl === 'string' && typeof rk === 'string' && rl.trim() && rk.trim())
    return rl.trim() === rk.trim() ? `tetap ${n(rk)}` : `berubah dari ${n(rl)} menjadi ${n(rk)}`;
  if (typeof rl !== 'number' || typeof rk !== 'number') return undefined;
  if (rl === rk) return `tetap ${n(rk)}`;
  const arah = rk > rl ? 'naik' : 'turun';
  let teks = `${arah} ${selisihDenganSatuan(rk - rl, b.satuan, b.uraian)} dari ${n(rl)} menjadi ${n(rk)}`;
  if (b.polaritas === 'negatif')
    teks += `; karena indikator ini negatif, ${arah === 'turun' ? 'penurunan' : 'kenaikan'} itu berarti kinerjanya ${arah === 'turun' ? 'membaik' : 'memburuk'}`;
  return teks;
}

/** How the capaian moved, in points: "meningkat 11,43 poin dari 95,24% menjadi 106,67%". */
function gerakCapaian(dl: DataTahun, dk: DataTahun): string | undefined {
  const [cl, ck] = [dl.capaian, dk.capaian];
  if (cl === undefined || ck === undefined) return undefined;
  const poin = ck - cl;
  if (formatRingkas(Math.abs(poin)) === '0') return `tetap ${persen(ck)}`;
  return `${poin > 0 ? 'meningkat' : 'menurun'} ${formatRingkas(Math.abs(poin))} poin dari ${persen(cl)} menjadi ${persen(ck)}`;
}

/** Realisasi (in the indicator's own unit) and capaian (in points) against the year before. */
export function kalimatPerubahan(b: HasilBaris, tahun: number | undefined): string | undefined {
  const d = duaTahun(b, tahun);
  if (!d) return undefined;
  const r = gerakRealisasi(b, d.dl, d.dk);
  const c = gerakCapaian(d.dl, d.dk);
  const awal = `Dibandingkan tahun ${d.lalu},`;
  if (r && c)
    return `${awal} realisasi indikator ${b.uraian} tahun ${d.kini} ${r}, dan capaiannya ${c}.`;
  if (r) return `${awal} realisasi indikator ${b.uraian} tahun ${d.kini} ${r}.`;
  if (c) return `${awal} capaian indikator ${b.uraian} tahun ${d.kini} ${c}.`;
  return undefined;
}

/** Realisasi and capaian the same as the year before. */
export function tidakBerubah(b: HasilBaris, tahun: number | undefined): boolean {
  const d = duaTahun(b, tahun);
  if (!d) return false;
  const sama = (x: unknown, y: unknown) => x !== undefined && x === y;
  const capaian =
    d.dl.capaian === undefined ||
    d.dk.capaian === undefined ||
    formatRingkas(d.dl.capaian) === formatRingkas(d.dk.capaian);
  return sama(d.dl.realisasi, d.dk.realisasi) && capaian;
}

/** Many indicators that did not move since last year, in one sentence. */
export function kalimatTidakBerubah(daftar: HasilBaris[], tahun: number | undefined): string {
  const d = duaTahun(daftar[0], tahun);
  const th = d ? ` dibandingkan tahun ${d.lalu}` : '';
  const nilai = (b: HasilBaris) =>
    nilaiDenganSatuan(duaTahun(b, tahun)?.dk.realisasi ?? b.realisasi, b.satuan, b.uraian);
  return `Realisasi ${sebutBilangan(daftar.length)} indikator tidak berubah${th}: ${daftarKata(daftar.map((b) => `${b.uraian} (${nilai(b)})`))}.`;
}

/** Over three years or more: the best and the worst year of the realisasi, read with the polarity. */
export function kalimatTren(b: HasilBaris): string | undefined {
  const th = Object.entries(b.tahun ?? {})
    .map(([t, d]) => ({ t: Number(t), r: d.realisasi }))
    .filter((x): x is { t: number; r: number } => typeof x.r === 'number')
    .sort((a, c) => a.t - c.t);
  if (th.length < 3) return undefined;
  const baik = b.polaritas === 'negatif' ? -1 : 1;
  const urut = [...th].sort((a, c) => baik * (c.r - a.r) || c.t - a.t);
  const [terbaik, terburuk] = [urut[0], urut[urut.length - 1]];
  if (terbaik.r === terburuk.r) return undefined;
  const n = (v: number) => nilaiDenganSatuan(v, b.satuan, b.uraian);
  return `Selama tahun ${th[0].t}–${th[th.length - 1].t}, realisasi terbaik indikator ${b.uraian} dicapai pada tahun ${terbaik.t} (${n(terbaik.r)}) dan terendah pada tahun ${terburuk.t} (${n(terburuk.r)}).`;
}

/** Realisasi against the Renstra end-period target. */
export function kalimatRenstra(
  b: HasilBaris,
  targetAkhir: number | string,
  capaian: number,
  tahunAkhir: number | undefined,
  tahun: number | undefined,
): string {
  const akhir = tahunAkhir ? ` tahun ${tahunAkhir}` : '';
  const th = tahun ? ` tahun ${tahun}` : '';
  const n = (v: number | string | undefined) => nilaiDenganSatuan(v, b.satuan, b.uraian);
  const posisi =
    capaian >= 100 ? 'target akhir itu sudah tercapai' : 'target akhir itu belum tercapai';
  return `Realisasi${th} indikator ${b.uraian} sebesar ${n(b.realisasi)} setara dengan ${persen(capaian)} dari target akhir Renstra${akhir} (${n(targetAkhir)}); ${posisi}.`;
}

/** A sasaran measured by one indicator: one sentence names it and gives its figures (the wording rotates). */
export function kalimatSatuIndikator(b: HasilBaris, urutan: number): string {
  const U = b.uraian;
  if (b.capaian === undefined)
    return `Sasaran ini diukur dengan satu indikator, yaitu ${U}, yang capaiannya belum dapat diukur karena ${sebabTakTerukur(b)}.`;
  const { T, R } = targetRealisasi(b);
  const C = persen(b.capaian);
  const K = b.kategori ? ` (${b.kategori})` : '';
  const S = statusTarget(b.capaian);
  const pola = [
    `Sasaran ini diukur dengan satu indikator, yaitu ${U}, yang ditargetkan ${T} dan terealisasi ${R}, sehingga capaiannya ${C}${K}; ${S}.`,
    `Indikator sasaran ini adalah ${U}, dengan realisasi ${R} terhadap target ${T} dan capaian ${C}${K}; ${S}.`,
    `Satu-satunya indikator sasaran ini, ${U}, terealisasi ${R} dari target ${T}, atau capaian ${C}${K}; ${S}.`,
  ];
  return denganTargetTahunan(pola[urutan % pola.length], b);
}

/** The sasaran's own sentence for two indicators or more: their mean and kategori, what could not be measured. */
export function kalimatSasaran(
  daftar: HasilBaris[],
  rataRata: { capaian?: number; kategori?: string } | undefined,
  urutanKategori: string[],
): string {
  const diukur = daftar.filter((b) => b.capaian !== undefined);
  const belum = daftar.length - diukur.length;
  let teks = `Sasaran ini diukur dengan ${sebutBilangan(daftar.length)} indikator.`;
  if (rataRata?.capaian !== undefined && diukur.length > 1) {
    const K = rataRata.kategori ? ` (${rataRata.kategori})` : '';
    teks += ` Rata-rata capaiannya ${persen(rataRata.capaian)}${K}; ${rincianKategori(diukur, urutanKategori)}.`;
  } else if (diukur.length === 1) {
    teks += ` Hanya satu indikator yang dapat diukur, yaitu ${diukur[0].uraian}.`;
  }
  if (belum > 0)
    teks += ` ${bilanganAwal(belum)} indikator belum dapat diukur dan tidak diikutkan dalam rata-rata.`;
  return teks;
}

/** "seluruhnya berkategori Sangat Tinggi" or "2 indikator berkategori Sangat Tinggi dan 1 Tinggi". */
export function rincianKategori(diukur: HasilBaris[], urutanKategori: string[]): string {
  const jumlah = new Map<string, number>(urutanKategori.map((k) => [k, 0]));
  for (const b of diukur) if (b.kategori) jumlah.set(b.kategori, (jumlah.get(b.kategori) ?? 0) + 1);
  const ada = [...jumlah].filter(([, n]) => n > 0);
  if (ada.length === 1 && ada[0][1] === diukur.length)
    return `${diukur.length === 2 ? 'keduanya' : 'seluruhnya'} berkategori ${ada[0][0]}`;
  return daftarKata(
    ada.map(([k, n], i) => (i === 0 ? `${n} indikator berkategori ${k}` : `${n} ${k}`)),
  );
}

/**
 * A budget table's line on its cash plan and its period, for the CLI and the
 * pane: "Anggaran kas s.d. Juni Rp500.000.000: realisasi Rp489.000.000 (97,80%)".
 */
export function ringkasKas(t: HasilTabel): string | undefined {
  const { anggaranKas, realisasiKas, serapanKas, sampaiKas } = t.ringkasan;
  if (anggaranKas === undefined || realisasiKas === undefined) return undefined;
  const sampai = sampaiKas ? ` ${namaPeriode(sampaiKas)}` : '';
  const s = serapanKas === undefined ? '' : ` (${persen(serapanKas)})`;
  return `Anggaran kas${sampai} ${formatRupiahRingkas(anggaranKas)}: realisasi ${formatRupiahRingkas(realisasiKas)}${s}`;
}

/** The quarter or month a budget table's realisasi reaches ("s.d. Triwulan II"), when kept per period. */
export function sampaiAnggaran(t: HasilTabel): string | undefined {
  const akhir = t.baris.reduce<HasilBaris['anggaranPeriode']>(
    (a, b) => (b.anggaranPeriode && (!a || b.anggaranPeriode.ke > a.ke) ? b.anggaranPeriode : a),
    undefined,
  );
  return akhir && namaPeriode(akhir.sampai);
}
