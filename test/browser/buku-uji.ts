/**
 * Sheets built for the pane's tests, as plain rows (no Node import: the
 * browser stub bundles this file too): a DPA as long as an SIPD export, a
 * quarterly indicator table with the findings quarters can carry, and a
 * table whose reading is partly guessed.
 */
import type { NilaiGrid } from '../../src/sheet/grid';

/** Codes in one column, rekening codes in the next: program, kegiatan, sub kegiatan, rekening. */
export function barisDpa(program: number, kegiatan: number, rekening: number): NilaiGrid[][] {
  const baris: NilaiGrid[][] = [['Kode', 'Kode Rekening', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)']];
  for (let p = 1; p <= program; p++) {
    const kp = `7.01.0${p}`;
    const bawah: NilaiGrid[][] = [];
    let pagu = 0;
    let realisasi = 0;
    for (let k = 1; k <= kegiatan; k++) {
      const kk = `${kp}.2.${String(k).padStart(2, '0')}`;
      const rincian = Array.from({ length: rekening }, (_, r): NilaiGrid[] => [
        null,
        `5.1.02.01.01.${String(r + 1).padStart(4, '0')}`,
        `Belanja rincian ${r + 1}`,
        1_000_000 * (r + 1),
        900_000 * (r + 1),
      ]);
      const pk = rincian.reduce((a, r) => a + (r[3] as number), 0);
      const rk = rincian.reduce((a, r) => a + (r[4] as number), 0);
      pagu += pk;
      realisasi += rk;
      bawah.push(
        [kk, null, `Kegiatan ${p}.${k}`, pk, rk],
        [`${kk}.0001`, null, `Sub kegiatan ${p}.${k}`, pk, rk],
        ...rincian,
      );
    }
    baris.push([kp, null, `Program ${p}`, pagu, realisasi], ...bawah);
  }
  return baris;
}

/**
 * Quarters over Target / Realisasi beside the year's target. "Rapat
 * koordinasi" has TW II empty between filled quarters, and quarterly targets
 * that add up to 11 against a yearly 12.
 */
export function barisTriwulan(): NilaiGrid[][] {
  const tw = ['TW I', 'TW II', 'TW III', 'TW IV'];
  return [
    ['No', 'Indikator', 'Satuan', 'Target Tahun 2025', ...tw.flatMap((t) => [t, null])],
    [null, null, null, null, ...tw.flatMap(() => ['Target', 'Realisasi'])],
    [1, 'Jumlah dokumen perencanaan', 'Dokumen', 8, 2, 2, 2, 1, 2, 2, 2, null],
    [2, 'Jumlah rapat koordinasi', 'Kali', 12, 3, 3, 3, null, 3, 3, 2, null],
    [3, 'Persentase layanan tepat waktu', 'Persen', 90, 90, 88, 90, 91, 90, null, 90, null],
  ];
}

/** A table whose name column is recognised only from its content. */
export function barisTebakan(): NilaiGrid[][] {
  return [
    ['No', 'Ukuran Keberhasilan', 'Target', 'Realisasi'],
    [1, 'Dokumen perencanaan tersusun tepat waktu', 10, 8],
    [2, 'Laporan keuangan disampaikan tepat waktu', 12, 12],
  ];
}
