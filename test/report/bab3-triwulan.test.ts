import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { hitungBuku } from '../../src/engine/hitung';
import type { HasilBuku } from '../../src/engine/hasil';
import { susunBab3 } from '../../src/report/bab3';
import { babKeDocx } from '../../src/report/docx';
import type { BabTiga, TabelLaporan } from '../../src/report/model';
import { gridDariBuku } from '../../src/io/xlsx';
import type { NilaiGrid } from '../../src/sheet/grid';

/**
 * BAB III from quarterly figures (issue #14, "a 's.d. TW n' chapter states the
 * period and compares with the quarterly targets"). The sheet is laid out as
 * seed 001's TW II report and the quarterly monitoring forms are: TW I..TW IV
 * groups over Target / Realisasi, the year's target beside them.
 */

const judul = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'judul' ? [x.teks] : []));
const tabel = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'tabel' ? [x.tabel] : []));
const teks = (b: BabTiga) => b.blok.flatMap((x) => (x.jenis === 'paragraf' ? [x.teks] : []));
const cariTabel = (b: BabTiga, awal: string): TabelLaporan | undefined =>
  tabel(b).find((x) => x.judul.startsWith(awal));

/** Quarterly rows: No, indicator, satuan, the year's target, then target and realisasi of TW I..IV. */
function hitungTriwulan(baris: NilaiGrid[][], targetTriwulan = true): HasilBuku {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('Kinerja TW');
  ws.addRow(['Capaian Kinerja Triwulan II Tahun 2024 Kecamatan Sukamaju']);
  ws.addRow([]);
  const tw = ['TW I', 'TW II', 'TW III', 'TW IV'];
  if (targetTriwulan) {
    ws.addRow([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target 2024',
      ...tw.flatMap((t) => [t, null]),
    ]);
    ws.addRow([null, null, null, null, ...tw.flatMap(() => ['Target', 'Realisasi'])]);
    for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}3:${c}4`);
    for (const c of ['E3:F3', 'G3:H3', 'I3:J3', 'K3:L3']) ws.mergeCells(c);
  } else {
    ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi', null, null, null]);
    ws.addRow([null, null, null, null, ...tw]);
    for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('E3:H3');
  }
  for (const r of baris) ws.addRow(r);
  return hitungBuku(gridDariBuku(b));
}

const SAMPAI_TW2: NilaiGrid[][] = [
  [1, 'Jumlah dokumen perencanaan yang disusun', 'Dokumen', 8, 2, 2, 2, 1, 2, null, 2, null],
  [2, 'Persentase pengaduan yang ditindaklanjuti', '%', 90, 85, 80, 87, 86, 88, null, 90, null],
  [3, 'Indeks Kepuasan Masyarakat', 'Indeks', 82, 80, 79.5, 80, 80.4, 81, null, 82, null],
];

describe('a chapter of quarterly figures up to TW II', () => {
  const bab = susunBab3(hitungTriwulan(SAMPAI_TW2));

  test('the section names the period, and the method of each indicator is stated once', () => {
    expect(judul(bab)).toContain(
      '1. Perbandingan Target dan Realisasi Kinerja s.d. Triwulan II Tahun 2024',
    );
    const metode = teks(bab).find((t) => t.startsWith('Data kinerja pada bagian ini'));
    expect(metode).toBe(
      'Data kinerja pada bagian ini adalah data s.d. Triwulan II tahun 2024. Capaian dihitung sebagai berikut: untuk indikator Jumlah dokumen perencanaan yang disusun, realisasi triwulan yang sudah terisi dijumlahkan lalu dibandingkan dengan jumlah target triwulan yang sama (kumulatif); untuk indikator Persentase pengaduan yang ditindaklanjuti dan Indeks Kepuasan Masyarakat, dipakai realisasi triwulan terakhir yang terisi terhadap target triwulan itu (nilai akhir), karena angkanya sudah merupakan capaian sampai triwulan tersebut. Capaian ini menunjukkan kemajuan sampai periode tersebut dan belum merupakan capaian akhir tahun.',
    );
  });

  test('each quarter against its target, then s.d. TW II with its capaian and method', () => {
    const t = cariTabel(bab, 'Target dan Realisasi per Triwulan Tahun 2024')!;
    expect(t.kepala[0].map((c) => c.teks)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Triwulan I',
      'Triwulan II',
      'Triwulan III',
      'Triwulan IV',
      's.d. Triwulan II',
      'Cara Hitung',
    ]);
    expect(t.baris.map((r) => r.map((c) => c.teks))).toEqual([
      [
        '1',
        'Jumlah dokumen perencanaan yang disusun',
        'Dokumen',
        '2',
        '2',
        '2',
        '1',
        '2',
        '-',
        '2',
        '-',
        '4',
        '3',
        '75',
        'kumulatif',
      ],
      [
        '2',
        'Persentase pengaduan yang ditindaklanjuti',
        '%',
        '85',
        '80',
        '87',
        '86',
        '88',
        '-',
        '90',
        '-',
        '87',
        '86',
        '98,85',
        'nilai akhir',
      ],
      [
        '3',
        'Indeks Kepuasan Masyarakat',
        'Indeks',
        '80',
        '79,5',
        '80',
        '80,4',
        '81',
        '-',
        '82',
        '-',
        '80',
        '80,4',
        '100,50',
        'nilai akhir',
      ],
    ]);
  });

  test('sentences say "s.d. Triwulan II" and how far the year\'s target is reached', () => {
    const s = teks(bab).join('\n');
    expect(s).toContain(
      'Indikator Jumlah dokumen perencanaan yang disusun ditargetkan 4 dokumen s.d. Triwulan II dan terealisasi 3 dokumen, sehingga capaiannya 75% (Sedang); target belum tercapai. Terhadap target tahunan 8 dokumen, realisasi tersebut setara 37,50%.',
    );
    expect(s).toContain('Terhadap target tahunan 90%, realisasi tersebut setara 95,56%.');
    expect(s).toContain('belum mencapai target s.d. Triwulan II tahun 2024:');
    expect(s).not.toMatch(/Realisasi tahun 2024 indikator/);
  });

  test('without the "triwulan" part the quarterly table goes, the period stays', () => {
    const tanpa = susunBab3(hitungTriwulan(SAMPAI_TW2), { tanpa: ['triwulan'] });
    expect(cariTabel(tanpa, 'Target dan Realisasi per Triwulan')).toBeUndefined();
    expect(judul(tanpa).some((j) => j.includes('s.d. Triwulan II'))).toBe(true);
    expect(tabel(tanpa).map((t) => t.nomor)).toEqual(tabel(tanpa).map((_, i) => `3.${i + 1}`));
  });

  test('the .docx holds the quarterly table with its merged headers', async () => {
    const zip = await JSZip.loadAsync(await babKeDocx(bab));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Target dan Realisasi per Triwulan Tahun 2024');
    expect(xml).toContain('s.d. Triwulan II');
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>/);
  });
});

describe('other quarterly chapters', () => {
  test('a full year (TW IV filled): the period is named, no progress sentence against the year', () => {
    const penuh = SAMPAI_TW2.map((r) => r.map((v, i) => (i === 9 || i === 11 ? r[i - 1] : v)));
    const bab = susunBab3(hitungTriwulan(penuh));
    expect(judul(bab)).toContain(
      '1. Perbandingan Target dan Realisasi Kinerja s.d. Triwulan IV Tahun 2024',
    );
    const s = teks(bab).join('\n');
    expect(s).not.toContain('Terhadap target tahunan');
    expect(s).not.toContain('belum merupakan capaian akhir tahun');
  });

  test("realisasi per quarter against the year's target only: the sentence calls it the year's target", () => {
    const bab = susunBab3(
      hitungTriwulan(
        [[1, 'Persentase aset yang tercatat dalam KIB', '%', 95, 80, 85, null, null]],
        false,
      ),
    );
    const s = teks(bab).join('\n');
    expect(s).toMatch(/95% \(target tahunan\)/);
    expect(s).toMatch(/85% s\.d\. Triwulan II/);
  });

  test('an annual table writes the chapter as before: no period, no quarterly table', () => {
    const b = new ExcelJS.Workbook();
    const ws = b.addWorksheet('IKU');
    ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi']);
    ws.addRow([1, 'Persentase pengaduan yang ditindaklanjuti', '%', 90, 92]);
    ws.addRow([2, 'Jumlah dokumen perencanaan yang disusun', 'Dokumen', 8, 8]);
    const bab = susunBab3(hitungBuku(gridDariBuku(b)));
    expect(judul(bab).some((j) => j.includes('Triwulan'))).toBe(false);
    expect(teks(bab).some((t) => t.startsWith('Data kinerja pada bagian ini'))).toBe(false);
  });
});
