import { rapikanTeks } from '../domain/teks';

/**
 * What a column means, from its header text. Header words in real
 * workbooks are split ("TARGE T", "Realis asi"), misspelt ("Realiasi"),
 * or written with look-alike letters; matching works on the text with all
 * spaces removed and tolerates one wrong letter in long words.
 */

/** The meaning of a column. */
export type PeranKolom =
  | 'no'
  | 'kode'
  | 'sasaran'
  | 'indikator'
  | 'uraian'
  | 'program'
  | 'kegiatan'
  | 'subKegiatan'
  | 'satuan'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'kategori'
  | 'polaritas'
  | 'formulasi'
  | 'faktor'
  | 'pendukung'
  | 'penghambat'
  | 'ket'
  | 'paguMurni'
  | 'pagu'
  | 'realisasiAnggaran'
  | 'serapan'
  | 'sisa'
  | 'fisik'
  | 'targetFisik'
  | 'targetKeuangan'
  /** Anggaran kas (AKAS, RAK): the cash plan up to a month or quarter, not the pagu. */
  | 'anggaranKas'
  /** Realisasi as a share of the anggaran kas ("% AKAS"), or the cash plan's share of the pagu. */
  | 'serapanKas'
  /** Renja evaluation form (K / Rp sub-columns): the Renstra's end-period budget. */
  | 'paguAkhir'
  /** Realisasi up to last year, kinerja and Rupiah. */
  | 'realisasiLalu'
  | 'realisasiAnggaranLalu'
  /** Realisasi up to this year (last year's plus this year's), kinerja and Rupiah. */
  | 'realisasiKumulatif'
  | 'realisasiAnggaranKumulatif'
  /** Stated capaian against the Renstra's end-period target, kinerja and Rupiah. */
  | 'capaianAkhir'
  | 'serapanAkhir'
  | 'targetAkhir'
  | 'dataAwal'
  | 'nrr'
  | 'ikm'
  | 'unsur'
  | 'efisiensi'
  | 'rentangSkala'
  /** A national or provincial standard to compare with (BAB III, optional). */
  | 'standar'
  | 'lain';

/** Columns whose values are text that names a row. */
export const PERAN_NAMA: readonly PeranKolom[] = [
  'sasaran',
  'indikator',
  'uraian',
  'program',
  'kegiatan',
  'subKegiatan',
  'unsur',
];

/** Columns that hold the figures of a table (what makes a header row a header). */
export const PERAN_NILAI = new Set<PeranKolom>([
  'target',
  'realisasi',
  'capaian',
  'pagu',
  'paguMurni',
  'realisasiAnggaran',
  'serapan',
  'nrr',
  'ikm',
  'targetAkhir',
  'dataAwal',
  'rentangSkala',
  'efisiensi',
  'fisik',
  'paguAkhir',
  'realisasiLalu',
  'realisasiAnggaranLalu',
  'realisasiKumulatif',
  'realisasiAnggaranKumulatif',
  'capaianAkhir',
  'serapanAkhir',
]);

/** Money columns: a table with them is a budget table. */
export const PERAN_ANGGARAN = new Set<PeranKolom>(['pagu', 'paguMurni', 'realisasiAnggaran']);

/** Columns whose cells are read as numbers. */
export const PERAN_DIBACA = new Set<PeranKolom>([
  ...PERAN_NILAI,
  'sisa',
  'targetFisik',
  'targetKeuangan',
  'anggaranKas',
  'serapanKas',
  'ikm',
  'standar',
]);

/** Header text with spaces removed, lower case, look-alikes fixed. */
export function rapat(teks: string): string {
  return rapikanTeks(teks)
    .toLowerCase()
    .replace(/[\s_]+/g, '');
}

/** At most one letter wrong, missing or extra between `a` and `b` (Levenshtein distance <= 1), without allocating. */
function satuSuntingan(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [pendek, panjang] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < pendek.length && pendek[i] === panjang[i]) i++;
  if (i === pendek.length) return true;
  // The first difference: a substitution (same length) or an insertion in the longer one.
  const geser = pendek.length === panjang.length ? 1 : 0;
  for (let j = i + geser; j < pendek.length; j++)
    if (pendek[j] !== panjang[j + 1 - geser]) return false;
  return true;
}

/**
 * True when `kata` occurs in `teks` (both without spaces), allowing one
 * wrong, missing or extra letter when the word has seven letters or more
 * ("realiasi" for "realisasi").
 */
export function memuat(teks: string, kata: string): boolean {
  if (teks.includes(kata)) return true;
  // Header cells are short; long texts are names, and fuzzy matching them would only cost time.
  if (kata.length < 7 || teks.length > 40) return false;
  for (let i = 0; i + kata.length - 1 <= teks.length; i++) {
    for (let panjang = kata.length - 1; panjang <= kata.length + 1; panjang++) {
      const potong = teks.slice(i, i + panjang);
      if (potong.length === panjang && satuSuntingan(potong, kata)) return true;
    }
  }
  return false;
}

const ada = (t: string, ...kata: string[]): boolean => kata.some((k) => memuat(t, k));

/** A four-digit year in a header ("Tahun 2023", "Targe 2021", "2022"). */
export function tahunDalam(teks: string): number | undefined {
  const m = rapikanTeks(teks).match(/(?:^|\D)((?:19|20)\d{2})(?!\d)/);
  return m ? Number(m[1]) : undefined;
}

/**
 * The role a header text suggests, before the table's context is known.
 * Budget words are reported as budget roles; the table settles the rest
 * (see {@link sesuaikanPeran}).
 */
export function peranDariJudul(judul: string): PeranKolom {
  const t = rapat(judul);
  if (t === '') return 'lain';
  // A statement ("Meningkatnya penyusunan rencana kinerja ...", "Tersedianya data ...") names a
  // sasaran or an output; it is never a column header, whatever words it holds.
  if (/^[a-z]{4,}nya\s/i.test(rapikanTeks(judul)) && judul.length > 20) return 'lain';
  // "Rencana" as a word: "Perencanaan" (planning, in job titles and names) is not a plan figure.
  const rencana = /(^|[^a-z])rencana/.test(rapikanTeks(judul).toLowerCase());
  const persen = ada(t, '%', 'persen');
  if (ada(t, 'pendukung') && ada(t, 'penghambat')) return 'faktor';
  if (ada(t, 'pendukung')) return 'pendukung';
  if (ada(t, 'penghambat', 'kendala')) return 'penghambat';
  if (ada(t, 'faktor', 'penjelasan', 'permasalahan', 'solusi', 'analisis')) return 'faktor';
  if (ada(t, 'formulasi', 'rumus', 'carapengukuran', 'carahitung', 'definisioperasional'))
    return 'formulasi';
  // Shares of something else than the pagu: of the cash plan, of the sisa; deviations.
  if (ada(t, 'akas', 'anggarankas') || /(^|[^a-z])rak([^a-z]|$)/i.test(judul))
    return persen ? 'serapanKas' : 'anggaranKas';
  if (ada(t, 'deviasi', 'penyimpangan')) return 'lain';
  if (ada(t, 'sisa', 'silpa')) return persen ? 'lain' : 'sisa';
  if (ada(t, 'fisik')) return ada(t, 'target') || rencana ? 'targetFisik' : 'fisik';
  if (ada(t, 'target', 'targe') && ada(t, 'akhir', 'renstra', 'jangkamenengah'))
    return 'targetAkhir';
  if (ada(t, 'kondisiakhir')) return 'targetAkhir';
  if (ada(t, 'dataawal', 'kondisiawal', 'baseline', 'databasis')) return 'dataAwal';
  // A money target by quarter; "Target Triwulan I" over an indicator's figures is its quarter's target.
  if (ada(t, 'target', 'targe') && ada(t, 'keuangan')) return 'targetKeuangan';
  if (
    /^(standar|target|capaian|rata-?rata|rerata)(nasional|provinsi|prov\.?)$|^(standar|spm)$/.test(
      t,
    )
  )
    return 'standar';
  if (ada(t, 'sebelumperubahan', 'murni')) return 'paguMurni';
  if (ada(t, 'efisiensi')) return 'efisiensi';
  if (ada(t, 'serapan', 'penyerapan')) return 'serapan';
  if (ada(t, 'pagu', 'anggaran', 'dpa', 'setelahperubahan')) {
    if (ada(t, 'realisasi')) return persen ? 'serapan' : 'realisasiAnggaran';
    return 'pagu';
  }
  if (ada(t, 'realisasi', 'realis') && ada(t, 'keuangan', '(rp', 'rp.', 'rupiah')) {
    return persen ? 'serapan' : 'realisasiAnggaran';
  }
  if (ada(t, 'nrr', 'nilairata')) return 'nrr';
  if (ada(t, 'unsur')) return 'unsur';
  if (/^ikm|indekskepuasan|nilaiikm/.test(t)) return 'ikm';
  if (ada(t, 'rentang', 'interval')) return 'rentangSkala';
  // "Peringkat" exactly: one letter off it is "perangkat" (Perangkat Daerah), in many headers.
  if (ada(t, 'kategori', 'kriteria', 'predikat') || t.includes('peringkat')) return 'kategori';
  if (ada(t, 'capaian', 'capaia') || /^%|^persen$/.test(t)) {
    return ada(t, 'realisasi') && !ada(t, 'kinerja') && ada(t, '%') ? 'serapan' : 'capaian';
  }
  if (ada(t, 'target', 'targe') || rencana) return 'target';
  if (ada(t, 'realisasi', 'realis', 'relisasi')) return 'realisasi';
  if (ada(t, 'polaritas', 'sifatindikator', 'jenisindikator') || t === 'sifat') return 'polaritas';
  if (ada(t, 'kode')) return 'kode';
  if (ada(t, 'indikator', 'iku')) return 'indikator';
  const namaAnggaran = ['subkegiatan', 'kegiatan', 'program'].filter((k) => t.includes(k));
  if (t.includes('subkegiatan') && !/program|kegiatan/.test(t.replace('subkegiatan', ''))) {
    return 'subKegiatan';
  }
  if (namaAnggaran.length > 1 || ada(t, 'uraian')) return 'uraian';
  if (t.includes('kegiatan')) return 'kegiatan';
  if (t.includes('program')) return 'program';
  if (ada(t, 'sasaran', 'tujuan')) return 'sasaran';
  if (ada(t, 'kinerja')) return 'indikator';
  if (ada(t, 'satuan', 'satua')) return 'satuan';
  if (/^(no|nomor|nourut)$/.test(t.replace(/[.:]/g, ''))) return 'no';
  if (/^(ket|keterangan)\.?$/.test(t)) return 'ket';
  if (tahunDalam(judul) !== undefined && t.replace(/tahun|th\.?|\d/g, '') === '')
    return 'realisasi';
  return 'lain';
}

/**
 * The role of a column from its header path (its header cells top to bottom):
 * the whole path first ("Realisasi" over "Keuangan (Rp)"), else its last cell
 * alone ("%" under "Total"); a last cell naming a number, code or unit column
 * is that column.
 */
export function peranDariJalur(jalur: readonly string[]): PeranKolom {
  const r = peranDariJudul(jalur.join(' '));
  if (jalur.length < 2) return r;
  const daun = peranDariJudul(jalur[jalur.length - 1]);
  // "No", "Kode", "Satuan" under a group header are what they say, whatever the group.
  if (daun === 'no' || daun === 'kode' || daun === 'satuan') return daun;
  // "Capaian Tahun 2023" over Target / Realisasi / % / Kategori: the group only says which year.
  if (r === 'capaian' && (daun === 'target' || daun === 'realisasi' || daun === 'kategori'))
    return daun;
  // "Tahun Anggaran 2024" over Pagu / Realisasi / Capaian (%) / Sisa: "anggaran" is the context.
  if (r === 'pagu' && daun !== 'lain' && daun !== 'pagu' && daun !== 'paguMurni') return daun;
  return r === 'lain' && daun === 'capaian' ? daun : r;
}
