import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
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
