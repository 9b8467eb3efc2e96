import { bacaAngka, type GayaAngka, type HasilAngka } from '../domain/angka';
import type { Polaritas } from '../domain/capaian';
import { kunciTeks, rapikanTeks } from '../domain/teks';
import { alamatRentang, PembacaGrid, type Grid } from './grid';
import { kenaliMilik } from './milik';
import type { BarisTabel, JenisTabel, KolomTabel, SelTabel, Tabel, Tingkat } from './model';
import {
  PERAN_ANGGARAN,
  PERAN_DIBACA,
  PERAN_NAMA,
  PERAN_NILAI,
  peranDariJudul,
  rapat,
  tahunDalam,
  type PeranKolom,
} from './peran';

/**
 * Find the standard tables of DOMAIN.md section 7 in a grid: header blocks
 * of one to four rows (merged group headers included), column roles, data
 * rows with their levels, totals, and the noise real sheets carry.
 * Linear in the number of cells.
 */

const BUKAN_ANGKA: HasilAngka = Object.freeze({ jenis: 'teks' }) as HasilAngka;

const POLA_CATATAN = /^(sumber|keterangan|catatan|note|ket\s*:|\*+\)?\s|\*\))/i;
const POLA_SUB = /^(?:[✚❖•▪◦·►▸➢→+*]|-(?!\d)|–|[a-z][.)](?=\s))\s*/u;
const POLA_KODE = /^\d{1,2}(?:\.\d{1,3}){2,}$/;
const POLA_ROMAWI = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/;
const NAMA_NEGATIF =
  /angka kematian|kematian (ibu|bayi|balita)|prevalensi|stunting|gizi buruk|pengangguran|kemiskinan|penduduk miskin|putus sekolah|kriminal|pelanggaran|kecelakaan|jumlah (kasus|pengaduan|keluhan|temuan)|tingkat inflasi|kawasan kumuh|buta huruf/;
const NAMA_BUKAN_NEGATIF =
  /ditindaklanjuti|diselesaikan|ditangani|tertangani|terselesaikan|yang di ?[a-z]+/;

/** Memo of header roles by text: headers repeat across sheets. */
const memoPeran = new Map<string, PeranKolom>();
function peran(teks: string): PeranKolom {
  let p = memoPeran.get(teks);
  if (p === undefined) {
    p = peranDariJudul(teks);
    if (memoPeran.size > 5000) memoPeran.clear();
    memoPeran.set(teks, p);
  }
  return p;
}

/** A cell holding an amount ("80", "Rp. 10.531.067.845,-", "88 %", "15 Desa"): data, not a header. */
function berisiAngka(v: unknown): boolean {
  if (typeof v === 'number') return true;
  return typeof v === 'string' && bacaAngka(v).nilai !== undefined;
}

/** Text of a row of column numbers: "1 2 3", "(1)", "5=4-3", "16 = 14/4*100". */
function teksNomorKolom(t: string): boolean {
  return /^\(?\d{1,2}\)?$/.test(t) || /^\d{1,2}\s*=\s*[\d\s()+\-*/x:.]+$/i.test(t);
}

/** A polarity stated in words. */
export function bacaPolaritas(teks: string): Polaritas | undefined {
  const t = kunciTeks(teks);
  if (/negatif|^min|semakin (kecil|rendah)|lebih kecil|menurun/.test(t)) return 'negatif';
  if (/positif|^max|^maks|semakin (besar|tinggi)|lebih besar|meningkat/.test(t)) return 'positif';
  return undefined;
}

/** True when an indicator's name suggests lower-is-better (only a suggestion). */
export function namaTampakNegatif(nama: string): boolean {
  const t = kunciTeks(nama);
  return NAMA_NEGATIF.test(t) && !NAMA_BUKAN_NEGATIF.test(t);
}

interface KonteksTabel {
  p: PembacaGrid;
  kolomAwal: number;
  kolomAkhir: number;
  /** Columns with no header: their cells do not make or break a column-number row. */
  tanpaJudul?: Set<number>;
}

function selBaris(k: KonteksTabel, baris: number): string[] {
  const hasil: string[] = [];
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++) hasil.push(k.p.teks(baris, c));
  return hasil;
}

/** Recognise every table of a grid, top to bottom. */
export function kenaliTabel(grid: Grid): Tabel[] {
  const p = new PembacaGrid(grid);
  const tabel: Tabel[] = [];
  let baris = grid.barisAwal;
  let batasAtas = grid.barisAwal;
  while (baris <= p.barisAkhir) {
    const t = calonJudul(p, baris) ? bangunTabel(p, baris, batasAtas) : undefined;
    if (t) {
      if (grid.lembarTersembunyi) t.lembarTersembunyi = true;
      tabel.push(t);
      baris = t.barisAkhir + 1;
      batasAtas = baris;
    } else {
      baris++;
    }
  }
  return tabel;
}

/** Roles found in the text cells of a row. */
function peranBaris(
  p: PembacaGrid,
  baris: number,
  kolomAwal = p.grid.kolomAwal,
  kolomAkhir = p.kolomAkhir,
): Set<PeranKolom> {
  const hasil = new Set<PeranKolom>();
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    if (p.tertutupGabungan(baris, c)) continue;
    const v = p.mentah(baris, c);
    if (typeof v !== 'string' || v.length > 80) continue;
    const r = peran(v);
    if (r !== 'lain') hasil.add(r);
  }
  return hasil;
}

/** "U1".."U9": the survey elements of an IKM table laid out across columns. */
const POLA_UNSUR = /(^|\s)u\s?\d{1,2}$/i;

function calonJudul(p: PembacaGrid, baris: number): boolean {
  let teks = 0;
  let angka = 0;
  let unsur = 0;
  for (let c = p.grid.kolomAwal; c <= p.kolomAkhir; c++) {
    const v = p.mentah(baris, c);
    if (v === null || v === '') continue;
    if (typeof v === 'number') angka++;
    else teks++;
    if (typeof v === 'string' && POLA_UNSUR.test(v.trim())) unsur++;
    // A kode rekening makes the row data.
    if (typeof v === 'string' && POLA_KODE.test(v.trim())) return false;
  }
  if (unsur >= 5) return true;
  if (teks < 2 || angka > 1) return false;
  const r = peranBaris(p, baris);
  const nilai = [...r].filter((x) => PERAN_NILAI.has(x)).length;
  return r.size >= 2 && nilai >= 1;
}

/** A row that can be part of a header: text only, no data numbers, not a title. */
function bisaJudul(p: PembacaGrid, baris: number, kolomAwal: number, kolomAkhir: number): boolean {
  let isi = 0;
  let teksPanjang = 0;
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    const v = p.nilai(baris, c);
    if (v === null || v === '') continue;
    isi++;
    if (typeof v === 'number' && !(v >= 1900 && v <= 2100)) return false;
    const t = String(v).trim();
    // A kode rekening makes the row data, like in calonJudul.
    if (/^tabel\b/i.test(t) || POLA_KODE.test(t)) return false;
    if (t.length > 60) teksPanjang++;
    if (berisiAngka(t) && !(tahunDalam(t) && t.length <= 4)) return false;
  }
  return isi > 0 && teksPanjang === 0;
}

function barisNomorKolom(k: KonteksTabel, baris: number): boolean {
  const isi = selBaris(k, baris).filter((t, i) => t !== '' && !k.tanpaJudul?.has(k.kolomAwal + i));
  if (isi.length < 2 || !isi.every(teksNomorKolom)) return false;
  // Column numbers count up ("1 2 3", "5=4-3"); a row of equal values ("3 3 3") is data.
  const nomor = isi.map((t) => Number(t.match(/\d+/)![0]));
  return nomor.every((n, i) => i === 0 || n > nomor[i - 1]);
}

function barisKosong(k: KonteksTabel, baris: number): boolean {
  for (let c = k.kolomAwal; c <= k.kolomAkhir; c++) if (!k.p.kosong(baris, c)) return false;
  return true;
}

/** Header text of each column of the block, group headers spread over their columns. */
function teksJudulKolom(
  p: PembacaGrid,
  atas: number,
  bawah: number,
  kolomAwal: number,
  kolomAkhir: number,
): string[] {
  const hasil: string[] = [];
  for (let c = kolomAwal; c <= kolomAkhir; c++) {
    const bagian: string[] = [];
    for (let b = atas; b <= bawah; b++) {
      let t = p.teks(b, c);
      if (t === '' && b < bawah && !p.kosong(b + 1, c)) {
        // An unmerged group header written once over its columns ("Tahun 2023" then blanks).
        for (let kiri = c - 1; kiri >= kolomAwal; kiri--) {
          const tk = p.teks(b, kiri);
          if (tk !== '') {
            // Only a group header standing over its own sub-headers, not a cell merged downwards.
            if (
              !p.kosong(b + 1, kiri) &&
              !p.tertutupGabungan(b + 1, kiri) &&
              tahunDalam(tk) !== undefined
            )
              t = tk;
            break;
          }
        }
      }
      const [ib] = p.indukGabungan(b, c);
      if (t !== '' && !(ib < b && ib >= atas)) bagian.push(t);
    }
    hasil.push(rapikanTeks(bagian.join(' ')));
  }
  return hasil;
}

function bangunTabel(p: PembacaGrid, barisCalon: number, batasAtas: number): Tabel | undefined {
  // Column span of the header: the candidate row's extent, widened by merges.
  let kolomAwal = Infinity;
  let kolomAkhir = -Infinity;
  for (let c = p.grid.kolomAwal; c <= p.kolomAkhir; c++) {
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
    const r = peranBaris(p, atas - 1, kolomAwal, kolomAkhir);
    const sel = [];
    for (let c = kolomAwal; c <= kolomAkhir; c++) if (!p.kosong(atas - 1, c)) sel.push(c);
    const kelompok = sel.some(
      (c) => tahunDalam(p.teks(atas - 1, c)) !== undefined || p.tertutupGabungan(atas - 1, c + 1),
    );
    if (r.size === 0 && !kelompok) break;
    if (sel.length === 1 && !kelompok) break;
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
    const satuanSaja = selBaris({ p, kolomAwal, kolomAkhir }, bawah + 1).every(
      (t) => t === '' || /^\(?(%|rp\.?|persen|rupiah)\)?$/i.test(t),
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
    for (let c = p.grid.kolomAwal; c <= p.kolomAkhir; c++) {
      if (!p.kosong(b, c) && bisaJudul(p, b, c, c)) {
        kolomAwal = Math.min(kolomAwal, c);
        kolomAkhir = Math.max(kolomAkhir, c);
      }
    }
  }
  const judul = teksJudulKolom(p, atas, bawah, kolomAwal, kolomAkhir);
  const kolom: KolomTabel[] = judul.map((j, i) => {
    const k: KolomTabel = { kolom: kolomAwal + i, peran: peran(j), judul: j };
    const th = tahunDalam(j);
    if (th !== undefined) k.tahun = th;
    const milik = kenaliMilik(j);
    if (milik) k.milik = milik;
    return k;
  });
  const konteks: KonteksTabel = {
    p,
    kolomAwal,
    kolomAkhir,
    tanpaJudul: new Set(kolom.filter((k) => k.judul.trim() === '').map((k) => k.kolom)),
  };

  // Data rows.
  const dilewati: number[] = [];
  let baris = bawah + 1;
  while (baris <= p.barisAkhir && barisNomorKolom(konteks, baris)) dilewati.push(baris++);
  const barisData: number[] = [];
  const kunciJudul = new Set(judul.map(kunciTeks).filter((t) => t !== ''));
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
  for (; baris <= p.barisAkhir; baris++) {
    if (barisKosong(konteks, baris) || (kolomMilik.length > 0 && hanyaDiKolomMilik(baris))) {
      if (++kosongBeruntun >= 2) break;
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
      if (isi.length <= 2 && POLA_CATATAN.test(isi[0] ?? '')) break;
      if (/^tabel\b/i.test(isi[0] ?? '') && isi.length === 1) break;
      const sama = isi.filter((t) => kunciJudul.has(kunciTeks(t))).length;
      if (isi.length >= 2 && sama >= Math.ceil(isi.length * 0.6)) {
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
  if (barisData.length === 0) return undefined;

  sesuaikanPeran(kolom, p, barisData);
  const jenis = tentukanJenis(kolom);
  if (!jenis) return undefined;
  const tahunJudul = kolom
    .filter((k) => k.peran === 'target' || k.peran === 'realisasi' || k.peran === 'capaian')
    .map((k) => k.tahun)
    .filter((t): t is number => t !== undefined);
  const judulTabel = cariJudulTabel(p, atas, batasAtas, kolomAwal, kolomAkhir);
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
  tabel.baris = bangunBaris(p, tabel, barisData);
  return tabel;
}

function cariJudulTabel(
  p: PembacaGrid,
  atas: number,
  batasAtas: number,
  kolomAwal: number,
  kolomAkhir: number,
): string | undefined {
  const bagian: string[] = [];
  for (let b = atas - 1; b >= Math.max(batasAtas, atas - 3); b--) {
    const isi: string[] = [];
    for (let c = kolomAwal; c <= Math.max(kolomAkhir, kolomAwal + 3); c++) {
      const t = p.teks(b, c);
      if (t !== '' && !isi.includes(t)) isi.push(t);
    }
    if (isi.length !== 1) {
      if (isi.length === 0 && bagian.length === 0) continue;
      break;
    }
    bagian.unshift(isi[0]);
    if (/^tabel\b/i.test(isi[0])) break;
  }
  return bagian.length ? rapikanTeks(bagian.join(' ')) : undefined;
}

/** Settle roles from the table's context and the columns' content. */
function sesuaikanPeran(kolom: KolomTabel[], p: PembacaGrid, barisData: number[]): void {
  const ada = (r: PeranKolom) => kolom.some((k) => k.peran === r);
  const anggaran = kolom.some((k) => k.peran === 'pagu' || k.peran === 'paguMurni');
  const contoh = (k: KolomTabel) =>
    barisData
      .slice(0, 200)
      .map((b) => p.teks(b, k.kolom))
      .filter((t) => t !== '');
  for (const k of kolom) {
    if (anggaran) {
      if (k.peran === 'realisasi') k.peran = 'realisasiAnggaran';
      else if (k.peran === 'capaian' && !k.milik) k.peran = 'serapan';
    } else if (k.peran === 'realisasiAnggaran' && ada('target')) {
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
  // Several name columns: the first free-text one is the indicator when none is named.
  if (!ada('indikator') && !ada('uraian') && !anggaran) {
    const lain = kolom.find(
      (k) => k.peran === 'lain' && contoh(k).some((t) => /[a-z]{4}/i.test(t)),
    );
    if (lain && ada('target')) lain.peran = 'indikator';
  }
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

const URUTAN_NAMA: PeranKolom[] = [
  'indikator',
  'subKegiatan',
  'kegiatan',
  'program',
  'uraian',
  'unsur',
  'sasaran',
];

/**
 * IKM laid out across columns (seed 004 Tabel 3.3): a row of NRR values under
 * U1..U9, and perhaps a row stating the IKM of the unit.
 */
function barisUnsurMendatar(p: PembacaGrid, tabel: Tabel, barisData: number[]): BarisTabel[] {
  const kolomU = tabel.kolom.filter((k) => POLA_UNSUR.test(k.judul));
  const nilai = (b: number, k: KolomTabel) =>
    bacaAngka(p.nilai(b, k.kolom), { format: p.format(b, k.kolom) });
  const sel = (b: number, k: KolomTabel): SelTabel => ({
    baris: b,
    kolom: k.kolom,
    mentah: p.nilai(b, k.kolom),
    angka: nilai(b, k),
  });
  const barisNrr = barisData.find((b) =>
    kolomU.every((k) => {
      const v = nilai(b, k).nilai;
      return v !== undefined && v >= 1 && v <= 4;
    }),
  );
  if (barisNrr === undefined) return [];
  const hasil: BarisTabel[] = kolomU.map((k) => ({
    baris: barisNrr,
    tingkat: 'unsur',
    uraian: k.judul.match(POLA_UNSUR)![0].trim().toUpperCase().replace(/\s/g, ''),
    sel: { nrr: sel(barisNrr, k) },
    perTahun: {},
  }));
  for (const b of barisData) {
    // The row label may stand left of the header's span (the label column has no header).
    let label = '';
    for (let c = p.grid.kolomAwal; c <= tabel.kolomAwal && !label; c++)
      label = rapikanTeks(p.teks(b, c));
    if (b === barisNrr || !/ikm|indeks kepuasan/i.test(label)) continue;
    const k = kolomU.find((x) => nilai(b, x).nilai !== undefined);
    if (k)
      hasil.push({
        baris: b,
        tingkat: 'total',
        jenisTotal: 'jumlah',
        uraian: label,
        sel: { ikm: sel(b, k) },
        perTahun: {},
      });
  }
  return hasil;
}

function bangunBaris(p: PembacaGrid, tabel: Tabel, barisData: number[]): BarisTabel[] {
  if (tabel.jenis === 'ikm' && !tabel.kolom.some((k) => k.peran === 'nrr'))
    return barisUnsurMendatar(p, tabel, barisData);
  const kolomPeran = new Map<PeranKolom, KolomTabel[]>();
  for (const k of tabel.kolom) {
    const daftar = kolomPeran.get(k.peran);
    if (daftar) daftar.push(k);
    else kolomPeran.set(k.peran, [k]);
  }
  const gaya = gayaKolom(p, tabel, barisData);
  const tahunTabel = tabel.tahun;

  const baca = (baris: number, k: KolomTabel): SelTabel => {
    const [bi] = p.indukGabungan(baris, k.kolom);
    const mentah = p.nilai(baris, k.kolom);
    const format = p.format(baris, k.kolom);
    // Names and codes are not numbers: only value columns are parsed (50 000-row DPAs stay fast).
    const angka: HasilAngka = !PERAN_DIBACA.has(k.peran)
      ? BUKAN_ANGKA
      : bi !== baris && PERAN_NILAI.has(k.peran)
        ? { jenis: 'kosong', alasan: 'kosong' } // a value merged down is read once, at its top row
        : bacaAngka(mentah, { format, gaya: gaya.get(k.kolom) });
    const sel: SelTabel = { baris, kolom: k.kolom, mentah, angka };
    if (format) sel.format = format;
    const rumus = p.rumus(baris, k.kolom);
    if (rumus) sel.rumus = rumus;
    return sel;
  };

  const hasil: BarisTabel[] = [];
  const anggaran = ['anggaran', 'sasaran-program', 'efisiensi'].includes(tabel.jenis);
  for (const baris of barisData) {
    const b: BarisTabel = { baris, tingkat: 'indikator', uraian: '', sel: {}, perTahun: {} };
    for (const k of tabel.kolom) {
      if (k.peran === 'lain') continue;
      const sel = baca(baris, k);
      const triple = k.peran === 'target' || k.peran === 'realisasi' || k.peran === 'capaian';
      if (
        triple &&
        k.tahun !== undefined &&
        (tabel.jenis === 'multi-tahun' || tabel.jenis === 'renstra')
      ) {
        const th = (b.perTahun[k.tahun] ??= {});
        if (!th[k.peran as 'target'] || th[k.peran as 'target']?.angka.jenis === 'kosong')
          th[k.peran as 'target'] = sel;
        if (k.tahun !== tahunTabel) continue;
      }
      const lama = b.sel[k.peran];
      if (
        !lama ||
        (lama.angka.jenis === 'kosong' && sel.angka.jenis !== 'kosong') ||
        (k.milik && !lama)
      ) {
        if (!(lama && k.milik)) b.sel[k.peran] = sel;
      }
    }
    // Texts.
    for (const r of URUTAN_NAMA) {
      const t = kolomPeran
        .get(r)
        ?.map((k) => p.teks(baris, k.kolom))
        .find((x) => x !== '');
      if (t && !b.uraian) b.uraian = rapikanTeks(t);
    }
    const teksDari = (r: PeranKolom) => {
      const k = kolomPeran.get(r)?.[0];
      return k ? rapikanTeks(p.teks(baris, k.kolom)) : '';
    };
    const no = teksDari('no');
    if (no) b.no = no;
    const kode = teksDari('kode') || (POLA_KODE.test(no) ? no : '');
    const kodeUraian = b.uraian.match(/^(\d{1,2}(?:\.\d{1,3}){2,})\s+(.*)$/);
    if (kode) b.kode = kode;
    else if (kodeUraian) {
      b.kode = kodeUraian[1];
      b.uraian = kodeUraian[2];
    }
    const satuan = teksDari('satuan');
    if (satuan) b.satuan = satuan;
    const sasaran = teksDari('sasaran');
    if (sasaran) b.sasaran = sasaran;
    const program = teksDari('program');
    if (program) b.program = program;
    const kegiatan = teksDari('kegiatan');
    if (kegiatan) b.kegiatan = kegiatan;
    const pol = teksDari('polaritas');
    if (pol) {
      const arah = bacaPolaritas(pol);
      if (arah) b.polaritas = arah;
    }
    hasil.push(b);
  }
  gabungLanjutan(hasil, tabel, p);
  const semua = hasil.filter((b) => !b.lanjutan || b.uraian !== '');
  if (anggaran) tingkatAnggaran(semua, kolomPeran);
  else if (tabel.jenis === 'ikm') semua.forEach((b) => (b.tingkat = totalAtau(b, 'unsur')));
  else if (tabel.jenis === 'skala') {
    semua.forEach((b) => {
      b.tingkat = 'kelas';
      b.uraian ||= String(b.sel.kategori?.mentah ?? '').trim();
    });
  } else tingkatIndikator(semua, kolomPeran);
  return semua;
}

/** Number style per column, from its unambiguous text cells: settles "1.234". */
function gayaKolom(p: PembacaGrid, tabel: Tabel, barisData: number[]): Map<number, GayaAngka> {
  const hasil = new Map<number, GayaAngka>();
  for (const k of tabel.kolom) {
    if (!PERAN_NILAI.has(k.peran) && k.peran !== 'sisa') continue;
    let id = 0;
    let us = 0;
    for (const b of barisData) {
      const v = p.nilai(b, k.kolom);
      if (typeof v !== 'string') continue;
      const h = bacaAngka(v);
      if (h.ambigu || !h.gaya) continue;
      if (h.gaya === 'id') id++;
      else us++;
    }
    if (id + us > 0) hasil.set(k.kolom, us > id ? 'us' : 'id');
  }
  return hasil;
}

function adaNilai(b: BarisTabel): boolean {
  const isi = (r: PeranKolom) => {
    const s = b.sel[r];
    return s !== undefined && s.angka.jenis !== 'kosong';
  };
  const peranNilai: PeranKolom[] = [
    'target',
    'realisasi',
    'pagu',
    'paguMurni',
    'realisasiAnggaran',
    'nrr',
    'targetAkhir',
  ];
  if (peranNilai.some(isi)) return true;
  return Object.values(b.perTahun).some(
    (t) =>
      (t.target && t.target.angka.jenis !== 'kosong') ||
      (t.realisasi && t.realisasi.angka.jenis !== 'kosong'),
  );
}

/** A text row with no values right after a row with values continues that row's text. */
function gabungLanjutan(baris: BarisTabel[], tabel: Tabel, p: PembacaGrid): void {
  const namaKolom = tabel.kolom.filter((k) => PERAN_NAMA.includes(k.peran));
  for (let i = 1; i < baris.length; i++) {
    const b = baris[i];
    if (adaNilai(b) || b.no || b.kode) continue;
    const isiKolom = tabel.kolom.filter(
      (k) => !p.kosong(b.baris, k.kolom) && !p.tertutupGabungan(b.baris, k.kolom),
    );
    if (isiKolom.length === 0 || !isiKolom.every((k) => namaKolom.includes(k))) continue;
    let j = i - 1;
    while (j >= 0 && baris[j].lanjutan && baris[j].uraian === '') j--;
    const sebelum = baris[j];
    if (!sebelum || !adaNilai(sebelum) || b.baris - sebelum.baris > 3) continue;
    if (
      /^(program|kegiatan|sub kegiatan|sasaran)\b/i.test(b.uraian) ||
      /^[A-Z\s]{12,}$/.test(b.uraian)
    )
      continue;
    if (POLA_SUB.test(b.uraian) || labelTotal(b) || /\d/.test(b.uraian)) continue;
    sebelum.uraian = rapikanTeks(`${sebelum.uraian} ${b.uraian}`);
    sebelum.lanjutan = [...(sebelum.lanjutan ?? []), b.baris];
    b.uraian = '';
    b.lanjutan = [];
  }
  for (let i = baris.length - 1; i >= 0; i--)
    if (baris[i].lanjutan && baris[i].uraian === '') baris.splice(i, 1);
}

const TOTAL_JUMLAH = new Set([
  'jumlah',
  'total',
  'jumlahtotal',
  'grandtotal',
  'subtotal',
  'totalkeseluruhan',
  'jumlahkeseluruhan',
  'jumlahseluruhnya',
  'jumlahanggaran',
  'totalanggaran',
  'jumlahbelanja',
  'totalbelanja',
]);

/**
 * A total or average row: "JUMLAH", "J U M L A H", "Jumlah Total",
 * "Rata-rata Capaian", "Capaian Sasaran ... (99,48%)". An indicator named
 * "Jumlah pengadaan ..." or "Rata-rata lama sekolah" is not one.
 */
export function jenisBarisTotal(teks: string): 'jumlah' | 'rata-rata' | undefined {
  // Every label starts with J, T, R, C, G or S ("Jumlah", "Total", "Rata-rata", "Capaian", "Grand", "Sub"): a cheap first test.
  if (!/^[\s"'(]*[jtrcgs]/i.test(teks)) return undefined;
  const r = rapat(teks).replace(/[^a-z]/g, '');
  if (r === '') return undefined;
  if (TOTAL_JUMLAH.has(r)) return 'jumlah';
  if (/^(ratarata|rerata)(capaian\w*|nilai\w*)?$/.test(r) || /^(ratarata|rerata)capaian/.test(r))
    return 'rata-rata';
  if (/^(capaiansasaran|totalcapaian|capaianratarata)/.test(r)) return 'rata-rata';
  return undefined;
}

function labelTotal(
  b: BarisTabel,
  p?: PembacaGrid,
  tabel?: Tabel,
): 'jumlah' | 'rata-rata' | undefined {
  const jenis = jenisBarisTotal(b.uraian) ?? (b.no ? jenisBarisTotal(b.no) : undefined);
  if (jenis || !p || !tabel) return jenis;
  for (let c = tabel.kolomAwal; c <= Math.min(tabel.kolomAkhir, tabel.kolomAwal + 2); c++) {
    const dariSel = jenisBarisTotal(p.teks(b.baris, c));
    if (dariSel) return dariSel;
  }
  return undefined;
}

function totalAtau(b: BarisTabel, tingkat: Tingkat): Tingkat {
  const jenis = labelTotal(b);
  if (jenis) {
    b.jenisTotal = jenis;
    return 'total';
  }
  return tingkat;
}

function tingkatIndikator(baris: BarisTabel[], kolomPeran: Map<PeranKolom, KolomTabel[]>): void {
  const adaKolomSasaran = kolomPeran.has('sasaran');
  const adaKolomIndikator = kolomPeran.has('indikator') || kolomPeran.has('uraian');
  let sasaranAktif: string | undefined;
  let indukAktif: number | undefined;
  baris.forEach((b, i) => {
    const indikatorTeks = adaKolomIndikator
      ? ([...(kolomPeran.get('indikator') ?? []), ...(kolomPeran.get('uraian') ?? [])]
          .map((k) => b.sel[k.peran]?.mentah)
          .map((v) => (v === null || v === undefined ? '' : String(v).trim()))
          .find((t) => t !== '') ?? '')
      : b.uraian;
    const jenisTotal = labelTotal(b);
    if (jenisTotal) {
      b.tingkat = 'total';
      b.jenisTotal = jenisTotal;
      return;
    }
    const nilai = adaNilai(b);
    const berikut = baris[i + 1];
    const berikutSub = berikut !== undefined && POLA_SUB.test(berikut.uraian);
    if (adaKolomSasaran && indikatorTeks === '' && b.sasaran && !nilai) {
      b.tingkat = 'sasaran';
      b.uraian = b.sasaran;
      sasaranAktif = b.sasaran;
      indukAktif = undefined;
      return;
    }
    if (POLA_SUB.test(b.uraian) && (indukAktif !== undefined || nilai)) {
      b.tingkat = indukAktif !== undefined ? 'sub-indikator' : 'indikator';
      if (indukAktif !== undefined) b.induk = indukAktif;
      b.uraian = b.uraian.replace(POLA_SUB, '').trim();
    } else if (!nilai && berikutSub) {
      b.tingkat = 'indikator';
      indukAktif = i;
    } else if (!nilai && !adaKolomSasaran) {
      b.tingkat = 'sasaran';
      b.uraian = b.uraian.replace(/^sasaran\s*(strategis)?\s*\d*\s*[:.]?\s*/i, '') || b.uraian;
      sasaranAktif = b.uraian;
      indukAktif = undefined;
      return;
    } else {
      b.tingkat = 'indikator';
      indukAktif = undefined;
    }
    if (!b.sasaran && sasaranAktif) b.sasaran = sasaranAktif;
    if (b.sasaran) sasaranAktif = b.sasaran;
    if (!b.polaritas && namaTampakNegatif(b.uraian)) b.saranNegatif = true;
  });
  // Sasaran rows become the parents of the indicators under them.
  let sasaranIndeks: number | undefined;
  baris.forEach((b, i) => {
    if (b.tingkat === 'sasaran') sasaranIndeks = i;
    else if (
      b.tingkat === 'indikator' &&
      sasaranIndeks !== undefined &&
      b.sasaran === baris[sasaranIndeks].uraian
    )
      b.induk = sasaranIndeks;
    else if (b.tingkat === 'total') sasaranIndeks = undefined;
  });
}

/** Number of parts of a kode rekening ("7.01.01.2.01" has 5), counted without splitting: once per DPA row. */
function bagianKode(kode: string): number {
  let n = 1;
  for (let i = 0; i < kode.length; i++) if (kode.charCodeAt(i) === 46) n++;
  return n;
}

function tingkatAnggaran(baris: BarisTabel[], kolomPeran: Map<PeranKolom, KolomTabel[]>): void {
  const kolomTerpisah = (['program', 'kegiatan', 'subKegiatan'] as PeranKolom[]).filter((r) =>
    kolomPeran.has(r),
  );
  const peringkatKode = new Map<number, Tingkat>();
  const panjangKode = [
    ...new Set(baris.map((b) => b.kode && bagianKode(b.kode)).filter((n): n is number => !!n)),
  ].sort((a, b) => a - b);
  const urutan: Tingkat[] = ['program', 'kegiatan', 'sub-kegiatan'];
  if (panjangKode.length > 0 && Math.max(...panjangKode) >= 5) {
    for (const n of panjangKode)
      peringkatKode.set(n, n <= 3 ? 'program' : n <= 5 ? 'kegiatan' : 'sub-kegiatan');
  } else {
    panjangKode.forEach((n, i) => peringkatKode.set(n, urutan[Math.min(i, 2)]));
  }
  const adaRomawi = baris.some((b) => b.no && POLA_ROMAWI.test(b.no));
  const nomorBertitik = baris.some((b) => b.no && /^\d+\.\d+$/.test(b.no));
  const penanda: string[] = [];
  const kedalaman = (t: Tingkat) => urutan.indexOf(t);

  let tingkatTerakhir = -1;
  for (const b of baris) {
    const jenisTotal = labelTotal(b);
    if (jenisTotal) {
      b.tingkat = 'total';
      b.jenisTotal = jenisTotal;
      continue;
    }
    let dariPenanda = false;
    let t: Tingkat | undefined;
    if (b.kode) t = peringkatKode.get(bagianKode(b.kode));
    if (!t && kolomTerpisah.length > 1) {
      const isi = (r: PeranKolom) =>
        (kolomPeran.get(r) ?? []).some(
          (k) => b.sel[r] && String(b.sel[r]?.mentah ?? '').trim() !== '' && k,
        );
      t = isi('subKegiatan') ? 'sub-kegiatan' : isi('kegiatan') ? 'kegiatan' : 'program';
      if (t === 'sub-kegiatan' || t === 'kegiatan') {
        const subKolom = kolomPeran.get('subKegiatan')?.[0];
        if (t === 'sub-kegiatan' && subKolom)
          b.uraian = String(b.sel.subKegiatan?.mentah ?? b.uraian).trim();
      }
    }
    if (!t && b.no) {
      if (POLA_ROMAWI.test(b.no) && adaRomawi) t = 'program';
      else if (adaRomawi && /^\d+\.?$/.test(b.no)) t = 'kegiatan';
      else if (nomorBertitik && /^\d+(\.\d+)*\.?$/.test(b.no))
        t = urutan[Math.min(b.no.replace(/\.$/, '').split('.').length - 1, 2)];
    }
    if (!t) {
      const u = b.uraian;
      if (/^sub\s*kegiatan\b/i.test(u)) t = 'sub-kegiatan';
      else if (/^kegiatan\b/i.test(u)) t = 'kegiatan';
      else if (/^prog(ram|\.)/i.test(u) || (/^[^a-z]{12,}$/.test(u) && /[A-Z]{4}/.test(u)))
        t = 'program';
      else {
        const m = u.match(/^(\d+[.)]|[a-z][.)]|[-–•])\s+/);
        const jenis = m
          ? /^\d/.test(m[1])
            ? 'angka'
            : /^[a-z]/.test(m[1])
              ? 'huruf'
              : 'strip'
          : undefined;
        if (jenis && m) {
          // One level below the last row placed by code, number or name, one more per new marker kind.
          if (!penanda.includes(jenis)) penanda.push(jenis);
          dariPenanda = true;
          t = urutan[Math.min(tingkatTerakhir + 1 + penanda.indexOf(jenis), 2)];
          b.uraian = u.slice(m[0].length).trim();
        }
      }
    }
    if (t && !dariPenanda) {
      penanda.length = 0;
      tingkatTerakhir = kedalaman(t);
    }
    b.tingkat = t ?? 'kegiatan';
  }
  // Parents: the nearest row above at a shallower level.
  const tumpukan: number[] = [];
  baris.forEach((b, i) => {
    if (b.tingkat === 'total') {
      tumpukan.length = 0;
      return;
    }
    while (
      tumpukan.length > 0 &&
      kedalaman(baris[tumpukan[tumpukan.length - 1]].tingkat) >= kedalaman(b.tingkat)
    )
      tumpukan.pop();
    if (tumpukan.length > 0) b.induk = tumpukan[tumpukan.length - 1];
    tumpukan.push(i);
    const induk = b.induk !== undefined ? baris[b.induk] : undefined;
    if (induk?.tingkat === 'program' && !b.program) b.program = induk.uraian;
    if (induk?.tingkat === 'kegiatan') {
      b.kegiatan ??= induk.uraian;
      b.program ??= induk.program;
    }
    if (b.tingkat === 'program') b.program = b.uraian;
  });
}
