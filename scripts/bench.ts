/**
 * Benchmark (npm run bench): synthetic DPA and indicator workbooks of 1k to
 * 50k rows plus the example; recognise + compute time, rows per second,
 * memory; the CLI end to end against the bare ExcelJS read + write of the
 * same file; the Office adapter's sync count and request size as rows grow
 * (against the in-memory fake); production bundle sizes. Prints the goals
 * as pass/fail and writes docs/kinerja.md.
 */
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { daftarBerkas } from '../src/cli/rekap';
import { hitungBuku } from '../src/engine/hitung';
import { bacaLembar, terapkanRencana } from '../src/excel/adaptor';
import { pemampatNode } from '../src/io/pemampat-node';
import { tambalBuku } from '../src/io/tambal-xlsx';
import { bukaBuku, gridDariBuku } from '../src/io/xlsx';
import { BukuPalsu, KonteksPalsu } from '../test/excel/palsu-excel';
import { bukuKantor, isiDpa, isiIndikator } from './sintetis';

const AKAR = path.join(__dirname, '..');
const TMP = mkdtempSync(path.join(os.tmpdir(), 'capaian-bench-'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function ukur<T>(f: () => Promise<T> | T, kali = 3): Promise<{ ms: number; hasil: T }> {
  const waktu: number[] = [];
  let hasil!: T;
  for (let i = 0; i < kali; i++) {
    const t = performance.now();
    hasil = await f();
    waktu.push(performance.now() - t);
  }
  return { ms: median(waktu), hasil };
}

async function buat(nama: string, isi: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const buku = new ExcelJS.Workbook();
  isi(buku.addWorksheet('Data'));
  const berkas = path.join(TMP, nama);
  await buku.xlsx.writeFile(berkas);
  return berkas;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const tujuan: { nama: string; lulus: boolean; nilai: string }[] = [];

async function mesin(): Promise<string[]> {
  const baris: string[] = [
    '| data | baris | kenali + hitung | baris/detik | memori heap |',
    '|---|---:|---:|---:|---:|',
  ];
  const waktu = new Map<number, number>();
  const kasus: [string, number, (ws: ExcelJS.Worksheet) => void][] = [
    ...[1000, 5000, 10000, 50000].map(
      (n) =>
        [`DPA`, n, (ws: ExcelJS.Worksheet) => isiDpa(ws, n)] as [
          string,
          number,
          (ws: ExcelJS.Worksheet) => void,
        ],
    ),
    ...[1000, 10000].map(
      (n) =>
        [`indikator`, n, (ws: ExcelJS.Worksheet) => isiIndikator(ws, n)] as [
          string,
          number,
          (ws: ExcelJS.Worksheet) => void,
        ],
    ),
  ];
  for (const [jenis, n, isi] of kasus) {
    const berkas = await buat(`${jenis}-${n}.xlsx`, isi);
    const grids = gridDariBuku(await bukaBuku(readFileSync(berkas)));
    (global as { gc?: () => void }).gc?.();
    const sebelum = process.memoryUsage().heapUsed;
    const { ms, hasil } = await ukur(() => hitungBuku(grids));
    const memori = process.memoryUsage().heapUsed - sebelum;
    if (jenis === 'DPA') waktu.set(n, ms);
    baris.push(
      `| ${jenis} (${hasil.tabel.length} tabel) | ${n} | ${ms.toFixed(0)} ms | ${Math.round((n / ms) * 1000).toLocaleString('id-ID')} | ${mb(Math.max(memori, 0))} |`,
    );
  }
  const contoh = gridDariBuku(
    await bukaBuku(readFileSync(path.join(AKAR, 'examples', 'contoh-lkjip.xlsx'))),
  );
  const c = await ukur(() => hitungBuku(contoh), 5);
  baris.push(
    `| contoh-lkjip.xlsx (8 tabel) | ${contoh.reduce((a, g) => a + g.nilai.length, 0)} | ${c.ms.toFixed(1)} ms | - | - |`,
  );
  const t50 = waktu.get(50000)!;
  const t5 = waktu.get(5000)!;
  tujuan.push({
    nama: 'kenali + hitung 50 ribu baris DPA < 1 detik',
    lulus: t50 < 1000,
    nilai: `${t50.toFixed(0)} ms`,
  });
  tujuan.push({
    nama: 'waktu linear: 50 ribu <= 12 x 5 ribu',
    lulus: t50 <= 12 * t5,
    nilai: `${(t50 / t5).toFixed(1)} x`,
  });
  return baris;
}

/** The compiled library, as users run it (the CLI and the rekap workers need it). */
function bangunPustaka(): void {
  execFileSync(
    process.execPath,
    [
      path.join(AKAR, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      path.join(AKAR, 'tsconfig.lib.json'),
    ],
    { cwd: AKAR },
  );
}

/** Wall time of a fresh Node process, in ms. */
function waktuProses(args: string[]): number {
  const t = performance.now();
  execFileSync(process.execPath, args, { cwd: AKAR, stdio: 'ignore' });
  return performance.now() - t;
}

async function cli(): Promise<string[]> {
  const baris = [
    '| berkas | ExcelJS baca + tulis (lantai) | capaian hitung | rasio | penulis capaian |',
    '|---|---:|---:|---:|---|',
  ];
  // Both as fresh processes, as a user runs them, taken in turn so that a slow spell of the machine hits both.
  const lantaiJs = path.join(TMP, 'lantai.js');
  writeFileSync(
    lantaiJs,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
const b = new ExcelJS.Workbook();
b.xlsx.readFile(process.argv[2]).then(() => b.xlsx.writeFile(process.argv[3]));
`,
  );
  for (const n of [10000, 50000]) {
    const berkas = path.join(TMP, `DPA-${n}.xlsx`);
    const lantai: number[] = [];
    const penuh: number[] = [];
    for (let i = 0; i < 5; i++) {
      lantai.push(waktuProses([lantaiJs, berkas, path.join(TMP, 'lantai.xlsx')]));
      penuh.push(
        waktuProses([
          path.join(AKAR, 'bin', 'capaian.js'),
          'hitung',
          berkas,
          '-o',
          path.join(TMP, 'keluar.xlsx'),
        ]),
      );
    }
    const rasio = median(penuh) / median(lantai);
    // Which writer the command used: the patch, or ExcelJS when the patch refused the file.
    const asli = readFileSync(berkas);
    const tambalan = await tambalBuku(
      asli,
      hitungBuku(gridDariBuku(await bukaBuku(asli))).rencana,
      pemampatNode,
    );
    const penulis = 'data' in tambalan ? 'tambalan XML' : `ExcelJS (${tambalan.alasan})`;
    baris.push(
      `| DPA ${n} baris | ${median(lantai).toFixed(0)} ms | ${median(penuh).toFixed(0)} ms | ${rasio.toFixed(2)} | ${penulis} |`,
    );
    if (n === 50000)
      tujuan.push({
        nama: 'CLI ujung ke ujung <= 1,5 x lantai ExcelJS',
        lulus: rasio <= 1.5,
        nilai: rasio.toFixed(2),
      });
  }
  return baris;
}

async function adaptor(): Promise<string[]> {
  const baris = [
    '| baris | sync baca | sync tulis | permintaan terbesar | total dikirim |',
    '|---:|---:|---:|---:|---:|',
  ];
  const syncTulis: number[] = [];
  for (const n of [1000, 10000, 50000]) {
    const buku = new BukuPalsu();
    const l = buku.tambah('DPA');
    const grid = gridDariBuku(
      await bukaBuku(
        readFileSync(
          path.join(TMP, `DPA-${n === 50000 ? 50000 : n === 10000 ? 10000 : 1000}.xlsx`),
        ),
      ),
    )[0];
    l.isi(grid.barisAwal, grid.kolomAwal, grid.nilai, grid.format);
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, { api19: true, api113: true });
    const baca = ctx.jumlahSync;
    const hasil = hitungBuku([g]);
    await terapkanRencana(ctx, { api19: true, api113: true }, hasil.rencana);
    const tulis = ctx.jumlahSync - baca;
    const kirim = ctx.ukuranPermintaan.slice(baca);
    syncTulis.push(tulis);
    baris.push(
      `| ${n} | ${baca} | ${tulis} | ${kb(Math.max(...kirim))} | ${kb(kirim.reduce((a, b) => a + b, 0))} |`,
    );
  }
  const konstan = syncTulis[0] === syncTulis[1];
  tujuan.push({
    nama: 'jumlah sync tetap di bawah batas potong (1 rb dan 10 rb baris)',
    lulus: konstan,
    nilai: syncTulis.join(', '),
  });
  return baris;
}

function bundel(): string[] {
  const folder = path.join(AKAR, 'dist', 'addin');
  if (!existsSync(folder))
    execFileSync(
      process.execPath,
      [path.join(AKAR, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'],
      { cwd: AKAR, stdio: 'ignore' },
    );
  const html = readFileSync(path.join(folder, 'taskpane.html'), 'utf8');
  const awal = [...html.matchAll(/src="?([a-z0-9.]+\.js)/g)].map((m) => m[1]);
  const ukuran = (fs: string[]) =>
    fs.reduce(
      (a, f) => {
        const isi = readFileSync(path.join(folder, f));
        return { mentah: a.mentah + isi.length, gzip: a.gzip + gzipSync(isi, { level: 9 }).length };
      },
      { mentah: 0, gzip: 0 },
    );
  const panel = ukuran(awal);
  const perintah = ukuran(readdirSync(folder).filter((f) => /^commands\..*\.js$/.test(f)));
  const lain = readdirSync(folder).filter(
    (f) => f.endsWith('.js') && !awal.includes(f) && !f.startsWith('commands.'),
  );
  const malas = ukuran(lain);
  tujuan.push({
    nama: 'bundel perintah <= 80 KB gzip',
    lulus: perintah.gzip <= 80 * 1024,
    nilai: kb(perintah.gzip),
  });
  tujuan.push({
    nama: 'JS awal panel <= 300 KB gzip (ExcelJS hanya di potongan malas)',
    lulus: panel.gzip <= 300 * 1024,
    nilai: kb(panel.gzip),
  });
  return [
    '| bundel | mentah | gzip |',
    '|---|---:|---:|',
    `| panel, JS awal | ${kb(panel.mentah)} | ${kb(panel.gzip)} |`,
    `| perintah pita | ${kb(perintah.mentah)} | ${kb(perintah.gzip)} |`,
    `| mode mandiri (ExcelJS, dimuat saat dibutuhkan) | ${kb(malas.mentah)} | ${kb(malas.gzip)} |`,
  ];
}

async function rekap(): Promise<string[]> {
  const kecil = mkdtempSync(path.join(TMP, 'kantor-'));
  for (let i = 1; i <= 50; i++)
    await bukuKantor(i).xlsx.writeFile(
      path.join(kecil, `kantor-${String(i).padStart(2, '0')}.xlsx`),
    );
  // Larger offices: 3 000 DPA rows and 200 indicators each.
  const besar = mkdtempSync(path.join(TMP, 'kantor-besar-'));
  for (let i = 1; i <= 10; i++) {
    const buku = new ExcelJS.Workbook();
    isiIndikator(buku.addWorksheet('Kinerja'), 200, i);
    isiDpa(buku.addWorksheet('DPA'), 3000, i);
    await buku.xlsx.writeFile(path.join(besar, `kantor-${i}.xlsx`));
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prosesFolder } = require(
    path.join(AKAR, 'dist', 'lib', 'cli', 'rekap.js'),
  ) as typeof import('../src/cli/rekap');
  const baris = [
    '| folder | 1 thread pekerja | 2 thread pekerja | percepatan |',
    '|---|---:|---:|---:|',
  ];
  for (const [nama, folder] of [
    ['50 perangkat daerah (kecil)', kecil],
    ['10 perangkat daerah besar', besar],
  ]) {
    const berkas = daftarBerkas(folder);
    const satu = await ukur(() => prosesFolder(berkas, {}, undefined, 1), 3);
    const dua = await ukur(() => prosesFolder(berkas, {}, undefined, 2), 3);
    baris.push(
      `| ${nama} | ${satu.ms.toFixed(0)} ms | ${dua.ms.toFixed(0)} ms (${dua.hasil.kantor.length} terbaca) | ${(satu.ms / dua.ms).toFixed(2)} x |`,
    );
  }
  return baris;
}

/**
 * How much two threads gain on this machine for work with no shared state:
 * the same total work split over 1 or 2 threads, pure arithmetic and
 * object allocation (what parsing a workbook mostly is).
 */
async function kontrolParalel(): Promise<string[]> {
  const kerja = {
    aritmetika: 'let x = 0; for (let i = 0; i < N * 4000; i++) x = (x + (i & 7)) | 0;',
    'alokasi objek':
      'let n = 0; for (let k = 0; k < N; k++) { const a = []; for (let i = 0; i < 4000; i++) a.push({ i, s: "a" + i, b: [i] }); n += a.length; }',
  };
  const jalan = (kode: string, thread: number, total: number) =>
    Promise.all(
      Array.from(
        { length: thread },
        () =>
          new Promise<void>((selesai, gagal) => {
            const w = new Worker(`const N = ${total / thread}; ${kode}`, { eval: true });
            w.on('exit', () => selesai());
            w.on('error', gagal);
          }),
      ),
    );
  const baris = ['| kerja yang sama | 1 thread | 2 thread | percepatan |', '|---|---:|---:|---:|'];
  for (const [nama, kode] of Object.entries(kerja)) {
    const total = nama === 'aritmetika' ? 200_000 : 6_000;
    const satu = await ukur(() => jalan(kode, 1, total), 3);
    const dua = await ukur(() => jalan(kode, 2, total), 3);
    baris.push(
      `| ${nama} | ${satu.ms.toFixed(0)} ms | ${dua.ms.toFixed(0)} ms | ${(satu.ms / dua.ms).toFixed(2)} x |`,
    );
  }
  return baris;
}

async function jalankan(): Promise<void> {
  const mesinTabel = await mesin();
  bangunPustaka();
  const cliTabel = await cli();
  const adaptorTabel = await adaptor();
  const bundelTabel = bundel();
  const rekapTabel = await rekap();
  const kontrolTabel = await kontrolParalel();
  const cpu = os.cpus()[0]?.model ?? 'tidak diketahui';
  const teks = [
    '# Kinerja Capaian',
    '',
    `Diukur dengan \`npm run bench\` pada ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} inti (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}. Waktu adalah median dari 3 kali jalan.`,
    '',
    '## Tujuan',
    '',
    '| tujuan | hasil | lulus |',
    '|---|---:|:---:|',
    ...tujuan.map((t) => `| ${t.nama} | ${t.nilai} | ${t.lulus ? 'ya' : 'TIDAK'} |`),
    '',
    '## Mesin: pengenalan tabel dan perhitungan',
    '',
    ...mesinTabel,
    '',
    '## Baris perintah ujung ke ujung',
    '',
    'Lantai: membaca dan menulis berkas yang sama dengan ExcelJS tanpa menghitung apa pun. Keduanya proses Node baru (seperti pengguna menjalankannya), bergantian, median dari 5 kali. `capaian hitung` membaca dengan ExcelJS, lalu menambal XML lembar yang dihitung di berkas aslinya (bagian lain disalin apa adanya) alih-alih menyimpan ulang seluruh buku kerja dengan ExcelJS; sebelum penambal ini rasionya 1,99 pada 50 ribu baris.',
    '',
    ...cliTabel,
    '',
    '## Adaptor Office.js (terhadap tiruan API Excel)',
    '',
    'Baca 1 sync; tulis 2 sync (baca cadangan dan periksa proteksi, lalu tulis) selama permintaan di bawah 4,5 MB; di atasnya dipotong per blok baris.',
    '',
    ...adaptorTabel,
    '',
    '## Ukuran bundel produksi',
    '',
    ...bundelTabel,
    '',
    '## Rekap kabupaten',
    '',
    ...rekapTabel,
    '',
    'Pembanding: seberapa besar dua thread mempercepat kerja tanpa data bersama di mesin ini (kerja yang sama dibagi ke 1 atau 2 thread).',
    '',
    ...kontrolTabel,
    '',
  ].join('\n');
  writeFileSync(path.join(AKAR, 'docs', 'kinerja.md'), teks);
  console.log(teks);
  const gagal = tujuan.filter((t) => !t.lulus);
  console.log(gagal.length ? `\n${gagal.length} tujuan TIDAK tercapai` : '\nsemua tujuan tercapai');
}

void jalankan();
