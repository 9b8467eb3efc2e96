import { bulatkan, type CaraPembulatan } from './pembulatan';
import { adalahPredikat, namaPredikat } from './predikat';
import { rapikanTeks } from './teks';

/**
 * Reading numbers the way they appear in Indonesian government workbooks,
 * and writing them back the Indonesian way (DOMAIN.md section 7).
 */

/** What a cell turned out to hold. */
export type JenisAngka =
  | 'angka' // a number (possibly with a unit or a grade beside it)
  | 'rentang' // a range target "5,80-6,00"
  | 'predikat' // a grade only: "BB", "WTP", "Baik"
  | 'kosong' // nothing
  | 'tertunda' // a pending marker: "*)", "y*", "-", "N/A", "belum dinilai"
  | 'galat' // an Excel error value: #DIV/0!, #REF!, ...
  | 'tanggal' // a date, where a number was expected
  | 'teks'; // text that is not a number

/** Number style: Indonesian (1.234,5) or US (1,234.5). */
export type GayaAngka = 'id' | 'us';

/** Why a cell gave no number. */
export type AlasanAngka =
  'kosong' | 'belum-ada-realisasi' | 'galat-excel' | 'tanggal' | 'beberapa-angka' | 'bukan-angka';

/** Messages for {@link AlasanAngka}, in Bahasa Indonesia. */
export const PESAN_ALASAN_ANGKA: Record<AlasanAngka, string> = {
  kosong: 'sel kosong',
  'belum-ada-realisasi': 'belum ada realisasi (tanda tertunda)',
  'galat-excel': 'sel berisi galat Excel',
  tanggal: 'sel berisi tanggal, bukan angka',
  'beberapa-angka': 'beberapa angka dalam satu sel',
  'bukan-angka': 'teks yang bukan angka',
};

/** The result of {@link bacaAngka}. */
export interface HasilAngka {
  /** The number, at full precision (percent cells as 88, not 0,88). */
  nilai?: number;
  jenis: JenisAngka;
  /** Unit written beside the number: "%", "Rp", "desa", "KPM". */
  satuan?: string;
  /** Grade written beside or instead of the number: "B", "Baik", "WTP". */
  predikat?: string;
  /** Bounds of a range target. */
  rentang?: { bawah: number; atas: number };
  alasan?: AlasanAngka;
  /** Number style the text shows, when it shows one. */
  gaya?: GayaAngka;
  /**
   * "1.234" or "1,234": one separator followed by three digits reads either
   * way. `nilai` follows the hint (Indonesian when none); `nilaiLain` is the
   * other reading.
   */
  ambigu?: boolean;
  nilaiLain?: number;
  /** The cell held text, not a number (a finding for the checks). */
  dariTeks?: boolean;
  /** Grouping and decimals mixed, as in "1,540,00" (often a dropped digit). */
  campuran?: boolean;
  /** Marker kept from the cell, such as "*)". */
  catatan?: string;
  /** Other words beside the number that are not a unit or a grade. */
  keterangan?: string;
}

/** Options of {@link bacaAngka}. */
export interface OpsiBacaAngka {
  /** The cell's number format (en-US codes as Excel stores them). */
  format?: string;
  /** The style the rest of the column uses; settles "1.234". */
  gaya?: GayaAngka;
}

const GALAT_EXCEL =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

const TANDA_TERTUNDA =
  /^(?:-+|\*+\)?|\(?\*+\)|\)\*+|y\s*\*+\)?|n\s*\/\s*a|na|\?+|belum\b.*|tidak ada data|tidak ada|data belum tersedia)$/i;

const KODE_SEKTOR = /("[^"]*"|\\.|\[[^\]]*\])/g;

/** The section of a number format that Excel uses for `n`. */
function bagianFormat(format: string, n: number): string {
  const bagian = format.split(';');
  if (n < 0 && bagian.length > 1) return bagian[1];
  if (n === 0 && bagian.length > 2) return bagian[2];
  return bagian[0];
}

/** What a number format says of the numbers it shows, worked out once per format. */
interface SifatFormat {
  tanggal: boolean;
  /** Shows a % sign for a positive, a negative, a zero value. */
  persen: [boolean, boolean, boolean];
  rupiah: boolean;
}

/**
 * Formats already read: a sheet has a handful of formats over tens of
 * thousands of cells, and each is parsed with regular expressions once.
 */
const SIFAT_FORMAT = new Map<string, SifatFormat>();

function sifatFormat(format: string): SifatFormat {
  let s = SIFAT_FORMAT.get(format);
  if (s) return s;
  const persen = (n: number) => bagianFormat(format, n).replace(KODE_SEKTOR, '').includes('%');
  const tanpaKutip = bagianFormat(format, 1).replace(KODE_SEKTOR, '');
  s = {
    tanggal: !/^general$/i.test(format) && /[dmyhs]/i.test(tanpaKutip.replace(/e\+?-?0*/gi, '')),
    persen: [persen(1), persen(-1), persen(0)],
    rupiah: /Rp/i.test(format.replace(/\\/g, '')),
  };
  if (SIFAT_FORMAT.size >= 1000) SIFAT_FORMAT.clear();
  SIFAT_FORMAT.set(format, s);
  return s;
}

/** True when the number format shows the value times 100 with a % sign. */
export function formatPersen(format: string | undefined, n = 1): boolean {
  if (!format) return false;
  return sifatFormat(format).persen[n < 0 ? 1 : n === 0 ? 2 : 0];
}

/** True when the number format shows a date or a time. */
export function formatTanggal(format: string | undefined): boolean {
  return format ? sifatFormat(format).tanggal : false;
}

/** An empty cell's reading, one object for every empty cell (read-only). */
const KOSONG: HasilAngka = Object.freeze({ jenis: 'kosong', alasan: 'kosong' });

/**
 * Read a cell value (a number, a text, or an ExcelJS cell object) into a
 * number with its unit, grade and reason. Never throws.
 *
 * Handles Indonesian and US grouping ("1.234.567,89", "5,535,121,420",
 * "93,89", "98.15"), "Rp"/"Rp." prefixes, ",-" ".-" ",00" suffixes, "%" and
 * percent-formatted cells (0,88 formatted 0% reads as 88), OCR spaces
 * ("110,6 7%"), parenthesised negatives "(50.000.000)", pending markers
 * ("*)", "y*", "-", "N/A", "belum dinilai"), units ("10 desa", "4.269 KPM"),
 * grades ("B (75)", "Baik (73,40)", "BB") and look-alike letters.
 */
export function bacaAngka(input: unknown, opsi: OpsiBacaAngka = {}): HasilAngka {
  if (input === null || input === undefined) return KOSONG;
  if (typeof input === 'number') return bacaBilangan(input, opsi.format);
  if (typeof input === 'string') return bacaTeks(input, opsi);
  if (typeof input === 'boolean') return { jenis: 'teks', alasan: 'bukan-angka' };
  if (input instanceof Date) return { jenis: 'tanggal', alasan: 'tanggal' };
  if (typeof input === 'object') return bacaObjekSel(input as Record<string, unknown>, opsi);
  return { jenis: 'teks', alasan: 'bukan-angka' };
}

/** ExcelJS cell values: formulas with results, rich text, errors, hyperlinks. */
function bacaObjekSel(sel: Record<string, unknown>, opsi: OpsiBacaAngka): HasilAngka {
  if ('error' in sel) return { jenis: 'galat', alasan: 'galat-excel' };
  if ('result' in sel) return bacaAngka(sel.result, opsi);
  if ('formula' in sel || 'sharedFormula' in sel) return { jenis: 'kosong', alasan: 'kosong' };
  if (Array.isArray(sel.richText)) {
    const teks = sel.richText.map((r) => String((r as { text?: unknown }).text ?? '')).join('');
    return bacaTeks(teks, opsi);
  }
  if (typeof sel.text === 'string') return bacaTeks(sel.text, opsi);
  return { jenis: 'teks', alasan: 'bukan-angka' };
}

function bacaBilangan(n: number, format: string | undefined): HasilAngka {
  if (!Number.isFinite(n)) return { jenis: 'galat', alasan: 'galat-excel' };
  if (!format) return { jenis: 'angka', nilai: n };
  const f = sifatFormat(format);
  if (f.tanggal) return { jenis: 'tanggal', alasan: 'tanggal' };
  if (f.persen[n < 0 ? 1 : n === 0 ? 2 : 0]) return { jenis: 'angka', nilai: n * 100, satuan: '%' };
  if (f.rupiah) return { jenis: 'angka', nilai: n, satuan: 'Rp' };
  return { jenis: 'angka', nilai: n };
}

/** The digits-and-separators core of a number, read in a given style. */
interface IntiAngka {
  nilai: number;
  gaya?: GayaAngka;
  ambigu?: boolean;
  nilaiLain?: number;
  campuran?: boolean;
}

function keBilangan(bulat: string, pecahan: string): number {
  return Number(`${bulat || '0'}.${pecahan || '0'}`);
}

/**
 * Read "1.234.567,89", "5,535,121,420", "93,89", "98.15", "1,540,00".
 * Returns undefined when the separators make no number.
 */
export function bacaInti(teks: string, hint?: GayaAngka, uang = false): IntiAngka | undefined {
  if (!/^\d[\d.,]*$/.test(teks) || /[.,]$/.test(teks) || /[.,]{2}/.test(teks)) return undefined;
  const titik = (teks.match(/\./g) ?? []).length;
  const koma = (teks.match(/,/g) ?? []).length;
  if (titik === 0 && koma === 0) return { nilai: Number(teks) };

  if (titik > 0 && koma > 0) {
    // The separator that comes last is the decimal one.
    const desimal = teks.lastIndexOf(',') > teks.lastIndexOf('.') ? ',' : '.';
    const ribuan = desimal === ',' ? '.' : ',';
    const [depan, belakang] = [
      teks.slice(0, teks.lastIndexOf(desimal)),
      teks.slice(teks.lastIndexOf(desimal) + 1),
    ];
    if (depan.includes(desimal) || !kelompokRibuanSah(depan.split(ribuan))) return undefined;
    return {
      nilai: keBilangan(depan.split(ribuan).join(''), belakang),
      gaya: desimal === ',' ? 'id' : 'us',
    };
  }

  const pemisah = titik > 0 ? '.' : ',';
  const gayaRibuan: GayaAngka = pemisah === '.' ? 'id' : 'us';
  const gayaDesimal: GayaAngka = pemisah === ',' ? 'id' : 'us';
  const kelompok = teks.split(pemisah);
  if (kelompok.length > 2) {
    if (kelompokRibuanSah(kelompok)) return { nilai: Number(kelompok.join('')), gaya: gayaRibuan };
    const akhir = kelompok[kelompok.length - 1];
    const awal = kelompok.slice(0, -1);
    // "1,540,00" / "328,312,760,00": grouping, then two decimals with the same sign.
    if (akhir.length <= 2 && kelompokRibuanSah(awal)) {
      return { nilai: keBilangan(awal.join(''), akhir), gaya: gayaRibuan, campuran: true };
    }
    return undefined;
  }
  const [depan, belakang] = kelompok;
  const bacaDesimal = keBilangan(depan, belakang);
  if (belakang.length !== 3 || /^0+$/.test(depan) || depan.length > 3) {
    return { nilai: bacaDesimal, gaya: gayaDesimal };
  }
  const bacaRibuan = Number(depan + belakang);
  // Money never has three decimals: "Rp 50.000" and "Rp 50,000" are fifty thousand.
  if (uang) return { nilai: bacaRibuan, gaya: gayaRibuan };
  // One separator and three digits: "1.234" is 1234 in Indonesian, 1,234 in US.
  const ribuanLebihDulu = (hint ?? 'id') === gayaRibuan;
  return ribuanLebihDulu
    ? { nilai: bacaRibuan, gaya: gayaRibuan, ambigu: true, nilaiLain: bacaDesimal }
    : { nilai: bacaDesimal, gaya: gayaDesimal, ambigu: true, nilaiLain: bacaRibuan };
}

function kelompokRibuanSah(kelompok: string[]): boolean {
  return (
    kelompok[0].length >= 1 &&
    kelompok[0].length <= 3 &&
    kelompok.slice(1).every((k) => k.length === 3)
  );
}

const POLA_RENTANG = /^(\d[\d.,]*)\s*(?:-|s\.?\s*d\.?|s\/d|sampai|hingga)\s*(\d[\d.,]*)\s*(%?)$/i;

/**
 * A footnote marker at the end of a value ("*)", ")*", "**"), found from the
 * end by hand: the pattern as one regex, /\s*(\*+\)?|\)\*+)$/, tries every
 * start of a long run of stars and takes quadratic time.
 */
function tandaAkhir(teks: string): { tanda: string; sebelum: string } | undefined {
  const bintangDari = (akhir: number) => {
    let k = akhir;
    while (k > 0 && teks[k - 1] === '*') k--;
    return k;
  };
  let awal: number;
  if (teks.endsWith('*')) {
    // "**" or ")**".
    awal = bintangDari(teks.length);
    if (awal > 0 && teks[awal - 1] === ')') awal--;
  } else if (teks.endsWith(')')) {
    // "*)".
    awal = bintangDari(teks.length - 1);
    if (awal === teks.length - 1) return undefined;
  } else return undefined;
  const sebelum = teks.slice(0, awal).trim();
  return sebelum ? { tanda: teks.slice(awal), sebelum } : undefined;
}

function bacaTeks(asli: string, opsi: OpsiBacaAngka): HasilAngka {
  let teks = rapikanTeks(asli);
  if (teks === '') return { jenis: 'kosong', alasan: 'kosong' };
  if (GALAT_EXCEL.test(teks)) return { jenis: 'galat', alasan: 'galat-excel', dariTeks: true };
  if (TANDA_TERTUNDA.test(teks)) {
    return { jenis: 'tertunda', alasan: 'belum-ada-realisasi', catatan: teks, dariTeks: true };
  }

  const hasil: HasilAngka = { jenis: 'angka', dariTeks: true };

  // Footnote markers "*)" / ")*" / "**" after a value.
  const tanda = tandaAkhir(teks);
  if (tanda) {
    hasil.catatan = tanda.tanda;
    teks = tanda.sebelum;
  }

  // Currency and accounting decorations.
  let negatif = false;
  let uang = false;
  teks = teks.replace(/^([+-]?)\s*(?:rp|idr)\.?\s*/i, (_, tanda: string) => {
    hasil.satuan = 'Rp';
    return tanda;
  });
  teks = teks.replace(/\s*[.,]-+$/, () => {
    uang = true;
    return '';
  });
  if (/^\(.*\)$/.test(teks) && /^\(\s*(?:rp\.?\s*)?[\d.,\s]+\)$/i.test(teks)) {
    negatif = true;
    teks = teks
      .slice(1, -1)
      .trim()
      .replace(/^rp\.?\s*/i, () => {
        hasil.satuan = 'Rp';
        return '';
      });
  }
  if (teks.includes('%')) {
    hasil.satuan = '%';
    // A run of signs and spaces is one space (never a long run of spaces for the patterns below).
    teks = teks.replace(/[\s%]*%[\s%]*/g, ' ').trim();
  }

  // A grade, alone or beside a number in parentheses: "BB", "B (75)", "83,514 (Baik)".
  if (!/\d/.test(teks) && adalahPredikat(teks))
    return { jenis: 'predikat', predikat: namaPredikat(teks), dariTeks: true };
  // A grade written with its letter and its score range: "Baik (B) 60-70".
  const bertiga = teks.match(/^([^()\d]*?)\s*\(([^()\d]*)\)\s*(\d[^()]*)$/);
  if (bertiga && (adalahPredikat(bertiga[1]) || adalahPredikat(bertiga[2]))) {
    hasil.predikat = namaPredikat(adalahPredikat(bertiga[2]) ? bertiga[2] : bertiga[1]);
    teks = bertiga[3].trim();
  }
  const kurung = teks.match(/^(.*?)\s*\(([^()]*)\)\s*$/);
  if (kurung) {
    const [, luar, dalam] = kurung;
    if (adalahPredikat(luar)) {
      hasil.predikat = namaPredikat(luar);
      teks = dalam.trim();
    } else if (adalahPredikat(dalam)) {
      hasil.predikat = namaPredikat(dalam);
      teks = luar.trim();
    } else if (/^[\d.,\s]+$/.test(luar) && dalam.trim() !== '') {
      hasil.keterangan = dalam.trim();
      teks = luar.trim();
    }
  }

  const rentang = teks.match(POLA_RENTANG);
  if (rentang) {
    const bawah = bacaInti(rentang[1], opsi.gaya);
    const atas = bacaInti(rentang[2], opsi.gaya);
    if (bawah && atas && bawah.nilai <= atas.nilai) {
      if (rentang[3]) hasil.satuan = '%';
      return { ...hasil, jenis: 'rentang', rentang: { bawah: bawah.nilai, atas: atas.nilai } };
    }
  }

  let tandaBilangan = 1;
  teks = teks.replace(/^([+-])\s*/, (_, t: string) => {
    if (t === '-') tandaBilangan = -1;
    return '';
  });
  // OCR splits: "83, 514" -> "83,514"; "110,6 7" -> "110,67".
  teks = teks.replace(/(\d[.,])\s+(?=\d)/g, '$1');
  teks = teks.replace(/^(\d+[.,]\d{1,2}) (\d{1,2})(?=$|\s+\D)/, '$1$2');

  const bagian = teks.match(/^(\d[\d.,]*)\s*(.*)$/);
  if (!bagian) return { ...hasil, jenis: 'teks', alasan: 'bukan-angka' };
  const [, angka, sisa] = bagian;
  if (/\d/.test(sisa)) {
    return {
      ...hasil,
      jenis: 'teks',
      alasan: /^[\d\s.,]+$/.test(sisa) ? 'beberapa-angka' : 'bukan-angka',
    };
  }
  if (sisa !== '' && !/^[A-Za-z][A-Za-z./ ]*$/.test(sisa)) {
    return { ...hasil, jenis: 'teks', alasan: 'bukan-angka' };
  }
  const inti = bacaInti(angka, opsi.gaya, uang || hasil.satuan === 'Rp');
  if (!inti) return { ...hasil, jenis: 'teks', alasan: 'bukan-angka' };

  const faktor = (negatif ? -1 : 1) * tandaBilangan;
  hasil.nilai = inti.nilai * faktor;
  if (hasil.nilai === 0) hasil.nilai = 0;
  if (inti.gaya) hasil.gaya = inti.gaya;
  if (inti.ambigu) {
    hasil.ambigu = true;
    hasil.nilaiLain = (inti.nilaiLain ?? 0) * faktor;
  }
  if (inti.campuran) hasil.campuran = true;
  if (sisa !== '') hasil.satuan = sisa.replace(/\.$/, '');
  return hasil;
}

/** Options of {@link formatAngka}. */
export interface OpsiFormatAngka {
  /** Decimals to show (default 2). */
  desimal?: number;
  cara?: CaraPembulatan;
  /** Drop trailing zeros of the decimals ("100,00" -> "100"). */
  ringkas?: boolean;
  /** Group thousands with "." (default true). */
  ribuan?: boolean;
}

/**
 * Write a number the Indonesian way: "1.234.567,89". Rounds half-up by
 * default (see {@link bulatkan}).
 */
export function formatAngka(nilai: number, opsi: OpsiFormatAngka = {}): string {
  const { desimal = 2, cara = 'setengah-atas', ringkas = false, ribuan = true } = opsi;
  if (!Number.isFinite(nilai)) return '';
  const bulat = bulatkan(nilai, desimal, cara);
  const [utuh, pecahan = ''] = Math.abs(bulat).toFixed(desimal).split('.');
  const utuhTeks = ribuan ? utuh.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : utuh;
  const pecahanTeks = ringkas ? pecahan.replace(/0+$/, '') : pecahan;
  const tanda = bulat < 0 ? '-' : '';
  return tanda + utuhTeks + (pecahanTeks ? `,${pecahanTeks}` : '');
}

/**
 * A number for sentences and formula texts: whole numbers without decimals,
 * others with two ("100", "105,26", "16,5" stays "16,50").
 */
export function formatRingkas(nilai: number, cara: CaraPembulatan = 'setengah-atas'): string {
  const bulat = bulatkan(nilai, 2, cara);
  return formatAngka(bulat, { desimal: Number.isInteger(bulat) ? 0 : 2, cara });
}

/** An input value in a formula text: as many decimals as it has, up to four. */
export function formatMasukan(nilai: number): string {
  return formatAngka(nilai, { desimal: 4, ringkas: true });
}

/**
 * Write an amount of money following PUEBI: "Rp2.393.600"; with `sen`,
 * "Rp2.393.600,00". Negative amounts: "-Rp50.000.000".
 */
export function formatRupiah(nilai: number, opsi: { sen?: boolean } = {}): string {
  if (!Number.isFinite(nilai)) return '';
  const teks = formatAngka(Math.abs(nilai), { desimal: opsi.sen ? 2 : 0 });
  const nol = /^[0,]+$/.test(teks);
  return (nilai < 0 && !nol ? '-' : '') + 'Rp' + teks;
}

const SATUAN = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

const TINGKAT: [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

function kataBulat(n: number): string {
  if (n < 12) return SATUAN[n];
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) return gabung(`${SATUAN[Math.floor(n / 10)]} puluh`, kataBulat(n % 10));
  if (n < 200) return gabung('seratus', kataBulat(n - 100));
  if (n < 1000) return gabung(`${SATUAN[Math.floor(n / 100)]} ratus`, kataBulat(n % 100));
  if (n < 2000) return gabung('seribu', kataBulat(n - 1000));
  if (n < 1e6) return gabung(`${kataBulat(Math.floor(n / 1000))} ribu`, kataBulat(n % 1000));
  for (const [besar, nama] of TINGKAT) {
    if (n >= besar) {
      return gabung(`${kataBulat(Math.floor(n / besar))} ${nama}`, kataBulat(n % besar));
    }
  }
  return '';
}

function gabung(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

/**
 * A number in words. By default an amount of Rupiah:
 * 2.393.600 -> "dua juta tiga ratus sembilan puluh tiga ribu enam ratus rupiah",
 * with cents as "... rupiah lima puluh sen". With `mataUang: null` a plain
 * number: 12,5 -> "dua belas koma lima". Returns "" for values of 1.000
 * triliun and more (beyond exact double arithmetic) or not finite.
 */
export function terbilang(nilai: number, opsi: { mataUang?: 'rupiah' | null } = {}): string {
  const mataUang = opsi.mataUang === undefined ? 'rupiah' : opsi.mataUang;
  if (!Number.isFinite(nilai) || Math.abs(nilai) >= 1e15) return '';
  const tanda = nilai < 0 ? 'minus ' : '';
  const mutlak = Math.abs(nilai);
  if (mataUang === 'rupiah') {
    let utuh = Math.floor(mutlak);
    let sen = Math.round((mutlak - utuh) * 100);
    if (sen === 100) [utuh, sen] = [utuh + 1, 0];
    const kata = `${utuh === 0 ? 'nol' : kataBulat(utuh)} rupiah`;
    return tanda + (sen ? `${kata} ${kataBulat(sen)} sen` : kata);
  }
  const [utuhTeks, pecahan = ''] = formatAngka(mutlak, {
    desimal: 6,
    ringkas: true,
    ribuan: false,
  }).split(',');
  const utuh = Number(utuhTeks);
  const kata = utuh === 0 ? 'nol' : kataBulat(utuh);
  const koma = pecahan
    ? ' koma ' + [...pecahan].map((d) => (d === '0' ? 'nol' : SATUAN[Number(d)])).join(' ')
    : '';
  return tanda + kata + koma;
}
