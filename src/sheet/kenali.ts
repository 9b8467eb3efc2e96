import { kunciTeks } from '../domain/teks';
import { alamatRentang, PembacaGrid, type Grid } from './grid';
import { kenaliMilik } from './milik';
import type { JenisTabel, KolomTabel, Tabel } from './model';
import { bacaAngka } from '../domain/angka';
import { PERAN_ANGGARAN, PERAN_NAMA, PERAN_NILAI, tahunDalam, type PeranKolom } from './peran';
import { bacaPolaritas, peran, peranJalur, POLA_CATATAN, POLA_KODE, POLA_UNSUR } from './pola';
import {
  barisKosong,
  barisNomorKolom,
  bisaJudul,
  calonJudul,
  cariJudulTabel,
  peranBaris,
  selBaris,
  barisSatuan,
  jalurJudulKolom,
  type KonteksTabel,
} from './kepala';
import { bangunBaris } from './baris';
import { jenisBarisTotal } from './tingkat';
import { geserKeAngka, pilihBlokAnggaran } from './blok';
import { periodeJalur } from './periode';
import { peranKinerjaAnggaran, tabelKinerjaAnggaran } from './renja';

export { bacaPolaritas, namaTampakNegatif } from './pola';
export { jenisBarisTotal } from './tingkat';

/**
 * Find the standard tables of DOMAIN.md section 7 in a grid: header blocks
 * of one to four rows (merged group headers included), column roles, data
 * rows with their levels, totals, and the noise real sheets carry.
 * Linear in the number of cells.
 */

/** Recognise every table of a grid, top to bottom. */
export function kenaliTabel(grid: Grid): Tabel[] {
  const p = new PembacaGrid(grid);
  const tabel: Tabel[] = [];
  let baris = grid.barisAwal;
  let batasAtas = grid.barisAwal;
  while (baris <= p.barisAkhir) {
    // Rows under a header whose table has nothing to compute (a list of problems and solutions)
    // are that table's rows, never the header of another.
    const ditolak = { sampai: 0 };
    const baru = calonJudul(p, baris)
      ? bagianBaris(p, baris)
          .map(([awal, akhir]) => bangunTabel(p, baris, batasAtas, awal, akhir, ditolak))
          .filter((t): t is Tabel => t !== undefined)
      : [];
    if (baru.length === 0 && ditolak.sampai > baris) {
      baris = ditolak.sampai + 1;
      batasAtas = baris;
    } else if (baru.length > 0) {
      for (const t of baru) {
        if (grid.lembarTersembunyi) t.lembarTersembunyi = true;
        tabel.push(t);
      }
      baris = Math.max(...baru.map((t) => t.barisAkhir)) + 1;
      batasAtas = baris;
    } else {
      baris++;
    }
  }
  return tabel;
}

/**
 * Tables side by side on the same rows (a scale legend beside the indicator
 * table): the header row splits at columns blank in it and in the rows below,
 * when each part can stand as a table of its own (names or codes, or a scale).
 * Otherwise the row is one table.
 */
function bagianBaris(p: PembacaGrid, baris: number): [number, number][] {
  const semua: [number, number] = [p.grid.kolomAwal, p.kolomAkhir];
  const kosongSemua = (c: number) => {
    for (let b = baris; b <= Math.min(p.barisAkhir, baris + 5); b++)
      if (!p.kosong(b, c)) return false;
    return true;
  };
  const bagian: [number, number][] = [];
  let awal: number | undefined;
  for (let c = p.grid.kolomAwal; c <= p.kolomAkhir + 1; c++) {
    const pemisah = c > p.kolomAkhir || kosongSemua(c);
    if (!pemisah && awal === undefined) awal = c;
    if (pemisah && awal !== undefined) {
      bagian.push([awal, c - 1]);
      awal = undefined;
    }
  }
  const berdiri = ([a, z]: [number, number]) => {
    if (!calonJudul(p, baris, a, z)) return false;
    const r = peranBaris(p, baris, a, z);
    return (
      [...r].some((x) => PERAN_NAMA.includes(x) || x === 'kode') ||
      (r.has('rentangSkala') && r.has('kategori'))
    );
  };
  const berisi = bagian.filter(([a, z]) => {
    for (let c = a; c <= z; c++) if (!p.kosong(baris, c)) return true;
    return false;
  });
  return berisi.length > 1 && berisi.every(berdiri) ? berisi : [semua];
}

/** A table's header block: its rows and columns, and the rows under it that are not data. */
interface BlokJudul {
  atas: number;
  bawah: number;
  kolomAwal: number;
  kolomAkhir: number;
  barisJudul: number[];
  /** Rows inside the table that are not data (column numbers, repeated headers). */
  dilewati: number[];
  /** The first row after the header and its column numbers. */
  baris: number;
}

function bangunTabel(
  p: PembacaGrid,
  barisCalon: number,
  batasAtas: number,
  batasKiri: number,
  batasKanan: number,
  ditolak: { sampai: number },
): Tabel | undefined {
  const blok = blokJudul(p, barisCalon, batasAtas, batasKiri, batasKanan);
  const { atas, bawah, barisJudul, dilewati } = blok;
  let { kolomAkhir } = blok;
  const kolomAwal = blok.kolomAwal;
  const jalur = jalurJudulKolom(p, barisJudul, kolomAwal, kolomAkhir);
  const kolom = kolomDariJalur(jalur, kolomAwal);
  const judulTabel = cariJudulTabel(p, atas, batasAtas, kolomAwal, kolomAkhir);
  const barisData = cariBarisData(p, blok, jalur, kolom, judulTabel);
  if (barisData.length === 0) return undefined;

  kolomAkhir = geserKeAngka(kolom, p, barisData, kolomAkhir, (r) =>
    PERAN_NILAI.has(r as PeranKolom),
  );
  // Kinerja and Rupiah per group (the Renja evaluation form): the group and the side decide.
  const kinerjaAnggaran = tabelKinerjaAnggaran(kolom);
  if (kinerjaAnggaran) peranKinerjaAnggaran(kolom);
  bedakanMilik(kolom, p, barisData);
  const tebakan = sesuaikanPeran(kolom, p, barisData, kinerjaAnggaran);
  const jenis = kinerjaAnggaran ? 'renja' : tentukanJenis(kolom);
  if (!jenis) {
    ditolak.sampai = Math.max(ditolak.sampai, barisData[barisData.length - 1]);
    return undefined;
  }
  const tahunJudul = kolom
    .filter((k) => k.peran === 'target' || k.peran === 'realisasi' || k.peran === 'capaian')
    .map((k) => k.tahun)
    .filter((t): t is number => t !== undefined);
  const tahun = tahunJudul.length
    ? Math.max(...tahunJudul)
    : judulTabel
      ? tahunDalam(judulTabel)
      : undefined;
  const barisAkhir = barisData[barisData.length - 1];
  const tabel: Tabel = {
    id: `${p.grid.sheet}!${alamatRentang(atas, kolomAwal, barisAkhir, kolomAkhir)}`,
    sheet: p.grid.sheet,
    jenis,
    barisJudulAwal: atas,
    barisJudulAkhir: bawah,
    barisAkhir,
    kolomAwal,
    kolomAkhir,
    kolom,
    baris: [],
    dilewati,
  };
  if (judulTabel) tabel.judul = judulTabel;
  if (tahun !== undefined) tabel.tahun = tahun;
  tabel.keyakinan = { pasti: tebakan.length === 0, tebakan };
  tabel.baris = bangunBaris(p, tabel, barisData);
  if (potongSetelahJumlah(tabel))
    tabel.id = `${p.grid.sheet}!${alamatRentang(atas, kolomAwal, tabel.barisAkhir, kolomAkhir)}`;
  return tabel;
}

/**
 * The header block around a candidate header row: up to four rows up and
 * down, its column span widened by the header's own cells, a row of units
 * some forms put under the column numbers.
 */
function blokJudul(
  p: PembacaGrid,
  barisCalon: number,
  batasAtas: number,
  batasKiri: number,
  batasKanan: number,
): BlokJudul {
  // Column span of the header: the candidate row's extent, widened by merges.
  let kolomAwal = Infinity;
  let kolomAkhir = -Infinity;
  for (let c = batasKiri; c <= batasKanan; c++) {
    if (!p.kosong(barisCalon, c)) {
      kolomAwal = Math.min(kolomAwal, c);
      kolomAkhir = Math.max(kolomAkhir, c);
    }
  }
  // Header block: up to four rows, up and down from the candidate.
  let atas = barisCalon;
  let bawah = barisCalon;
  while (
    atas - 1 >= batasAtas &&
    bawah - atas < 3 &&
    bisaJudul(p, atas - 1, kolomAwal, kolomAkhir)
  ) {
    // Roles anywhere in the row: "Kode" and "Uraian" may stand left of the figures' span.
    const r = bisaJudul(p, atas - 1, batasKiri, batasKanan)
      ? peranBaris(p, atas - 1, batasKiri, batasKanan)
      : peranBaris(p, atas - 1, kolomAwal, kolomAkhir);
    const sel = [];
    for (let c = kolomAwal; c <= kolomAkhir; c++) if (!p.kosong(atas - 1, c)) sel.push(c);
    const kelompok = sel.some(
      (c) =>
        tahunDalam(p.teks(atas - 1, c)) !== undefined ||
        p.tertutupGabungan(atas - 1, c + 1) ||
        kelompokTanpaGabungan(p, atas - 1, c),
    );
    if (r.size === 0 && !kelompok) break;
    if (sel.length === 1 && !kelompok && r.size < 2) break;
    atas--;
  }
  const kolomNo: number[] = [];
  for (let c = kolomAwal; c <= kolomAkhir; c++)
    if (peran(p.teks(barisCalon, c)) === 'no') kolomNo.push(c);
  while (
    bawah + 1 <= p.barisAkhir &&
    bawah - atas < 3 &&
    bisaJudul(p, bawah + 1, kolomAwal, kolomAkhir)
  ) {
    const r = peranBaris(p, bawah + 1, kolomAwal, kolomAkhir);
    // Units ("(Rp)", "%") or years (2016 | 2017 | ...) under the header: its last header row.
    const satuanSaja = selBaris({ p, kolomAwal, kolomAkhir }, bawah + 1).every(
      (t) => t === '' || /^\(?(%|rp\.?|persen|rupiah)\)?$/i.test(t) || /^(19|20)\d\d$/.test(t),
    );
    const bawahGabungan = (() => {
      for (let c = kolomAwal; c <= kolomAkhir; c++)
        if (p.tertutupGabungan(bawah + 1, c)) return true;
      return false;
    })();
    // A sub-header row has several cells; one text alone is a section label of the data.
    const isi = selBaris({ p, kolomAwal, kolomAkhir }, bawah + 1).filter((t) => t !== '').length;
    if ((r.size === 0 && !satuanSaja && !bawahGabungan) || (isi < 2 && !bawahGabungan)) break;
    // Under "No" a sub-header has nothing; "I" or "A" there numbers a data row (a program without pagu).
    if (kolomNo.some((c) => !p.kosong(bawah + 1, c) && !p.tertutupGabungan(bawah + 1, c))) break;
    bawah++;
  }
  for (let b = atas; b <= bawah; b++) {
    for (let c = batasKiri; c <= batasKanan; c++) {
      if (!p.kosong(b, c) && bisaJudul(p, b, c, c)) {
        kolomAwal = Math.min(kolomAwal, c);
        kolomAkhir = Math.max(kolomAkhir, c);
      }
    }
  }
  // The header rows: the block, and a row of units ("K", "Rp.") some forms put under the column numbers.
  const barisJudul: number[] = [];
  for (let b = atas; b <= bawah; b++) barisJudul.push(b);
  const sementara: KonteksTabel = { p, kolomAwal, kolomAkhir };
  sementara.tanpaJudul = tanpaJudul(
    jalurJudulKolom(p, barisJudul, kolomAwal, kolomAkhir),
    kolomAwal,
  );
  const dilewati: number[] = [];
  let baris = bawah + 1;
  while (baris <= p.barisAkhir && barisNomorKolom(sementara, baris)) dilewati.push(baris++);
  if (dilewati.length > 0 && baris <= p.barisAkhir && barisSatuan(sementara, baris)) {
    barisJudul.push(baris);
    bawah = baris++;
    while (baris <= p.barisAkhir && barisNomorKolom(sementara, baris)) dilewati.push(baris++);
  }
  return { atas, bawah, kolomAwal, kolomAkhir, barisJudul, dilewati, baris };
}

/** The columns of a table, from their header paths. */
function kolomDariJalur(jalur: string[][], kolomAwal: number): KolomTabel[] {
  const judul = jalur.map((j) => j.join(' '));
  return jalur.map((jl, i) => {
    const j = judul[i];
    const k: KolomTabel = { kolom: kolomAwal + i, peran: peranJalur(jl), judul: j, jalur: jl };
    if (jl.length > 1) k.blok = jl.slice(0, -1).join(' | ');
    const th = tahunDalam(j);
    if (th !== undefined) k.tahun = th;
    const milik = kenaliMilik(j);
    if (milik) k.milik = milik;
    // Our own "Capaian s.d. TW II (%)" is the capaian up to then, not a figure of that quarter.
    const periode = milik ? undefined : periodeJalur(jl);
    if (periode) k.periode = periode;
    return k;
  });
}

/**
 * The data rows under a header block, to the table's end: blank rows, notes
 * and "Tabel ..." lines end it unless it goes on after a page break; column
 * numbers and repeated headers are skipped (added to the block's
 * `dilewati`); the next table's header ends it.
 */
function cariBarisData(
  p: PembacaGrid,
  blok: BlokJudul,
  jalur: string[][],
  kolom: KolomTabel[],
  judulTabel: string | undefined,
): number[] {
  const { kolomAwal, kolomAkhir, dilewati } = blok;
  let { baris } = blok;
  const konteks: KonteksTabel = {
    p,
    kolomAwal,
    kolomAkhir,
    tanpaJudul: tanpaJudul(jalur, kolomAwal),
  };
  const barisData: number[] = [];
  // Every header cell's text: a header repeated after a page break repeats these, row by row.
  const kunciJudul = new KunciJudul(jalur.flat());
  let kosongBeruntun = 0;
  // Columns Capaian wrote earlier: a row with content only there is not a table row, so a
  // note the user typed under such a column never pulls the table down over it.
  const kolomMilik = kolom.filter((k) => k.milik).map((k) => k.kolom);
  const hanyaDiKolomMilik = (b: number) => {
    let adaMilik = false;
    for (let c = kolomAwal; c <= kolomAkhir; c++) {
      if (p.kosong(b, c)) continue;
      if (!kolomMilik.includes(c)) return false;
      adaMilik = true;
    }
    return adaMilik;
  };
  // Where the table seems to end, it may go on after a page break: skip to its next rows.
  const kolomNomor = kolom.find((k) => k.peran === 'no')?.kolom;
  const lanjut = (b: number): boolean => {
    const lompat = lompatHalaman(konteks, b, kunciJudul, judulTabel);
    if (lompat === 0 || tabelSelesai(p, barisData, b + lompat, kolomNomor, kolomAwal)) return false;
    for (let x = b; x < b + lompat; x++) if (!barisKosong(konteks, x)) dilewati.push(x);
    baris = b + lompat - 1;
    kosongBeruntun = 0;
    return true;
  };
  for (; baris <= p.barisAkhir; baris++) {
    if (barisKosong(konteks, baris) || (kolomMilik.length > 0 && hanyaDiKolomMilik(baris))) {
      if (++kosongBeruntun >= 2) {
        if (lanjut(baris)) continue;
        break;
      }
      continue;
    }
    kosongBeruntun = 0;
    // Rows holding numbers are data (or column numbers); only text rows can be notes, titles or repeated headers.
    let bilangan = 0;
    let bilanganKecil = true;
    for (let c = kolomAwal; c <= kolomAkhir; c++) {
      const v = p.mentah(baris, c);
      if (typeof v === 'number') {
        bilangan++;
        if (!Number.isInteger(v) || v > 99) bilanganKecil = false;
      }
    }
    if (bilangan === 0) {
      const isi = selBaris(konteks, baris).filter((t) => t !== '');
      const catatan = isi.length <= 2 && POLA_CATATAN.test(isi[0] ?? '');
      if (catatan || (/^tabel\b/i.test(isi[0] ?? '') && isi.length === 1)) {
        if (lanjut(baris)) continue;
        break;
      }
      if (judulBerulang(isi, kunciJudul)) {
        dilewati.push(baris); // repeated header after a page break
        continue;
      }
    }
    if ((bilangan === 0 || bilanganKecil) && barisNomorKolom(konteks, baris)) {
      dilewati.push(baris);
      continue;
    }
    if (calonJudul(p, baris) && bisaJudul(p, baris, kolomAwal, kolomAkhir)) break; // the next table
    barisData.push(baris);
  }
  return barisData;
}

/**
 * Rows below a budget table's last total row that have neither a name nor a
 * code (a SUBTOTAL of the filtered view two rows under "Jumlah", sums beside a
 * signature block) are not rows of the table: counted as a top-level row, one
 * of them would multiply the table's pagu. Returns whether the table was cut.
 */
function potongSetelahJumlah(tabel: Tabel): boolean {
  if (tabel.jenis !== 'anggaran') return false;
  let i = tabel.baris.length - 1;
  while (i >= 0 && !(tabel.baris[i].tingkat === 'total' && tabel.baris[i].jenisTotal === 'jumlah'))
    i--;
  if (i < 0 || i === tabel.baris.length - 1) return false;
  if (!tabel.baris.slice(i + 1).every((b) => !b.uraian && !b.kode)) return false;
  tabel.baris = tabel.baris.slice(0, i + 1);
  tabel.barisAkhir = tabel.baris[i].baris;
  return true;
}

/**
 * A group header written once over its sub-headers without a merge: "Operasi"
 * with a blank cell after it, both standing over sub-header text.
 */
function kelompokTanpaGabungan(p: PembacaGrid, baris: number, c: number): boolean {
  // A group is named in words ("Operasi", "Tahun 2023"), not by a lone sign.
  if (p.gabunganDi(baris, c) || !/[a-z]{2}/i.test(p.teks(baris, c))) return false;
  let akhir = c;
  while (
    akhir + 1 <= p.kolomAkhir &&
    p.kosong(baris, akhir + 1) &&
    !p.tertutupGabungan(baris, akhir + 1)
  )
    akhir++;
  let bawah = 0;
  for (let x = c; x <= akhir; x++) if (!p.kosong(baris + 1, x)) bawah++;
  return akhir > c && bawah >= 2;
}

/** A formula Capaian writes: capaian, kategori, serapan, sisa, means and changes all begin so. */
const RUMUS_MILIK = /^=\s*(IF\(AND\(ISNUMBER\(|IF\(ISNUMBER\(|IFERROR\()/i;

/**
 * A column headed like one of Capaian's ("Capaian (%)", "Kategori", "Sisa
 * Anggaran (Rp)") is Capaian's own when it is empty or holds Capaian's
 * formulas; a column of the user's own figures under the same words is the
 * user's, read and checked like any other.
 */
function bedakanMilik(kolom: KolomTabel[], p: PembacaGrid, barisData: number[]): void {
  for (const k of kolom) {
    if (!k.milik || !['capaian', 'kategori', 'serapan', 'sisa', 'ikm', 'mutu'].includes(k.milik))
      continue;
    let isi = false;
    let rumusKita = false;
    let rumusLain = false;
    for (const b of barisData) {
      if (p.kosong(b, k.kolom)) continue;
      isi = true;
      const r = p.rumus(b, k.kolom);
      if (r && RUMUS_MILIK.test(r)) rumusKita = true;
      else if (r) rumusLain = true;
    }
    // Capaian writes serapan, sisa and IKM as values where the inputs are text: plain values there
    // may be its own; the user's own formulas (=D9-N9) are not.
    const angkaSaja = ['serapan', 'sisa', 'ikm', 'mutu'].includes(k.milik);
    if (isi && !rumusKita && (!angkaSaja || rumusLain)) delete k.milik;
  }
}

/** Columns with no header text at all. */
function tanpaJudul(jalur: string[][], kolomAwal: number): Set<number> {
  const hasil = new Set<number>();
  jalur.forEach((j, i) => {
    if (j.join('').trim() === '') hasil.add(kolomAwal + i);
  });
  return hasil;
}

/** A table's header texts by their key ({@link kunciTeks}), to know the header again after a page break. */
class KunciJudul {
  private readonly kunci: Set<string>;
  /** The first character of every key. */
  private readonly awal: Set<string>;

  constructor(teks: string[]) {
    this.kunci = new Set(teks.map(kunciTeks).filter((t) => t !== ''));
    this.awal = new Set([...this.kunci].map((k) => k[0]));
  }

  /**
   * The text is one of the header's. Plain ASCII whose first letter, digit or
   * % begins no key is not, and makes no key (every data row is asked).
   */
  punya(teks: string): boolean {
    let awal = '';
    for (let i = 0; i < teks.length; i++) {
      const c = teks.charCodeAt(i);
      if (c > 127) return this.kunci.has(kunciTeks(teks));
      if (!awal && ((c >= 48 && c <= 57) || c === 37 || ((c | 32) >= 97 && (c | 32) <= 122)))
        awal = String.fromCharCode(c >= 65 && c <= 90 ? c | 32 : c);
    }
    return awal !== '' && this.awal.has(awal) && this.kunci.has(kunciTeks(teks));
  }
}

/** A row of header texts: most of its cells are texts of this table's header. */
function judulBerulang(isi: string[], kunciJudul: KunciJudul): boolean {
  if (isi.length < 2) return false;
  // Asked of every row without numbers (all of them where amounts are text): stop once it cannot be.
  const perlu = Math.ceil(isi.length * 0.6);
  let sama = 0;
  for (let i = 0; i < isi.length && sama + (isi.length - i) >= perlu; i++)
    if (kunciJudul.punya(isi[i])) sama++;
  return sama >= perlu;
}

/**
 * A table continued after a page break: blank rows, a title or page number
 * ("Tabel 3.15 ...", "Lanjutan", "- 12 -"), the header written again, perhaps
 * its column numbers, then rows again. The number of rows to skip, or 0 when
 * what follows is not this table going on.
 */
function lompatHalaman(
  k: KonteksTabel,
  awal: number,
  kunciJudul: KunciJudul,
  judulTabel: string | undefined,
): number {
  let judulSama = false;
  for (let b = awal; b <= Math.min(k.p.barisAkhir, awal + 12); b++) {
    if (barisKosong(k, b)) continue;
    const isi = selBaris(k, b).filter((t) => t !== '');
    if (judulBerulang(isi, kunciJudul)) {
      judulSama = true;
      continue;
    }
    if (barisNomorKolom(k, b)) continue;
    // Before the header again, only this table's own title, "lanjutan" or a page number.
    if (!judulSama && isi.length <= 2 && isi.every((t) => teksHalaman(t, judulTabel))) continue;
    return judulSama ? b - awal : 0;
  }
  return 0;
}

/**
 * The same header again starts a new table, not the rest of this one, when
 * this one closed with a total or average row, or when the numbering starts
 * over ("1" after "4").
 */
function tabelSelesai(
  p: PembacaGrid,
  barisData: number[],
  berikut: number,
  kolomNo: number | undefined,
  kolomAwal: number,
): boolean {
  const akhir = barisData[barisData.length - 1];
  if (akhir === undefined) return true;
  for (let c = kolomAwal; c <= kolomAwal + 2; c++)
    if (jenisBarisTotal(p.teks(akhir, c))) return true;
  if (kolomNo === undefined) return false;
  const pertama = (t: string) => /^(1|i|a)[.)]?$/i.test(t);
  return (
    pertama(p.teks(berikut, kolomNo)) &&
    barisData.some((b) => p.teks(b, kolomNo) !== '' && !pertama(p.teks(b, kolomNo)))
  );
}

/** Text a page break puts above a table that goes on: its title again, "(lanjutan)", a page number. */
function teksHalaman(t: string, judulTabel: string | undefined): boolean {
  if (judulTabel && kunciTeks(t) === kunciTeks(judulTabel)) return true;
  return /lanjutan|^-?\s*\d{1,3}\s*-?$|^(hal(aman)?|page)\b/i.test(t.trim());
}

/**
 * Realisasi of several years and one target of a later year with no realisasi
 * of its own ("Realisasi 2016 … 2019 | Target 2021"): that target is the end
 * of the Renstra period, the realisasi so far is measured against it.
 */
function targetAkhirTahun(kolom: KolomTabel[]): void {
  const target = kolom.filter((k) => k.peran === 'target' && !k.periode);
  const tahunRealisasi = kolom
    .filter((k) => k.peran === 'realisasi' && k.tahun !== undefined)
    .map((k) => k.tahun as number);
  const [t] = target;
  if (target.length !== 1 || t.tahun === undefined || tahunRealisasi.length < 2) return;
  if (tahunRealisasi.every((y) => y < (t.tahun as number))) t.peran = 'targetAkhir';
}

/** Cells that are mostly sentences: no figure, predikat or range, and long. */
function kalimatSaja(isi: string[]): boolean {
  if (isi.length === 0) return false;
  const kalimat = isi.filter((t) => t.length > 25 && bacaAngka(t).jenis === 'teks').length;
  return kalimat >= Math.ceil(isi.length * 0.6);
}

/** Settle roles from the table's context and the columns' content. */
function sesuaikanPeran(
  kolom: KolomTabel[],
  p: PembacaGrid,
  barisData: number[],
  kinerjaAnggaran: boolean,
): string[] {
  const tebakan: string[] = [];
  const ada = (r: PeranKolom) => kolom.some((k) => k.peran === r);
  const anggaran =
    !kinerjaAnggaran && kolom.some((k) => k.peran === 'pagu' || k.peran === 'paguMurni');
  const contoh = (k: KolomTabel) =>
    barisData
      .slice(0, 200)
      .map((b) => p.teks(b, k.kolom))
      .filter((t) => t !== '');
  for (const k of kolom) {
    if (
      PERAN_NILAI.has(k.peran) &&
      k.peran !== 'rentangSkala' &&
      !k.milik &&
      kalimatSaja(contoh(k))
    ) {
      // "Rencana Tindak Lanjut", "Target" over a column of sentences: text, not figures.
      k.peran = 'lain';
      continue;
    }
    if (anggaran) {
      if (k.peran === 'realisasi') k.peran = 'realisasiAnggaran';
      else if (k.peran === 'capaian' && !k.milik) k.peran = 'serapan';
    } else if (!kinerjaAnggaran && k.peran === 'realisasiAnggaran' && ada('target')) {
      k.peran = 'realisasi';
    }
    if (k.peran === 'lain' || k.peran === 'ket' || k.peran === 'no') {
      const isi = contoh(k);
      if (isi.length === 0) continue;
      const porsi = (f: (t: string) => boolean) => isi.filter(f).length / isi.length;
      if (porsi((t) => POLA_KODE.test(t)) >= 0.6) k.peran = 'kode';
      else if (porsi((t) => /efisien|tidak dapat disimpulkan/i.test(t)) >= 0.6)
        k.peran = 'efisiensi';
      else if (
        k.peran !== 'ket' &&
        porsi((t) => bacaPolaritas(t) !== undefined && !/meningkat|menurun/i.test(t)) >= 0.6
      )
        k.peran = 'polaritas';
    }
  }
  if (!anggaran && !kinerjaAnggaran) targetAkhirTahun(kolom);
  if (anggaran && !pilihBlokAnggaran(kolom, p, barisData)) {
    const blok = [...new Set(kolom.filter((k) => k.peran === 'pagu').map((k) => k.blok))];
    tebakan.push(
      `kolom pagu dan realisasi dipilih dari beberapa blok (${blok.join('; ') || 'tanpa nama'}) tanpa kolom % atau sisa yang membuktikannya`,
    );
  }
  // Several name columns: the first free-text one is the indicator when none is named.
  if (!ada('indikator') && !ada('uraian') && !anggaran) {
    const lain = kolom.find(
      (k) => k.peran === 'lain' && contoh(k).some((t) => /[a-z]{4}/i.test(t)),
    );
    if (lain && ada('target')) {
      lain.peran = 'indikator';
      tebakan.push(`kolom "${lain.judul}" dibaca sebagai nama indikator dari isinya`);
    }
  }
  return tebakan;
}

function tentukanJenis(kolom: KolomTabel[]): JenisTabel | undefined {
  const ada = (r: PeranKolom) => kolom.some((k) => k.peran === r);
  const nama = kolom.some((k) => PERAN_NAMA.includes(k.peran) || k.peran === 'kode');
  if (ada('nrr') || kolom.filter((k) => POLA_UNSUR.test(k.judul)).length >= 5) return 'ikm';
  if (ada('rentangSkala') && ada('kategori')) return 'skala';
  if (!nama) return undefined;
  if (kolom.some((k) => PERAN_ANGGARAN.has(k.peran))) {
    if (ada('sasaran')) return 'sasaran-program';
    // The Efisiensi column Capaian adds to a budget table does not make it an efisiensi table.
    if (kolom.some((k) => k.peran === 'efisiensi' && !k.milik)) return 'efisiensi';
    return 'anggaran';
  }
  if (ada('targetAkhir') || ada('dataAwal')) return 'renstra';
  const tahun = new Set(
    kolom
      .filter((k) => ['target', 'realisasi', 'capaian'].includes(k.peran) && k.tahun !== undefined)
      .map((k) => k.tahun),
  );
  if (tahun.size >= 2) return 'multi-tahun';
  if (ada('target') || ada('realisasi')) return 'indikator';
  return undefined;
}
