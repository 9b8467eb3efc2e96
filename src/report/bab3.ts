import { formatMasukan, formatRingkas, formatRupiah, terbilang } from '../domain/angka';
import { NAMA_METODE_EFISIENSI } from '../domain/efisiensi';
import { kunciTeks } from '../domain/teks';
import type { HasilBaris, HasilBuku, HasilTabel, RingkasanSasaran } from '../engine/hasil';
import type { BabTiga, BlokBab, SelLaporan, TabelLaporan } from './model';

/**
 * BAB III "Akuntabilitas Kinerja" (PermenPAN-RB 53/2014, DOMAIN.md section 8)
 * built from the engine's results: numbered tables with captions and the
 * sentences that go with them. Sentences only state what the numbers show;
 * what only people know (causes, solutions) comes from the workbook's
 * "faktor pendukung / penghambat" columns or is left as a marked blank.
 */

export interface OpsiBab3 {
  tahun?: number;
  instansi?: string;
  /** Include the budget part (B. Akuntabilitas Keuangan). Default true. */
  keuangan?: boolean;
  /** Include the multi-year comparison table. Default true. */
  multiTahun?: boolean;
  /** Spell out Rupiah amounts in words after the figure ("(dua juta rupiah)"). Default true. */
  terbilang?: boolean;
}

const ISIAN_SEBAB =
  '[Diisi: penyebab keberhasilan atau kegagalan pencapaian indikator sasaran ini, alasan peningkatan atau penurunannya, serta upaya/solusi yang telah dilakukan.]';

function persen(n: number): string {
  return `${formatRingkas(n)}%`;
}

/** A value with its unit as a reader expects it: "86,42", "93%", "6 kasus", "predikat BB". */
function nilaiDenganSatuan(v: number | string | undefined, satuan?: string): string {
  if (v === undefined) return '-';
  if (typeof v === 'string') return /^[A-Z]{1,3}$/.test(v) ? `predikat ${v}` : v;
  const s = (satuan ?? '').trim();
  // Targets and realisasi as written (12,6 stays 12,6); only computed values get two decimals.
  if (/^(persen|%)$/i.test(s)) return `${formatMasukan(v)}%`;
  if (!s || /^(indeks|nilai|angka|poin)$/i.test(s)) return formatMasukan(v);
  return `${formatMasukan(v)} ${s.toLowerCase()}`;
}

function daftarKata(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} dan ${xs[xs.length - 1]}`;
}

function bilangan(n: number): string {
  return `${n} (${terbilang(n, { mataUang: null })})`;
}

/** One sentence for one indicator; the wording rotates so a long table does not read as one sentence repeated. */
export function kalimatIndikator(b: HasilBaris, urutan: number, tahun?: number): string {
  const T = nilaiDenganSatuan(b.target, b.satuan);
  const R = nilaiDenganSatuan(b.realisasi, b.satuan);
  if (b.capaian === undefined) {
    return b.alasan === 'belum-ada-realisasi'
      ? `Realisasi indikator ${b.uraian} belum tersedia, sehingga capaiannya belum dapat diukur.`
      : `Capaian indikator ${b.uraian} belum dapat dihitung (${b.rumus ?? b.alasan ?? 'data tidak lengkap'}).`;
  }
  const C = persen(b.capaian);
  const K = b.kategori ? ` (${b.kategori})` : '';
  const tercapai = b.capaian >= 100 ? 'target tercapai' : 'target belum tercapai';
  const th = tahun ? ` tahun ${tahun}` : '';
  const pola = [
    `Indikator ${b.uraian} ditargetkan ${T} dan terealisasi ${R}, sehingga capaiannya ${C}${K}; ${tercapai}.`,
    `Untuk indikator ${b.uraian}, realisasi ${R} terhadap target ${T} menghasilkan capaian ${C}${K}.`,
    `Realisasi${th} indikator ${b.uraian} sebesar ${R} dari target ${T}, atau capaian ${C}${K}; ${tercapai}.`,
    `Indikator ${b.uraian} mencapai ${C}${K}, dengan realisasi ${R} dan target ${T}.`,
  ];
  let kalimat = pola[urutan % pola.length];
  if (b.polaritas === 'negatif') {
    kalimat +=
      ' Indikator ini bersifat negatif (makin kecil makin baik), sehingga capaiannya dihitung dengan rumus (2 x target - realisasi) / target x 100.';
  }
  if (b.capaianTanpaBatas !== undefined)
    kalimat += ` Tanpa batas atas, capaiannya ${persen(b.capaianTanpaBatas)}.`;
  return kalimat;
}

/** Change against last year, in points (never mislabelled as percent). */
export function kalimatPerubahan(b: HasilBaris, tahun: number | undefined): string | undefined {
  if (!b.perubahan || !b.tahun) return undefined;
  const tahunLalu = Object.keys(b.tahun)
    .map(Number)
    .filter(
      (t) => (tahun === undefined || t < tahun) && b.tahun?.[String(t)]?.capaian !== undefined,
    )
    .sort((a, c) => c - a)[0];
  const lalu = tahunLalu !== undefined ? b.tahun[String(tahunLalu)]?.capaian : undefined;
  if (lalu === undefined || b.capaian === undefined) return undefined;
  const { arah, poin } = b.perubahan;
  if (arah === 'Tetap')
    return `Capaian indikator ${b.uraian} sama dengan tahun ${tahunLalu} (${persen(lalu)}).`;
  return `Dibandingkan tahun ${tahunLalu} (${persen(lalu)}), capaian indikator ${b.uraian} ${arah.toLowerCase()} ${formatRingkas(Math.abs(poin))} poin menjadi ${persen(b.capaian)}.`;
}

function kalimatRenstra(b: HasilBaris, tahunAkhir: number | undefined): string | undefined {
  if (b.capaianTargetAkhir === undefined || b.targetAkhir === undefined) return undefined;
  const akhir = tahunAkhir ? ` tahun ${tahunAkhir}` : '';
  return `Terhadap target akhir Renstra${akhir} sebesar ${nilaiDenganSatuan(b.targetAkhir, b.satuan)}, realisasi ${b.uraian} sebesar ${nilaiDenganSatuan(b.realisasi, b.satuan)} telah mencapai ${persen(b.capaianTargetAkhir)} dari target tersebut.`;
}

function kalimatSasaran(
  nama: string,
  daftar: HasilBaris[],
  ringkasan: RingkasanSasaran | undefined,
  urutanKategori: string[],
): string {
  const diukur = daftar.filter((b) => b.capaian !== undefined);
  // Counts in the scale's order, best first.
  const kategori = new Map<string, number>(urutanKategori.map((k) => [k, 0]));
  for (const b of diukur)
    if (b.kategori) kategori.set(b.kategori, (kategori.get(b.kategori) ?? 0) + 1);
  for (const [k, n] of kategori) if (n === 0) kategori.delete(k);
  const rincian = daftarKata([...kategori].map(([k, n]) => `${n} indikator ${k}`));
  let teks = `Sasaran "${nama}" diukur dengan ${bilangan(daftar.length)} indikator.`;
  if (ringkasan?.capaian !== undefined) {
    teks += ` Rata-rata capaiannya ${persen(ringkasan.capaian)}${ringkasan.kategori ? ` (${ringkasan.kategori})` : ''}, terdiri atas ${rincian}.`;
  }
  const belum = daftar.length - diukur.length;
  if (belum > 0)
    teks += ` ${bilangan(belum)} indikator belum dapat diukur karena datanya belum tersedia dan tidak diikutkan dalam rata-rata.`;
  return teks;
}

function sel(teks: string, angka = false, tambahan: Partial<SelLaporan> = {}): SelLaporan {
  return { teks, angka, ...tambahan };
}

/** A number cell: Rupiah without the symbol, a computed percentage with two decimals, or an input as written. */
function angkaSel(
  n: number | undefined,
  jenis: 'rupiah' | 'hasil' | 'masukan' = 'hasil',
): SelLaporan {
  if (n === undefined) return sel('-', true);
  const teks =
    jenis === 'rupiah'
      ? formatRupiah(n).replace(/^(-?)Rp/, '$1')
      : jenis === 'masukan'
        ? formatMasukan(n)
        : formatRingkas(n);
  const format = jenis === 'rupiah' ? '#,##0' : jenis === 'hasil' ? '0.00' : 'General';
  return sel(teks, true, { nilai: n, format });
}

/** A national or provincial standard column of an indicator table, when it has one. */
interface Standar {
  judul: string;
  nilai: (number | undefined)[];
}

function tabelIndikator(
  nomor: string,
  judul: string,
  daftar: HasilBaris[],
  standar?: Standar,
): TabelLaporan {
  const kepala = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi'];
  if (standar) kepala.push(standar.judul);
  kepala.push('Capaian (%)', 'Kategori');
  return {
    nomor,
    judul,
    kepala: [kepala.map((t) => sel(t, false, { tebal: true }))],
    baris: daftar.map((b, i) => [
      sel(String(i + 1)),
      sel(b.uraian),
      sel(b.satuan ?? '-'),
      typeof b.target === 'number'
        ? angkaSel(b.target, 'masukan')
        : sel(String(b.target ?? '-'), true),
      typeof b.realisasi === 'number'
        ? angkaSel(b.realisasi, 'masukan')
        : sel(String(b.realisasi ?? '-'), true),
      ...(standar ? [angkaSel(standar.nilai[i], 'masukan')] : []),
      angkaSel(b.capaian),
      sel(b.kategori ?? (b.capaian === undefined ? 'belum diukur' : '-')),
    ]),
    lebarKolom: standar ? [6, 30, 11, 10, 10, 11, 11, 13] : [6, 34, 12, 11, 12, 12, 15],
  };
}

/** Realisasi against a national or provincial standard, read with the indicator's polarity. */
export function kalimatStandar(
  b: HasilBaris,
  standar: number | undefined,
  judul: string,
): string | undefined {
  if (standar === undefined || typeof b.realisasi !== 'number') return undefined;
  const lebihBaik = b.polaritas === 'negatif' ? b.realisasi < standar : b.realisasi > standar;
  const posisi =
    b.realisasi === standar ? 'sama dengan' : lebihBaik ? 'lebih baik dari' : 'belum mencapai';
  return `Realisasi ${b.uraian} sebesar ${nilaiDenganSatuan(b.realisasi, b.satuan)} ${posisi} ${judul.toLowerCase()} (${nilaiDenganSatuan(standar, b.satuan)}).`;
}

function tabelKeuangan(nomor: string, judul: string, t: HasilTabel): TabelLaporan {
  const program = t.baris.filter((b) => b.tingkat === 'program');
  const baris = program.length ? program : t.baris.filter((b) => b.tingkat !== 'total');
  const adaMurni = baris.some((b) => b.paguMurni !== undefined);
  const r = t.ringkasan;
  const kepala: SelLaporan[][] = adaMurni
    ? [
        [
          sel('No', false, { tinggi: 2, tebal: true }),
          sel('Program', false, { tinggi: 2, tebal: true }),
          sel('Pagu (Rp)', false, { lebar: 2, tebal: true }),
          sel('Realisasi (Rp)', false, { tinggi: 2, tebal: true }),
          sel('Serapan (%)', false, { tinggi: 2, tebal: true }),
          sel('Sisa (Rp)', false, { tinggi: 2, tebal: true }),
        ],
        [sel('Murni', false, { tebal: true }), sel('Perubahan', false, { tebal: true })],
      ]
    : [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa (Rp)'].map((x) =>
          sel(x, false, { tebal: true }),
        ),
      ];
  const isi = (b: {
    paguMurni?: number;
    pagu?: number;
    realisasiAnggaran?: number;
    serapan?: number;
    sisa?: number;
  }) => [
    ...(adaMurni ? [angkaSel(b.paguMurni, 'rupiah')] : []),
    angkaSel(b.pagu, 'rupiah'),
    angkaSel(b.realisasiAnggaran ?? (b.pagu !== undefined ? 0 : undefined), 'rupiah'),
    angkaSel(b.serapan),
    angkaSel(b.sisa, 'rupiah'),
  ];
  return {
    nomor,
    judul,
    kepala,
    baris: [
      ...baris.map((b, i) => [sel(String(i + 1)), sel(b.uraian), ...isi(b)]),
      [
        sel(''),
        sel('Jumlah', false, { tebal: true }),
        ...isi(r).map((s) => ({ ...s, tebal: true })),
      ],
    ],
    lebarKolom: adaMurni ? [5, 35, 13, 13, 13, 9, 12] : [5, 40, 15, 15, 10, 15],
  };
}

/** The whole chapter. */
export function susunBab3(hasil: HasilBuku, opsi: OpsiBab3 = {}): BabTiga {
  const blok: BlokBab[] = [];
  let nomorTabel = 0;
  const nomor = () => `3.${++nomorTabel}`;
  const tahun =
    opsi.tahun ??
    hasil.tabel
      .map((t) => t.tabel.tahun)
      .filter((t): t is number => t !== undefined && t < 2100)
      .sort((a, b) => b - a)[0];
  const instansi = opsi.instansi ?? 'perangkat daerah';
  const th = tahun ? ` tahun ${tahun}` : '';

  // Indicators of the performance agreement: indicator tables whose rows do not belong to programs.
  const utama = hasil.tabel.filter(
    (t) => t.jenis === 'indikator' && t.baris.some((b) => b.tingkat === 'indikator' && !b.program),
  );
  const multi = new Map<string, HasilBaris>();
  const renstra = new Map<string, { b: HasilBaris; tahunAkhir?: number }>();
  for (const t of hasil.tabel) {
    for (const b of t.baris) {
      if (b.tingkat !== 'indikator') continue;
      if (t.jenis === 'multi-tahun' && b.perubahan) multi.set(kunciTeks(b.uraian), b);
      if (t.jenis === 'renstra')
        renstra.set(kunciTeks(b.uraian), {
          b,
          tahunAkhir: t.tabel.kolom.find((k) => k.peran === 'targetAkhir')?.tahun,
        });
    }
  }
  const sasaranProgram = hasil.tabel.find((t) => t.jenis === 'sasaran-program');

  blok.push({ jenis: 'judul', tingkat: 1, teks: 'BAB III AKUNTABILITAS KINERJA' });
  blok.push({ jenis: 'judul', tingkat: 2, teks: 'A. Capaian Kinerja Organisasi' });
  blok.push({
    jenis: 'paragraf',
    teks: `Pengukuran kinerja ${instansi}${th} dilakukan dengan membandingkan target dan realisasi setiap indikator kinerja sasaran. Capaian indikator positif dihitung dengan rumus realisasi / target x 100, sedangkan indikator negatif dengan rumus (2 x target - realisasi) / target x 100. Capaian dikelompokkan menurut skala ${hasil.skala.nama}: ${hasil.skala.kelas.map((k) => k.label).join(', ')}.`,
  });

  let urutanKalimat = 0;
  let nomorSasaran = 0;
  for (const t of utama) {
    const perSasaran = new Map<string, { b: HasilBaris; i: number }[]>();
    t.baris.forEach((b, i) => {
      if (b.tingkat !== 'indikator' || b.program) return;
      const s = b.sasaran ?? 'Sasaran';
      const daftar = perSasaran.get(s);
      if (daftar) daftar.push({ b, i });
      else perSasaran.set(s, [{ b, i }]);
    });
    for (const [nama, daftar] of perSasaran) {
      nomorSasaran++;
      const indikator = daftar.map((x) => x.b);
      blok.push({ jenis: 'judul', tingkat: 3, teks: `Sasaran ${nomorSasaran}: ${nama}` });
      blok.push({
        jenis: 'paragraf',
        teks: kalimatSasaran(
          nama,
          indikator,
          t.ringkasan.perSasaran?.find((s) => s.sasaran === nama),
          hasil.skala.kelas.map((k) => k.label),
        ),
      });
      const kolomStandar = t.tabel.kolom.find((k) => k.peran === 'standar');
      const standar: Standar | undefined = kolomStandar && {
        judul: kolomStandar.judul.trim(),
        nilai: daftar.map(({ i }) => t.tabel.baris[i]?.sel?.standar?.angka.nilai),
      };
      const adaStandar = standar?.nilai.some((n) => n !== undefined) ? standar : undefined;
      blok.push({
        jenis: 'tabel',
        tabel: tabelIndikator(
          nomor(),
          `Target, Realisasi dan Capaian Indikator Sasaran ${nomorSasaran}${th}`,
          indikator,
          adaStandar,
        ),
      });
      blok.push({
        jenis: 'paragraf',
        teks: indikator.map((b) => kalimatIndikator(b, urutanKalimat++, tahun)).join(' '),
      });
      const banding = indikator
        .map((b) => kalimatPerubahan(multi.get(kunciTeks(b.uraian)) ?? b, tahun))
        .filter((x): x is string => !!x);
      if (banding.length) blok.push({ jenis: 'paragraf', teks: banding.join(' ') });
      const rs = indikator
        .map((b) => renstra.get(kunciTeks(b.uraian)))
        .map((r) => (r ? kalimatRenstra(r.b, r.tahunAkhir) : undefined))
        .filter((x): x is string => !!x);
      if (rs.length) blok.push({ jenis: 'paragraf', teks: rs.join(' ') });
      if (adaStandar) {
        const banding = indikator
          .map((b, j) => kalimatStandar(b, adaStandar.nilai[j], adaStandar.judul))
          .filter((x): x is string => !!x);
        if (banding.length) blok.push({ jenis: 'paragraf', teks: banding.join(' ') });
      }
      // Causes and solutions: the workbook's own words when it has them.
      const faktor = daftar
        .map(({ b, i }) => {
          const s = t.tabel.baris[i]?.sel;
          const teks = (r: 'pendukung' | 'penghambat' | 'faktor') =>
            String(s?.[r]?.mentah ?? '').trim();
          const bagian = [
            teks('pendukung') && `faktor pendukung: ${teks('pendukung')}`,
            teks('penghambat') && `faktor penghambat: ${teks('penghambat')}`,
            teks('faktor'),
          ].filter(Boolean);
          return bagian.length ? `Pada indikator ${b.uraian}, ${bagian.join('; ')}.` : '';
        })
        .filter(Boolean);
      blok.push(
        faktor.length
          ? { jenis: 'paragraf', teks: faktor.join(' ') }
          : { jenis: 'paragraf', teks: ISIAN_SEBAB, isian: true },
      );
      // Efisiensi and supporting programs through the sasaran-program table.
      const rsp = sasaranProgram?.ringkasan.perSasaran?.find(
        (s) => kunciTeks(s.sasaran) === kunciTeks(nama),
      );
      const program = sasaranProgram?.baris.filter(
        (b) => b.sasaran && kunciTeks(b.sasaran) === kunciTeks(nama) && b.tingkat !== 'total',
      );
      if (rsp && program?.length) {
        const pagu = program.reduce((a, b) => a + (b.pagu ?? 0), 0);
        const realisasi = program.reduce((a, b) => a + (b.realisasiAnggaran ?? 0), 0);
        let teks = `Sasaran ini didukung oleh ${daftarKata(program.map((b) => b.uraian))} dengan pagu ${formatRupiah(pagu)} dan realisasi ${formatRupiah(realisasi)} (serapan ${persen(rsp.serapan ?? 0)}).`;
        if (rsp.labelEfisiensi) {
          const metode = NAMA_METODE_EFISIENSI[hasil.pengaturan.efisiensi];
          teks +=
            rsp.labelEfisiensi === 'Tidak Dapat Disimpulkan'
              ? ` Dengan metode ${metode}, efisiensinya tidak dapat disimpulkan karena target belum tercapai walaupun serapan anggaran lebih rendah dari capaian.`
              : ` Dengan metode ${metode}, penggunaan sumber daya untuk sasaran ini ${rsp.labelEfisiensi.toLowerCase()}: capaian ${persen(rsp.capaian ?? 0)} dibanding serapan ${persen(rsp.serapan ?? 0)}.`;
        }
        blok.push({ jenis: 'paragraf', teks });
      }
    }
  }
  // Realisasi and capaian over the years, for the indicators a multi-year table covers.
  const multiTabel =
    opsi.multiTahun === false ? undefined : hasil.tabel.find((t) => t.jenis === 'multi-tahun');
  if (multiTabel) {
    const baris = multiTabel.baris.filter((b) => b.tingkat === 'indikator' && b.tahun);
    const tahunSemua = [
      ...new Set(baris.flatMap((b) => Object.keys(b.tahun ?? {}).map(Number))),
    ].sort((a, b) => a - b);
    if (baris.length && tahunSemua.length >= 2) {
      const kepala: SelLaporan[][] = [
        [
          sel('No', false, { tinggi: 2, tebal: true }),
          sel('Indikator Kinerja', false, { tinggi: 2, tebal: true }),
          ...tahunSemua.map((y) => sel(`Tahun ${y}`, false, { lebar: 2, tebal: true })),
        ],
        tahunSemua.flatMap(() => [
          sel('Realisasi', false, { tebal: true }),
          sel('Capaian (%)', false, { tebal: true }),
        ]),
      ];
      blok.push({
        jenis: 'tabel',
        tabel: {
          nomor: nomor(),
          judul: `Perbandingan Realisasi dan Capaian Kinerja Tahun ${tahunSemua[0]}-${tahunSemua[tahunSemua.length - 1]}`,
          kepala,
          baris: baris.map((b, i) => [
            sel(String(i + 1)),
            sel(b.uraian),
            ...tahunSemua.flatMap((y) => {
              const d = b.tahun?.[String(y)];
              return [
                typeof d?.realisasi === 'number'
                  ? angkaSel(d.realisasi, 'masukan')
                  : sel(String(d?.realisasi ?? '-'), true),
                angkaSel(d?.capaian),
              ];
            }),
          ]),
          lebarKolom: [5, 30, ...tahunSemua.flatMap(() => [11, 11])],
        },
      });
      // Indicators of the agreement were compared under their sasaran; the others are compared here.
      const sudah = new Set(utama.flatMap((t) => t.baris.map((b) => kunciTeks(b.uraian))));
      const kalimat = baris
        .filter((b) => !sudah.has(kunciTeks(b.uraian)))
        .map((b) => kalimatPerubahan(b, tahun))
        .filter((x): x is string => !!x);
      if (kalimat.length) blok.push({ jenis: 'paragraf', teks: kalimat.join(' ') });
    }
  }

  const e = hasil.efisiensi;
  if (e.label && e.capaian !== undefined && e.serapan !== undefined) {
    blok.push({
      jenis: 'paragraf',
      teks: `Secara keseluruhan, rata-rata capaian kinerja ${persen(e.capaian)} dibandingkan serapan anggaran ${persen(e.serapan)} menunjukkan penggunaan sumber daya yang ${e.label === 'Tidak Dapat Disimpulkan' ? 'efisiensinya tidak dapat disimpulkan' : e.label.toLowerCase()} (metode ${NAMA_METODE_EFISIENSI[e.metode]}).`,
    });
  }

  const anggaran = hasil.tabel
    .filter((t) => t.jenis === 'anggaran')
    .sort((a, b) => b.baris.length - a.baris.length)[0];
  if (opsi.keuangan !== false && anggaran?.ringkasan.pagu !== undefined) {
    const r = anggaran.ringkasan;
    blok.push({ jenis: 'judul', tingkat: 2, teks: 'B. Akuntabilitas Keuangan' });
    const realisasi = r.realisasiAnggaran ?? 0;
    blok.push({
      jenis: 'paragraf',
      teks: `Pagu anggaran ${instansi}${th} sebesar ${formatRupiah(r.pagu as number)}${opsi.terbilang === false ? '' : ` (${terbilang(r.pagu as number)})`}. Realisasinya ${formatRupiah(realisasi)} atau ${persen(r.serapan ?? 0)} dari pagu, sehingga sisa anggaran ${formatRupiah(r.sisa ?? 0)}.`,
    });
    blok.push({
      jenis: 'tabel',
      tabel: tabelKeuangan(nomor(), `Realisasi Anggaran per Program${th}`, anggaran),
    });
    const program = anggaran.baris.filter(
      (b) => b.tingkat === 'program' && b.serapan !== undefined,
    );
    if (program.length >= 2) {
      const urut = [...program].sort((a, b) => (b.serapan ?? 0) - (a.serapan ?? 0));
      const tinggi = urut[0];
      const rendah = urut[urut.length - 1];
      blok.push({
        jenis: 'paragraf',
        teks: `Serapan tertinggi pada ${tinggi.uraian} (${persen(tinggi.serapan as number)}) dan terendah pada ${rendah.uraian} (${persen(rendah.serapan as number)}, sisa ${formatRupiah(rendah.sisa ?? 0)}).`,
      });
    }
  }
  return { judul: 'BAB III AKUNTABILITAS KINERJA', instansi: opsi.instansi, tahun, blok };
}
