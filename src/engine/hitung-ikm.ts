import type { BarisTabel, Tabel } from '../sheet/model';
import type { HasilBaris, HasilTabel } from './hasil';
import { formatMasukan } from '../domain/angka';
import { hitungIkm, mutuIkm, type HasilIkm } from '../domain/ikm';
import { alamat } from '../sheet/grid';
import { POLA_BARIS_IKM } from '../sheet/pola';
import { JUDUL_MILIK } from '../sheet/milik';
import { AWALAN_CATATAN } from './rencana';
import { gabungTitik } from './rumus-excel';
import {
  type AlamatMilik,
  type BarisRingkas,
  type KolomKeluaran,
  type SelKeluaran,
} from './tata-letak';
import { Konteks, angka } from './hitung-bersama';

/**
 * IKM tables: NRR per unsur, IKM and mutu, written back as live formulas.
 * Per unsur row (a table of unsur down the rows): its IKM (NRR x 25) and mutu.
 * The unit's IKM and mutu go on the table's IKM or total row; a table with
 * none gets them in its own columns on the row just below it, only while that
 * row holds nothing else, the mutu saying "IKM unit layanan: B (Baik)".
 * An IKM laid out across columns (U1..U9) gets them on its NRR row.
 */

const FORMAT_IKM = '0.00';
const CATATAN_TEKS = `${AWALAN_CATATAN}: nilai NRR tertulis sebagai teks, rumus Excel tidak dapat menghitungnya, maka ditulis sebagai nilai.`;

export function hitungTabelIkm(
  tabel: Tabel,
  k: Konteks,
): { hasilTabel: HasilTabel; kolom: KolomKeluaran[]; ringkas?: BarisRingkas } {
  const baris: HasilBaris[] = [];
  const unsur: BarisTabel[] = [];
  for (const b of tabel.baris) {
    const h: HasilBaris = { baris: b.baris, tingkat: b.tingkat, uraian: b.uraian };
    const n = angka(b.sel.nrr);
    if (n !== undefined && b.tingkat === 'unsur') {
      h.nrr = n;
      h.ikm = n * 25;
      unsur.push(b);
    }
    baris.push(h);
  }
  const bobot = k.pengaturan.bobotIkm;
  const h = hitungIkm(
    unsur.map((b) => angka(b.sel.nrr)),
    bobot === undefined ? {} : { bobot },
  );
  periksaIkmTertulis(tabel, baris, h, unsur.length, k);
  const ringkasan: HasilTabel['ringkasan'] = {};
  if (h.nrr !== undefined) ringkasan.nrr = h.nrr;
  if (h.ikm !== undefined) ringkasan.ikm = h.ikm;
  if (h.mutu) ringkasan.mutu = teksMutu(h.ikm!);
  const hasilTabel: HasilTabel = { tabel, jenis: tabel.jenis, baris, ringkasan };
  if (h.ikm === undefined) return { hasilTabel, kolom: [] };
  return { hasilTabel, ...kolomIkm(tabel, unsur, h.ikm, k.pengaturan) };
}

/** A stated IKM that the elements' NRR do not give (elements rounded to two decimals move it by 0,125 at most). */
function periksaIkmTertulis(
  tabel: Tabel,
  baris: HasilBaris[],
  h: HasilIkm,
  jumlahUnsur: number,
  k: Konteks,
): void {
  tabel.baris.forEach((b, i) => {
    const sel = ikmTertulis(b);
    const tertulis = sel?.angka.nilai;
    if (!sel || tertulis === undefined || h.ikm === undefined) return;
    baris[i].ikm = tertulis;
    if (Math.abs(tertulis - h.ikm) > 0.13) {
      k.temuan.push({
        sheet: tabel.sheet,
        sel: alamat(sel.baris, sel.kolom),
        kode: 'ikm-berbeda',
        tingkat: 'warning',
        tertulis,
        seharusnya: h.ikm,
        pesan: `IKM tertulis ${formatMasukan(tertulis)}, sedangkan NRR ${jumlahUnsur} unsur memberi ${h.rumus}`,
      });
    }
  });
}

/**
 * The IKM a total row states: in an IKM column (not Capaian's own), or, on a
 * row labelled IKM, in the NRR column when it holds a value on the IKM's
 * 25-100 scale (an NRR is 1-4, so the two cannot be mistaken).
 */
function ikmTertulis(b: BarisTabel) {
  if (b.tingkat !== 'total') return undefined;
  const sel = b.sel.ikm;
  if (sel && sel.angka.nilai !== undefined) return sel;
  const nrr = b.sel.nrr?.angka.nilai;
  if (POLA_BARIS_IKM.test(b.uraian) && nrr !== undefined && nrr >= 25 && nrr <= 100)
    return b.sel.nrr;
  return undefined;
}

/** The unit's mutu on a row of its own below the table says whose it is (the row has no label). */
const AWALAN_UNIT = 'IKM unit layanan: ';

function teksMutu(ikm: number, awalan = ''): string {
  const m = mutuIkm(ikm);
  return `${awalan}${m.huruf} (${m.label})`;
}

/** Excel's mutu of an IKM cell: the published two-decimal intervals, as {@link mutuIkm}. */
function rumusMutu(sel: string, awalan = ''): string {
  const r = `ROUND(${sel},2)`;
  const k = (t: string) => `"${awalan}${t}"`;
  return `=IF(ISNUMBER(${sel}),IF(${r}>=88.31,${k('A (Sangat Baik)')},IF(${r}>=76.61,${k('B (Baik)')},IF(${r}>=65,${k('C (Kurang Baik)')},${k('D (Tidak Baik)')}))),"")`;
}

function kolomIkm(
  tabel: Tabel,
  unsur: BarisTabel[],
  ikm: number,
  p: { bobotIkm?: number; mode: string },
): { kolom: KolomKeluaran[]; ringkas?: BarisRingkas } {
  const selIkm = new Map<number, SelKeluaran>();
  const selMutu = new Map<number, SelKeluaran>();
  const rumusan = p.mode === 'rumus';
  // Excel's AVERAGE and SUM skip text: formulas only when every NRR is a number in its cell.
  const angkaSemua = unsur.every((b) => typeof b.sel.nrr!.mentah === 'number');
  const isi = (nilai: number, rumus: string): SelKeluaran => {
    if (!rumusan) return { nilai };
    return angkaSemua ? { nilai, rumus } : { nilai, catatan: CATATAN_TEKS };
  };
  const mutu = (baris: number, nilai: number, awalan = '') =>
    selMutu.set(baris, {
      nilai: teksMutu(nilai, awalan),
      ...(rumusan ? { rumusNanti: (a: AlamatMilik) => rumusMutu(a('ikm', baris), awalan) } : {}),
    });
  const mendatar = unsur.every((b) => b.baris === unsur[0].baris);
  if (!mendatar) {
    for (const b of unsur) {
      const n = angka(b.sel.nrr)! * 25;
      const sel = alamat(b.sel.nrr!.baris, b.sel.nrr!.kolom);
      selIkm.set(b.baris, isi(n, `=IF(ISNUMBER(${sel}),${sel}*25,"")`));
      mutu(b.baris, n);
    }
  }
  const acuan = gabungTitik(unsur.map((b) => b.sel.nrr!));
  const rata = p.bobotIkm === undefined ? `AVERAGE(${acuan})*25` : `SUM(${acuan})*${p.bobotIkm}*25`;
  const total = barisIkmUnit(tabel);
  const barisUnit = total?.baris ?? (mendatar ? unsur[0].baris : tabel.barisAkhir + 1);
  const barisSendiri = !mendatar && !total;
  selIkm.set(barisUnit, isi(ikm, `=IFERROR(${rata},"")`));
  mutu(barisUnit, ikm, barisSendiri ? AWALAN_UNIT : '');
  const kolom: KolomKeluaran[] = [
    { milik: 'ikm', judul: JUDUL_MILIK.ikm, format: FORMAT_IKM, sel: selIkm },
    { milik: 'mutu', judul: JUDUL_MILIK.mutu, sel: selMutu },
  ];
  return barisSendiri ? { kolom, ringkas: { baris: barisUnit } } : { kolom };
}

/** The row that holds the unit's IKM: one labelled IKM, else the last total row. */
function barisIkmUnit(tabel: Tabel): BarisTabel | undefined {
  const total = tabel.baris.filter((b) => b.tingkat === 'total');
  return total.find((b) => POLA_BARIS_IKM.test(b.uraian)) ?? total[total.length - 1];
}
