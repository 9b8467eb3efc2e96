import type { Tabel } from '../sheet/model';
import type { HasilBuku, HasilTabel, Temuan } from './hasil';
import { rataRata } from '../domain/agregasi';
import { type Polaritas } from '../domain/capaian';
import { hitungEfisiensi } from '../domain/efisiensi';
import { kunciTeks } from '../domain/teks';
import { alamat, PembacaGrid, type Grid } from '../sheet/grid';
import { kenaliTabel } from '../sheet/kenali';
import { lengkapiPengaturan, type Pengaturan } from './pengaturan';
import { susunRencana, type BarisRingkas, type KolomKeluaran } from './tata-letak';
import { pilihSkala } from './skala';
import { periksaBuku } from './periksa';
import { adalahAnggaran, type Konteks } from './hitung-bersama';
import { hitungIndikator } from './hitung-indikator';
import { hitungAnggaran } from './hitung-anggaran';
import { hitungTabelIkm } from './hitung-ikm';
import { hitungRenja } from './hitung-renja';

/**
 * The computing engine: recognise every table of the workbook's grids,
 * compute capaian, kategori, means, roll-ups, serapan, sisa, efisiensi,
 * year-on-year change, Renstra progress and IKM, and plan the cells to write.
 * Pure: the same grids and settings always give the same result. `kemajuan`
 * hears of each table computed (the pane's progress for large sheets).
 */
export function hitungBuku(
  grids: Grid[],
  sebagian: Partial<Pengaturan> = {},
  kemajuan?: (selesai: number, total: number) => void,
): HasilBuku {
  const pengaturan = lengkapiPengaturan(sebagian);
  const pembaca = new Map(grids.map((g) => [g.sheet, new PembacaGrid(g)]));
  const semuaTabel = grids.flatMap((g) => kenaliTabel(g));
  const {
    skala,
    dari: skalaDari,
    temuan: temuanSkala,
    perLembar,
  } = pilihSkala(semuaTabel, pengaturan);
  // A sheet that states its own scale is rated on it.
  const skalaDi = (sheet: string) => perLembar.get(sheet) ?? skala;
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
  const keluaran = new Map<Tabel, Keluaran>();
  // Indicator tables first: budget tables need their capaian for efisiensi.
  const urut = [...semuaTabel].sort(
    (a, b) => Number(adalahAnggaran(a)) - Number(adalahAnggaran(b)),
  );
  for (const tabel of urut) {
    const { hasilTabel, ...k } = hitungTabel(tabel, { ...konteks, skala: skalaDi(tabel.sheet) });
    hasil.push(hasilTabel);
    keluaran.set(tabel, k);
    kemajuan?.(hasil.length, urut.length);
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
      kolom: keluaran.get(t)?.kolom ?? [],
      ringkas: keluaran.get(t)?.ringkas,
      pembaca: pembaca.get(t.sheet)!,
      skala: skalaDi(t.sheet),
    })),
    skala,
    temuan,
  );
  return { pengaturan, skala, skalaDari, tabel: hasil, efisiensi, temuan, rencana };
}

/** What a table writes: its computed columns, and perhaps a summary row below it. */
interface Keluaran {
  kolom: KolomKeluaran[];
  ringkas?: BarisRingkas;
}

function hitungTabel(tabel: Tabel, k: Konteks): { hasilTabel: HasilTabel } & Keluaran {
  switch (tabel.jenis) {
    case 'anggaran':
    case 'sasaran-program':
    case 'efisiensi':
      return hitungAnggaran(tabel, k);
    case 'ikm':
      return hitungTabelIkm(tabel, k);
    case 'renja':
      return hitungRenja(tabel, k);
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
