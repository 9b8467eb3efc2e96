import {
  bandingkanTahun,
  gulungAnggaran,
  hitungPerKategori,
  hitungSerapan,
  hitungSisa,
  rataRata,
  rataRataKelompok,
  type HasilSerapan,
} from '../domain/agregasi';
import { formatMasukan, formatPersen, formatRingkas, type HasilAngka } from '../domain/angka';
import { hitungCapaian, type HasilCapaian, type Polaritas } from '../domain/capaian';
import { hitungEfisiensi } from '../domain/efisiensi';
import { hitungIkm } from '../domain/ikm';
import { tentukanKategori, type Skala } from '../domain/kategori';
import { bulatkan } from '../domain/pembulatan';
import { kunciTeks } from '../domain/teks';
import { alamat, PembacaGrid, type Grid } from '../sheet/grid';
import { kenaliTabel } from '../sheet/kenali';
import { JUDUL_MILIK, judulCapaianTahun } from '../sheet/milik';
import type { BarisTabel, KolomMilik, SelTabel, Tabel } from '../sheet/model';
import type { HasilBaris, HasilBuku, HasilTabel, RingkasanSasaran, Temuan } from './hasil';
import { lengkapiPengaturan, type Pengaturan } from './pengaturan';
import { susunRencana, type KolomKeluaran, type SelKeluaran } from './tata-letak';
import {
  badanCapaian,
  type Acuan,
  rumusArah,
  rumusJumlah,
  rumusKategori,
  rumusPerubahan,
  rumusRataRata,
  rumusSerapan,
  rumusSisa,
} from './rumus-excel';
import { pilihSkala } from './skala';
import {
  bandingkan,
  catatKategori,
  periksaBuku,
  periksaInduk,
  periksaJumlah,
  realisasiTerbaca,
} from './periksa';

/**
 * The computing engine: recognise every table of the workbook's grids,
 * compute capaian, kategori, means, roll-ups, serapan, sisa, efisiensi,
 * year-on-year change, Renstra progress and IKM, and plan the cells to write.
 * Pure: the same grids and settings always give the same result.
 */
export function hitungBuku(grids: Grid[], sebagian: Partial<Pengaturan> = {}): HasilBuku {
  const pengaturan = lengkapiPengaturan(sebagian);
  const pembaca = new Map(grids.map((g) => [g.sheet, new PembacaGrid(g)]));
  const semuaTabel = grids.flatMap((g) => kenaliTabel(g));
  const { skala, dari: skalaDari, temuan: temuanSkala } = pilihSkala(semuaTabel, pengaturan);
  const temuan: Temuan[] = [...temuanSkala];
  const polaritasBuku = new Map<string, Polaritas>();
  for (const t of semuaTabel)
    for (const b of t.baris) if (b.polaritas) polaritasBuku.set(kunciTeks(b.uraian), b.polaritas);
  const konteks: Konteks = {
    pengaturan,
    skala,
    temuan,
    polaritasBuku,
    capaianProgram: new Map(),
    capaianSasaran: new Map(),
  };

  const hasil: HasilTabel[] = [];
  const keluaran = new Map<Tabel, KolomKeluaran[]>();
  // Indicator tables first: budget tables need their capaian for efisiensi.
  const urut = [...semuaTabel].sort(
    (a, b) => Number(adalahAnggaran(a)) - Number(adalahAnggaran(b)),
  );
  for (const tabel of urut) {
    const { hasilTabel, kolom } = hitungTabel(tabel, konteks);
    hasil.push(hasilTabel);
    keluaran.set(tabel, kolom);
  }
  hasil.sort((a, b) => semuaTabel.indexOf(a.tabel) - semuaTabel.indexOf(b.tabel));

  periksaBuku(hasil, grids, konteks);
  for (const t of semuaTabel.filter((x) => x.lembarTersembunyi))
    temuan.push({
      sheet: t.sheet,
      sel: alamat(t.barisJudulAwal, t.kolomAwal),
      kode: 'lembar-tersembunyi',
      tingkat: 'info',
      pesan: `tabel ini ada di lembar tersembunyi "${t.sheet}" dan ikut dihitung; tampilkan lembarnya (klik kanan tab lembar > Unhide) untuk melihat hasilnya`,
    });
  const efisiensi = efisiensiKeseluruhan(hasil, pengaturan);
  const rencana = susunRencana(
    semuaTabel.map((t) => ({
      tabel: t,
      kolom: keluaran.get(t) ?? [],
      pembaca: pembaca.get(t.sheet)!,
    })),
    skala,
    temuan,
  );
  return { pengaturan, skala, skalaDari, tabel: hasil, efisiensi, temuan, rencana };
}

interface Konteks {
  pengaturan: Pengaturan;
  skala: Skala;
  temuan: Temuan[];
  /** Polarity stated for an indicator in any table of the workbook, by name key. */
  polaritasBuku: Map<string, Polaritas>;
  /** Mean capaian per program key, from indicator tables that name programs. */
  capaianProgram: Map<string, number[]>;
  capaianSasaran: Map<string, number>;
}

function adalahAnggaran(t: Tabel): boolean {
  return t.jenis === 'anggaran' || t.jenis === 'sasaran-program' || t.jenis === 'efisiensi';
}

function nilaiSel(s: SelTabel | undefined): number | string | undefined {
  if (!s) return undefined;
  const a = s.angka;
  if (a.nilai !== undefined) return a.nilai;
  if (a.predikat) return a.predikat;
  if (a.rentang) return `${a.rentang.bawah}-${a.rentang.atas}`;
  return undefined;
}

function angka(s: SelTabel | undefined): number | undefined {
  return s?.angka.nilai;
}

/** Can a formula reference this cell and get what the engine reads? */
function bisaDirumus(s: SelTabel | undefined): boolean {
  if (!s) return false;
  const a: HasilAngka = s.angka;
  if (typeof s.mentah === 'number') return a.jenis === 'angka';
  return a.jenis === 'kosong' || a.jenis === 'tertunda' || a.jenis === 'galat';
}

function ref(s: SelTabel): Acuan {
  return {
    alamat: alamat(s.baris, s.kolom),
    persen: formatPersen(s.format, typeof s.mentah === 'number' ? s.mentah : 1),
  };
}

const FORMAT_PERSEN = '0.00';
const FORMAT_RUPIAH = '#,##0';
// Longest SUM(...) of a roll-up row: it stands up to three times in a formula, and Excel's limit is 8 192 characters.
const PANJANG_JUMLAH = 1500;

function kolomBaru(milik: KolomMilik, judul = JUDUL_MILIK[milik], format?: string): KolomKeluaran {
  return { milik, judul, format, sel: new Map() };
}

function selNilai(
  nilai: number | string | undefined,
  format?: string,
  catatan?: string,
): SelKeluaran {
  const s: SelKeluaran = { nilai: nilai === undefined ? '' : nilai };
  if (format) s.format = format;
  if (catatan) s.catatan = catatan;
  return s;
}

function polaritasBaris(
  b: BarisTabel,
  k: Konteks,
): { polaritas: Polaritas; dari: HasilBaris['polaritasDari'] } {
  const kunci = kunciTeks(b.uraian);
  const setelan = k.pengaturan.polaritas[kunci];
  if (setelan) return { polaritas: setelan, dari: 'pengaturan' };
  if (b.polaritas) return { polaritas: b.polaritas, dari: 'kolom' };
  const buku = k.polaritasBuku.get(kunci);
  if (buku) return { polaritas: buku, dari: 'buku' };
  return { polaritas: 'positif', dari: 'bawaan' };
}

function hitungTabel(tabel: Tabel, k: Konteks): { hasilTabel: HasilTabel; kolom: KolomKeluaran[] } {
  switch (tabel.jenis) {
    case 'anggaran':
    case 'sasaran-program':
    case 'efisiensi':
      return hitungAnggaran(tabel, k);
    case 'ikm':
      return hitungTabelIkm(tabel, k);
    case 'skala':
      return {
        hasilTabel: {
          tabel,
          jenis: tabel.jenis,
          baris: tabel.baris.map((b) => ({ baris: b.baris, tingkat: b.tingkat, uraian: b.uraian })),
          ringkasan: {},
        },
        kolom: [],
      };
    default:
      return hitungIndikator(tabel, k);
  }
}

/**
 * The values the written cells will show. With truncation the formulas cut
 * each percentage to two decimals and means average the cut values (as the
 * reports do), so the plan's expected results follow the same steps; the
 * engine's own values stay at full precision.
 */
function penampil(cara: Pengaturan['pembulatan']) {
  const tampil = (v: number | undefined) =>
    v === undefined || cara !== 'potong' ? v : bulatkan(v, 2, 'potong');
  return {
    tampil,
    rerataTampil: (nilai: (number | undefined)[]) => tampil(rataRata(nilai.map(tampil)).nilai),
    selisihTampil: (a: number, b: number) =>
      cara === 'potong' ? (tampil(a) as number) - (tampil(b) as number) : a - b,
  };
}

function hitungIndikator(
  tabel: Tabel,
  k: Konteks,
): { hasilTabel: HasilTabel; kolom: KolomKeluaran[] } {
  const p = k.pengaturan;
  const cara = p.pembulatan;
  const { tampil, rerataTampil, selisihTampil } = penampil(cara);
  const multi = tabel.jenis === 'multi-tahun' || tabel.jenis === 'renstra';
  const L = tabel.tahun;
  const kCapaian = kolomBaru(
    'capaian',
    multi && L ? judulCapaianTahun(L) : JUDUL_MILIK.capaian,
    FORMAT_PERSEN,
  );
  const kKategori = kolomBaru('kategori');
  const kPerubahan = kolomBaru('perubahan', undefined, FORMAT_PERSEN);
  const kArah = kolomBaru('arah');
  const kTargetAkhir = kolomBaru('capaianTargetAkhir', undefined, FORMAT_PERSEN);
  const baris: HasilBaris[] = [];
  const tahunUrut = [
    ...new Set(tabel.baris.flatMap((b) => Object.keys(b.perTahun).map(Number))),
  ].sort((a, b) => a - b);

  tabel.baris.forEach((b) => {
    const h: HasilBaris = { baris: b.baris, tingkat: b.tingkat, uraian: b.uraian };
    if (b.kode) h.kode = b.kode;
    if (b.satuan) h.satuan = b.satuan;
    if (b.sasaran) h.sasaran = b.sasaran;
    if (b.program) h.program = b.program;
    baris.push(h);
    if (b.tingkat !== 'indikator' && b.tingkat !== 'sub-indikator') return;
    const { polaritas, dari } = polaritasBaris(b, k);
    h.polaritas = polaritas;
    h.polaritasDari = dari;
    if (b.saranNegatif && polaritas === 'positif' && dari === 'bawaan') h.saranNegatif = true;
    const opsi = { polaritas, rumusNegatif: p.rumusNegatif, batas: p.batas, cara };

    // Per year (multi-year and Renstra tables).
    let lalu: { tahun: number; capaian?: number; T?: SelTabel; R?: SelTabel } | undefined;
    if (tahunUrut.length > 0) {
      h.tahun = {};
      for (const th of tahunUrut) {
        const sel = b.perTahun[th];
        if (!sel) continue;
        const isi: NonNullable<HasilBaris['tahun']>[string] = {};
        const t = nilaiSel(sel.target);
        const r = nilaiSel(sel.realisasi);
        if (t !== undefined) isi.target = t;
        if (r !== undefined) isi.realisasi = r;
        if (sel.target && sel.realisasi) {
          const c = hitungCapaian({
            target: sel.target.angka,
            realisasi: sel.realisasi.angka,
            polaritas,
            rumusNegatif: p.rumusNegatif,
            batas: p.batas,
            cara,
          });
          if (c.nilai !== undefined) isi.capaian = c.nilai;
          if (th !== L)
            bandingkan(k, tabel, sel.capaian, c.nilai, 'capaian-berbeda', `capaian ${th}`, c.rumus);
          if (th !== L && c.nilai !== undefined)
            lalu = { tahun: th, capaian: c.nilai, T: sel.target, R: sel.realisasi };
        }
        h.tahun[String(th)] = isi;
      }
    }

    const T = b.sel.target;
    const R = b.sel.realisasi;
    const t = nilaiSel(T);
    const r = nilaiSel(R);
    if (t !== undefined) h.target = t;
    if (r !== undefined) h.realisasi = r;
    let c: HasilCapaian | undefined;
    if (T || R) {
      c = hitungCapaian({ target: T?.angka ?? null, realisasi: R?.angka ?? null, ...opsi });
      if (c.nilai !== undefined) {
        h.capaian = c.nilai;
        if (c.nilaiTanpaBatas !== undefined && c.nilaiTanpaBatas !== c.nilai)
          h.capaianTanpaBatas = c.nilaiTanpaBatas;
      } else if (c.alasan) h.alasan = c.alasan;
      h.rumus = c.rumus;
      if (T && R && bisaDirumus(T) && bisaDirumus(R) && p.mode === 'rumus') {
        kCapaian.sel.set(b.baris, {
          nilai: tampil(c.nilai) ?? '',
          rumus: `=${badanCapaian(ref(T), ref(R), opsi)}`,
          format: FORMAT_PERSEN,
        });
      } else {
        const alasan =
          p.mode === 'rumus'
            ? 'Nilai dari Capaian: target atau realisasi tidak dapat dihitung dengan rumus Excel (teks, predikat atau rentang).'
            : undefined;
        kCapaian.sel.set(
          b.baris,
          selNilai(tampil(c.nilai), FORMAT_PERSEN, c.nilai !== undefined ? alasan : undefined),
        );
      }
    }

    // Renstra: progress toward the end-of-period target.
    const TA = b.sel.targetAkhir;
    if (TA) {
      const ta = nilaiSel(TA);
      if (ta !== undefined) h.targetAkhir = ta;
      const realisasiTerakhir =
        R ??
        [...tahunUrut]
          .reverse()
          .map((th) => b.perTahun[th]?.realisasi)
          .find((s) => s && s.angka.nilai !== undefined);
      if (realisasiTerakhir) {
        const ct = hitungCapaian({ target: TA.angka, realisasi: realisasiTerakhir.angka, ...opsi });
        if (ct.nilai !== undefined) h.capaianTargetAkhir = ct.nilai;
        kTargetAkhir.sel.set(
          b.baris,
          bisaDirumus(TA) && bisaDirumus(realisasiTerakhir) && p.mode === 'rumus'
            ? {
                nilai: tampil(ct.nilai) ?? '',
                rumus: `=${badanCapaian(ref(TA), ref(realisasiTerakhir), opsi)}`,
                format: FORMAT_PERSEN,
              }
            : selNilai(tampil(ct.nilai), FORMAT_PERSEN),
        );
      }
    }

    // Year-on-year change of capaian, in points.
    if (lalu && h.capaian !== undefined && lalu.capaian !== undefined) {
      const ubah = bandingkanTahun(h.capaian, lalu.capaian, polaritas);
      h.perubahan = { poin: ubah.poin, arah: ubah.arah };
      const selCapaian = kCapaian.sel.get(b.baris);
      if (
        p.mode === 'rumus' &&
        selCapaian?.rumus &&
        lalu.T &&
        lalu.R &&
        bisaDirumus(lalu.T) &&
        bisaDirumus(lalu.R)
      ) {
        const badanLalu = badanCapaian(ref(lalu.T), ref(lalu.R), opsi);
        kPerubahan.sel.set(b.baris, {
          nilai: selisihTampil(h.capaian, lalu.capaian),
          format: FORMAT_PERSEN,
          rumusNanti: (a) => rumusPerubahan(a('capaian', b.baris), badanLalu),
        });
        kArah.sel.set(b.baris, {
          nilai: ubah.arah,
          rumusNanti: (a) => rumusArah(a('perubahan', b.baris)),
        });
      } else {
        kPerubahan.sel.set(
          b.baris,
          selNilai(selisihTampil(h.capaian, lalu.capaian), FORMAT_PERSEN),
        );
        kArah.sel.set(b.baris, selNilai(ubah.arah));
      }
      const ket = b.sel.ket;
      if (
        ket &&
        typeof ket.mentah === 'string' &&
        /meningkat|menurun|tetap|naik|turun/i.test(ket.mentah.replace(/\s/g, ''))
      ) {
        const tertulis = ket.mentah.replace(/\s+/g, '').toLowerCase();
        const arahTertulis = /meningkat|naik/.test(tertulis)
          ? 'Meningkat'
          : /menurun|turun/.test(tertulis)
            ? 'Menurun'
            : 'Tetap';
        h.tertulis = { ...h.tertulis, arah: ket.mentah.trim() };
        if (arahTertulis !== ubah.arah) {
          k.temuan.push({
            sheet: tabel.sheet,
            sel: alamat(ket.baris, ket.kolom),
            kode: 'ket-bertentangan',
            tingkat: 'error',
            tertulis: ket.mentah.trim(),
            seharusnya: ubah.arah,
            pesan: `keterangan "${ket.mentah.trim()}" bertentangan dengan angkanya: capaian ${formatRingkas(lalu.capaian)} (${lalu.tahun}) menjadi ${formatRingkas(h.capaian)} (${L}), ${ubah.arah.toLowerCase()} ${formatRingkas(Math.abs(ubah.poin))} poin`,
          });
        }
      }
    }
  });

  // Parents: indicators with sub-indicators, then sasaran rows, then averages.
  const anakPer = new Map<number, { x: BarisTabel; j: number }[]>();
  tabel.baris.forEach((x, j) => {
    if (x.induk !== undefined) {
      const daftar = anakPer.get(x.induk);
      if (daftar) daftar.push({ x, j });
      else anakPer.set(x.induk, [{ x, j }]);
    }
  });
  // The cell of a mean over rows: an AVERAGE formula when it can be one, else the value.
  const selRerata = (
    daftar: { b: BarisTabel; i: number }[],
    nilai: number | undefined,
    sebagaiRumus: boolean,
  ): SelKeluaran =>
    sebagaiRumus
      ? {
          nilai: rerataTampil(daftar.map(({ i }) => baris[i].capaian)) ?? '',
          format: FORMAT_PERSEN,
          rumusNanti: (a) =>
            rumusRataRata(
              daftar.map(({ b }) => a('capaian', b.baris)),
              cara,
            ),
        }
      : selNilai(tampil(nilai), FORMAT_PERSEN);
  tabel.baris.forEach((b, i) => {
    if (b.tingkat !== 'indikator') return;
    const anak = (anakPer.get(i) ?? [])
      .filter(({ x }) => x.tingkat === 'sub-indikator')
      .map(({ x, j }) => ({ b: x, i: j }));
    if (anak.length === 0 || baris[i].capaian !== undefined) return;
    const rr = rataRata(
      anak.map(({ i: j }) => baris[j].capaian),
      cara,
    );
    if (rr.nilai !== undefined) baris[i].capaian = rr.nilai;
    baris[i].rumus = rr.rumus;
    delete baris[i].alasan;
    // Sub-indicators are always averaged plainly, whatever the sasaran setting.
    kCapaian.sel.set(b.baris, selRerata(anak, rr.nilai, p.mode === 'rumus'));
  });
  const indikatorUtama = tabel.baris
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.tingkat === 'indikator');
  const rerata = (daftar: { b: BarisTabel; i: number }[]) => {
    const nilai = daftar.map(({ i }) => baris[i].capaian);
    return p.rataRataSasaran === 'kelompok'
      ? rataRataKelompok(nilai, k.skala, cara)
      : rataRata(nilai, cara);
  };
  const rerataSebagaiRumus = p.mode === 'rumus' && p.rataRataSasaran === 'biasa';
  tabel.baris.forEach((b, i) => {
    if (b.tingkat === 'sasaran') {
      const daftar = (anakPer.get(i) ?? [])
        .filter(({ x }) => x.tingkat === 'indikator')
        .map(({ x, j }) => ({ b: x, i: j }));
      const rr = rerata(daftar);
      if (rr.nilai !== undefined) baris[i].capaian = rr.nilai;
      baris[i].rumus = rr.rumus;
      if (daftar.length > 0)
        kCapaian.sel.set(b.baris, selRerata(daftar, rr.nilai, rerataSebagaiRumus));
    } else if (b.tingkat === 'total' && b.jenisTotal === 'rata-rata') {
      // An average row summarises the indicators since the previous total row.
      const awal = tabel.baris.findLastIndex(
        (x, j) => j < i && x.tingkat === 'total' && tabel.baris[j - 1]?.tingkat !== 'sub-indikator',
      );
      if (tabel.baris[i - 1]?.tingkat === 'sub-indikator') return; // a note under sub-indicators, checked by periksa
      const daftar = indikatorUtama.filter(({ i: j }) => j > awal && j < i);
      const rr = rerata(daftar);
      if (rr.nilai !== undefined) baris[i].capaian = rr.nilai;
      baris[i].rumus = rr.rumus;
      kCapaian.sel.set(b.baris, selRerata(daftar, rr.nilai, rerataSebagaiRumus));
    }
  });

  // Kategori and the comparison with the user's own columns.
  tabel.baris.forEach((b, i) => {
    const h = baris[i];
    const selC = kCapaian.sel.get(b.baris);
    if (h.capaian === undefined) {
      if (selC?.rumus || selC?.rumusNanti)
        kKategori.sel.set(b.baris, {
          nilai: '',
          rumusNanti: (a) => rumusKategori(a('capaian', b.baris), k.skala),
        });
      return;
    }
    h.kategori = tentukanKategori(h.capaian, k.skala);
    kKategori.sel.set(
      b.baris,
      selC?.rumus || selC?.rumusNanti
        ? {
            // The formula reads the capaian cell, so its expected result follows that cell's value.
            nilai:
              tentukanKategori(typeof selC.nilai === 'number' ? selC.nilai : undefined, k.skala) ??
              '',
            rumusNanti: (a) => rumusKategori(a('capaian', b.baris), k.skala),
          }
        : selNilai(h.kategori),
    );
    // Average rows are checked as a whole by periksaRataRata.
    const kolomC = b.tingkat === 'total' ? undefined : b.sel.capaian;
    if (kolomC && !kolomMilik(tabel, kolomC.kolom)) {
      const tertulis = bandingkan(
        k,
        tabel,
        kolomC,
        h.capaian,
        'capaian-berbeda',
        'capaian',
        h.rumus ?? '',
      );
      if (tertulis !== undefined) h.tertulis = { ...h.tertulis, capaian: tertulis };
    }
    const kolomK = b.tingkat === 'total' ? undefined : b.sel.kategori;
    if (kolomK && !kolomMilik(tabel, kolomK.kolom)) {
      const tertulis = catatKategori(k, tabel, kolomK, h.kategori, h.capaian);
      if (tertulis) h.tertulis = { ...h.tertulis, kategori: tertulis };
    }
  });

  // Means per sasaran and for the whole table; program means for efisiensi.
  const capaianUtama = indikatorUtama.map(({ i }) => baris[i].capaian);
  const rrTabel = rerata(indikatorUtama);
  const ringkasan: HasilTabel['ringkasan'] = {
    jumlahPerKategori: hitungPerKategori(capaianUtama, k.skala),
  };
  if (rrTabel.nilai !== undefined) {
    ringkasan.capaian = rrTabel.nilai;
    ringkasan.kategori = tentukanKategori(rrTabel.nilai, k.skala);
  }
  const perSasaran = new Map<string, { b: BarisTabel; i: number }[]>();
  for (const x of indikatorUtama) {
    const s = x.b.sasaran ?? (x.b.induk !== undefined ? tabel.baris[x.b.induk].uraian : undefined);
    if (s) {
      const daftar = perSasaran.get(s);
      if (daftar) daftar.push(x);
      else perSasaran.set(s, [x]);
    }
    const prog = x.b.program;
    if (prog && baris[x.i].capaian !== undefined) {
      const kunci = kunciTeks(prog);
      k.capaianProgram.set(kunci, [
        ...(k.capaianProgram.get(kunci) ?? []),
        baris[x.i].capaian as number,
      ]);
    }
  }
  if (perSasaran.size > 0) {
    ringkasan.perSasaran = [...perSasaran.entries()].map(([sasaran, daftar]): RingkasanSasaran => {
      const rr = rerata(daftar);
      const r: RingkasanSasaran = { sasaran, jumlahIndikator: daftar.length };
      if (rr.nilai !== undefined) {
        r.capaian = rr.nilai;
        r.kategori = tentukanKategori(rr.nilai, k.skala);
        if (!k.capaianSasaran.has(kunciTeks(sasaran)))
          k.capaianSasaran.set(kunciTeks(sasaran), rr.nilai);
      }
      return r;
    });
  }

  const kolom: KolomKeluaran[] = [kCapaian, kKategori];
  if (kPerubahan.sel.size > 0) kolom.push(kPerubahan, kArah);
  if (kTargetAkhir.sel.size > 0) kolom.push(kTargetAkhir);
  return {
    hasilTabel: { tabel, jenis: tabel.jenis, baris, ringkasan },
    kolom: kolom.filter((x) => x.sel.size > 0),
  };
}

function kolomMilik(tabel: Tabel, kolom: number): boolean {
  return tabel.kolom.some((k) => k.kolom === kolom && k.milik !== undefined);
}

function hitungAnggaran(
  tabel: Tabel,
  k: Konteks,
): { hasilTabel: HasilTabel; kolom: KolomKeluaran[] } {
  const p = k.pengaturan;
  const cara = p.pembulatan;
  const { tampil } = penampil(cara);
  const kSerapan = kolomBaru('serapan', undefined, FORMAT_PERSEN);
  const kSisa = kolomBaru('sisa', undefined, FORMAT_RUPIAH);
  const kEfisiensi = kolomBaru('efisiensi');
  // A row's serapan sentence is made when read: a DPA of 50 000 rows has few readers of it.
  const serapanBaris: HasilSerapan[] = [];
  const baris: HasilBaris[] = tabel.baris.map((b, i) => {
    const h: HasilBaris = {
      baris: b.baris,
      tingkat: b.tingkat,
      uraian: b.uraian,
      get rumus() {
        return serapanBaris[i]?.rumus;
      },
    };
    if (b.kode) h.kode = b.kode;
    if (b.sasaran) h.sasaran = b.sasaran;
    if (b.program) h.program = b.program;
    const pm = angka(b.sel.paguMurni);
    const pg = angka(b.sel.pagu) ?? pm;
    const ra = realisasiTerbaca(b, pg, tabel, k);
    const fi = angka(b.sel.fisik);
    if (pm !== undefined && b.sel.pagu) h.paguMurni = pm;
    if (pg !== undefined) h.pagu = pg;
    if (ra !== undefined) h.realisasiAnggaran = ra;
    if (fi !== undefined) h.fisik = fi;
    return h;
  });

  // Roll-ups, deepest first: a parent without its own figures takes its children's sums.
  const anak = new Map<number, number[]>();
  tabel.baris.forEach((b, i) => {
    if (b.induk !== undefined) {
      const daftar = anak.get(b.induk);
      if (daftar) daftar.push(i);
      else anak.set(b.induk, [i]);
    }
  });
  const teratas = tabel.baris
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.induk === undefined && b.tingkat !== 'total')
    .map(({ i }) => i);
  // Rows whose pagu / realisasi is the sum of their children's (filled below).
  const jumlahPagu = new Map<number, number[]>();
  const jumlahRealisasi = new Map<number, number[]>();
  const gulungBaris = (daftar: number[]) =>
    gulungAnggaran(
      daftar.map((j) => ({
        pagu: baris[j].pagu,
        paguMurni: baris[j].paguMurni,
        realisasi: baris[j].realisasiAnggaran,
        fisik: baris[j].fisik,
      })),
    );
  // A row without its own pagu / realisasi takes its rows' sums, and remembers whose they are.
  const terimaJumlah = (
    i: number,
    daftar: number[],
    g = gulungBaris(daftar),
  ): ReturnType<typeof gulungAnggaran> => {
    const h = baris[i];
    if (h.pagu === undefined && g.pagu !== undefined) {
      h.pagu = g.pagu;
      jumlahPagu.set(i, daftar);
    }
    if (h.realisasiAnggaran === undefined && g.realisasi !== undefined) {
      h.realisasiAnggaran = g.realisasi;
      jumlahRealisasi.set(i, daftar);
    }
    return g;
  };
  for (let i = tabel.baris.length - 1; i >= 0; i--) {
    const daftar = anak.get(i);
    if (!daftar) continue;
    const g = terimaJumlah(i, daftar);
    const h = baris[i];
    if (h.paguMurni === undefined && g.paguMurni !== undefined && tabel.baris[i].sel.paguMurni)
      h.paguMurni = g.paguMurni;
    if (g.fisik !== undefined && tabel.baris[i].sel.fisik?.angka.nilai === undefined)
      h.fisik = g.fisik;
  }
  // Total rows sum the top-level rows (never totals themselves): one roll-up serves them all.
  let semua: ReturnType<typeof gulungAnggaran> | undefined;
  tabel.baris.forEach((b, i) => {
    if (b.tingkat !== 'total') return;
    semua = terimaJumlah(i, teratas, semua);
    const h = baris[i];
    if (h.fisik === undefined && semua.fisik !== undefined) h.fisik = semua.fisik;
  });

  /**
   * The cells a row's figure is the sum of: its own cell, or, for a row that
   * rolls up its children, theirs, down to rows that hold their own figure
   * (a program sums its sub kegiatan when its kegiatan rows are empty too).
   * Why not, when one of them reads otherwise in a formula than the engine
   * reads it; [] when there is nothing.
   */
  const sumber = (
    i: number,
    sel: (b: BarisTabel) => SelTabel | undefined,
    jumlah: Map<number, number[]>,
  ): SelTabel[] | string => {
    const s = sel(tabel.baris[i]);
    const daftar = jumlah.get(i);
    if (s && (s.angka.nilai !== undefined || !daftar)) {
      if (!bisaDirumus(s)) return 'pagu atau realisasi tertulis sebagai teks';
      // The engine reads a cell in percent format as shown (0,5 as 50); a formula reads 0,5.
      if (formatPersen(s.format, typeof s.mentah === 'number' ? s.mentah : 1))
        return 'pagu atau realisasi berformat persen';
      return [s];
    }
    const hasil: SelTabel[] = [];
    for (const j of daftar ?? []) {
      const x = sumber(j, sel, jumlah);
      if (typeof x === 'string') return x;
      hasil.push(...x);
    }
    return hasil;
  };
  /**
   * A row's figure in a formula: its own cell, or the SUM of the cells it
   * rolls up ('0' for nothing), or why it cannot be one.
   */
  const acuanJumlah = (
    i: number,
    sel: (b: BarisTabel) => SelTabel | undefined,
    jumlah: Map<number, number[]>,
  ): { acuan: string } | { alasan: string } => {
    const daftar = sumber(i, sel, jumlah);
    if (typeof daftar === 'string') return { alasan: daftar };
    if (daftar.length === 0) return { acuan: '0' };
    if (!jumlah.has(i)) return { acuan: alamat(daftar[0].baris, daftar[0].kolom) };
    const teks = rumusJumlah(daftar.map((s) => alamat(s.baris, s.kolom)));
    if (teks.length <= PANJANG_JUMLAH) return { acuan: teks };
    // Too many runs for one Excel formula: one range, when every figure in it is one of these.
    const kolom = daftar[0].kolom;
    const atas = Math.min(...daftar.map((s) => s.baris));
    const bawah = Math.max(...daftar.map((s) => s.baris));
    const terisi = tabel.baris.filter(
      (b) => b.baris >= atas && b.baris <= bawah && isiKolom(b, kolom),
    ).length;
    return daftar.every((s) => s.kolom === kolom) && terisi === daftar.length
      ? { acuan: `SUM(${alamat(atas, kolom)}:${alamat(bawah, kolom)})` }
      : { alasan: 'jumlahnya terlalu panjang untuk satu rumus Excel' };
  };
  // A table row with a figure of its own in this column.
  const isiKolom = (b: BarisTabel, kolom: number) =>
    Object.values(b.sel).some((s) => s?.kolom === kolom && s.angka.nilai !== undefined);
  // The pagu a row's figures use: Pagu, else Pagu Murni (as read above).
  const selPagu = (x: BarisTabel) =>
    x.sel.pagu?.angka.nilai !== undefined ? x.sel.pagu : (x.sel.paguMurni ?? x.sel.pagu);

  // Serapan and sisa per row; an empty realisasi means nothing spent.
  tabel.baris.forEach((b, i) => {
    const h = baris[i];
    if (h.pagu === undefined) return;
    const realisasi = h.realisasiAnggaran ?? 0;
    const s = hitungSerapan(realisasi, h.pagu, cara);
    if (s.nilai !== undefined) h.serapan = s.nilai;
    h.sisa = hitungSisa(h.pagu, realisasi);
    serapanBaris[i] = s;
    const acuanP = acuanJumlah(i, selPagu, jumlahPagu);
    const acuanR = acuanJumlah(i, (x) => x.sel.realisasiAnggaran, jumlahRealisasi);
    if (p.mode === 'rumus' && 'acuan' in acuanP && 'acuan' in acuanR) {
      kSerapan.sel.set(b.baris, {
        nilai: tampil(h.serapan) ?? '',
        rumus: rumusSerapan(acuanP.acuan, acuanR.acuan, cara),
        format: FORMAT_PERSEN,
      });
      kSisa.sel.set(b.baris, {
        nilai: h.sisa ?? '',
        rumus: rumusSisa(acuanP.acuan, acuanR.acuan),
        format: FORMAT_RUPIAH,
      });
    } else {
      const alasan = 'alasan' in acuanP ? acuanP.alasan : 'alasan' in acuanR && acuanR.alasan;
      const catatan = p.mode === 'rumus' ? `Nilai dari Capaian: ${alasan}.` : undefined;
      kSerapan.sel.set(b.baris, selNilai(tampil(h.serapan), FORMAT_PERSEN, catatan));
      kSisa.sel.set(b.baris, selNilai(h.sisa, FORMAT_RUPIAH, catatan));
    }
    const selS = b.sel.serapan;
    if (selS && !kolomMilik(tabel, selS.kolom)) {
      const tertulis = bandingkan(
        k,
        tabel,
        selS,
        h.serapan,
        'serapan-berbeda',
        'persentase realisasi',
        s.rumus,
      );
      if (tertulis !== undefined) h.tertulis = { ...h.tertulis, serapan: tertulis };
    }
    const selSisa = b.sel.sisa;
    if (
      selSisa &&
      !kolomMilik(tabel, selSisa.kolom) &&
      selSisa.angka.nilai !== undefined &&
      h.sisa !== undefined
    ) {
      h.tertulis = { ...h.tertulis, sisa: selSisa.angka.nilai };
      if (Math.abs(selSisa.angka.nilai - h.sisa) >= 0.5) {
        k.temuan.push({
          sheet: tabel.sheet,
          sel: alamat(selSisa.baris, selSisa.kolom),
          kode: 'sisa-berbeda',
          tingkat: 'error',
          tertulis: selSisa.angka.nilai,
          seharusnya: h.sisa,
          pesan: `sisa anggaran tertulis ${formatRingkas(selSisa.angka.nilai)}, seharusnya pagu - realisasi = ${formatRingkas(h.sisa)}`,
        });
      }
    }
  });

  // Efisiensi: capaian of the program (from indicator tables) or of the sasaran.
  const perSasaran = new Map<string, number[]>();
  tabel.baris.forEach((b, i) => {
    const h = baris[i];
    if (b.tingkat === 'total') return;
    if (b.sasaran) {
      const daftar = perSasaran.get(b.sasaran);
      if (daftar) daftar.push(i);
      else perSasaran.set(b.sasaran, [i]);
    }
    const kunciProgram =
      b.tingkat === 'program' || tabel.jenis === 'efisiensi'
        ? kunciTeks(b.program ?? b.uraian)
        : undefined;
    const capaianProgram = kunciProgram ? k.capaianProgram.get(kunciProgram) : undefined;
    const capaian = capaianProgram ? rataRata(capaianProgram).nilai : undefined;
    if (capaian === undefined || h.serapan === undefined) return;
    const e = hitungEfisiensi({ capaian, serapan: h.serapan, metode: p.efisiensi, cara });
    h.capaian = capaian;
    if (e.nilai !== undefined) h.efisiensi = e.nilai;
    if (e.label) h.labelEfisiensi = e.label;
    kEfisiensi.sel.set(b.baris, selNilai(e.label, undefined, `Efisiensi ${e.rumus}`));
  });

  const ringkasan: HasilTabel['ringkasan'] = {};
  const barisTotal = tabel.baris.findIndex(
    (b) => b.tingkat === 'total' && b.jenisTotal === 'jumlah',
  );
  const g = gulungAnggaran(
    teratas.map((j) => ({
      pagu: baris[j].pagu,
      paguMurni: baris[j].paguMurni,
      realisasi: baris[j].realisasiAnggaran ?? (baris[j].pagu !== undefined ? 0 : undefined),
      fisik: baris[j].fisik,
    })),
  );
  Object.assign(ringkasan, {
    paguMurni: g.paguMurni,
    pagu: g.pagu,
    realisasiAnggaran: g.realisasi,
    serapan: g.serapan,
    sisa: g.sisa,
    fisik: g.fisik,
  });
  for (const kunci of Object.keys(ringkasan) as (keyof typeof ringkasan)[])
    if (ringkasan[kunci] === undefined) delete ringkasan[kunci];
  if (barisTotal >= 0) periksaJumlah(k, tabel, baris, barisTotal, teratas);
  periksaInduk(k, tabel, baris, anak);
  if (perSasaran.size > 0) {
    ringkasan.perSasaran = [...perSasaran.entries()].map(([sasaran, daftar]) => {
      const gs = gulungAnggaran(
        daftar
          .filter(
            (i) =>
              tabel.baris[i].induk === undefined ||
              !daftar.includes(tabel.baris[i].induk as number),
          )
          .map((i) => ({ pagu: baris[i].pagu, realisasi: baris[i].realisasiAnggaran ?? 0 })),
      );
      const r: RingkasanSasaran = { sasaran, jumlahIndikator: 0 };
      if (gs.serapan !== undefined) r.serapan = gs.serapan;
      const capaian = k.capaianSasaran.get(kunciTeks(sasaran));
      if (capaian !== undefined) {
        r.capaian = capaian;
        const e = hitungEfisiensi({ capaian, serapan: gs.serapan, metode: p.efisiensi, cara });
        if (e.nilai !== undefined) r.efisiensi = e.nilai;
        if (e.label) {
          r.labelEfisiensi = e.label;
          const pertama = daftar[0];
          if (!kEfisiensi.sel.has(tabel.baris[pertama].baris))
            kEfisiensi.sel.set(
              tabel.baris[pertama].baris,
              selNilai(e.label, undefined, `Efisiensi sasaran: ${e.rumus}`),
            );
        }
      }
      return r;
    });
  }
  const kolom = [kSerapan, kSisa];
  if (kEfisiensi.sel.size > 0) kolom.push(kEfisiensi);
  return {
    hasilTabel: { tabel, jenis: tabel.jenis, baris, ringkasan },
    kolom: kolom.filter((x) => x.sel.size > 0),
  };
}

function hitungTabelIkm(
  tabel: Tabel,
  k: Konteks,
): { hasilTabel: HasilTabel; kolom: KolomKeluaran[] } {
  const baris: HasilBaris[] = [];
  const nrr: number[] = [];
  for (const b of tabel.baris) {
    const h: HasilBaris = { baris: b.baris, tingkat: b.tingkat, uraian: b.uraian };
    const n = angka(b.sel.nrr);
    if (n !== undefined && b.tingkat === 'unsur') {
      h.nrr = n;
      h.ikm = n * 25;
      nrr.push(n);
    }
    baris.push(h);
  }
  const h = hitungIkm(
    nrr,
    k.pengaturan.bobotIkm === undefined ? {} : { bobot: k.pengaturan.bobotIkm },
  );
  // A stated IKM that the elements' NRR do not give (elements rounded to two decimals move it by 0,125 at most).
  tabel.baris.forEach((b, i) => {
    const sel = b.sel.ikm;
    const tertulis = sel?.angka.nilai;
    if (!sel || tertulis === undefined || h.ikm === undefined || b.tingkat !== 'total') return;
    baris[i].ikm = tertulis;
    if (Math.abs(tertulis - h.ikm) > 0.13) {
      k.temuan.push({
        sheet: tabel.sheet,
        sel: alamat(sel.baris, sel.kolom),
        kode: 'ikm-berbeda',
        tingkat: 'warning',
        tertulis,
        seharusnya: h.ikm,
        pesan: `IKM tertulis ${formatMasukan(tertulis)}, sedangkan NRR ${nrr.length} unsur memberi ${h.rumus}`,
      });
    }
  });
  const ringkasan: HasilTabel['ringkasan'] = {};
  if (h.nrr !== undefined) ringkasan.nrr = h.nrr;
  if (h.ikm !== undefined) ringkasan.ikm = h.ikm;
  if (h.mutu) ringkasan.mutu = `${h.mutu.huruf} (${h.mutu.label})`;
  return { hasilTabel: { tabel, jenis: tabel.jenis, baris, ringkasan }, kolom: [] };
}

function efisiensiKeseluruhan(hasil: HasilTabel[], p: Pengaturan): HasilBuku['efisiensi'] {
  // Each indicator once (multi-year and Renstra tables repeat them); program-level indicators are not sasaran indicators.
  const perNama = new Map<string, number | undefined>();
  const urutan = ['indikator', 'multi-tahun', 'renstra'];
  for (const h of [...hasil].sort((a, b) => urutan.indexOf(a.jenis) - urutan.indexOf(b.jenis))) {
    if (!urutan.includes(h.jenis)) continue;
    for (const b of h.baris) {
      if (b.tingkat !== 'indikator' || b.program) continue;
      const kunci = kunciTeks(b.uraian);
      if (!perNama.has(kunci)) perNama.set(kunci, b.capaian);
    }
  }
  const capaian = [...perNama.values()];
  const anggaran =
    hasil.find((h) => h.jenis === 'anggaran' && h.ringkasan.serapan !== undefined) ??
    hasil.find((h) => h.ringkasan.serapan !== undefined);
  const rr = rataRata(capaian);
  const serapan = anggaran?.ringkasan.serapan;
  const e = hitungEfisiensi({
    capaian: rr.nilai,
    serapan,
    metode: p.efisiensi,
    cara: p.pembulatan,
  });
  const r: HasilBuku['efisiensi'] = { metode: p.efisiensi };
  if (rr.nilai !== undefined) r.capaian = rr.nilai;
  if (serapan !== undefined) r.serapan = serapan;
  if (e.nilai !== undefined) r.efisiensi = e.nilai;
  if (e.label) r.label = e.label;
  return r;
}
