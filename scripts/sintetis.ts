/**
 * Synthetic workbooks for the benchmark and the rekap tests: DPA tables with
 * kode rekening (program > kegiatan > sub kegiatan), indicator tables, and
 * whole office workbooks. Deterministic: the same seed gives the same book.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../src/sheet/grid';

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

/**
 * The budget tree of a synthetic DPA of `baris` rows: a program every 50
 * rows, a kegiatan every 10, sub kegiatan between; each row with its level
 * and its numbers within program, kegiatan and sub kegiatan.
 */
function* pohonDpa(
  baris: number,
): Generator<{ tingkat: 'program' | 'kegiatan' | 'sub'; p: number; k: number; s: number }> {
  let p = 0;
  let k = 0;
  let s = 0;
  for (let i = 0; i < baris; i++) {
    if (i % 50 === 0) {
      p++;
      k = 0;
      yield { tingkat: 'program', p, k, s };
    } else if (i % 10 === 1) {
      k++;
      s = 0;
      yield { tingkat: 'kegiatan', p, k, s };
    } else {
      s++;
      yield { tingkat: 'sub', p, k, s };
    }
  }
}

/** Two digits: 7 -> "07". */
const dua = (n: number) => String(n).padStart(2, '0');

/** The rows of a DPA sheet of about `baris` rows: 1 program per 50 rows, 1 kegiatan per 10, the rest sub kegiatan. */
export function barisDpa(baris: number, benih = 1): (string | number | null)[][] {
  const r = acak(benih);
  const hasil: (string | number | null)[][] = [
    ['Kode Rekening', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
  ];
  for (const { tingkat, p, k, s } of pohonDpa(baris)) {
    if (tingkat === 'program') hasil.push([`7.01.${dua(p)}`, `PROGRAM NOMOR ${p}`, null, null]);
    else if (tingkat === 'kegiatan')
      hasil.push([`7.01.${dua(p)}.2.${dua(k)}`, `Kegiatan ${p}.${k}`, null, null]);
    else {
      const pagu = Math.round(1_000_000 + r() * 500_000_000);
      hasil.push([
        `7.01.${dua(p)}.2.${dua(k)}.${dua(s)}`,
        `Sub kegiatan ${p}.${k}.${s}`,
        pagu,
        Math.round(pagu * (0.6 + r() * 0.4)),
      ]);
    }
  }
  return hasil;
}

/** A DPA sheet of about `baris` rows (see {@link barisDpa}). */
export function isiDpa(ws: ExcelJS.Worksheet, baris: number, benih = 1): void {
  for (const b of barisDpa(baris, benih)) ws.addRow(b);
}

/**
 * The grid the reader makes of a DPA sheet written by {@link isiDpa},
 * without writing and reading the file (the bench's 200 000 rows).
 */
export function gridDpa(baris: number, benih = 1, sheet = 'Data'): Grid {
  const nilai = barisDpa(baris, benih).map((b) => {
    let n = b.length;
    while (n > 0 && b[n - 1] === null) n--;
    return b.slice(0, n);
  });
  return {
    sheet,
    barisAwal: 1,
    kolomAwal: 1,
    nilai,
    format: nilai.map(() => []),
    rumus: nilai.map(() => []),
    gabungan: [],
  };
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

/** 1234567.5 -> "1.234.567,50": an amount as SIPD exports it, as Indonesian text. */
export function teksRupiah(x: number): string {
  const [utuh, sen] = Math.abs(x).toFixed(2).split('.');
  return `${x < 0 ? '-' : ''}${utuh.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${sen}`;
}

/**
 * A sheet laid out as a SIPD "realisasi belanja" export: four title rows
 * and a blank one, three merged header rows (Kode over A-D, Uraian, Anggaran and Realisasi
 * under "Total"), a row of column numbers, then about `baris` rows with the
 * kode split over A (urusan), B (unit), C (program / kegiatan / sub
 * kegiatan) and D (rekening), and the amounts stored as Indonesian text
 * ("467.998.630.663,83", "0,00" for nothing), as SIPD writes them; a
 * "Jumlah" row at the end. Invented numbers. `teks` false: the amounts
 * as numbers (a copy the user converted).
 */
export function isiSipdTeks(ws: ExcelJS.Worksheet, baris: number, benih = 7, teks = true): void {
  const r = acak(benih);
  const uang = (x: number) => (teks ? teksRupiah(x) : x);
  ws.addRow(['PEMERINTAH KABUPATEN CONTOH']);
  ws.addRow(['REKAPITULASI REALISASI BELANJA MENURUT PROGRAM, KEGIATAN DAN SUB KEGIATAN']);
  ws.addRow([`PERANGKAT DAERAH ${ws.name.toUpperCase()}`]);
  ws.addRow(['TAHUN ANGGARAN 2025']);
  ws.addRow([]);
  ws.addRow(['Kode', null, null, null, 'Uraian', 'Total', null, 'Keterangan']);
  ws.addRow([null, null, null, null, null, 'Anggaran', 'Realisasi', null]);
  ws.addRow([null, null, null, null, null, '(Rp)', '(Rp)', null]);
  ws.addRow(['1', null, null, null, '2', '3', '4', '5']);
  for (const m of ['A6:D8', 'E6:E8', 'F6:G6', 'H6:H8', 'A9:D9']) ws.mergeCells(m);
  for (const c of ['A6', 'E6', 'F6', 'F7', 'G7', 'H6']) ws.getCell(c).font = { bold: true };
  const unit = '1.02.2.14.0.00.01.0000';
  let total = [0, 0];
  for (const { tingkat, p, k, s } of pohonDpa(baris)) {
    if (tingkat === 'program')
      ws.addRow(['1.02', unit, `1.02.${dua(p)}`, null, `PROGRAM NOMOR ${p}`]);
    else if (tingkat === 'kegiatan')
      ws.addRow(['1.02', unit, `1.02.${dua(p)}.2.${dua(k)}`, null, `Kegiatan ${p}.${k}`]);
    else {
      const pagu = Math.round(1_000_000 + r() * 500_000_000) + (r() < 0.5 ? 0.5 : 0);
      const realisasi = r() < 0.1 ? 0 : Math.round(pagu * (0.6 + r() * 0.4));
      total = [total[0] + pagu, total[1] + realisasi];
      ws.addRow([
        '1.02',
        unit,
        `1.02.${dua(p)}.2.${dua(k)}.${String(s).padStart(4, '0')}`,
        null,
        `Sub kegiatan ${p}.${k}.${s}`,
        uang(pagu),
        uang(realisasi),
        r() < 0.05 ? 'penyesuaian' : null,
      ]);
    }
  }
  ws.addRow([null, null, null, null, 'Jumlah', uang(total[0]), uang(total[1])]);
  ws.getColumn(5).width = 60;
  for (const c of [6, 7]) ws.getColumn(c).width = 20;
}

/**
 * A SIPD-like export of `lembar` sheets of about `baris` rows each, amounts
 * as text; the last `lembarAngka` of them hold numbers instead.
 */
export function bukuSipdTeks(lembar: number, baris: number, lembarAngka = 0): ExcelJS.Workbook {
  const buku = new ExcelJS.Workbook();
  const nama = ['INDUK', 'SEKRETARIAT', 'PELAYANAN', 'SUMBER DAYA', 'KESMAS', 'PENCEGAHAN'];
  for (let i = 0; i < lembar; i++)
    isiSipdTeks(
      buku.addWorksheet(nama[i] ?? `BIDANG ${i + 1}`),
      baris,
      7 + i,
      i < lembar - lembarAngka,
    );
  return buku;
}
