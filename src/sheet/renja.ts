import { rapikanTeks } from '../domain/teks';
import type { PembacaGrid } from './grid';
import type { BarisTabel, Keyakinan, KolomTabel } from './model';
import { PERAN_DIBACA, type PeranKolom } from './peran';
import { barisDijumlah } from './rumus-jumlah';
import { tingkatAnggaran } from './hierarki';
import { adaNilai, labelTotal } from './tingkat';

/**
 * Tables whose column groups each split into a kinerja (K) and a money (Rp)
 * sub-column: the Permendagri 86/2017 "Evaluasi terhadap Hasil Renja" form
 * (target Renstra, realisasi up to last year, this year's target, realisasi
 * per quarter, this year's realisasi, realisasi up to this year, capaian
 * against the Renstra) and the forms built on it. The group says what a
 * figure is, the sub-column whether it is kinerja or Rupiah.
 */

type Sisi = 'K' | 'Rp' | '%';

/** What a sub-column's own header says: "K", "Kinerja", "Rp.", "Rp", "%". */
export function sisiDaun(daun: string | undefined): Sisi | undefined {
  if (daun === undefined) return undefined;
  const t = rapikanTeks(daun)
    .toLowerCase()
    .replace(/[().\s]/g, '');
  if (t === 'k' || t === 'kinerja' || t === 'output' || t === 'outcome') return 'K';
  if (t === 'rp' || t === 'rupiah' || t === 'anggaran' || t === 'rpjuta') return 'Rp';
  if (t === '%' || t === 'persen') return '%';
  return undefined;
}

type Kelompok =
  | 'targetAkhir'
  | 'realisasiLalu'
  | 'target'
  | 'realisasiPeriode'
  | 'realisasi'
  | 'realisasiKumulatif'
  | 'capaianAkhir'
  | 'capaian';

/** The figure a group header names, from its words. */
function kelompok(teks: string, adaPeriode: boolean): Kelompok | undefined {
  const t = rapikanTeks(teks).toLowerCase();
  const sampai = /\bs\s*[./]?\s*d\b|sampai dengan/.test(t);
  const renstra = /renstra|akhir periode|jangka menengah/.test(t);
  if (/tingkat capaian/.test(t) || (/capaian/.test(t) && !/realisasi/.test(t)))
    return renstra || sampai ? 'capaianAkhir' : 'capaian';
  if (/target|rencana/.test(t)) return renstra ? 'targetAkhir' : 'target';
  if (adaPeriode && /realisasi/.test(t)) return 'realisasiPeriode';
  if (/realisasi/.test(t)) {
    if (/tahun lalu|\blalu\b|sebelumnya/.test(t)) return 'realisasiLalu';
    if (sampai) return 'realisasiKumulatif';
    return 'realisasi';
  }
  return undefined;
}

const PERAN: Record<Kelompok, Partial<Record<Sisi, PeranKolom>>> = {
  targetAkhir: { K: 'targetAkhir', Rp: 'paguAkhir' },
  realisasiLalu: { K: 'realisasiLalu', Rp: 'realisasiAnggaranLalu' },
  target: { K: 'target', Rp: 'pagu' },
  realisasiPeriode: { K: 'realisasi', Rp: 'realisasiAnggaran' },
  realisasi: { K: 'realisasi', Rp: 'realisasiAnggaran' },
  realisasiKumulatif: { K: 'realisasiKumulatif', Rp: 'realisasiAnggaranKumulatif' },
  capaianAkhir: { K: 'capaianAkhir', Rp: 'serapanAkhir' },
  capaian: { K: 'capaian', Rp: 'serapan' },
};

/** The group text of a column: its path above the side ("K", "Rp"), or its whole header. */
function teksKelompok(k: KolomTabel): string | undefined {
  if (k.blok && sisiDaun(k.jalur?.[k.jalur.length - 1])) return k.blok;
  return k.blok && k.periode ? k.blok : k.judul;
}

/**
 * The Renja evaluation form without Rp sub-columns: its groups by their words
 * alone — the Renstra's end target, realisasi up to last year, quarters, this
 * year's and up to this year's realisasi — at least four of them.
 */
function tabelRenjaKinerja(kolom: KolomTabel[]): boolean {
  const ada = new Set<Kelompok>();
  for (const k of kolom) {
    if (k.milik || sisiDaun(k.jalur?.[k.jalur.length - 1])) continue;
    const g = kelompok(teksKelompok(k) ?? '', k.periode !== undefined);
    if (g) ada.add(g);
  }
  return (
    ada.size >= 4 &&
    ada.has('targetAkhir') &&
    (ada.has('realisasiLalu') || ada.has('realisasiKumulatif')) &&
    (ada.has('realisasiPeriode') || ada.has('realisasi'))
  );
}

/** Two groups or more split into K and Rp, or the kinerja-only form: a table of this kind. */
export function tabelKinerjaAnggaran(kolom: KolomTabel[]): boolean {
  return tabelKRp(kolom) || tabelRenjaKinerja(kolom);
}

function tabelKRp(kolom: KolomTabel[]): boolean {
  const kelompokK = new Set<string>();
  const kelompokRp = new Set<string>();
  for (const k of kolom) {
    const sisi = sisiDaun(k.jalur?.[k.jalur.length - 1]);
    if (!k.blok) continue;
    if (sisi === 'K') kelompokK.add(k.blok);
    if (sisi === 'Rp') kelompokRp.add(k.blok);
  }
  return [...kelompokK].filter((b) => kelompokRp.has(b)).length >= 2;
}

/**
 * Roles of the K, Rp and % sub-columns from their group and side. Of two
 * groups of realisasi up to a year, the earlier year is last year's.
 */
export function peranKinerjaAnggaran(kolom: KolomTabel[]): void {
  const kelompokKolom = new Map<KolomTabel, Kelompok>();
  for (const k of kolom) {
    const teks = k.milik ? undefined : teksKelompok(k);
    const g = teks ? kelompok(teks, k.periode !== undefined) : undefined;
    if (g) kelompokKolom.set(k, g);
  }
  const tahunKumulatif = [...kelompokKolom]
    .filter(([, g]) => g === 'realisasiKumulatif')
    .map(([k]) => k.tahun)
    .filter((t): t is number => t !== undefined);
  const terakhir = Math.max(...tahunKumulatif);
  for (const k of kolom) {
    let g = kelompokKolom.get(k);
    if (!g) continue;
    // A column without a K / Rp sub-header is kinerja (the form without money).
    const sisi = sisiDaun(k.jalur?.[k.jalur.length - 1]) ?? 'K';
    if (g === 'realisasiKumulatif' && k.tahun !== undefined && k.tahun < terakhir)
      g = 'realisasiLalu';
    k.peran = (g && PERAN[g][sisi]) ?? 'lain';
  }
}

/**
 * Which rows each row sums, by the formulas of its cells. Every column with a
 * plain sum proposes a set of rows; of these readings the one under which the
 * most of the row's stated figures equal the sums of their rows wins (then
 * the larger set, then the one most columns write). A column that adds a row
 * of another urusan is then a mistake to report, not the hierarchy; a column
 * that adds rows the others leave out because they hold zeros is no mistake.
 * Indices in `baris`, for rows that sum others.
 */
export function anakDariRumus(
  baris: BarisTabel[],
  p: PembacaGrid,
  kolom: KolomTabel[],
): Map<number, number[]> {
  const indeks = new Map(baris.map((b, i) => [b.baris, i]));
  const dibaca = kolom.filter((k) => PERAN_DIBACA.has(k.peran));
  const angka = (i: number, c: number) => {
    const v = p.nilai(baris[i].baris, c);
    return typeof v === 'number' ? v : undefined;
  };
  const hasil = new Map<number, number[]>();
  baris.forEach((b, i) => {
    const suara = new Map<string, number>();
    for (const k of dibaca) {
      const r = p.rumus(b.baris, k.kolom);
      const daftar = r ? barisDijumlah(r, k.kolom) : undefined;
      if (!daftar) continue;
      const anak = daftar.map((x) => indeks.get(x)).filter((x): x is number => x !== undefined);
      if (anak.length === 0 || anak.length !== daftar.length) continue;
      const kunci = anak.join(',');
      suara.set(kunci, (suara.get(kunci) ?? 0) + 1);
    }
    const skor = (anak: number[]) =>
      dibaca.filter((k) => {
        const t = angka(i, k.kolom);
        if (t === undefined) return false;
        const j = anak.reduce((a, x) => a + (angka(x, k.kolom) ?? 0), 0);
        return Math.abs(t - j) < 1;
      }).length;
    const calon = [...suara].map(([kunci, n]) => {
      const anak = kunci.split(',').map(Number);
      return { anak, n, skor: suara.size > 1 ? skor(anak) : 0 };
    });
    calon.sort((x, y) => y.skor - x.skor || y.anak.length - x.anak.length || y.n - x.n);
    if (calon[0]) hasil.set(i, calon[0].anak);
  });
  return hasil;
}

/**
 * Levels of a Renja form's rows: the hierarchy its sum formulas state; names
 * beginning "Program" are programs, the rows under a program its kegiatan and
 * their sub kegiatan, rows over programs urusan and bidang. A row summing rows
 * above it is a total. Without formulas, names and indentation are all there is.
 */
export function tingkatRenja(
  baris: BarisTabel[],
  p: PembacaGrid,
  kolom: KolomTabel[],
  kolomPeran: Map<PeranKolom, KolomTabel[]>,
): Keyakinan {
  const anak = anakDariRumus(baris, p, kolom);
  // Without sum formulas, codes (when the form has them) say the hierarchy.
  const hasil =
    anak.size === 0 && baris.some((b) => b.kode)
      ? tingkatAnggaran(baris, kolomPeran)
      : tingkatDariRumus(baris, anak);
  // A row naming only its sasaran is a heading, never a program's parent.
  const sasaran = new Set<number>();
  baris.forEach((b, i) => {
    if (b.sasaran && b.uraian === b.sasaran && !adaNilai(b)) {
      b.tingkat = 'sasaran';
      delete b.induk;
      sasaran.add(i);
    }
  });
  for (const b of baris) if (b.induk !== undefined && sasaran.has(b.induk)) delete b.induk;
  // "Perangkat Daerah : Dinas ..." over the form's rows names the office, never a program.
  for (const b of baris) if (POLA_UNIT.test(b.uraian) && !adaNilai(b)) b.tingkat = 'organisasi';
  return hasil;
}

const POLA_UNIT = /^\s*(perangkat\s+daerah|unit\s+kerja|skpd|opd|organisasi)\s*:/i;

function tingkatDariRumus(baris: BarisTabel[], anak: Map<number, number[]>): Keyakinan {
  for (const [i, daftar] of anak) {
    if (daftar.every((j) => j < i)) {
      baris[i].tingkat = 'total';
      baris[i].jenisTotal = 'jumlah';
      baris[i].jumlahDari = daftar;
      continue;
    }
    for (const j of daftar) if (j > i && baris[j].induk === undefined) baris[j].induk = i;
  }
  const program = baris.map((b) => /^prog(ram|\.)/i.test(b.uraian));
  const kedalamanDari = (i: number): number => {
    let d = 0;
    for (let x = baris[i].induk; x !== undefined; x = baris[x].induk) d++;
    return d;
  };
  baris.forEach((b, i) => {
    if (b.tingkat === 'total') return;
    const total = labelTotal(b);
    if (total) {
      b.tingkat = 'total';
      b.jenisTotal = total;
      return;
    }
    if (program[i]) {
      b.tingkat = 'program';
      b.program = b.uraian;
      return;
    }
    // Under a program: kegiatan, then sub kegiatan.
    let d = 0;
    for (let x = b.induk; x !== undefined; x = baris[x].induk, d++) {
      if (!program[x]) continue;
      b.tingkat = d === 0 ? 'kegiatan' : 'sub-kegiatan';
      b.program = baris[x].uraian;
      return;
    }
    const adaProgramDiBawah = program.some((ya, j) => ya && j > i && indukDari(baris, j, i));
    b.tingkat = adaProgramDiBawah ? 'urusan' : kedalamanDari(i) === 0 ? 'program' : 'kegiatan';
  });
  return {
    pasti: true,
    tebakan:
      anak.size === 0
        ? ['susunan program dan kegiatan tanpa rumus jumlah: dibaca dari namanya']
        : [],
  };
}

/** Row `j` lies under row `i`. */
function indukDari(baris: BarisTabel[], j: number, i: number): boolean {
  for (let x = baris[j].induk; x !== undefined; x = baris[x].induk) if (x === i) return true;
  return false;
}
