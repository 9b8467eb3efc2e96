import { rapikanTeks } from '../domain/teks';

/**
 * Reporting periods in headers: quarters in every wording reports use ("TW I",
 * "Tw.1", "Triwulan I", "Triwulan Pertama", "s.d. TW II", "s/d Triwulan III",
 * a Roman numeral under "Realisasi Kinerja pada Triwulan"), semesters and
 * months ("Januari", "s.d. Juni"). "s.d." marks a figure already cumulative.
 */
export interface Periode {
  jenis: 'triwulan' | 'semester' | 'bulan';
  /** 1-based: TW 1-4, semester 1-2, month 1-12. */
  ke: number;
  /** Up to and including the period ("s.d. TW II"): cumulative. */
  sampai: boolean;
}

const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const URUTAN: Record<string, number> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  pertama: 1,
  kesatu: 1,
  satu: 1,
  kedua: 2,
  dua: 2,
  ketiga: 3,
  tiga: 3,
  keempat: 4,
  empat: 4,
};
const BULAN = [
  ['januari', 'jan'],
  ['februari', 'feb', 'pebruari'],
  ['maret', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['agustus', 'agu', 'agt', 'ags', 'agust'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'des'],
];
const NOMOR_BULAN = new Map(BULAN.flatMap((nama, i) => nama.map((n) => [n, i + 1] as const)));

const POLA_SAMPAI = /\bs\s*[./]?\s*d\b\.?|\bsampai( dengan)?\b|\bkumulatif\b|\bsd\b/;
const POLA_TRIWULAN =
  /\b(?:triwulan|tw|trw|tri wulan)\s*\.?\s*(iv|iii|ii|i|[1-4]|pertama|kesatu|kedua|ketiga|keempat|satu|dua|tiga|empat)\b/;
const POLA_SEMESTER = /\bsemester\s*\.?\s*(ii|i|[12]|pertama|kedua|satu|dua)\b/;

function bersih(t: string): string {
  return rapikanTeks(t).toLowerCase();
}

/** The period one header text names, if any ("s.d. TW II" -> triwulan 2, cumulative). */
export function periodeTeks(teks: string): Periode | undefined {
  const t = bersih(teks);
  const sampai = POLA_SAMPAI.test(t);
  let m = t.match(POLA_TRIWULAN);
  if (m) return { jenis: 'triwulan', ke: URUTAN[m[1]], sampai };
  m = t.match(POLA_SEMESTER);
  if (m) return { jenis: 'semester', ke: URUTAN[m[1]], sampai };
  for (const kata of t.split(/[^a-z]+/)) {
    const bulan = NOMOR_BULAN.get(kata);
    // A lone three-letter word is a month only in a short header ("Jan", "s.d. Mar").
    if (bulan !== undefined && (kata.length > 3 || t.length <= 12))
      return { jenis: 'bulan', ke: bulan, sampai };
  }
  return undefined;
}

/**
 * The period of a column from its header path. A Roman numeral or digit alone
 * is a quarter when a cell above it speaks of quarters ("Realisasi Kinerja Pada
 * Triwulan" over "I", "II", ...).
 */
export function periodeJalur(jalur: readonly string[]): Periode | undefined {
  let hasil: Periode | undefined;
  let triwulanDiAtas = false;
  let sampai = false;
  for (const sel of jalur) {
    const t = bersih(sel);
    if (POLA_SAMPAI.test(t)) sampai = true;
    const p = periodeTeks(sel);
    if (p) hasil = p;
    else if (triwulanDiAtas && /^(iv|iii|ii|i|[1-4])\.?$/.test(t))
      hasil = {
        jenis: 'triwulan',
        ke: ROMAWI[t.replace('.', '')] ?? Number(t.replace('.', '')),
        sampai: false,
      };
    if (/\b(triwulan|tw)\b/.test(t)) triwulanDiAtas = true;
  }
  if (hasil && sampai) hasil.sampai = true;
  return hasil;
}

/** "TW II", "s.d. Juni": how a period is written for the user. */
export function teksPeriode(p: Periode): string {
  const nama =
    p.jenis === 'triwulan'
      ? `TW ${['I', 'II', 'III', 'IV'][p.ke - 1]}`
      : p.jenis === 'semester'
        ? `Semester ${p.ke === 1 ? 'I' : 'II'}`
        : BULAN[p.ke - 1][0].replace(/^./, (c) => c.toUpperCase());
  return p.sampai ? `s.d. ${nama}` : nama;
}
