import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs, {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { barisAman } from '../../src/cli/terminal';
import { bukuIndikatorKecil, CONTOH } from '../bantu';

/**
 * Attacks on the outputs of the command line (issue #15): every one must
 * end in exit 2 with a one-line reason in Bahasa Indonesia, and every file
 * that was there before stays byte for byte.
 */

const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function jalankan(...argv: string[]) {
  const keluar: string[] = [];
  const galat: string[] = [];
  const kode = await main(
    argv,
    (s) => keluar.push(s),
    (s) => galat.push(s),
  );
  return { kode, keluar: keluar.join('\n'), galat: galat.join('\n') };
}

/** A fresh folder with the example workbook as in.xlsx and a victim file. */
function folderBaru() {
  const folder = mkdtempSync(path.join(tmpdir(), 'keluaran-'));
  const masukan = path.join(folder, 'in.xlsx');
  copyFileSync(CONTOH, masukan);
  const korban = path.join(folder, 'penting.txt');
  writeFileSync(korban, 'laporan yang tidak boleh hilang');
  return { folder, masukan, korban, sidik: hash(masukan), sidikKorban: hash(korban) };
}

async function ditolak(pesan: RegExp | string, ...argv: string[]) {
  const r = await jalankan(...argv);
  expect(r.galat).toMatch(pesan);
  expect(r.kode).toBe(2);
  expect(r.galat.split('\n')).toHaveLength(1);
  return r;
}

describe('an output is never written onto an input', () => {
  test.each([
    ['a symlink to the input', (f: string, m: string) => symlinkSync(m, path.join(f, 'l.xlsx'))],
    ['a hard link to the input', (f: string, m: string) => linkSync(m, path.join(f, 'l.xlsx'))],
  ])('-o through %s: refused, input unchanged', async (_, buat, ...lain) => {
    void lain;
    const { folder, masukan, sidik } = folderBaru();
    buat(folder, masukan);
    await ditolak(
      'berkas keluaran tidak boleh sama dengan berkas masukan',
      'hitung',
      masukan,
      '-o',
      path.join(folder, 'l.xlsx'),
    );
    expect(hash(masukan)).toBe(sidik);
  });

  test('-o through a symlinked folder: refused', async () => {
    const { folder, masukan, sidik } = folderBaru();
    symlinkSync(folder, path.join(folder, 'd'));
    await ditolak(
      'berkas keluaran tidak boleh sama dengan berkas masukan',
      'hitung',
      masukan,
      '-o',
      path.join(folder, 'd', 'in.xlsx'),
    );
    expect(hash(masukan)).toBe(sidik);
  });

  test('--json onto the input (periksa, hitung) and --json onto -o: refused', async () => {
    const { folder, masukan, sidik } = folderBaru();
    await ditolak('tidak boleh sama dengan berkas masukan', 'periksa', masukan, '--json', masukan);
    await ditolak(
      'tidak boleh sama dengan berkas masukan',
      'hitung',
      masukan,
      '-o',
      path.join(folder, 'x.xlsx'),
      '--json',
      path.join(folder, 'd', '..', 'in.xlsx'),
    );
    const sama = path.join(folder, 'sama.xlsx');
    await ditolak(
      '-o dan --json menunjuk berkas yang sama',
      'hitung',
      masukan,
      '-o',
      sama,
      '--json',
      sama,
    );
    expect(existsSync(sama)).toBe(false);
    expect(hash(masukan)).toBe(sidik);
  });
});

describe('a file the user did not name is never replaced', () => {
  test('a symlink planted at the default output name is not followed', async () => {
    const { folder, masukan, korban, sidikKorban } = folderBaru();
    symlinkSync(korban, path.join(folder, 'in.capaian.xlsx'));
    await ditolak(/in\.capaian\.xlsx sudah ada dan tidak akan ditimpa/, 'hitung', masukan);
    expect(hash(korban)).toBe(sidikKorban);
  });

  test('an existing default output stays; named with -o it is replaced, as asked', async () => {
    const { folder, masukan } = folderBaru();
    const bawaan = path.join(folder, 'in.capaian.xlsx');
    writeFileSync(bawaan, 'suntingan pengguna');
    const r = await ditolak('sudah ada dan tidak akan ditimpa', 'hitung', masukan);
    expect(r.galat).toContain(`sebutkan dengan -o ${bawaan} untuk menggantinya`);
    expect(readFileSync(bawaan, 'utf8')).toBe('suntingan pengguna');
    expect((await jalankan('hitung', masukan, '-o', bawaan)).kode).toBe(0);
    expect(readFileSync(bawaan).subarray(0, 2).toString()).toBe('PK');
  });

  test('bab3 without -o keeps an existing .bab3.docx and writes beside it under a new name', async () => {
    const { folder, masukan } = folderBaru();
    writeFileSync(path.join(folder, 'in.bab3.docx'), 'draf yang sudah disunting');
    const r = await jalankan('bab3', masukan);
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain('in.bab3 (2).docx');
    expect(readFileSync(path.join(folder, 'in.bab3.docx'), 'utf8')).toBe(
      'draf yang sudah disunting',
    );
    expect(readFileSync(path.join(folder, 'in.bab3 (2).docx')).subarray(0, 2).toString()).toBe(
      'PK',
    );
  });
});

describe('where an output cannot go', () => {
  test('-o naming a folder, or a path below a file: exit 2 with the reason', async () => {
    const { folder, masukan, korban } = folderBaru();
    mkdirSync(path.join(folder, 'hasil.xlsx'));
    await ditolak('adalah folder', 'hitung', masukan, '-o', path.join(folder, 'hasil.xlsx'));
    await ditolak(
      `${korban} adalah berkas, bukan folder`,
      'hitung',
      masukan,
      '-o',
      path.join(korban, 'x.xlsx'),
    );
  });

  test('a full disk: exit 2 in words, the previous output whole, no temporary file left', async () => {
    const { folder, masukan } = folderBaru();
    const keluaran = path.join(folder, 'hasil.xlsx');
    writeFileSync(keluaran, 'keluaran baik sebelumnya');
    const tulis = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        syscall: 'write',
      });
    });
    try {
      const r = await ditolak(
        `tidak dapat menulis ${keluaran}: disk penuh (ENOSPC); berkas yang sudah ada di sana tetap utuh`,
        'hitung',
        masukan,
        '-o',
        keluaran,
      );
      expect(r.galat).not.toMatch(/no space|internal/);
    } finally {
      tulis.mockRestore();
    }
    expect(readFileSync(keluaran, 'utf8')).toBe('keluaran baik sebelumnya');
    expect(readdirSync(folder).filter((f) => f.includes('sementara'))).toEqual([]);
  });
});

describe('inputs that are not regular files are refused before they are read', () => {
  test('/dev/zero, a named pipe, a dangling symlink', async () => {
    await ditolak('bukan berkas biasa', 'hitung', '/dev/zero');
    const { folder } = folderBaru();
    const pipa = path.join(folder, 'pipa.xlsx');
    execFileSync('mkfifo', [pipa]);
    await ditolak('bukan berkas biasa', 'periksa', pipa);
    symlinkSync(path.join(folder, 'hilang.xlsx'), path.join(folder, 'putus.xlsx'));
    await ditolak('menunjuk berkas yang tidak ada', 'hitung', path.join(folder, 'putus.xlsx'));
  });
});

describe('terminal lines', () => {
  test('control characters and ANSI escapes from cells are shown escaped, not obeyed', async () => {
    const { buku, ws } = bukuIndikatorKecil();
    // XML can hold C1 controls (CSI, U+009B, is ESC [ on many terminals) and bidi overrides.
    ws.getCell('B2').value = 'Indikator\u009b2K\u009b1ARingkasan: 0 kesalahan\u202e';
    const folder = mkdtempSync(path.join(tmpdir(), 'ansi-'));
    const masukan = path.join(folder, 'ansi.xlsx');
    await buku.xlsx.writeFile(masukan);
    const r = await jalankan('hitung', masukan, '-o', path.join(folder, 'o.xlsx'));
    expect(r.kode).toBe(0);
    expect(r.keluar).not.toMatch(/[\x9b\u202e]/);
    expect(r.keluar).toContain('Indikator\\x9b2K\\x9b1ARingkasan: 0 kesalahan\\u202e: 81%');
  });

  test('our own leading blank lines stay', () => {
    expect(barisAman('\nTemuan: 1')).toBe('\nTemuan: 1');
    expect(barisAman('a\tb\u0007\u009b')).toBe('a\tb\\x07\\x9b');
  });
});
