import type { Tabel } from '../sheet/model';
import type { HasilBaris, HasilTabel } from './hasil';
import { formatMasukan } from '../domain/angka';
import { hitungIkm } from '../domain/ikm';
import { alamat } from '../sheet/grid';
import { type KolomKeluaran } from './tata-letak';
import { Konteks, angka } from './hitung-bersama';

/** IKM tables: NRR per unsur, IKM and mutu. */

export function hitungTabelIkm(
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
