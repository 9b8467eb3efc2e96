import { bacaAngka, type GayaAngka, type HasilAngka } from '../domain/angka';
import { rapikanTeks } from '../domain/teks';
import type { NilaiGrid, PembacaGrid } from './grid';
import type { BarisTabel, KolomTabel, SelTabel, Tabel } from './model';
import { PERAN_DIBACA, PERAN_NAMA, PERAN_NILAI, type PeranKolom } from './peran';
import {
  bacaPolaritas,
  BUKAN_ANGKA,
  POLA_BARIS_IKM,
  POLA_KODE,
  POLA_KODE_SEL,
  POLA_SUB,
  POLA_UNSUR,
} from './pola';
import { tingkatAnggaran } from './hierarki';
import { kolomPerPeriode } from './blok';
import { tingkatRenja } from './renja';
import { adaNilai, labelTotal, tingkatIndikator, totalAtau } from './tingkat';

/** The data rows of a recognised table: cells by role, texts, continuation rows, then levels. */

export const URUTAN_NAMA: PeranKolom[] = [
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

/** The years of a row of a table without year columns: none, shared by all its rows. */
const TANPA_TAHUN: BarisTabel['perTahun'] = Object.freeze({});

/**
 * Reads the data rows of one table: the table's facts are worked out once,
 * and each row and cell is read by a short method (run for every row of a
 * 50 000-row DPA, these are optimised once, apart from the code around them).
 */
class PembacaBaris {
  readonly kolomPeran = new Map<PeranKolom, KolomTabel[]>();
  readonly anggaran: boolean;
  readonly renja: boolean;
  private readonly gaya: Map<number, GayaAngka>;
  private readonly terbaca: Map<number, (HasilAngka | undefined)[]>;
  /** Quarterly and monthly figures of indicators (and Renja, multi-year) stand per period. */
  private readonly perPeriode: boolean;
  /** Budget tables read realisasi and anggaran kas per period when they have them for several. */
  private readonly periodeAnggaran: Set<KolomTabel>;
  /** Only multi-year tables fill perTahun: the other rows share one empty, read-only record. */
  private readonly adaTahun: boolean;

  constructor(
    private readonly p: PembacaGrid,
    private readonly tabel: Tabel,
    barisData: number[],
  ) {
    for (const k of tabel.kolom) {
      const daftar = this.kolomPeran.get(k.peran);
      if (daftar) daftar.push(k);
      else this.kolomPeran.set(k.peran, [k]);
    }
    const { gaya, terbaca } = gayaKolom(p, tabel, barisData);
    this.gaya = gaya;
    this.terbaca = terbaca;
    this.anggaran = ['anggaran', 'sasaran-program', 'efisiensi'].includes(tabel.jenis);
    this.renja = tabel.jenis === 'renja';
    this.perPeriode = this.renja || tabel.jenis === 'indikator' || tabel.jenis === 'multi-tahun';
    this.periodeAnggaran = new Set(
      this.anggaran
        ? [
            ...kolomPerPeriode(tabel.kolom, 'realisasiAnggaran'),
            ...kolomPerPeriode(tabel.kolom, 'anggaranKas'),
          ]
        : [],
    );
    this.adaTahun = tabel.jenis === 'multi-tahun' || tabel.jenis === 'renstra';
  }

  /** The `ke`-th data row (sheet row `baris`): its cells by role, then its texts. */
  baris(baris: number, ke: number): BarisTabel {
    const perTahun = this.adaTahun ? {} : TANPA_TAHUN;
    const b: BarisTabel = { baris, tingkat: 'indikator', uraian: '', sel: {}, perTahun };
    for (const k of this.tabel.kolom) if (k.peran !== 'lain') this.taruh(b, k, this.sel(b, ke, k));
    this.teks(b);
    return b;
  }

  /** The cell of column `k` in the `ke`-th data row. */
  private sel({ baris }: BarisTabel, ke: number, k: KolomTabel): SelTabel {
    const p = this.p;
    const bi = p.barisIndukGabungan(baris, k.kolom);
    const mentah = p.nilai(baris, k.kolom);
    const format = p.format(baris, k.kolom);
    // Names and codes are not numbers: only value columns are parsed (50 000-row DPAs stay fast).
    const angka: HasilAngka = !PERAN_DIBACA.has(k.peran)
      ? BUKAN_ANGKA
      : bi !== baris && PERAN_NILAI.has(k.peran)
        ? { jenis: 'kosong', alasan: 'kosong' } // a value merged down is read once, at its top row
        : (bacaanTanpaRagu(this.terbaca.get(k.kolom)?.[ke], mentah) ??
          bacaAngka(mentah, { format, gaya: this.gaya.get(k.kolom) }));
    // A % column of fractions (0,4076 for 40,76 %) reads as the percentage it states.
    if (k.pecahan && angka.nilai !== undefined) angka.nilai *= 100;
    const sel: SelTabel = { baris, kolom: k.kolom, mentah, angka };
    if (format) sel.format = format;
    const rumus = p.rumus(baris, k.kolom);
    if (rumus) sel.rumus = rumus;
    return sel;
  }

  /** A cell into its row: per period, per year, or by role (a later column fills an empty one). */
  private taruh(b: BarisTabel, k: KolomTabel, sel: SelTabel): void {
    const { peran } = k;
    if (
      k.periode &&
      ((this.perPeriode && PERAN_PERIODE.has(peran)) || this.periodeAnggaran.has(k))
    ) {
      const per = ((b.perPeriode ??= {})[k.periode.ke] ??= {});
      if (!per[peran] || per[peran]?.angka.jenis === 'kosong') per[peran] = sel;
      return;
    }
    const triple = peran === 'target' || peran === 'realisasi' || peran === 'capaian';
    if (triple && k.tahun !== undefined && this.adaTahun) {
      const th = (b.perTahun[k.tahun] ??= {});
      if (!th[peran] || th[peran]?.angka.jenis === 'kosong') th[peran] = sel;
      if (k.tahun !== this.tabel.tahun) return;
    }
    const lama = b.sel[peran];
    if (
      !lama ||
      (lama.angka.jenis === 'kosong' && sel.angka.jenis !== 'kosong') ||
      (k.milik && !lama)
    ) {
      if (!(lama && k.milik)) b.sel[peran] = sel;
    }
  }

  /** The row's texts: its name (and a Renja row's indicator), number, code, unit and the like. */
  private teks(b: BarisTabel): void {
    const { p, kolomPeran, renja } = this;
    const baris = b.baris;
    // A Renja row is a program, kegiatan or sub kegiatan with its indicator beside it.
    if (renja) {
      const ind = teksPertama(p, baris, kolomPeran.get('indikator'));
      if (ind) b.indikator = rapikanTeks(ind);
    }
    for (const r of URUTAN_NAMA) {
      if (renja && r === 'indikator') continue;
      const t = teksPertama(p, baris, kolomPeran.get(r));
      if (t) b.uraian = rapikanTeks(t);
      if (b.uraian) break;
    }
    const teksDari = (r: PeranKolom) => {
      const k = kolomPeran.get(r)?.[0];
      return k ? rapikanTeks(p.teks(baris, k.kolom)) : '';
    };
    const no = teksDari('no');
    if (no) b.no = no;
    const kode = kodeBaris(p, baris, kolomPeran.get('kode'), b) || (POLA_KODE.test(no) ? no : '');
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
  }
}

export function bangunBaris(p: PembacaGrid, tabel: Tabel, barisData: number[]): BarisTabel[] {
  if (tabel.jenis === 'ikm' && !tabel.kolom.some((k) => k.peran === 'nrr'))
    return barisUnsurMendatar(p, tabel, barisData);
  const pembaca = new PembacaBaris(p, tabel, barisData);
  const { kolomPeran, anggaran, renja } = pembaca;
  const hasil: BarisTabel[] = [];
  for (let ke = 0; ke < barisData.length; ke++) hasil.push(pembaca.baris(barisData[ke], ke));
  gabungLanjutan(hasil, tabel, p);
  const semua = hasil.filter((b) => !b.lanjutan || b.uraian !== '');
  if (anggaran) {
    const k = tingkatAnggaran(semua, kolomPeran);
    const lama = tabel.keyakinan ?? { pasti: true, tebakan: [] };
    tabel.keyakinan = { pasti: lama.pasti && k.pasti, tebakan: [...lama.tebakan, ...k.tebakan] };
  } else if (renja) {
    const k = tingkatRenja(semua, p, tabel.kolom, kolomPeran);
    const lama = tabel.keyakinan ?? { pasti: true, tebakan: [] };
    tabel.keyakinan = { pasti: lama.pasti && k.pasti, tebakan: [...lama.tebakan, ...k.tebakan] };
  } else if (tabel.jenis === 'ikm') semua.forEach((b) => (b.tingkat = tingkatIkm(b)));
  else if (tabel.jenis === 'skala') {
    semua.forEach((b) => {
      b.tingkat = 'kelas';
      b.uraian ||= String(b.sel.kategori?.mentah ?? '').trim();
    });
  } else tingkatIndikator(semua, kolomPeran);
  return semua;
}

/** The first non-empty text of the row in these columns ("" when none). */
function teksPertama(p: PembacaGrid, baris: number, kolom: KolomTabel[] | undefined): string {
  if (kolom) {
    for (const k of kolom) {
      const t = p.teks(baris, k.kolom);
      if (t !== '') return t;
    }
  }
  return '';
}

/** An IKM table's row: a summary row (total, "IKM Unit Layanan", "NRR Tertimbang") or an unsur. */
function tingkatIkm(b: BarisTabel): BarisTabel['tingkat'] {
  const t = totalAtau(b, 'unsur');
  if (t === 'unsur' && POLA_BARIS_IKM.test(b.uraian)) {
    b.jenisTotal = 'rata-rata';
    return 'total';
  }
  return t;
}

/** Roles that stand per period when a column names a quarter or a month. */
const PERAN_PERIODE = new Set<PeranKolom>([
  'target',
  'realisasi',
  'capaian',
  'realisasiAnggaran',
  'pagu',
]);

/**
 * The code of a row: the deepest one of its kode columns. With several kode
 * columns (urusan, unit, program, rekening) the row also keeps them all, for
 * its place in the hierarchy.
 */
function kodeBaris(
  p: PembacaGrid,
  baris: number,
  kolomKode: KolomTabel[] | undefined,
  b: BarisTabel,
): string {
  if (!kolomKode || kolomKode.length === 0) return '';
  if (kolomKode.length === 1) return rapikanTeks(p.teks(baris, kolomKode[0].kolom));
  let kode = '';
  const lengkap: string[] = [];
  for (const k of kolomKode) {
    const t = rapikanTeks(p.teks(baris, k.kolom));
    if (t === '' || !POLA_KODE_SEL.test(t)) continue;
    kode = t;
    lengkap.push(`${k.kolom}:${t}`);
  }
  if (lengkap.length > 0) b.kodeLengkap = lengkap.join('|');
  return kode;
}

/** Number style per column, from its unambiguous text cells: settles "1.234". */
function gayaKolom(
  p: PembacaGrid,
  tabel: Tabel,
  barisData: number[],
): { gaya: Map<number, GayaAngka>; terbaca: Map<number, (HasilAngka | undefined)[]> } {
  const gaya = new Map<number, GayaAngka>();
  const terbaca = new Map<number, (HasilAngka | undefined)[]>();
  for (const k of tabel.kolom) {
    if (!PERAN_NILAI.has(k.peran) && k.peran !== 'sisa') continue;
    let id = 0;
    let us = 0;
    const bacaan: (HasilAngka | undefined)[] = [];
    barisData.forEach((b, i) => {
      const v = p.nilai(b, k.kolom);
      if (typeof v !== 'string') return;
      const h = bacaAngka(v);
      bacaan[i] = h;
      if (h.ambigu || !h.gaya) return;
      if (h.gaya === 'id') id++;
      else us++;
    });
    if (id + us > 0) gaya.set(k.kolom, us > id ? 'us' : 'id');
    if (bacaan.length) terbaca.set(k.kolom, bacaan);
  }
  return { gaya, terbaca };
}

/**
 * A text already read while the column's style was sought, when that reading
 * stands: a text read without doubt reads the same in either style (only
 * "1.234" waits for the column's style), and a text's format plays no part.
 */
function bacaanTanpaRagu(h: HasilAngka | undefined, mentah: NilaiGrid): HasilAngka | undefined {
  return h && !h.ambigu && typeof mentah === 'string' ? h : undefined;
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
