import type { Skala } from '../domain/kategori';
import { bulatkan } from '../domain/pembulatan';
import { kunciTeks } from '../domain/teks';
import { kenaliMilik } from '../sheet/milik';
import { alamat, hurufKolom, KOLOM_TERAKHIR, type PembacaGrid } from '../sheet/grid';
import type { KolomMilik, Tabel } from '../sheet/model';
import type { PeranKolom } from '../sheet/peran';
import type { Temuan } from './hasil';
import {
  AWALAN_CATATAN,
  type AturanWarna,
  type BlokEdit,
  type GabungEdit,
  type RencanaEdit,
  type SelEdit,
} from './rencana';
import { BATAS_RUMUS, melampauiBatasRumus } from './rumus-excel';

/**
 * Where the computed columns go, and the plan that writes them.
 * A column is reused when its header is Capaian's and its cells hold what
 * this run computes (so a second run changes nothing); a user's column of
 * the same meaning is filled only when it is empty; otherwise a new column
 * is placed in the first free column to the right of the table. A column
 * crossing a merged area is never free (its cells would be hidden).
 */

/** Address of an owned cell, known only once the columns are placed. */
export type AlamatMilik = (milik: KolomMilik, baris: number) => string;

/** A computed cell; formulas that refer to other computed cells are made after placement. */
export interface SelKeluaran extends SelEdit {
  rumusNanti?: (a: AlamatMilik) => string;
}

/** A computed column of a table, before placement. */
export interface KolomKeluaran {
  milik: KolomMilik;
  judul: string;
  format?: string;
  /** Cells by sheet row. */
  sel: Map<number, SelKeluaran>;
}

/**
 * A summary row just below a table (the IKM of the unit): the owned columns'
 * cells of that row, written only while the row holds nothing else.
 */
export interface BarisRingkas {
  baris: number;
}

const PERAN_SETARA: Partial<Record<KolomMilik, PeranKolom>> = {
  capaian: 'capaian',
  ikm: 'ikm',
  kategori: 'kategori',
  serapan: 'serapan',
  sisa: 'sisa',
  efisiensi: 'efisiensi',
};

function sama(ada: unknown, harap: number | string | null): boolean {
  const kosong = (v: unknown) => v === null || v === undefined || v === '';
  if (kosong(ada) || kosong(harap)) return kosong(ada) && kosong(harap);
  if (typeof harap === 'number' && typeof ada === 'number') {
    return (
      Math.abs(ada - harap) <= 1e-6 * Math.max(1, Math.abs(harap)) ||
      bulatkan(ada, 2) === bulatkan(harap, 2)
    );
  }
  return String(ada).trim() === String(harap).trim();
}

/**
 * True when the cell lies in a merged area of more than one cell: what is
 * written there is hidden under the merge (only its top-left shows, and a
 * next run reads only that), so no column is placed through one.
 */
function dalamGabungan(p: PembacaGrid, b: number, c: number): boolean {
  if (p.tertutupGabungan(b, c)) return true;
  return indukDi(p, b, c + 1, b, c) || indukDi(p, b + 1, c, b, c);
}

/** True when cell (bb, cc) is covered by a merge whose top-left is (b, c); asked of every row: no allocation when not. */
function indukDi(p: PembacaGrid, bb: number, cc: number, b: number, c: number): boolean {
  if (!p.tertutupGabungan(bb, cc)) return false;
  const [ib, ic] = p.indukGabungan(bb, cc);
  return ib === b && ic === c;
}

interface Penempatan {
  kolom: number;
  /** Write the header cell (false when a user's empty column is filled). */
  tulisJudul: boolean;
  /** Clear stale cells of a reused column. */
  bersihkan: boolean;
  /** A new column that had to go into a hidden one: every column to the right is hidden. */
  tersembunyi?: boolean;
}

function tempatkan(
  tabel: Tabel,
  keluaran: KolomKeluaran[],
  p: PembacaGrid,
): Map<KolomMilik, Penempatan> {
  const hasil = new Map<KolomMilik, Penempatan>();
  const terpakai = new Set<number>();
  const barisData = (k: KolomKeluaran) => [...k.sel.keys()];
  for (const k of keluaran) {
    // Our column again: each cell holds what we would write, or nothing yet (a column the user
    // headed with our title and left empty, or a formula whose cached result was not stored).
    const cocok = (b: number, c: number) =>
      sama(p.nilai(b, c), k.sel.get(b)!.nilai) || p.kosong(b, c);
    // (Written as values, our column reads as the user's: the same title and contents say it is ours.)
    const calon = tabel.kolom.find(
      (c) =>
        !terpakai.has(c.kolom) &&
        (c.milik === k.milik || (!c.milik && kenaliMilik(c.judul) === k.milik)) &&
        kunciTeks(c.judul) === kunciTeks(k.judul) &&
        barisData(k).every((b) => cocok(b, c.kolom)),
    );
    if (calon) {
      hasil.set(k.milik, { kolom: calon.kolom, tulisJudul: true, bersihkan: true });
      terpakai.add(calon.kolom);
      continue;
    }
    const setara = PERAN_SETARA[k.milik];
    const tahun = k.judul.match(/\d{4}/)?.[0];
    const kosong = tabel.kolom.find(
      (c) =>
        !terpakai.has(c.kolom) &&
        !c.milik &&
        c.peran === setara &&
        !p.kolomTersembunyi(c.kolom) &&
        (tahun === undefined || c.tahun === Number(tahun)) &&
        tabel.baris.every((b) => p.kosong(b.baris, c.kolom) && !dalamGabungan(p, b.baris, c.kolom)),
    );
    if (kosong) {
      hasil.set(k.milik, { kolom: kosong.kolom, tulisJudul: false, bersihkan: false });
      terpakai.add(kosong.kolom);
    }
  }
  const bebas = (c: number) => {
    if (terpakai.has(c)) return false;
    for (let b = tabel.barisJudulAwal; b <= tabel.barisAkhir; b++)
      if (!p.kosong(b, c) || dalamGabungan(p, b, c)) return false;
    return true;
  };
  // New columns go into the first free columns the user can see; a column the user hid would
  // hide what is written there. Only when every column to the right is hidden does one take them.
  let berikut = tabel.kolomAkhir + 1;
  for (const k of keluaran) {
    if (hasil.has(k.milik)) continue;
    let c = berikut;
    while (c <= KOLOM_TERAKHIR && (p.kolomTersembunyi(c) || !bebas(c))) c++;
    const tersembunyi = c > KOLOM_TERAKHIR;
    if (tersembunyi) for (c = berikut; !bebas(c);) c++;
    hasil.set(k.milik, { kolom: c, tulisJudul: true, bersihkan: false, tersembunyi });
    terpakai.add(c);
    berikut = c + 1;
  }
  return hasil;
}

/**
 * A formula Excel would refuse (too long, too deeply nested, a text in it
 * over 255 characters, as a long kategori label makes) is written as its
 * value, with a note saying why.
 */
export function dalamBatasExcel(s: SelEdit): void {
  if (!s.rumus) return;
  const alasan = melampauiBatasRumus(s.rumus);
  if (!alasan) return;
  delete s.rumus;
  s.catatan = `${AWALAN_CATATAN}: ${alasan}, maka ditulis sebagai nilai.`;
}

/**
 * The summary row's number when it holds nothing of the user's: every cell of
 * the table's columns empty and unmerged, the owned columns empty or holding
 * what this run writes there (a second run).
 */
function barisRingkasBebas(
  r: BarisRingkas | undefined,
  tabel: Tabel,
  kolom: KolomKeluaran[],
  letak: Map<KolomMilik, Penempatan>,
  p: PembacaGrid,
): number | undefined {
  if (!r) return undefined;
  const milik = new Map(kolom.map((k) => [letak.get(k.milik)!.kolom, k.sel.get(r.baris)]));
  const akhir = Math.max(tabel.kolomAkhir, ...milik.keys());
  for (let c = tabel.kolomAwal; c <= akhir; c++) {
    if (dalamGabungan(p, r.baris, c)) return undefined;
    const kita = milik.get(c);
    if (!p.kosong(r.baris, c) && !(kita && sama(p.nilai(r.baris, c), kita.nilai))) return undefined;
  }
  return r.baris;
}

/** A computed cell as written: its late formula made, within Excel's limits, a finite number. */
function selTulis(s: SelKeluaran, k: KolomKeluaran, alamatMilik: AlamatMilik): SelEdit {
  // The computed cell becomes the written one (the computed columns are not kept after the plan);
  // only a cell with a late formula is copied, to leave that function behind.
  let keluar: SelEdit = s;
  if (s.rumusNanti) {
    const { rumusNanti, ...tanpa } = s;
    keluar = { ...tanpa, rumus: rumusNanti(alamatMilik) };
  }
  dalamBatasExcel(keluar);
  // A cell holds no infinity: beyond Excel's numbers the cell stays empty (the formula shows Excel's own result).
  if (typeof keluar.nilai === 'number' && !Number.isFinite(keluar.nilai)) keluar.nilai = '';
  if (!keluar.format && k.format) keluar.format = k.format;
  return keluar;
}

/**
 * More cells than this in one column written as values for one reason: one
 * note for the column instead of one per cell.
 */
export const BATAS_CATATAN_SEL = 10;

/** "10-12, 15, 20-30" of sorted row numbers; past `maks` runs, how many more. */
function rentangBaris(baris: number[], maks = 4): string {
  const runs: string[] = [];
  for (let i = 0; i < baris.length;) {
    let j = i;
    while (j + 1 < baris.length && baris[j + 1] === baris[j] + 1) j++;
    runs.push(j > i ? `${baris[i]}-${baris[j]}` : `${baris[i]}`);
    i = j + 1;
  }
  return runs.length > maks
    ? `${runs.slice(0, maks).join(', ')} dan ${runs.length - maks} rentang lain`
    : runs.join(', ');
}

/**
 * One note per column where many of its cells are values for the same
 * reason (amounts stored as text make every row a value): a red corner on
 * thousands of cells says nothing one note on the column does not, and
 * hides the few notes that matter. The note goes on the column's header
 * cell when Capaian writes it, else on the first of those cells; it says
 * how many cells, which rows, and why. A few such cells keep a note each,
 * pointing at exactly those cells.
 */
export function ringkasCatatan(sel: (SelEdit | null)[], atas: number, judul: boolean): void {
  const awalan = `${AWALAN_CATATAN}: `;
  const kelompok = new Map<string, number[]>();
  sel.forEach((r, i) => {
    const c = r?.catatan;
    if (!c?.startsWith(awalan)) return;
    const daftar = kelompok.get(c);
    if (daftar) daftar.push(i);
    else kelompok.set(c, [i]);
  });
  const ringkas: string[] = [];
  for (const [teks, daftar] of kelompok) {
    if (daftar.length <= BATAS_CATATAN_SEL) continue;
    for (const i of daftar) delete sel[i]!.catatan;
    const alasan = teks
      .slice(awalan.length)
      .replace(/\.$/, '')
      .replace(/, maka ditulis sebagai nilai$/, '');
    const bagian = `${daftar.length.toLocaleString('id-ID')} sel kolom ini (baris ${rentangBaris(daftar.map((i) => atas + i))}) ditulis sebagai nilai, bukan rumus: ${alasan}.`;
    if (judul && sel[0]) ringkas.push(bagian);
    else sel[daftar[0]]!.catatan = `${awalan}${bagian}`;
  }
  if (ringkas.length) sel[0]!.catatan = `${awalan}${ringkas.join(' ')}`;
}

/** Build the edit plan of all tables. */
export function susunRencana(
  daftar: {
    tabel: Tabel;
    kolom: KolomKeluaran[];
    pembaca: PembacaGrid;
    skala?: Skala;
    ringkas?: BarisRingkas;
  }[],
  skalaBuku: Skala,
  temuan: Temuan[],
): RencanaEdit {
  const blok: KolomEdit[] = [];
  const warna: AturanWarna[] = [];
  const gabung: GabungEdit[] = [];
  for (const { tabel, kolom, pembaca, skala = skalaBuku, ringkas } of daftar) {
    if (kolom.length === 0) continue;
    const letak = tempatkan(tabel, kolom, pembaca);
    const bawah = barisRingkasBebas(ringkas, tabel, kolom, letak, pembaca) ?? tabel.barisAkhir;
    const alamatMilik: AlamatMilik = (milik, baris) => {
      const l = letak.get(milik);
      if (!l) throw new Error(`kolom ${milik} belum ditempatkan`);
      return alamat(baris, l.kolom);
    };
    const kolomGaya = Math.max(...tabel.kolom.filter((c) => !c.milik).map((c) => c.kolom));
    const atas = tabel.barisJudulAwal;
    for (const k of kolom) {
      const l = letak.get(k.milik)!;
      const sel: (SelEdit | null)[] = [];
      for (let b = atas; b <= bawah; b++) {
        if (b <= tabel.barisJudulAkhir) {
          sel.push(b === atas && l.tulisJudul ? { nilai: k.judul } : null);
          continue;
        }
        const s = k.sel.get(b);
        if (s) sel.push(selTulis(s, k, alamatMilik));
        else sel.push(l.bersihkan && !pembaca.kosong(b, l.kolom) ? { nilai: null } : null);
      }
      ringkasCatatan(sel, atas, l.tulisJudul);
      const b: KolomEdit = { sheet: tabel.sheet, baris: atas, kolom: l.kolom, sel, peran: k.milik };
      if (l.tulisJudul && !tabel.kolom.some((c) => c.kolom === l.kolom))
        b.gayaDariKolom = kolomGaya;
      blok.push(b);
      if (l.tulisJudul && tabel.barisJudulAkhir > atas) {
        gabung.push({
          sheet: tabel.sheet,
          baris1: atas,
          baris2: tabel.barisJudulAkhir,
          kolom: l.kolom,
          gayaDariKolom: kolomGaya,
        });
      }
      if (k.milik === 'kategori') {
        warna.push({
          sheet: tabel.sheet,
          kolom: l.kolom,
          baris1: tabel.barisJudulAkhir + 1,
          baris2: tabel.barisAkhir,
          // A colour rule compares with its label in quotes: a label Excel cannot hold gets none.
          aturan: skala.kelas
            .filter((c) => c.label.length <= BATAS_RUMUS.teks)
            .map((c) => ({ label: c.label, warna: c.warna })),
        });
      }
      if (l.tersembunyi) {
        temuan.push({
          sheet: tabel.sheet,
          sel: alamat(atas, l.kolom),
          kode: 'kolom-tersembunyi',
          tingkat: 'warning',
          pesan: `kolom "${k.judul}" ditulis di kolom ${hurufKolom(l.kolom)} yang tersembunyi, karena semua kolom di kanan tabel disembunyikan; tampilkan kolomnya (klik kanan judul kolom > Unhide) untuk melihat hasilnya`,
        });
      }
      if (!l.tulisJudul) {
        temuan.push({
          sheet: tabel.sheet,
          sel: alamat(tabel.barisJudulAkhir, l.kolom),
          kode: 'kolom-diisi',
          tingkat: 'info',
          pesan: `kolom "${tabel.kolom.find((c) => c.kolom === l.kolom)?.judul}" kosong dan diisi oleh Capaian`,
        });
      }
    }
  }
  return { blok: gabungBlok(blok), warna, gabung };
}

/** One written column of a table, before adjacent ones are joined into blocks. */
type KolomEdit = Omit<BlokEdit, 'sel'> & { sel: (SelEdit | null)[] };

/** Columns side by side over the same rows become one block (fewer writes), each row made once. */
function gabungBlok(kolom: KolomEdit[]): BlokEdit[] {
  const hasil: BlokEdit[] = [];
  for (let i = 0; i < kolom.length;) {
    const a = kolom[i];
    let j = i + 1;
    while (j < kolom.length && sebelah(kolom[j - 1], kolom[j])) j++;
    const deret = kolom.slice(i, j);
    const sel = a.sel.map((_, y) => deret.map((k) => k.sel[y]));
    const peran = deret.map((k) => k.peran).join('+');
    hasil.push({ ...a, sel, peran });
    i = j;
  }
  return hasil;
}

/** Column `b` continues block column `a`: the next column, the same rows, the same look. */
function sebelah(a: KolomEdit, b: KolomEdit): boolean {
  return (
    a.sheet === b.sheet &&
    a.baris === b.baris &&
    a.sel.length === b.sel.length &&
    a.kolom + 1 === b.kolom &&
    a.gayaDariKolom === b.gayaDariKolom
  );
}
