import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { HasilBaris } from '../../src/engine/hasil';
import { kalimatIndikator, kalimatPerubahan, susunBab3 } from '../../src/report/bab3';
import { babKeDocx } from '../../src/report/docx';
import { hitungBuku } from '../../src/engine/hitung';
import { peranDariJudul } from '../../src/sheet/peran';
import { CONTOH, gridDari, hitungBerkas } from '../bantu';

const baris = (x: Partial<HasilBaris>): HasilBaris => ({
  baris: 1,
  tingkat: 'indikator',
  uraian: 'Indikator A',
  ...x,
});

describe('sentences from the numbers', () => {
  test('target, realisasi, capaian and kategori, with the achievement stated correctly', () => {
    expect(
      kalimatIndikator(
        baris({
          uraian: 'Persentase keluhan yang ditindaklanjuti',
          target: 76,
          realisasi: 80,
          satuan: 'Persen',
          capaian: 105.263,
          kategori: 'Sangat Tinggi',
        }),
        0,
      ),
    ).toBe(
      'Indikator Persentase keluhan yang ditindaklanjuti ditargetkan 76% dan terealisasi 80%, sehingga capaiannya 105,26% (Sangat Tinggi); target tercapai.',
    );
    expect(
      kalimatIndikator(
        baris({ target: 45, realisasi: 23, satuan: 'Persen', capaian: 51.111, kategori: 'Rendah' }),
        2,
        2023,
      ),
    ).toBe(
      'Realisasi tahun 2023 indikator Indikator A sebesar 23% dari target 45%, atau capaian 51,11% (Rendah); target belum tercapai.',
    );
  });

  test('negatif, predikat, units, pending', () => {
    const stunting = kalimatIndikator(
      baris({
        uraian: 'Prevalensi stunting',
        target: 16.5,
        realisasi: 12.6,
        satuan: 'Persen',
        capaian: 123.636,
        kategori: 'Sangat Tinggi',
        polaritas: 'negatif',
      }),
      1,
    );
    expect(stunting).toContain(
      'realisasi 12,6% terhadap target 16,5% menghasilkan capaian 123,64% (Sangat Tinggi).',
    );
    expect(stunting).toContain('bersifat negatif (makin kecil makin baik)');
    expect(
      kalimatIndikator(baris({ target: 'BB', realisasi: 'B', capaian: 80, kategori: 'Tinggi' }), 0),
    ).toContain('ditargetkan predikat BB dan terealisasi predikat B');
    expect(
      kalimatIndikator(baris({ target: 10, realisasi: 6, satuan: 'Kasus', capaian: 140 }), 0),
    ).toContain('ditargetkan 10 kasus dan terealisasi 6 kasus');
    expect(kalimatIndikator(baris({ target: 85, alasan: 'belum-ada-realisasi' }), 0)).toBe(
      'Realisasi indikator Indikator A belum tersedia, sehingga capaiannya belum dapat diukur.',
    );
  });

  test('the wording rotates across indicators', () => {
    const b = baris({ target: 80, realisasi: 80, capaian: 100, kategori: 'Sangat Tinggi' });
    expect(new Set([0, 1, 2, 3].map((i) => kalimatIndikator(b, i))).size).toBe(4);
    expect(kalimatIndikator(b, 4)).toBe(kalimatIndikator(b, 0));
  });

  test('year-on-year change in points, never percent', () => {
    const b = baris({
      capaian: 110.05,
      perubahan: { poin: 1.2875, arah: 'Meningkat' },
      tahun: { '2022': { capaian: 108.7625 }, '2023': { capaian: 110.05 } },
    });
    expect(kalimatPerubahan(b, 2023)).toBe(
      'Dibandingkan tahun 2022 (108,76%), capaian indikator Indikator A meningkat 1,29 poin menjadi 110,05%.',
    );
    const tetap = baris({
      capaian: 100,
      perubahan: { poin: 0, arah: 'Tetap' },
      tahun: { '2022': { capaian: 100 }, '2023': { capaian: 100 } },
    });
    expect(kalimatPerubahan(tetap, 2023)).toBe(
      'Capaian indikator Indikator A sama dengan tahun 2022 (100%).',
    );
  });
});

describe('the chapter of the example workbook', () => {
  test('sasaran sections with numbered tables, faktor from the workbook, efisiensi with its method, the budget part', async () => {
    const bab = susunBab3(await hitungBerkas(CONTOH), { instansi: 'Kecamatan Sukamaju' });
    const tabel = bab.blok
      .filter((b) => b.jenis === 'tabel')
      .map((b) => (b.jenis === 'tabel' ? `${b.tabel.nomor} ${b.tabel.judul}` : ''));
    expect(tabel).toEqual([
      '3.1 Target, Realisasi dan Capaian Indikator Sasaran 1 tahun 2024',
      '3.2 Target, Realisasi dan Capaian Indikator Sasaran 2 tahun 2024',
      '3.3 Target, Realisasi dan Capaian Indikator Sasaran 3 tahun 2024',
      '3.4 Perbandingan Realisasi dan Capaian Kinerja Tahun 2022-2024',
      '3.5 Realisasi Anggaran per Program tahun 2024',
    ]);
    const teks = bab.blok.map((b) => (b.jenis === 'tabel' ? '' : b.teks)).join('\n');
    expect(teks).toContain(
      'Rata-rata capaiannya 93,26% (Sangat Tinggi), terdiri atas 2 indikator Sangat Tinggi dan 1 indikator Tinggi.',
    );
    expect(teks).toContain('faktor pendukung: Pelayanan PATEN terintegrasi dan petugas yang ramah');
    expect(teks).toContain(
      'Dengan metode selisih capaian kinerja dan serapan anggaran (poin), penggunaan sumber daya untuk sasaran ini efisien',
    );
    expect(teks).toContain('1 (satu) indikator belum dapat diukur karena datanya belum tersedia');
    expect(teks).toContain(
      'Pagu anggaran Kecamatan Sukamaju tahun 2024 sebesar Rp3.112.500.000 (tiga miliar seratus dua belas juta lima ratus ribu rupiah).',
    );
    expect(teks).not.toMatch(/poin\s*%|\d%\s*poin/);
  });

  test('settings choose the parts: without budget or multi-year the chapter drops just those tables', async () => {
    const hasil = await hitungBerkas(CONTOH);
    const judul = (b: ReturnType<typeof susunBab3>) =>
      b.blok.flatMap((x) => (x.jenis === 'tabel' ? [x.tabel.judul] : []));
    const penuh = judul(susunBab3(hasil));
    expect(penuh.some((j) => j.startsWith('Perbandingan Realisasi dan Capaian'))).toBe(true);
    expect(penuh.some((j) => j.startsWith('Realisasi Anggaran per Program'))).toBe(true);
    const ramping = susunBab3(hasil, { keuangan: false, multiTahun: false });
    expect(judul(ramping)).toEqual(
      penuh.filter(
        (j) =>
          !j.startsWith('Perbandingan Realisasi dan Capaian') &&
          !j.startsWith('Realisasi Anggaran per Program'),
      ),
    );
    expect(
      ramping.blok.some((x) => x.jenis === 'judul' && x.teks === 'B. Akuntabilitas Keuangan'),
    ).toBe(false);
    const pagu = (b: ReturnType<typeof susunBab3>) =>
      b.blok
        .flatMap((x) => (x.jenis === 'paragraf' ? [x.teks] : []))
        .find((t) => t.startsWith('Pagu anggaran'));
    expect(pagu(susunBab3(hasil))).toContain(
      'sebesar Rp3.112.500.000 (tiga miliar seratus dua belas juta lima ratus ribu rupiah). Realisasinya',
    );
    expect(pagu(susunBab3(hasil, { terbilang: false }))).toContain(
      'sebesar Rp3.112.500.000. Realisasinya',
    );
    // Tables stay numbered without gaps.
    expect(ramping.blok.flatMap((x) => (x.jenis === 'tabel' ? [x.tabel.nomor] : []))).toEqual(
      judul(ramping).map((_, i) => `3.${i + 1}`),
    );
  });

  test('a workbook without faktor columns gets a marked blank to fill in', async () => {
    const bab = susunBab3(await hitungBerkas('seed000.xlsx'));
    expect(
      bab.blok.some(
        (b) => b.jenis === 'paragraf' && b.isian && b.teks.startsWith('[Diisi: penyebab'),
      ),
    ).toBe(true);
  });

  test('the .docx has real tables with repeating header rows, captions, merged headers and a landscape section', async () => {
    const bab = susunBab3(await hitungBerkas(CONTOH), { instansi: 'Kecamatan Sukamaju' });
    const zip = await JSZip.loadAsync(await babKeDocx(bab));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(5);
    expect(xml.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(7);
    expect(xml).toContain('Tabel 3.1 Target, Realisasi dan Capaian Indikator Sasaran 1 tahun 2024');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:jc w:val="right"/>');
    expect(xml).toContain('>86,42<');
    expect(xml).toContain('>2.658.296.700<');
  });
});

describe('capaian bab3', () => {
  test('writes the .docx and says what is left to fill in', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bab3-'));
    const keluar: string[] = [];
    const berkas = path.join(folder, 'bab3.docx');
    expect(
      await main(['bab3', 'test/fixtures/seed000.xlsx', '-o', berkas, '--tahun', '2019'], (s) =>
        keluar.push(s),
      ),
    ).toBe(0);
    expect(keluar[0]).toMatch(/^BAB III tahun 2019: \d+ tabel, \d+ judul dan paragraf ditulis ke /);
    expect(keluar[1]).toMatch(/bagian bertanda kuning perlu dilengkapi/);
    expect(readFileSync(berkas).subarray(0, 2).toString()).toBe('PK');
  });

  test('--tanpa-keuangan drops the budget part of the chapter', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bab3-'));
    const berkas = path.join(folder, 'bab3.docx');
    expect(await main(['bab3', CONTOH, '-o', berkas, '--tanpa-keuangan'], () => undefined)).toBe(0);
    const xml = await (
      await JSZip.loadAsync(readFileSync(berkas))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('A. Capaian Kinerja Organisasi');
    expect(xml).not.toContain('B. Akuntabilitas Keuangan');
  });

  test('bad options exit 2', async () => {
    const galat: string[] = [];
    expect(
      await main(
        ['bab3', CONTOH, '--tahun', 'dua'],
        () => undefined,
        (s) => galat.push(s),
      ),
    ).toBe(2);
    expect(
      await main(
        ['bab3', CONTOH, '-o', 'x.pdf'],
        () => undefined,
        (s) => galat.push(s),
      ),
    ).toBe(2);
    expect(galat).toEqual([
      'capaian: --tahun harus tahun empat angka, mis. 2024',
      'capaian: berkas keluaran BAB III harus berakhiran .docx',
    ]);
  });
});

describe('national or provincial standard (optional column)', () => {
  test('header words that name a standard, and nothing else', () => {
    for (const j of [
      'Standar Nasional',
      'Target Nasional',
      'Rata-rata Provinsi',
      'SPM',
      'Capaian Provinsi',
    ])
      expect(peranDariJudul(j)).toBe('standar');
    for (const j of ['Indikator Kinerja', 'Target', 'Realisasi 2024', 'Program Nasional Stunting'])
      expect(peranDariJudul(j)).not.toBe('standar');
  });

  test('the indicator table gains the column and a sentence that reads polarity right', () => {
    const nilai = [
      ['No', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target', 'Realisasi', 'Standar Nasional'],
      [1, 'Prevalensi stunting', '%', 'Negatif', 16.5, 12.6, 14],
      [2, 'Persentase keluhan yang ditindaklanjuti', '%', 'Positif', 76, 80, 85],
      [3, 'Indeks Kepuasan Masyarakat', 'Indeks', 'Positif', 82, 86.42, null],
    ];
    const bab = susunBab3(hitungBuku([gridDari(nilai, { sheet: 'Kinerja 2024' })]), {
      tahun: 2024,
    });
    const tabel = bab.blok.find((b) => b.jenis === 'tabel');
    if (tabel?.jenis !== 'tabel') throw new Error('tidak ada tabel');
    expect(tabel.tabel.kepala[0].map((s) => s.teks)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Standar Nasional',
      'Capaian (%)',
      'Kategori',
    ]);
    expect(tabel.tabel.baris.map((r) => r[5].teks)).toEqual(['14', '85', '-']);
    expect(tabel.tabel.baris[0][6].teks).toBe('123,64');
    const teks = bab.blok.map((b) => (b.jenis === 'tabel' ? '' : b.teks)).join('\n');
    expect(teks).toContain(
      'Realisasi Prevalensi stunting sebesar 12,6% lebih baik dari standar nasional (14%).',
    );
    expect(teks).toContain(
      'Realisasi Persentase keluhan yang ditindaklanjuti sebesar 80% belum mencapai standar nasional (85%).',
    );
    expect(teks).not.toMatch(/Indeks Kepuasan Masyarakat sebesar [\d,]+ (lebih|belum|sama)/);
  });
});
