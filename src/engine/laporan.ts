import { hurufKolom } from '../sheet/grid';
import { teksPeriode } from '../sheet/periode';
import type { HasilBaris, HasilBuku } from './hasil';

/**
 * The JSON report (`capaian hitung --json`), documented in
 * docs/laporan-json.md. Numbers are unrounded.
 */

export const VERSI_LAPORAN = 1;

function bersih<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function barisJson(b: HasilBaris): Record<string, unknown> {
  return bersih({
    baris: b.baris,
    tingkat: b.tingkat,
    kode: b.kode,
    uraian: b.uraian,
    indikator: b.indikator,
    satuan: b.satuan,
    sasaran: b.sasaran,
    program: b.program,
    polaritas: b.polaritas,
    polaritasDari: b.polaritasDari,
    saranNegatif: b.saranNegatif,
    target: b.target,
    realisasi: b.realisasi,
    capaian: b.capaian,
    capaianTanpaBatas: b.capaianTanpaBatas,
    kategori: b.kategori,
    alasan: b.alasan,
    rumus: b.rumus,
    tahun: b.tahun,
    periode: b.periode,
    targetAkhir: b.targetAkhir,
    capaianTargetAkhir: b.capaianTargetAkhir,
    perubahan: b.perubahan,
    paguMurni: b.paguMurni,
    pagu: b.pagu,
    realisasiAnggaran: b.realisasiAnggaran,
    serapan: b.serapan,
    sisa: b.sisa,
    fisik: b.fisik,
    efisiensi: b.efisiensi,
    labelEfisiensi: b.labelEfisiensi,
    nrr: b.nrr,
    ikm: b.ikm,
    mutu: b.mutu,
    tertulis: b.tertulis,
  });
}

export function laporanJson(hasil: HasilBuku, berkas: string): Record<string, unknown> {
  const p = hasil.pengaturan;
  return {
    versi: VERSI_LAPORAN,
    berkas,
    pengaturan: bersih({
      skala: hasil.skala.kode,
      namaSkala: hasil.skala.nama,
      skalaDari: hasil.skalaDari,
      pembulatan: p.pembulatan,
      rumusNegatif: p.rumusNegatif,
      batas: p.batas,
      efisiensi: p.efisiensi,
      mode: p.mode,
      rataRataSasaran: p.rataRataSasaran,
      metodePeriode: p.metodePeriode.semua,
      bobotIkm: p.bobotIkm,
    }),
    tabel: hasil.tabel.map((t) => ({
      sheet: t.tabel.sheet,
      range: t.tabel.id.slice(t.tabel.id.lastIndexOf('!') + 1),
      jenis: t.jenis,
      judul: t.tabel.judul,
      tahun: t.tabel.tahun,
      keyakinan: t.tabel.keyakinan ?? { pasti: true, tebakan: [] },
      kolom: t.tabel.kolom
        .filter((k) => k.peran !== 'lain')
        .map((k) =>
          bersih({
            kolom: hurufKolom(k.kolom),
            peran: k.peran,
            judul: k.judul,
            blok: k.blok,
            periode: k.periode ? teksPeriode(k.periode) : undefined,
            milik: k.milik ? true : undefined,
          }),
        ),
      baris: t.baris.map(barisJson),
      ringkasan: t.ringkasan,
    })),
    efisiensi: hasil.efisiensi,
    temuan: hasil.temuan,
  };
}
