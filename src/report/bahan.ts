import { terbesar } from '../domain/agregasi';
import { kunciTeks, rapikanTeks } from '../domain/teks';
import type { HasilBaris, HasilBuku, HasilTabel } from '../engine/hasil';
import { anggaranDariRenja } from './renja-bab';

/**
 * What a BAB III is written from, gathered from the engine's results: the
 * indicator tables (the same indicators repeated in another table add their
 * faktor columns instead of a second table), every multi-year table, the
 * Renstra targets, the IKM survey, the budget of the year and of the year
 * before, efisiensi, programs and their indicators. Also the year and the
 * office's name, read from the workbook's titles when not given.
 */

/** An indicator row with its place in its table. */
export interface BarisSumber {
  b: HasilBaris;
  /** Index in the table's rows (the engine's rows parallel the recognised ones). */
  i: number;
  /** Satuan of the row, or the unit written in its target / realisasi cells ("15 Desa"). */
  satuan?: string;
}

/** An indicator table the chapter shows. */
export interface SumberIndikator {
  hasil: HasilTabel;
  baris: BarisSumber[];
}

/** The causes the workbook states for an indicator. */
export interface Faktor {
  pendukung?: string;
  penghambat?: string;
  /** One column for both ("Penjelasan Faktor Pendukung dan Penghambat ..."). */
  gabungan?: string;
}

export interface DataRenstra {
  b: HasilBaris;
  targetAkhir?: number | string;
  tahunAkhir?: number;
  dataAwal?: number | string;
  tahunAwal?: number;
}

export interface BahanBab {
  tahun?: number;
  /** The office as the sentences name it ("Kecamatan Kota Bangun"). */
  instansi?: string;
  indikator: SumberIndikator[];
  faktor: Map<string, Faktor>;
  /** Header of a combined faktor column, as the workbook wrote it. */
  judulFaktorGabungan?: string;
  multi: HasilTabel[];
  renstra: Map<string, DataRenstra>;
  ikm?: HasilTabel;
  anggaran?: HasilTabel;
  anggaranLalu?: HasilTabel;
  efisiensi?: HasilTabel;
  sasaranProgram?: HasilTabel;
  /** Indicators of programs (rows that name their program). */
  indikatorProgram: BarisSumber[];
  /** The Renja evaluation form: program and kegiatan indicators (and the budget, without a DPA table). */
  renja?: HasilTabel;
}

/** Text of a cell that says something ("-", "n/a" and blanks say nothing). */
export function teksIsi(v: unknown): string | undefined {
  const t = rapikanTeks(String(v ?? ''));
  return t === '' || /^(-+|n\/?a|tidak ada)$/i.test(t) ? undefined : t;
}

function satuanBaris(h: HasilTabel, i: number, b: HasilBaris): string | undefined {
  const sel = h.tabel.baris[i]?.sel;
  return b.satuan ?? sel?.target?.angka.satuan ?? sel?.realisasi?.angka.satuan;
}

/** The row with the target and realisasi as written when the engine could not read them ("Baik (B) 60-70"). */
function denganTeks(h: HasilTabel, i: number, b: HasilBaris): HasilBaris {
  const sel = h.tabel.baris[i]?.sel;
  const target = b.target ?? teksIsi(sel?.target?.mentah);
  // A pending marker ("*)", "belum dinilai") says nothing to a reader: the table shows "-".
  const realisasi =
    b.realisasi ??
    (b.alasan === 'belum-ada-realisasi' ? undefined : teksIsi(sel?.realisasi?.mentah));
  return {
    ...b,
    ...(target === undefined ? {} : { target }),
    ...(realisasi === undefined ? {} : { realisasi }),
  };
}

function barisSumber(h: HasilTabel, i: number, b: HasilBaris): BarisSumber {
  const satuan = satuanBaris(h, i, b);
  return {
    b: { ...denganTeks(h, i, b), ...(satuan ? { satuan } : {}) },
    i,
    ...(satuan ? { satuan } : {}),
  };
}

function barisIndikator(h: HasilTabel, dariProgram: boolean): BarisSumber[] {
  return h.baris.flatMap((b, i) =>
    (b.tingkat === 'indikator' || b.tingkat === 'sub-indikator') && !!b.program === dariProgram
      ? [barisSumber(h, i, b)]
      : [],
  );
}

function catatFaktor(h: HasilTabel, baris: BarisSumber[], faktor: Map<string, Faktor>): void {
  for (const { b, i } of baris) {
    const sel = h.tabel.baris[i]?.sel;
    const f: Faktor = { ...faktor.get(kunciTeks(b.uraian)) };
    const pendukung = teksIsi(sel?.pendukung?.mentah);
    const penghambat = teksIsi(sel?.penghambat?.mentah);
    const gabungan = teksIsi(sel?.faktor?.mentah);
    if (pendukung) f.pendukung = pendukung;
    if (penghambat) f.penghambat = penghambat;
    if (gabungan && !f.gabungan) f.gabungan = gabungan;
    if (f.pendukung || f.penghambat || f.gabungan) faktor.set(kunciTeks(b.uraian), f);
  }
}

/** Indicator tables; one that repeats the indicators of an earlier one only lends its faktor columns. */
function kumpulkanIndikator(hasil: HasilBuku, bahan: BahanBab): void {
  const dikenal = new Set<string>();
  const utama = hasil.tabel.filter((t) => t.jenis === 'indikator');
  for (const h of utama) {
    const baris = barisIndikator(h, false);
    if (baris.length === 0) continue;
    catatFaktor(h, baris, bahan.faktor);
    const judul = h.tabel.kolom.find((k) => k.peran === 'faktor')?.judul;
    if (judul && !bahan.judulFaktorGabungan) bahan.judulFaktorGabungan = rapikanTeks(judul);
    const kunci = baris.map((x) => kunciTeks(x.b.uraian));
    const ulang = kunci.filter((k) => dikenal.has(k)).length;
    if (ulang >= 0.8 * kunci.length) continue;
    kunci.forEach((k) => dikenal.add(k));
    bahan.indikator.push({ hasil: h, baris });
  }
  for (const h of utama) bahan.indikatorProgram.push(...barisIndikator(h, true));
  // Without a one-year table, the multi-year tables give this year's target and realisasi.
  if (bahan.indikator.length === 0)
    for (const h of bahan.multi) {
      const baris = barisIndikator(h, false).filter((x) => x.b.target !== undefined);
      if (baris.length) bahan.indikator.push({ hasil: h, baris });
    }
}

function kumpulkanRenstra(hasil: HasilBuku, bahan: BahanBab): void {
  for (const h of hasil.tabel.filter((t) => t.jenis === 'renstra')) {
    const kAkhir = h.tabel.kolom.find((k) => k.peran === 'targetAkhir');
    const kAwal = h.tabel.kolom.find((k) => k.peran === 'dataAwal');
    h.baris.forEach((b, i) => {
      if (b.tingkat !== 'indikator') return;
      const sel = h.tabel.baris[i]?.sel;
      const awal = sel?.dataAwal;
      const d: DataRenstra = { b };
      if (b.targetAkhir !== undefined) d.targetAkhir = b.targetAkhir;
      if (kAkhir?.tahun) d.tahunAkhir = kAkhir.tahun;
      if (awal && teksIsi(awal.mentah))
        d.dataAwal = awal.angka.nilai ?? (teksIsi(awal.mentah) as string);
      if (kAwal?.tahun) d.tahunAwal = kAwal.tahun;
      bahan.renstra.set(kunciTeks(b.uraian), d);
    });
  }
}

/** The reporting year: of the indicator tables, else the budget, else the multi-year tables (never a Renstra end year). */
function tahunLaporan(hasil: HasilBuku): number | undefined {
  for (const jenis of ['indikator', 'anggaran', 'multi-tahun']) {
    const th = hasil.tabel
      .filter((x) => x.jenis === jenis)
      .map((x) => x.tabel.tahun)
      .filter((y): y is number => y !== undefined && y >= 2000 && y <= 2100);
    if (th.length) return Math.max(...th);
  }
  return undefined;
}

const AKRONIM = /^(RSUD|UPTD?|DPRD|BPBD|BAPPEDA|BPKAD|BKPSDM|DPMPTSP|PUPR|PMD|PPKB|KB|SKPD|OPD)$/;

function hurufJudul(teks: string): string {
  if (teks !== teks.toUpperCase()) return teks;
  return teks
    .split(' ')
    .map((w) =>
      AKRONIM.test(w) || !/[AIUEO]/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

const POLA_INSTANSI =
  /\b(?:kantor\s+)?(kecamatan|kelurahan|kantor camat|dinas|badan|sekretariat|inspektorat|satuan|rsud|puskesmas|bagian)\s+((?:(?!tahun\b|ta\b|per\b|pada\b|bulan\b|periode\b|s\.?d\b)[\p{L}.'/-]+\s*){1,5})/iu;

/** The office named in the tables' titles, the most frequent when they differ ("KECAMATAN KOTA BANGUN" -> "Kecamatan Kota Bangun"). */
export function instansiDariJudul(judul: string[]): string | undefined {
  const hitung = new Map<string, number>();
  for (const j of judul) {
    const m = POLA_INSTANSI.exec(rapikanTeks(j));
    if (!m) continue;
    const jenis = /^kantor camat$/i.test(m[1]) ? 'Kecamatan' : m[1];
    const nama = hurufJudul(`${jenis} ${m[2].trim()}`.replace(/\s+/g, ' '));
    const baku = nama.charAt(0).toUpperCase() + nama.slice(1);
    hitung.set(baku, (hitung.get(baku) ?? 0) + 1);
  }
  return [...hitung].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

function pilihAnggaran(
  daftar: HasilTabel[],
  tahun: number | undefined,
  lalu: boolean,
): HasilTabel | undefined {
  const cocok = daftar.filter((t) =>
    lalu
      ? tahun !== undefined && t.tabel.tahun === tahun - 1
      : t.tabel.tahun === undefined || tahun === undefined || t.tabel.tahun === tahun,
  );
  const program = (t: HasilTabel) => t.baris.filter((b) => b.tingkat === 'program').length;
  return [...cocok].sort((a, b) => program(b) - program(a) || b.baris.length - a.baris.length)[0];
}

/**
 * Figures that cannot be true are not compared in prose: realisasi over pagu,
 * or rows that do not add up to the table's own total (its levels were not
 * read right).
 */
export function anggaranWajar(t: HasilTabel | undefined): t is HasilTabel {
  const r = t?.ringkasan;
  if (r?.pagu === undefined || r.pagu <= 0 || (r.realisasiAnggaran ?? 0) > r.pagu * (1 + 1e-9))
    return false;
  // The table's own total: its total row, or a row without a name holding the largest pagu.
  const baris = t?.tabel.baris ?? [];
  const pagu = (i: number) => baris[i]?.sel.pagu?.angka.nilai;
  const paguTerbesar = terbesar(baris.map((_, i) => pagu(i) ?? -Infinity));
  const total =
    pagu(baris.findIndex((b) => b.tingkat === 'total')) ??
    pagu(baris.findIndex((b, i) => !b.uraian.trim() && pagu(i) === paguTerbesar));
  return total === undefined || Math.abs(total - r.pagu) < 1;
}

export function kumpulkanBahan(
  hasil: HasilBuku,
  opsi: { tahun?: number; instansi?: string },
): BahanBab {
  const tahun = opsi.tahun ?? tahunLaporan(hasil);
  const instansi =
    opsi.instansi?.trim() ||
    instansiDariJudul(hasil.tabel.flatMap((t) => [t.tabel.judul ?? '', t.tabel.sheet]));
  const bahan: BahanBab = {
    ...(tahun === undefined ? {} : { tahun }),
    ...(instansi ? { instansi } : {}),
    indikator: [],
    faktor: new Map(),
    multi: hasil.tabel.filter((t) => t.jenis === 'multi-tahun'),
    renstra: new Map(),
    indikatorProgram: [],
  };
  kumpulkanIndikator(hasil, bahan);
  kumpulkanRenstra(hasil, bahan);
  const ikm = hasil.tabel.find((t) => t.jenis === 'ikm' && t.ringkasan.ikm !== undefined);
  if (ikm) bahan.ikm = ikm;
  const anggaran = hasil.tabel.filter(
    (t) => t.jenis === 'anggaran' && t.ringkasan.pagu !== undefined,
  );
  const renja = hasil.tabel.find(
    (t) =>
      t.jenis === 'renja' && t.baris.some((b) => b.capaian !== undefined || b.pagu !== undefined),
  );
  if (renja) bahan.renja = renja;
  const kini = pilihAnggaran(anggaran, tahun, false) ?? (renja && anggaranDariRenja(renja));
  if (kini) bahan.anggaran = kini;
  const lalu = pilihAnggaran(anggaran, tahun, true);
  if (lalu) bahan.anggaranLalu = lalu;
  const efisiensi = hasil.tabel.find((t) => t.jenis === 'efisiensi');
  if (efisiensi) bahan.efisiensi = efisiensi;
  const sp = hasil.tabel.find((t) => t.jenis === 'sasaran-program');
  if (sp) bahan.sasaranProgram = sp;
  return bahan;
}
