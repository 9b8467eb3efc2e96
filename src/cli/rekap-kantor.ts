import { hitungPerKategori, jumlahkan, rataRata } from '../domain/agregasi';
import { hitungEfisiensi, type LabelEfisiensi } from '../domain/efisiensi';
import { hitungSerapan } from '../domain/agregasi';
import { rapikanTeks } from '../domain/teks';
import { hitungBuku } from '../engine/hitung';
import type { Pengaturan } from '../engine/pengaturan';
import { pemampatNode } from '../io/pemampat-node';
import { bacaGrid } from '../io/pembaca-xlsx';
import type { Grid } from '../sheet/grid';

/**
 * One office's summary for the kabupaten rekap: its indicators and budget
 * in a few numbers, computed by the same engine as `capaian hitung`.
 */
export interface RingkasanKantor {
  berkas: string;
  kantor: string;
  jumlahIndikator: number;
  capaian?: number;
  perKategori: Record<string, number>;
  pagu?: number;
  realisasi?: number;
  serapan?: number;
  efisiensi?: number;
  labelEfisiensi?: LabelEfisiensi;
  temuan: { error: number; warning: number; info: number };
  indikator: {
    uraian: string;
    satuan?: string;
    target?: number | string;
    realisasi?: number | string;
    capaian?: number;
    kategori?: string;
  }[];
}

/** The office's name: a title like "KECAMATAN X" / "Dinas Y" near the top of the first sheet, else the file name. */
export function namaKantor(grids: Grid[], berkas: string): string {
  for (const g of grids.slice(0, 2)) {
    for (const baris of g.nilai.slice(0, 8)) {
      for (const v of baris) {
        if (typeof v !== 'string') continue;
        const t = rapikanTeks(v);
        if (
          /^(kecamatan|kantor camat|kantor|dinas|badan|sekretariat|inspektorat|bagian|kelurahan)\b/i.test(
            t,
          ) &&
          t.length <= 80
        )
          return t;
      }
    }
  }
  return berkas.replace(/\.xlsx$/i, '');
}

export async function ringkasKantor(
  berkas: string,
  data: Uint8Array,
  pengaturan: Partial<Pengaturan> = {},
): Promise<RingkasanKantor> {
  const grids = await bacaGrid(data, pemampatNode);
  const hasil = hitungBuku(grids, pengaturan);
  const indikator = hasil.tabel
    .filter((t) => t.jenis === 'indikator')
    .flatMap((t) => t.baris.filter((b) => b.tingkat === 'indikator' && !b.program));
  const capaian = indikator.map((b) => b.capaian);
  const anggaran = hasil.tabel
    .filter((t) => t.jenis === 'anggaran')
    .sort((a, b) => b.baris.length - a.baris.length)[0];
  const pagu = anggaran?.ringkasan.pagu;
  const realisasi = anggaran?.ringkasan.realisasiAnggaran;
  const rr = rataRata(capaian);
  const serapan = hitungSerapan(realisasi ?? (pagu !== undefined ? 0 : undefined), pagu).nilai;
  const e = hitungEfisiensi({ capaian: rr.nilai, serapan, metode: pengaturan.efisiensi });
  const hitung = (t: string) => hasil.temuan.filter((x) => x.tingkat === t).length;
  const r: RingkasanKantor = {
    berkas,
    kantor: namaKantor(grids, berkas),
    jumlahIndikator: indikator.length,
    perKategori: hitungPerKategori(capaian, hasil.skala),
    temuan: { error: hitung('error'), warning: hitung('warning'), info: hitung('info') },
    indikator: indikator.map((b) => ({
      uraian: b.uraian,
      satuan: b.satuan,
      target: b.target,
      realisasi: b.realisasi,
      capaian: b.capaian,
      kategori: b.kategori,
    })),
  };
  if (rr.nilai !== undefined) r.capaian = rr.nilai;
  if (pagu !== undefined) r.pagu = jumlahkan([pagu]);
  if (realisasi !== undefined) r.realisasi = realisasi;
  if (serapan !== undefined) r.serapan = serapan;
  if (e.nilai !== undefined) r.efisiensi = e.nilai;
  if (e.label) r.labelEfisiensi = e.label;
  return r;
}
