import type { HasilBaris, HasilTabel } from '../engine/hasil';
import { jumlahkan } from './anggaran';
import { persen, sebutBilangan } from './kalimat';
import type { SelLaporan, TabelLaporan } from './model';
import { angkaSel, nilaiSel, sel, tanpaKolomKosong } from './tabel-bab';

/**
 * BAB III from the Renja evaluation form (Permendagri 86/2017): the program and
 * kegiatan indicators with their target, realisasi and capaian, and, when the
 * workbook holds no DPA table, the form's Rupiah as the chapter's budget.
 */

const TINGKAT_RENJA = ['program', 'kegiatan', 'sub-kegiatan'] as const;

/** Rows of the form that are programs, kegiatan (and sub kegiatan when asked) with an indicator. */
export function barisRenja(t: HasilTabel, sub: boolean): HasilBaris[] {
  return t.baris.filter(
    (b) =>
      (b.tingkat === 'program' ||
        b.tingkat === 'kegiatan' ||
        (sub && b.tingkat === 'sub-kegiatan')) &&
      (b.indikator !== undefined || b.capaian !== undefined),
  );
}

/** The form's realisasi is often computed (the quarters combined): more than two decimals are a result's. */
function realisasiSel(v: number | string | undefined): SelLaporan {
  const hasil = typeof v === 'number' && Math.abs(v * 100 - Math.round(v * 100)) > 1e-6;
  return hasil ? angkaSel(v) : nilaiSel(v);
}

export function tabelRenja(
  nomor: string,
  judul: string,
  t: HasilTabel,
  sub: boolean,
  sumber: string,
): TabelLaporan {
  const kepala = ['No', 'Program / Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi'];
  kepala.push('Capaian (%)', 'Kategori');
  const baris = barisRenja(t, sub).map((b, i): SelLaporan[] => [
    sel(String(i + 1)),
    sel(b.uraian, false, {
      menjorok: TINGKAT_RENJA.indexOf(b.tingkat as (typeof TINGKAT_RENJA)[number]),
      tebal: b.tingkat === 'program',
    }),
    sel(b.indikator ?? '-'),
    sel(b.satuan ?? '-'),
    nilaiSel(b.target),
    realisasiSel(b.realisasi),
    angkaSel(b.capaian),
    sel(b.kategori ?? (b.capaian === undefined ? 'belum diukur' : '-')),
  ]);
  return tanpaKolomKosong(
    { nomor, judul, kepala: [kepala.map((k) => sel(k, false, { tebal: true }))], baris, sumber },
    'Satuan',
  );
}

/** The form in one paragraph: how many programs and kegiatan, their mean capaian, the lowest ones. */
export function kalimatRenja(t: HasilTabel, th: string): string {
  const bagian = (['program', 'kegiatan'] as const).map((tingkat) => {
    const d = t.baris.filter((b) => b.tingkat === tingkat && b.capaian !== undefined);
    const rata = d.length ? d.reduce((a, b) => a + (b.capaian as number), 0) / d.length : undefined;
    return { tingkat, d, rata };
  });
  const ada = bagian.filter((x) => x.d.length > 0);
  if (!ada.length) return '';
  let teks = `Evaluasi hasil Renja${th} mengukur ${ada.map((x) => `${sebutBilangan(x.d.length)} ${x.tingkat}`).join(' dan ')} melalui indikatornya: ${ada.map((x) => `rata-rata capaian ${x.tingkat} ${persen(x.rata as number)}`).join(', ')}.`;
  const belum = ada.flatMap((x) => x.d).filter((b) => (b.capaian as number) < 100);
  if (belum.length === 0) teks += ' Seluruh indikator program dan kegiatan mencapai targetnya.';
  else {
    const terendah = [...belum].sort((a, b) => (a.capaian as number) - (b.capaian as number))[0];
    teks += ` Sebanyak ${sebutBilangan(belum.length)} indikator belum mencapai target; capaian terendah pada ${terendah.tingkat} ${terendah.uraian} (${terendah.indikator ?? 'indikatornya'}, ${persen(terendah.capaian as number)}).`;
  }
  return teks;
}

/**
 * The form as the chapter's budget when the workbook has no DPA table: its
 * programs' Rupiah (target and realisasi of this year) summed into the table's
 * total, so the budget part can be written from it.
 */
export function anggaranDariRenja(t: HasilTabel): HasilTabel | undefined {
  const program = t.baris.filter((b) => b.tingkat === 'program' && b.pagu !== undefined);
  if (program.length === 0) return undefined;
  const jumlah = jumlahkan(
    program.map((b) => ({ pagu: b.pagu, realisasiAnggaran: b.realisasiAnggaran ?? 0 })),
  );
  return { ...t, ringkasan: { ...t.ringkasan, ...jumlah } };
}
