import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { namaLembar, prosesFolder } from '../../src/cli/rekap';
import { namaKantor } from '../../src/cli/rekap-kantor';
import { bukuKantor } from '../../scripts/sintetis';
import { CONTOH, FIXTURE } from '../bantu';
import { copyFileSync } from 'node:fs';

describe('capaian rekap', () => {
  test('one row per office (.xlsx and .xlsm, charts too), a sheet per office, unreadable files listed, on worker threads', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rekap-'));
    for (let i = 1; i <= 4; i++)
      await bukuKantor(i).xlsx.writeFile(path.join(folder, `kantor-${i}.xlsx`));
    copyFileSync(CONTOH, path.join(folder, 'sukamaju.xlsm'));
    // A chart ExcelJS cannot load as it is (exceljs #2591): read without its drawing.
    copyFileSync(path.join(FIXTURE, 'bagan.xlsx'), path.join(folder, 'bagan.xlsx'));
    writeFileSync(path.join(folder, 'rusak.xlsx'), 'bukan buku kerja');
    const keluar: string[] = [];
    const galat: string[] = [];
    const kode = await main(
      ['rekap', folder, '-o', path.join(folder, 'hasil', 'rekap.xlsx')],
      (s) => keluar.push(s),
      (s) => galat.push(s),
    );
    expect(kode).toBe(0);
    expect(keluar[0]).toBe(
      `Rekap 6 perangkat daerah ditulis ke ${path.join(folder, 'hasil', 'rekap.xlsx')}`,
    );
    expect(keluar[1]).toBe(
      '  tidak terbaca: rusak.xlsx: bukan berkas .xlsx (isi berkas tidak dikenali sebagai buku kerja Excel)',
    );
    expect(galat).toHaveLength(7); // a progress line per file
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(path.join(folder, 'hasil', 'rekap.xlsx'));
    expect(buku.worksheets.map((w) => w.name)).toEqual([
      'Rekap',
      'bagan',
      'KECAMATAN CONTOH 1',
      'KECAMATAN CONTOH 2',
      'KECAMATAN CONTOH 3',
      'KECAMATAN CONTOH 4',
      'KECAMATAN SUKAMAJU',
      'Tidak Terbaca',
    ]);
    const rekap = buku.getWorksheet('Rekap')!;
    const bagan = rekap.getRow(2).values as unknown[];
    expect(bagan.slice(1, 5)).toEqual([1, 'bagan', 'bagan.xlsx', 4]);
    const sukamaju = rekap.getRow(7).values as unknown[];
    expect(sukamaju.slice(1, 5)).toEqual([6, 'KECAMATAN SUKAMAJU', 'sukamaju.xlsm', 9]);
    expect(sukamaju[5] as number).toBeCloseTo(103.39, 2);
    expect(sukamaju[11]).toBe(3112500000);
    expect(sukamaju[14]).toBe('Efisien');
    expect(buku.getWorksheet('KECAMATAN SUKAMAJU')!.getCell('A3').value).toBe(
      'Indeks Kepuasan Masyarakat (IKM)',
    );
  }, 60_000);

  test('a missing folder or a folder without workbooks exits 2', async () => {
    const galat: string[] = [];
    expect(
      await main(
        ['rekap', '/tidak/ada'],
        () => undefined,
        (s) => galat.push(s),
      ),
    ).toBe(2);
    expect(
      await main(
        ['rekap', mkdtempSync(path.join(tmpdir(), 'kosong-'))],
        () => undefined,
        (s) => galat.push(s),
      ),
    ).toBe(2);
    expect(galat[0]).toBe('capaian: folder tidak ditemukan: /tidak/ada');
    expect(galat[1]).toMatch(/^capaian: tidak ada berkas \.xlsx atau \.xlsm di /);
  });

  test('the office name comes from the title, else the file name', () => {
    expect(
      namaKantor(
        [
          {
            sheet: 'A',
            barisAwal: 1,
            kolomAwal: 1,
            nilai: [['Kantor Camat Kota Bangun']],
            gabungan: [],
          },
        ],
        'x.xlsx',
      ),
    ).toBe('Kantor Camat Kota Bangun');
    expect(
      namaKantor(
        [{ sheet: 'A', barisAwal: 1, kolomAwal: 1, nilai: [['Laporan']], gabungan: [] }],
        'kec-a.xlsx',
      ),
    ).toBe('kec-a');
  });
});

describe('rekap: hostile folders (issue #15)', () => {
  async function jalankanRekap(...argv: string[]) {
    const keluar: string[] = [];
    const galat: string[] = [];
    const kode = await main(
      ['rekap', ...argv],
      (s) => keluar.push(s),
      (s) => galat.push(s),
    );
    return { kode, keluar, galat };
  }

  test('a dangling symlink, a symlink loop, and an office title ending in an apostrophe: one line each, the rest processed', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rekap-serang-'));
    await bukuKantor(1).xlsx.writeFile(path.join(folder, 'kantor-1.xlsx'));
    const kutip = bukuKantor(2);
    kutip.getWorksheet('Kinerja')!.getCell('A1').value = "Kecamatan Tanjung'";
    await kutip.xlsx.writeFile(path.join(folder, 'kantor-2.xlsx'));
    symlinkSync(path.join(folder, 'hilang.xlsx'), path.join(folder, 'putus.xlsx'));
    symlinkSync(path.join(folder, 'putar.xlsx'), path.join(folder, 'putar.xlsx'));
    const r = await jalankanRekap(folder, '-o', path.join(folder, 'hasil', 'rekap.xlsx'));
    expect(r.kode).toBe(0);
    expect(r.keluar).toEqual([
      `Rekap 2 perangkat daerah ditulis ke ${path.join(folder, 'hasil', 'rekap.xlsx')}`,
      '  tidak terbaca: putar.xlsx: tidak dapat dibuka: tautan simbolik berputar (menunjuk dirinya sendiri) (ELOOP)',
      '  tidak terbaca: putus.xlsx: tautan simbolik yang menunjuk berkas yang tidak ada',
    ]);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(path.join(folder, 'hasil', 'rekap.xlsx'));
    expect(buku.worksheets.map((w) => w.name)).toEqual([
      'Rekap',
      'KECAMATAN CONTOH 1',
      'Kecamatan Tanjung',
      'Tidak Terbaca',
    ]);
  }, 60_000);

  test('sheet names Excel refuses are made acceptable', () => {
    const terpakai = new Set(['rekap', 'tidak terbaca', 'history']);
    expect(namaLembar("'Dinas A'", terpakai)).toBe('Dinas A');
    expect(namaLembar('Dinas [B]: a/b\u0007', terpakai)).toBe('Dinas  B   a b');
    expect(namaLembar('History', terpakai)).toBe('History 2');
    expect(namaLembar("''", terpakai)).toBe('Kantor');
  });

  test('a worker that runs out of memory costs one line; the other files are processed', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rekap-oom-'));
    const berkas = ['a.xlsx', 'besar.xlsx', 'c.xlsx'].map((f) => path.join(folder, f));
    // A stand-in worker: answers at once, except on "besar", where it fills its small heap.
    const kode = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (b) => {
        if (!b.includes('besar')) return parentPort.postMessage({ berkas: b, alasan: 'diperiksa' });
        const isi = []; for (;;) isi.push(new Array(1e6).fill(Math.random()));
      });`;
    const hasil = await prosesFolder(
      berkas,
      {},
      undefined,
      1,
      () => new Worker(kode, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } }),
    );
    expect(hasil.gagal).toEqual([
      { berkas: 'a.xlsx', alasan: 'diperiksa' },
      {
        berkas: 'besar.xlsx',
        alasan: 'kehabisan memori saat dibaca (berkas terlalu besar atau terlalu rumit)',
      },
      { berkas: 'c.xlsx', alasan: 'diperiksa' },
    ]);
  }, 60_000);

  test('an existing rekap.xlsx is never replaced unasked; -o naming an office workbook is refused; -o naming the previous rekap replaces it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rekap-timpa-'));
    await bukuKantor(1).xlsx.writeFile(path.join(folder, 'kantor-1.xlsx'));
    const sidik = readFileSync(path.join(folder, 'kantor-1.xlsx'));
    writeFileSync(path.join(folder, 'rekap.xlsx'), 'rekap buatan tangan');
    const r1 = await jalankanRekap(folder);
    expect(r1.kode).toBe(2);
    expect(r1.galat.at(-1)).toContain('rekap.xlsx sudah ada dan tidak akan ditimpa');
    expect(readFileSync(path.join(folder, 'rekap.xlsx'), 'utf8')).toBe('rekap buatan tangan');
    const r2 = await jalankanRekap(folder, '-o', path.join(folder, 'kantor-1.xlsx'));
    expect(r2.kode).toBe(2);
    expect(r2.galat.at(-1)).toContain('tidak boleh sama dengan berkas masukan');
    expect(readFileSync(path.join(folder, 'kantor-1.xlsx'))).toEqual(sidik);
    // A rekap Capaian wrote is recognised: replaced when named, and not read as an office.
    const hasil = path.join(folder, 'ringkasan.xlsx');
    expect((await jalankanRekap(folder, '-o', hasil)).kode).toBe(0);
    const r3 = await jalankanRekap(folder, '-o', hasil);
    expect(r3.kode).toBe(0);
    expect(r3.keluar[0]).toBe(`Rekap 1 perangkat daerah ditulis ke ${hasil}`);
  }, 60_000);
});
