/**
 * Synthetic workbooks for the benchmark and the rekap tests: DPA tables with
 * kode rekening (program > kegiatan > sub kegiatan), indicator tables, and
 * whole office workbooks. Deterministic: the same seed gives the same book.
 */
import ExcelJS from 'exceljs';

/** A small deterministic generator (mulberry32). */
export function acak(benih: number): () => number {
  let a = benih >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A DPA sheet of about `baris` rows: 1 program per 50 rows, 1 kegiatan per 10, the rest sub kegiatan. */
export function isiDpa(ws: ExcelJS.Worksheet, baris: number, benih = 1): void {
  const r = acak(benih);
  ws.addRow(['Kode Rekening', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)']);
  let p = 0;
  let k = 0;
  let s = 0;
  for (let i = 0; i < baris; i++) {
    if (i % 50 === 0) {
      p++;
      k = 0;
      ws.addRow([`7.01.${String(p).padStart(2, '0')}`, `PROGRAM NOMOR ${p}`, null, null]);
    } else if (i % 10 === 1) {
      k++;
      s = 0;
      ws.addRow([
        `7.01.${String(p).padStart(2, '0')}.2.${String(k).padStart(2, '0')}`,
        `Kegiatan ${p}.${k}`,
        null,
        null,
      ]);
    } else {
      s++;
      const pagu = Math.round(1_000_000 + r() * 500_000_000);
      ws.addRow([
        `7.01.${String(p).padStart(2, '0')}.2.${String(k).padStart(2, '0')}.${String(s).padStart(2, '0')}`,
        `Sub kegiatan ${p}.${k}.${s}`,
        pagu,
        Math.round(pagu * (0.6 + r() * 0.4)),
      ]);
    }
  }
}

/** An indicator sheet of `baris` indicators in sasaran groups of 5. */
export function isiIndikator(ws: ExcelJS.Worksheet, baris: number, benih = 2): void {
  const r = acak(benih);
  ws.addRow(['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi']);
  for (let i = 0; i < baris; i++) {
    const target = Math.round(50 + r() * 50);
    ws.addRow([
      i + 1,
      `Sasaran ${Math.floor(i / 5) + 1}`,
      `Persentase capaian indikator nomor ${i + 1}`,
      'Persen',
      target,
      Math.round(target * (0.5 + r() * 0.7) * 100) / 100,
    ]);
  }
}

/** The workbook of one office for the rekap: a title, an indicator table and a DPA. */
export function bukuKantor(nomor: number): ExcelJS.Workbook {
  const buku = new ExcelJS.Workbook();
  const r = acak(1000 + nomor);
  const kinerja = buku.addWorksheet('Kinerja');
  kinerja.addRow([`KECAMATAN CONTOH ${nomor}`]);
  kinerja.addRow([]);
  isiIndikator(kinerja, 8 + Math.floor(r() * 12), 2000 + nomor);
  const dpa = buku.addWorksheet('DPA');
  isiDpa(dpa, 60 + Math.floor(r() * 80), 3000 + nomor);
  return buku;
}
