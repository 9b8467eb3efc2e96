import { hitungCapaian } from '../domain/capaian';
import { formatAngka, formatRingkas, formatRupiah, terbilang } from '../domain/angka';
import { kunciTeks } from '../domain/teks';
import type { HasilBaris, HasilBuku, HasilTabel } from '../engine/hasil';
import {
  anggaranWajar,
  kumpulkanBahan,
  teksIsi,
  type BahanBab,
  type BarisSumber,
  type SumberIndikator,
} from './bahan';
import {
  bilanganAwal,
  bilanganResmi,
  daftarKata,
  kalimatIndikator,
  kalimatPerubahan,
  kalimatRenstra,
  kalimatSasaran,
  kalimatSatuIndikator,
  kalimatTepatTarget,
  kalimatTidakBerubah,
  kalimatTren,
  namaPeriode,
  sampaiAnggaran,
  tepatTarget,
  tidakBerubah,
  nilaiDenganSatuan,
  persen,
  rincianKategori,
  sebutBilangan,
} from './kalimat';
import type { BabTiga, BlokBab, GrafikLaporan, TabelLaporan } from './model';
import { kalimatMetode, periodeBab, tabelPerPeriode, type PeriodeBab } from './periode-bab';
import { kalimatRenja, tabelRenja } from './renja-bab';
import { tataTabel } from './ukuran';
import { termasuk, type BagianBab3, type OpsiBab3 } from './opsi';
import { strukturAnggaran, type StrukturAnggaran } from './anggaran';
import {
  tabelAnggaranKegiatan,
  tabelAnggaranProgram,
  tabelBandingAnggaran,
  tabelEfisiensi,
  tabelFaktor,
  tabelIkm,
  tabelIndikator,
  tabelIndikatorProgram,
  tabelMultiTahun,
  tabelRenstra,
  tabelSasaranProgram,
  tabelSkala,
  type BarisEfisiensi,
  type BarisRenstra,
  type KelompokSasaran,
} from './tabel-bab';

/**
 * BAB III "Akuntabilitas Kinerja" (PermenPAN-RB 53/2014, DOMAIN.md section 8)
 * in the order real chapters use: how performance is measured and the
 * scale; target against realisasi for all indicators (one table, sasaran
 * cells merged) with the sentences of each sasaran and the IKM; the years
 * before; the Renstra end target; national standards; causes and solutions;
 * efisiensi; supporting programs; then the budget. Sentences only state what
 * the numbers show; what only people know is left as a marked blank.
 */

export type { OpsiBab3 } from './opsi';
export { kalimatIndikator, kalimatPerubahan } from './kalimat';

/** The chapter being written: its blocks and running numbers. */
class Penyusun {
  blok: BlokBab[] = [];
  private tabelKe = 0;
  private grafikKe = 0;
  private bagianKe = 0;
  /** " tahun 2023" for sentences, " Tahun 2023" for titles ("" without a year). */
  readonly th: string;
  readonly Th: string;
  readonly sumber: string;
  /** The quarter (or month) the indicators reach, in a chapter written from quarterly figures. */
  readonly periode?: PeriodeBab;

  constructor(
    readonly hasil: HasilBuku,
    readonly bahan: BahanBab,
    readonly opsi: OpsiBab3,
  ) {
    this.th = bahan.tahun ? ` tahun ${bahan.tahun}` : '';
    this.Th = bahan.tahun ? ` Tahun ${bahan.tahun}` : '';
    this.sumber = `Sumber: ${bahan.instansi ?? 'data perangkat daerah'}${bahan.tahun ? `, ${bahan.tahun}` : ''} (diolah)`;
    this.periode = periodeBab(semuaIndikator(bahan).map((x) => x.b));
  }

  ada(bagian: BagianBab3): boolean {
    return termasuk(this.opsi, bagian);
  }

  judul(tingkat: 1 | 2 | 3 | 4, teks: string): void {
    this.blok.push({ jenis: 'judul', tingkat, teks });
  }

  /** A numbered part of A ("3. Perbandingan ..."). */
  bagian(teks: string): void {
    this.judul(3, `${++this.bagianKe}. ${teks}`);
  }

  paragraf(teks: string | undefined, isian = false): void {
    if (teks)
      this.blok.push(isian ? { jenis: 'paragraf', teks, isian } : { jenis: 'paragraf', teks });
  }

  tabel(buat: (nomor: string) => TabelLaporan): void {
    this.blok.push({ jenis: 'tabel', tabel: buat(`3.${++this.tabelKe}`) });
  }

  grafik(g: Omit<GrafikLaporan, 'nomor'>): void {
    if (!this.ada('grafik')) return;
    this.blok.push({ jenis: 'grafik', grafik: { ...g, nomor: `3.${++this.grafikKe}` } });
  }
}

/** A workbook title without its own number ("Tabel 3.4." goes; the words stay). */
function judulBuku(h: HasilTabel): string | undefined {
  const t = h.tabel.judul?.replace(/^tabel\s+[0-9IVX]+(?:\.[0-9]+)*\.?\s*/i, '').trim();
  return t && /\p{L}{3}/u.test(t) ? t : undefined;
}

function semuaIndikator(bahan: BahanBab): BarisSumber[] {
  const dilihat = new Set<string>();
  return bahan.indikator
    .flatMap((s) => s.baris)
    .filter(({ b }) => {
      const k = kunciTeks(b.uraian);
      if (b.tingkat !== 'indikator' || dilihat.has(k)) return false;
      dilihat.add(k);
      return true;
    });
}

function kelompokkan(s: SumberIndikator): KelompokSasaran[] {
  const hasil: KelompokSasaran[] = [];
  for (const x of s.baris) {
    const akhir = hasil[hasil.length - 1];
    if (akhir && akhir.sasaran === x.b.sasaran) akhir.baris.push(x);
    else hasil.push({ ...(x.b.sasaran ? { sasaran: x.b.sasaran } : {}), baris: [x] });
  }
  return hasil;
}

function pendek(teks: string, n = 48): string {
  return teks.length <= n ? teks : `${teks.slice(0, n - 1).replace(/\s+\S*$/, '')}…`;
}

// ----- A. Pengukuran ---------------------------------------------------------------------------

function pengukuran(p: Penyusun): void {
  const { hasil, bahan } = p;
  const semua = semuaIndikator(bahan).map((x) => x.b);
  const instansi = bahan.instansi ? ` ${bahan.instansi}` : '';
  let teks = `Pengukuran kinerja${instansi}${p.th} dilakukan dengan membandingkan target dan realisasi setiap indikator kinerja sasaran. Capaian indikator dihitung dengan rumus realisasi dibagi target dikali 100%.`;
  const negatif = semua.filter((b) => b.polaritas === 'negatif').map((b) => b.uraian);
  if (negatif.length) {
    const rumus =
      hasil.pengaturan.rumusNegatif === 't/r'
        ? 'target dibagi realisasi dikali 100%'
        : '(2 x target - realisasi) dibagi target dikali 100%';
    teks += ` Indikator ${daftarKata(negatif)} bersifat negatif (makin kecil realisasinya makin baik), sehingga capaiannya dihitung dengan rumus ${rumus}.`;
  }
  if (semua.some((b) => typeof b.target === 'string' && b.capaian !== undefined))
    teks +=
      ' Untuk indikator yang targetnya berupa predikat, capaian 100% berarti predikat yang diraih setara dengan atau lebih baik daripada targetnya.';
  const kelas = hasil.skala.kelas.map((k) => k.label);
  teks += p.ada('skala')
    ? ` Capaian setiap indikator dikelompokkan menurut ${namaSkala(hasil.skala.nama)} seperti pada tabel berikut.`
    : ` Capaian setiap indikator dikelompokkan menurut ${namaSkala(hasil.skala.nama)}: ${daftarKata(kelas)}.`;
  p.paragraf(teks);
  if (p.ada('skala')) p.tabel((n) => tabelSkala(n, hasil.skala, `Sumber: ${hasil.skala.nama}`));
}

/** "skala Permendagri 86/2017"; a scale the workbook states is already "skala pada <lembar>". */
function namaSkala(nama: string): string {
  return /^skala\b/i.test(nama) ? nama : `skala ${nama}`;
}

// ----- 1. Target dan realisasi -----------------------------------------------------------------

function ringkasan(p: Penyusun): void {
  const semua = semuaIndikator(p.bahan).map((x) => x.b);
  if (semua.length < 2) return;
  const diukur = semua.filter((b) => b.capaian !== undefined);
  const kelas = p.hasil.skala.kelas.map((k) => k.label);
  let teks = `Dari ${sebutBilangan(semua.length)} indikator kinerja yang diperjanjikan${p.th}, ${diukur.length === semua.length ? 'seluruhnya dapat diukur capaiannya' : `${sebutBilangan(diukur.length)} indikator dapat diukur capaiannya`}: ${rincianKategori(diukur, kelas)}.`;
  if (diukur.length) {
    const rata = diukur.reduce((a, b) => a + (b.capaian as number), 0) / diukur.length;
    const k = p.hasil.skala.kelas.find(
      (c) =>
        (c.dari === null || (c.dariInklusif ? rata >= c.dari : rata > c.dari)) &&
        (c.sampai === null || (c.sampaiInklusif ? rata <= c.sampai : rata < c.sampai)),
    );
    const capai = diukur.filter((b) => (b.capaian as number) >= 100).length;
    teks += ` Rata-rata capaiannya ${persen(rata)}${k ? ` (${k.label})` : ''}.`;
    teks +=
      capai === diukur.length
        ? ' Seluruh indikator yang diukur mencapai targetnya.'
        : capai === 0
          ? ' Belum ada indikator yang mencapai targetnya.'
          : ` Sebanyak ${sebutBilangan(capai)} indikator mencapai atau melampaui target, sedangkan ${sebutBilangan(diukur.length - capai)} indikator belum mencapai target.`;
  }
  const belum = semua.length - diukur.length;
  if (belum)
    teks += ` ${bilanganAwal(belum)} indikator belum dapat diukur dan tidak diikutkan dalam rata-rata.`;
  p.paragraf(teks);
}

function standarSumber(
  s: SumberIndikator,
): { judul: string; nilai: Map<number, number | undefined> } | undefined {
  const kolom = s.hasil.tabel.kolom.find((k) => k.peran === 'standar');
  if (!kolom) return undefined;
  const nilai = new Map(
    s.baris.map(({ i }) => [i, s.hasil.tabel.baris[i]?.sel?.standar?.angka.nilai] as const),
  );
  return [...nilai.values()].some((n) => n !== undefined)
    ? { judul: kolom.judul.trim(), nilai }
    : undefined;
}

function grafikCapaian(p: Penyusun, baris: HasilBaris[]): void {
  const diukur = baris.filter((b) => b.capaian !== undefined);
  if (diukur.length < 2) return;
  p.grafik({
    judul: `Capaian Kinerja per Indikator${p.Th}`,
    jenis: 'batang',
    kategori: diukur.map((b) => pendek(b.uraian)),
    seri: [{ nama: 'Capaian (%)', nilai: diukur.map((b) => b.capaian as number) }],
    satuan: 'persen',
  });
}

/** The sentences of one sasaran: its summary, then each indicator's target, realisasi and verdict. */
function kalimatKelompok(
  p: Penyusun,
  k: KelompokSasaran,
  indikator: HasilBaris[],
  s: SumberIndikator,
  urutan: number,
): void {
  if (k.sasaran && indikator.length === 1) p.paragraf(kalimatSatuIndikator(indikator[0], urutan));
  else {
    if (k.sasaran) {
      const kalimat = indikator.map((b, j) => kalimatIndikator(b, urutan + j, p.bahan.tahun));
      const rata = s.hasil.ringkasan.perSasaran?.find((x) => x.sasaran === k.sasaran);
      const kelas = p.hasil.skala.kelas.map((c) => c.label);
      p.paragraf([kalimatSasaran(indikator, rata, kelas), ...kalimat].join(' '));
    } else {
      // A long list without sasaran: the indicators exactly on target in one sentence, the others one by one.
      const tepat = indikator.length > 8 ? indikator.filter(tepatTarget) : [];
      if (tepat.length >= 3) p.paragraf(kalimatTepatTarget(tepat));
      const lain = tepat.length >= 3 ? indikator.filter((b) => !tepat.includes(b)) : indikator;
      lain.forEach((b, j) => p.paragraf(kalimatIndikator(b, urutan + j, p.bahan.tahun)));
    }
  }
  for (const b of indikator.filter((x) => x.saranNegatif && x.polaritas !== 'negatif'))
    p.paragraf(
      `[Periksa: nama indikator ${b.uraian} menunjukkan indikator negatif (makin kecil makin baik), tetapi capaiannya dihitung sebagai indikator positif. Bila memang negatif, tandai polaritasnya di buku kerja, lalu susun ulang bab ini.]`,
      true,
    );
}

/** Each quarter's target and realisasi of a table of quarterly figures. */
function perPeriode(p: Penyusun, s: SumberIndikator): void {
  if (!p.periode || !p.ada('triwulan')) return;
  const periode = p.periode;
  const t = (n: string) =>
    tabelPerPeriode(
      n,
      (per) => `Target dan Realisasi per ${per}${p.Th}`,
      s.baris,
      periode,
      p.sumber,
    );
  if (t('')) p.tabel((n) => t(n)!);
}

function capaianTahunIni(p: Penyusun): void {
  const { bahan } = p;
  if (!bahan.indikator.length) return;
  const sd = p.periode ? ` ${p.periode.nama}` : '';
  p.bagian(`Perbandingan Target dan Realisasi Kinerja${sd}${p.Th}`);
  if (p.periode)
    p.paragraf(
      kalimatMetode(
        semuaIndikator(bahan).map((x) => x.b),
        p.periode,
        bahan.tahun,
      ),
    );
  if (p.ada('ringkasan')) ringkasan(p);
  let urutan = 0;
  let sasaranKe = 0;
  for (const s of bahan.indikator) {
    const kelompok = kelompokkan(s);
    const standar = p.ada('standar') ? standarSumber(s) : undefined;
    const judul =
      (s.hasil.jenis === 'indikator' ? judulBuku(s.hasil) : undefined) ??
      `Target, Realisasi, dan Capaian Indikator Kinerja${p.Th}`;
    if (!p.opsi.tabelPerSasaran) {
      p.tabel((n) => tabelIndikator(n, judul, kelompok, p.sumber, standar));
      grafikCapaian(
        p,
        s.baris.map((x) => x.b),
      );
    }
    perPeriode(p, s);
    for (const k of kelompok) {
      const indikator = k.baris.filter((x) => x.b.tingkat === 'indikator').map((x) => x.b);
      if (k.sasaran) {
        sasaranKe++;
        p.judul(4, `Sasaran ${sasaranKe}: ${k.sasaran.replace(/[\s.;:,]+$/, '')}`);
      }
      if (p.opsi.tabelPerSasaran)
        p.tabel((n) =>
          tabelIndikator(
            n,
            k.sasaran ? `Capaian Indikator Sasaran ${sasaranKe}${p.Th}` : judul,
            [k],
            p.sumber,
            standar,
          ),
        );
      kalimatKelompok(p, k, indikator, s, urutan);
      urutan += indikator.length;
    }
  }
  if (p.ada('ikm')) ikm(p);
}

/** The nine elements of PermenPAN-RB 14/2017, for surveys that only number them U1-U9. */
const UNSUR_IKM = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran, dan Masukan',
  'Sarana dan Prasarana',
];

function namaUnsur(uraian: string): string {
  const m = /^U\s*([1-9])$/i.exec(uraian.trim());
  return m ? `${UNSUR_IKM[Number(m[1]) - 1]} (U${m[1]})` : uraian;
}

function ikm(p: Penyusun): void {
  const t = p.bahan.ikm;
  if (!t) return;
  const r = t.ringkasan;
  const unsur = t.baris
    .filter((b): b is HasilBaris & { nrr: number } => b.tingkat === 'unsur' && b.nrr !== undefined)
    .map((b) => ({ nama: namaUnsur(b.uraian), nrr: b.nrr }));
  p.judul(4, 'Indeks Kepuasan Masyarakat');
  const nrr = (n: number) => formatAngka(n, { desimal: 3 });
  let teks = `Survei kepuasan masyarakat${p.th} menghasilkan nilai IKM ${formatRingkas(r.ikm as number)}`;
  teks += r.nrr !== undefined ? ` dari NRR tertimbang ${nrr(r.nrr)}` : '';
  teks += r.mutu ? `, sehingga mutu pelayanan berada pada kategori ${r.mutu}.` : '.';
  const urut = [...unsur].sort((a, b) => b.nrr - a.nrr);
  if (urut.length >= 2 && urut[0].nrr !== urut[urut.length - 1].nrr) {
    const [tinggi, rendah] = [urut[0], urut[urut.length - 1]];
    teks += ` Unsur dengan NRR tertinggi adalah ${tinggi.nama}, yaitu ${nrr(tinggi.nrr)}, sedangkan yang terendah adalah ${rendah.nama}, yaitu ${nrr(rendah.nrr)}.`;
  }
  p.paragraf(teks);
  if (unsur.length)
    p.tabel((n) =>
      tabelIkm(
        n,
        `Nilai Rata-Rata (NRR) Unsur Pelayanan dan Indeks Kepuasan Masyarakat${p.Th}`,
        unsur,
        r,
        p.sumber,
      ),
    );
  const terendah = urut[urut.length - 1];
  p.paragraf(
    `[Diisi: tindak lanjut hasil survei${terendah ? `, terutama untuk memperbaiki unsur ${terendah.nama} yang nilainya terendah` : ''}.]`,
    true,
  );
}

// ----- 2. Tahun sebelumnya --------------------------------------------------------------------

function tahunTabel(h: HasilTabel): number[] {
  return [...new Set(h.baris.flatMap((b) => Object.keys(b.tahun ?? {}).map(Number)))].sort(
    (a, b) => a - b,
  );
}

function grafikTahun(p: Penyusun, baris: BarisSumber[], tahun: number[]): void {
  const dengan = baris.filter(({ b }) =>
    tahun.some((y) => b.tahun?.[String(y)]?.capaian !== undefined),
  );
  if (!dengan.length) return;
  const nilai = (b: HasilBaris, y: number) => b.tahun?.[String(y)]?.capaian ?? null;
  const rentang = `${tahun[0]}–${tahun[tahun.length - 1]}`;
  if (tahun.length >= 3) {
    const seri =
      dengan.length <= 6
        ? dengan.map(({ b }) => ({
            nama: pendek(b.uraian, 40),
            nilai: tahun.map((y) => nilai(b, y)),
          }))
        : [
            {
              nama: 'Rata-rata capaian',
              nilai: tahun.map((y) => {
                const v = dengan.map(({ b }) => nilai(b, y)).filter((x): x is number => x !== null);
                return v.length ? v.reduce((a, c) => a + c, 0) / v.length : null;
              }),
            },
          ];
    p.grafik({
      judul: `Tren Capaian Kinerja Tahun ${rentang}`,
      jenis: 'garis',
      kategori: tahun.map(String),
      seri,
      satuan: 'persen',
    });
  } else if (dengan.length <= 15) {
    p.grafik({
      judul: `Capaian Kinerja Tahun ${rentang}`,
      jenis: 'batang',
      kategori: dengan.map(({ b }) => pendek(b.uraian)),
      seri: tahun.map((y) => ({ nama: `Tahun ${y}`, nilai: dengan.map(({ b }) => nilai(b, y)) })),
      satuan: 'persen',
    });
  }
}

function multiTahun(p: Penyusun): void {
  const daftar = p.bahan.multi.filter((h) => tahunTabel(h).length >= 2);
  if (!daftar.length) return;
  p.bagian(`Perbandingan Realisasi dan Capaian Kinerja${p.Th} dengan Tahun Sebelumnya`);
  for (const h of daftar) {
    const tahun = tahunTabel(h);
    const baris = h.baris.flatMap((b, i) =>
      b.tingkat === 'indikator' && b.tahun
        ? [{ b, i, satuan: b.satuan ?? h.tabel.baris[i]?.sel?.realisasi?.angka.satuan }]
        : [],
    );
    if (!baris.length) continue;
    const judul =
      judulBuku(h) ??
      `Perbandingan Realisasi dan Capaian Kinerja Tahun ${tahun[0]}–${tahun[tahun.length - 1]}`;
    // Each year's target too, unless leaving the targets out keeps the table portrait, or whole at all.
    p.tabel((n) => {
      const penuh = tabelMultiTahun(n, judul, baris, tahun, true, p.sumber);
      const tp = tataTabel(penuh);
      if (!tp.lanskap) return penuh;
      const ramping = tabelMultiTahun(n, judul, baris, tahun, false, p.sumber);
      return tataTabel(ramping).lanskap && tp.muat ? penuh : ramping;
    });
    grafikTahun(p, baris, tahun);
    const dengan = baris.map(({ b, satuan }) => ({ ...b, ...(satuan ? { satuan } : {}) }));
    // Indicators whose realisasi and capaian did not move: one sentence for them all.
    const tetap = dengan.length > 8 ? dengan.filter((b) => tidakBerubah(b, p.bahan.tahun)) : [];
    if (tetap.length >= 3) p.paragraf(kalimatTidakBerubah(tetap, p.bahan.tahun));
    for (const x of dengan.filter((b) => tetap.length < 3 || !tetap.includes(b))) {
      const satu = [kalimatPerubahan(x, p.bahan.tahun), kalimatTren(x)];
      p.paragraf(satu.filter(Boolean).join(' '));
    }
  }
}

// ----- 3. Renstra ------------------------------------------------------------------------------

/** The indicators with a Renstra end target, their realisasi against it, and the years of the Renstra. */
function barisRenstra(p: Penyusun): { baris: BarisRenstra[]; awal?: number; akhir?: number } {
  const hasil: { baris: BarisRenstra[]; awal?: number; akhir?: number } = { baris: [] };
  for (const x of semuaIndikator(p.bahan)) {
    const r = p.bahan.renstra.get(kunciTeks(x.b.uraian));
    if (r?.targetAkhir === undefined || !teksIsi(r.targetAkhir)) continue;
    const c = hitungCapaian({
      target: r.targetAkhir,
      realisasi: x.b.realisasi ?? null,
      polaritas: x.b.polaritas,
      rumusNegatif: p.hasil.pengaturan.rumusNegatif,
    });
    hasil.baris.push({ ...x, dataAwal: r.dataAwal, targetAkhir: r.targetAkhir, capaian: c.nilai });
    hasil.awal ??= r.tahunAwal;
    hasil.akhir ??= r.tahunAkhir;
  }
  return hasil;
}

function renstra(p: Penyusun): void {
  const { baris, awal, akhir } = barisRenstra(p);
  if (!baris.length) return;
  p.bagian('Perbandingan Realisasi dengan Target Akhir Renstra');
  const diukur = baris.filter((r) => r.capaian !== undefined);
  const capai = diukur.filter((r) => (r.capaian as number) >= 100).length;
  const bagian = [
    capai ? `${sebutBilangan(capai)} indikator sudah mencapainya` : '',
    diukur.length - capai ? `${sebutBilangan(diukur.length - capai)} indikator belum` : '',
    baris.length - diukur.length
      ? `${sebutBilangan(baris.length - diukur.length)} indikator belum dapat dibandingkan karena realisasinya belum tersedia atau target akhirnya nol`
      : '',
  ].filter(Boolean);
  p.paragraf(
    `Dari ${sebutBilangan(baris.length)} indikator yang memiliki target akhir Renstra${akhir ? ` tahun ${akhir}` : ''}, ${daftarKata(bagian)}.`,
  );
  const tahun = { awal, akhir, kini: p.bahan.tahun };
  p.tabel((n) =>
    tabelRenstra(n, `Realisasi${p.Th} terhadap Target Akhir Renstra`, baris, tahun, p.sumber),
  );
  for (const r of diukur)
    p.paragraf(kalimatRenstra(r.b, r.targetAkhir, r.capaian as number, akhir, p.bahan.tahun));
}

// ----- 4. Standar -------------------------------------------------------------------------------

/** Realisasi against a national or provincial standard, read with the indicator's polarity. */
export function kalimatStandar(
  b: HasilBaris,
  standar: number | undefined,
  judul: string,
): string | undefined {
  if (standar === undefined || typeof b.realisasi !== 'number') return undefined;
  const lebihBaik = b.polaritas === 'negatif' ? b.realisasi < standar : b.realisasi > standar;
  const posisi =
    b.realisasi === standar ? 'sama dengan' : lebihBaik ? 'lebih baik dari' : 'belum mencapai';
  return `Realisasi ${b.uraian} sebesar ${nilaiDenganSatuan(b.realisasi, b.satuan)} ${posisi} ${judul.toLowerCase()} (${nilaiDenganSatuan(standar, b.satuan)}).`;
}

function standar(p: Penyusun): void {
  const kalimat = p.bahan.indikator.flatMap((s) => {
    const st = standarSumber(s);
    return st ? s.baris.map(({ b, i }) => kalimatStandar(b, st.nilai.get(i), st.judul)) : [];
  });
  const ada = kalimat.filter((x): x is string => !!x);
  if (!ada.length) return;
  p.bagian('Perbandingan dengan Standar Nasional atau Provinsi');
  ada.forEach((t) => p.paragraf(t));
}

// ----- 5. Penyebab dan solusi ------------------------------------------------------------------

function faktor(p: Penyusun): void {
  const { bahan } = p;
  const semua = semuaIndikator(bahan);
  if (!semua.length) return;
  p.bagian('Analisis Penyebab Keberhasilan atau Kegagalan serta Solusi');
  const baris = semua.flatMap(({ b }) => {
    const f = bahan.faktor.get(kunciTeks(b.uraian));
    return f ? [{ uraian: b.uraian, f }] : [];
  });
  const belum = semua
    .filter(({ b }) => b.capaian !== undefined && b.capaian < 100)
    .map(({ b }) => b);
  if (baris.length) {
    p.paragraf(
      'Faktor pendukung dan penghambat capaian setiap indikator, sebagaimana dicatat dalam buku kerja, disajikan pada tabel berikut.',
    );
    const judulGabungan = (bahan.judulFaktorGabungan ?? 'Faktor Pendukung/Penghambat').replace(
      /\s*(berhasil|keberhasilan)\s*\/?\s*(gagalnya|kegagalan).*$/i,
      '',
    );
    p.tabel((n) =>
      tabelFaktor(
        n,
        `Faktor Pendukung dan Penghambat Capaian Kinerja${p.Th}`,
        baris,
        judulGabungan,
        p.sumber,
      ),
    );
  } else
    p.paragraf(
      '[Diisi: penyebab keberhasilan atau kegagalan pencapaian setiap indikator, serta alasan peningkatan atau penurunannya dibandingkan tahun sebelumnya.]',
      true,
    );
  if (belum.length) {
    p.paragraf(
      `${belum.length === 1 ? 'Indikator yang belum mencapai target' : `Sebanyak ${sebutBilangan(belum.length)} indikator belum mencapai target`}${p.periode ? ` ${p.periode.nama}` : ''}${p.th}: ${daftarKata(belum.map((b) => `${b.uraian} (capaian ${persen(b.capaian as number)})`))}.`,
    );
    p.paragraf(
      `[Diisi: upaya atau solusi yang telah dilakukan untuk indikator yang belum mencapai target: ${daftarKata(belum.map((b) => b.uraian))}.]`,
      true,
    );
  } else p.paragraf('Seluruh indikator yang dapat diukur mencapai targetnya.');
  p.paragraf(
    '[Diisi: rencana aksi tahun berikutnya untuk mempertahankan capaian yang baik dan memperbaiki capaian yang belum memenuhi target.]',
    true,
  );
}

// ----- 6. Efisiensi -----------------------------------------------------------------------------

const KRITERIA_EFISIENSI = {
  selisih:
    'Efisiensi dihitung dengan metode selisih, yaitu capaian kinerja dikurangi serapan anggaran dalam poin. Kriterianya: efisien bila capaian kinerja mencapai 100% atau lebih dan serapan anggaran tidak melebihi capaian; tidak efisien bila capaian kinerja di bawah 100% dan serapan anggaran melebihi capaian; di luar kedua keadaan itu efisiensinya tidak dapat disimpulkan, yaitu bila target belum tercapai tetapi serapan anggaran juga lebih rendah daripada capaian.',
  pita5:
    'Efisiensi dihitung sebagai selisih capaian kinerja dan serapan anggaran dalam poin, dengan pita toleransi 5 poin: efisien bila selisihnya lebih dari 5 poin, cukup efisien bila selisihnya antara -5 dan 5 poin, dan tidak efisien bila selisihnya kurang dari -5 poin.',
  rasio:
    'Efisiensi dihitung sebagai indeks, yaitu capaian kinerja dibagi serapan anggaran: efisien bila indeksnya 1 atau lebih, dan tidak efisien bila kurang dari 1.',
} as const;

/** Programs of the year's budget whose indicators give a capaian: the engine's efisiensi per program. */
function efisiensiAnggaran(p: Penyusun): BarisEfisiensi[] {
  return (p.bahan.anggaran?.ringkasan.perProgram ?? [])
    .filter((x) => x.labelEfisiensi)
    .map((x) => ({ ...x, uraian: x.program, label: x.labelEfisiensi }));
}

/** The year's budget; else the workbook's efisiensi table; else per sasaran. */
function barisEfisiensi(p: Penyusun): { nama: string; baris: BarisEfisiensi[] } | undefined {
  const anggaran = efisiensiAnggaran(p);
  if (anggaran.length) return { nama: 'Program', baris: anggaran };
  const tabel = p.bahan.efisiensi?.baris.filter((b) => b.tingkat !== 'total' && b.labelEfisiensi);
  if (tabel?.length)
    return {
      nama: 'Program',
      baris: tabel.map((b) => ({ ...b, label: b.labelEfisiensi })),
    };
  const sp = p.bahan.sasaranProgram?.ringkasan.perSasaran?.filter((s) => s.labelEfisiensi);
  if (sp?.length)
    return {
      nama: 'Sasaran',
      baris: sp.map((s) => ({ ...s, uraian: s.sasaran, label: s.labelEfisiensi })),
    };
  return undefined;
}

function efisiensi(p: Penyusun): void {
  const e = p.hasil.efisiensi;
  const rinci = barisEfisiensi(p);
  if (!rinci && !e.label) return;
  p.bagian('Analisis Efisiensi Penggunaan Sumber Daya');
  p.paragraf(KRITERIA_EFISIENSI[e.metode]);
  if (rinci) {
    const jumlah = new Map<string, number>();
    for (const r of rinci.baris) if (r.label) jumlah.set(r.label, (jumlah.get(r.label) ?? 0) + 1);
    const nama = rinci.nama.toLowerCase();
    const urutan = ['Efisien', 'Cukup Efisien', 'Tidak Efisien', 'Tidak Dapat Disimpulkan'];
    const bagian = urutan
      .filter((l) => jumlah.get(l))
      .map(
        (l) =>
          `${sebutBilangan(jumlah.get(l) as number)} ${nama} ${l === 'Tidak Dapat Disimpulkan' ? 'tidak dapat disimpulkan efisiensinya' : l.toLowerCase()}`,
      );
    p.paragraf(
      `Dari ${sebutBilangan(rinci.baris.length)} ${nama} yang dianalisis, ${daftarKata(bagian)}.`,
    );
    p.tabel((n) =>
      tabelEfisiensi(
        n,
        `Analisis Efisiensi per ${rinci.nama}${p.Th}`,
        rinci.nama,
        rinci.baris,
        e.metode,
        p.sumber,
      ),
    );
  }
  if (e.label && e.capaian !== undefined && e.serapan !== undefined) {
    const hasil =
      e.label === 'Tidak Dapat Disimpulkan'
        ? 'efisiensinya tidak dapat disimpulkan'
        : `penggunaan anggaran ${e.label.toLowerCase()}`;
    const selisih =
      e.efisiensi !== undefined
        ? e.metode === 'rasio'
          ? ` (indeks ${formatRingkas(e.efisiensi)})`
          : ` (selisih ${formatRingkas(e.efisiensi)} poin)`
        : '';
    p.paragraf(
      `Secara keseluruhan, rata-rata capaian kinerja ${persen(e.capaian)} dibandingkan dengan serapan anggaran ${persen(e.serapan)}, sehingga ${hasil}${selisih}.`,
    );
  }
}

// ----- 7. Program --------------------------------------------------------------------------------

function rupiahKata(p: Penyusun, n: number): string {
  return p.opsi.terbilang === false || !Number.isInteger(n)
    ? formatRupiah(n)
    : `${formatRupiah(n)} (${terbilang(n)})`;
}

/** Per sasaran: its programs, their pagu, realisasi and serapan, in one sentence. */
function kalimatSasaranProgram(sp: HasilTabel): string[] {
  const per = new Map<string, HasilBaris[]>();
  for (const b of sp.baris.filter((x) => x.tingkat !== 'total' && x.sasaran))
    per.set(b.sasaran as string, [...(per.get(b.sasaran as string) ?? []), b]);
  return [...per].map(([sasaran, daftar]) => {
    const pagu = daftar.reduce((a, b) => a + (b.pagu ?? 0), 0);
    const real = daftar.reduce((a, b) => a + (b.realisasiAnggaran ?? 0), 0);
    const serapan = pagu > 0 ? ` (serapan ${persen((real / pagu) * 100)})` : '';
    return `Sasaran ${sasaran} didukung oleh ${daftarKata(daftar.map((b) => b.uraian))} dengan pagu ${formatRupiah(pagu)} dan realisasi ${formatRupiah(real)}${serapan}.`;
  });
}

/** The first sasaran a program supports (a program may support several), with the sasaran's place. */
function sasaranDariProgram(sp: HasilTabel | undefined) {
  const daftar = [...new Set((sp?.baris ?? []).flatMap((b) => (b.sasaran ? [b.sasaran] : [])))];
  const peta = new Map<string, string>();
  for (const b of sp?.baris ?? [])
    if (b.tingkat !== 'total' && b.sasaran && !peta.has(kunciTeks(b.uraian)))
      peta.set(kunciTeks(b.uraian), b.sasaran);
  return (program: string | undefined) => {
    const nama = program ? peta.get(kunciTeks(program)) : undefined;
    return nama ? { nama, urutan: daftar.indexOf(nama) } : undefined;
  };
}

function kalimatIndikatorProgram(ip: BarisSumber[]): string {
  const diukur = ip.filter(({ b }) => b.capaian !== undefined).map(({ b }) => b);
  const belum = diukur.filter((b) => (b.capaian as number) < 100);
  const awal = `Pencapaian sasaran ditunjang oleh program yang indikatornya disajikan pada tabel berikut. Dari ${sebutBilangan(ip.length)} indikator program, `;
  if (belum.length === 0)
    return `${awal}${diukur.length === ip.length ? 'seluruhnya' : `${sebutBilangan(diukur.length)} indikator yang dapat diukur`} mencapai target.`;
  const daftar = belum.map(
    (b) => `${b.uraian} pada ${b.program} (capaian ${persen(b.capaian as number)})`,
  );
  return `${awal}${sebutBilangan(diukur.length - belum.length)} indikator mencapai target dan ${sebutBilangan(belum.length)} belum: ${daftarKata(daftar)}.`;
}

function program(p: Penyusun): void {
  const { sasaranProgram: sp, indikatorProgram: ip, renja } = p.bahan;
  if (!sp && !ip.length && !renja) return;
  p.bagian('Analisis Program dan Kegiatan Penunjang Capaian Sasaran');
  if (renja) {
    const sub = p.ada('sub-kegiatan');
    p.paragraf(kalimatRenja(renja, p.th));
    p.tabel((n) =>
      tabelRenja(
        n,
        `Capaian Indikator Program dan Kegiatan (Evaluasi Renja)${p.Th}`,
        renja,
        sub,
        p.sumber,
      ),
    );
  }
  if (sp) {
    kalimatSasaranProgram(sp).forEach((t) => p.paragraf(t));
    p.tabel((n) =>
      tabelSasaranProgram(n, `Program Pendukung Sasaran dan Anggarannya${p.Th}`, sp, p.sumber),
    );
  }
  if (ip.length) {
    p.paragraf(kalimatIndikatorProgram(ip));
    const judul = `Capaian Indikator Program Pendukung Sasaran${p.Th}`;
    p.tabel((n) => tabelIndikatorProgram(n, judul, ip, p.sumber, sasaranDariProgram(sp)));
  }
}

// ----- B. Keuangan -------------------------------------------------------------------------------

function kalimatPagu(p: Penyusun, s: StrukturAnggaran, sampai?: string): string {
  const r = s.jumlah;
  const h = s.banyak;
  const instansi = p.bahan.instansi ? ` ${p.bahan.instansi}` : '';
  let teks = '';
  if (r.paguMurni !== undefined && r.pagu !== undefined && r.paguMurni !== r.pagu) {
    const d = r.pagu - r.paguMurni;
    teks = `Pagu anggaran${instansi}${p.th} sebelum perubahan (murni) sebesar ${formatRupiah(r.paguMurni)}, kemudian ${d > 0 ? 'bertambah' : 'berkurang'} ${formatRupiah(Math.abs(d))} (${persen((Math.abs(d) / r.paguMurni) * 100)}) menjadi ${rupiahKata(p, r.pagu)} setelah perubahan.`;
  } else teks = `Pagu anggaran${instansi}${p.th} sebesar ${rupiahKata(p, r.pagu as number)}.`;
  const rincian = [
    h.program ? `${bilanganResmi(h.program)} program` : '',
    h.kegiatan ? `${bilanganResmi(h.kegiatan)} kegiatan` : '',
    h.subKegiatan ? `${bilanganResmi(h.subKegiatan)} sub kegiatan` : '',
  ].filter(Boolean);
  if (rincian.length) teks += ` Anggaran tersebut dilaksanakan melalui ${daftarKata(rincian)}.`;
  const realisasi = r.realisasiAnggaran ?? 0;
  const realisasinya = sampai ? `Realisasi ${sampai}` : 'Realisasinya';
  teks += ` ${realisasinya} ${formatRupiah(realisasi)} atau ${persen(r.serapan ?? 0)} dari pagu, sehingga sisa anggaran ${formatRupiah(r.sisa ?? 0)}.`;
  return teks;
}

/** Realisasi against the anggaran kas (the cash plan up to the reporting month), where the workbook has one. */
function kalimatKas(t: HasilTabel): string | undefined {
  const { anggaranKas, realisasiKas, serapanKas, sampaiKas } = t.ringkasan;
  if (anggaranKas === undefined || realisasiKas === undefined || serapanKas === undefined)
    return undefined;
  const sampai = sampaiKas ? ` ${namaPeriode(sampaiKas)}` : '';
  return `Dibandingkan dengan anggaran kas (rencana penarikan dana)${sampai} sebesar ${formatRupiah(anggaranKas)}, realisasi pada rincian yang memiliki anggaran kas sebesar ${formatRupiah(realisasiKas)} atau ${persen(serapanKas)} dari rencana tersebut.`;
}

function bandingTahunLalu(p: Penyusun, kini: StrukturAnggaran): void {
  const lalu = p.bahan.anggaranLalu;
  const tahun = p.bahan.tahun;
  if (!lalu || tahun === undefined) return;
  if (!anggaranWajar(lalu)) {
    p.paragraf(
      `[Diisi: perbandingan dengan anggaran tahun ${tahun - 1}. Tabel anggaran tahun ${tahun - 1} di buku kerja belum dapat dibaca dengan benar (rinciannya tidak sama dengan jumlahnya, atau realisasinya melebihi pagu); periksa tabel itu dengan "capaian periksa".]`,
      true,
    );
    return;
  }
  const sl = strukturAnggaran(lalu);
  const [rk, rl] = [kini.jumlah, sl.jumlah];
  const dp = (rk.pagu as number) - (rl.pagu as number);
  let teks = `Dibandingkan tahun ${tahun - 1}, pagu anggaran ${dp === 0 ? 'tidak berubah' : `${dp > 0 ? 'naik' : 'turun'} ${formatRupiah(Math.abs(dp))}`} dari ${formatRupiah(rl.pagu as number)} menjadi ${formatRupiah(rk.pagu as number)}`;
  if (rk.serapan !== undefined && rl.serapan !== undefined) {
    const ds = rk.serapan - rl.serapan;
    teks +=
      formatRingkas(Math.abs(ds)) === '0'
        ? `, dengan serapan yang sama (${persen(rk.serapan)})`
        : `, dan serapannya ${ds > 0 ? 'naik' : 'turun'} ${formatRingkas(Math.abs(ds))} poin dari ${persen(rl.serapan)} menjadi ${persen(rk.serapan)}`;
  }
  p.paragraf(`${teks}.`);
  p.tabel((n) =>
    tabelBandingAnggaran(
      n,
      `Perbandingan Anggaran Tahun ${tahun - 1} dan Tahun ${tahun}`,
      { tahun, s: kini },
      { tahun: tahun - 1, s: sl },
      p.sumber,
    ),
  );
}

function namaProgramPendek(uraian: string): string {
  const t = uraian.replace(/^program\s+/i, '');
  return pendek(t === t.toUpperCase() ? t.charAt(0) + t.slice(1).toLowerCase() : t, 40);
}

function keuangan(p: Penyusun): void {
  const t = p.bahan.anggaran;
  if (!t || t.ringkasan.pagu === undefined) return;
  const s = strukturAnggaran(t);
  p.judul(2, 'B. Akuntabilitas Keuangan');
  p.paragraf(kalimatPagu(p, s, sampaiAnggaran(t)));
  p.paragraf(kalimatKas(t));
  p.tabel((n) => tabelAnggaranProgram(n, `Realisasi Anggaran per Program${p.Th}`, s, p.sumber));
  const program = s.program.filter((b) => b.serapan !== undefined);
  if (program.length >= 2) {
    p.grafik({
      judul: `Pagu dan Realisasi Anggaran per Program${p.Th}`,
      jenis: 'batang',
      kategori: program.map((b) => namaProgramPendek(b.uraian)),
      seri: [
        { nama: 'Pagu', nilai: program.map((b) => b.pagu ?? null) },
        { nama: 'Realisasi', nilai: program.map((b) => b.realisasiAnggaran ?? 0) },
      ],
      satuan: 'rupiah',
    });
    const urut = [...program].sort((a, b) => (b.serapan ?? 0) - (a.serapan ?? 0));
    const [tinggi, rendah] = [urut[0], urut[urut.length - 1]];
    p.paragraf(
      `Serapan tertinggi terdapat pada ${tinggi.uraian} (${persen(tinggi.serapan as number)}) dan terendah pada ${rendah.uraian} (${persen(rendah.serapan as number)}, sisa ${formatRupiah(rendah.sisa ?? 0)}).`,
    );
  }
  if (p.ada('kegiatan') && s.banyak.kegiatan > 0) {
    const sub = p.ada('sub-kegiatan') && s.banyak.subKegiatan > 0;
    p.tabel((n) =>
      tabelAnggaranKegiatan(
        n,
        `Realisasi Anggaran per Program dan Kegiatan${sub ? ' serta Sub Kegiatan' : ''}${p.Th}`,
        s,
        sub,
        p.sumber,
      ),
    );
  }
  if (p.ada('tahun-lalu')) bandingTahunLalu(p, s);
}

/** The whole chapter. */
export function susunBab3(hasil: HasilBuku, opsi: OpsiBab3 = {}): BabTiga {
  const bahan = kumpulkanBahan(hasil, opsi);
  const p = new Penyusun(hasil, bahan, opsi);
  p.judul(1, 'BAB III AKUNTABILITAS KINERJA');
  p.judul(2, 'A. Capaian Kinerja Organisasi');
  pengukuran(p);
  capaianTahunIni(p);
  if (p.ada('multi-tahun')) multiTahun(p);
  if (p.ada('renstra')) renstra(p);
  if (p.ada('standar')) standar(p);
  if (p.ada('faktor')) faktor(p);
  if (p.ada('efisiensi')) efisiensi(p);
  if (p.ada('program')) program(p);
  if (p.ada('keuangan')) keuangan(p);
  return {
    judul: 'BAB III AKUNTABILITAS KINERJA',
    ...(bahan.instansi ? { instansi: bahan.instansi } : {}),
    ...(bahan.tahun !== undefined ? { tahun: bahan.tahun } : {}),
    blok: p.blok,
  };
}
