import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { bacaZip, crc32, tulisZip } from '../../src/io/zip';
import { CONTOH } from '../bantu';

/**
 * Broken and hostile files through the CLI: each ends with a one-line reason
 * in Bahasa Indonesia (exit 2) or a sound result (exit 0), never a crash, and
 * the input stays byte-for-byte as it was.
 */

const folder = mkdtempSync(path.join(tmpdir(), 'keandalan-'));
const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function jalankan(berkas: string, ...lain: string[]) {
  const sebelum = hash(berkas);
  const keluar: string[] = [];
  const galat: string[] = [];
  const kode = await main(
    ['hitung', berkas, ...lain],
    (s) => keluar.push(s),
    (s) => galat.push(s),
  );
  expect(hash(berkas)).toBe(sebelum);
  return { kode, keluar: keluar.join('\n'), galat: galat.join('\n') };
}

function tulis(nama: string, isi: Uint8Array | string): string {
  const f = path.join(folder, nama);
  writeFileSync(f, isi);
  return f;
}

async function simpan(nama: string, buku: ExcelJS.Workbook): Promise<string> {
  const f = path.join(folder, nama);
  await buku.xlsx.writeFile(f);
  return f;
}

const contoh = readFileSync(CONTOH);
const OLE = Uint8Array.from([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...Array(504).fill(0),
]);

test.each([
  ['kosong.xlsx', new Uint8Array(0), 'berkas kosong (0 bita)'],
  ['teks.xlsx', 'No;Indikator;Target\n1;A;80', 'bukan berkas .xlsx'],
  [
    'terpotong.xlsx',
    contoh.subarray(0, Math.floor(contoh.length / 2)),
    'berkas .xlsx rusak atau tidak lengkap',
  ],
  ['sandi.xlsx', OLE, 'berkas dilindungi kata sandi atau berformat .xls lama'],
  [
    'gambar.xlsx',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    'bukan berkas .xlsx',
  ],
])('%s: exit 2 with a reason, no output written', async (nama, isi, pesan) => {
  const f = tulis(nama, isi);
  const r = await jalankan(f);
  expect(r.kode).toBe(2);
  expect(r.galat).toContain(pesan);
  expect(r.galat.split('\n')).toHaveLength(1);
  expect(existsSync(f.replace(/\.xlsx$/, '.capaian.xlsx'))).toBe(false);
});

test('a zip with garbage in the middle is reported as damaged', async () => {
  const rusak = Uint8Array.from(contoh);
  for (let i = 200; i < rusak.length - 200; i += 97) rusak[i] ^= 0xff;
  const r = await jalankan(tulis('acak.xlsx', rusak));
  expect(r.kode).toBe(2);
  expect(r.galat).toMatch(/^capaian: (berkas \.xlsx rusak|tidak ada tabel)/);
});

test('an empty workbook, and work that follows the cells present, not the used range (12 sheets of a cell at A1 and one at S1048576)', async () => {
  const kosong = new ExcelJS.Workbook();
  kosong.addWorksheet('Lembar1');
  const r1 = await jalankan(await simpan('tanpa-isi.xlsx', kosong));
  const TANPA_TABEL =
    'capaian: tidak ada tabel yang dikenali (tabel indikator, anggaran, Renstra, atau IKM) di berkas ini';
  expect([r1.kode, r1.galat]).toEqual([2, TANPA_TABEL]);
  const jauh = new ExcelJS.Workbook();
  // Twelve sheets of A1 and S1048576 (20 million cells of range each): once out of memory after 55 s.
  for (let i = 1; i <= 12; i++) {
    const l = jauh.addWorksheet(`L${i}`);
    l.getCell('A1').value = 'No';
    l.getCell('S1048576').value = 1;
  }
  const r2 = await jalankan(await simpan('jauh.xlsx', jauh));
  expect([r2.kode, r2.galat]).toEqual([2, TANPA_TABEL]);
}, 60_000);

test('error values, dates in number cells, formulas without a cached value and hidden sheets', async () => {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('Kinerja 2024');
  ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi']);
  ws.addRow([1, 'Persentase A', '%', 80, { error: '#DIV/0!' }]);
  ws.addRow([2, 'Persentase B', '%', new Date(Date.UTC(2024, 0, 5)), 70]);
  ws.addRow([3, 'Persentase C', '%', 90, { formula: 'D4*1' }]);
  ws.addRow([4, 'Persentase D', '%', 90, 81]);
  ws.addRow([5, 'Persentase E', '%', { error: '#REF!' }, { error: '#N/A' }]);
  const h = b.addWorksheet('Tersembunyi', { state: 'hidden' });
  h.addRow(['No', 'Indikator Kinerja', 'Target', 'Realisasi']);
  h.addRow([1, 'Indikator tersembunyi', 50, 40]);
  const f = await simpan('aneh.xlsx', b);
  const json = path.join(folder, 'aneh.json');
  const r = await jalankan(f, '--json', json);
  expect(r.kode).toBe(0);
  const laporan = JSON.parse(readFileSync(json, 'utf8')) as {
    tabel: { baris: { uraian: string; capaian?: number; alasan?: string }[] }[];
  };
  const baris = laporan.tabel.flatMap((t) => t.baris);
  const cari = (u: string) => baris.find((x) => x.uraian === u)!;
  // Nothing is guessed: unreadable inputs give no capaian and say why.
  expect(cari('Persentase A')).toMatchObject({ alasan: 'realisasi-tidak-terbaca' });
  expect(cari('Persentase A').capaian).toBeUndefined();
  expect(cari('Persentase B')).toMatchObject({ alasan: 'target-tidak-terbaca' });
  expect(cari('Persentase C')).toMatchObject({ alasan: 'belum-ada-realisasi' });
  expect(cari('Persentase E').capaian).toBeUndefined();
  expect(cari('Persentase D').capaian).toBe(90);
  expect(cari('Indikator tersembunyi').capaian).toBe(80);
  // The user is told that a table sits on a hidden sheet, and where.
  expect(r.keluar).toContain('[Tersembunyi!A1:D2] tabel indikator (lembar tersembunyi)');
  const temuan = (
    JSON.parse(readFileSync(json, 'utf8')) as { temuan: { kode: string; sel: string }[] }
  ).temuan;
  expect(temuan.filter((t) => t.kode === 'lembar-tersembunyi')).toEqual([
    expect.objectContaining({ sheet: 'Tersembunyi', sel: 'A1', tingkat: 'info' }),
  ]);
  expect(r.keluar).toContain(
    'Persentase A: tidak dihitung: realisasi tidak terbaca sebagai angka atau predikat',
  );
  // The error cells themselves are left as they were in the output.
  const keluaran = new ExcelJS.Workbook();
  await keluaran.xlsx.readFile(f.replace(/\.xlsx$/, '.capaian.xlsx'));
  expect(keluaran.getWorksheet('Kinerja 2024')!.getCell('E2').value).toEqual({ error: '#DIV/0!' });
  expect(keluaran.getWorksheet('Tersembunyi')!.state).toBe('hidden');
});

describe('zip bombs are refused before anything inflates them whole', () => {
  // The example workbook with one more part, whose sizes are set by hand.
  function denganBagian(isi: Uint8Array, ukuranDinyatakan: number, metode: 0 | 8 = 8): Uint8Array {
    const entri = bacaZip(contoh);
    entri.push({
      nama: 'xl/media/besar.bin',
      metode,
      crc: crc32(new Uint8Array(0)),
      ukuran: ukuranDinyatakan,
      terkompres: isi,
      waktu: 0,
      tanggal: 0,
    });
    return tulisZip(entri);
  }
  const nol = (n: number) => new Uint8Array(deflateRawSync(Buffer.alloc(n)));

  test.each([
    [
      'a part declaring 600 MB',
      () => denganBagian(nol(1000), 600 * 1048576),
      'mengembang menjadi 600 MB (batas 512 MB)',
    ],
    [
      'a part of 64 MB of zeros (ratio past 1000)',
      () => denganBagian(nol(64 * 1048576), 64 * 1048576),
      'kali (bom zip)',
    ],
    [
      'a part lying about its size (declares 1 000 bytes, inflates to 32 MB)',
      () => denganBagian(nol(32 * 1048576), 1000),
      'mengembang melebihi ukuran yang dinyatakannya',
    ],
  ])('%s', async (_, buat, pesan) => {
    const r = await jalankan(tulis('bom.xlsx', buat()));
    expect(r.kode).toBe(2);
    expect(r.galat).toContain('berkas .xlsx ditolak: bagian xl/media/besar.bin');
    expect(r.galat).toContain(pesan);
  });
});

test('60 cells of "1" followed by 32 000 "*" (71 s before) are read at once', async () => {
  const b = new ExcelJS.Workbook();
  const ws = b.addWorksheet('Kinerja');
  ws.addRow(['No', 'Indikator Kinerja', 'Target', 'Realisasi']);
  const jahat = `1${'*'.repeat(32000)}`;
  for (let i = 1; i <= 60; i++)
    ws.addRow([i, `Indikator ${i}`, 100, i % 2 ? jahat : `${'*'.repeat(32000)}1`]);
  const r = await jalankan(await simpan('bintang.xlsx', b));
  expect(r.kode).toBe(0);
  // "1" with a footnote marker after it; stars before a digit are no number.
  expect(r.keluar).toContain('Indikator 1: 1% (Sangat Rendah)');
  expect(r.keluar).toContain('Indikator 2: tidak dihitung: realisasi tidak terbaca');
}, 20_000);
