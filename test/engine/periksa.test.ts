import { hitungBuku } from '../../src/engine/hitung';
import type { HasilBuku } from '../../src/engine/hasil';
import { CONTOH, gridDari as grid, hitungBerkas } from '../bantu';
import { main } from '../../src/cli/main';

const di = (h: HasilBuku, sheet: string, sel: string, kode?: string) =>
  h.temuan.filter((t) => t.sheet === sheet && t.sel === sel && (!kode || t.kode === kode));

describe('DOMAIN.md section 9: every mistake that falls in the fixtures, at its cell', () => {
  let h: Record<string, HasilBuku>;
  beforeAll(async () => {
    h = {
      '000': await hitungBerkas('seed000.xlsx'),
      '002': await hitungBerkas('seed002.xlsx'),
      '003': await hitungBerkas('seed003.xlsx'),
      '004': await hitungBerkas('seed004.xlsx'),
    };
  });

  test.each([
    ['004', 'Tabel 3.4', 'F4', 'capaian-berbeda', 142.86, 105.26],
    ['004', 'Tabel 3.4', 'F11', 'capaian-berbeda', 71.89, 51.11],
    ['004', 'Tabel 3.4', 'G11', 'kategori-berbeda', 'Sedang', 'Rendah'],
    ['003', 'Tabel 13', 'E5', 'serapan-berbeda', 98.31, 95.39],
    ['003', 'Tabel 13', 'E19', 'serapan-berbeda', 95.09, 96.87],
    ['003', 'Tabel 30', 'E14', 'serapan-berbeda', 90.47, 75.97],
    ['002', 'Tabel 19', 'C9', 'jumlah-berbeda', 11682514802, 11862514803],
    ['002', 'Tabel 40', 'F28', 'rata-rata-berbeda', 95.45, 92.75],
    ['000', 'T8', 'F7', 'capaian-berbeda', 93.75, 94.44],
    ['000', 'T21', 'E20', 'serapan-berbeda', 99.149, 99.14],
    ['000', 'T21', 'D51', 'jumlah-berbeda', 823551939, 823551339],
  ])('seed %s %s!%s %s: %p -> %p', (seed, sheet, sel, kode, tertulis, seharusnya) => {
    const [t] = di(h[seed], sheet, sel, kode);
    expect(t).toBeDefined();
    expect(t.tertulis).toBe(tertulis);
    if (typeof seharusnya === 'number')
      expect(Math.round((t.seharusnya as number) * 100) / 100).toBe(seharusnya);
    else expect(t.seharusnya).toBe(seharusnya);
    expect(t.tingkat === 'error' || t.tingkat === 'warning').toBe(true);
  });

  test('the same indicator with two targets (seed 004: 76 in Tabel 3.4, 75 in Tabel 3.8)', () => {
    const [t] = di(h['004'], 'Tabel 3.8', 'G5', 'indikator-tidak-konsisten');
    expect(t).toMatchObject({ tertulis: 75, seharusnya: 76, tingkat: 'error' });
    expect(t.pesan).toContain('Tabel 3.4!D4');
    expect(h['004'].temuan.filter((x) => x.kode === 'indikator-tidak-konsisten')).toHaveLength(2);
  });

  test('the average explains itself: 95,45 comes from leaving out row 6 (33,33)', () => {
    expect(di(h['002'], 'Tabel 40', 'F28')[0].pesan).toContain(
      'nilai itu muncul bila baris 6 (33,33) tidak diikutkan',
    );
  });

  test('a summary in a label that matches the written column, but not the computed one, is a note', () => {
    const [t] = di(h['000'], 'T8', 'A11');
    expect(t).toMatchObject({ kode: 'rata-rata-ikut-salah', tingkat: 'info', tertulis: 99.48 });
  });

  test('the doubtful polarity of stunting is raised, and "pengaduan ... yang di fasilitasi" is not', () => {
    expect(di(h['004'], 'Tabel 3.4', 'E10', 'polaritas-meragukan')[0].pesan).toContain('123,64');
    expect(h['002'].temuan.some((t) => t.kode === 'polaritas-meragukan')).toBe(false);
  });

  test('numbers stored as text are one note per column', () => {
    const teks = h['003'].temuan.filter((t) => t.kode === 'angka-teks' && t.sheet === 'Tabel 13');
    expect(teks.map((t) => t.sel)).toEqual(['C5', 'D5', 'E5']);
    expect(teks.every((t) => t.tingkat === 'info')).toBe(true);
  });
});

test('an Excel error in a value column is one warning per column, at its first cell', () => {
  const hasil = hitungBuku([
    grid(
      [
        ['Kode Rekening', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['7.01.01.2.01.01', 'Sub kegiatan A', 1000, '#REF!'],
        ['7.01.01.2.01.02', 'Sub kegiatan B', 1000, 900],
        ['7.01.01.2.01.03', 'Sub kegiatan C', 1000, '#DIV/0!'],
      ],
      { sheet: 'DPA' },
    ),
  ]);
  expect(hasil.temuan).toEqual([
    expect.objectContaining({
      sheet: 'DPA',
      sel: 'D2',
      kode: 'sel-galat',
      tingkat: 'warning',
      tertulis: '#REF!',
      pesan: expect.stringContaining('2 sel di kolom "Realisasi (Rp)" berisi galat Excel'),
    }),
  ]);
});

describe('correct tables stay silent', () => {
  test('the example workbook has no findings at all', async () => {
    expect((await hitungBerkas(CONTOH)).temuan).toEqual([]);
  });

  test('percentages truncated instead of rounded are notes, never errors', () => {
    const h = hitungBuku([
      grid([
        ['Program', 'Pagu', 'Realisasi', '%'],
        ['Kegiatan A', 5830000, 5750000, 98.62],
        ['Kegiatan B', 10083600, 6930000, 68.72],
        ['Kegiatan C', 80895000, 80891000, 99.99],
        ['Kegiatan D', 80895000, 80891000, 100],
      ]),
    ]);
    expect(h.temuan.filter((t) => t.tingkat !== 'info')).toEqual([]);
    expect(h.temuan.map((t) => t.kode)).toEqual([
      'serapan-berbeda',
      'serapan-berbeda',
      'serapan-berbeda',
    ]);
  });

  test('correct capaian, kategori, totals and averages give nothing', () => {
    const h = hitungBuku([
      grid([
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Kategori'],
        [1, 'Indikator A', 88, 87, 98.86, 'Sangat Tinggi'],
        [2, 'Indikator B', 90, 85, 94.44, 'Sangat Tinggi'],
        [3, 'Indikator C', 45, 23, 51.11, 'Rendah'],
        [null, 'Rata-rata capaian', null, null, 81.47, null],
      ]),
    ]);
    expect(h.temuan).toEqual([]);
  });
});

describe('the other checks', () => {
  test('realisasi above pagu; a realisasi that lost a zero (pagu - sisa is ten times it)', () => {
    const h = hitungBuku([
      grid([
        ['Kegiatan', 'Pagu', 'Realisasi', 'Sisa Anggaran'],
        ['A', 1000000, 1200000, -200000],
        ['B', 1000000, 90000, 100000],
      ]),
    ]);
    expect(h.temuan.map((t) => [t.sel, t.kode])).toEqual([
      ['C2', 'realisasi-melebihi-pagu'],
      ['C3', 'angka-terpotong'],
      ['D3', 'sisa-berbeda'],
    ]);
  });

  test('pending realisasi written as capaian 0; capaian above 200', () => {
    const h = hitungBuku([
      grid([
        ['Indikator', 'Target', 'Realisasi', 'Capaian'],
        ['A', 80, '*)', 0],
        ['B', 10, 25, 250],
      ]),
    ]);
    expect(h.temuan.map((t) => [t.sel, t.kode])).toEqual([
      ['D2', 'tertunda-dihitung-nol'],
      ['C3', 'capaian-di-atas-200'],
    ]);
  });

  test('an average that counts pending rows as 0 is explained', () => {
    const h = hitungBuku([
      grid([
        ['Indikator', 'Target', 'Realisasi', 'Capaian'],
        ['A', 80, 80, 100],
        ['B', 80, 'belum dinilai', null],
        ['Rata-rata', null, null, 50],
      ]),
    ]);
    expect(h.temuan[0]).toMatchObject({ kode: 'rata-rata-berbeda', sel: 'D4' });
    expect(h.temuan[0].pesan).toContain('1 baris tanpa capaian dihitung sebagai 0');
  });

  test('two number styles in one column', () => {
    const h = hitungBuku([
      grid([
        ['Kegiatan', 'Pagu', 'Realisasi'],
        ['A', '5.535.121.420', '1.000.000'],
        ['B', '5,535,121,420', '1.000.000'],
      ]),
    ]);
    expect(h.temuan.find((t) => t.kode === 'gaya-angka-campuran')).toMatchObject({ sel: 'B3' });
  });

  test('counts stated in the text against the budget table', () => {
    const h = hitungBuku([
      grid([
        ['Realisasi anggaran terdiri dari 3 (tiga) program dan 4 kegiatan.', null, null],
        [null, null, null],
        ['Uraian', 'Pagu', 'Realisasi'],
        ['PROGRAM PELAYANAN ADMINISTRASI', 300, 280],
        ['Kegiatan Penyediaan ATK', 300, 280],
        ['PROGRAM PEMBERDAYAAN MASYARAKAT', 100, 90],
        ['Kegiatan Musrenbang', 100, 90],
      ]),
    ]);
    expect(h.temuan.map((t) => [t.sel, t.kode, t.tertulis, t.seharusnya])).toEqual([
      ['A1', 'jumlah-disebut-berbeda', 3, 2],
      ['A1', 'jumlah-disebut-berbeda', 4, 2],
    ]);
  });
});

describe('capaian periksa', () => {
  const jalankan = async (argv: string[]) => {
    const keluar: string[] = [];
    const kode = await main(
      argv,
      (s) => keluar.push(s),
      () => undefined,
    );
    return { kode, teks: keluar.join('\n') };
  };

  test('exit 1 with errors, findings grouped by sheet', async () => {
    const r = await jalankan(['periksa', 'test/fixtures/seed003.xlsx']);
    expect(r.kode).toBe(1);
    expect(r.teks).toContain('\nTabel 13\n  C5     catatan');
    expect(r.teks).toContain(
      '  E5     kesalahan  persentase realisasi tertulis 98,31, seharusnya 95,39',
    );
    expect(r.teks).toMatch(/Ringkasan: 5 kesalahan, 0 peringatan, \d+ catatan/);
  });

  test('exit 0 on the clean example', async () => {
    const r = await jalankan(['periksa', CONTOH]);
    expect(r.kode).toBe(0);
    expect(r.teks).toContain('Ringkasan: 0 kesalahan, 0 peringatan, 0 catatan');
  });
});
