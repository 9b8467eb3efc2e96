import { formatAngka, formatMasukan, formatRingkas, formatRupiah } from '../domain/angka';
import type { MetodeEfisiensi } from '../domain/efisiensi';
import type { KelasSkala, Skala } from '../domain/kategori';
import type { AngkaAnggaran, HasilBaris, HasilTabel } from '../engine/hasil';
import type { PosAnggaran, StrukturAnggaran } from './anggaran';
import type { BarisSumber, Faktor } from './bahan';
import type { SelLaporan, TabelLaporan } from './model';
import { tempatkanSel, type SelBertempat } from './ukuran';

/**
 * The tables of BAB III, each built from the engine's rows: the scale, the
 * indicators with merged sasaran cells, the years, the Renstra, the causes,
 * the IKM, efisiensi, programs, and the budget. Numbers stay numbers with a
 * format, so the worksheet output keeps them as numbers.
 */

export function sel(teks: string, angka = false, tambahan: Partial<SelLaporan> = {}): SelLaporan {
  return { teks, angka, ...tambahan };
}

/** The table without the column headed `judul` when none of its body cells says anything. */
export function tanpaKolomKosong(t: TabelLaporan, judul: string): TabelLaporan {
  const kepala = tempatkanSel(t.kepala);
  const k = kepala.flat().find((x) => x.sel.teks === judul && (x.sel.lebar ?? 1) === 1)?.kolom;
  if (k === undefined) return t;
  const badan = tempatkanSel(t.baris);
  const kosong = badan.every((r) =>
    r.every((x) => x.kolom !== k || x.sel.teks === '-' || x.sel.teks === ''),
  );
  if (!kosong) return t;
  const buang = (rows: SelBertempat[][]) =>
    rows.map((r) => r.filter((x) => x.kolom !== k).map((x) => x.sel));
  return { ...t, kepala: buang(kepala), baris: buang(badan) };
}

function kepala(...judul: string[]): SelLaporan[][] {
  return [judul.map((t) => sel(t, false, { tebal: true }))];
}

/** A number cell: Rupiah without the symbol, a computed percentage with two decimals, or an input as written. */
export function angkaSel(
  n: number | undefined,
  jenis: 'rupiah' | 'hasil' | 'masukan' = 'hasil',
): SelLaporan {
  if (n === undefined || !Number.isFinite(n)) return sel('-', true);
  const teks =
    jenis === 'rupiah'
      ? formatRupiah(n).replace(/^(-?)Rp/, '$1')
      : jenis === 'masukan'
        ? formatMasukan(n)
        : formatRingkas(n);
  const format = jenis === 'rupiah' ? '#,##0' : jenis === 'hasil' ? '0.00' : 'General';
  return sel(teks, true, { nilai: n, format });
}

/** A target or realisasi: a number as written, or a grade / text as it is. */
export function nilaiSel(v: number | string | undefined): SelLaporan {
  return typeof v === 'number'
    ? angkaSel(v, 'masukan')
    : sel(v === undefined ? '-' : String(v), true);
}

function batas(n: number): string {
  return formatAngka(n, { desimal: 2, ringkas: true });
}

/** A class of a scale as a range of capaian C: "C ≥ 91", "76 ≤ C < 91", "C ≤ 50". */
export function rentangKelas(k: KelasSkala): string {
  const bawah = k.dari === null ? '' : `${batas(k.dari)} ${k.dariInklusif ? '≤' : '<'} `;
  const atas = k.sampai === null ? '' : ` ${k.sampaiInklusif ? '≤' : '<'} ${batas(k.sampai)}`;
  if (k.dari !== null && k.sampai === null)
    return `C ${k.dariInklusif ? '≥' : '>'} ${batas(k.dari)}`;
  return `${bawah}C${atas}`;
}

export function tabelSkala(nomor: string, skala: Skala, sumber: string): TabelLaporan {
  return {
    nomor,
    judul: `Skala Nilai Peringkat Kinerja (${skala.nama})`,
    kepala: kepala('No', 'Rentang Capaian (C, %)', 'Kategori'),
    baris: skala.kelas.map((k, i) => [sel(String(i + 1)), sel(rentangKelas(k)), sel(k.label)]),
    sumber,
  };
}

/** Indicators grouped under their sasaran; the sasaran cell spans its indicators' rows. */
export interface KelompokSasaran {
  sasaran?: string;
  baris: BarisSumber[];
}

export function tabelIndikator(
  nomor: string,
  judul: string,
  kelompok: KelompokSasaran[],
  sumber: string,
  standar?: { judul: string; nilai: Map<number, number | undefined> },
): TabelLaporan {
  const adaSasaran = kelompok.some((k) => k.sasaran);
  const judulKolom = ['No', ...(adaSasaran ? ['Sasaran'] : []), 'Indikator Kinerja', 'Satuan'];
  judulKolom.push('Target', 'Realisasi', ...(standar ? [standar.judul] : []));
  judulKolom.push('Capaian (%)', 'Kategori');
  let no = 0;
  const baris = kelompok.flatMap((k) =>
    k.baris.map(({ b, i, satuan }, j) => {
      const sub = b.tingkat === 'sub-indikator';
      const r: SelLaporan[] = [sel(sub ? '' : String(++no))];
      if (adaSasaran && j === 0)
        r.push(sel(k.sasaran ?? '-', false, k.baris.length > 1 ? { tinggi: k.baris.length } : {}));
      r.push(sel(b.uraian, false, sub ? { menjorok: 1 } : {}), sel(satuan ?? '-'));
      r.push(nilaiSel(b.target), nilaiSel(b.realisasi));
      if (standar) r.push(angkaSel(standar.nilai.get(i), 'masukan'));
      r.push(
        angkaSel(b.capaian),
        sel(b.kategori ?? (b.capaian === undefined ? 'belum diukur' : '-')),
      );
      return r;
    }),
  );
  return tanpaKolomKosong({ nomor, judul, kepala: kepala(...judulKolom), baris, sumber }, 'Satuan');
}

/** Each year's target, realisasi and capaian (target only when it fits, capaian only for years that have it). */
export function tabelMultiTahun(
  nomor: string,
  judul: string,
  baris: BarisSumber[],
  tahun: number[],
  denganTarget: boolean,
  sumber: string,
): TabelLaporan {
  const ada = (y: number, k: 'target' | 'realisasi' | 'capaian') =>
    baris.some(({ b }) => b.tahun?.[String(y)]?.[k] !== undefined);
  const kolomTahun = tahun.map((y) =>
    (['target', 'realisasi', 'capaian'] as const).filter(
      (k) => ada(y, k) && (k !== 'target' || denganTarget),
    ),
  );
  const nama = { target: 'Target', realisasi: 'Realisasi', capaian: 'Capaian (%)' };
  const atas: SelLaporan[] = [
    sel('No', false, { tinggi: 2, tebal: true }),
    sel('Indikator Kinerja', false, { tinggi: 2, tebal: true }),
    sel('Satuan', false, { tinggi: 2, tebal: true }),
    ...tahun.flatMap((y, j) =>
      kolomTahun[j].length
        ? [sel(`Tahun ${y}`, false, { tebal: true, lebar: kolomTahun[j].length })]
        : [],
    ),
  ];
  const bawah = kolomTahun.flatMap((k) => k.map((x) => sel(nama[x], false, { tebal: true })));
  return tanpaKolomKosong(
    {
      nomor,
      judul,
      kepala: [atas, bawah],
      baris: baris.map(({ b, satuan }, i) => [
        sel(String(i + 1)),
        sel(b.uraian),
        sel(satuan ?? '-'),
        ...tahun.flatMap((y, j) =>
          kolomTahun[j].map((k) => {
            const v = b.tahun?.[String(y)]?.[k];
            return k === 'capaian' ? angkaSel(v as number | undefined) : nilaiSel(v);
          }),
        ),
      ]),
      sumber,
    },
    'Satuan',
  );
}

export interface BarisRenstra {
  b: HasilBaris;
  satuan?: string;
  dataAwal?: number | string;
  targetAkhir: number | string;
  capaian?: number;
}

export function tabelRenstra(
  nomor: string,
  judul: string,
  baris: BarisRenstra[],
  tahun: { awal?: number; kini?: number; akhir?: number },
  sumber: string,
): TabelLaporan {
  const adaAwal = baris.some((r) => r.dataAwal !== undefined);
  const kolom = ['No', 'Indikator Kinerja', 'Satuan'];
  if (adaAwal) kolom.push(`Kondisi Awal${tahun.awal ? ` (${tahun.awal})` : ''}`);
  kolom.push(`Realisasi${tahun.kini ? ` ${tahun.kini}` : ''}`);
  kolom.push(`Target Akhir Renstra${tahun.akhir ? ` (${tahun.akhir})` : ''}`);
  kolom.push('Capaian terhadap Target Akhir (%)');
  return {
    nomor,
    judul,
    kepala: kepala(...kolom),
    baris: baris.map((r, i) => [
      sel(String(i + 1)),
      sel(r.b.uraian),
      sel(r.satuan ?? '-'),
      ...(adaAwal ? [nilaiSel(r.dataAwal)] : []),
      nilaiSel(r.b.realisasi),
      nilaiSel(r.targetAkhir),
      angkaSel(r.capaian),
    ]),
    sumber,
  };
}

export function tabelFaktor(
  nomor: string,
  judul: string,
  baris: { uraian: string; f: Faktor }[],
  judulGabungan: string,
  sumber: string,
): TabelLaporan {
  const terpisah = baris.some((r) => r.f.pendukung || r.f.penghambat);
  const gabungan = baris.some((r) => r.f.gabungan && !r.f.pendukung && !r.f.penghambat);
  const kolom = ['No', 'Indikator Kinerja'];
  if (terpisah) kolom.push('Faktor Pendukung', 'Faktor Penghambat');
  if (gabungan || !terpisah) kolom.push(judulGabungan);
  return {
    nomor,
    judul,
    kepala: kepala(...kolom),
    baris: baris.map(({ uraian, f }, i) => [
      sel(String(i + 1)),
      sel(uraian),
      ...(terpisah ? [sel(f.pendukung ?? '-'), sel(f.penghambat ?? '-')] : []),
      ...(gabungan || !terpisah ? [sel(f.gabungan ?? '-')] : []),
    ]),
    sumber,
  };
}

export function tabelIkm(
  nomor: string,
  judul: string,
  unsur: { nama: string; nrr: number }[],
  ringkasan: { nrr?: number; ikm?: number; mutu?: string },
  sumber: string,
): TabelLaporan {
  const nrr = (n: number | undefined) =>
    n === undefined
      ? sel('-', true)
      : sel(formatAngka(n, { desimal: 3 }), true, { nilai: n, format: '0.000' });
  return {
    nomor,
    judul,
    kepala: kepala('No', 'Unsur Pelayanan', 'NRR', 'Nilai Konversi (NRR x 25)'),
    baris: [
      ...unsur.map((u, i) => [sel(String(i + 1)), sel(u.nama), nrr(u.nrr), angkaSel(u.nrr * 25)]),
      [
        sel(''),
        sel(
          `Indeks Kepuasan Masyarakat${ringkasan.mutu ? `, mutu ${ringkasan.mutu}` : ''}`,
          false,
          {
            tebal: true,
          },
        ),
        { ...nrr(ringkasan.nrr), tebal: true },
        { ...angkaSel(ringkasan.ikm), tebal: true },
      ],
    ],
    sumber,
  };
}

/** Money columns of a budget row: pagu (murni and perubahan when the table has both), realisasi, serapan, sisa. */
function selAnggaran(b: AngkaAnggaran, murni: boolean): SelLaporan[] {
  return [
    ...(murni ? [angkaSel(b.paguMurni, 'rupiah')] : []),
    angkaSel(b.pagu, 'rupiah'),
    angkaSel(b.realisasiAnggaran ?? (b.pagu !== undefined ? 0 : undefined), 'rupiah'),
    angkaSel(b.serapan),
    angkaSel(b.sisa, 'rupiah'),
  ];
}

function kepalaAnggaran(nama: string[], murni: boolean): SelLaporan[][] {
  const h = (t: string, x: Partial<SelLaporan> = {}) => sel(t, false, { tebal: true, ...x });
  if (!murni) return kepala(...nama, 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa (Rp)');
  const tinggi = { tinggi: 2 };
  return [
    [
      ...nama.map((n) => h(n, tinggi)),
      h('Pagu (Rp)', { lebar: 2 }),
      h('Realisasi (Rp)', tinggi),
      h('Serapan (%)', tinggi),
      h('Sisa (Rp)', tinggi),
    ],
    [h('Murni'), h('Perubahan')],
  ];
}

function barisJumlah(nama: number, r: AngkaAnggaran, murni: boolean): SelLaporan[] {
  return [
    sel('Jumlah', false, { tebal: true, ...(nama > 1 ? { lebar: nama } : {}) }),
    // Amounts stay regular: bold digits are wider, and the label already marks the row.
    ...selAnggaran(r, murni),
  ];
}

export function adaPaguMurni(s: StrukturAnggaran): boolean {
  const ada = (p: PosAnggaran): boolean => p.paguMurni !== undefined || p.anak.some(ada);
  return s.program.some(ada);
}

/** Budget per program, with the total. */
export function tabelAnggaranProgram(
  nomor: string,
  judul: string,
  s: StrukturAnggaran,
  sumber: string,
): TabelLaporan {
  const murni = adaPaguMurni(s);
  return {
    nomor,
    judul,
    kepala: kepalaAnggaran(['No', 'Program'], murni),
    baris: [
      ...s.program.map((b, i) => [sel(String(i + 1)), sel(b.uraian), ...selAnggaran(b, murni)]),
      [sel(''), ...barisJumlah(1, s.jumlah, murni)],
    ],
    sumber,
  };
}

/** Programs with their kegiatan (and sub kegiatan when asked), indented under them. */
export function tabelAnggaranKegiatan(
  nomor: string,
  judul: string,
  s: StrukturAnggaran,
  denganSub: boolean,
  sumber: string,
): TabelLaporan {
  const murni = adaPaguMurni(s);
  const menjorok = { program: 0, kegiatan: 1, 'sub-kegiatan': 2 };
  const urut = (p: PosAnggaran): PosAnggaran[] => [
    p,
    ...p.anak.filter((a) => denganSub || a.tingkat !== 'sub-kegiatan').flatMap(urut),
  ];
  const baris = s.program.flatMap(urut);
  const adaKode = baris.some((b) => b.kode);
  let no = 0;
  return {
    nomor,
    judul,
    kepala: kepalaAnggaran([adaKode ? 'Kode' : 'No', 'Program / Kegiatan'], murni),
    baris: [
      ...baris.map((b) => {
        const program = b.tingkat === 'program';
        const nomorBaris = adaKode ? (b.kode ?? '') : program ? String(++no) : '';
        return [
          sel(nomorBaris, false, { tebal: program }),
          sel(b.uraian, false, { tebal: program, menjorok: menjorok[b.tingkat] }),
          ...selAnggaran(b, murni),
        ];
      }),
      barisJumlah(2, s.jumlah, murni),
    ],
    sumber,
  };
}

/** This year's budget against last year's: pagu, realisasi, serapan, counts, and the change. */
export function tabelBandingAnggaran(
  nomor: string,
  judul: string,
  kini: { tahun: number; s: StrukturAnggaran },
  lalu: { tahun: number; s: StrukturAnggaran },
  sumber: string,
): TabelLaporan {
  const [rk, rl] = [kini.s.jumlah, lalu.s.jumlah];
  const [hk, hl] = [kini.s.banyak, lalu.s.banyak];
  const uang = (nama: string, a?: number, b?: number) => [
    sel(nama),
    angkaSel(a, 'rupiah'),
    angkaSel(b, 'rupiah'),
    angkaSel(a !== undefined && b !== undefined ? b - a : undefined, 'rupiah'),
  ];
  const jumlah = (nama: string, a: number, b: number) =>
    a || b
      ? [[sel(nama), angkaSel(a, 'masukan'), angkaSel(b, 'masukan'), angkaSel(b - a, 'masukan')]]
      : [];
  const ds =
    rl.serapan !== undefined && rk.serapan !== undefined ? rk.serapan - rl.serapan : undefined;
  return {
    nomor,
    judul,
    kepala: kepala('Uraian', `Tahun ${lalu.tahun}`, `Tahun ${kini.tahun}`, 'Perubahan'),
    baris: [
      uang('Pagu (Rp)', rl.pagu, rk.pagu),
      uang('Realisasi (Rp)', rl.realisasiAnggaran, rk.realisasiAnggaran),
      [
        sel('Serapan (%)'),
        angkaSel(rl.serapan),
        angkaSel(rk.serapan),
        ds === undefined ? sel('-', true) : { ...angkaSel(ds), teks: `${formatRingkas(ds)} poin` },
      ],
      ...jumlah('Jumlah program', hl.program, hk.program),
      ...jumlah('Jumlah kegiatan', hl.kegiatan, hk.kegiatan),
      ...jumlah('Jumlah sub kegiatan', hl.subKegiatan, hk.subKegiatan),
    ],
    sumber,
  };
}

/** A program's (or a sasaran's) serapan and capaian, for the efisiensi table. */
export interface BarisEfisiensi {
  uraian: string;
  serapan?: number;
  capaian?: number;
  efisiensi?: number;
  label?: string;
}

export function tabelEfisiensi(
  nomor: string,
  judul: string,
  namaBaris: string,
  baris: BarisEfisiensi[],
  metode: MetodeEfisiensi,
  sumber: string,
): TabelLaporan {
  const judulE = metode === 'rasio' ? 'Indeks Efisiensi' : 'Efisiensi (poin)';
  return {
    nomor,
    judul,
    // Pagu and realisasi are in the budget table: here the two percentages and what they give.
    kepala: kepala(
      'No',
      namaBaris,
      'Serapan Anggaran (%)',
      'Capaian Kinerja (%)',
      judulE,
      'Keterangan',
    ),
    baris: baris.map((r, i) => [
      sel(String(i + 1)),
      sel(r.uraian),
      angkaSel(r.serapan),
      angkaSel(r.capaian),
      angkaSel(r.efisiensi),
      sel(r.label ?? '-'),
    ]),
    sumber,
  };
}

/** A cell for a run of equal values in a column: the first row of the run spans it, the others leave it out. */
function selBeruntun(nilai: (string | undefined)[], i: number): SelLaporan[] {
  if (i > 0 && nilai[i - 1] === nilai[i]) return [];
  let n = 1;
  while (i + n < nilai.length && nilai[i + n] === nilai[i]) n++;
  return [sel(nilai[i] ?? '-', false, n > 1 ? { tinggi: n } : {})];
}

/**
 * Program indicators, the program cell spanning its indicators; with the
 * sasaran each program supports (from a sasaran-to-program table) first,
 * ordered by sasaran, the sasaran cell spanning its programs.
 */
export function tabelIndikatorProgram(
  nomor: string,
  judul: string,
  baris: BarisSumber[],
  sumber: string,
  sasaranProgram?: (program: string | undefined) => { nama: string; urutan: number } | undefined,
): TabelLaporan {
  const sasaran = sasaranProgram ? baris.map(({ b }) => sasaranProgram(b.program)) : [];
  const adaSasaran = sasaran.some(Boolean);
  const urut = baris
    .map((x, i) => ({ x, s: sasaran[i]?.nama, u: sasaran[i]?.urutan ?? Infinity }))
    .sort((a, c) => a.u - c.u);
  const namaSasaran = urut.map((u) => u.s);
  const namaProgram = urut.map((u) => `${u.s ?? ''}|${u.x.b.program ?? ''}`);
  const hasil = urut.map(({ x: { b, satuan } }, i) => [
    sel(String(i + 1)),
    ...(adaSasaran ? selBeruntun(namaSasaran, i) : []),
    ...selBeruntun(namaProgram, i).map((c) => ({ ...c, teks: b.program ?? '-' })),
    sel(b.uraian),
    sel(satuan ?? '-'),
    nilaiSel(b.target),
    nilaiSel(b.realisasi),
    angkaSel(b.capaian),
  ]);
  // As real chapters print it: the capaian, without the kategori of the sasaran scale.
  const judulKolom = ['No', ...(adaSasaran ? ['Sasaran'] : []), 'Program', 'Indikator Program'];
  judulKolom.push('Satuan', 'Target', 'Realisasi', 'Capaian (%)');
  return tanpaKolomKosong(
    { nomor, judul, kepala: kepala(...judulKolom), baris: hasil, sumber },
    'Satuan',
  );
}

/** Programs supporting each sasaran, with their budget; the sasaran cell spans its programs. */
export function tabelSasaranProgram(
  nomor: string,
  judul: string,
  t: HasilTabel,
  sumber: string,
): TabelLaporan {
  const baris = t.baris.filter((b) => b.tingkat !== 'total');
  const hasil: SelLaporan[][] = baris.map((b, i) => {
    const r: SelLaporan[] = [];
    if (i === 0 || baris[i - 1].sasaran !== b.sasaran) {
      let n = 1;
      while (i + n < baris.length && baris[i + n].sasaran === b.sasaran) n++;
      r.push(sel(b.sasaran ?? '-', false, n > 1 ? { tinggi: n } : {}));
    }
    r.push(sel(b.uraian), angkaSel(b.pagu, 'rupiah'));
    r.push(angkaSel(b.realisasiAnggaran, 'rupiah'), angkaSel(b.serapan));
    return r;
  });
  return {
    nomor,
    judul,
    kepala: kepala('Sasaran', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'),
    baris: hasil,
    sumber,
  };
}
