import type { BarisTabel, SelTabel, Tabel } from '../sheet/model';
import type {
  HasilBaris,
  HasilBuku,
  HasilTabel,
  RingkasanProgram,
  RingkasanSasaran,
} from './hasil';
import type { CaraPembulatan } from '../domain/pembulatan';
import { Gulungan, gulungAnggaran, hitungSerapan, hitungSisa, rataRata } from '../domain/agregasi';
import { formatPersen, formatRingkas } from '../domain/angka';
import { hitungEfisiensi } from '../domain/efisiensi';
import { kunciTeks } from '../domain/teks';
import { alamat } from '../sheet/grid';
import { type KolomKeluaran } from './tata-letak';
import { hitungAnggaranKas } from './anggaran-kas';
import { rincianPeriode, sampaiPeriode } from './anggaran-periode';
import { AWALAN_CATATAN } from './rencana';
import { rumusJumlah, rumusSerapan, rumusSisa } from './rumus-excel';
import { bandingkan, periksaInduk, periksaJumlah, realisasiTerbaca } from './periksa';
import {
  type Konteks,
  angka,
  bisaDirumus,
  FORMAT_PERSEN,
  FORMAT_RUPIAH,
  PANJANG_JUMLAH,
  kolomBaru,
  selNilai,
  penampil,
  kolomMilik,
} from './hitung-bersama';

/**
 * The prototype of a budget table's result rows. A row's serapan sentence is made when read
 * (a DPA of 50 000 rows has few readers of it) by this getter, shared by every row: a property
 * defined on each row costs V8 a slow path and about 800 bytes per row. JSON keeps the sentence
 * (`toJSON`); a structured clone keeps only own properties, so the pane worker posts
 * {@link barisPolos} rows.
 */
function purwarupaBaris(cara: CaraPembulatan | undefined): object {
  return Object.create(Object.prototype, {
    rumus: {
      get(this: HasilBaris): string | undefined {
        return this.pagu === undefined
          ? undefined
          : hitungSerapan(this.realisasiAnggaran ?? 0, this.pagu, cara).rumus;
      },
    },
    toJSON: {
      value(this: HasilBaris): HasilBaris {
        const { baris, tingkat, uraian, ...lain } = this;
        return { baris, tingkat, uraian, rumus: this.rumus, ...lain };
      },
    },
  });
}

/** The result with every row a plain object that holds its serapan sentence (for a structured clone). */
export function barisPolos(hasil: HasilBuku): HasilBuku {
  for (const t of hasil.tabel)
    t.baris = t.baris.map((b) => {
      const polos = (b as { toJSON?: () => HasilBaris }).toJSON;
      return polos ? polos.call(b) : b;
    });
  return hasil;
}

/** Budget tables: roll-ups, serapan, sisa, efisiensi per program and per sasaran. */

export function hitungAnggaran(
  tabel: Tabel,
  k: Konteks,
): { hasilTabel: HasilTabel; kolom: KolomKeluaran[] } {
  const p = k.pengaturan;
  const cara = p.pembulatan;
  const { tampil } = penampil(cara);
  const kSerapan = kolomBaru('serapan', undefined, FORMAT_PERSEN);
  const kSisa = kolomBaru('sisa', undefined, FORMAT_RUPIAH);
  const kEfisiensi = kolomBaru('efisiensi');
  const purwarupa = purwarupaBaris(cara);
  const baris: HasilBaris[] = tabel.baris.map((b) => {
    const h = Object.create(purwarupa) as HasilBaris;
    h.baris = b.baris;
    h.tingkat = b.tingkat;
    h.uraian = b.uraian;
    if (b.kode) h.kode = b.kode;
    if (b.sasaran) h.sasaran = b.sasaran;
    if (b.program) h.program = b.program;
    const pm = angka(b.sel.paguMurni);
    const pg = angka(b.sel.pagu) ?? pm;
    const ra =
      realisasiTerbaca(b, pg, tabel, k) ??
      (b.sel.realisasiAnggaran ? undefined : sampaiPeriode(b, tabel, 'realisasiAnggaran')?.nilai);
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
  const gulungBaris = (daftar: number[]) => {
    const g = new Gulungan();
    for (const j of daftar) {
      const h = baris[j];
      g.tambah(h.paguMurni, h.pagu, h.realisasiAnggaran, h.fisik);
    }
    return g.hasil();
  };
  /**
   * A row that sums others takes their sum, and remembers whose it is, when it
   * has no figure of its own or when its own is not that sum: every figure is
   * computed from the bottom up, so a wrong sub-total is reported at its cell
   * (periksa) and does not make the rows above it look wrong.
   */
  const berbeda = (a: number | undefined, b: number | undefined) =>
    b !== undefined && (a === undefined || Math.abs(a - b) >= 0.5);
  const terimaJumlah = (
    i: number,
    daftar: number[],
    g = gulungBaris(daftar),
  ): ReturnType<typeof gulungAnggaran> => {
    const h = baris[i];
    if (berbeda(h.pagu, g.pagu)) {
      h.pagu = g.pagu;
      jumlahPagu.set(i, daftar);
    }
    if (berbeda(h.realisasiAnggaran, g.realisasi)) {
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
  // Total rows sum the rows recognition found they close (a unit's top rows, all, or the totals above).
  // Total rows sum the rows recognition found they close (a unit's top rows, all, or the totals above).
  tabel.baris.forEach((b, i) => {
    if (b.tingkat !== 'total' || b.jenisTotal === 'rata-rata') return;
    const g = terimaJumlah(i, b.jumlahDari ?? teratas);
    const h = baris[i];
    if (h.fisik === undefined && g.fisik !== undefined) h.fisik = g.fisik;
  });

  /**
   * The cells a row's figure is the sum of: its own cell, or, for a row that
   * rolls up its children, theirs, down to rows that hold their own figure
   * (a program sums its sub kegiatan when its kegiatan rows are empty too).
   * Why not, when one of them reads otherwise in a formula than the engine
   * reads it; [] when there is nothing.
   */
  /**
   * The cells a row's figure comes from, added to `hasil`: its own, or (a row whose figure is
   * its rows' sum: none of its own, or its own not that sum) its rows'. Returns why a formula
   * cannot read them, if so.
   */
  const sumber = (
    i: number,
    sel: (b: BarisTabel) => SelTabel | SelTabel[] | undefined,
    jumlah: Map<number, number[]>,
    hasil: SelTabel[],
  ): string | undefined => {
    const s = sel(tabel.baris[i]);
    const daftar = jumlah.get(i);
    if (s && !daftar) {
      if (!Array.isArray(s)) {
        hasil.push(s);
        return tidakDirumus(s);
      }
      for (const x of s) {
        const alasan = tidakDirumus(x);
        if (alasan) return alasan;
        hasil.push(x);
      }
      return undefined;
    }
    for (const j of daftar ?? []) {
      const alasan = sumber(j, sel, jumlah, hasil);
      if (alasan) return alasan;
    }
    return undefined;
  };
  /**
   * A row's figure in a formula: its own cell, or the SUM of the cells it
   * rolls up ('0' for nothing), as text; or why it cannot be one.
   */
  const acuanJumlah = (
    i: number,
    sel: (b: BarisTabel) => SelTabel | SelTabel[] | undefined,
    jumlah: Map<number, number[]>,
  ): string | { alasan: string } => {
    // Most rows: one figure of their own, named by its cell (no list is built for it).
    const sendiri = jumlah.has(i) ? undefined : sel(tabel.baris[i]);
    if (sendiri && !Array.isArray(sendiri)) {
      const alasan = tidakDirumus(sendiri);
      return alasan ? { alasan } : alamat(sendiri.baris, sendiri.kolom);
    }
    const daftar: SelTabel[] = [];
    const alasan = sumber(i, sel, jumlah, daftar);
    if (alasan) return { alasan };
    if (daftar.length === 0) return '0';
    if (!jumlah.has(i) && daftar.length === 1) return alamat(daftar[0].baris, daftar[0].kolom);
    const teks = rumusJumlah(daftar);
    if (teks.length <= PANJANG_JUMLAH) return teks;
    // Too many runs for one Excel formula: one range, when every figure in it is one of these.
    const kolom = daftar[0].kolom;
    let atas = Infinity;
    let bawah = -Infinity;
    for (const s of daftar) {
      atas = Math.min(atas, s.baris);
      bawah = Math.max(bawah, s.baris);
    }
    const terisi = tabel.baris.filter(
      (b) => b.baris >= atas && b.baris <= bawah && isiKolom(b, kolom),
    ).length;
    return daftar.every((s) => s.kolom === kolom) && terisi === daftar.length
      ? `SUM(${alamat(atas, kolom)}:${alamat(bawah, kolom)})`
      : { alasan: 'jumlahnya terlalu panjang untuk satu rumus Excel' };
  };
  // A table row with a figure of its own in this column.
  const isiKolom = (b: BarisTabel, kolom: number) => {
    for (const peran in b.sel) {
      const s = b.sel[peran as keyof typeof b.sel];
      if (s?.kolom === kolom && s.angka.nilai !== undefined) return true;
    }
    return false;
  };
  // The realisasi cells of a row: its column, or its periods' (summed, or the latest "s.d.").
  const selRealisasi = (x: BarisTabel) =>
    x.sel.realisasiAnggaran ?? sampaiPeriode(x, tabel, 'realisasiAnggaran')?.sel;
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
    const acuanP = acuanJumlah(i, selPagu, jumlahPagu);
    const acuanR = acuanJumlah(i, selRealisasi, jumlahRealisasi);
    const rinci = rincianPeriode(b, tabel, h, cara);
    if (rinci) h.anggaranPeriode = rinci;
    if (p.mode === 'rumus' && typeof acuanP === 'string' && typeof acuanR === 'string') {
      kSerapan.sel.set(b.baris, {
        nilai: tampil(h.serapan) ?? '',
        rumus: rumusSerapan(acuanP, acuanR, cara),
        format: FORMAT_PERSEN,
      });
      kSisa.sel.set(b.baris, {
        nilai: h.sisa ?? '',
        rumus: rumusSisa(acuanP, acuanR),
        format: FORMAT_RUPIAH,
      });
    } else {
      const alasan =
        typeof acuanP !== 'string' ? acuanP.alasan : typeof acuanR !== 'string' && acuanR.alasan;
      const catatan = p.mode === 'rumus' ? `${AWALAN_CATATAN}: ${alasan}.` : undefined;
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
        () => s.rumus,
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

  const kas = hitungAnggaranKas(tabel, baris, k, (i) => {
    const a = acuanJumlah(i, selRealisasi, jumlahRealisasi);
    return typeof a === 'string' ? a : undefined;
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
  Object.assign(ringkasan, kas.ringkasan);
  for (const kunci of Object.keys(ringkasan) as (keyof typeof ringkasan)[])
    if (ringkasan[kunci] === undefined) delete ringkasan[kunci];
  tabel.baris.forEach((b, i) => {
    // A total without a label is one because one figure is its rows' sum: the others are checked.
    if (b.tingkat === 'total' && b.jenisTotal === 'jumlah')
      periksaJumlah(k, tabel, baris, i, b.jumlahDari ?? teratas);
  });
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
  const { perProgram, efisiensiGrup } = ringkasProgram(tabel, baris, k);
  if (perProgram.length > 0) ringkasan.perProgram = perProgram;
  // Programs without a row of their own: their efisiensi stands at the first row that names them.
  for (const [b, e] of efisiensiGrup)
    if (!kEfisiensi.sel.has(b))
      kEfisiensi.sel.set(b, selNilai(e.label, undefined, `Efisiensi program: ${e.rumus}`));
  // Where the sheet states serapan or sisa itself, it is checked, not written again beside it.
  const dinyatakan = (peran: 'serapan' | 'sisa') =>
    tabel.kolom.some((x) => x.peran === peran && !x.milik);
  const kolom = [
    ...(dinyatakan('serapan') ? [] : [kSerapan]),
    ...(dinyatakan('sisa') ? [] : [kSisa]),
  ];
  if (kas.kolom) kolom.push(kas.kolom);
  if (kEfisiensi.sel.size > 0) kolom.push(kEfisiensi);
  return {
    hasilTabel: { tabel, jenis: tabel.jenis, baris, ringkasan },
    kolom: kolom.filter((x) => x.sel.size > 0),
  };
}

/** Why a formula cannot stand for the figure the engine read in this cell, if it cannot. */
function tidakDirumus(s: SelTabel): string | undefined {
  if (!bisaDirumus(s)) return 'pagu atau realisasi tertulis sebagai teks';
  // The engine reads a cell in percent format as shown (0,5 as 50); a formula reads 0,5.
  if (formatPersen(s.format, typeof s.mentah === 'number' ? s.mentah : 1))
    return 'pagu atau realisasi berformat persen';
  return undefined;
}

/**
 * Per program: the program rows, or, without them, the rows grouped by the
 * program they name (the top rows of each group summed). Counts of kegiatan
 * and sub kegiatan under each; efisiensi where the program has a capaian.
 */
function ringkasProgram(
  tabel: Tabel,
  baris: HasilBaris[],
  k: Konteks,
): {
  perProgram: RingkasanProgram[];
  efisiensiGrup: Map<number, { label: string; rumus: string }>;
} {
  const efisiensiGrup = new Map<number, { label: string; rumus: string }>();
  const grup = new Map<string, { nama: string; anggota: number[]; induk?: number }>();
  const adaBarisProgram = tabel.baris.some((b) => b.tingkat === 'program');
  // Every row names its program: each name is keyed once (the rows share the program's string).
  const kunciProgram = new Map<string, string>();
  tabel.baris.forEach((b, i) => {
    if (b.tingkat === 'total' || !b.program) return;
    let kunci = kunciProgram.get(b.program);
    if (kunci === undefined) kunciProgram.set(b.program, (kunci = kunciTeks(b.program)));
    const g = grup.get(kunci) ?? { nama: b.program, anggota: [] };
    grup.set(kunci, g);
    if (b.tingkat === 'program') g.induk ??= i;
    else g.anggota.push(i);
  });
  const hasil: RingkasanProgram[] = [];
  for (const [kunci, g] of grup) {
    if (adaBarisProgram && g.induk === undefined) continue;
    const dalam = new Set(g.anggota);
    const atas = g.anggota.filter((i) => !dalam.has(tabel.baris[i].induk ?? -1));
    const angka =
      g.induk !== undefined
        ? {
            pagu: baris[g.induk].pagu,
            paguMurni: baris[g.induk].paguMurni,
            realisasi: baris[g.induk].realisasiAnggaran,
          }
        : gulungAnggaran(
            atas.map((i) => ({
              pagu: baris[i].pagu,
              paguMurni: baris[i].paguMurni,
              realisasi:
                baris[i].realisasiAnggaran ?? (baris[i].pagu !== undefined ? 0 : undefined),
            })),
          );
    const r: RingkasanProgram = {
      program: g.nama,
      baris: tabel.baris[g.induk ?? g.anggota[0]].baris,
      jumlahKegiatan: g.anggota.filter((i) => tabel.baris[i].tingkat === 'kegiatan').length,
      jumlahSubKegiatan: g.anggota.filter((i) => tabel.baris[i].tingkat === 'sub-kegiatan').length,
    };
    if (angka.pagu !== undefined) {
      r.pagu = angka.pagu;
      const realisasi = angka.realisasi ?? 0;
      r.realisasiAnggaran = realisasi;
      r.sisa = hitungSisa(angka.pagu, realisasi);
      const s = hitungSerapan(realisasi, angka.pagu, k.pengaturan.pembulatan).nilai;
      if (s !== undefined) r.serapan = s;
    }
    if (angka.paguMurni !== undefined) r.paguMurni = angka.paguMurni;
    const capaian = rataRata(k.capaianProgram.get(kunci) ?? []).nilai;
    if (capaian !== undefined && r.serapan !== undefined) {
      const e = hitungEfisiensi({
        capaian,
        serapan: r.serapan,
        metode: k.pengaturan.efisiensi,
        cara: k.pengaturan.pembulatan,
      });
      r.capaian = capaian;
      if (e.nilai !== undefined) r.efisiensi = e.nilai;
      if (e.label) r.labelEfisiensi = e.label;
      if (e.label && g.induk === undefined)
        efisiensiGrup.set(r.baris, { label: e.label, rumus: e.rumus });
    }
    hasil.push(r);
  }
  return { perProgram: hasil, efisiensiGrup };
}
