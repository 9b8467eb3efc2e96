/**
 * Builds test/fixtures/nyata/: workbooks of the project's own that reproduce the STRUCTURE of the
 * layouts Indonesian offices really keep (SIPD exports, LRA, the Permendagri 86 Renja evaluation
 * form, RFK reports, DPA tables, quarterly indicator tables, scale tables, sheets that are not
 * tables), with invented offices and invented numbers, and `expected.json` in the format of
 * ../shared/realworld/expected.json. Every expected value is plain arithmetic on the numbers
 * written here (never the engine's output); every mistake is planted on purpose and listed.
 * Same run, same cells. Run: npm run fixtures:nyata
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tulisJudul } from './lembar';
import { acak as acakDari } from './sintetis';

const FOLDER = path.join(__dirname, '..', 'test', 'fixtures', 'nyata');
const DIBUAT = new Date(Date.UTC(2025, 6, 1));

// ---------------------------------------------------------------- numbers and cells

const bulat = (x: number, d: number): number => {
  const f = 10 ** d;
  return Math.round(x * f) / f;
};

/** Column letter of a 1-based column number. */
function huruf(k: number): string {
  let s = '';
  for (let n = k; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Column number of a letter ("AB" -> 28). */
function nomorKolom(h: string): number {
  return [...h].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** Amounts are kept in sen (1/100 rupiah, integers) so that sums are exact. */
const rp = (sen: number): number => sen / 100;

function kelompok(angka: string, pemisah: string): string {
  return angka.replace(/\B(?=(\d{3})+(?!\d))/g, pemisah);
}

/** 46799863066383 sen -> "467.998.630.663,83" (or "467.998.630.663" without decimals). */
function teksId(sen: number, desimal: boolean): string {
  const a = Math.abs(sen);
  const utuh = kelompok(String(Math.floor(a / 100)), '.');
  const s = desimal ? `${utuh},${String(a % 100).padStart(2, '0')}` : utuh;
  return sen < 0 ? `-${s}` : s;
}

/** 2522437504200 sen -> "25,224,375,042,00": US grouping with a ",00" ending, as typed by hand. */
function teksUs(sen: number): string {
  return `${kelompok(String(Math.floor(sen / 100)), ',')},${String(sen % 100).padStart(2, '0')}`;
}

/** Indonesian decimal text: 93.89 -> "93,89". */
const desimalId = (x: number, d = 2): string => x.toFixed(d).replace('.', ',');

/** Rows of a pipe table written in the source: "a | b | c" per line, blank lines skipped. */
function tabel(teks: string): string[][] {
  return teks
    .split('\n')
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => b.split('|').map((x) => x.trim()));
}

/** Numbers separated by spaces ("0.25 0.5 0.75 1"). */
const angkaDaftar = (teks: string): number[] => teks.split(/\s+/).filter(Boolean).map(Number);

/** Header rows written as a pipe table in the source; an empty cell is null (inside a merge). */
function kepalaTeks(teks: string): Nilai[][] {
  return tabel(teks).map((b) => b.map((x) => (x === '' ? null : x)));
}

/** Merged ranges written as one string: "A5:A7 B5:B7". */
const daftarGabung = (teks: string): string[] => teks.split(/\s+/).filter(Boolean);

const AKUNTANSI = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-';
const AKUNTANSI_KURUNG = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)';
const AKUNTANSI_KURUNG2 = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"_);_(@_)';
const RIBUAN = '#,##0';
const PERSEN0 = '0%';
const DUA = '0.00';

type Nilai = ExcelJS.CellValue;
type Hasil = number | string | { error: ExcelJS.ValueType.Error | string };

function isi(ws: ExcelJS.Worksheet, alamat: string, nilai: Nilai, format?: string): void {
  const c = ws.getCell(alamat);
  c.value = nilai;
  if (format) c.numFmt = format;
}

/** A formula with the result Excel cached for it (0 included: it is written as <v>0</v>). */
function rumus(
  ws: ExcelJS.Worksheet,
  alamat: string,
  f: string,
  hasil: Hasil,
  format?: string,
): void {
  isi(ws, alamat, { formula: f, result: hasil } as ExcelJS.CellFormulaValue, format);
}

/** Division as Excel caches it: #DIV/0! when the divisor is 0. */
function bagi(a: number, b: number): Hasil {
  return b === 0 ? { error: '#DIV/0!' } : a / b;
}

/**
 * One column of formulas over rows, written as Excel writes a filled-down column: runs of
 * consecutive rows share one formula (t="shared"); a row with another formula breaks the run.
 */
function rumusBersama(
  ws: ExcelJS.Worksheet,
  kolom: string,
  baris: { baris: number; f: string; hasil: Hasil; bersama: boolean }[],
  format?: string,
): void {
  let induk: number | undefined;
  baris.forEach((b, i) => {
    const sebelum = baris[i - 1];
    const lanjut =
      induk !== undefined && b.bersama && sebelum?.bersama && sebelum.baris === b.baris - 1;
    if (lanjut) {
      isi(
        ws,
        `${kolom}${b.baris}`,
        { sharedFormula: `${kolom}${induk}`, result: b.hasil } as Nilai,
        format,
      );
      return;
    }
    let akhir = i;
    while (
      b.bersama &&
      baris[akhir + 1]?.bersama &&
      baris[akhir + 1].baris === baris[akhir].baris + 1
    )
      akhir++;
    if (akhir > i) {
      induk = b.baris;
      const nilai = {
        formula: b.f,
        result: b.hasil,
        shareType: 'shared',
        ref: `${kolom}${b.baris}:${kolom}${baris[akhir].baris}`,
      };
      isi(ws, `${kolom}${b.baris}`, nilai as Nilai, format);
    } else {
      induk = undefined;
      rumus(ws, `${kolom}${b.baris}`, b.f, b.hasil, format);
    }
  });
}

/** Title rows, each merged across `lebar` columns (or, without merges, in the first cell only). */
function judul(
  ws: ExcelJS.Worksheet,
  baris: number,
  teks: string[],
  lebar: number,
  gabung = true,
): void {
  teks.forEach((t, i) => {
    const c = ws.getCell(baris + i, 1);
    c.value = t;
    c.font = { bold: true };
    if (gabung && lebar > 1) ws.mergeCells(baris + i, 1, baris + i, lebar);
    c.alignment = { horizontal: 'center' };
  });
}

/** A header block; merges only when asked (a CSV-derived file has none). */
function kepala(
  ws: ExcelJS.Worksheet,
  baris: number,
  kolom: number,
  isiKepala: Nilai[][],
  gabungan: string[],
  gabung = true,
): number {
  return tulisJudul(ws, baris, kolom, isiKepala, gabung ? gabungan : []);
}

function lebar(ws: ExcelJS.Worksheet, l: number[]): void {
  l.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

/** Write a workbook; the zip entries get a fixed date so that a second run writes the same bytes. */
async function simpan(buku: ExcelJS.Workbook, nama: string): Promise<void> {
  buku.creator = 'Capaian fixture-nyata';
  buku.created = DIBUAT;
  buku.modified = DIBUAT;
  const zip = await JSZip.loadAsync(await buku.xlsx.writeBuffer());
  zip.forEach((_, berkas) => {
    berkas.date = DIBUAT;
  });
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(path.join(FOLDER, nama), data);
}

function bukuBaru(): ExcelJS.Workbook {
  const b = new ExcelJS.Workbook();
  b.calcProperties = { fullCalcOnLoad: false };
  return b;
}

// ---------------------------------------------------------------- expected values

type Tingkat = 'program' | 'kegiatan' | 'sub-kegiatan' | 'total';
type Polaritas = 'positif';

export interface Tertulis {
  cell: string;
  value: number | string;
  correct: boolean;
  /** The cell holds a fraction (0,906 shown as 91 %); value is the percent. */
  pecahan?: true;
}

export interface Cek {
  file: string;
  sheet: string;
  row: number;
  from?: Record<string, string>;
  field: string;
  value: number | string;
  stated?: Tertulis;
  polaritas?: Polaritas;
  scale?: string | [number, string][];
  note?: string;
}

export interface Salah {
  file: string;
  sheet: string;
  cell: string;
  stated: number | string;
  correct: number | string;
  kind: string;
  why: string;
  /** The arithmetic that gives `correct` from cells of the same sheet (+ - * / and parentheses). */
  hitung?: string;
  /** The cell holds a fraction; stated and correct are percents. */
  pecahan?: true;
}

interface Ada {
  file: string;
  sheet: string;
  range: string;
  jenis: string;
  kolom: Record<string, string>;
  catatan?: string;
}

interface Tempat {
  file: string;
  sheet: string;
}

/** A cell read for a computation: its address and the number it holds (rupiah or kinerja units). */
interface Baca {
  sel: string;
  nilai: number;
}

/** A value the sheet states: the cell and what it holds (a fraction when `pecahan`). */
interface Tertera {
  sel: string;
  nilai: number;
  pecahan?: boolean;
}

export interface Skala {
  nama?: string;
  /** Lower bounds, highest first; a value below every bound takes the last label. */
  batas: [number, string][];
}

export const PERMENDAGRI86: Skala = {
  nama: 'permendagri86',
  batas: [
    [91, 'Sangat Tinggi'],
    [76, 'Tinggi'],
    [66, 'Sedang'],
    [51, 'Rendah'],
    [0, 'Sangat Rendah'],
  ],
};

export function labelDari(skala: Skala, nilai: number): string {
  const ketemu = skala.batas.find(([b]) => nilai >= b);
  return (ketemu ?? skala.batas[skala.batas.length - 1])[1];
}

/** A capaian that falls between two bounds written as whole numbers ("76 - 90", "91 - 100") is ambiguous: never use one. */
function pastikanJelas(skala: Skala, nilai: number, dimana: string): void {
  for (const [b] of skala.batas)
    if (nilai < b && nilai > b - 1)
      throw new Error(`${dimana}: capaian ${nilai} jatuh di celah skala`);
}

/** A stated percentage is right when it equals the value, rounded or truncated to the decimals it shows. */
export function persenBenar(tertulis: number, nilai: number): boolean {
  if (Math.abs(tertulis - nilai) < 1e-6) return true;
  for (let d = 0; d <= 6; d++) {
    const f = 10 ** d;
    const dekat = (x: number) => Math.abs(x / f - tertulis) < 1e-9;
    if (dekat(Math.round(nilai * f)) || dekat(Math.trunc(nilai * f))) return true;
  }
  return false;
}

const rupiahBenar = (tertulis: number, nilai: number): boolean => Math.abs(tertulis - nilai) <= 0.5;

/**
 * A planted mistake must not be explainable by rounding: a percentage (or kinerja figure) off by
 * at least 0,1 and by more than its rounding, an amount in rupiah off by more than 1.
 */
export function jelasBeda(tertulis: number, benar: number): boolean {
  const selisih = Math.abs(tertulis - benar);
  if (Math.max(Math.abs(tertulis), Math.abs(benar)) >= 100_000) return selisih > 1;
  return selisih >= 0.1 && !persenBenar(tertulis, benar);
}

const nomorBaris = (alamat: string): number => Number(alamat.replace(/^[A-Z]+/, ''));

/** Collects checks, planted mistakes and tables, and checks itself before writing expected.json. */
class Korpus {
  readonly checks: Cek[] = [];
  readonly mistakes: Salah[] = [];
  readonly present: Ada[] = [];
  readonly none: { file: string; catatan: string }[] = [];

  /** serapan = realisasi / pagu x 100 and sisa = pagu - realisasi of one row, with what the sheet states. */
  anggaran(
    t: Tempat,
    a: {
      pagu: Baca;
      realisasi: Baca;
      persen?: Tertera;
      sisa?: Tertera;
      tingkat?: Tingkat;
      note?: string;
    },
  ): void {
    const row = nomorBaris(a.pagu.sel);
    const from = { pagu: a.pagu.sel, realisasi: a.realisasi.sel };
    const dasar = { file: t.file, sheet: t.sheet, row, from, ...(a.note ? { note: a.note } : {}) };
    if (a.pagu.nilai !== 0) {
      const value = bulat((a.realisasi.nilai / a.pagu.nilai) * 100, 6);
      const c: Cek = { ...dasar, field: 'serapan', value };
      if (a.persen) c.stated = this.tertulisPersen(a.persen, value);
      this.checks.push(c);
    }
    const sisa = bulat(a.pagu.nilai - a.realisasi.nilai, 2);
    const s: Cek = { ...dasar, field: 'sisa', value: sisa };
    if (a.sisa)
      s.stated = {
        cell: a.sisa.sel,
        value: a.sisa.nilai,
        correct: rupiahBenar(a.sisa.nilai, sisa),
      };
    this.checks.push(s);
    if (a.tingkat) this.tingkat(t, row, a.tingkat);
  }

  /** serapan and sisa of row r, read from the column letters "pagu realisasi persen sisa" ("-": none). */
  baris(
    t: Tempat,
    r: number,
    kolom: string,
    n: { pagu: number; real: number; persen?: number; sisa?: number },
    tingkat?: Tingkat,
    note?: string,
  ): void {
    const [p, re, ps = '-', si = '-'] = kolom.split(' ');
    const sel = (k: string, nilai?: number) =>
      k === '-' || nilai === undefined ? undefined : { sel: `${k}${r}`, nilai };
    this.anggaran(t, {
      pagu: { sel: `${p}${r}`, nilai: n.pagu },
      realisasi: { sel: `${re}${r}`, nilai: n.real },
      persen: sel(ps, n.persen),
      sisa: sel(si, n.sisa),
      tingkat,
      note,
    });
  }

  /** capaian (or capaian_renstra) = realisasi / target x 100, positive polarity, and its kategori. */
  kinerja(
    t: Tempat,
    a: {
      target: Baca;
      realisasi: Baca;
      field?: 'capaian' | 'capaian_renstra';
      stated?: Tertera;
      kategori?: { sel?: string; nilai?: string; skala?: Skala };
      note?: string;
    },
  ): number {
    const row = nomorBaris(a.target.sel);
    const from = { target: a.target.sel, realisasi: a.realisasi.sel };
    const value = bulat((a.realisasi.nilai / a.target.nilai) * 100, 6);
    const c: Cek = {
      file: t.file,
      sheet: t.sheet,
      row,
      field: a.field ?? 'capaian',
      value,
      from,
      polaritas: 'positif',
    };
    if (a.note) c.note = a.note;
    if (a.stated) c.stated = this.tertulisPersen(a.stated, value);
    this.checks.push(c);
    if (a.kategori) this.kategori(t, row, from, value, a.kategori);
    return value;
  }

  private kategori(
    t: Tempat,
    row: number,
    from: Record<string, string>,
    capaian: number,
    k: { sel?: string; nilai?: string; skala?: Skala },
  ): void {
    const skala = k.skala ?? PERMENDAGRI86;
    pastikanJelas(skala, capaian, `${t.file} ${t.sheet}!${row}`);
    const value = labelDari(skala, capaian);
    const scale = skala.nama ?? skala.batas;
    const c: Cek = {
      file: t.file,
      sheet: t.sheet,
      row,
      field: 'kategori',
      value,
      from,
      polaritas: 'positif',
      scale,
    };
    if (k.sel && k.nilai !== undefined)
      c.stated = { cell: k.sel, value: k.nilai, correct: k.nilai === value };
    this.checks.push(c);
  }

  tingkat(t: Tempat, row: number, value: Tingkat): void {
    this.checks.push({ file: t.file, sheet: t.sheet, row, field: 'tingkat', value });
  }

  salah(t: Tempat, s: Omit<Salah, 'file' | 'sheet'>): void {
    const beda =
      typeof s.stated === 'number' && typeof s.correct === 'number'
        ? jelasBeda(s.stated, s.correct)
        : s.stated !== s.correct;
    if (!beda)
      throw new Error(`${t.file} ${t.sheet}!${s.cell}: kesalahan yang ditanam tidak berbeda`);
    this.mistakes.push({ file: t.file, sheet: t.sheet, ...s });
  }

  ada(t: Tempat, a: Omit<Ada, 'file' | 'sheet'>): void {
    this.present.push({ file: t.file, sheet: t.sheet, ...a });
  }

  tiada(file: string, catatan: string): void {
    this.none.push({ file, catatan });
  }

  private tertulisPersen(p: Tertera, value: number): Tertulis {
    const persen = bulat(p.pecahan ? p.nilai * 100 : p.nilai, 6);
    const t: Tertulis = { cell: p.sel, value: persen, correct: persenBenar(persen, value) };
    if (p.pecahan) t.pecahan = true;
    return t;
  }

  /** Every stated value marked wrong is a planted mistake at that cell, and the other way round. */
  periksaDiri(): void {
    const kunci = (f: string, s: string, c: string) => `${f}|${s}|${c}`;
    const salah = new Set(this.mistakes.map((m) => kunci(m.file, m.sheet, m.cell)));
    for (const c of this.checks) {
      if (!c.stated) continue;
      const k = kunci(c.file, c.sheet, c.stated.cell);
      if (!c.stated.correct && !salah.has(k))
        throw new Error(`${k}: nilai tertulis salah tetapi tidak ada di mistakes`);
      if (c.stated.correct && salah.has(k))
        throw new Error(`${k}: ditandai benar dan salah sekaligus`);
    }
  }

  json(): string {
    return JSON.stringify(
      {
        versi: 1,
        toleransi: { persen: 0.01, rupiah: 1 },
        catatan:
          'Fixtures of the project\'s own (test/fixtures/nyata/README.md): the structure of real layouts, invented offices and numbers. Values are computed from the cells named in "from" (text numbers parsed the Indonesian/US way; a trailing ",dd" is decimals). "stated" is what the workbook says and whether it is right ("pecahan": the cell holds a fraction, value is the percent). "mistakes" are planted on purpose ("hitung": the arithmetic on cells of the same sheet that gives "correct"); every other stated value in these files is right, so an error finding on it is a false alarm. Row numbers are 1-based sheet rows.',
        checks: this.checks,
        mistakes: this.mistakes,
        tables: { present: this.present, none: this.none },
      },
      null,
      1,
    );
  }
}

// ---------------------------------------------------------------- budget trees (SIPD codes)

/** Chart of accounts (national names) with a typical yearly pagu in rupiah for the leaves. */
const AKUN: Record<string, [string, number?]> = Object.fromEntries(
  tabel(`
    5.1.01 | Belanja Pegawai
    5.1.01.01 | Belanja Gaji dan Tunjangan ASN
    5.1.01.01.001 | Belanja Gaji Pokok ASN
    5.1.01.01.001.00001 | Belanja Gaji Pokok PNS | 2400000000
    5.1.01.01.001.00002 | Belanja Gaji Pokok PPPK | 380000000
    5.1.01.01.002 | Belanja Tunjangan Keluarga ASN
    5.1.01.01.002.00001 | Belanja Tunjangan Keluarga PNS | 210000000
    5.1.01.01.003 | Belanja Tunjangan Jabatan ASN
    5.1.01.01.003.00001 | Belanja Tunjangan Jabatan PNS | 96000000
    5.1.01.01.007 | Belanja Tunjangan PPh/Tunjangan Khusus ASN
    5.1.01.01.007.00001 | Belanja Tunjangan PPh/Tunjangan Khusus PNS | 9000000
    5.1.02 | Belanja Barang dan Jasa
    5.1.02.01 | Belanja Barang
    5.1.02.01.001 | Belanja Barang Pakai Habis
    5.1.02.01.001.00024 | Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor | 4000000
    5.1.02.01.001.00025 | Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover | 3000000
    5.1.02.01.001.00026 | Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak | 2500000
    5.1.02.01.001.00029 | Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer | 3500000
    5.1.02.01.001.00052 | Belanja Makanan dan Minuman Rapat | 12000000
    5.1.02.01.001.00055 | Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan | 45000000
    5.1.02.02 | Belanja Jasa
    5.1.02.02.001 | Belanja Jasa Kantor
    5.1.02.02.001.00003 | Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia | 9000000
    5.1.02.02.001.00061 | Belanja Tagihan Listrik | 180000000
    5.1.02.02.001.00063 | Belanja Kawat/Faksimili/Internet/TV Berlangganan | 36000000
    5.1.02.04 | Belanja Perjalanan Dinas
    5.1.02.04.001 | Belanja Perjalanan Dinas Dalam Negeri
    5.1.02.04.001.00001 | Belanja Perjalanan Dinas Biasa | 30000000
    5.1.02.04.001.00003 | Belanja Perjalanan Dinas Dalam Kota | 16000000
    5.1.02.90 | Belanja Barang dan Jasa BOK Puskesmas
    5.1.02.90.001 | Belanja Barang dan Jasa BOK Puskesmas
    5.1.02.90.001.00001 | Belanja Barang dan Jasa BOK Puskesmas | 140000000
    5.2.02 | Belanja Modal Peralatan dan Mesin
    5.2.02.05 | Belanja Modal Alat Kantor dan Rumah Tangga
    5.2.02.05.001 | Belanja Modal Alat Kantor
    5.2.02.05.001.00005 | Belanja Modal Alat Penyimpan Perlengkapan Kantor | 60000000
    5.2.02.07 | Belanja Modal Alat Kedokteran dan Kesehatan
    5.2.02.07.001 | Belanja Modal Alat Kedokteran
    5.2.02.07.001.00004 | Belanja Modal Alat Kedokteran Umum | 850000000
    5.2.02.10 | Belanja Modal Komputer
    5.2.02.10.001 | Belanja Modal Komputer Unit
    5.2.02.10.001.00002 | Belanja Modal Personal Computer | 75000000
    5.2.03 | Belanja Modal Gedung dan Bangunan
    5.2.03.01 | Belanja Modal Bangunan Gedung
    5.2.03.01.001 | Belanja Modal Bangunan Gedung Tempat Kerja
    5.2.03.01.001.00009 | Belanja Modal Bangunan Kesehatan | 1450000000
  `).map(([kode, uraian, skala]) => [kode, [uraian, skala ? Number(skala) : undefined]]),
);

/** "5.1.02.01.001.00024" in the older SIPD form "5.1.02.01.01.0024". */
function akunLama(kode: string): string {
  const p = kode.split('.');
  if (p[4]) p[4] = p[4].slice(1);
  if (p[5]) p[5] = p[5].slice(1);
  return p.join('.');
}

type JenisPos = 'urusan' | 'bidang' | 'unit' | 'program' | 'kegiatan' | 'sub-kegiatan' | 'akun';

/** A budget line: [pagu, realisasi] of belanja operasi and modal, in sen. */
interface Pos {
  jenis: JenisPos;
  kode: string;
  uraian: string;
  anak: Pos[];
  op: [number, number];
  mo: [number, number];
  bidang?: string;
}

interface SubDef {
  kode: string;
  uraian: string;
  akun: string[];
  /** Leaves with no realisasi yet. */
  nol?: string[];
}

interface KegiatanDef {
  kode: string;
  uraian: string;
  bidang: string;
  sub: SubDef[];
}

interface ProgramDef {
  kode: string;
  uraian: string;
  kegiatan: KegiatanDef[];
}

/** How much of a leaf's pagu is spent: mid-year (semester) or at year end (tahun). */
type Profil = (acak: () => number, kode: string) => number;

const SEMESTER: Profil = (acak, kode) =>
  kode.startsWith('5.1.01') ? 0.46 + 0.05 * acak() : 0.08 + 0.6 * acak();
const TAHUN: Profil = (acak, kode) =>
  kode.startsWith('5.1.01') ? 0.93 + 0.06 * acak() : 0.72 + 0.27 * acak();

function pos(jenis: JenisPos, kode: string, uraian: string, anak: Pos[] = []): Pos {
  return { jenis, kode, uraian, anak, op: [0, 0], mo: [0, 0] };
}

/** A leaf account with its pagu (whole thousands) and realisasi (whole rupiah, or sen when `sen`). */
function daunAkun(
  kode: string,
  acak: () => number,
  profil: Profil,
  nol: boolean,
  sen: boolean,
): Pos {
  const [uraian, skala] = AKUN[kode];
  const pagu = Math.round(((skala ?? 1e6) * (0.6 + 0.8 * acak())) / 1000) * 1000 * 100;
  const bagian = nol ? 0 : profil(acak, kode);
  const real = sen ? Math.round(pagu * bagian) : Math.round(rp(pagu) * bagian) * 100;
  const p = pos('akun', kode, uraian);
  if (kode.startsWith('5.2')) p.mo = [pagu, real];
  else p.op = [pagu, real];
  return p;
}

/** Leaves grouped under their parent accounts (5.1.02 > 5.1.02.01 > 5.1.02.01.001 > leaf). */
function pohonAkun(daun: Pos[]): Pos[] {
  const akar: Pos[] = [];
  const simpul = new Map<string, Pos>();
  for (const d of daun) {
    const p = d.kode.split('.');
    let wadah = akar;
    for (let n = 3; n < p.length; n++) {
      const kode = p.slice(0, n).join('.');
      let s = simpul.get(kode);
      if (!s) {
        s = pos('akun', kode, AKUN[kode][0]);
        simpul.set(kode, s);
        wadah.push(s);
      }
      wadah = s.anak;
    }
    wadah.push(d);
  }
  return akar;
}

/** Parents are the sums of their children. */
function jumlahkan(p: Pos): Pos {
  if (p.anak.length === 0) return p;
  p.anak.forEach(jumlahkan);
  p.op = [0, 1].map((i) => p.anak.reduce((s, a) => s + a.op[i], 0)) as [number, number];
  p.mo = [0, 1].map((i) => p.anak.reduce((s, a) => s + a.mo[i], 0)) as [number, number];
  return p;
}

function buatProgram(def: ProgramDef, acak: () => number, profil: Profil, sen: boolean): Pos {
  const kegiatan = def.kegiatan.map((k) => {
    const sub = k.sub.map((s) => {
      const daun = s.akun.map((a) => daunAkun(a, acak, profil, s.nol?.includes(a) ?? false, sen));
      const p = pos('sub-kegiatan', `${k.kode}.${s.kode}`, s.uraian, pohonAkun(daun));
      p.bidang = k.bidang;
      return p;
    });
    const p = pos('kegiatan', k.kode, k.uraian, sub);
    p.bidang = k.bidang;
    return p;
  });
  return pos('program', def.kode, def.uraian, kegiatan);
}

/** Swap two neighbouring different digits of an amount (a typing slip). */
function tukarDigit(sen: number, mulai = 2): number {
  const s = String(Math.floor(sen / 100)).split('');
  let i = mulai;
  while (s[i] === s[i + 1]) i++;
  [s[i], s[i + 1]] = [s[i + 1], s[i]];
  return Number(s.join('')) * 100 + (sen % 100);
}

// ---------------------------------------------------------------- SIPD rows (both SIPD layouts)

/** A row of a SIPD export: the codes in A-D, the uraian, and the four amounts as the sheet states them. */
interface BarisSipd {
  pos: Pos;
  a: string;
  b?: string;
  c?: string;
  d?: string;
  f: number;
  g: number;
  h: number;
  i: number;
  /** The text in the trailing column (bidang or PPTK). */
  teks?: string;
  /** A planted % formula dividing by the wrong column. */
  persenSalah?: 'K/F';
  akas?: number;
  /** % AKAS formula of the row: K/M, or IFERROR((K/M),"0%"). */
  nAkas?: 'bagi' | 'iferror';
  baris: number;
}

/** Rows of a subtree in preorder, codes split over A (urusan), B (unit), C (program..sub), D (akun). */
function barisSipd(
  p: Pos,
  konteks: { a?: string; b?: string; c?: string; teks?: string },
  lama: boolean,
  teks: (p: Pos) => string | undefined,
): Omit<BarisSipd, 'baris'>[] {
  const k = { ...konteks };
  const b: Omit<BarisSipd, 'baris'> = {
    pos: p,
    a: '',
    f: p.op[0],
    g: p.op[1],
    h: p.mo[0],
    i: p.mo[1],
  };
  if (p.jenis === 'urusan' || p.jenis === 'bidang') k.a = p.kode;
  if (p.jenis === 'unit') k.b = p.kode;
  if (p.jenis === 'program' || p.jenis === 'kegiatan' || p.jenis === 'sub-kegiatan') k.c = p.kode;
  Object.assign(b, { a: k.a ?? '', b: k.b, c: k.c });
  if (p.jenis === 'akun') b.d = lama ? akunLama(p.kode) : p.kode;
  b.teks = teks(p) ?? konteks.teks;
  k.teks = b.teks;
  return [b, ...p.anak.flatMap((a) => barisSipd(a, k, lama, teks))];
}

const totalJ = (b: Pick<BarisSipd, 'f' | 'h'>) => rp(b.f + b.h);
const totalK = (b: Pick<BarisSipd, 'g' | 'i'>) => rp(b.g + b.i);
const persenL = (b: BarisSipd): Hasil =>
  b.persenSalah === 'K/F' ? bagi(totalK(b), rp(b.f)) : bagi(totalK(b), totalJ(b));

/** An amount the way SIPD exports it to Excel: a number, or the text "0,00" when nothing. */
const angkaSipd = (sen: number): Nilai => (sen === 0 ? '0,00' : rp(sen));

// ---------------------------------------------------------------- 1 / 10a: SIPD rekap belanja (mid-year)

const UNIT_DINKES = 'Dinas Kesehatan';
const PENUNJANG = 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA';
const PEMENUHAN = 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT';
const ATK = '5.1.02.01.001.00024';
const KERTAS = '5.1.02.01.001.00025';
const CETAK = '5.1.02.01.001.00026';
const KOMPUTER = '5.1.02.01.001.00029';
const MAMIN = '5.1.02.01.001.00052';
const MAMIN_YANKES = '5.1.02.01.001.00055';
const HONOR = '5.1.02.02.001.00003';
const PD_BIASA = '5.1.02.04.001.00001';
const PD_KOTA = '5.1.02.04.001.00003';

/** Short names for the accounts used most in the program lists below. */
const ALIAS: Record<string, string> = {
  ATK,
  KERTAS,
  CETAK,
  KOMPUTER,
  MAMIN,
  MAMIN_YANKES,
  HONOR,
  PD_BIASA,
  PD_KOTA,
};

function akunDari(teks: string): string[] {
  return teks
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => ALIAS[a] ?? a);
}

/**
 * Programs written as a list: "P kode | uraian", "K kode | uraian | bidang",
 * "S kode | uraian | accounts | accounts without realisasi yet".
 */
function programDari(teks: string): ProgramDef[] {
  const hasil: ProgramDef[] = [];
  for (const [kepala, uraian, c = '', d = ''] of tabel(teks)) {
    const [jenis, kode] = kepala.split(/\s+/);
    if (jenis === 'P') hasil.push({ kode, uraian, kegiatan: [] });
    const program = hasil[hasil.length - 1];
    const kegiatan = program.kegiatan[program.kegiatan.length - 1];
    if (jenis === 'K') program.kegiatan.push({ kode, uraian, bidang: c, sub: [] });
    if (jenis === 'S') kegiatan.sub.push({ kode, uraian, akun: akunDari(c), nol: akunDari(d) });
  }
  return hasil;
}

const REKAP_URUSAN1 = programDari(`
  P 1.02.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
  K 1.02.01.2.01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | SEKRETARIAT
  S 0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah | ATK KERTAS CETAK PD_KOTA | CETAK
  S 0002 | Koordinasi dan Penyusunan Dokumen RKA-SKPD | ATK MAMIN | ATK MAMIN
  S 0007 | Evaluasi Kinerja Perangkat Daerah | ATK MAMIN HONOR
  K 1.02.01.2.02 | Administrasi Keuangan Perangkat Daerah | SEKRETARIAT
  S 0001 | Penyediaan Gaji dan Tunjangan ASN | 5.1.01.01.001.00001 5.1.01.01.001.00002 5.1.01.01.002.00001 5.1.01.01.003.00001
  K 1.02.01.2.06 | Administrasi Umum Perangkat Daerah | SEKRETARIAT
  S 0004 | Penyediaan Bahan Logistik Kantor | ATK KOMPUTER
  S 0009 | Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | MAMIN PD_BIASA
  K 1.02.01.2.07 | Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah | SEKRETARIAT
  S 0006 | Pengadaan Peralatan dan Mesin Lainnya | 5.2.02.05.001.00005 5.2.02.10.001.00002
  K 1.02.01.2.08 | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | SEKRETARIAT
  S 0002 | Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik | 5.1.02.02.001.00061 5.1.02.02.001.00063
  P 1.02.02 | PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
  K 1.02.02.2.01 | Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota | YANKES
  S 0004 | Rehabilitasi dan Pemeliharaan Puskesmas | ATK 5.2.03.01.001.00009
  S 0014 | Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan | PD_BIASA 5.2.02.07.001.00004
  K 1.02.02.2.02 | Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota | KESMAS
  S 0001 | Pengelolaan Pelayanan Kesehatan Ibu Hamil | MAMIN HONOR PD_KOTA
  S 0003 | Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir | ATK MAMIN_YANKES PD_KOTA
  S 0017 | Pengelolaan Pelayanan Kesehatan Gizi Masyarakat | MAMIN_YANKES PD_BIASA
`);

const REKAP_URUSAN2 = programDari(`
  P 2.14.02 | PROGRAM PENGENDALIAN PENDUDUK
  K 2.14.02.2.02 | Pemetaan Perkiraan Pengendalian Penduduk Cakupan Daerah Kabupaten/Kota | KB
  S 0001 | Penyusunan Profil Kependudukan Kabupaten/Kota | ATK MAMIN PD_KOTA
`);

const URAIAN_URUSAN: Record<string, string> = {
  '1': 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
  '1.02': 'URUSAN PEMERINTAHAN BIDANG KESEHATAN',
  '2': 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR',
  '2.14': 'URUSAN PEMERINTAHAN BIDANG PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA',
};

/** urusan > bidang urusan > unit > programs. */
function urusan(kode: string, bidang: string, unit: string, namaUnit: string, program: Pos[]): Pos {
  const u = pos('unit', unit, namaUnit, program);
  return jumlahkan(
    pos('urusan', kode, URAIAN_URUSAN[kode], [pos('bidang', bidang, URAIAN_URUSAN[bidang], [u])]),
  );
}

interface ModelRekap {
  baris: BarisSipd[];
  jumlah: BarisSipd;
  /** Rows of the planted mistakes. */
  salahPersen: BarisSipd;
  salahSub: BarisSipd;
}

const UNIT_REKAP = '1.02.2.14.0.00.03.0000';
const SUB_SALAH_REKAP = '1.02.02.2.02.0003';

function modelRekap(): ModelRekap {
  const acak = acakDari(2025_06);
  const buat = (d: ProgramDef[]) => d.map((p) => buatProgram(p, acak, SEMESTER, false));
  const akar = [
    urusan('1', '1.02', UNIT_REKAP, UNIT_DINKES, buat(REKAP_URUSAN1)),
    urusan('2', '2.14', UNIT_REKAP, UNIT_DINKES, buat(REKAP_URUSAN2)),
  ];
  const teks = (p: Pos) => p.bidang;
  const baris: BarisSipd[] = akar
    .flatMap((u) => barisSipd(u, {}, false, teks))
    .map((b, i) => ({ ...b, baris: 10 + i }));
  tandaiAkas(baris, acak);
  const salahPersen = baris.find((b) => b.pos.kode === '1.02.01' && b.pos.jenis === 'program')!;
  salahPersen.persenSalah = 'K/F';
  const salahSub = baris.find(
    (b) => b.pos.kode === SUB_SALAH_REKAP && b.pos.jenis === 'sub-kegiatan',
  )!;
  salahSub.g += 125_000_000;
  const total = akar.reduce(
    (s, u) => [s[0] + u.op[0], s[1] + u.op[1], s[2] + u.mo[0], s[3] + u.mo[1]],
    [0, 0, 0, 0],
  );
  const jumlah: BarisSipd = {
    pos: pos('urusan', '', 'Jumlah'),
    a: '',
    f: tukarDigit(total[0], 1),
    g: total[1],
    h: total[2],
    i: total[3],
    baris: 10 + baris.length,
  };
  return { baris, jumlah, salahPersen, salahSub };
}

/** AKAS only on sub kegiatan rows; the rows under a sub kegiatan without AKAS divide by an empty M. */
function tandaiAkas(baris: BarisSipd[], acak: () => number): void {
  let tanpa = false;
  baris.forEach((b, i) => {
    if (b.pos.jenis === 'sub-kegiatan') {
      b.akas = akasRekap(b, acak);
      tanpa = b.akas === 0;
      b.nAkas = tanpa || i % 2 === 1 ? 'iferror' : 'bagi';
    } else if (b.pos.jenis === 'akun' && tanpa) b.nAkas = 'bagi';
    else if (b.pos.jenis !== 'akun') tanpa = false;
  });
}

/** Pagu AKAS up to June of a sub kegiatan: about half the pagu, none for one that has not started. */
function akasRekap(b: Omit<BarisSipd, 'baris'>, acak: () => number): number {
  if (b.g + b.i === 0) return 0;
  return Math.round((rp(b.f + b.h) * (0.38 + 0.22 * acak())) / 1000) * 1000 * 100;
}

interface OpsiRekap {
  gabung: boolean;
  rumus: boolean;
  format: boolean;
  /** Rows hidden on this sheet (a filtered copy hides the other bidang). */
  sembunyi: (b: BarisSipd) => boolean;
  filter: boolean;
}

const KEPALA_REKAP = kepalaTeks(`
  Kode | | | | Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan | Kelompok Belanja | | | | | | | |
  | | | | | Operasi | | Modal | | Total | | | PAGU AKAS | % AKAS
  | | | | | Anggaran | Realisasi | Anggaran | Realisasi | Anggaran | Realisasi | % | SD JUNI | SD JUNI
`);
const GABUNG_REKAP = ['A6:D8', 'E6:E8', 'F6:I6', 'F7:G7', 'H7:I7', 'J7:L7'];

function tulisRekap(ws: ExcelJS.Worksheet, m: ModelRekap, o: OpsiRekap): void {
  lebar(
    ws,
    [4.4, 19.6, 17.5, 19.6, 73, 17.4, 15.6, 15.6, 15.6, 17.4, 15.6, 9, 15.5, 9, 9, 12.5, 9, 12],
  );
  judul(
    ws,
    1,
    [
      'KOTA TIRTA',
      'REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH, ORGANISASI, PROGRAM, KEGIATAN',
      'BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN',
      'TAHUN ANGGARAN 2025',
    ],
    9,
    o.gabung,
  );
  kepala(ws, 6, 1, KEPALA_REKAP, GABUNG_REKAP, o.gabung);
  ['1', null, null, null, '2', '3', '4', '5', '6'].forEach(
    (v, i) => v && isi(ws, `${huruf(i + 1)}9`, v),
  );
  for (const b of [...m.baris, m.jumlah]) tulisBarisRekap(ws, b, o);
  if (o.rumus) tulisRumusRekap(ws, [...m.baris, m.jumlah], o);
  const kecuali = m.baris.find((b) => b.pos.jenis === 'sub-kegiatan' && b.g + b.i > 0);
  if (kecuali && o.rumus)
    rumus(
      ws,
      `R${kecuali.baris}`,
      `J${kecuali.baris}-K${kecuali.baris}`,
      totalJ(kecuali) - totalK(kecuali),
      AKUNTANSI,
    );
  for (const b of [...m.baris, m.jumlah]) if (o.sembunyi(b)) ws.getRow(b.baris).hidden = true;
  if (o.filter) {
    ws.autoFilter = `A9:Q${m.jumlah.baris}`;
    subtotalRekap(ws, m, o);
  }
}

function tulisBarisRekap(ws: ExcelJS.Worksheet, b: BarisSipd, o: OpsiRekap): void {
  const r = b.baris;
  const fmt = o.format ? AKUNTANSI : undefined;
  [b.a, b.b, b.c, b.d, b.pos.uraian].forEach((v, i) => v && isi(ws, `${huruf(i + 1)}${r}`, v));
  [b.f, b.g, b.h, b.i].forEach((v, i) => isi(ws, `${huruf(6 + i)}${r}`, angkaSipd(v), fmt));
  if (b.teks) isi(ws, `P${r}`, b.teks);
  if (b.akas !== undefined) isi(ws, `M${r}`, rp(b.akas), fmt);
  if (o.rumus) return;
  isi(ws, `J${r}`, totalJ(b));
  isi(ws, `K${r}`, totalK(b));
  const l = persenL(b);
  isi(ws, `L${r}`, typeof l === 'number' ? l : '#DIV/0!');
  const n = nilaiN(b);
  if (n !== undefined) isi(ws, `N${r}`, typeof n === 'object' ? '#DIV/0!' : n);
}

/** J = F+H, K = G+I, L = K/J filled down (shared), % AKAS = K/M on the sub kegiatan rows. */
function tulisRumusRekap(ws: ExcelJS.Worksheet, semuaBaris: BarisSipd[], o: OpsiRekap): void {
  const fmt = o.format ? AKUNTANSI : undefined;
  const p = o.format ? PERSEN0 : undefined;
  const biasa = (b: BarisSipd) => b.pos.uraian !== 'Jumlah';
  const kolom = (
    f: (b: BarisSipd) => string,
    hasil: (b: BarisSipd) => Hasil,
    bersama: (b: BarisSipd) => boolean,
  ) => semuaBaris.map((b) => ({ baris: b.baris, f: f(b), hasil: hasil(b), bersama: bersama(b) }));
  rumusBersama(
    ws,
    'J',
    kolom((b) => `F${b.baris}+H${b.baris}`, totalJ, biasa),
    fmt,
  );
  rumusBersama(
    ws,
    'K',
    kolom((b) => `G${b.baris}+I${b.baris}`, totalK, biasa),
    fmt,
  );
  const fL = (b: BarisSipd) =>
    b.persenSalah === 'K/F' ? `K${b.baris}/F${b.baris}` : `K${b.baris}/J${b.baris}`;
  rumusBersama(
    ws,
    'L',
    kolom(fL, persenL, (b) => !b.persenSalah),
    p,
  );
  for (const b of semuaBaris) {
    const n = nilaiN(b);
    if (n === undefined) continue;
    const r = b.baris;
    rumus(ws, `N${r}`, b.nAkas === 'iferror' ? `IFERROR((K${r}/M${r}),"0%")` : `K${r}/M${r}`, n, p);
  }
}

/** % AKAS as the sheet caches it: "0%" from IFERROR, #DIV/0! under a sub kegiatan without AKAS. */
function nilaiN(b: BarisSipd): Hasil | undefined {
  if (!b.nAkas) return undefined;
  const m = rp(b.akas ?? 0);
  if (m === 0) return b.nAkas === 'iferror' ? '0%' : { error: '#DIV/0!' };
  return totalK(b) / m;
}

/** The SUBTOTAL row users add under a filtered export: sums of the visible rows of every level. */
function subtotalRekap(ws: ExcelJS.Worksheet, m: ModelRekap, o: OpsiRekap): void {
  const dari = m.baris.find((b) => b.pos.jenis === 'sub-kegiatan')!.baris;
  const sampai = m.baris[m.baris.length - 1].baris;
  const r = m.jumlah.baris + 2;
  const tampak = m.baris.filter((b) => b.baris >= dari && !o.sembunyi(b));
  const jumlah = (f: (b: BarisSipd) => number) => tampak.reduce((s, b) => s + f(b), 0);
  const kolom: [string, number][] = [
    ['F', rp(jumlah((b) => b.f))],
    ['G', rp(jumlah((b) => b.g))],
    ['J', rp(jumlah((b) => b.f + b.h))],
    ['K', rp(jumlah((b) => b.g + b.i))],
    ['M', rp(jumlah((b) => b.akas ?? 0))],
  ];
  for (const [k, v] of kolom)
    rumus(ws, `${k}${r}`, `SUBTOTAL(9,${k}${dari}:${k}${sampai})`, v, AKUNTANSI);
  rumus(ws, `L${r}`, `K${r}/J${r}`, kolom[3][1] / kolom[2][1], PERSEN0);
  rumus(ws, `N${r}`, `K${r}/M${r}`, kolom[3][1] / kolom[4][1], PERSEN0);
}

const KOLOM_REKAP: Record<string, string> = {
  kode: 'A urusan, B unit, C program/kegiatan/sub kegiatan, D rekening',
  uraian: 'E',
  pagu: 'J (Total Anggaran)',
  realisasi: 'K (Total Realisasi)',
  serapan: 'L (fraction)',
  also: 'F/G Operasi, H/I Modal, M pagu AKAS s.d. Juni, N % AKAS = K/M (not serapan), P bidang (text)',
};
const CATATAN_BLOK = 'Operasi+Modal: pagu/realisasi are the TOTAL columns J/K, not F/G';

/** serapan and sisa of a SIPD row from its Total block (J, K) with the % the sheet states in L. */
function cekSipd(k: Korpus, t: Tempat, b: BarisSipd, tingkat?: Tingkat, note?: string): void {
  const l = persenL(b);
  k.anggaran(t, {
    pagu: { sel: `J${b.baris}`, nilai: totalJ(b) },
    realisasi: { sel: `K${b.baris}`, nilai: totalK(b) },
    persen: typeof l === 'number' ? { sel: `L${b.baris}`, nilai: l, pecahan: true } : undefined,
    tingkat,
    note,
  });
}

function cekRekap(k: Korpus, t: Tempat, m: ModelRekap): void {
  const cari = (kode: string, jenis: JenisPos = 'sub-kegiatan') =>
    m.baris.find((b) => b.pos.kode === kode && b.pos.jenis === jenis)!;
  const setelah = (b: BarisSipd, kode: string) =>
    m.baris.find((x) => x.baris > b.baris && x.pos.kode === kode)!;
  cekSipd(k, t, cari('1', 'urusan'));
  for (const kode of ['1.02.02', '2.14.02']) cekSipd(k, t, cari(kode, 'program'), 'program');
  cekSipd(k, t, m.salahPersen, 'program', CATATAN_BLOK);
  for (const kode of ['1.02.01.2.01', '1.02.02.2.02'])
    cekSipd(k, t, cari(kode, 'kegiatan'), 'kegiatan');
  cekSipd(k, t, cari('1.02.01.2.07', 'kegiatan'), 'kegiatan', CATATAN_BLOK);
  cekSipd(k, t, cari('1.02.02.2.01', 'kegiatan'), 'kegiatan', CATATAN_BLOK);
  const sub = cari('1.02.01.2.01.0001');
  cekSipd(k, t, sub, 'sub-kegiatan');
  cekSipd(k, t, cari('1.02.01.2.01.0002'), 'sub-kegiatan');
  cekSipd(k, t, setelah(sub, ATK));
  cekSipd(k, t, setelah(sub, CETAK));
  k.tingkat(t, m.jumlah.baris, 'total');
  salahRekap(k, t, m);
}

function salahRekap(k: Korpus, t: Tempat, m: ModelRekap): void {
  const a = m.salahPersen;
  k.salah(t, {
    cell: `L${a.baris}`,
    stated: bulat((persenL(a) as number) * 100, 6),
    correct: bulat((totalK(a) / totalJ(a)) * 100, 6),
    pecahan: true,
    kind: 'formula',
    why: `L${a.baris} =K${a.baris}/F${a.baris} divides the total realisasi by the Operasi anggaran only; every other row is K/J`,
    hitung: `K${a.baris}/J${a.baris}*100`,
  });
  const s = m.salahSub;
  const anak = m.baris.filter((b) => s.pos.anak.includes(b.pos)).map((b) => `K${b.baris}`);
  const benar = rp(s.pos.op[1] + s.pos.mo[1]);
  k.salah(t, {
    cell: `K${s.baris}`,
    stated: totalK(s),
    correct: benar,
    kind: 'induk-berbeda',
    why: `G${s.baris} (realisasi operasi of the sub kegiatan) is 1.250.000 more than its rekening rows; the kegiatan above sums the rekening values`,
    hitung: anak.join('+'),
  });
  k.salah(t, {
    cell: `L${s.baris}`,
    stated: bulat((totalK(s) / totalJ(s)) * 100, 6),
    correct: bulat((benar / totalJ(s)) * 100, 6),
    pecahan: true,
    kind: 'serapan-berbeda',
    why: `L${s.baris} = K${s.baris}/J${s.baris} inherits the wrong K${s.baris}`,
    hitung: `(${anak.join('+')})/J${s.baris}*100`,
  });
  const j = m.jumlah;
  const urusan = m.baris.filter((b) => b.pos.jenis === 'urusan').map((b) => b.baris);
  const benarJ = urusan.reduce((x, r) => x + totalJ(m.baris.find((b) => b.baris === r)!), 0);
  const jumlahJ = urusan.map((r) => `J${r}`).join('+');
  k.salah(t, {
    cell: `J${j.baris}`,
    stated: totalJ(j),
    correct: benarJ,
    kind: 'jumlah-berbeda',
    why: `F${j.baris} (Jumlah anggaran operasi) has two digits swapped; the urusan rows ${urusan.join(' and ')} add up to the correct total`,
    hitung: jumlahJ,
  });
  k.salah(t, {
    cell: `L${j.baris}`,
    stated: bulat((totalK(j) / totalJ(j)) * 100, 6),
    correct: bulat((totalK(j) / benarJ) * 100, 6),
    pecahan: true,
    kind: 'serapan-berbeda',
    why: `L${j.baris} = K/J inherits the wrong Jumlah anggaran`,
    hitung: `K${j.baris}/(${jumlahJ})*100`,
  });
}

async function buatRekap(k: Korpus): Promise<ModelRekap> {
  const file = 'sipd_rekap_belanja.xlsx';
  const m = modelRekap();
  const buku = bukuBaru();
  const atas = (b: BarisSipd) => ['urusan', 'bidang', 'unit'].includes(b.pos.jenis);
  const lembar: [string, (b: BarisSipd) => boolean][] = [
    ['INDUK', atas],
    ['SEKRETARIAT', (b) => b.teks !== 'SEKRETARIAT'],
    ['KESMAS', (b) => b.teks !== 'KESMAS'],
  ];
  for (const [sheet, sembunyi] of lembar) {
    tulisRekap(buku.addWorksheet(sheet), m, {
      gabung: true,
      rumus: true,
      format: true,
      sembunyi,
      filter: true,
    });
    k.ada(
      { file, sheet },
      {
        range: `A6:N${m.jumlah.baris}`,
        jenis: 'anggaran (SIPD rekap belanja)',
        kolom: KOLOM_REKAP,
        catatan:
          'numbers partly text "0,00"; column-number row 9; the same rows on every sheet, the other bidang hidden by the filter; a SUBTOTAL row (no label, sums of every level) two rows under Jumlah is not a total of the table',
      },
    );
  }
  cekRekap(k, { file, sheet: 'INDUK' }, m);
  const cari = (kode: string, jenis: JenisPos) =>
    m.baris.find((b) => b.pos.kode === kode && b.pos.jenis === jenis)!;
  cekSipd(k, { file, sheet: 'SEKRETARIAT' }, cari('1.02.01.2.06', 'kegiatan'), 'kegiatan');
  cekSipd(
    k,
    { file, sheet: 'SEKRETARIAT' },
    cari('1.02.01.2.06.0004', 'sub-kegiatan'),
    'sub-kegiatan',
  );
  cekSipd(k, { file, sheet: 'KESMAS' }, cari('1.02.02.2.02.0001', 'sub-kegiatan'), 'sub-kegiatan');
  await simpan(buku, file);
  return m;
}

/** The same rekap as a CSV-derived file: no merges, no formulas, no number formats. */
async function buatRekapTanpaGabungan(k: Korpus, m: ModelRekap): Promise<void> {
  const file = 'sipd_rekap_tanpa_gabungan.xlsx';
  const sheet = 'rekap belanja';
  const buku = bukuBaru();
  tulisRekap(buku.addWorksheet(sheet), m, {
    gabung: false,
    rumus: false,
    format: false,
    sembunyi: () => false,
    filter: false,
  });
  k.ada(
    { file, sheet },
    {
      range: `A6:N${m.jumlah.baris}`,
      jenis: 'anggaran (SIPD rekap belanja, no merges)',
      kolom: KOLOM_REKAP,
      catatan:
        'header text only in the first cell of each former merge; values only (no formulas, no number formats); L holds fractions',
    },
  );
  cekRekap(k, { file, sheet }, m);
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 2: SIPD realisasi belanja (year end)

const UNIT_DINAS_TIRTA = '1.02.2.14.0.00.05.0000';
const RSUD = 'RSUD Tirta Husada';
const PUSKESMAS = ['Puskesmas Tirta Utara', 'Puskesmas Mekarsari'];
const BLUD_ADM = '1.02.01.2.02';

const REALISASI_DINAS1 = programDari(`
  P 1.02.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
  K 1.02.01.2.01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | SEKRETARIAT
  S 0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah | ATK KERTAS MAMIN
  S 0007 | Evaluasi Kinerja Perangkat Daerah | ATK HONOR PD_KOTA
  K 1.02.01.2.02 | Administrasi Keuangan Perangkat Daerah | SEKRETARIAT
  S 0001 | Penyediaan Gaji dan Tunjangan ASN | 5.1.01.01.001.00001 5.1.01.01.001.00002 5.1.01.01.002.00001
  P 1.02.02 | PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
  K 1.02.02.2.01 | Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota | YANKES
  S 0014 | Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan | PD_BIASA 5.2.02.07.001.00004
  K 1.02.02.2.02 | Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota | KESMAS
  S 0001 | Pengelolaan Pelayanan Kesehatan Ibu Hamil | MAMIN PD_KOTA
  S 0017 | Pengelolaan Pelayanan Kesehatan Gizi Masyarakat | MAMIN_YANKES PD_BIASA
`);

const REALISASI_DINAS2 = programDari(`
  P 2.14.03 | PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)
  K 2.14.03.2.01 | Pelaksanaan Advokasi, Komunikasi, Informasi dan Edukasi (KIE) Pengendalian Penduduk dan KB sesuai Kearifan Budaya Lokal | KB
  S 0002 | Pelaksanaan Operasional Balai Penyuluhan KB di Tingkat Kecamatan | ATK MAMIN PD_KOTA
`);

const [BLUD] = programDari(`
  P 1.02.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
  K 1.02.01.2.10 | Peningkatan Pelayanan BLUD |
  S 0001 | Pelayanan dan Penunjang Pelayanan BLUD | MAMIN_YANKES 5.1.02.02.001.00061 PD_BIASA 5.2.03.01.001.00009
`);

const [BOK] = programDari(`
  P 1.02.02 | PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
  K 1.02.02.2.02 | Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota |
  S 0025 | Pengelolaan Pelayanan Kesehatan Dasar Melalui Pendekatan Keluarga | 5.1.02.90.001.00001
`);

/**
 * The RSUD's "Administrasi Keuangan" kegiatan as BLUD units export it: salaries paid from
 * BLUD revenue are booked as realisasi against lines with no or a tiny anggaran.
 */
function kegiatanBludGaji(acak: () => number): Pos {
  const daun = (kode: string, pagu: number, real: number) => {
    const p = pos('akun', kode, AKUN[kode][0]);
    p.op = [pagu, real];
    return p;
  };
  const juta = () => Math.round((60 + 50 * acak()) * 1e6) * 100 + Math.round(acak() * 99);
  const akun = [
    daun('5.1.01.01.001.00001', 0, juta()),
    daun('5.1.01.01.001.00002', 0, Math.round(juta() / 6)),
    daun('5.1.01.01.007.00001', 4_812_650_00, 2_037_114_00),
  ];
  const sub = pos(
    'sub-kegiatan',
    `${BLUD_ADM}.0001`,
    'Penyediaan Gaji dan Tunjangan ASN',
    pohonAkun(akun),
  );
  return pos('kegiatan', BLUD_ADM, 'Administrasi Keuangan Perangkat Daerah', [sub]);
}

interface ModelRealisasi {
  baris: BarisSipd[];
  jumlah: BarisSipd;
  dinas: Pos[];
  rsud: Pos;
  pkm: Pos[];
}

function modelRealisasi(): ModelRealisasi {
  const acak = acakDari(2024_12);
  const buat = (d: ProgramDef) => buatProgram(d, acak, TAHUN, true);
  const dinas1 = jumlahkan(pos('unit', UNIT_DINAS_TIRTA, UNIT_DINKES, REALISASI_DINAS1.map(buat)));
  const dinas2 = jumlahkan(pos('unit', UNIT_DINAS_TIRTA, UNIT_DINKES, REALISASI_DINAS2.map(buat)));
  const rsudProgram = buat(BLUD);
  rsudProgram.anak.unshift(kegiatanBludGaji(acak));
  const rsud = jumlahkan(pos('unit', '1.02.2.14.0.00.05.0001', RSUD, [rsudProgram]));
  const pkm = PUSKESMAS.map((n, i) =>
    jumlahkan(pos('unit', `1.02.2.14.0.00.05.000${i + 2}`, n, [buat(BLUD), buat(BOK)])),
  );
  if (rsudProgram.op[1] + rsudProgram.mo[1] >= rsudProgram.op[0] + rsudProgram.mo[0])
    throw new Error('program RSUD: realisasi harus di bawah pagu (hanya baris BLUD yang melebihi)');
  const u1 = jumlahkan(
    pos('urusan', '1', URAIAN_URUSAN['1'], [
      pos('bidang', '1.02', URAIAN_URUSAN['1.02'], [dinas1, rsud, ...pkm]),
    ]),
  );
  const u2 = jumlahkan(
    pos('urusan', '2', URAIAN_URUSAN['2'], [
      pos('bidang', '2.14', URAIAN_URUSAN['2.14'], [dinas2]),
    ]),
  );
  const teks = (p: Pos) =>
    p.jenis === 'unit' && p.kode !== UNIT_DINAS_TIRTA ? p.uraian : p.bidang || undefined;
  const satu = (p: Pos, a: string) => barisSipd({ ...p, anak: [] }, { a }, true, teks)[0];
  const urut = [
    satu(u1, '1'),
    satu(u1.anak[0], '1.02'),
    ...barisSipd(dinas1, { a: '1.02' }, true, teks),
    satu(u2, '2'),
    satu(u2.anak[0], '2.14'),
    ...barisSipd(dinas2, { a: '2.14' }, true, teks),
    { pos: pos('akun', '', ''), a: '', f: 0, g: 0, h: 0, i: 0 },
    ...[rsud, ...pkm].flatMap((u) => barisSipd(u, { a: '1.02' }, true, teks)),
  ];
  const baris = urut.map((b, i) => ({ ...b, baris: 10 + i }));
  const jumlah: BarisSipd = {
    pos: pos('urusan', '', 'Jumlah'),
    a: '',
    f: u1.op[0] + u2.op[0],
    g: u1.op[1] + u2.op[1],
    h: u1.mo[0] + u2.mo[0],
    i: u1.mo[1] + u2.mo[1],
    baris: 10 + baris.length,
  };
  return { baris, jumlah, dinas: [dinas1, dinas2], rsud, pkm };
}

type VarianRealisasi = 'DPA' | 'SALINAN' | 'REKAP';

/** Column letters of the Total block per variant: anggaran, realisasi, %, sisa, % sisa, PPTK. */
const BLOK_REALISASI: Record<
  VarianRealisasi,
  { persen: string; sisa?: string; persenSisa?: string; pptk: string }
> = {
  DPA: { persen: 'L', sisa: 'M', persenSisa: 'N', pptk: 'O' },
  SALINAN: { persen: 'L', pptk: 'M' },
  REKAP: { persen: 'N', sisa: 'L', persenSisa: 'M', pptk: 'O' },
};

function kepalaRealisasi(ws: ExcelJS.Worksheet, v: VarianRealisasi): void {
  const blok = BLOK_REALISASI[v];
  const akhir = nomorKolom(blok.pptk) + (v === 'DPA' ? 1 : 0);
  const baris: Nilai[][] = [[], [], []];
  const tulis = (r: number, k: string, t: string) => (baris[r][nomorKolom(k) - 1] = t);
  tulis(0, 'A', 'Kode');
  tulis(0, 'E', 'Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan');
  tulis(0, 'F', 'Kelompok Belanja');
  tulis(0, 'J', 'TOTAL');
  tulis(0, blok.pptk, 'PPTK');
  if (v === 'DPA') tulis(0, 'P', 'ALASAN');
  [
    ['F', 'Operasi'],
    ['H', 'Modal'],
  ].forEach(([k, t]) => tulis(1, k, t));
  [
    ['F', 'Anggaran'],
    ['G', 'Realisasi'],
    ['H', 'Anggaran'],
    ['I', 'Realisasi'],
    ['J', 'Anggaran'],
    ['K', 'Realisasi'],
    [blok.persen, '%'],
  ].forEach(([k, t]) => tulis(2, k, t));
  if (blok.sisa) tulis(2, blok.sisa, 'SISA');
  if (blok.persenSisa) tulis(2, blok.persenSisa, '% SISA');
  for (const r of baris) for (let i = 0; i < akhir; i++) r[i] = r[i] ?? null;
  const ujung = huruf(nomorKolom(blok.pptk) - 1);
  const gabungan = [
    'E6:E8',
    'F6:I6',
    'F7:G7',
    'H7:I7',
    `J6:${ujung}7`,
    `${blok.pptk}6:${blok.pptk}8`,
  ];
  if (v !== 'SALINAN') gabungan.push('A6:D8');
  if (v === 'DPA') gabungan.push('P6:P8');
  kepala(ws, 6, 1, baris, gabungan);
  const nomor: Nilai[] = ['1', null, null, null, '2', '3', '4', '5', '6', '7', '8'];
  if (v === 'SALINAN') nomor.push('9', '10');
  else nomor.push(9, 10, 11, v === 'DPA' ? 12 : '10');
  nomor.forEach((x, i) => x !== null && isi(ws, `${huruf(i + 1)}9`, x));
  ws.mergeCells('A9:D9');
}

const JUDUL_REALISASI = [
  `${UNIT_DINKES.toUpperCase()} KOTA TIRTA`,
  'REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH, ORGANISASI, PROGRAM, KEGIATAN',
  'BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN',
  'TAHUN ANGGARAN 2024',
];

function tulisRealisasi(ws: ExcelJS.Worksheet, m: ModelRealisasi, v: VarianRealisasi): void {
  const blok = BLOK_REALISASI[v];
  lebar(ws, [4.3, 19.6, 16.3, 16.3, 61, 15.8, 18.8, 14.8, 17.5, 16.8, 17, 8, 15.8, 8, 22, 18]);
  judul(ws, 1, JUDUL_REALISASI, nomorKolom(blok.pptk));
  kepalaRealisasi(ws, v);
  const isiBaris = (v === 'DPA' ? [...m.baris, m.jumlah] : m.baris).filter((b) => b.pos.uraian);
  for (const b of isiBaris) {
    [b.a, b.b, b.c, b.d, b.pos.uraian].forEach(
      (x, i) => x && isi(ws, `${huruf(i + 1)}${b.baris}`, x),
    );
    [teksId(b.f, false), teksId(b.g, true), teksId(b.h, false), teksId(b.i, true)].forEach((x, i) =>
      isi(ws, `${huruf(6 + i)}${b.baris}`, x),
    );
    if (b.teks) isi(ws, `${blok.pptk}${b.baris}`, b.teks);
  }
  rumusRealisasi(ws, isiBaris, m.jumlah, blok);
  const kosong = m.baris.find((b) => !b.pos.uraian)!.baris;
  rumus(ws, `${blok.persen}${kosong}`, `K${kosong}/J${kosong}`, { error: '#DIV/0!' }, PERSEN0);
  for (const b of m.baris)
    if (b.pos.jenis === 'akun' && b.b && b.b !== UNIT_DINAS_TIRTA) ws.getRow(b.baris).hidden = true;
}

/** The Total block as formulas filled down: anggaran, realisasi, %, sisa, % sisa (per variant). */
function rumusRealisasi(
  ws: ExcelJS.Worksheet,
  isiBaris: BarisSipd[],
  jumlah: BarisSipd,
  blok: (typeof BLOK_REALISASI)[VarianRealisasi],
): void {
  const kol = (f: (r: number) => string, hasil: (b: BarisSipd) => Hasil) =>
    isiBaris.map((b) => ({
      baris: b.baris,
      f: f(b.baris),
      hasil: hasil(b),
      bersama: b !== jumlah,
    }));
  const sisa = (b: BarisSipd) => totalJ(b) - totalK(b);
  rumusBersama(
    ws,
    'J',
    kol((r) => `F${r}+H${r}`, totalJ),
    AKUNTANSI,
  );
  rumusBersama(
    ws,
    'K',
    kol((r) => `G${r}+I${r}`, totalK),
    AKUNTANSI,
  );
  rumusBersama(
    ws,
    blok.persen,
    kol((r) => `K${r}/J${r}`, persenL),
    PERSEN0,
  );
  const s = blok.sisa;
  if (!s || !blok.persenSisa) return;
  rumusBersama(
    ws,
    s,
    kol((r) => `J${r}-K${r}`, sisa),
    AKUNTANSI,
  );
  rumusBersama(
    ws,
    blok.persenSisa,
    kol(
      (r) => `${s}${r}/J${r}`,
      (b) => bagi(sisa(b), totalJ(b)),
    ),
    PERSEN0,
  );
}

/** Scratch formulas users leave right of a table (no header): other rows' totals and their difference. */
function coretan(ws: ExcelJS.Worksheet, m: ModelRealisasi): void {
  const program = m.baris.filter((b) => b.pos.jenis === 'program');
  program.slice(0, 3).forEach((b, i) => {
    const r = m.baris[3 + i].baris;
    rumus(ws, `R${r}`, `J${b.baris}`, totalJ(b), AKUNTANSI);
    rumus(ws, `S${r}`, `K${b.baris}`, totalK(b), AKUNTANSI);
    rumus(ws, `T${r}`, `R${r}-S${r}`, totalJ(b) - totalK(b), AKUNTANSI);
  });
  const alasan = m.baris.filter(
    (b) => b.pos.jenis === 'sub-kegiatan' && totalK(b) / totalJ(b) < 0.85,
  );
  alasan
    .slice(0, 3)
    .forEach((b, i) =>
      isi(
        ws,
        `P${b.baris}`,
        ['Sisa lelang', 'Efisiensi perjalanan dinas', 'Sisa kontrak pengadaan'][i],
      ),
    );
}

function cekRealisasi(k: Korpus, t: Tempat, m: ModelRealisasi, v: VarianRealisasi): void {
  const blok = BLOK_REALISASI[v];
  const cek = (b: BarisSipd, tingkat?: Tingkat, note?: string) => {
    const l = persenL(b);
    k.anggaran(t, {
      pagu: { sel: `J${b.baris}`, nilai: totalJ(b) },
      realisasi: { sel: `K${b.baris}`, nilai: totalK(b) },
      persen:
        typeof l === 'number'
          ? { sel: `${blok.persen}${b.baris}`, nilai: l, pecahan: true }
          : undefined,
      sisa: blok.sisa ? { sel: `${blok.sisa}${b.baris}`, nilai: totalJ(b) - totalK(b) } : undefined,
      tingkat,
      note,
    });
  };
  const cari = (kode: string, jenis: JenisPos, unit = UNIT_DINAS_TIRTA) =>
    m.baris.find((b) => b.pos.kode === kode && b.pos.jenis === jenis && (b.b ?? unit) === unit)!;
  cek(cari('1', 'urusan'), undefined, CATATAN_BLOK);
  if (v !== 'DPA') return cek(cari('1.02.01', 'program'), 'program');
  cek(cari(UNIT_DINAS_TIRTA, 'unit'));
  cek(cari('1.02.01', 'program'), 'program');
  cek(cari('1.02.01.2.01', 'kegiatan'), 'kegiatan');
  cek(cari('1.02.01.2.01.0001', 'sub-kegiatan'), 'sub-kegiatan');
  cek(cari('2.14.03', 'program'), 'program');
  const rsud = m.baris.find((b) => b.pos === m.rsud)!;
  cek(
    rsud,
    undefined,
    'the RSUD unit is a sibling of the dinas under urusan 1.02, listed after the urusan 2 block',
  );
  cek(
    cari(BLUD_ADM, 'kegiatan', rsud.b),
    'kegiatan',
    'realisasi exceeds pagu (BLUD line): a true finding',
  );
  cek(cari('1.02.02', 'program', m.baris.find((b) => b.pos === m.pkm[0])!.b), 'program');
  cek(m.jumlah, 'total');
  // Reported once, at the deepest lines that show it: a parent over its pagu because its child
  // is names no other fact (the engine's rule, docs/laporan-json.md).
  const kode = (b: BarisSipd) => [b.a, b.b, b.c, b.d].filter(Boolean).join('|');
  const lebih = m.baris.filter((b) => totalK(b) > totalJ(b));
  const punyaAnakLebih = (b: BarisSipd) =>
    lebih.some((x) => x !== b && kode(x).startsWith(kode(b)) && kode(x) !== kode(b));
  for (const b of lebih)
    if (!punyaAnakLebih(b))
      k.salah(t, {
        cell: `K${b.baris}`,
        stated: totalK(b),
        correct: totalJ(b),
        kind: 'realisasi-melebihi-pagu',
        why: `BLUD line of the RSUD: realisasi ${teksId(b.g + b.i, true)} against anggaran ${teksId(b.f + b.h, false)} (a true finding; the sheet's own arithmetic is right)`,
        hitung: `J${b.baris}`,
      });
}

/** The small summary sheet: one row per unit group and a TOTAL merged over A:B. */
function ringkasan(ws: ExcelJS.Worksheet, m: ModelRealisasi, k: Korpus, t: Tempat): void {
  lebar(ws, [4, 29, 18.5, 15.3, 12.6, 14.8, 7.5]);
  [
    `${UNIT_DINKES.toUpperCase()} KOTA TIRTA`,
    'REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH, ORGANISASI, PROGRAM, KEGIATAN',
    'BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN',
    'TAHUN ANGGARAN 2024',
  ].forEach((x, i) => isi(ws, `A${i + 1}`, x));
  kepala(ws, 6, 1, [['NO ', 'URAIAN', 'ANGGARAN', 'REALISASI', '%', 'SISA', '% SISA']], []);
  const jumlah = (p: Pos[]) => [
    p.reduce((s, x) => s + x.op[0] + x.mo[0], 0),
    p.reduce((s, x) => s + x.op[1] + x.mo[1], 0),
  ];
  const grup: [string, number[]][] = [
    [UNIT_DINKES, jumlah(m.dinas)],
    [RSUD, jumlah([m.rsud])],
    ['Puskesmas', jumlah(m.pkm)],
  ];
  grup.forEach(([nama, [p, r]], i) => {
    const b = 7 + i;
    [i + 1, nama].forEach((x, j) => isi(ws, `${huruf(j + 1)}${b}`, x));
    isi(ws, `C${b}`, rp(p), AKUNTANSI);
    isi(ws, `D${b}`, rp(r), AKUNTANSI);
    rumus(ws, `E${b}`, `D${b}/C${b}`, rp(r) / rp(p), PERSEN0);
    rumus(ws, `F${b}`, `C${b}-D${b}`, rp(p) - rp(r), AKUNTANSI);
    rumus(ws, `G${b}`, `F${b}/C${b}`, (rp(p) - rp(r)) / rp(p), PERSEN0);
    k.anggaran(t, {
      pagu: { sel: `C${b}`, nilai: rp(p) },
      realisasi: { sel: `D${b}`, nilai: rp(r) },
      persen: { sel: `E${b}`, nilai: rp(r) / rp(p), pecahan: true },
      sisa: { sel: `F${b}`, nilai: rp(p) - rp(r) },
    });
  });
  const p = grup.reduce((s, g) => s + rp(g[1][0]), 0);
  const r = grup.reduce((s, g) => s + rp(g[1][1]), 0);
  const f = grup.reduce((s, g) => s + (rp(g[1][0]) - rp(g[1][1])), 0);
  isi(ws, 'A10', 'TOTAL');
  ws.mergeCells('A10:B10');
  rumus(ws, 'C10', 'SUM(C7:C9)', p, AKUNTANSI);
  rumus(ws, 'D10', 'SUM(D7:D9)', r, AKUNTANSI);
  rumus(ws, 'E10', 'D10/C10', r / p, PERSEN0);
  rumus(ws, 'F10', 'SUM(F7:F9)', f, AKUNTANSI);
  rumus(ws, 'G10', 'F10/C10', f / p, PERSEN0);
  k.anggaran(t, {
    pagu: { sel: 'C10', nilai: p },
    realisasi: { sel: 'D10', nilai: r },
    persen: { sel: 'E10', nilai: r / p, pecahan: true },
    sisa: { sel: 'F10', nilai: f },
    tingkat: 'total',
  });
}

async function buatRealisasi(k: Korpus): Promise<void> {
  const file = 'sipd_realisasi_belanja.xlsx';
  const m = modelRealisasi();
  const buku = bukuBaru();
  const dpa = buku.addWorksheet('DPA', { views: [{ zoomScale: 75 }] });
  const ringkas = buku.addWorksheet('Sheet3');
  const salinan = buku.addWorksheet('Sheet1 (2)', {
    state: 'hidden',
    views: [{ state: 'normal', style: 'pageBreakPreview', zoomScale: 60 }],
  });
  const rekap = buku.addWorksheet('REKAP', { state: 'hidden', views: [{ zoomScale: 80 }] });
  tulisRealisasi(dpa, m, 'DPA');
  coretan(dpa, m);
  tulisRealisasi(salinan, m, 'SALINAN');
  salinan.autoFilter = `A6:M${m.baris[m.baris.length - 1].baris}`;
  tulisRealisasi(rekap, m, 'REKAP');
  const akhir = m.baris[m.baris.length - 1].baris;
  const kolom = {
    kode: 'A-D as in the SIPD rekap',
    pagu: 'J (Total)',
    realisasi: 'K (Total)',
    do_not_use: 'F/G Operasi and H/I Modal are parts of J/K',
  };
  const catatan =
    'F-I are Indonesian-style text numbers ("1.234.567" anggaran, "1.234.567,89" realisasi); the RSUD and Puskesmas units (urusan 1.02) come after the urusan 2 block; BLUD rekening rows hidden';
  const salinanJenis = 'anggaran (SIPD realisasi belanja, hidden copy)';
  const lembar: [string, string, string, string][] = [
    [
      'DPA',
      `A6:P${m.jumlah.baris}`,
      'anggaran (SIPD realisasi belanja)',
      'L %, M sisa, N % sisa, O PPTK (text); Jumlah row at the end',
    ],
    ['Sheet1 (2)', `A6:M${akhir}`, salinanJenis, 'L %, M PPTK'],
    ['REKAP', `A6:O${akhir}`, salinanJenis, 'L sisa, M % sisa, N %, O PPTK'],
  ];
  for (const [sheet, range, jenis, other] of lembar)
    k.ada({ file, sheet }, { range, jenis, kolom: { ...kolom, other }, catatan });
  const ringkasanKolom = { pagu: 'C', realisasi: 'D', serapan: 'E (fraction)', sisa: 'F' };
  const ringkasanCatatan = 'rows 7-9 are siblings (units), row 10 TOTAL merged over A:B';
  k.ada(
    { file, sheet: 'Sheet3' },
    {
      range: 'A6:G10',
      jenis: 'anggaran (summary per unit)',
      kolom: ringkasanKolom,
      catatan: ringkasanCatatan,
    },
  );
  cekRealisasi(k, { file, sheet: 'DPA' }, m, 'DPA');
  cekRealisasi(k, { file, sheet: 'REKAP' }, m, 'REKAP');
  ringkasan(ringkas, m, k, { file, sheet: 'Sheet3' });
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 3: flat LRA by akun and quarter

const AKUN_LRA = tabel(`
  5111 | Belanja Gaji dan Tunjangan PNS | Pegawai (51) | 42e9
  5122 | Belanja Lembur | Pegawai (51) | 7.5e9
  5211 | Belanja Barang Operasional | Barang (52) | 96e9
  5212 | Belanja Barang Non Operasional | Barang (52) | 33e9
  5218 | Belanja Barang Persediaan | Barang (52) | 9e9
  5221 | Belanja Jasa | Barang (52) | 71e9
  5231 | Belanja Pemeliharaan | Barang (52) | 154e9
  5241 | Belanja Perjalanan Dalam Negeri | Barang (52) | 62e9
  5242 | Belanja Perjalanan Luar Negeri | Barang (52) | 0.9e9
  5251 | Belanja Barang BLU | Barang (52) | 18e9
  5321 | Belanja Modal Peralatan dan Mesin | Modal (53) | 120e9
  5331 | Belanja Modal Gedung dan Bangunan | Modal (53) | 48e9
`).map(([kode, uraian, jenis, skala]) => [Number(kode), uraian, jenis, Number(skala)] as const);
const TW = ['I', 'II', 'III', 'IV'];
const AKHIR_TW = ['03-31', '06-30', '09-30', '12-31'];
const SERAPAN_TW: [number, number][] = [
  [0.08, 0.2],
  [0.3, 0.48],
  [0.55, 0.74],
  [0.86, 0.99],
];

interface BarisLra {
  tahun: number;
  tw: number;
  akun: (typeof AKUN_LRA)[number];
  pagu: number;
  real: number;
  persen: number;
}

function modelLra(): BarisLra[] {
  const acak = acakDari(2023_03);
  const hasil: BarisLra[] = [];
  for (const tahun of [2023, 2024, 2025]) {
    const dasar = AKUN_LRA.map((a) => Math.round((a[3] * (0.9 + 0.25 * acak())) / 1e6) * 1e6 * 100);
    for (let tw = 0; tw < (tahun === 2025 ? 2 : 4); tw++)
      AKUN_LRA.forEach((akun, i) => {
        const pagu =
          tw >= 2
            ? Math.round((rp(dasar[i]) * (0.97 + 0.08 * acak())) / 1000) * 1000 * 100
            : dasar[i];
        const [a, b] = SERAPAN_TW[tw];
        const real = Math.round(pagu * (a + (b - a) * acak()) * (akun[0] === 5251 ? 0.8 : 1));
        hasil.push({ tahun, tw, akun, pagu, real, persen: bulat((real / pagu) * 100, 2) });
      });
  }
  return hasil;
}

/** 0.00 for two decimals, 0.0 or 0 when the rounded value has fewer (as the sheet shows them). */
const formatPersen = (x: number): string =>
  Number.isInteger(x) ? '0' : Number.isInteger(x * 10) ? '0.0' : DUA;

const KEPALA_LRA =
  'Tahun|Triwulan|Tanggal|Kode Belanja|Uraian Belanja|Jenis Belanja|Anggaran|Realisasi|% Realisasi Anggaran';

/** One row of the flat LRA; `teks`: the amounts typed as US-grouped text ending ",00". */
function tulisBarisLra(
  ws: ExcelJS.Worksheet,
  b: BarisLra,
  r: number,
  teks: boolean,
  persen: number,
): void {
  const [m, d] = AKHIR_TW[b.tw].split('-').map(Number);
  isi(ws, `A${r}`, b.tahun);
  isi(ws, `B${r}`, TW[b.tw]);
  isi(ws, `C${r}`, new Date(Date.UTC(b.tahun, m - 1, d)), 'yyyy-mm-dd;@');
  isi(ws, `D${r}`, b.akun[0], r % 5 === 4 ? undefined : '0');
  isi(ws, `E${r}`, b.akun[1]);
  isi(ws, `F${r}`, b.akun[2]);
  const uang = (sen: number): Nilai => (teks ? { richText: [{ text: teksUs(sen) }] } : rp(sen));
  isi(ws, `G${r}`, uang(b.pagu), teks ? undefined : RIBUAN);
  isi(ws, `H${r}`, uang(b.real), teks ? undefined : RIBUAN);
  isi(ws, `I${r}`, persen, formatPersen(persen));
}

async function buatLra(k: Korpus): Promise<void> {
  const t = { file: 'lra_akun_triwulan.xlsx', sheet: 'Sheet1' };
  const buku = bukuBaru();
  const ws = buku.addWorksheet(t.sheet);
  lebar(ws, [7, 9, 12, 13, 36, 14, 20, 20, 12]);
  KEPALA_LRA.split('|').forEach((x, i) => isi(ws, `${huruf(i + 1)}1`, x));
  ws.getCell('C1').numFmt = 'yyyy-mm-dd;@';
  const baris = modelLra();
  const teksUs = baris.findIndex((b) => b.tahun === 2025 && b.tw === 1 && b.akun[0] === 5251);
  baris[teksUs].real += 49 - (baris[teksUs].real % 100);
  const basi = baris.findIndex((b) => b.tahun === 2024 && b.tw === 2 && b.akun[0] === 5231);
  baris.forEach((b, i) => {
    const r = i + 2;
    const benar = bulat((b.real / b.pagu) * 100, 2);
    const persen = i === basi ? baris[i - AKUN_LRA.length].persen : benar;
    tulisBarisLra(ws, b, r, i === teksUs, persen);
    if (i < 3 || i % 11 === 0 || i === teksUs || i === baris.length - 1 || i === basi)
      k.baris(t, r, 'G H I', { pagu: rp(b.pagu), real: rp(b.real), persen });
  });
  const r = basi + 2;
  k.salah(t, {
    cell: `I${r}`,
    stated: baris[basi - AKUN_LRA.length].persen,
    correct: bulat((baris[basi].real / baris[basi].pagu) * 100, 6),
    kind: 'serapan-berbeda',
    why: `I${r} repeats the % of the same akun in the previous quarter (row ${r - AKUN_LRA.length}); H${r}/G${r} gives the right one`,
    hitung: `H${r}/G${r}*100`,
  });
  k.ada(t, {
    range: `A1:I${baris.length + 1}`,
    jenis: 'anggaran (flat, per akun and quarter)',
    kolom: {
      kode: 'D',
      pagu: 'G',
      realisasi: 'H',
      serapan: 'I (percent, 2 dp)',
      periode: 'A tahun, B triwulan, C tanggal',
    },
    catatan: `G${teksUs + 2}/H${teksUs + 2} typed as US-grouped text ending ",00" / ",49"; each row is its own period (no hierarchy)`,
  });
  await simpan(buku, t.file);
}

// ---------------------------------------------------------------- 4: Evaluasi terhadap Hasil Renja (Permendagri 86)

type JenisRenja = 'atas' | 'bidang' | 'program' | 'kegiatan' | 'sub';

interface BarisRenja {
  jenis: JenisRenja;
  nama: string;
  indikator?: string;
  satuan?: string;
  /** Leaves: target Renstra, realisasi s.d. last year, target this year (K), and the cumulative % per TW. */
  j?: number;
  l?: number;
  n?: number;
  persenTw?: number[];
  /** Leaves: pagu Renstra, realisasi s.d. last year, pagu this year, realisasi per TW (Rp). */
  k?: number;
  m?: number;
  o?: number;
  rpTw?: number[];
  anak: BarisRenja[];
  baris?: number;
  /** Planted: a sibling added to this parent's R (TW I Rp) roll-up. */
  tambahR?: BarisRenja;
  /** Planted: AE = M + AB (K) instead of M + AC (Rp). */
  aeSalah?: boolean;
}

type DefRenja = [string, string, string, number, number[]?];

/** A sub kegiatan with its indicator, satuan, target this year and the cumulative % reached per TW. */
function subRenja(d: DefRenja, acak: () => number): BarisRenja {
  const [nama, indikator, satuan, n, persenTw] = d;
  const o = Math.round((20 + 480 * acak()) * 1e3) * 1000;
  const serap = 0.62 + 0.35 * acak();
  const bobot = [0.1, 0.2, 0.25, 0.3].map((x) => x + 0.15 * acak());
  const total = bobot.reduce((x, y) => x + y, 0);
  const bagian = bobot.map((x) => Math.round((o * serap * x) / total));
  return {
    jenis: 'sub',
    nama,
    indikator,
    satuan,
    n,
    j: n * 5,
    l: Math.round(n * (2.4 + acak()) * 100) / 100,
    persenTw: persenTw ?? [0.25, 0.5, 0.75, 1],
    o,
    k: Math.round((o * (4.6 + 0.8 * acak())) / 1000) * 1000,
    m: Math.round((o * (2.5 + 0.9 * acak())) / 1000) * 1000,
    rpTw: bagian,
    anak: [],
  };
}

const induk = (
  jenis: JenisRenja,
  nama: string,
  anak: BarisRenja[],
  indikator?: string,
  satuan?: string,
): BarisRenja => ({ jenis, nama, anak, indikator, satuan });

/** The K & Rp form's rows: B bidang, P program, K kegiatan, S sub kegiatan (target, cumulative % per TW). */
const RENJA_KRP = `
  B | KOMUNIKASI DAN INFORMATIKA
  P | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Nilai SAKIP Perangkat Daerah | Nilai
  K | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | Persentase Dokumen Perencanaan dan Pelaporan yang Disusun Tepat Waktu | %
  S | Penyusunan Dokumen Perencanaan Perangkat Daerah | Jumlah Dokumen Perencanaan Perangkat Daerah | Dokumen | 3
  S | Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD | Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD | Laporan | 4 | 0.25 0.5 0.75 0.75
  S | Evaluasi Kinerja Perangkat Daerah | Jumlah Laporan Evaluasi Kinerja Perangkat Daerah | Laporan | 4
  K | Administrasi Keuangan Perangkat Daerah | Persentase Tertib Administrasi Keuangan | %
  S | Penyediaan Gaji dan Tunjangan ASN | Jumlah Orang yang Menerima Gaji dan Tunjangan ASN | Orang/Bulan | 52
  S | Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD | Jumlah Laporan Keuangan Akhir Tahun SKPD | Laporan | 1 | 0 0 0 1
  K | Administrasi Umum Perangkat Daerah | Persentase Terpenuhinya Kebutuhan Administrasi Umum | %
  S | Penyediaan Bahan Logistik Kantor | Jumlah Paket Bahan Logistik Kantor yang Disediakan | Paket | 12 | 0.2 0.45 0.7 0.9
  S | Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | Laporan | 12
  P | Program Informasi dan Komunikasi Publik | Indeks Keterbukaan Informasi Publik | Indeks
  K | Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota | Persentase Informasi Publik yang Dipublikasikan | %
  S | Monitoring Informasi dan Penetapan Agenda Prioritas Komunikasi Pemerintah Daerah | Jumlah Laporan Monitoring Isu Publik | Laporan | 12
  S | Pengelolaan Konten dan Perencanaan Media Komunikasi Publik | Jumlah Konten Komunikasi Publik yang Dikelola | Konten | 240 | 0.2 0.4 0.6 0.8
  S | Layanan Hubungan Media | Jumlah Media yang Bekerja Sama | Media | 25 | 0.4 0.6 0.6 0.6
  P | Program Aplikasi Informatika | Indeks SPBE | Indeks
  K | Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota | Persentase Perangkat Daerah yang Menggunakan Sub Domain | %
  S | Pengelolaan Nama Domain dan Sub Domain | Jumlah Sub Domain yang Dikelola | Sub Domain | 45
  K | Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota | Persentase Layanan Publik Berbasis Elektronik | %
  S | Pengelolaan Pusat Data Pemerintahan Daerah | Jumlah Layanan Pusat Data yang Tersedia | Layanan | 6
  S | Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah | Jumlah Titik Jaringan Intra Pemerintah yang Terhubung | Titik | 60 | 0.1 0.3 0.3 0.45
  B | STATISTIK
  P | Program Penyelenggaraan Statistik Sektoral | Persentase Perangkat Daerah yang Menyediakan Data Statistik Sektoral | %
  K | Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota | Persentase Data Statistik Sektoral yang Terpublikasi | %
  S | Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral | Jumlah Dokumen Statistik Sektoral | Dokumen | 2 | 0 0.5 0.5 1
  B | PERSANDIAN
  P | Program Penyelenggaraan Persandian untuk Pengamanan Informasi | Indeks Keamanan Informasi (KAMI) | Indeks
  K | Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota | Persentase Perangkat Daerah yang Menerapkan Persandian | %
  S | Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik | Jumlah Perangkat Daerah yang Menerapkan Keamanan Informasi | Perangkat Daerah | 30 | 0.3 0.5 0.7 0.9
`;

const JENIS_RENJA: Record<string, JenisRenja> = {
  B: 'bidang',
  P: 'program',
  K: 'kegiatan',
  S: 'sub',
};

function modelRenjaKRp(): BarisRenja {
  const acak = acakDari(2025_12);
  const akar = induk(
    'atas',
    'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA, STATISTIK DAN PERSANDIAN',
    [],
  );
  const jalur: BarisRenja[] = [akar];
  for (const [j, nama, indikator, satuan, n, persen] of tabel(RENJA_KRP)) {
    const d = 'BPKS'.indexOf(j) + 1;
    const b =
      j === 'S'
        ? subRenja(
            [nama, indikator, satuan, Number(n), persen ? angkaDaftar(persen) : undefined],
            acak,
          )
        : induk(JENIS_RENJA[j], nama, [], indikator, satuan);
    jalur.length = d;
    jalur[d - 1].anak.push(b);
    jalur.push(b);
  }
  return akar;
}

function semuaRenja(b: BarisRenja): BarisRenja[] {
  return [b, ...b.anak.flatMap(semuaRenja)];
}

/** Kinerja columns of the form: quarterly K from the cumulative % (P = Q*N, S = T*N-P, ...). */
function kinerjaTw(n: number, persen: number[]): number[] {
  const k: number[] = [];
  persen.forEach((p, i) => k.push(p * n - k.slice(0, i).reduce((s, x) => s + x, 0)));
  return k;
}

const KOLOM_TW = [
  ['P', 'Q', 'R'],
  ['S', 'T', 'U'],
  ['V', 'W', 'X'],
  ['Y', 'Z', 'AA'],
];

interface NilaiRenja {
  j: number;
  l: number;
  n: number;
  persenTw: number[];
  k: number;
  m: number;
  o: number;
  rpTw: number[];
}

/** A row's values: leaves as written, parents as the form computes them (sums of Rp, averages of %). */
function nilaiRenja(b: BarisRenja): NilaiRenja {
  if (b.jenis === 'sub') return b as NilaiRenja;
  const anak = b.anak.map(nilaiRenja);
  const jumlah = (f: (x: NilaiRenja) => number) => anak.reduce((s, x) => s + f(x), 0);
  return {
    j: 100,
    l: 100,
    n: 100,
    persenTw: [0, 1, 2, 3].map((i) => jumlah((x) => x.persenTw[i]) / anak.length),
    k: jumlah((x) => x.k),
    m: jumlah((x) => x.m),
    o: jumlah((x) => x.o),
    rpTw: [0, 1, 2, 3].map((i) => jumlah((x) => x.rpTw[i])),
  };
}

const anakRenja = (b: BarisRenja, k: string): string =>
  b.jenis === 'kegiatan'
    ? `SUM(${k}${b.anak[0].baris}:${k}${b.anak[b.anak.length - 1].baris})`
    : `SUM(${b.anak.map((a) => `${k}${a.baris}`).join('+')})`;

/** R (realisasi Rp TW I) as the sheet states it: a parent may add a sibling row twice. */
function rTertulis(b: BarisRenja): number {
  if (b.jenis === 'sub') return b.rpTw![0];
  return b.anak.reduce((s, a) => s + rTertulis(a), 0) + (b.tambahR ? rTertulis(b.tambahR) : 0);
}

const tanpaKinerja = (b: BarisRenja) => b.jenis === 'atas' || b.jenis === 'bidang';

/** One row of the K & Rp form, formulas with their cached results. */
function tulisBarisRenjaKRp(ws: ExcelJS.Worksheet, b: BarisRenja, no: number): void {
  const r = b.baris!;
  const v = nilaiRenja(b);
  const daun = b.jenis === 'sub';
  isi(ws, `A${r}`, no);
  isi(ws, `G${r}`, b.nama);
  if (b.indikator) isi(ws, `H${r}`, b.indikator);
  if (b.satuan) isi(ws, `I${r}`, b.satuan);
  const rpSel = (k: string, x: number, f = AKUNTANSI_KURUNG) =>
    daun ? isi(ws, `${k}${r}`, x, f) : rumus(ws, `${k}${r}`, anakRenja(b, k), x, f);
  if (!tanpaKinerja(b))
    (['J', 'L', 'N'] as const).forEach((k) =>
      isi(ws, `${k}${r}`, v[k.toLowerCase() as 'j' | 'l' | 'n'], AKUNTANSI_KURUNG),
    );
  rpSel('K', v.k);
  rpSel('M', v.m);
  rpSel('O', v.o);
  const ktw = kinerjaTw(v.n, v.persenTw);
  KOLOM_TW.forEach(([kk, kp, krp], i) => {
    if (!tanpaKinerja(b)) {
      const kurang = KOLOM_TW.slice(0, i)
        .map(([x]) => `-${x}${r}`)
        .join('');
      rumus(ws, `${kk}${r}`, `${kp}${r}*N${r}${kurang}`, ktw[i], '0');
      const rata =
        b.jenis === 'kegiatan'
          ? `AVERAGE(${kp}${b.anak[0].baris}:${kp}${b.anak[b.anak.length - 1].baris})`
          : `AVERAGE(${b.anak.map((a) => `${kp}${a.baris}`).join(',')})`;
      if (daun) isi(ws, `${kp}${r}`, v.persenTw[i], PERSEN0);
      else rumus(ws, `${kp}${r}`, rata, v.persenTw[i], PERSEN0);
    }
    if (krp === 'R' && b.tambahR)
      rumus(
        ws,
        `R${r}`,
        `SUM(${b.anak.map((a) => `R${a.baris}`).join('+')}+R${b.tambahR.baris})`,
        rTertulis(b),
        RIBUAN,
      );
    else if (krp === 'R' && !daun) rumus(ws, `R${r}`, anakRenja(b, 'R'), rTertulis(b), RIBUAN);
    else rpSel(krp, v.rpTw[i], RIBUAN);
  });
  const ab = ktw.reduce((x, y) => x + y, 0);
  const ac = v.rpTw.reduce((x, y) => x + y, 0);
  if (daun) rumus(ws, `AC${r}`, `R${r}+U${r}+X${r}+AA${r}`, ac, AKUNTANSI);
  else rumus(ws, `AC${r}`, anakRenja(b, 'AC'), ac, AKUNTANSI);
  const ae = b.aeSalah ? v.m + ab : v.m + ac;
  rumus(ws, `AE${r}`, b.aeSalah ? `M${r}+AB${r}` : `M${r}+AC${r}`, ae, AKUNTANSI_KURUNG);
  rumus(ws, `AG${r}`, `AE${r}/K${r}*100`, (ae / v.k) * 100, AKUNTANSI_KURUNG2);
  if (tanpaKinerja(b)) return;
  rumus(ws, `AB${r}`, `P${r}+S${r}+V${r}+Y${r}`, ab, '0');
  rumus(ws, `AD${r}`, `L${r}+AB${r}`, v.l + ab, AKUNTANSI_KURUNG);
  rumus(ws, `AF${r}`, `(AD${r}/J${r})*100`, ((v.l + ab) / v.j) * 100, AKUNTANSI_KURUNG);
}

const VISI = 'Terwujudnya Kabupaten Sukamaju yang Maju, Sejahtera dan Berdaya Saing';
const MISI = 'Mewujudkan tata kelola pemerintahan yang baik berbasis teknologi informasi';

/** Cells of the K & Rp form's header, "address | text". */
const KEPALA_RENJA_KRP = tabel(`
  A6 | No
  F6 | Sasaran Perangkat Daerah
  G6 | Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan
  H6 | Indikator Kinerja Program (Outcome)/Kegiatan (Output)
  I6 | Satuan
  J6 | Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra Perangkat Daerah)
  L6 | Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun 2024
  N6 | Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2025) yang Dievaluasi
  P6 | Realisasi Kinerja Pada Triwulan
  AB6 | Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi
  AD6 | Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2025 (Akhir Tahun Pelaksanaan Renja Perangkat Daerah)
  AF6 | Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2026 (%)
  B7 | Visi
  C7 | Misi
  D7 | Sasaran RPJMD
  E7 | Tujuan Perangkat Daerah
  P7 | I
  S7 | II
  V7 | III
  Y7 | IV
  AB8 | 13 = 9 + 10 + 11 + 12
  AD8 | 14 = 7 + 13
  AF8 | 15 = 14 / 6 x 100
`);
const GABUNG_RENJA_KRP = daftarGabung(
  'A6:A7 F6:F7 G6:G7 H6:H7 I6:I7 J6:K7 L6:M7 N6:O7 P6:AA6 P7:R7 S7:U7 V7:X7 Y7:AA7 AB6:AC7 AD6:AE7 AF6:AG7 ' +
    'A8:A9 F8:F9 G8:G9 H8:H9 I8:I9 J8:K8 L8:M8 N8:O8 P8:R8 S8:U8 V8:X8 Y8:AA8 AB8:AC8 AD8:AE8 AF8:AG8',
);

function kepalaRenjaKRp(ws: ExcelJS.Worksheet): void {
  for (const [a, t] of KEPALA_RENJA_KRP) isi(ws, a, t);
  ['A', 'F', 'G', 'H', 'I', 'J', 'L', 'N', 'P', 'S', 'V', 'Y'].forEach((k, i) =>
    isi(ws, `${k}8`, i + 1),
  );
  ['J', 'L', 'N', 'AB', 'AD', 'AF'].forEach((k) =>
    ['K', 'Rp.'].forEach((x, i) => isi(ws, `${huruf(nomorKolom(k) + i)}9`, x)),
  );
  KOLOM_TW.forEach((tw) => ['K', '%', 'Rp.'].forEach((x, i) => isi(ws, `${tw[i]}9`, x)));
  for (let c = 1; c <= 33; c++)
    for (let r = 6; r <= 9; r++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  GABUNG_RENJA_KRP.forEach((g) => ws.mergeCells(g));
}

/** Below the form: average, predikat, the scale as the form writes it, factors, signature. */
function kakiRenja(
  ws: ExcelJS.Worksheet,
  r: number,
  rataRata: number,
  kolomLabel: string,
  kolomNilai: string,
): number {
  isi(ws, `${kolomLabel}${r}`, 'Rata-rata capaian kinerja (%)');
  isi(ws, `${kolomNilai}${r}`, bulat(rataRata, 2), DUA);
  isi(ws, `${kolomLabel}${r + 1}`, 'Predikat kinerja');
  isi(ws, `${kolomNilai}${r + 1}`, labelDari(PERMENDAGRI86, rataRata));
  isi(ws, `${kolomLabel}${r + 3}`, 'Kriteria Penilaian Realisasi Kinerja');
  const skala: [string, string, string][] = [
    ['No', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian'],
    ['1', '> 90', 'Sangat Tinggi'],
    ['2', '76 - 90', 'Tinggi'],
    ['3', '66 - 75', 'Sedang'],
    ['4', '51 - 65', 'Rendah'],
    ['5', '<= 50', 'Sangat Rendah'],
  ];
  const k0 = nomorKolom(kolomLabel);
  skala.forEach((baris, i) => baris.forEach((x, j) => isi(ws, `${huruf(k0 + j)}${r + 4 + i}`, x)));
  const teks = [
    'Faktor pendorong keberhasilan pencapaian: dukungan anggaran dan koordinasi lintas perangkat daerah.',
    'Faktor penghambat pencapaian kinerja: keterlambatan pengadaan pada triwulan I.',
    'Tindak lanjut yang diperlukan dalam triwulan berikutnya: percepatan pelaksanaan kegiatan fisik.',
    'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya: penyesuaian target dengan kapasitas anggaran.',
  ];
  teks.forEach((t, i) => isi(ws, `${kolomLabel}${r + 11 + i}`, t));
  return r + 16;
}

function tandaTangan(ws: ExcelJS.Worksheet, r: number, kolom: string, jabatan: string[]): void {
  const isiTtd = [
    'Sukamaju, 15 Januari 2026',
    ...jabatan,
    '',
    '',
    '',
    'Drs. BAMBANG SURYADI, M.Si',
    'Pembina Utama Muda',
    'NIP. 19700512 199503 1 004',
  ];
  isiTtd.forEach((t, i) => t && isi(ws, `${kolom}${r + i}`, t));
}

function cekRenjaKRp(k: Korpus, t: Tempat, akar: BarisRenja): void {
  for (const b of semuaRenja(akar)) {
    const r = b.baris!;
    const v = nilaiRenja(b);
    const ac = v.rpTw.reduce((x, y) => x + y, 0);
    k.anggaran(t, {
      pagu: { sel: `O${r}`, nilai: v.o },
      realisasi: { sel: `AC${r}`, nilai: ac },
      note: 'realisasi anggaran 2025 (AC) / pagu 2025 (O); no stated column',
    });
    if (tanpaKinerja(b) || b.jenis === 'program') continue;
    const ab = kinerjaTw(v.n, v.persenTw).reduce((x, y) => x + y, 0);
    k.kinerja(t, {
      target: { sel: `N${r}`, nilai: v.n },
      realisasi: { sel: `AB${r}`, nilai: ab },
      kategori: {},
      note: 'capaian kinerja 2025 = realisasi TW I-IV (AB) / target 2025 (N); no stated column; kategori by the scale under the form',
    });
    if (b.jenis === 'sub')
      k.kinerja(t, {
        field: 'capaian_renstra',
        target: { sel: `J${r}`, nilai: v.j },
        realisasi: { sel: `AD${r}`, nilai: v.l + ab },
        stated: { sel: `AF${r}`, nilai: ((v.l + ab) / v.j) * 100 },
        note: 'realisasi s.d. 2025 (AD) / target akhir Renstra 2026 (J)',
      });
  }
}

function salahRenjaKRp(k: Korpus, t: Tempat, akar: BarisRenja): void {
  const bidang = akar.anak[0];
  const tambah = bidang.tambahR!;
  const benar12 = bidang.anak.reduce((s, a) => s + rTertulis(a), 0);
  const anak12 = bidang.anak.map((a) => `R${a.baris}`).join('+');
  k.salah(t, {
    cell: `R${bidang.baris}`,
    stated: rTertulis(bidang),
    correct: benar12,
    kind: 'induk-berbeda',
    why: `R${bidang.baris} =SUM(${anak12}+R${tambah.baris}) adds R${tambah.baris}, a sibling bidang; O${bidang.baris}, U${bidang.baris} and AC${bidang.baris} sum the programs only`,
    hitung: anak12,
  });
  const anakAtas = akar.anak.map((a) => (a === bidang ? anak12 : `R${a.baris}`)).join('+');
  k.salah(t, {
    cell: `R${akar.baris}`,
    stated: rTertulis(akar),
    correct: benar12 + akar.anak.slice(1).reduce((s, a) => s + rTertulis(a), 0),
    kind: 'induk-berbeda',
    why: `R${akar.baris} = R${bidang.baris}+R${akar.anak[1].baris}+R${akar.anak[2].baris} counts R${tambah.baris} twice`,
    hitung: anakAtas,
  });
  const x = semuaRenja(akar).find((b) => b.aeSalah)!;
  const r = x.baris!;
  const v = nilaiRenja(x);
  const ab = kinerjaTw(v.n, v.persenTw).reduce((p, q) => p + q, 0);
  const ac = v.rpTw.reduce((p, q) => p + q, 0);
  k.salah(t, {
    cell: `AE${r}`,
    stated: v.m + ab,
    correct: v.m + ac,
    kind: 'formula',
    why: `AE${r} =M${r}+AB${r} adds the kinerja realisasi (K) instead of the Rp realisasi AC${r}; every other row uses M+AC`,
    hitung: `M${r}+AC${r}`,
  });
  k.salah(t, {
    cell: `AG${r}`,
    stated: bulat(((v.m + ab) / v.k) * 100, 6),
    correct: bulat(((v.m + ac) / v.k) * 100, 6),
    kind: 'capaian-berbeda',
    why: `AG${r} = AE${r}/K${r}*100 inherits the wrong AE${r}`,
    hitung: `(M${r}+AC${r})/K${r}*100`,
  });
}

async function buatRenjaKRp(k: Korpus): Promise<void> {
  const file = 'renja_evaluasi_k_rp.xlsx';
  const sheet = 'Realisasi TW IV';
  const t = { file, sheet };
  const akar = modelRenjaKRp();
  const urut = semuaRenja(akar);
  urut.forEach((b, i) => (b.baris = 11 + i));
  akar.anak[0].tambahR = akar.anak[1];
  urut.find(
    (b) => b.nama === 'Pengelolaan Konten dan Perencanaan Media Komunikasi Publik',
  )!.aeSalah = true;
  const buku = bukuBaru();
  const ws = buku.addWorksheet(sheet);
  lebar(ws, [5, 18, 18, 18, 18, 24, 40, 40, 10, ...Array(24).fill(13)]);
  judul(
    ws,
    1,
    ['Evaluasi Terhadap Hasil Renja Perangkat Daerah', 'Kabupaten Sukamaju', 'Tahun 2025'],
    33,
  );
  kepalaRenjaKRp(ws);
  isi(ws, 'F10', 'Perangkat Daerah : Dinas Komunikasi dan Informatika Kabupaten Sukamaju');
  urut.forEach((b, i) => tulisBarisRenjaKRp(ws, b, i + 1));
  isi(ws, 'B11', VISI);
  isi(ws, 'C11', MISI);
  ws.mergeCells(`B11:B${urut[urut.length - 1].baris}`);
  ws.mergeCells(`C11:C${urut[urut.length - 1].baris}`);
  ws.mergeCells('G11:H11');
  for (const p of urut.filter((b) => b.jenis === 'program')) {
    isi(ws, `D${p.baris}`, 'Meningkatnya kualitas tata kelola pemerintahan');
    isi(ws, `E${p.baris}`, 'Meningkatkan kualitas layanan informasi publik');
    isi(ws, `F${p.baris}`, 'Meningkatnya kualitas layanan komunikasi dan informatika');
  }
  const capaian = urut.filter((b) => b.jenis === 'sub').map((b) => nilaiRenja(b).persenTw[3] * 100);
  const akhir = kakiRenja(
    ws,
    urut[urut.length - 1].baris! + 3,
    capaian.reduce((x, y) => x + y, 0) / capaian.length,
    'G',
    'H',
  );
  tandaTangan(ws, akhir + 1, 'X', [
    'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
    'KABUPATEN SUKAMAJU',
  ]);
  cekRenjaKRp(k, t, akar);
  salahRenjaKRp(k, t, akar);
  k.ada(t, {
    range: `A6:AG${urut[urut.length - 1].baris}`,
    jenis: 'multi-tahun/renstra (Evaluasi Renja, Permendagri 86 form, K and Rp)',
    kolom: {
      indikator: 'H',
      satuan: 'I',
      target_renstra: 'J (K) / K (Rp)',
      realisasi_sd_lalu: 'L/M',
      target_tahun: 'N (K) / O (Rp)',
      realisasi_tw: 'P..AA (K,%,Rp per TW)',
      realisasi_tahun: 'AB (K) / AC (Rp)',
      realisasi_sd_tahun: 'AD/AE',
      capaian_renstra: 'AF (K) / AG (Rp)',
    },
    catatan:
      'urusan/bidang/program/kegiatan/sub kegiatan in G (names only, no codes) with indicator in H; header rows 6-9 incl. column-number row 8; parents roll Rp up by formula; average, predikat and a scale block ("> 90 / 76 - 90 / ...") under the table',
  });
  await simpan(buku, file);
}

/** Kinerja-only variant: codes in their own column, quarterly K only, capaian and predikat columns. */
interface BarisKinerja {
  kode: string;
  nama: string;
  indikator: string;
  satuan: string;
  g: number;
  h: number;
  i: number;
  tw: number[];
  unit: string;
  baris: number;
  /** Planted mistakes. */
  pSalah?: boolean;
  predikatSalah?: string;
}

/** kode | program/kegiatan/sub kegiatan | indikator | satuan | target Renstra | realisasi s.d. 2024 | target 2025 | K per TW */
const DEF_KINERJA = tabel(`
  2.09.02 | Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat | Skor Pola Pangan Harapan (PPH) | Skor | 92 | 85.6 | 90 | 22 22.5 22.5 21.3
  2.09.02.2.01 | Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan | Jumlah Pangan Pokok yang Tersedia dan Tersalurkan | Ton | 600 | 310 | 120 | 20 30 30 28
  2.09.02.2.01.0002 | Penyediaan Pangan Berbasis Sumber Daya Lokal | Jumlah Kelompok Penerima Bantuan Pangan | Kelompok | 110 | 58 | 24 | 4 6 8 6
  2.09.02.2.01.0004 | Pelaksanaan Gerakan Penganekaragaman Konsumsi Pangan | Jumlah Kegiatan Gerakan Beragam, Bergizi Seimbang dan Aman (B2SA) | Kegiatan | 40 | 21 | 8 | 1 2 2 2
  2.09.02.2.02 | Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota | Jumlah Cadangan Pangan Pemerintah Daerah | Ton | 300 | 150 | 60 | 15 15 10 14
  2.09.02.2.02.0001 | Penyediaan Cadangan Pangan Pemerintah Kabupaten/Kota | Jumlah Cadangan Beras Pemerintah Daerah | Ton | 300 | 150 | 60 | 20 15 15 10
  2.09.02.2.02.0003 | Penyaluran Cadangan Pangan | Jumlah Cadangan Pangan yang Disalurkan | Ton | 125 | 64 | 25 | 0 5 7 5
  2.09.03 | Program Penanganan Kerawanan Pangan | Persentase Penurunan Desa Rawan Pangan | % | 10 | 5.5 | 2 | 0 0.5 0.5 1
  2.09.03.2.01 | Penyusunan Peta Ketahanan dan Kerentanan Pangan Kabupaten/Kota | Jumlah Dokumen Peta Ketahanan dan Kerentanan Pangan | Dokumen | 5 | 3 | 1 | 0 0 0 1
  2.09.03.2.01.0001 | Penyusunan Peta Ketahanan dan Kerentanan Pangan | Jumlah Dokumen FSVA Kabupaten | Dokumen | 5 | 3 | 1 | 0 0 0 1
  2.09.03.2.01.0002 | Pemutakhiran Data Sistem Kewaspadaan Pangan dan Gizi | Jumlah Laporan Sistem Kewaspadaan Pangan dan Gizi | Laporan | 60 | 36 | 12 | 3 3 3 2
  2.09.04 | Program Pengawasan Keamanan Pangan | Persentase Pangan Segar yang Memenuhi Syarat Keamanan Pangan | % | 95 | 88 | 90 | 20 25 20 20
  2.09.04.2.01 | Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota | Jumlah Sampel Pangan Segar yang Diuji | Sampel | 600 | 320 | 150 | 30 40 40 30
  2.09.04.2.01.0001 | Pengawasan Keamanan Pangan Segar | Jumlah Sampel Pangan Segar yang Diawasi | Sampel | 600 | 320 | 120 | 25 35 30 30
  2.09.04.2.01.0003 | Sertifikasi Pangan Segar | Jumlah Sertifikat Pangan Segar yang Diterbitkan | Sertifikat | 150 | 70 | 30 | 4 8 5 3
`);

const UNIT_PANGAN = [
  'Bidang Ketersediaan Pangan',
  'Bidang Kerawanan Pangan',
  'Bidang Keamanan Pangan',
];

function modelKinerja(): BarisKinerja[] {
  const hasil: BarisKinerja[] = DEF_KINERJA.map(
    ([kode, nama, indikator, satuan, g, h, i, tw], n) => ({
      kode,
      nama,
      indikator,
      satuan,
      g: Number(g),
      h: Number(h),
      i: Number(i),
      tw: angkaDaftar(tw),
      unit: UNIT_PANGAN[Number(kode.split('.')[2]) - 2],
      baris: 9 + n,
    }),
  );
  hasil.find((b) => b.kode === '2.09.04.2.01.0003')!.pSalah = true;
  hasil.find((b) => b.kode === '2.09.02.2.02')!.predikatSalah = 'Sangat Tinggi';
  return hasil;
}

const tingkatKode = (kode: string): Tingkat =>
  (['program', 'program', 'program', 'kegiatan', 'kegiatan', 'sub-kegiatan'] as Tingkat[])[
    kode.split('.').length - 1
  ];

function tulisKinerja(ws: ExcelJS.Worksheet, baris: BarisKinerja[]): void {
  lebar(ws, [5, 26, 18, 44, 44, 10, 12, 14, 12, 8, 8, 8, 8, 12, 12, 12, 12, 14, 24]);
  judul(
    ws,
    1,
    [
      'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH',
      'DINAS KETAHANAN PANGAN KOTA TIRTA',
      'PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2025',
    ],
    19,
  );
  const teks = [
    'No',
    'Sasaran',
    'Kode',
    'Program/Kegiatan/Sub Kegiatan',
    'Indikator Kinerja Program (Outcome)/Kegiatan (Output)',
    'Satuan',
    'Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)',
    'Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun 2024',
    'Target Kinerja Renja Perangkat Daerah Tahun 2025',
    'Realisasi Kinerja Pada Triwulan',
    null,
    null,
    null,
    'Realisasi Capaian Kinerja Renja Tahun 2025',
    'Realisasi Kinerja Renstra s.d. Tahun 2025',
    'Tingkat Capaian Kinerja Renstra s.d. Tahun 2025 (%)',
    'Tingkat Capaian Kinerja Renja Tahun 2025 (%)',
    'Predikat',
    'Perangkat Daerah Penanggung Jawab',
  ];
  const kedua: Nilai[] = Array(19).fill(null);
  ['I', 'II', 'III', 'IV'].forEach((x, i) => (kedua[9 + i] = x));
  const nomor: Nilai[] = [
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '10',
    '11',
    '12',
    '13',
    '14 = 10 + 11 + 12 + 13',
    '15 = 8 + 14',
    '16 = 15 / 7 x 100',
    '17 = 14 / 9 x 100',
    '18',
    '19',
  ];
  const gabung = [
    'J5:M5',
    ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'N', 'O', 'P', 'Q', 'R', 'S'].map(
      (k) => `${k}5:${k}6`,
    ),
  ];
  kepala(ws, 5, 1, [teks, kedua, nomor], gabung);
  isi(ws, 'B8', 'Meningkatnya ketersediaan dan keamanan pangan masyarakat');
  for (const b of baris) tulisBarisKinerja(ws, b);
  ws.mergeCells(`B8:B${baris[baris.length - 1].baris}`);
}

function tulisBarisKinerja(ws: ExcelJS.Worksheet, b: BarisKinerja): void {
  const r = b.baris;
  const n = b.tw.reduce((x, y) => x + y, 0);
  const o = b.h + n;
  const q = (n / b.i) * 100;
  [r - 8, null, b.kode, b.nama, b.indikator, b.satuan, b.g, b.h, b.i, ...b.tw].forEach(
    (x, i) => x !== null && isi(ws, `${huruf(i + 1)}${r}`, x),
  );
  rumus(ws, `N${r}`, `J${r}+K${r}+L${r}+M${r}`, n, '0.00');
  rumus(ws, `O${r}`, `H${r}+N${r}`, o, '0.00');
  rumus(
    ws,
    `P${r}`,
    b.pSalah ? `O${r}/I${r}*100` : `O${r}/G${r}*100`,
    b.pSalah ? (o / b.i) * 100 : (o / b.g) * 100,
    DUA,
  );
  rumus(ws, `Q${r}`, `N${r}/I${r}*100`, q, DUA);
  isi(ws, `R${r}`, b.predikatSalah ?? labelDari(PERMENDAGRI86, q));
  isi(ws, `S${r}`, b.unit);
  if (tingkatKode(b.kode) !== 'sub-kegiatan') ws.getRow(r).font = { bold: true };
}

const SKALA_FORM = tabel(`
  No | Interval Nilai Realisasi Kinerja | Kriteria Penilaian Realisasi Kinerja
  1 | 91 ≤ 100 | Sangat Tinggi
  2 | 76 ≤ 90 | Tinggi
  3 | 66 ≤ 75 | Sedang
  4 | 51 ≤ 65 | Rendah
  5 | ≤ 50 | Sangat Rendah
`);

/** Under the kinerja-only form: the average of the sub kegiatan, its predikat, the scale, the signature. */
function kakiKinerja(ws: ExcelJS.Worksheet, baris: BarisKinerja[]): void {
  const akhir = baris[baris.length - 1].baris;
  const sub = baris.filter((b) => tingkatKode(b.kode) === 'sub-kegiatan');
  const rata = sub.reduce((s, b) => s + (jumlahArr(b.tw) / b.i) * 100, 0) / sub.length;
  isi(ws, `D${akhir + 2}`, 'Rata-rata Capaian Kinerja Sub Kegiatan (%)');
  rumus(ws, `Q${akhir + 2}`, `AVERAGE(${sub.map((b) => `Q${b.baris}`).join(',')})`, rata, DUA);
  isi(ws, `D${akhir + 3}`, 'Predikat Kinerja');
  isi(ws, `Q${akhir + 3}`, labelDari(PERMENDAGRI86, rata));
  SKALA_FORM.forEach((x, i) => x.forEach((y, j) => isi(ws, `${huruf(3 + j)}${akhir + 6 + i}`, y)));
  tandaTangan(ws, akhir + 14, 'P', ['KEPALA DINAS KETAHANAN PANGAN', 'KOTA TIRTA']);
}

function cekKinerja(k: Korpus, t: Tempat, b: BarisKinerja): void {
  const r = b.baris;
  const n = jumlahArr(b.tw);
  const q = (n / b.i) * 100;
  const label = labelDari(PERMENDAGRI86, q);
  k.tingkat(t, r, tingkatKode(b.kode));
  k.kinerja(t, {
    target: { sel: `I${r}`, nilai: b.i },
    realisasi: { sel: `N${r}`, nilai: n },
    stated: { sel: `Q${r}`, nilai: q },
    kategori: { sel: `R${r}`, nilai: b.predikatSalah ?? label },
  });
  const benar = ((b.h + n) / b.g) * 100;
  const p = b.pSalah ? ((b.h + n) / b.i) * 100 : benar;
  const renstra = {
    target: { sel: `G${r}`, nilai: b.g },
    realisasi: { sel: `O${r}`, nilai: b.h + n },
  };
  k.kinerja(t, { field: 'capaian_renstra', ...renstra, stated: { sel: `P${r}`, nilai: p } });
  if (b.pSalah)
    k.salah(t, {
      cell: `P${r}`,
      stated: bulat(p, 6),
      correct: bulat(benar, 6),
      kind: 'formula',
      why: `P${r} =O${r}/I${r}*100 divides by the target of the year (I) instead of the Renstra target (G); the header says 16 = 15 / 7 x 100`,
      hitung: `O${r}/G${r}*100`,
    });
  if (b.predikatSalah)
    k.salah(t, {
      cell: `R${r}`,
      stated: b.predikatSalah,
      correct: label,
      kind: 'kategori-berbeda',
      why: `capaian ${desimalId(q)} % is "${label}" on the form's own scale (76 ≤ 90), not "${b.predikatSalah}"`,
    });
}

async function buatRenjaKinerja(k: Korpus): Promise<void> {
  const t = { file: 'renja_evaluasi_kinerja.xlsx', sheet: 'Evaluasi Renja' };
  const baris = modelKinerja();
  const buku = bukuBaru();
  const ws = buku.addWorksheet(t.sheet);
  tulisKinerja(ws, baris);
  kakiKinerja(ws, baris);
  for (const b of baris) cekKinerja(k, t, b);
  k.ada(t, {
    range: `A5:S${baris[baris.length - 1].baris}`,
    jenis: 'multi-tahun/renstra (Evaluasi Renja, Permendagri 86 form, kinerja only)',
    kolom: {
      kode: 'C',
      uraian: 'D',
      indikator: 'E',
      satuan: 'F',
      target_renstra: 'G',
      realisasi_sd_lalu: 'H',
      target: 'I',
      realisasi_tw: 'J..M (K per TW)',
      realisasi: 'N',
      realisasi_sd_tahun: 'O',
      capaian_renstra: 'P',
      capaian: 'Q',
      kategori: 'R',
    },
    catatan:
      'header rows 5-6 and column-number row 7 ("14 = 10 + 11 + 12 + 13"); average and predikat rows and a scale block ("91 ≤ 100 ...") under the table',
  });
  await simpan(buku, t.file);
}

// ---------------------------------------------------------------- 5: Realisasi Fisik dan Keuangan (monthly)

interface BarisRfk {
  kode: string;
  nama: string;
  anak: BarisRfk[];
  /** Sub kegiatan: pagu, AKAS s.d. bulan ini, rencana keuangan s.d., realisasi bulan ini, realisasi s.d., fisik rencana, fisik realisasi (%). */
  d: number;
  f: number;
  k: number;
  m: number;
  n: number;
  h: number;
  i: number;
  baris: number;
}

const DEF_RFK = tabel(`
  1.03.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
  1.03.01.2.01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah
  1.03.01.2.01.0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah | 85000000
  1.03.01.2.01.0006 | Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD | 42000000
  1.03.01.2.02 | Administrasi Keuangan Perangkat Daerah
  1.03.01.2.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 9600000000
  1.03.01.2.06 | Administrasi Umum Perangkat Daerah
  1.03.01.2.06.0002 | Penyediaan Peralatan dan Perlengkapan Kantor | 310000000
  1.03.01.2.06.0004 | Penyediaan Bahan Logistik Kantor | 120000000
  1.03.03 | PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM
  1.03.03.2.01 | Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota
  1.03.03.2.01.0009 | Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan | 2400000000
  1.03.03.2.01.0016 | Perluasan SPAM Jaringan Perpipaan di Kawasan Perkotaan | 1750000000
  1.03.10 | PROGRAM PENYELENGGARAAN JALAN
  1.03.10.2.01 | Penyelenggaraan Jalan Kabupaten/Kota
  1.03.10.2.01.0002 | Rekonstruksi Jalan | 6200000000
  1.03.10.2.01.0005 | Rehabilitasi Jalan | 3900000000
  1.03.10.2.01.0010 | Pemeliharaan Berkala Jalan | 2100000000
`);

/** Rows in sheet order become a tree: each row is a child of the nearest row above with a shorter code. */
function susunPohon<T extends { kode: string; anak: T[] }>(baris: T[]): void {
  const tumpukan: T[] = [];
  for (const b of baris) {
    const dalam = b.kode.split('.').length;
    while (tumpukan.length && tumpukan[tumpukan.length - 1].kode.split('.').length >= dalam)
      tumpukan.pop();
    tumpukan[tumpukan.length - 1]?.anak.push(b);
    tumpukan.push(b);
  }
}

function modelRfk(): BarisRfk[] {
  const acak = acakDari(2025_06_30);
  const semuaBaris = DEF_RFK.map(([kode, nama, teksPagu], n) => {
    const pagu = Number(teksPagu ?? 0);
    const b: BarisRfk = {
      kode,
      nama,
      anak: [],
      d: 0,
      f: 0,
      k: 0,
      m: 0,
      n: 0,
      h: 0,
      i: 0,
      baris: 9 + n,
    };
    if (pagu) {
      b.d = Math.round((pagu * (0.9 + 0.2 * acak())) / 1000) * 1000;
      b.f = Math.round((b.d * (0.4 + 0.2 * acak())) / 1000) * 1000;
      b.k = Math.round((b.d * (0.3 + 0.2 * acak())) / 1000) * 1000;
      b.n = Math.round(b.d * (0.18 + 0.35 * acak()));
      b.m = Math.round(b.n * (0.1 + 0.3 * acak()));
      b.h = bulat(35 + 25 * acak(), 2);
      b.i = bulat(b.h * (0.6 + 0.45 * acak()), 2);
    }
    return b;
  });
  susunPohon(semuaBaris);
  for (const b of [...semuaBaris].reverse()) if (b.anak.length) jumlahRfk(b);
  return semuaBaris;
}

function jumlahRfk(b: BarisRfk): void {
  const jumlah = (f: (x: BarisRfk) => number) => b.anak.reduce((s, x) => s + f(x), 0);
  b.d = jumlah((x) => x.d);
  b.k = jumlah((x) => x.k);
  b.m = jumlah((x) => x.m);
  b.n = jumlah((x) => x.n);
  b.h = jumlah((x) => x.h * x.d) / b.d;
  b.i = jumlah((x) => x.i * x.d) / b.d;
}

/** Swap the first two digits of a percentage (64,83 typed for 46,83). */
function tukarPersen(x: number): number {
  const [utuh, pecahan] = x.toFixed(2).split('.');
  if (utuh.length < 2 || utuh[0] === utuh[1]) throw new Error(`persen ${x} tidak bisa ditukar`);
  return Number(`${utuh[1]}${utuh[0]}${utuh.slice(2)}.${pecahan}`);
}

interface SalahRfk {
  programGanda: BarisRfk;
  nGanda: number;
  persenKetik: BarisRfk;
  persenTertulis: number;
  /** Pagu of the whole report (for the bobot column). */
  total: number;
}

const KEPALA_RFK = kepalaTeks(`
  No | Kode Rekening | Program / Kegiatan / Sub Kegiatan | Pagu Anggaran (Rp) | Bobot (%) | ANGGARAN KAS (AKAS) | | FISIK | | | KEUANGAN | | | | | | Sisa Anggaran (Rp) | Keterangan
  | | | | | s.d. Bulan Ini (Rp) | % AKAS | Rencana (%) | Realisasi (%) | Deviasi (%) | Rencana | | Realisasi | | | Deviasi (%) | |
  | | | | | | | | | | s.d. Bulan Ini (Rp) | % Rencana | Bulan Ini (Rp) | s.d. Bulan Ini (Rp) | % | | |
  1 | 2 | 3 | 4 | 5 | 6 | 7 = 14 / 6 x 100 | 8 | 9 | 10 = 9 - 8 | 11 | 12 = 11 / 4 x 100 | 13 | 14 | 15 = 14 / 4 x 100 | 16 = 15 - 12 | 17 = 4 - 14 | 18
`);
const GABUNG_RFK = daftarGabung(
  'A5:A7 B5:B7 C5:C7 D5:D7 E5:E7 F5:G5 H5:J5 K5:P5 Q5:Q7 R5:R7 F6:F7 G6:G7 H6:H7 I6:I7 J6:J7 K6:L6 M6:O6 P6:P7',
);

function tulisRfk(
  ws: ExcelJS.Worksheet,
  baris: BarisRfk[],
  jumlahBaris: number,
  salah: SalahRfk,
): void {
  lebar(ws, [5, 19, 52, 17, 8, 16, 9, 9, 9, 9, 16, 9, 15, 16, 9, 9, 16, 18]);
  const judulRfk = [
    'LAPORAN REALISASI FISIK DAN KEUANGAN',
    'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SUKAMAJU',
  ];
  judul(ws, 1, [...judulRfk, 'KEADAAN BULAN : JUNI TAHUN ANGGARAN 2025'], 18);
  kepala(ws, 5, 1, KEPALA_RFK, GABUNG_RFK);
  baris.forEach((b, i) => tulisBarisRfk(ws, b, i + 1, jumlahBaris, salah));
  const sub = baris.filter((b) => !b.anak.length);
  const j = jumlahBaris;
  isi(ws, `A${j}`, 'JUMLAH');
  ws.mergeCells(`A${j}:C${j}`);
  const total = (f: (b: BarisRfk) => number) => sub.reduce((s, b) => s + f(b), 0);
  const d = total((b) => b.d);
  for (const [k, f] of [
    ['D', (b: BarisRfk) => b.d],
    ['K', (b: BarisRfk) => b.k],
    ['M', (b: BarisRfk) => b.m],
    ['N', (b: BarisRfk) => b.n],
  ] as const)
    rumus(ws, `${k}${j}`, sub.map((b) => `${k}${b.baris}`).join('+'), total(f), RIBUAN);
  rumus(ws, `E${j}`, `D${j}/D${j}*100`, 100, DUA);
  rumus(ws, `L${j}`, `K${j}/D${j}*100`, (total((b) => b.k) / d) * 100, DUA);
  rumus(ws, `O${j}`, `N${j}/D${j}*100`, (total((b) => b.n) / d) * 100, DUA);
  rumus(
    ws,
    `Q${j}`,
    `D${j}-N${j}`,
    total((b) => b.d - b.n),
    RIBUAN,
  );
  ws.getRow(j).font = { bold: true };
}

function tulisBarisRfk(
  ws: ExcelJS.Worksheet,
  b: BarisRfk,
  no: number,
  jumlah: number,
  salah: SalahRfk,
): void {
  const r = b.baris;
  const daun = !b.anak.length;
  isi(ws, `A${r}`, no);
  isi(ws, `B${r}`, b.kode);
  isi(ws, `C${r}`, b.nama);
  const jml = (k: string, x: number) =>
    daun
      ? isi(ws, `${k}${r}`, x, RIBUAN)
      : rumus(ws, `${k}${r}`, b.anak.map((a) => `${k}${a.baris}`).join('+'), x, RIBUAN);
  jml('D', b.d);
  rumus(ws, `E${r}`, `D${r}/D$${jumlah}*100`, (b.d / salah.total) * 100, DUA);
  jml('K', b.k);
  jml('M', b.m);
  const nTertulis = b === salah.programGanda ? salah.nGanda : b.n;
  if (b === salah.programGanda) {
    const k = b.anak[0];
    rumus(ws, `N${r}`, `SUM(N${k.baris}:N${k.anak[k.anak.length - 1].baris})`, nTertulis, RIBUAN);
  } else jml('N', b.n);
  rumus(ws, `L${r}`, `K${r}/D${r}*100`, (b.k / b.d) * 100, DUA);
  if (b === salah.persenKetik) isi(ws, `O${r}`, salah.persenTertulis, DUA);
  else rumus(ws, `O${r}`, `N${r}/D${r}*100`, (nTertulis / b.d) * 100, DUA);
  rumus(ws, `Q${r}`, `D${r}-N${r}`, b.d - nTertulis, RIBUAN);
  if (daun) {
    isi(ws, `F${r}`, b.f, RIBUAN);
    rumus(ws, `G${r}`, `N${r}/F${r}*100`, (b.n / b.f) * 100, DUA);
    isi(ws, `H${r}`, b.h, DUA);
    isi(ws, `I${r}`, b.i, DUA);
    rumus(
      ws,
      `P${r}`,
      `O${r}-L${r}`,
      (b === salah.persenKetik ? salah.persenTertulis : (b.n / b.d) * 100) - (b.k / b.d) * 100,
      DUA,
    );
  } else {
    const bobot = (k: string) =>
      `(${b.anak.map((a) => `${k}${a.baris}*D${a.baris}`).join('+')})/D${r}`;
    rumus(ws, `H${r}`, bobot('H'), b.h, DUA);
    rumus(ws, `I${r}`, bobot('I'), b.i, DUA);
    ws.getRow(r).font = { bold: true };
  }
  rumus(ws, `J${r}`, `I${r}-H${r}`, b.i - b.h, DUA);
}

const CATATAN_RFK =
  'serapan = realisasi keuangan s.d. bulan ini (N) / pagu (D); M is this month only, L % rencana, G % AKAS, P deviasi';

function cekRfk(
  k: Korpus,
  t: Tempat,
  baris: BarisRfk[],
  jumlahBaris: number,
  salah: SalahRfk,
): void {
  for (const b of baris) {
    if (b === salah.programGanda) continue;
    const tingkat = (['program', 'kegiatan', 'sub-kegiatan'] as Tingkat[])[
      [3, 5, 6].indexOf(b.kode.split('.').length)
    ];
    const persen = b === salah.persenKetik ? salah.persenTertulis : (b.n / b.d) * 100;
    k.baris(
      t,
      b.baris,
      'D N O Q',
      { pagu: b.d, real: b.n, persen, sisa: b.d - b.n },
      tingkat,
      CATATAN_RFK,
    );
  }
  const n = baris.filter((b) => !b.anak.length).reduce((s, b) => s + b.n, 0);
  const d = salah.total;
  k.baris(
    t,
    jumlahBaris,
    'D N O Q',
    { pagu: d, real: n, persen: (n / d) * 100, sisa: d - n },
    'total',
  );
}

function salahRfk(k: Korpus, t: Tempat, salah: SalahRfk): void {
  const p = salah.programGanda;
  const r = p.baris;
  const kegiatan = p.anak[0];
  const anak = kegiatan.anak.map((a) => `N${a.baris}`).join('+');
  const rentang = `N${kegiatan.baris}:N${kegiatan.anak[kegiatan.anak.length - 1].baris}`;
  k.salah(t, {
    cell: `N${r}`,
    stated: salah.nGanda,
    correct: p.n,
    kind: 'induk-berbeda',
    why: `N${r} =SUM(${rentang}) adds the kegiatan row and its own sub kegiatan: every amount counted twice`,
    hitung: anak,
  });
  k.salah(t, {
    cell: `O${r}`,
    stated: bulat((salah.nGanda / p.d) * 100, 6),
    correct: bulat((p.n / p.d) * 100, 6),
    kind: 'serapan-berbeda',
    why: `O${r} = N${r}/D${r}*100 inherits the doubled N${r}`,
    hitung: `(${anak})/D${r}*100`,
  });
  k.salah(t, {
    cell: `Q${r}`,
    stated: p.d - salah.nGanda,
    correct: p.d - p.n,
    kind: 'sisa-berbeda',
    why: `Q${r} = D${r}-N${r} inherits the doubled N${r}`,
    hitung: `D${r}-(${anak})`,
  });
  const x = salah.persenKetik.baris;
  const benar = bulat((salah.persenKetik.n / salah.persenKetik.d) * 100, 6);
  k.salah(t, {
    cell: `O${x}`,
    stated: salah.persenTertulis,
    correct: benar,
    kind: 'serapan-berbeda',
    why: `O${x} typed over the formula with its first two digits swapped; N${x}/D${x}*100 gives the right %`,
    hitung: `N${x}/D${x}*100`,
  });
}

async function buatRfk(k: Korpus): Promise<void> {
  const file = 'rfk_bulanan.xlsx';
  const t = { file, sheet: 'JUNI' };
  const baris = modelRfk();
  const jumlahBaris = baris[baris.length - 1].baris + 1;
  const program = baris.find((b) => b.kode === '1.03.10')!;
  const ketik = baris.find((b) => b.kode === '1.03.03.2.01.0016')!;
  const salah: SalahRfk = {
    programGanda: program,
    nGanda: program.n * 2,
    persenKetik: ketik,
    persenTertulis: tukarPersen(bulat((ketik.n / ketik.d) * 100, 2)),
    total: baris.filter((b) => !b.anak.length).reduce((s, b) => s + b.d, 0),
  };
  const buku = bukuBaru();
  tulisRfk(buku.addWorksheet(t.sheet), baris, jumlahBaris, salah);
  cekRfk(k, t, baris, jumlahBaris, salah);
  salahRfk(k, t, salah);
  k.ada(t, {
    range: `A5:R${jumlahBaris}`,
    jenis: 'anggaran (RFK: realisasi fisik dan keuangan, monthly)',
    kolom: {
      kode: 'B',
      uraian: 'C',
      pagu: 'D',
      realisasi: 'N (keuangan, realisasi s.d. bulan ini)',
      serapan: 'O (percent)',
      sisa: 'Q',
      not_serapan:
        'E bobot, G % AKAS, L % rencana, P deviasi, H/I/J fisik rencana/realisasi/deviasi',
      not_realisasi: 'M (bulan ini), F (AKAS), K (rencana)',
    },
    catatan:
      'header rows 5-7 with blocks AKAS / FISIK / KEUANGAN, column-number row 8 ("15 = 14 / 4 x 100"); parent fisik = pagu-weighted mean; JUMLAH sums the sub kegiatan rows',
  });
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 6 / 10b: DPA continued after a page break

interface BarisDpa {
  kode: string;
  nama: string;
  anak: BarisDpa[];
  pagu: number;
  real: number;
  baris: number;
}

/** A tree from [kode, nama, pagu?] rows (the dots of the code give the level); parents are sums. */
function pohonDpa(def: string[][], acak: () => number, kosong: string[] = []): BarisDpa[] {
  const semuaBaris = def.map(([kode, nama, pagu]) => {
    const b: BarisDpa = { kode, nama, anak: [], pagu: 0, real: 0, baris: 0 };
    if (pagu) {
      b.pagu = Math.round((Number(pagu) * (0.85 + 0.3 * acak())) / 1000) * 1000;
      b.real = kosong.includes(kode) ? 0 : Math.round(b.pagu * (0.62 + 0.37 * acak()));
    }
    return b;
  });
  susunPohon(semuaBaris);
  for (const b of [...semuaBaris].reverse())
    if (b.anak.length) {
      b.pagu = b.anak.reduce((x, a) => x + a.pagu, 0);
      b.real = b.anak.reduce((x, a) => x + a.real, 0);
    }
  return semuaBaris;
}

const tingkatDpa = (kode: string): Tingkat =>
  kode.split('.').length <= 3
    ? 'program'
    : kode.split('.').length === 5
      ? 'kegiatan'
      : 'sub-kegiatan';

const DEF_KECAMATAN = tabel(`
  7.01.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
  7.01.01.2.01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah
  7.01.01.2.01.0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah | 68000000
  7.01.01.2.01.0006 | Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD | 24000000
  7.01.01.2.02 | Administrasi Keuangan Perangkat Daerah
  7.01.01.2.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 4600000000
  7.01.01.2.02.0005 | Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD | 12000000
  7.01.01.2.06 | Administrasi Umum Perangkat Daerah
  7.01.01.2.06.0001 | Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor | 6000000
  7.01.01.2.06.0002 | Penyediaan Peralatan dan Perlengkapan Kantor | 280000000
  7.01.01.2.06.0004 | Penyediaan Bahan Logistik Kantor | 60000000
  7.01.01.2.06.0005 | Penyediaan Barang Cetakan dan Penggandaan | 64000000
  7.01.01.2.06.0009 | Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | 420000000
  7.01.01.2.08 | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah
  7.01.01.2.08.0002 | Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik | 880000000
  7.01.01.2.08.0004 | Penyediaan Jasa Pelayanan Umum Kantor | 760000000
  7.01.01.2.09 | Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah
  7.01.01.2.09.0002 | Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan | 390000000
  7.01.02 | PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK
  7.01.02.2.01 | Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan
  7.01.02.2.01.0001 | Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait | 95000000
  7.01.02.2.02 | Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan
  7.01.02.2.02.0003 | Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain yang Dilimpahkan | 150000000
  7.01.03 | PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN
  7.01.03.2.01 | Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah
  7.01.03.2.01.0002 | Fasilitasi Kerukunan Umat Beragama dan Penghayat Kepercayaan | 38000000
  7.01.03.2.02 | Pemberdayaan Masyarakat Desa dan Kelurahan
  7.01.03.2.02.0001 | Fasilitasi Penyusunan Program Pembangunan Kelurahan | 55000000
  7.01.03.2.02.0003 | Kegiatan Pemberdayaan Kelurahan | 640000000
  7.01.04 | PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM
  7.01.04.2.01 | Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum
  7.01.04.2.01.0001 | Sinergi Pelaksanaan Ketentraman dan Ketertiban Umum | 72000000
  7.01.06 | PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA
  7.01.06.2.01 | Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa
  7.01.06.2.01.0001 | Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa | 46000000
`);

const JUDUL_3_15 =
  'Tabel 3.15 Realisasi Anggaran Program dan Kegiatan Tahun 2024 Kecamatan Sukamaju';
const SUB_KOSONG = '7.01.01.2.06.0001';
const SUB_SALIN = '7.01.03.2.02.0003';

interface ModelHalaman {
  baris: BarisDpa[];
  total: number;
  realTotalTertulis: number;
  persenSalin: number;
}

/** Rows of the table: a page break after the 22nd data row repeats the title and the header rows. */
function modelHalaman(): ModelHalaman {
  const baris = pohonDpa(DEF_KECAMATAN, acakDari(2024_315), [SUB_KOSONG]);
  let r = 6;
  baris.forEach((b, i) => {
    if (i === 22) r += 6;
    b.baris = r++;
  });
  const program = baris.filter((b) => tingkatDpa(b.kode) === 'program');
  const real = program.reduce((s, b) => s + b.real, 0);
  const i = baris.findIndex((b) => b.kode === SUB_SALIN);
  return {
    baris,
    total: r,
    realTotalTertulis: tukarDigit(real * 100, 1) / 100,
    persenSalin: bulat((baris[i - 1].real / baris[i - 1].pagu) * 100, 2),
  };
}

function kepalaHalaman(ws: ExcelJS.Worksheet, r: number, gabung: boolean): void {
  isi(ws, `A${r}`, JUDUL_3_15);
  ws.getCell(`A${r}`).font = { bold: true };
  if (gabung) ws.mergeCells(`A${r}:F${r}`);
  kepala(
    ws,
    r + 2,
    1,
    [
      [
        'Kode Rekening',
        'Program / Kegiatan / Sub Kegiatan',
        'Tahun Anggaran 2024',
        null,
        null,
        null,
      ],
      [null, null, 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)'],
      ['1', '2', '3', '4', '5 = 4 / 3 x 100', '6 = 3 - 4'],
    ],
    [`A${r + 2}:A${r + 3}`, `B${r + 2}:B${r + 3}`, `C${r + 2}:F${r + 2}`],
    gabung,
  );
}

function tulisHalaman(ws: ExcelJS.Worksheet, m: ModelHalaman, gabung: boolean): void {
  lebar(ws, [20, 70, 17, 17, 11, 17]);
  kepalaHalaman(ws, 1, gabung);
  const putus = m.baris[22].baris - 6;
  kepalaHalaman(ws, putus + 1, gabung);
  ws.getRow(putus - 1).addPageBreak();
  for (const b of m.baris) {
    const r = b.baris;
    isi(ws, `A${r}`, b.kode);
    isi(ws, `B${r}`, b.nama);
    isi(ws, `C${r}`, b.pagu, RIBUAN);
    if (b.real) isi(ws, `D${r}`, b.real, RIBUAN);
    if (b.real)
      isi(
        ws,
        `E${r}`,
        b.kode === SUB_SALIN ? m.persenSalin : bulat((b.real / b.pagu) * 100, 2),
        DUA,
      );
    isi(ws, `F${r}`, b.pagu - b.real, RIBUAN);
    if (tingkatDpa(b.kode) !== 'sub-kegiatan') ws.getRow(r).font = { bold: true };
  }
  const t = m.total;
  const program = m.baris.filter((b) => tingkatDpa(b.kode) === 'program');
  const pagu = program.reduce((s, b) => s + b.pagu, 0);
  const real = program.reduce((s, b) => s + b.real, 0);
  isi(ws, `C${t}`, pagu, RIBUAN);
  isi(ws, `D${t}`, m.realTotalTertulis, RIBUAN);
  isi(ws, `E${t}`, bulat((real / pagu) * 100, 2), DUA);
  isi(ws, `F${t}`, pagu - real, RIBUAN);
  ws.getRow(t).font = { bold: true };
}

function cekHalaman(k: Korpus, t: Tempat, m: ModelHalaman): void {
  const cek = (b: BarisDpa) =>
    k.anggaran(t, {
      pagu: { sel: `C${b.baris}`, nilai: b.pagu },
      realisasi: { sel: `D${b.baris}`, nilai: b.real },
      persen: {
        sel: `E${b.baris}`,
        nilai: b.kode === SUB_SALIN ? m.persenSalin : bulat((b.real / b.pagu) * 100, 2),
      },
      sisa: { sel: `F${b.baris}`, nilai: b.pagu - b.real },
      tingkat: tingkatDpa(b.kode),
      note:
        b.baris > m.baris[21].baris && b.baris < m.baris[30].baris
          ? 'after the repeated title and header rows: the same table continues'
          : undefined,
    });
  for (const b of m.baris) if (b.kode !== SUB_KOSONG) cek(b);
  const s = m.baris.find((b) => b.kode === SUB_SALIN)!;
  const atas = m.baris[m.baris.indexOf(s) - 1];
  k.salah(t, {
    cell: `E${s.baris}`,
    stated: m.persenSalin,
    correct: bulat((s.real / s.pagu) * 100, 6),
    kind: 'serapan-berbeda',
    why: `E${s.baris} is a copy of E${atas.baris} (the row above); D${s.baris}/C${s.baris}*100 gives the right %`,
    hitung: `D${s.baris}/C${s.baris}*100`,
  });
  const program = m.baris.filter((b) => tingkatDpa(b.kode) === 'program');
  const jumlah = program.map((b) => `D${b.baris}`).join('+');
  k.tingkat(t, m.total, 'total');
  k.salah(t, {
    cell: `D${m.total}`,
    stated: m.realTotalTertulis,
    correct: program.reduce((x, b) => x + b.real, 0),
    kind: 'jumlah-berbeda',
    why: `the unlabelled total row: D${m.total} has two digits swapped; the programs add up to the right realisasi, and C${m.total}, E${m.total} and F${m.total} agree with it`,
    hitung: jumlah,
  });
}

async function buatHalaman(k: Korpus, gabung: boolean): Promise<void> {
  const file = gabung ? 'dpa_lanjut_halaman.xlsx' : 'dpa_lanjut_halaman_tanpa_gabungan.xlsx';
  const sheet = 'BAB III';
  const m = modelHalaman();
  const buku = bukuBaru();
  tulisHalaman(buku.addWorksheet(sheet), m, gabung);
  cekHalaman(k, { file, sheet }, m);
  k.ada(
    { file, sheet },
    {
      range: `A3:F${m.total}`,
      jenis: 'anggaran (DPA realisasi, hierarchy by kode rekening)',
      kolom: {
        kode: 'A',
        uraian: 'B',
        pagu: 'C',
        realisasi: 'D',
        serapan: 'E (percent)',
        sisa: 'F',
      },
      catatan: `one table: the title and the header rows are repeated at rows ${m.baris[22].baris - 6}-${m.baris[22].baris - 1} after a page break, between kegiatan ${m.baris[21].kode} (row ${m.baris[21].baris}) and its sub kegiatan (row ${m.baris[22].baris}); the last row ${m.total} is an unlabelled total${gabung ? '' : '; no merged areas (header text only in the first cell of each former merge)'}`,
    },
  );
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 7: DPA with Program | Kegiatan | Sub Kegiatan columns

/** program | kegiatan | sub kegiatan | pagu (the separate-columns DPA). */
const DEF_KOLOM = tabel(`
  ${PENUNJANG} | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | Penyusunan Dokumen Perencanaan Perangkat Daerah | 72000000
  ${PENUNJANG} | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD | 21000000
  ${PENUNJANG} | Administrasi Keuangan Perangkat Daerah | Penyediaan Gaji dan Tunjangan ASN | 5200000000
  ${PENUNJANG} | Administrasi Keuangan Perangkat Daerah | Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD | 36000000
  ${PENUNJANG} | Administrasi Barang Milik Daerah pada Perangkat Daerah | Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD | 40000000
  ${PENUNJANG} | Administrasi Kepegawaian Perangkat Daerah | Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya | 60000000
  ${PENUNJANG} | Administrasi Umum Perangkat Daerah | Penyediaan Peralatan dan Perlengkapan Kantor | 300000000
  ${PENUNJANG} | Administrasi Umum Perangkat Daerah | Penyediaan Bahan Logistik Kantor | 64000000
  ${PENUNJANG} | Administrasi Umum Perangkat Daerah | Penyediaan Barang Cetakan dan Penggandaan | 70000000
  ${PENUNJANG} | Administrasi Umum Perangkat Daerah | Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | 480000000
  ${PENUNJANG} | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | Penyediaan Jasa Surat Menyurat | 6000000
  ${PENUNJANG} | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik | 990000000
  PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK | Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan | Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait | 110000000
  PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK | Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan | Koordinasi Kegiatan Pemerintahan di Tingkat Kecamatan | 85000000
  PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN | Pemberdayaan Masyarakat Desa dan Kelurahan | Fasilitasi Penyusunan Program Pembangunan Kelurahan | 48000000
  PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN | Pemberdayaan Masyarakat Desa dan Kelurahan | Kegiatan Pemberdayaan Kelurahan | 720000000
`);

/** The realisasi of one row typed with its last digit dropped ("1,540,00" for 1.540.000). */
const TERPOTONG = 1;

interface BarisKolom {
  program: string;
  kegiatan: string;
  sub: string;
  pagu: number;
  real: number;
  baris: number;
}

function modelKolom(): BarisKolom[] {
  const acak = acakDari(2023_316);
  return DEF_KOLOM.map(([program, kegiatan, sub, teks], i) => {
    const pagu = Math.round((Number(teks) * (0.85 + 0.3 * acak())) / 1000) * 1000;
    const real =
      i === TERPOTONG
        ? Math.round((pagu * 0.0734) / 10000) * 10000
        : Math.round(pagu * (0.55 + 0.44 * acak()));
    return { program, kegiatan, sub, pagu, real, baris: 5 + i };
  });
}

/** Amounts as text the way they were pasted: "5,535,121,420" beside "93,89". */
const teksKolom = (b: BarisKolom, terpotong: boolean): [string, string] => [
  terpotong ? kelompok(String(b.real), ',').slice(0, -1) : kelompok(String(b.real), ','),
  desimalId((b.real / b.pagu) * 100),
];

function tulisKolomProgram(
  ws: ExcelJS.Worksheet,
  baris: BarisKolom[],
  total: BarisKolom,
  paguTertulis: number,
): void {
  lebar(ws, [34, 38, 60, 17, 17, 10, 17]);
  isi(
    ws,
    'A1',
    'Tabel 3.16 Realisasi Anggaran Program dan Kegiatan Tahun 2023 Kecamatan Mekarjaya',
  );
  kepala(
    ws,
    3,
    1,
    kepalaTeks(
      'Program | Kegiatan | Uraian Sub Kegiatan | Pagu anggaran | Realisasi | Capaian | Sisa Anggaran',
    ),
    [],
  );
  baris.forEach((b, i) => {
    const r = b.baris;
    if (baris[i - 1]?.program !== b.program) isi(ws, `A${r}`, b.program);
    if (baris[i - 1]?.kegiatan !== b.kegiatan) isi(ws, `B${r}`, b.kegiatan);
    const [real, persen] = teksKolom(b, i === TERPOTONG);
    [b.sub, b.pagu, real, persen, b.pagu - b.real].forEach((x, j) =>
      isi(ws, `${huruf(3 + j)}${r}`, x, typeof x === 'number' ? RIBUAN : undefined),
    );
  });
  for (const nama of new Set(baris.map((b) => b.program))) {
    const rs = baris.filter((b) => b.program === nama).map((b) => b.baris);
    if (rs.length > 1) ws.mergeCells(`A${rs[0]}:A${rs[rs.length - 1]}`);
  }
  const j = total.baris;
  isi(ws, `A${j}`, 'Jumlah');
  ws.mergeCells(`A${j}:C${j}`);
  const [real, persen] = teksKolom(total, false);
  [paguTertulis, real, persen, total.pagu - total.real].forEach((x, i) =>
    isi(ws, `${huruf(4 + i)}${j}`, x, typeof x === 'number' ? RIBUAN : undefined),
  );
}

function cekKolomProgram(
  k: Korpus,
  t: Tempat,
  baris: BarisKolom[],
  total: BarisKolom,
  paguTertulis: number,
): void {
  baris.forEach((b, i) => {
    if (i === TERPOTONG) return;
    const n = {
      pagu: b.pagu,
      real: b.real,
      persen: bulat((b.real / b.pagu) * 100, 2),
      sisa: b.pagu - b.real,
    };
    k.baris(t, b.baris, 'D E F G', n, 'sub-kegiatan');
  });
  const j = total.baris;
  k.tingkat(t, j, 'total');
  const x = baris[TERPOTONG];
  const ditulis = teksKolom(x, true)[0];
  k.salah(t, {
    cell: `E${x.baris}`,
    stated: x.real / 1000,
    correct: x.real,
    kind: 'angka-terpotong',
    why: `E${x.baris} "${ditulis}" lost its last digit: pagu - sisa = ${kelompok(String(x.real), '.')} and F${x.baris} ${desimalId((x.real / x.pagu) * 100)} % agree with it`,
    hitung: `D${x.baris}-G${x.baris}`,
  });
  k.salah(t, {
    cell: `D${j}`,
    stated: paguTertulis,
    correct: total.pagu,
    kind: 'jumlah-berbeda',
    why: `the Jumlah pagu has two digits swapped; the sub kegiatan rows, E${j} + G${j} and F${j} agree with ${kelompok(String(total.pagu), '.')}`,
    hitung: baris.map((b) => `D${b.baris}`).join('+'),
  });
}

async function buatKolomProgram(k: Korpus): Promise<void> {
  const t = { file: 'dpa_kolom_program.xlsx', sheet: 'Tabel 3.16' };
  const baris = modelKolom();
  const total: BarisKolom = {
    program: '',
    kegiatan: '',
    sub: 'Jumlah',
    pagu: baris.reduce((s, b) => s + b.pagu, 0),
    real: baris.reduce((s, b) => s + b.real, 0),
    baris: baris[baris.length - 1].baris + 1,
  };
  const paguTertulis = tukarDigit(total.pagu * 100, 2) / 100;
  const buku = bukuBaru();
  tulisKolomProgram(buku.addWorksheet(t.sheet), baris, total, paguTertulis);
  cekKolomProgram(k, t, baris, total, paguTertulis);
  k.ada(t, {
    range: `A3:G${total.baris}`,
    jenis:
      'anggaran (DPA realisasi, hierarchy in separate Program | Kegiatan | Sub Kegiatan columns)',
    kolom: {
      program: 'A (merged down)',
      kegiatan: 'B (first row only, blank below)',
      uraian: 'C',
      pagu: 'D',
      realisasi: 'E (US-grouped text)',
      serapan: 'F (Indonesian decimal text)',
      sisa: 'G',
    },
    catatan:
      'only sub kegiatan rows carry numbers: program and kegiatan roll-ups are implied by the name columns; Jumlah row at the end',
  });
  await simpan(buku, t.file);
}

// ---------------------------------------------------------------- 8: offset merged headers

interface BarisGeser {
  nomor: string;
  nama: string;
  pagu: number;
  real: number;
  anak: BarisGeser[];
  baris: number;
}

/** "P | number | program" then "K | kegiatan | pagu" lines (the offset-header tables). */
const DEF_GESER = tabel(`
  P | I | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
  K | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | 95000000
  K | Administrasi Keuangan Perangkat Daerah | 3800000000
  K | Administrasi Umum Perangkat Daerah | 640000000
  K | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | 870000000
  P | II | PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK
  K | Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan | 130000000
  K | Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan | 160000000
  K | Pembinaan dan Penyelenggaraan Ketenteraman dan Ketertiban Umum | 90000000
  P | III | PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN
  K | Pemberdayaan Masyarakat Desa dan Kelurahan | 780000000
  K | Fasilitasi Kerukunan Umat Beragama | 45000000
`);

function modelGeser(benih: number): BarisGeser[] {
  const acak = acakDari(benih);
  const program: BarisGeser[] = [];
  DEF_GESER.forEach(([jenis, a, b], i) => {
    const baris = 6 + i;
    if (jenis === 'P')
      return program.push({ nomor: a, nama: b, pagu: 0, real: 0, anak: [], baris });
    const p = program[program.length - 1];
    const pagu = Math.round((Number(b) * (0.85 + 0.3 * acak())) / 1000) * 1000;
    const real = Math.round(pagu * (0.6 + 0.39 * acak()));
    p.anak.push({ nomor: String(p.anak.length + 1), nama: `- ${a}`, pagu, real, anak: [], baris });
    p.pagu += pagu;
    p.real += real;
  });
  return program;
}

/** ANGGARAN merged over two columns with the amounts in the second; REALISASI in the cell after the merge. */
function tulisGeser(
  ws: ExcelJS.Worksheet,
  program: BarisGeser[],
  rp: boolean,
  ganda?: BarisGeser,
): number {
  lebar(ws, [6, 70, rp ? 5 : 3, 17, rp ? 5 : 17, rp ? 17 : 9, rp ? 9 : 17, 17]);
  isi(ws, 'A1', 'LAPORAN REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN');
  isi(ws, 'A2', `KECAMATAN ${rp ? 'MEKARJAYA' : 'SUKAMAJU'} TAHUN ANGGARAN 2024`);
  const kepalaIsi: Nilai[] = rp
    ? ['NO', 'PROGRAM / KEGIATAN', 'ANGGARAN', null, 'REALISASI', null, '%', 'SISA']
    : ['NO', 'PROGRAM / KEGIATAN', 'ANGGARAN', null, 'REALISASI', '%', 'SISA'];
  kepala(ws, 4, 1, [kepalaIsi], ['C4:D4']);
  const [kR, kP, kS] = rp ? ['F', 'G', 'H'] : ['E', 'F', 'G'];
  const tulis = (b: BarisGeser, real: number, rumusReal?: string) => {
    const r = b.baris;
    isi(ws, `A${r}`, b.nomor);
    isi(ws, `B${r}`, b.nama);
    if (rp) {
      isi(ws, `C${r}`, 'Rp');
      isi(ws, `E${r}`, 'Rp');
    }
    if (b.anak.length)
      rumus(
        ws,
        `D${r}`,
        `SUM(D${b.anak[0].baris}:D${b.anak[b.anak.length - 1].baris})`,
        b.pagu,
        RIBUAN,
      );
    else isi(ws, `D${r}`, b.pagu, RIBUAN);
    if (rumusReal) rumus(ws, `${kR}${r}`, rumusReal, real, RIBUAN);
    else isi(ws, `${kR}${r}`, real, RIBUAN);
    rumus(ws, `${kP}${r}`, `${kR}${r}/D${r}*100`, (real / b.pagu) * 100, DUA);
    rumus(ws, `${kS}${r}`, `D${r}-${kR}${r}`, b.pagu - real, RIBUAN);
    if (b.anak.length) ws.getRow(r).font = { bold: true };
  };
  for (const p of program) {
    const akhir = p.anak[p.anak.length - 1].baris;
    const lebih = p === ganda ? p.anak[p.anak.length - 1].real : 0;
    tulis(
      p,
      p.real + lebih,
      `SUM(${kR}${p.anak[0].baris}:${kR}${akhir})${p === ganda ? `+${kR}${akhir}` : ''}`,
    );
    p.anak.forEach((a) => tulis(a, a.real));
  }
  const j = program[program.length - 1].anak[program[program.length - 1].anak.length - 1].baris + 1;
  const pagu = program.reduce((s, p) => s + p.pagu, 0);
  const real = program.reduce((s, p) => s + p.real, 0);
  isi(ws, `B${j}`, 'J U M L A H');
  isi(ws, `D${j}`, pagu, RIBUAN);
  isi(ws, `${kR}${j}`, real, RIBUAN);
  isi(ws, `${kP}${j}`, bulat((real / pagu) * 100, 2), DUA);
  isi(ws, `${kS}${j}`, pagu - real, RIBUAN);
  return j;
}

function cekGeser(
  k: Korpus,
  t: Tempat,
  program: BarisGeser[],
  j: number,
  rp: boolean,
  ganda?: BarisGeser,
): void {
  const [kR, kP, kS] = rp ? ['F', 'G', 'H'] : ['E', 'F', 'G'];
  const cek = (b: BarisGeser, tingkat: Tingkat) =>
    k.anggaran(t, {
      pagu: { sel: `D${b.baris}`, nilai: b.pagu },
      realisasi: { sel: `${kR}${b.baris}`, nilai: b.real },
      persen: { sel: `${kP}${b.baris}`, nilai: (b.real / b.pagu) * 100 },
      sisa: { sel: `${kS}${b.baris}`, nilai: b.pagu - b.real },
      tingkat,
    });
  for (const p of program) {
    if (p !== ganda) cek(p, 'program');
    p.anak.forEach((a) => cek(a, 'kegiatan'));
  }
  const pagu = program.reduce((s, p) => s + p.pagu, 0);
  const real = program.reduce((s, p) => s + p.real, 0);
  k.anggaran(t, {
    pagu: { sel: `D${j}`, nilai: pagu },
    realisasi: { sel: `${kR}${j}`, nilai: real },
    persen: { sel: `${kP}${j}`, nilai: bulat((real / pagu) * 100, 2) },
    sisa: { sel: `${kS}${j}`, nilai: pagu - real },
    tingkat: 'total',
  });
  if (!ganda) return;
  const r = ganda.baris;
  const akhir = ganda.anak[ganda.anak.length - 1];
  const anak = ganda.anak.map((a) => `${kR}${a.baris}`).join('+');
  const ditulis = ganda.real + akhir.real;
  k.salah(t, {
    cell: `${kR}${r}`,
    stated: ditulis,
    correct: ganda.real,
    kind: 'induk-berbeda',
    why: `${kR}${r} =SUM(${kR}${ganda.anak[0].baris}:${kR}${akhir.baris})+${kR}${akhir.baris} counts the last kegiatan twice; the J U M L A H row has the right total`,
    hitung: anak,
  });
  k.salah(t, {
    cell: `${kP}${r}`,
    stated: bulat((ditulis / ganda.pagu) * 100, 6),
    correct: bulat((ganda.real / ganda.pagu) * 100, 6),
    kind: 'serapan-berbeda',
    why: `${kP}${r} inherits the double count of ${kR}${r}`,
    hitung: `(${anak})/D${r}*100`,
  });
  k.salah(t, {
    cell: `${kS}${r}`,
    stated: ganda.pagu - ditulis,
    correct: ganda.pagu - ganda.real,
    kind: 'sisa-berbeda',
    why: `${kS}${r} = D${r}-${kR}${r} inherits the double count`,
    hitung: `D${r}-(${anak})`,
  });
}

/** The two offset-header sheets: name, seed, "Rp" columns, where the realisasi sits, note. */
const LEMBAR_GESER: [string, number, boolean, string, string][] = [
  [
    'Realisasi',
    2024_81,
    false,
    'E ("REALISASI" in the cell after the merge)',
    'programs (Roman numerals, capitals) with their kegiatan ("- " prefix); total row "J U M L A H" labelled in B',
  ],
  [
    'Realisasi (Rp)',
    2024_82,
    true,
    'F (header "REALISASI" is in E, which holds "Rp"; F4 is blank)',
    'C and E hold "Rp"; no planted mistakes on this sheet',
  ],
];

async function buatGeser(k: Korpus): Promise<void> {
  const file = 'anggaran_kepala_bergeser.xlsx';
  const buku = bukuBaru();
  for (const [sheet, benih, rp, realisasi, catatan] of LEMBAR_GESER) {
    const program = modelGeser(benih);
    const ganda = rp ? undefined : program[1];
    const akhir = tulisGeser(buku.addWorksheet(sheet), program, rp, ganda);
    cekGeser(k, { file, sheet }, program, akhir, rp, ganda);
    const [kP, kS] = rp ? ['G', 'H'] : ['F', 'G'];
    const kolom = {
      uraian: 'B',
      pagu: 'D (under "ANGGARAN" merged C4:D4)',
      realisasi,
      serapan: `${kP} (percent)`,
      sisa: kS,
    };
    k.ada(
      { file, sheet },
      { range: `A4:${kS}${akhir}`, jenis: 'anggaran (offset merged header)', kolom, catatan },
    );
  }
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 9: quarterly indicator tables

type Metode = 'kumulatif' | 'nilai-akhir';

interface IndikatorTw {
  nama: string;
  satuan: string;
  target: number;
  t: number[];
  r: number[];
}

/** Issue #14 defaults: counts add up over the quarters; persen, indeks, nilai, skor take the last quarter. */
const metodeDari = (satuan: string): Metode =>
  ['%', 'Persen', 'Indeks', 'Nilai', 'Skor'].includes(satuan) ? 'nilai-akhir' : 'kumulatif';

const TW_PER_TRIWULAN = indikatorTw(`
  Jumlah dokumen perencanaan dan evaluasi yang disusun | Dokumen | 8 | 2 2 2 2 | 2 1 2 2
  Persentase pengaduan masyarakat yang ditindaklanjuti | % | 90 | 85 87 88 90 | 80 86 89 92
  Jumlah desa yang dibina administrasi pemerintahannya | Desa | 12 | 3 3 3 3 | 3 3 2 4
  Indeks Kepuasan Masyarakat | Indeks | 82 | 80 80 81 82 | 79.5 80.4 81.7 83.1
  Jumlah kegiatan sosialisasi peraturan daerah | Kegiatan | 20 | 4 6 6 4 | 4 5 4 3
  Persentase realisasi fisik kegiatan | % | 100 | 25 50 75 100 | 20 45 70 95
`);

const TW_TRIWULAN = indikatorTw(`
  Persentase layanan administrasi kependudukan yang selesai tepat waktu | % | 95 | 90 92 94 95 | 88 93 95 96
  Jumlah posyandu aktif yang dibina | Posyandu | 40 | 10 10 10 10 | 9 10 8 7
  Jumlah UMKM yang difasilitasi | UMKM | 60 | 10 20 20 10 | 12 20 22 11
  Nilai evaluasi SAKIP | Nilai | 70 | 0 0 0 70 | 0 0 0 62.5
  Jumlah rekomendasi pengawasan yang ditindaklanjuti | Rekomendasi | 24 | 6 6 6 6 | 6 4 5 3
`);

/** Quarterly indicators: "nama | satuan | target | targets per TW | realisasi per TW". */
function indikatorTw(teks: string): IndikatorTw[] {
  return tabel(teks).map(([nama, satuan, target, t, r]) => ({
    nama,
    satuan,
    target: Number(target),
    t: angkaDaftar(t),
    r: angkaDaftar(r),
  }));
}

const jumlahArr = (x: number[]) => x.reduce((a, b) => a + b, 0);

/** Capaian of a quarterly row and the cells it comes from, by the method of its satuan. */
function capaianTw(
  ind: IndikatorTw,
  kolomT: string[],
  kolomR: string[],
  r: number,
): { nilai: number; from: [string, string]; metode: Metode } {
  const metode = metodeDari(ind.satuan);
  if (metode === 'nilai-akhir')
    return {
      nilai: (ind.r[3] / ind.t[3]) * 100,
      from: [`${kolomT[3]}${r}`, `${kolomR[3]}${r}`],
      metode,
    };
  return {
    nilai: (jumlahArr(ind.r) / jumlahArr(ind.t)) * 100,
    from: [kolomT.map((k) => `${k}${r}`).join('+'), kolomR.map((k) => `${k}${r}`).join('+')],
    metode,
  };
}

function lembarTw(
  k: Korpus,
  ws: ExcelJS.Worksheet,
  t: Tempat,
  label: string[],
  daftar: IndikatorTw[],
  sasaran: boolean,
): number {
  const geser = sasaran ? 1 : 0;
  const kol = (n: number) => huruf(n + geser);
  lebar(
    ws,
    sasaran
      ? [5, 30, 48, 12, 10, ...Array(8).fill(9), 12, 14]
      : [5, 52, 12, 10, ...Array(8).fill(9), 12, 14],
  );
  const satu: Nilai[] = [
    'No',
    ...(sasaran ? ['Sasaran Strategis'] : []),
    'Indikator Kinerja',
    'Satuan',
    sasaran ? 'Target' : 'Target Tahun 2025',
    ...label.flatMap((l) => [l, null]),
    sasaran ? 'Capaian Tahunan (%)' : 'Capaian (%)',
    'Keterangan',
  ];
  const dua: Nilai[] = satu.map((_, i) =>
    i >= 4 + geser && i < 12 + geser ? ((i - geser) % 2 === 0 ? 'Target' : 'Realisasi') : null,
  );
  const tetap = ['A', ...(sasaran ? ['B'] : []), kol(2), kol(3), kol(4), kol(13), kol(14)].map(
    (c) => `${c}3:${c}4`,
  );
  kepala(
    ws,
    3,
    1,
    [satu, dua],
    [...tetap, ...[0, 1, 2, 3].map((q) => `${kol(5 + 2 * q)}3:${kol(6 + 2 * q)}3`)],
  );
  const kolomT = [0, 1, 2, 3].map((q) => kol(5 + 2 * q));
  const kolomR = [0, 1, 2, 3].map((q) => kol(6 + 2 * q));
  daftar.forEach((ind, i) => {
    const r = 5 + i;
    isi(ws, `A${r}`, i + 1);
    isi(ws, `${kol(2)}${r}`, ind.nama);
    isi(ws, `${kol(3)}${r}`, ind.satuan);
    isi(ws, `${kol(4)}${r}`, ind.target);
    ind.t.forEach((x, q) => isi(ws, `${kolomT[q]}${r}`, x));
    ind.r.forEach((x, q) => isi(ws, `${kolomR[q]}${r}`, x));
    const c = capaianTw(ind, kolomT, kolomR, r);
    isi(ws, `${kol(13)}${r}`, bulat(c.nilai, 2), DUA);
    isi(ws, `${kol(14)}${r}`, c.nilai >= 100 ? 'Tercapai' : 'Belum tercapai');
    k.checks.push({
      file: t.file,
      sheet: t.sheet,
      row: r,
      from: { target: c.from[0], realisasi: c.from[1] },
      field: 'capaian',
      value: bulat(c.nilai, 6),
      polaritas: 'positif',
      stated: { cell: `${kol(13)}${r}`, value: bulat(c.nilai, 2), correct: true },
      note: `per issue #14: ${c.metode} (satuan ${ind.satuan}); the quarterly groups are not the year`,
    });
  });
  if (sasaran) {
    isi(ws, 'B5', 'Meningkatnya kualitas pelayanan publik di kecamatan');
    ws.mergeCells(`B5:B${4 + daftar.length}`);
  }
  return 4 + daftar.length;
}

const SD_TW = indikatorTw(`
  Jumlah laporan kinerja yang disusun tepat waktu | Laporan | 4 | 1 2 3 4 | 1 2 3 4
  Persentase kelurahan dengan data kependudukan mutakhir | % | 100 | 40 60 80 100 | 35 55 70 88
  Jumlah pelaku usaha yang dibina | Orang | 120 | 30 60 90 120 | 25 50 80 100
  Persentase aset yang tercatat dalam KIB | % | 95 | 80 85 90 95 | 78 82 86 68
  Jumlah kegiatan gotong royong yang difasilitasi | Kegiatan | 16 | 4 8 12 16 | 3 7 11 15
  Indeks Kepuasan Masyarakat Layanan Perizinan | Indeks | 85 | 85 85 85 85 | 82.3 83.1 84.6 86.2
`);
const SD_SALAH = 2;

function lembarSdTw(k: Korpus, ws: ExcelJS.Worksheet, t: Tempat): number {
  lebar(ws, [5, 52, 12, 10, ...Array(8).fill(9), 14, 14]);
  const label = ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV'];
  const satu: Nilai[] = [
    'No',
    'Indikator Kinerja',
    'Satuan',
    'Target 2025',
    ...label.flatMap((l) => [l, null]),
    'Capaian s.d. TW IV (%)',
    'Kategori',
  ];
  const dua: Nilai[] = satu.map((_, i) =>
    i >= 4 && i < 12 ? (i % 2 === 0 ? 'Target' : 'Realisasi') : null,
  );
  kepala(
    ws,
    3,
    1,
    [satu, dua],
    ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:H3', 'I3:J3', 'K3:L3', 'M3:M4', 'N3:N4'],
  );
  SD_TW.forEach((ind, i) => {
    const r = 5 + i;
    [i + 1, ind.nama, ind.satuan, ind.target].forEach((x, j) => isi(ws, `${huruf(j + 1)}${r}`, x));
    ind.t.forEach((x, q) => isi(ws, `${huruf(5 + 2 * q)}${r}`, x));
    ind.r.forEach((x, q) => isi(ws, `${huruf(6 + 2 * q)}${r}`, x));
    const benar = (ind.r[3] / ind.t[3]) * 100;
    const ditulis = i === SD_SALAH ? (ind.r[3] / ind.t[2]) * 100 : benar;
    rumus(ws, `M${r}`, i === SD_SALAH ? `L${r}/I${r}*100` : `L${r}/K${r}*100`, ditulis, DUA);
    isi(ws, `N${r}`, labelDari(PERMENDAGRI86, benar));
    k.kinerja(t, {
      target: { sel: `K${r}`, nilai: ind.t[3] },
      realisasi: { sel: `L${r}`, nilai: ind.r[3] },
      stated: { sel: `M${r}`, nilai: ditulis },
      kategori: { sel: `N${r}`, nilai: labelDari(PERMENDAGRI86, benar) },
      note: 'per issue #14: "s.d." columns are cumulative, nilai-akhir (s.d. TW IV)',
    });
    if (i === SD_SALAH)
      k.salah(t, {
        cell: `M${r}`,
        stated: bulat(ditulis, 6),
        correct: bulat(benar, 6),
        kind: 'formula',
        why: `M${r} =L${r}/I${r}*100 divides the realisasi s.d. TW IV by the target s.d. TW III; every other row is L/K`,
        hitung: `L${r}/K${r}*100`,
      });
  });
  return 4 + SD_TW.length;
}

async function buatTriwulan(k: Korpus): Promise<void> {
  const file = 'indikator_triwulan.xlsx';
  const buku = bukuBaru();
  const t1 = { file, sheet: 'TW' };
  const ws1 = buku.addWorksheet(t1.sheet);
  isi(ws1, 'A1', 'Tabel 3.5 Capaian Indikator Kinerja per Triwulan Tahun 2025');
  const a1 = lembarTw(k, ws1, t1, ['TW I', 'TW II', 'TW III', 'TW IV'], TW_PER_TRIWULAN, false);
  const t2 = { file, sheet: 'sd TW' };
  const ws2 = buku.addWorksheet(t2.sheet);
  isi(ws2, 'A1', 'Tabel 3.6 Capaian Kumulatif Indikator Kinerja s.d. Triwulan IV Tahun 2025');
  const a2 = lembarSdTw(k, ws2, t2);
  const t3 = { file, sheet: 'Triwulan' };
  const ws3 = buku.addWorksheet(t3.sheet);
  isi(ws3, 'A1', 'Tabel 3.7 Realisasi Kinerja Triwulanan Tahun 2025');
  const a3 = lembarTw(
    k,
    ws3,
    t3,
    ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'],
    TW_TRIWULAN,
    true,
  );
  const kolomTw = {
    indikator: 'B',
    satuan: 'C',
    target: 'D (year)',
    tw: 'E..L (Target, Realisasi per TW)',
    capaian: 'M (percent)',
  };
  k.ada(t1, {
    range: `A3:N${a1}`,
    jenis: 'indikator (quarterly: TW I..IV groups over Target / Realisasi)',
    kolom: kolomTw,
    catatan:
      'capaian per issue #14: counts kumulatif (sum of realisasi / sum of targets), persen and indeks nilai-akhir (TW IV)',
  });
  k.ada(t2, {
    range: `A3:N${a2}`,
    jenis: 'indikator (quarterly, cumulative "s.d. TW I .. s.d. TW IV" groups)',
    kolom: { ...kolomTw, kategori: 'N' },
    catatan: 's.d. columns are cumulative: the year is the s.d. TW IV pair',
  });
  k.ada(t3, {
    range: `A3:O${a3}`,
    jenis: 'indikator (quarterly: "Triwulan I .. IV" groups over Target / Realisasi)',
    kolom: {
      sasaran: 'B (merged down)',
      indikator: 'C',
      satuan: 'D',
      target: 'E (year)',
      tw: 'F..M',
      capaian: 'N (percent)',
    },
    catatan: '"Target" here is a kinerja target, not a budget',
  });
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 11: column-number row variants

type Indikator = [string, string, number, number];

const INDIKATOR_KECAMATAN: Indikator[] = [
  ['Persentase pelayanan administrasi terpadu kecamatan yang selesai tepat waktu', '%', 95, 96.5],
  ['Jumlah desa yang tertib administrasi pemerintahan', 'Desa', 14, 12],
  ['Persentase rekomendasi hasil pengawasan yang ditindaklanjuti', '%', 90, 79.65],
  ['Indeks Kepuasan Masyarakat', 'Indeks', 82, 83.4],
  ['Jumlah kegiatan ketentraman dan ketertiban umum', 'Kegiatan', 24, 13],
  ['Persentase sengketa batas desa yang diselesaikan', '%', 100, 45],
];

/** An indicator table under a row of column numbers stored as numbers (1 2 3 ...). */
function lembarAngka(k: Korpus, ws: ExcelJS.Worksheet, t: Tempat): number {
  lebar(ws, [5, 34, 52, 10, 9, 10, 12, 16]);
  isi(ws, 'A1', 'Tabel 3.4 Capaian Indikator Kinerja Sasaran Tahun 2024');
  const judulKolom =
    'No | Sasaran | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) | Kategori';
  kepala(ws, 3, 1, [...kepalaTeks(judulKolom), [1, 2, 3, 4, 5, 6, 7, 8]], []);
  isi(ws, 'B5', 'Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan');
  INDIKATOR_KECAMATAN.forEach(([nama, satuan, target, real], i) => {
    const r = 5 + i;
    const c = (real / target) * 100;
    const label = i === 2 ? 'Sangat Tinggi' : labelDari(PERMENDAGRI86, c);
    [i + 1, null, nama, satuan, target, real].forEach(
      (x, j) => x !== null && isi(ws, `${huruf(j + 1)}${r}`, x),
    );
    isi(ws, `G${r}`, bulat(c, 2), DUA);
    isi(ws, `H${r}`, label);
    k.kinerja(t, {
      target: { sel: `E${r}`, nilai: target },
      realisasi: { sel: `F${r}`, nilai: real },
      stated: { sel: `G${r}`, nilai: bulat(c, 2) },
      kategori: { sel: `H${r}`, nilai: label },
    });
    if (i === 2)
      k.salah(t, {
        cell: `H${r}`,
        stated: label,
        correct: labelDari(PERMENDAGRI86, c),
        kind: 'kategori-berbeda',
        why: `capaian ${desimalId(c)} % is "${labelDari(PERMENDAGRI86, c)}" (76 ≤ x < 91), not "${label}"`,
      });
  });
  ws.mergeCells(`B5:B${4 + INDIKATOR_KECAMATAN.length}`);
  return 4 + INDIKATOR_KECAMATAN.length;
}

/** A budget table with "(1) (2) ..." under the header and program / kegiatan written as words. */
const KURUNG = tabel(`
  P | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
  K | Kegiatan Administrasi Keuangan Perangkat Daerah
  K | Kegiatan Administrasi Umum Perangkat Daerah
  P | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik
  K | Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan
  K | Kegiatan Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan
`);

/** Programs and their kegiatan ("1", "1.1", ...) with pagu and realisasi; the program rows are the sums. */
function modelKurung(): {
  no: string;
  nama: string;
  pagu: number;
  real: number;
  tingkat: Tingkat;
}[] {
  const acak = acakDari(2024_312);
  const hasil: { no: string; nama: string; pagu: number; real: number; tingkat: Tingkat }[] = [];
  let program = hasil[0];
  let nomor = 0;
  let anak = 0;
  for (const [jenis, nama] of KURUNG) {
    if (jenis === 'P') {
      program = { no: String(++nomor), nama, pagu: 0, real: 0, tingkat: 'program' };
      anak = 0;
      hasil.push(program);
      continue;
    }
    const pagu = Math.round((50 + 900 * acak()) * 1e3) * 1000;
    const real = Math.round(pagu * (0.7 + 0.29 * acak()));
    hasil.push({ no: `${nomor}.${++anak}`, nama, pagu, real, tingkat: 'kegiatan' });
    program.pagu += pagu;
    program.real += real;
  }
  return hasil;
}

/** A budget table with "(1) (2) ..." under the header and program / kegiatan written as words. */
function lembarKurung(k: Korpus, ws: ExcelJS.Worksheet, t: Tempat): number {
  lebar(ws, [5, 64, 16, 16, 16, 11]);
  isi(ws, 'A1', 'Tabel 3.12 Realisasi Anggaran per Program Tahun 2024');
  const judulKolom =
    'No | Program / Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan (%)';
  kepala(ws, 3, 1, kepalaTeks(`${judulKolom}\n(1) | (2) | (3) | (4) | (5) | (6)`), []);
  const baris = modelKurung();
  const jumlah = { no: '', nama: 'JUMLAH', tingkat: 'total' as Tingkat, ...totalKurung(baris) };
  [...baris, jumlah].forEach((b, i) => {
    const r = 5 + i;
    const sisa = b.pagu - b.real + (i === baris.length - 1 ? 100_000 : 0);
    const persen = bulat((b.real / b.pagu) * 100, 2);
    [b.no, b.nama].forEach((x, c) => x && isi(ws, `${huruf(c + 1)}${r}`, x));
    [b.pagu, b.real, sisa].forEach((x, c) => isi(ws, `${huruf(c + 3)}${r}`, x, RIBUAN));
    isi(ws, `F${r}`, persen, DUA);
    k.baris(t, r, 'C D F E', { pagu: b.pagu, real: b.real, persen, sisa }, b.tingkat);
    if (sisa !== b.pagu - b.real)
      k.salah(t, {
        cell: `E${r}`,
        stated: sisa,
        correct: b.pagu - b.real,
        kind: 'sisa-berbeda',
        why: `E${r} is 100.000 more than C${r}-D${r}`,
        hitung: `C${r}-D${r}`,
      });
  });
  return 5 + baris.length;
}

function totalKurung(baris: { pagu: number; real: number; tingkat: Tingkat }[]): {
  pagu: number;
  real: number;
} {
  const program = baris.filter((b) => b.tingkat === 'program');
  return {
    pagu: program.reduce((s, b) => s + b.pagu, 0),
    real: program.reduce((s, b) => s + b.real, 0),
  };
}

/** An indicator table whose column numbers are formulas in words: "5=4-3", "6=4/3x100". */
function lembarRumus(k: Korpus, ws: ExcelJS.Worksheet, t: Tempat): number {
  lebar(ws, [5, 56, 10, 10, 10, 12]);
  isi(ws, 'A1', 'Tabel 3.8 Perbandingan Target dan Realisasi Kinerja Tahun 2024');
  kepala(
    ws,
    3,
    1,
    kepalaTeks(`
  No | Indikator Kinerja | Target | Realisasi | Selisih | Capaian (%)
  1 | 2 | 3 | 4 | 5=4-3 | 6=4/3x100
`),
    [],
  );
  INDIKATOR_KECAMATAN.slice(0, 5).forEach(([nama, , target, real], i) => {
    const r = 5 + i;
    [i + 1, nama, target, real].forEach((x, j) => isi(ws, `${huruf(j + 1)}${r}`, x));
    rumus(ws, `E${r}`, `D${r}-C${r}`, real - target, '0.00');
    rumus(ws, `F${r}`, `D${r}/C${r}*100`, (real / target) * 100, DUA);
    k.kinerja(t, {
      target: { sel: `C${r}`, nilai: target },
      realisasi: { sel: `D${r}`, nilai: real },
      stated: { sel: `F${r}`, nilai: (real / target) * 100 },
    });
  });
  return 9;
}

/** A budget table with a letter row (a b c d e) under the header. */
function lembarHuruf(k: Korpus, ws: ExcelJS.Worksheet, t: Tempat): number {
  lebar(ws, [5, 60, 16, 16, 10]);
  isi(ws, 'A1', 'Realisasi Anggaran Sub Kegiatan Tahun 2024');
  kepala(
    ws,
    3,
    1,
    kepalaTeks(`
  No | Sub Kegiatan | Anggaran | Realisasi | %
  a | b | c | d | e
`),
    [],
  );
  const acak = acakDari(2024_5);
  const nama = [
    'Penyediaan Gaji dan Tunjangan ASN',
    'Penyediaan Bahan Logistik Kantor',
    'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
    'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
    'Fasilitasi Penyusunan Program Pembangunan Kelurahan',
  ];
  let tp = 0;
  let tr = 0;
  nama.forEach((n, i) => {
    const r = 5 + i;
    const p = Math.round((30 + 700 * acak()) * 1e3) * 1000;
    const re = Math.round(p * (0.65 + 0.34 * acak()));
    tp += p;
    tr += re;
    [i + 1, n, p, re].forEach((x, j) =>
      isi(ws, `${huruf(j + 1)}${r}`, x, j >= 2 ? RIBUAN : undefined),
    );
    rumus(ws, `E${r}`, `D${r}/C${r}*100`, (re / p) * 100, DUA);
    k.anggaran(t, {
      pagu: { sel: `C${r}`, nilai: p },
      realisasi: { sel: `D${r}`, nilai: re },
      persen: { sel: `E${r}`, nilai: (re / p) * 100 },
    });
  });
  const j = 5 + nama.length;
  isi(ws, `A${j}`, 'Jumlah');
  ws.mergeCells(`A${j}:B${j}`);
  rumus(ws, `C${j}`, `SUM(C5:C${j - 1})`, tp, RIBUAN);
  rumus(ws, `D${j}`, `SUM(D5:D${j - 1})`, tr, RIBUAN);
  rumus(ws, `E${j}`, `D${j}/C${j}*100`, (tr / tp) * 100, DUA);
  k.anggaran(t, {
    pagu: { sel: `C${j}`, nilai: tp },
    realisasi: { sel: `D${j}`, nilai: tr },
    persen: { sel: `E${j}`, nilai: (tr / tp) * 100 },
    tingkat: 'total',
  });
  return j;
}

async function buatNomorKolom(k: Korpus): Promise<void> {
  const file = 'nomor_kolom_ragam.xlsx';
  const buku = bukuBaru();
  const lembar: [string, typeof lembarAngka, string, Record<string, string>, string][] = [
    [
      'Angka',
      lembarAngka,
      'indikator (one year)',
      { indikator: 'C', satuan: 'D', target: 'E', realisasi: 'F', capaian: 'G', kategori: 'H' },
      'column numbers 1..8 stored as numbers in row 4',
    ],
    [
      'Kurung',
      lembarKurung,
      'anggaran (program / kegiatan by words)',
      { uraian: 'B', pagu: 'C', realisasi: 'D', sisa: 'E', serapan: 'F (percent)' },
      'column numbers "(1) .. (6)" in row 4; JUMLAH labelled in B',
    ],
    [
      'Rumus',
      lembarRumus,
      'indikator (one year)',
      {
        indikator: 'B',
        target: 'C',
        realisasi: 'D',
        selisih: 'E (R - T, not capaian)',
        capaian: 'F',
      },
      'column-number row "1 2 3 4 5=4-3 6=4/3x100"',
    ],
    [
      'Huruf',
      lembarHuruf,
      'anggaran (flat, sub kegiatan)',
      { uraian: 'B', pagu: 'C', realisasi: 'D', serapan: 'E (percent)' },
      'letter row "a b c d e" under the header; Jumlah merged over A:B',
    ],
  ];
  for (const [sheet, tulis, jenis, kolom, catatan] of lembar) {
    const t = { file, sheet };
    const akhir = tulis(k, buku.addWorksheet(sheet), t);
    k.ada(t, {
      range: `A3:${huruf(Object.keys(kolom).length + (sheet === 'Angka' ? 2 : 1))}${akhir}`,
      jenis,
      kolom,
      catatan,
    });
  }
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 12: scale tables as offices write them

function lembarSkala(
  k: Korpus,
  ws: ExcelJS.Worksheet,
  t: Tempat,
  daftar: Indikator[],
  skala: Skala,
  teksSkala: [string, string][],
  salahPada?: number,
): number {
  lebar(ws, [5, 52, 10, 9, 10, 11, 16, 3, 20, 16]);
  kepala(
    ws,
    3,
    1,
    [['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori']],
    [],
  );
  daftar.forEach(([nama, satuan, target, real], i) => {
    const r = 4 + i;
    const c = (real / target) * 100;
    const benar = labelDari(skala, c);
    const label = i === salahPada ? 'Sangat Baik' : benar;
    [i + 1, nama, satuan, target, real].forEach((x, j) => isi(ws, `${huruf(j + 1)}${r}`, x));
    isi(ws, `F${r}`, bulat(c, 2), DUA);
    isi(ws, `G${r}`, label);
    k.kinerja(t, {
      target: { sel: `D${r}`, nilai: target },
      realisasi: { sel: `E${r}`, nilai: real },
      stated: { sel: `F${r}`, nilai: bulat(c, 2) },
      kategori: { sel: `G${r}`, nilai: label, skala },
      note: 'kategori by the scale table beside the indicator table',
    });
    if (i === salahPada)
      k.salah(t, {
        cell: `G${r}`,
        stated: label,
        correct: benar,
        kind: 'kategori-berbeda',
        why: `capaian ${desimalId(c)} % falls in "${benar}" on the sheet's own scale, not "${label}"`,
      });
  });
  kepala(ws, 3, 9, [['Rentang Capaian (%)', 'Kategori']], []);
  teksSkala.forEach(([a, b], i) => {
    isi(ws, `I${4 + i}`, a);
    isi(ws, `J${4 + i}`, b);
  });
  return 3 + daftar.length;
}

/** indikator | satuan | target | realisasi */
const indikatorDari = (teks: string): Indikator[] =>
  tabel(teks).map(([nama, satuan, t, r]) => [nama, satuan, Number(t), Number(r)]);

const IKU = indikatorDari(`
  Persentase perangkat daerah dengan nilai SAKIP minimal B | % | 80 | 89.6
  Indeks Reformasi Birokrasi | Indeks | 70 | 68.2
  Persentase temuan BPK yang ditindaklanjuti | % | 95 | 67.9
  Jumlah inovasi pelayanan publik | Inovasi | 10 | 6
  Persentase aduan masyarakat yang diselesaikan | % | 85 | 36
  Nilai Indeks SPBE | Indeks | 3 | 3.12
`);

const SASARAN = indikatorDari(`
  Persentase desa berstatus mandiri | % | 40 | 33.5
  Persentase kelurahan tertib administrasi | % | 90 | 86.2
  Jumlah kelompok masyarakat yang diberdayakan | Kelompok | 30 | 16
  Indeks Kepuasan Masyarakat | Indeks | 85 | 88.1
  Persentase penyelesaian sengketa tanah | % | 75 | 62.4
`);

/** A scale table as written on the sheet ("91 - 100 | Sangat Tinggi") and the bounds it means. */
function skalaTertulis(teks: string): { baris: [string, string][]; skala: Skala } {
  const baris = tabel(teks) as [string, string][];
  const batas = baris.map(([r, l]): [number, string] => [Number(r.split('-')[0].trim()), l]);
  return { baris, skala: { batas: batas.sort((a, b) => b[0] - a[0]) } };
}

const SKALA_IKU = skalaTertulis(`
  91 - 100 | Sangat Tinggi
  76 - 90 | Tinggi
  66 - 75 | Sedang
  51 - 65 | Rendah
  0 - 50 | Sangat Rendah
`);

const SKALA_SASARAN = skalaTertulis(`
  0 - 59,99 | Kurang
  60 - 79,99 | Cukup
  80 - 89,99 | Baik
  90 - 100 | Sangat Baik
`);

async function buatSkala(k: Korpus): Promise<void> {
  const file = 'skala_kantor.xlsx';
  const buku = bukuBaru();
  const kolom = {
    indikator: 'B',
    satuan: 'C',
    target: 'D',
    realisasi: 'E',
    capaian: 'F',
    kategori: 'G',
  };
  const lembar: [string, string, Indikator[], typeof SKALA_IKU, number | undefined, string][] = [
    [
      'IKU',
      'Tabel 3.3 Capaian Indikator Kinerja Utama Tahun 2024',
      IKU,
      SKALA_IKU,
      undefined,
      'scale "91 - 100 / 76 - 90 / 66 - 75 / 51 - 65 / 0 - 50" beside the table (the step between bounds is not a gap); capaian above 100 takes the top category',
    ],
    [
      'Sasaran',
      'Tabel 3.9 Capaian Indikator Sasaran Tahun 2024',
      SASARAN,
      SKALA_SASARAN,
      0,
      'scale "0 - 59,99 Kurang / 60 - 79,99 Cukup / 80 - 89,99 Baik / 90 - 100 Sangat Baik" beside the table, lowest first; the kategori column follows it (not Permendagri 86)',
    ],
  ];
  for (const [sheet, judulLembar, daftar, skala, salahPada, catatan] of lembar) {
    const t = { file, sheet };
    const ws = buku.addWorksheet(sheet);
    isi(ws, 'A1', judulLembar);
    const akhir = lembarSkala(k, ws, t, daftar, skala.skala, skala.baris, salahPada);
    k.ada(t, {
      range: `A3:G${akhir}`,
      jenis: 'indikator (one year) with a scale table beside it',
      kolom,
      catatan,
    });
    k.ada(t, {
      range: `I3:J${3 + skala.baris.length}`,
      jenis: 'skala',
      kolom: { rentang: 'I', kategori: 'J' },
    });
  }
  await simpan(buku, file);
}

// ---------------------------------------------------------------- 13: sheets that are not tables

async function bukuTunggal(
  nama: string,
  sheet: string,
  tulis: (ws: ExcelJS.Worksheet) => void,
): Promise<void> {
  const buku = bukuBaru();
  tulis(buku.addWorksheet(sheet));
  await simpan(buku, nama);
}

function suratPengantar(ws: ExcelJS.Worksheet): void {
  lebar(ws, [4, 16, 3, 52, 18]);
  const baris: [string, string][] = [
    ['A1', 'PEMERINTAH KABUPATEN SUKAMAJU'],
    ['A2', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH'],
    ['A3', 'Jalan Merdeka Nomor 12 Sukamaju, Telepon (0123) 456789'],
    ['D5', 'Sukamaju, 20 Februari 2025'],
    ['B7', 'Nomor'],
    ['C7', ':'],
    ['D7', '050/214/Bappeda/2025'],
    ['B8', 'Sifat'],
    ['C8', ':'],
    ['D8', 'Penting'],
    ['B9', 'Lampiran'],
    ['C9', ':'],
    ['D9', '1 (satu) berkas'],
    ['B10', 'Perihal'],
    ['C10', ':'],
    ['D10', 'Penyampaian Laporan Kinerja Instansi Pemerintah Tahun 2024'],
    ['D12', 'Kepada Yth.'],
    ['D13', 'Bupati Sukamaju'],
    ['D14', 'di -'],
    ['D15', 'Sukamaju'],
    [
      'B17',
      'Dalam rangka memenuhi ketentuan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, bersama ini kami sampaikan dokumen sebagai berikut:',
    ],
    ['B22', 'Demikian disampaikan, atas perhatian Bapak diucapkan terima kasih.'],
    ['D25', 'KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH'],
    ['D26', 'KABUPATEN SUKAMAJU'],
    ['D30', 'Ir. SURYA PRATAMA, M.T.'],
    ['D31', 'Pembina Tingkat I'],
    ['D32', 'NIP. 19720315 199803 1 006'],
  ];
  for (const [a, t] of baris) isi(ws, a, t);
  const daftar: [number, string, number, string][] = [
    [1, 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024', 2, 'eksemplar'],
    [2, 'Perjanjian Kinerja Tahun 2025', 1, 'eksemplar'],
    [3, 'Rencana Aksi Tahun 2025', 1, 'eksemplar'],
  ];
  daftar.forEach((d, i) => d.forEach((x, j) => isi(ws, `${huruf(2 + j)}${18 + i}`, x)));
  ws.mergeCells('A1:E1');
  ws.mergeCells('A2:E2');
  ws.mergeCells('B17:E17');
}

function statusPengadaan(ws: ExcelJS.Worksheet): void {
  lebar(ws, [5, 30, 12, 18, 12, 12, 14, 12]);
  isi(ws, 'A1', 'REKAPITULASI STATUS PENGADAAN BARANG/JASA TAHUN ANGGARAN 2025');
  isi(
    ws,
    'A2',
    'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SUKAMAJU - KEADAAN S.D. 30 JUNI 2025',
  );
  kepala(
    ws,
    4,
    1,
    kepalaTeks(`
  No | Metode Pemilihan | Jumlah Paket | Nilai Pagu (Rp) | Sudah Kontrak | Proses Tender | Belum Diumumkan | Sisa Tender
`),
    [],
  );
  const baris: [string, number, number, number, number][] = [
    ['Tender', 18, 21_450_000_000, 7, 6],
    ['Seleksi', 4, 1_820_000_000, 2, 1],
    ['Pengadaan Langsung', 46, 3_960_000_000, 31, 9],
    ['E-Purchasing', 22, 2_740_000_000, 15, 4],
    ['Penunjukan Langsung', 2, 380_000_000, 1, 0],
    ['Swakelola', 12, 1_150_000_000, 8, 0],
  ];
  baris.forEach(([metode, paket, pagu, kontrak, proses], i) => {
    const r = 5 + i;
    [
      i + 1,
      metode,
      paket,
      pagu,
      kontrak,
      proses,
      paket - kontrak - proses,
      paket - kontrak,
    ].forEach((x, j) => isi(ws, `${huruf(j + 1)}${r}`, x, j === 3 ? RIBUAN : undefined));
  });
  const j = 5 + baris.length;
  isi(ws, `B${j}`, 'JUMLAH');
  for (const k of ['C', 'D', 'E', 'F', 'G', 'H']) {
    const kolom = nomorKolom(k) - 1;
    const nilai = baris.reduce(
      (s, b) => s + [0, b[1], b[2], b[3], b[4], b[1] - b[3] - b[4], b[1] - b[3]][kolom - 1],
      0,
    );
    rumus(ws, `${k}${j}`, `SUM(${k}5:${k}${j - 1})`, nilai, k === 'D' ? RIBUAN : undefined);
  }
}

function permasalahan(ws: ExcelJS.Worksheet): void {
  lebar(ws, [5, 40, 50, 50, 44]);
  isi(ws, 'A1', 'PERMASALAHAN DAN SOLUSI PENCAPAIAN KINERJA TAHUN 2024');
  kepala(
    ws,
    3,
    1,
    [['No', 'Indikator', 'Permasalahan', 'Upaya / Solusi', 'Rencana Tindak Lanjut']],
    [],
  );
  const isiBaris: [string, string, string, string][] = [
    [
      'Persentase desa berstatus mandiri',
      'Target 40% belum tercapai karena 6 desa belum memenuhi skor IDM minimal',
      '- Pendampingan penyusunan RPJMDes\n- Fasilitasi BUMDes',
      'Pendampingan lanjutan pada triwulan I tahun 2025',
    ],
    [
      'Indeks Kepuasan Masyarakat',
      'Waktu tunggu layanan administrasi kependudukan masih lama (rata-rata 45 menit)',
      '- Penambahan loket\n- Antrean daring',
      'Evaluasi SOP layanan setiap semester',
    ],
    [
      'Jumlah kegiatan ketentraman dan ketertiban umum',
      'Hanya 13 dari 24 kegiatan terlaksana karena pergeseran anggaran',
      '- Koordinasi dengan Satpol PP\n- Kegiatan digabung dengan patroli rutin',
      'Usulan penambahan anggaran pada APBD Perubahan',
    ],
    [
      'Persentase sengketa batas desa yang diselesaikan',
      'Dokumen batas desa belum lengkap (2 dari 5 desa)',
      '- Penelusuran arsip\n- Musyawarah antar desa',
      'Penetapan batas desa oleh Bupati tahun 2025',
    ],
    [
      'Persentase rekomendasi hasil pengawasan yang ditindaklanjuti',
      'Tindak lanjut 4 rekomendasi menunggu pengembalian kerugian',
      '- Surat teguran\n- Pendampingan Inspektorat',
      'Pemantauan bulanan',
    ],
  ];
  isiBaris.forEach((b, i) =>
    [i + 1, ...b].forEach((x, j) => isi(ws, `${huruf(j + 1)}${4 + i}`, x)),
  );
}

function peringkat(ws: ExcelJS.Worksheet): void {
  lebar(ws, [11, 56, 10, 10]);
  isi(ws, 'A1', 'PERINGKAT HASIL EVALUASI AKIP PERANGKAT DAERAH TAHUN 2024');
  kepala(ws, 3, 1, [['Peringkat', 'Perangkat Daerah', 'Nilai', 'Predikat']], []);
  const daftar: [string, number, string][] = [
    ['Badan Perencanaan Pembangunan Daerah', 81.36, 'A'],
    ['Inspektorat Daerah', 79.82, 'BB'],
    ['Badan Pengelolaan Keuangan dan Aset Daerah', 77.4, 'BB'],
    ['Dinas Kesehatan', 74.15, 'BB'],
    ['Dinas Pendidikan dan Kebudayaan', 72.08, 'BB'],
    ['Dinas Komunikasi dan Informatika', 69.93, 'B'],
    ['Dinas Pekerjaan Umum dan Penataan Ruang', 66.7, 'B'],
    ['Dinas Sosial', 63.25, 'B'],
    ['Kecamatan Sukamaju', 61.5, 'B'],
    ['Kecamatan Mekarjaya', 58.41, 'CC'],
  ];
  daftar.forEach(([nama, nilai, predikat], i) =>
    [i + 1, nama, nilai, predikat].forEach((x, j) =>
      isi(ws, `${huruf(j + 1)}${4 + i}`, x, j === 2 ? DUA : undefined),
    ),
  );
}

/** A cascading chart: boxes of merged cells with the target written inside the indicator text. */
/** Boxes of the cascading chart: row | column | width | height | text. */
const KOTAK_ATAS = tabel(`
  1 | 1 | 16 | 1 | POHON KINERJA (CASCADING) BAGIAN ORGANISASI SEKRETARIAT DAERAH KABUPATEN SUKAMAJU TAHUN 2025
  3 | 6 | 6 | 1 | KEPALA BAGIAN ORGANISASI
  4 | 6 | 6 | 2 | Sasaran: Meningkatnya kualitas kelembagaan dan tata laksana perangkat daerah
  6 | 6 | 6 | 1 | Indikator:
  7 | 6 | 6 | 2 | 1.1. Indeks Reformasi Birokrasi Kabupaten (70 Indeks)
  9 | 6 | 6 | 2 | 1.2. Persentase perangkat daerah dengan struktur organisasi sesuai ketentuan (100%)
`);

/** The three sub-units: column | jabatan | sasaran | indicator 1 | indicator 2 (targets inside the text). */
const KOTAK_BAWAH = tabel(`
  1 | KEPALA SUBBAGIAN KELEMBAGAAN DAN ANALISIS JABATAN | Meningkatnya kualitas rancangan kelembagaan perangkat daerah | Jumlah rancangan peraturan kelembagaan yang tersusun (3 Dokumen) | Jumlah dokumen analisis jabatan yang dimutakhirkan (1 Dokumen)
  6 | KEPALA SUBBAGIAN TATA LAKSANA | Meningkatnya standardisasi tata laksana perangkat daerah | Jumlah SOP perangkat daerah yang difasilitasi (25 SOP) | Persentase unit layanan yang menerapkan standar pelayanan (80%)
  11 | KEPALA SUBBAGIAN KINERJA DAN REFORMASI BIROKRASI | Meningkatnya akuntabilitas kinerja perangkat daerah | Persentase perangkat daerah yang menyusun dokumen kinerja tepat waktu (100%) | Jumlah laporan evaluasi reformasi birokrasi (2 Laporan)
`);

/** A cascading chart: boxes of merged cells with the target written inside the indicator text. */
function cascading(ws: ExcelJS.Worksheet): void {
  lebar(ws, Array(16).fill(12));
  const kotak = (r: number, c: number, l: number, t: number, teks: string) => {
    isi(ws, `${huruf(c)}${r}`, teks);
    ws.getCell(`${huruf(c)}${r}`).alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: 'center',
    };
    if (l > 1 || t > 1) ws.mergeCells(r, c, r + t - 1, c + l - 1);
  };
  for (const [r, c, l, t, teks] of KOTAK_ATAS)
    kotak(Number(r), Number(c), Number(l), Number(t), teks);
  for (const [kolom, jabatan, sasaran, ...indikator] of KOTAK_BAWAH) {
    const c = Number(kolom);
    kotak(13, c, 5, 2, jabatan);
    kotak(15, c, 5, 1, 'Sasaran:');
    kotak(16, c, 5, 3, sasaran);
    kotak(19, c, 5, 1, 'Indikator:');
    indikator.forEach((t, i) => kotak(20 + 3 * i, c, 5, 3, `${i + 1}. ${t}`));
    kotak(27, c, 5, 2, 'Analis Kebijakan / Pelaksana');
    const bahan = sasaran.toLowerCase().replace('meningkatnya ', '');
    kotak(29, c, 5, 3, `Tersusunnya bahan kajian ${bahan} (2 Dokumen)`);
  }
}

const KOLOM_RAK =
  'Tahun|Daerah|Kode Urusan|Nama Urusan|Kode Bidang Urusan|Nama Bidang Urusan|Kode SKPD|Nama SKPD|Kode Sub SKPD|Nama Sub SKPD|Kode Program|Nama Program|Kode Kegiatan|Nama Kegiatan|Kode Sub Kegiatan|Nama Sub Kegiatan|Kode Akun|Nama Akun|Nilai Rincian|Total RAK|bulan1|bulan2|bulan3|TW 1|bulan4|bulan5|bulan6|TW2|bulan7|bulan8|bulan9|TW 3|bulan10|bulan11|bulan12|TW 4'.split(
    '|',
  );
const RAK_FORMAT = '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ ';

/** An anggaran kas (RAK) sheet: the monthly cash plan of one sub kegiatan; no realisasi, no target. */
const LEBAR_RAK = [
  6,
  8,
  6,
  30,
  8,
  30,
  22,
  30,
  22,
  30,
  10,
  40,
  13,
  40,
  15,
  40,
  19,
  40,
  ...Array(20).fill(13),
];

/** A row of the RAK: the plan per month of one akun, TW sums and the check against the rincian. */
function barisRak(
  ws: ExcelJS.Worksheet,
  r: number,
  konteks: Nilai[],
  kode: string,
  bulan: number[],
): void {
  konteks.forEach((x, j) => x !== null && isi(ws, `${huruf(j + 1)}${r}`, x));
  isi(ws, `Q${r}`, kode);
  isi(ws, `R${r}`, AKUN[kode][0]);
  const nilai = jumlahArr(bulan);
  isi(ws, `S${r}`, nilai, RAK_FORMAT);
  isi(ws, `T${r}`, nilai, RAK_FORMAT);
  bulan.forEach((b, m) => b && isi(ws, `${huruf(21 + m + Math.floor(m / 3))}${r}`, b, RAK_FORMAT));
  [0, 1, 2, 3].forEach((q) => {
    const rentang = `${huruf(21 + 4 * q)}${r}:${huruf(23 + 4 * q)}${r}`;
    rumus(
      ws,
      `${huruf(24 + 4 * q)}${r}`,
      `SUM(${rentang})`,
      jumlahArr(bulan.slice(3 * q, 3 * q + 3)),
      RAK_FORMAT,
    );
  });
  rumus(ws, `AK${r}`, `X${r}+AB${r}+AF${r}+AJ${r}`, nilai, RAK_FORMAT);
  rumus(ws, `AL${r}`, `S${r}-AK${r}`, 0, RAK_FORMAT);
}

/** An anggaran kas (RAK) sheet: the monthly cash plan of one sub kegiatan; no realisasi, no target. */
function rak(ws: ExcelJS.Worksheet, sub: [string, string], akun: string[], benih: number): void {
  const acak = acakDari(benih);
  lebar(ws, LEBAR_RAK);
  isi(ws, 'J1', 'ANGGARAN KAS TAHUN 2025');
  KOLOM_RAK.forEach((k, i) => isi(ws, `${huruf(i + 1)}3`, k, i >= 18 ? RAK_FORMAT : undefined));
  const unit = [UNIT_REKAP, UNIT_DINKES.toUpperCase()];
  const kegiatan =
    'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota';
  const konteks = [
    2025,
    null,
    '1',
    URAIAN_URUSAN['1'],
    '1.02',
    URAIAN_URUSAN['1.02'],
    ...unit,
    ...unit,
    '1.02.02',
    PEMENUHAN,
    '1.02.02.2.02',
    kegiatan,
    ...sub,
  ];
  const rencana = akun.map(() =>
    Array.from({ length: 12 }, () =>
      acak() < 0.55 ? Math.round((0.5 + 4 * acak()) * 1e3) * 1000 : 0,
    ),
  );
  akun.forEach((kode, i) => barisRak(ws, 5 + i, konteks, kode, rencana[i]));
  const akhir = 4 + akun.length;
  const total = jumlahArr(rencana.map(jumlahArr));
  rumus(ws, 'S4', `SUM(S5:S${akhir})`, total, RAK_FORMAT);
  [0, 1, 2, 3].forEach((q) => {
    const k = huruf(24 + 4 * q);
    const tw = jumlahArr(rencana.map((b) => jumlahArr(b.slice(3 * q, 3 * q + 3))));
    rumus(ws, `${k}4`, `SUM(${k}5:${k}${akhir})`, tw, RAK_FORMAT);
    rumus(ws, `${k}${akhir + 1}`, `${k}4/S4*100`, (tw / total) * 100, RAK_FORMAT);
  });
}

/** The one-sheet workbooks with no table: file, sheet, writer, why there is nothing to compute. */
const BUKAN_TABEL: [string, string, (ws: ExcelJS.Worksheet) => void, string][] = [
  [
    'bukan_tabel_surat.xlsx',
    'Surat Pengantar',
    suratPengantar,
    'cover letter (nomor, lampiran, perihal, a numbered list of enclosures with counts, signature): no table',
  ],
  [
    'bukan_tabel_pengadaan.xlsx',
    'Status Pengadaan',
    statusPengadaan,
    'procurement status counts ("Jumlah Paket", "Sudah Kontrak", "Sisa Tender") with a pagu column but no realisasi: nothing to compute',
  ],
  [
    'bukan_tabel_permasalahan.xlsx',
    'Permasalahan',
    permasalahan,
    'list of problems and solutions per indicator (text only, numbers inside sentences)',
  ],
  [
    'bukan_tabel_peringkat.xlsx',
    'Peringkat',
    peringkat,
    'ranking of units by evaluation score with SAKIP letter grades: no target, no realisasi',
  ],
  [
    'bukan_tabel_cascading.xlsx',
    'Cascading',
    cascading,
    'cascading chart of boxes (merged cells); targets inside the indicator text "(3 Dokumen)", "(100%)": no measurable table',
  ],
];

async function buatBukanTabel(k: Korpus): Promise<void> {
  for (const [file, sheet, tulis, catatan] of BUKAN_TABEL) {
    await bukuTunggal(file, sheet, tulis);
    k.tiada(file, catatan);
  }
  const buku = bukuBaru();
  const daftar: [string, [string, string], string[]][] = [
    [
      'gizi',
      ['1.02.02.2.02.0017', 'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat'],
      [ATK, MAMIN, MAMIN_YANKES, PD_KOTA, PD_BIASA],
    ],
    [
      'imunisasi',
      ['1.02.02.2.02.0020', 'Pengelolaan Pelayanan Kesehatan Imunisasi'],
      [ATK, KOMPUTER, HONOR, PD_KOTA],
    ],
    ['promkes', ['1.02.02.2.02.0034', 'Pengelolaan Promosi Kesehatan'], [KERTAS, CETAK, MAMIN]],
  ];
  daftar.forEach(([nama, sub, akun], i) => rak(buku.addWorksheet(nama), sub, akun, 2025_01 + i));
  await simpan(buku, 'bukan_tabel_anggaran_kas.xlsx');
  k.tiada(
    'bukan_tabel_anggaran_kas.xlsx',
    'anggaran kas (RAK): monthly cash plan per akun with TW sums and a % of plan row; no realisasi and no target, so a refusal is right',
  );
}

// ---------------------------------------------------------------- 14: realisasi-only import sheet

const KEPALA_IMPOR =
  'Kode Indikator|Realisasi TW|Kendala yg Dihadapi|Solusi yg Telah Dilakukan|Rencana Tindak Lanjut|PIC Tindak Lanjut|Batas Waktu TL|Link Bukti Dukung Kinerja|Link Bukti Dukung Rencana Tindak Lanjut Triwulan Sebelumnya';

/** kode indikator | realisasi TW */
const IMPOR = tabel(`
  1.1.1.1 | 0
  1.1.2.1 | 0
  1.1.3.1 | 0
  1.2.1.1 | 0
  1.2.2.1 | 1
  1.3.1.1 | 0
  1.3.2.1 | 0
  2.1.1.1 | 2.5
  2.1.2.1 | 0
  2.2.1.1 | 61.2
  3.1.1.1 | 0
  3.1.2.1 | 0
  3.2.1.1 | 0
  3.2.1.2 | 4
`);
const PIC = ['Rina Marlina, S.E.', 'Agus Setiawan', 'Dewi Kartika, S.ST', 'Yusuf Hidayat'];

async function buatImpor(k: Korpus): Promise<void> {
  const file = 'impor_realisasi_indikator.xlsx';
  const buku = bukuBaru();
  const ws = buku.addWorksheet('Worksheet');
  lebar(ws, [14, 12, 60, 60, 60, 20, 16, 48, 48]);
  KEPALA_IMPOR.split('|').forEach((x, i) => isi(ws, `${huruf(i + 1)}1`, x));
  IMPOR.forEach(([kode, realisasi], i) => {
    const tautan = kode.replace(/\./g, '-');
    const isiBaris: Nilai[] = [
      kode,
      Number(realisasi),
      `- Jadwal kegiatan ${i + 1} bergeser karena penyesuaian anggaran\n- Keterbatasan petugas lapangan`,
      '- Koordinasi dengan tim teknis\n- Penjadwalan ulang kegiatan',
      `- Pelaksanaan kegiatan lanjutan pada triwulan berikutnya\n- Pemantauan capaian indikator ${kode}`,
      PIC[i % PIC.length],
      '30 Juni 2026',
      `https://drive.example.go.id/bukti/${tautan}/tw1`,
      i % 5 === 4 ? '-\n(indikator baru tahun 2026)' : `https://drive.example.go.id/rtl/${tautan}`,
    ];
    isiBaris.forEach((x, j) => isi(ws, `${huruf(j + 1)}${2 + i}`, x));
  });
  k.ada(
    { file, sheet: 'Worksheet' },
    {
      range: `A1:I${1 + IMPOR.length}`,
      jenis: 'indikator (realisasi only, no target)',
      kolom: { kode: 'A', realisasi: 'B' },
      catatan:
        'import sheet of quarterly realisasi per indicator code with kendala / solusi / links: nothing to compute',
    },
  );
  await simpan(buku, file);
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  mkdirSync(FOLDER, { recursive: true });
  const k = new Korpus();
  const rekap = await buatRekap(k);
  await buatRekapTanpaGabungan(k, rekap);
  await buatRealisasi(k);
  await buatLra(k);
  await buatRenjaKRp(k);
  await buatRenjaKinerja(k);
  await buatRfk(k);
  await buatHalaman(k, true);
  await buatHalaman(k, false);
  await buatKolomProgram(k);
  await buatGeser(k);
  await buatTriwulan(k);
  await buatNomorKolom(k);
  await buatSkala(k);
  await buatBukanTabel(k);
  await buatImpor(k);
  k.periksaDiri();
  writeFileSync(path.join(FOLDER, 'expected.json'), k.json() + '\n');
  console.log(
    `fixture-nyata: ${k.checks.length} checks, ${k.mistakes.length} mistakes, ${k.present.length} tables, ${k.none.length} without table`,
  );
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
