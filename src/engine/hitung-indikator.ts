import type { BarisTabel, SelTabel, Tabel } from '../sheet/model';
import type { HasilBaris, HasilTabel, RingkasanSasaran } from './hasil';
import { bandingkanTahun, hitungPerKategori, rataRata, rataRataKelompok } from '../domain/agregasi';
import { formatRingkas } from '../domain/angka';
import { hitungCapaian, type HasilCapaian } from '../domain/capaian';
import { tentukanKategori } from '../domain/kategori';
import { kunciTeks } from '../domain/teks';
import { alamat } from '../sheet/grid';
import { JUDUL_MILIK, judulCapaianTahun } from '../sheet/milik';
import { type KolomKeluaran, type SelKeluaran } from './tata-letak';
import { hitungPeriode, type HasilPeriode } from './periode';
import { AWALAN_CATATAN } from './rencana';
import {
  type Acuan,
  badanCapaian,
  rumusArah,
  rumusKategori,
  rumusPerubahan,
  rumusRataRata,
} from './rumus-excel';
import { bandingkan, catatKategori } from './periksa';
import {
  type Konteks,
  nilaiSel,
  bisaDirumus,
  ref,
  FORMAT_PERSEN,
  kolomBaru,
  selNilai,
  polaritasBaris,
  penampil,
  kolomMilik,
} from './hitung-bersama';

/** Indicator tables (one year, multi-year, Renstra): capaian, kategori, means, year-on-year change, Renstra progress. */

export function hitungIndikator(
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

  const adaTarget = tabel.kolom.some((x) => x.peran === 'target');
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

    // Quarterly (or monthly) figures without a year column: combined up to the latest period.
    const hp = !b.sel.realisasi
      ? hitungPeriode(b, tabel, p.metodePeriode, kunciTeks(b.uraian), k.temuan)
      : undefined;
    if (hp) {
      h.periode = {
        metode: hp.metode,
        metodeDari: hp.metodeDari,
        sampai: hp.sampai,
        ke: hp.ke,
        targetDari: hp.targetDari,
        per: hp.per,
      };
      if (hp.targetTahunan !== undefined) h.periode.targetTahunan = hp.targetTahunan;
      periksaCapaianPeriode(b, tabel, k, opsi);
    }
    const T = hp ? angkaGabungan(hp.target) : b.sel.target;
    const R = hp ? angkaGabungan(hp.realisasi) : b.sel.realisasi;
    const t = nilaiSel(T);
    const r = nilaiSel(R);
    if (t !== undefined) h.target = t;
    if (r !== undefined) h.realisasi = r;
    let c: HasilCapaian | undefined;
    // Without a target column there is nothing to compute capaian from (a realisasi-only import sheet).
    if ((T || R) && adaTarget) {
      c = hitungCapaian({ target: T?.angka ?? null, realisasi: R?.angka ?? null, ...opsi });
      if (c.nilai !== undefined) {
        h.capaian = c.nilai;
        if (c.nilaiTanpaBatas !== undefined && c.nilaiTanpaBatas !== c.nilai)
          h.capaianTanpaBatas = c.nilaiTanpaBatas;
      } else if (c.alasan) h.alasan = c.alasan;
      h.rumus = hp ? `${c.rumus} (${hp.sampai}, metode ${hp.metode})` : c.rumus;
      const acuan = hp
        ? acuanPeriode(hp)
        : T && R && bisaDirumus(T) && bisaDirumus(R)
          ? { T: ref(T), R: ref(R) }
          : undefined;
      if (acuan && p.mode === 'rumus') {
        kCapaian.sel.set(b.baris, {
          nilai: tampil(c.nilai) ?? '',
          rumus: `=${badanCapaian(acuan.T, acuan.R, opsi)}`,
          format: FORMAT_PERSEN,
        });
      } else {
        const alasan =
          p.mode === 'rumus'
            ? `${AWALAN_CATATAN}: target atau realisasi tidak dapat dihitung dengan rumus Excel (teks, predikat atau rentang).`
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

  // Capaian up to a reporting period says which ("Capaian s.d. TW II (%)").
  const terakhir = baris.reduce<HasilBaris['periode']>(
    (a, h) => (h.periode && (!a || h.periode.ke > a.ke) ? h.periode : a),
    undefined,
  );
  if (terakhir && !multi) kCapaian.judul = `Capaian ${terakhir.sampai} (%)`;
  const kolom: KolomKeluaran[] = [kCapaian, kKategori];
  if (kPerubahan.sel.size > 0) kolom.push(kPerubahan, kArah);
  if (kTargetAkhir.sel.size > 0) kolom.push(kTargetAkhir);
  return {
    hasilTabel: { tabel, jenis: tabel.jenis, baris, ringkasan },
    kolom: kolom.filter((x) => x.sel.size > 0),
  };
}

/** A combined figure as a cell the capaian rules can read. */
function angkaGabungan(n: number | undefined): SelTabel | undefined {
  return n === undefined
    ? undefined
    : { baris: 0, kolom: 0, mentah: n, angka: { jenis: 'angka', nilai: n } };
}

/**
 * The combined target and realisasi as formula expressions: the sum, the last
 * cell, or the mean of the periods up to the latest one; none when a cell is
 * text or in percent format (the engine reads those otherwise than a formula).
 */
function acuanPeriode(hp: HasilPeriode): { T: Acuan; R: Acuan } | undefined {
  const semua = [...hp.selTarget, ...hp.selRealisasi];
  if (hp.selTarget.length === 0 || semua.some((s) => !bisaDirumus(s) || ref(s).persen))
    return undefined;
  const ekspresi = (sel: SelTabel[], periode: boolean): string => {
    const alamatSel = sel.map((s) => alamat(s.baris, s.kolom));
    if (!periode || hp.metode === 'nilai-akhir') return alamatSel[alamatSel.length - 1];
    return `${hp.metode === 'kumulatif' ? 'SUM' : 'AVERAGE'}(${alamatSel.join(',')})`;
  };
  return {
    T: { alamat: ekspresi(hp.selTarget, hp.targetDari === 'periode'), persen: false },
    R: { alamat: ekspresi(hp.selRealisasi, true), persen: false },
  };
}

/** A capaian stated per period: the period's realisasi over its target. */
function periksaCapaianPeriode(
  b: BarisTabel,
  tabel: Tabel,
  k: Konteks,
  opsi: Parameters<typeof badanCapaian>[2],
): void {
  for (const isi of Object.values(b.perPeriode ?? {})) {
    if (!isi.capaian || !isi.target || !isi.realisasi) continue;
    const c = hitungCapaian({ target: isi.target.angka, realisasi: isi.realisasi.angka, ...opsi });
    bandingkan(k, tabel, isi.capaian, c.nilai, 'capaian-berbeda', 'capaian periode', c.rumus);
  }
}
