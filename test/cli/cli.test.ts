import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, uraiArgumen } from '../../src/cli/main';
import { bukuIndikatorKecil, CONTOH, FIXTURE } from '../bantu';

async function jalankan(argv: string[]) {
  const keluar: string[] = [];
  const galat: string[] = [];
  const kode = await main(
    argv,
    (s) => keluar.push(s),
    (s) => galat.push(s),
  );
  return { kode, keluar: keluar.join('\n'), galat: galat.join('\n') };
}

const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('capaian hitung', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'capaian-'));

  test('computes the example, writes <name>.capaian.xlsx beside it and never touches the input', async () => {
    const masukan = path.join(folder, 'contoh.xlsx');
    copyFileSync(CONTOH, masukan);
    const sidik = hash(masukan);
    const r = await jalankan(['hitung', masukan]);
    expect(r.kode).toBe(0);
    expect(r.galat).toBe('');
    expect(hash(masukan)).toBe(sidik);
    expect(existsSync(path.join(folder, 'contoh.capaian.xlsx'))).toBe(true);
    expect(r.keluar).toContain('Skala kategori: Permendagri 86/2017 (dari buku kerja)');
    expect(r.keluar).toContain('Tabel ditemukan: 8');
    expect(r.keluar).toContain('Prevalensi stunting: 123,64% (Sangat Tinggi)');
    expect(r.keluar).toContain('Persentase posyandu aktif: tidak dihitung: belum ada realisasi');
    expect(r.keluar).toContain(
      'Jumlah: pagu Rp3.112.500.000, realisasi Rp2.950.646.700, serapan 94,80%, sisa Rp161.853.300',
    );
    expect(r.keluar).toContain('Temuan: 0 kesalahan, 0 peringatan, 0 catatan');
  });

  test('the output keeps every part of the input it does not compute (patched, not re-saved)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(CONTOH));
    zip.file('customXml/item1.xml', '<data>milik pengguna</data>');
    const masukan = path.join(folder, 'dengan-bagian-lain.xlsx');
    writeFileSync(masukan, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const keluaran = path.join(folder, 'dengan-bagian-lain.out.xlsx');
    expect((await jalankan(['hitung', masukan, '-o', keluaran])).kode).toBe(0);
    const hasil = await JSZip.loadAsync(readFileSync(keluaran));
    expect(await hasil.file('customXml/item1.xml')?.async('string')).toBe(
      '<data>milik pengguna</data>',
    );
    expect(await hasil.file('xl/comments1.xml')?.async('string')).toContain('Capaian');
  });

  test('a workbook with a chart ExcelJS cannot load (exceljs #2591) is computed, and the chart is kept', async () => {
    const masukan = path.join(FIXTURE, 'bagan.xlsx');
    const keluaran = path.join(folder, 'bagan.out.xlsx');
    const r = await jalankan(['hitung', masukan, '-o', keluaran]);
    expect(r.galat).toBe('');
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain('Indeks Kepuasan Masyarakat (IKM): 105,39% (Sangat Tinggi)');
    const JSZip = (await import('jszip')).default;
    const [asli, hasil] = await Promise.all(
      [masukan, keluaran].map(async (f) => JSZip.loadAsync(readFileSync(f))),
    );
    for (const bagian of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml'])
      expect(await hasil.file(bagian)!.async('string')).toBe(
        await asli.file(bagian)!.async('string'),
      );
    expect(await hasil.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(
      /<drawing [^>]*r:id="rId1"\/>/,
    );
  });

  test('a macro workbook (.xlsm) stays one: its output is .xlsm with the macros; -o .xlsx is refused', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(CONTOH));
    const tipe = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      tipe
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        )
        .replace(
          '</Types>',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    zip.file('xl/vbaProject.bin', 'VBA');
    const masukan = path.join(folder, 'makro.xlsm');
    writeFileSync(masukan, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const r = await jalankan(['hitung', masukan]);
    expect(r.kode).toBe(0);
    const hasil = await JSZip.loadAsync(readFileSync(path.join(folder, 'makro.capaian.xlsm')));
    expect(await hasil.file('xl/vbaProject.bin')!.async('string')).toBe('VBA');
    expect(await hasil.file('[Content_Types].xml')!.async('string')).toContain(
      'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
    const salah = await jalankan(['hitung', masukan, '-o', path.join(folder, 'makro.xlsx')]);
    expect(salah.kode).toBe(2);
    expect(salah.galat).toContain('berkas keluaran harus berakhiran .xlsm seperti berkas masukan');
    expect(existsSync(path.join(folder, 'makro.xlsx'))).toBe(false);
  });

  test('when the output has to be saved again through ExcelJS, the user is told why and what is lost', async () => {
    const { buku, ws } = bukuIndikatorKecil();
    // The user's shared formula runs from inside the table to below it.
    ws.getCell('E2').value = { formula: 'D2/C2*100', shareType: 'shared', ref: 'E2:E3' } as never;
    ws.getCell('E3').value = { sharedFormula: 'E2' } as never;
    ws.getCell('E7').value = 'Rata-rata';
    ws.getCell('E4').value = { formula: 'D4/C4*100', shareType: 'shared', ref: 'E4:E9' } as never;
    ws.getCell('E9').value = { sharedFormula: 'E4' } as never;
    const masukan = path.join(folder, 'rumus-bersama.xlsx');
    await buku.xlsx.writeFile(masukan);
    const r = await jalankan([
      'hitung',
      masukan,
      '-o',
      path.join(folder, 'rumus-bersama.out.xlsx'),
    ]);
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain(
      'Catatan: berkas disimpan ulang dengan ExcelJS (menimpa induk rumus bersama): bagan, tabel pivot, dan bagian lain yang tidak dikenal ExcelJS tidak ikut tersalin; berkas masukan tetap utuh.',
    );
  });

  test('a DPA of 60 programs lists 40 on the terminal and says where the rest are', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { isiDpa } = await import('../../scripts/sintetis');
    const buku = new ExcelJS.Workbook();
    isiDpa(buku.addWorksheet('DPA'), 60 * 50);
    const masukan = path.join(folder, 'dpa-besar.xlsx');
    await buku.xlsx.writeFile(masukan);
    const r = await jalankan(['hitung', masukan, '-o', path.join(folder, 'dpa-besar.out.xlsx')]);
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain('  - PROGRAM NOMOR 1: pagu');
    expect(r.keluar).toContain('  - PROGRAM NOMOR 40: pagu');
    expect(r.keluar).not.toContain('PROGRAM NOMOR 41:');
    expect(r.keluar).toContain(
      '  ... dan 20 program lainnya (semuanya ada di --json dan di buku kerja)',
    );
  });

  test('--json writes the documented report', async () => {
    const json = path.join(folder, 'laporan.json');
    const r = await jalankan([
      'hitung',
      CONTOH,
      '-o',
      path.join(folder, 'k.xlsx'),
      '--json',
      json,
      '--efisiensi',
      'rasio',
    ]);
    expect(r.kode).toBe(0);
    const l = JSON.parse(readFileSync(json, 'utf8'));
    expect(l.versi).toBe(1);
    expect(l.berkas).toBe('contoh-lkjip.xlsx');
    expect(l.pengaturan).toMatchObject({
      skala: 'permendagri86',
      efisiensi: 'rasio',
      mode: 'rumus',
    });
    expect(l.tabel.map((t: { jenis: string }) => t.jenis)).toEqual([
      'indikator',
      'indikator',
      'multi-tahun',
      'renstra',
      'anggaran',
      'sasaran-program',
      'ikm',
      'skala',
    ]);
    const kinerja = l.tabel[0];
    expect(kinerja).toMatchObject({ sheet: 'Kinerja 2024', range: 'A6:I16' });
    expect(kinerja.baris[6]).toMatchObject({
      baris: 14,
      tingkat: 'indikator',
      uraian: 'Prevalensi stunting',
      polaritas: 'negatif',
      target: 16.5,
      realisasi: 12.6,
    });
    expect(kinerja.baris[6].capaian).toBeCloseTo(123.6363636, 6);
    const program = l.tabel[4].baris.find((b: { kode?: string }) => b.kode === '7.01.04');
    expect(program).toMatchObject({ tingkat: 'program', capaian: 100, labelEfisiensi: 'Efisien' });
    expect(program.serapan).toBeCloseTo(97.25, 9);
    expect(l.tabel[6].ringkasan.mutu).toBe('B (Baik)');
    expect(l.temuan).toEqual([]);
  });

  test('findings are printed with their cells', async () => {
    const r = await jalankan([
      'hitung',
      path.join(FIXTURE, 'seed004.xlsx'),
      '-o',
      path.join(folder, 's4.xlsx'),
    ]);
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain(
      'Tabel 3.4!F4 [kesalahan] capaian tertulis 142,86, seharusnya 105,26',
    );
    expect(r.keluar).toContain('[nama tampak negatif: periksa polaritas]');
  });

  test.each([
    [['hitung'], 'sebutkan berkas masukan'],
    [['hitung', '/tidak/ada.xlsx'], 'berkas tidak ditemukan'],
    [
      ['hitung', CONTOH, '--skala', 'bebas'],
      'nilai --skala harus salah satu dari: permendagri86, permenpan12, lan',
    ],
    [['hitung', CONTOH, '--mode'], '--mode memerlukan nilai'],
    [['hitung', CONTOH, '--entah'], 'pilihan tidak dikenal: --entah'],
    [['hapus', CONTOH], 'perintah tidak dikenal: hapus'],
    [['hitung', CONTOH, '-o', CONTOH], 'tidak boleh sama dengan berkas masukan'],
  ])('bad use %j exits 2 with a one-line reason', async (argv, pesan) => {
    const r = await jalankan(argv);
    expect(r.kode).toBe(2);
    expect(r.galat).toContain(pesan);
    expect(r.galat.split('\n')).toHaveLength(1);
  });

  test('bad files exit 2: not an xlsx, a folder, no table', async () => {
    const teks = path.join(folder, 'bukan.xlsx');
    writeFileSync(teks, 'ini bukan buku kerja');
    expect((await jalankan(['hitung', teks])).galat).toBe(
      'capaian: bukan berkas .xlsx (isi berkas tidak dikenali sebagai buku kerja Excel)',
    );
    expect((await jalankan(['hitung', folder])).kode).toBe(2);
    const ExcelJS = (await import('exceljs')).default;
    const kosong = new ExcelJS.Workbook();
    kosong.addWorksheet('Catatan').getCell('A1').value = 'Rapat koordinasi';
    const berkas = path.join(folder, 'kosong.xlsx');
    await kosong.xlsx.writeFile(berkas);
    const r = await jalankan(['hitung', berkas]);
    expect([r.kode, r.galat]).toEqual([
      2,
      'capaian: tidak ada tabel yang dikenali (tabel indikator, anggaran, Renstra, atau IKM) di berkas ini',
    ]);
  });

  test('help and options', async () => {
    expect((await jalankan(['--bantuan'])).kode).toBe(0);
    expect((await jalankan([])).kode).toBe(2);
    expect(
      uraiArgumen([
        'hitung',
        'a.xlsx',
        '--batas',
        '120',
        '--negatif',
        't/r',
        '--pembulatan',
        'potong',
        '--sasaran',
        'kelompok',
      ]).pengaturan,
    ).toEqual({
      batas: 120,
      rumusNegatif: 't/r',
      pembulatan: 'potong',
      rataRataSasaran: 'kelompok',
    });
  });
});

describe('capaian hitung on a realisation report with an anggaran kas', () => {
  test('prints the realisasi against the cash plan', async () => {
    // rfk_bulanan.xlsx: "ANGGARAN KAS (AKAS) s.d. Bulan Ini (Rp)" and realisasi s.d. bulan ini.
    const keluaran = path.join(mkdtempSync(path.join(tmpdir(), 'capaian-')), 'rfk.xlsx');
    const r = await jalankan([
      'hitung',
      path.join(FIXTURE, 'nyata', 'rfk_bulanan.xlsx'),
      '-o',
      keluaran,
    ]);
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/\n {2}Anggaran kas Rp[\d.]+: realisasi Rp[\d.]+ \(\d+,\d+%\)/);
  });
});
