import { hitungSerapan, hitungSisa } from '../domain/agregasi';
import { formatRingkas } from '../domain/angka';
import { hitungCapaian } from '../domain/capaian';
import { tentukanKategori } from '../domain/kategori';
import { alamat } from '../sheet/grid';
import { barisDijumlah } from '../sheet/rumus-jumlah';
import type { BarisTabel, SelTabel, Tabel } from '../sheet/model';
import { PERAN_DIBACA, type PeranKolom } from '../sheet/peran';
import type { HasilBaris, HasilTabel } from './hasil';
import { bandingkan, catatKategori } from './periksa';
import {
  bisaDirumus,
  FORMAT_PERSEN,
  kolomBaru,
  nilaiSel,
  penampil,
  polaritasBaris,
  ref,
  selNilai,
  type Konteks,
} from './hitung-bersama';
import { badanCapaian, rumusKategori, rumusSerapan } from './rumus-excel';
import type { KolomKeluaran } from './tata-letak';

/**
 * The Permendagri 86 Renja evaluation form. Per program, kegiatan and sub
 * kegiatan row: capaian of this year's kinerja against this year's target,
 * kategori, serapan of this year's budget, and capaian against the Renstra's
 * end-period target. The form's own columns are checked by the rules the
 * table itself follows (learned from most of its rows, so a form that counts
 * differently is read its own way): this year's realisasi as the sum of the
 * quarters, realisasi up to this year as last year's plus this year's, the
 * capaian against the Renstra as that over the end target; and each parent
 * row as the sum of the rows its formulas roll up, with every figure computed
 * from the bottom up (a wrong sub-total makes its parent wrong too).
 */

/** A row's figures by role (the year's column) and the sum of a role over the periods. */
interface Akses {
  peran: (peran: PeranKolom) => number | undefined;
  periode: (peran: PeranKolom) => number | undefined;
}

/** A rule between a table's columns, checked at the cell it states. */
interface Aturan {
  peran: PeranKolom;
  nama: string;
  /** The figure from the others, or undefined when they are missing. */
  hitung: (n: Akses) => number | undefined;
  jelaskan: string;
}

const ATURAN: Aturan[] = [
  {
    peran: 'realisasi',
    nama: 'realisasi kinerja tahun ini',
    hitung: (n) => n.periode('realisasi'),
    jelaskan: 'jumlah realisasi triwulan',
  },
  {
    peran: 'realisasiAnggaran',
    nama: 'realisasi anggaran tahun ini',
    hitung: (n) => n.periode('realisasiAnggaran'),
    jelaskan: 'jumlah realisasi anggaran triwulan',
  },
  {
    peran: 'realisasiKumulatif',
    nama: 'realisasi kinerja s.d. tahun ini',
    hitung: (n) => tambah(n.peran('realisasiLalu'), n.peran('realisasi')),
    jelaskan: 'realisasi s.d. tahun lalu + realisasi tahun ini',
  },
  {
    peran: 'realisasiAnggaranKumulatif',
    nama: 'realisasi anggaran s.d. tahun ini',
    hitung: (n) => tambah(n.peran('realisasiAnggaranLalu'), n.peran('realisasiAnggaran')),
    jelaskan: 'realisasi anggaran s.d. tahun lalu + tahun ini',
  },
  {
    peran: 'capaian',
    nama: 'capaian kinerja tahun ini',
    hitung: (n) => bagi(n.peran('realisasi'), n.peran('target')),
    jelaskan: 'realisasi tahun ini / target tahun ini x 100',
  },
  {
    peran: 'capaianAkhir',
    nama: 'capaian kinerja terhadap target akhir Renstra',
    hitung: (n) => bagi(n.peran('realisasiKumulatif'), n.peran('targetAkhir')),
    jelaskan: 'realisasi s.d. tahun ini / target akhir Renstra x 100',
  },
  {
    peran: 'serapanAkhir',
    nama: 'realisasi anggaran terhadap pagu akhir Renstra',
    hitung: (n) => bagi(n.peran('realisasiAnggaranKumulatif'), n.peran('paguAkhir')),
    jelaskan: 'realisasi anggaran s.d. tahun ini / pagu akhir Renstra x 100',
  },
];

function tambah(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

function bagi(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : (a / b) * 100;
}

/** Money roles: their parents are sums of their children. */
const PERAN_UANG = new Set<PeranKolom>([
  'paguAkhir',
  'realisasiAnggaranLalu',
  'pagu',
  'realisasiAnggaran',
  'realisasiAnggaranKumulatif',
]);

const sama = (a: number, b: number, uang: boolean) =>
  uang ? Math.abs(a - b) < 1 : Math.abs(a - b) < 0.005 + 1e-9 * Math.abs(b);

/** The cells of a row by sheet column: the year's and the periods'. */
function selPerKolom(b: BarisTabel): Map<number, SelTabel> {
  const hasil = new Map<number, SelTabel>();
  for (const s of Object.values(b.sel)) if (s) hasil.set(s.kolom, s);
  for (const per of Object.values(b.perPeriode ?? {}))
    for (const s of Object.values(per)) if (s) hasil.set(s.kolom, s);
  return hasil;
}

export function hitungRenja(
  tabel: Tabel,
  k: Konteks,
): { hasilTabel: HasilTabel; kolom: KolomKeluaran[] } {
  const p = k.pengaturan;
  const { tampil } = penampil(p.pembulatan);
  const kCapaian = kolomBaru('capaian', undefined, FORMAT_PERSEN);
  const kKategori = kolomBaru('kategori');
  const kSerapan = kolomBaru('serapan', undefined, FORMAT_PERSEN);
  const dihitung = hitungDariBawah(tabel, k);
  const baris: HasilBaris[] = tabel.baris.map((b) => barisRenja(b, k, dihitung));
  const dinyatakan = (peran: PeranKolom) => tabel.kolom.some((x) => x.peran === peran && !x.milik);
  tabel.baris.forEach((b, i) => {
    const h = baris[i];
    const T = b.sel.target;
    const R = b.sel.realisasi;
    if (h.capaian !== undefined || (T && R && T.angka.nilai !== undefined)) {
      const opsi = {
        polaritas: h.polaritas ?? 'positif',
        rumusNegatif: p.rumusNegatif,
        batas: p.batas,
        cara: p.pembulatan,
      };
      kCapaian.sel.set(
        b.baris,
        T && R && bisaDirumus(T) && bisaDirumus(R) && p.mode === 'rumus'
          ? {
              nilai: tampil(h.capaian) ?? '',
              rumus: `=${badanCapaian(ref(T), ref(R), opsi)}`,
              format: FORMAT_PERSEN,
            }
          : selNilai(tampil(h.capaian), FORMAT_PERSEN),
      );
      kKategori.sel.set(
        b.baris,
        kCapaian.sel.get(b.baris)?.rumus && !dinyatakan('capaian')
          ? {
              nilai: h.kategori ?? '',
              rumusNanti: (a) => rumusKategori(a('capaian', b.baris), k.skala),
            }
          : selNilai(h.kategori),
      );
      const kategori = b.sel.kategori;
      if (kategori && dinyatakan('kategori'))
        catatKategori(k, tabel, kategori, h.kategori, h.capaian);
    }
    const P = b.sel.pagu;
    const RA = b.sel.realisasiAnggaran;
    if (h.serapan !== undefined && P && RA) {
      kSerapan.sel.set(
        b.baris,
        bisaDirumus(P) && bisaDirumus(RA) && p.mode === 'rumus'
          ? {
              nilai: tampil(h.serapan) ?? '',
              rumus: rumusSerapan(ref(P).alamat, ref(RA).alamat, p.pembulatan),
              format: FORMAT_PERSEN,
            }
          : selNilai(tampil(h.serapan), FORMAT_PERSEN),
      );
    }
  });
  const capaian = baris.map((h) => h.capaian).filter((c): c is number => c !== undefined);
  const ringkasan: HasilTabel['ringkasan'] = {};
  if (capaian.length > 0) {
    ringkasan.capaian = capaian.reduce((a, c) => a + c, 0) / capaian.length;
    ringkasan.kategori = tentukanKategori(ringkasan.capaian, k.skala);
  }
  // A form that states its capaian or predikat has them checked, not written again beside them.
  const kolom = [
    ...(dinyatakan('capaian') ? [] : [kCapaian]),
    ...(dinyatakan('kategori') ? [] : [kKategori]),
    kSerapan,
  ];
  return {
    hasilTabel: { tabel, jenis: tabel.jenis, baris, ringkasan },
    kolom: kolom.filter((x) => x.sel.size > 0),
  };
}

/** A row's figures: capaian this year, kategori, serapan, capaian against the Renstra. */
function barisRenja(
  b: BarisTabel,
  k: Konteks,
  dihitung: (b: BarisTabel, peran: PeranKolom) => number | undefined,
): HasilBaris {
  const h: HasilBaris = { baris: b.baris, tingkat: b.tingkat, uraian: b.uraian };
  if (b.indikator) h.indikator = b.indikator;
  if (b.satuan) h.satuan = b.satuan;
  if (b.program) h.program = b.program;
  if (b.tingkat === 'total') return h;
  const t = nilaiSel(b.sel.target);
  const r = nilaiSel(b.sel.realisasi);
  if (t !== undefined) h.target = t;
  if (r !== undefined) h.realisasi = r;
  const { polaritas, dari } = polaritasBaris(b, k);
  h.polaritas = polaritas;
  h.polaritasDari = dari;
  if (b.sel.target && b.sel.realisasi) {
    const c = hitungCapaian({
      target: b.sel.target.angka,
      realisasi: b.sel.realisasi.angka,
      polaritas,
      rumusNegatif: k.pengaturan.rumusNegatif,
      batas: k.pengaturan.batas,
      cara: k.pengaturan.pembulatan,
    });
    if (c.nilai !== undefined) {
      h.capaian = c.nilai;
      h.kategori = tentukanKategori(c.nilai, k.skala);
    } else if (c.alasan) h.alasan = c.alasan;
    h.rumus = c.rumus;
  }
  const pagu = dihitung(b, 'pagu');
  const realisasi = dihitung(b, 'realisasiAnggaran');
  if (pagu !== undefined) h.pagu = pagu;
  if (realisasi !== undefined) h.realisasiAnggaran = realisasi;
  if (pagu !== undefined && realisasi !== undefined) {
    const s = hitungSerapan(realisasi, pagu, k.pengaturan.pembulatan).nilai;
    if (s !== undefined) h.serapan = s;
    h.sisa = hitungSisa(pagu, realisasi);
  }
  const akhir = bagi(dihitung(b, 'realisasiKumulatif'), dihitung(b, 'targetAkhir'));
  if (akhir !== undefined) h.capaianTargetAkhir = akhir;
  return h;
}

/** A value column of the form: its sheet column, role and period. */
interface KolomNilai {
  kolom: number;
  peran: PeranKolom;
  periode?: number;
}

/**
 * Every figure of the form computed from the bottom up: a parent's money is the
 * sum of its children's (in each column where most parents are), a derived
 * column follows the table's rules from the computed inputs; each stated
 * figure that differs is a finding at its cell. Returns the computed figure
 * of a row's year column by role.
 */
function hitungDariBawah(
  tabel: Tabel,
  k: Konteks,
): (b: BarisTabel, peran: PeranKolom) => number | undefined {
  const kolom: KolomNilai[] = tabel.kolom
    .filter((x) => PERAN_DIBACA.has(x.peran) && !x.milik)
    .map((x) => ({ kolom: x.kolom, peran: x.peran, periode: x.periode?.ke }));
  const tahunan = new Map(
    kolom.filter((x) => x.periode === undefined).map((x) => [x.peran, x.kolom]),
  );
  const sel = new Map(tabel.baris.map((b) => [b, selPerKolom(b)]));
  const tertulis = (b: BarisTabel, c: number) => sel.get(b)?.get(c)?.angka.nilai;
  const anak = new Map<BarisTabel, BarisTabel[]>();
  for (const b of tabel.baris) {
    if (b.induk === undefined) continue;
    const induk = tabel.baris[b.induk];
    anak.set(induk, [...(anak.get(induk) ?? []), b]);
  }
  const akses = (
    b: BarisTabel,
    ambil: (b: BarisTabel, c: number) => number | undefined,
  ): Akses => ({
    peran: (peran) => {
      const c = tahunan.get(peran);
      return c === undefined ? undefined : ambil(b, c);
    },
    periode: (peran) =>
      tambahSemua(
        kolom
          .filter((x) => x.peran === peran && x.periode !== undefined)
          .map((x) => ambil(b, x.kolom)),
      ),
  });
  const aturan = ATURAN.filter(
    (a) => tahunan.has(a.peran) && diikuti(tabel, a, (b) => akses(b, tertulis), tertulis, tahunan),
  );
  const dijumlah = new Set(
    kolom
      .filter(
        (x) => PERAN_UANG.has(x.peran) && berjumlah(anak, x.kolom, (b) => sel.get(b)?.get(x.kolom)),
      )
      .map((x) => x.kolom),
  );
  const memo = new Map<BarisTabel, Map<number, number | undefined>>();
  const nilai = (b: BarisTabel, c: number): number | undefined => {
    const m = memo.get(b) ?? new Map<number, number | undefined>();
    memo.set(b, m);
    if (m.has(c)) return m.get(c);
    m.set(c, tertulis(b, c)); // guards a cycle
    const daftar = anak.get(b);
    const a = aturan.find((x) => tahunan.get(x.peran) === c);
    let v: number | undefined;
    if (daftar && dijumlah.has(c)) v = tambahSemua(daftar.map((x) => nilai(x, c)));
    else if (a) v = a.hitung(akses(b, nilai));
    if (v === undefined) v = tertulis(b, c);
    m.set(c, v);
    return v;
  };
  const diperiksa = (c: number) =>
    dijumlah.has(c) || aturan.some((a) => tahunan.get(a.peran) === c);
  for (const b of tabel.baris) {
    for (const x of kolom) {
      if (!diperiksa(x.kolom)) continue;
      const total = b.tingkat === 'total';
      const v = !total
        ? nilai(b, x.kolom)
        : b.jumlahDari && dijumlah.has(x.kolom)
          ? tambahSemua(b.jumlahDari.map((i) => nilai(tabel.baris[i], x.kolom)))
          : undefined;
      const induk = total || (anak.has(b) && dijumlah.has(x.kolom));
      laporkan(k, tabel, b, sel.get(b)?.get(x.kolom), v, x, induk, aturan);
    }
  }
  return (b, peran) => {
    const c = tahunan.get(peran);
    return c === undefined ? undefined : nilai(b, c);
  };
}

/** A rule most rows with the figures follow (60 %): one this table lives by. */
function diikuti(
  tabel: Tabel,
  a: Aturan,
  akses: (b: BarisTabel) => Akses,
  tertulis: (b: BarisTabel, c: number) => number | undefined,
  tahunan: Map<PeranKolom, number>,
): boolean {
  const c = tahunan.get(a.peran) as number;
  let ikut = 0;
  let semua = 0;
  for (const b of tabel.baris) {
    const t = tertulis(b, c);
    const d = a.hitung(akses(b));
    if (t === undefined || d === undefined) continue;
    semua++;
    if (sama(t, d, PERAN_UANG.has(a.peran))) ikut++;
  }
  return semua >= 2 && ikut >= semua * 0.6;
}

function tambahSemua(nilai: (number | undefined)[]): number | undefined {
  return nilai.reduce<number | undefined>((a, v) => tambah(a, v), undefined);
}

/**
 * A money column whose parents are sums: most of its parent cells equal their
 * children's sum, or hold a sum formula (one parent that adds wrongly does not
 * make the column something else).
 */
function berjumlah(
  anak: Map<BarisTabel, BarisTabel[]>,
  c: number,
  sel: (b: BarisTabel) => SelTabel | undefined,
): boolean {
  let cocok = 0;
  let semua = 0;
  for (const [b, daftar] of anak) {
    const s = sel(b);
    const t = s?.angka.nilai;
    const j = tambahSemua(daftar.map((x) => sel(x)?.angka.nilai));
    if (t === undefined || j === undefined) continue;
    semua++;
    if (Math.abs(t - j) < 1 || (s?.rumus && barisDijumlah(s.rumus, c))) cocok++;
  }
  return semua > 0 && cocok >= semua * 0.5;
}

function laporkan(
  k: Konteks,
  tabel: Tabel,
  b: BarisTabel,
  sel: SelTabel | undefined,
  v: number | undefined,
  x: KolomNilai,
  induk: boolean,
  aturan: Aturan[],
): void {
  const t = sel?.angka.nilai;
  const uang = PERAN_UANG.has(x.peran);
  if (!sel || t === undefined || v === undefined || sama(t, v, uang)) return;
  const a = induk ? undefined : aturan.find((r) => r.peran === x.peran);
  if (a && !uang) {
    bandingkan(k, tabel, sel, v, 'rumus-kolom-berbeda', a.nama, a.jelaskan);
    return;
  }
  const siapa = b.tingkat === 'total' ? 'jumlah' : `${b.tingkat} "${b.uraian}"`;
  k.temuan.push({
    sheet: tabel.sheet,
    sel: alamat(sel.baris, sel.kolom),
    kode: induk ? 'induk-berbeda' : 'rumus-kolom-berbeda',
    tingkat: 'error',
    tertulis: t,
    seharusnya: v,
    pesan: induk
      ? `${siapa} tertulis ${formatRingkas(t)}, jumlah rincian di bawahnya ${formatRingkas(v)}`
      : `${a?.nama ?? x.peran} tertulis ${formatRingkas(t)}, seharusnya ${formatRingkas(v)} (${a?.jelaskan ?? ''})`,
  });
}
