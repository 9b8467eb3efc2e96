/**
 * Benchmark (npm run bench): recognise + compute time and heap on
 * synthetic DPA tables of 1k to 200k rows and indicator tables; the CLI end
 * to end, side by side in one run, against the physical floor of the same
 * file (scripts/lantai-fisik.ts: inflate, scan every cell, deflate) and
 * against a bare ExcelJS read + write, with each process's peak RSS, at 5k,
 * 50k and 200k rows, a SIPD-like export and the real SIPD export of
 * ../shared/realworld when present; the Office adapter's sync count and
 * request size as rows grow (against the in-memory fake); production bundle
 * sizes; the rekap. Prints the goals as pass/fail and writes docs/kinerja.md.
 */
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { daftarBerkas } from '../src/cli/rekap';
import { hitungBuku } from '../src/engine/hitung';
import { bacaLembar, terapkanRencana } from '../src/excel/adaptor';
import { bukaBuku, gridDariBuku } from '../src/io/xlsx';
import { bacaGrid } from '../src/io/pembaca-xlsx';
import { pemampatNode } from '../src/io/pemampat-node';
import type { Grid } from '../src/sheet/grid';
import { BukuPalsu, KonteksPalsu } from '../test/excel/palsu-excel';
import { bukuKantor, bukuSipdTeks, gridDpa, isiDpa, isiIndikator } from './sintetis';

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

const gc = () => (global as { gc?: () => void }).gc?.();

async function mesin(): Promise<string[]> {
  const baris: string[] = [
    '| data | baris | kenali + hitung | baris/detik | heap tertahan | per baris | heap sesudah hitung, tanpa GC |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  // The DPA grids are made directly (what the reader makes of isiDpa's sheet, checked here at 1k).
  const dibaca = await bacaGrid(
    readFileSync(await buat('DPA-1000.xlsx', (ws) => isiDpa(ws, 1000))),
    pemampatNode,
  );
  if (
    !isDeepStrictEqual(
      JSON.parse(JSON.stringify(dibaca[0])),
      JSON.parse(JSON.stringify(gridDpa(1000))),
    )
  )
    throw new Error('gridDpa tidak sama dengan grid yang dibaca dari berkasnya');
  const waktu = new Map<number, number>();
  const heap = new Map<number, number>();
  const kasus: [string, number, () => Promise<Grid[]>][] = [
    ...[1000, 5000, 10000, 50000, 200000].map(
      (n) => ['DPA', n, async () => [gridDpa(n)]] as [string, number, () => Promise<Grid[]>],
    ),
    ...[1000, 10000].map(
      (n) =>
        [
          'indikator',
          n,
          async () =>
            gridDariBuku(
              await bukaBuku(
                readFileSync(await buat(`indikator-${n}.xlsx`, (ws) => isiIndikator(ws, n))),
              ),
            ),
        ] as [string, number, () => Promise<Grid[]>],
    ),
  ];
  for (const [jenis, n, grid] of kasus) {
    let grids: Grid[] | undefined = await grid();
    // Heap: what the engine's result holds after a full collection (the grid itself excluded),
    // and what is in use right after it returns, garbage included.
    gc();
    gc();
    const sebelum = process.memoryUsage().heapUsed;
    let hasil: ReturnType<typeof hitungBuku> | undefined = hitungBuku(grids);
    const tanpaGc = process.memoryUsage().heapUsed - sebelum;
    gc();
    const tertahan = process.memoryUsage().heapUsed - sebelum;
    const jumlahTabel = hasil.tabel.length;
    hasil = undefined;
    // Every size, 200 000 rows too: the median of runs after the one above (which measures the
    // heap), so that each size is timed the same way. The first run at a size also grows the heap.
    // Five runs up to 50 000 rows (the host is shared: the linearity ratio divides two timings), three above.
    const ms = (await ukur(() => hitungBuku(grids!), n <= 50000 ? 5 : 3)).ms;
    grids = undefined;
    gc();
    if (jenis === 'DPA') {
      waktu.set(n, ms);
      heap.set(n, tertahan);
    }
    baris.push(
      `| ${jenis} (${jumlahTabel} tabel) | ${n.toLocaleString('id-ID')} | ${ms.toFixed(0)} ms | ${Math.round((n / ms) * 1000).toLocaleString('id-ID')} | ${mb(Math.max(tertahan, 0))} | ${kb(Math.max(tertahan, 0) / n)} | ${mb(Math.max(tanpaGc, 0))} |`,
    );
  }
  const contoh = gridDariBuku(
    await bukaBuku(readFileSync(path.join(AKAR, 'examples', 'contoh-lkjip.xlsx'))),
  );
  const c = await ukur(() => hitungBuku(contoh), 5);
  baris.push(
    `| contoh-lkjip.xlsx (8 tabel) | ${contoh.reduce((a, g) => a + g.nilai.length, 0)} | ${c.ms.toFixed(1)} ms | - | - | - | - |`,
  );
  const [t5, t50, t200] = [5000, 50000, 200000].map((n) => waktu.get(n)!);
  const [h50, h200] = [50000, 200000].map((n) => heap.get(n)!);
  tujuan.push({
    nama: 'kenali + hitung 50 ribu baris DPA < 1 detik',
    lulus: t50 < 1000,
    nilai: `${t50.toFixed(0)} ms`,
  });
  tujuan.push({
    nama: 'waktu mesin linear: 50 ribu <= 12 x 5 ribu, 200 ribu <= 4,4 x 50 ribu',
    lulus: t50 <= 12 * t5 && t200 <= 4.4 * t50,
    nilai: `${(t50 / t5).toFixed(1)} x, ${(t200 / t50).toFixed(1)} x`,
  });
  tujuan.push({
    nama: 'heap mesin (tertahan) 50 ribu baris DPA <= 100 MB',
    lulus: h50 <= 100 * 1024 * 1024,
    nilai: mb(h50),
  });
  tujuan.push({
    nama: 'heap mesin linear: 200 ribu <= 4,4 x 50 ribu',
    lulus: h200 <= 4.4 * h50,
    nilai: `${mb(h200)} (${(h200 / h50).toFixed(1)} x)`,
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

/**
 * A fresh Node process: wall time, CPU time (user + system, all its threads)
 * and peak RSS (KiB), both as the process itself counts them, and what it printed.
 */
function proses(
  args: string[],
  env: Record<string, string> = {},
): { ms: number; cpu: number; rss: number; keluar: string } {
  const berkasRss = path.join(TMP, 'rss.json');
  rmSync(berkasRss, { force: true });
  const t = performance.now();
  const keluar = execFileSync(process.execPath, ['-r', path.join(TMP, 'rss.js'), ...args], {
    cwd: AKAR,
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_RSS: berkasRss },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  const { rss, cpu } = JSON.parse(readFileSync(berkasRss, 'utf8')) as { rss: number; cpu: number };
  return { ms, cpu, rss, keluar };
}

/** A script of this folder as plain JavaScript in the bench's folder, for a fresh process. */
function jsDariSkrip(nama: string): string {
  const js = path.join(TMP, nama.replace(/\.ts$/, '.js'));
  writeFileSync(
    js,
    ts.transpileModule(readFileSync(path.join(__dirname, nama), 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    }).outputText,
  );
  return js;
}

/** The physical floor (scripts/lantai-fisik.ts) as plain JavaScript, and the RSS probe every child loads. */
function siapkanProses(): { lantaiFisik: string; lantaiExcelJs: string } {
  const lantaiFisik = jsDariSkrip('lantai-fisik.ts');
  writeFileSync(
    path.join(TMP, 'rss.js'),
    `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.BENCH_RSS, JSON.stringify({ rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n`,
  );
  const lantaiExcelJs = path.join(TMP, 'lantai-exceljs.js');
  writeFileSync(
    lantaiExcelJs,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
const b = new ExcelJS.Workbook();
b.xlsx.readFile(process.argv[2]).then(() => b.xlsx.writeFile(process.argv[3]));
`,
  );
  return { lantaiFisik, lantaiExcelJs };
}

const SIPD_NYATA = path.join(
  AKAR,
  '..',
  'shared',
  'realworld',
  'sipd_realisasi_belanja_sumenep_2024.xlsx',
);

/**
 * The CLI end to end against the physical floor and ExcelJS, side by side:
 * fresh processes taken in turn (a slow spell of the machine hits all
 * three), medians; peak RSS of each process; which writer the CLI used.
 */
async function fisik(): Promise<{
  tabel: string[];
  catatan: string[];
  /** The floor's CPU time (median) of the 50 000-row DPA and of the real SIPD export, when present. */
  lantai: Map<string, { berkas: string; cpu: number }>;
}> {
  const { lantaiFisik, lantaiExcelJs } = siapkanProses();
  const kasus: { nama: string; berkas: string; kali: number; nyata?: boolean }[] = [];
  for (const [n, kali] of [
    [5000, 3],
    [50000, 3],
    [200000, 1],
  ]) {
    const berkas = path.join(TMP, `DPA-${n}.xlsx`);
    if (!existsSync(berkas)) {
      const buku = new ExcelJS.Workbook();
      isiDpa(buku.addWorksheet('Data'), n);
      await buku.xlsx.writeFile(berkas);
    }
    kasus.push({ nama: `DPA ${n.toLocaleString('id-ID')} baris`, berkas, kali });
  }
  const mirip = path.join(TMP, 'sipd-teks-4x3000.xlsx');
  await bukuSipdTeks(4, 3000, 1).xlsx.writeFile(mirip);
  kasus.push({
    nama: 'mirip ekspor SIPD: 4 lembar x 3.000 baris, angka sebagai teks',
    berkas: mirip,
    kali: 1,
  });
  const catatan: string[] = [];
  if (existsSync(SIPD_NYATA))
    kasus.push({
      nama: 'ekspor SIPD nyata (realisasi belanja, 6 lembar)',
      berkas: SIPD_NYATA,
      kali: 3,
      nyata: true,
    });
  else catatan.push('Ekspor SIPD nyata dilewati: ../shared/realworld tidak ada di mesin ini.');
  const tabel = [
    '| berkas | baris | lantai fisik | capaian hitung | ExcelJS baca + tulis | capaian ÷ lantai (CPU) | capaian ÷ ExcelJS (CPU) | ÷ lantai (dinding) | RSS puncak capaian | per baris | RSS lantai | RSS ExcelJS | penulis capaian |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  type Ukuran = { ms: number; cpu: number; rss: number };
  const hasil = new Map<string, { rasio: number; cpu: number; rss: number; tambalan: boolean }>();
  const lantai = new Map<string, { berkas: string; cpu: number }>();
  for (const k of kasus) {
    const ukur: Record<'lantai' | 'capaian' | 'exceljs', Ukuran[]> = {
      lantai: [],
      capaian: [],
      exceljs: [],
    };
    let baris = 0;
    let keluaranCapaian = '';
    for (let i = 0; i < k.kali; i++) {
      const l = proses([lantaiFisik, k.berkas, path.join(TMP, 'lantai.xlsx')], {
        LANTAI_CERITA: '1',
      });
      baris = Number(/(\d+) baris/.exec(l.keluar)?.[1] ?? 0);
      const c = proses([
        path.join(AKAR, 'bin', 'capaian.js'),
        'hitung',
        k.berkas,
        '-o',
        path.join(TMP, 'keluar.xlsx'),
      ]);
      keluaranCapaian = c.keluar;
      const e = proses([lantaiExcelJs, k.berkas, path.join(TMP, 'exceljs.xlsx')]);
      ukur.lantai.push(l);
      ukur.capaian.push(c);
      ukur.exceljs.push(e);
    }
    // Medians of wall and CPU time; the highest peak RSS of the runs.
    const m = (x: Ukuran[]) => ({
      ms: median(x.map((u) => u.ms)),
      cpu: median(x.map((u) => u.cpu)),
      rss: Math.max(...x.map((u) => u.rss)),
    });
    const [l, c, e] = [m(ukur.lantai), m(ukur.capaian), m(ukur.exceljs)];
    // The CLI says when it saved through ExcelJS instead of patching.
    const tambalan = !/disimpan ulang dengan ExcelJS/.test(keluaranCapaian);
    const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
    const waktu = (u: { ms: number; cpu: number }) =>
      `${u.ms.toFixed(0)} ms (CPU ${u.cpu.toFixed(0)})`;
    tabel.push(
      `| ${k.nama} | ${baris.toLocaleString('id-ID')} | ${waktu(l)} | ${waktu(c)} | ${waktu(e)} | ${(c.cpu / l.cpu).toFixed(2)} | ${(c.cpu / e.cpu).toFixed(2)} | ${(c.ms / l.ms).toFixed(2)} | ${mib(c.rss)} | ${(c.rss / Math.max(baris, 1)).toFixed(1)} KB | ${mib(l.rss)} | ${mib(e.rss)} | ${tambalan ? 'tambalan XML' : 'ExcelJS (tambalan menolak)'} |`,
    );
    hasil.set(k.nyata ? 'nyata' : k.berkas, {
      rasio: c.cpu / l.cpu,
      cpu: c.cpu,
      rss: c.rss,
      tambalan,
    });
    if (k.nyata || k.berkas.endsWith('DPA-50000.xlsx'))
      lantai.set(k.nama, { berkas: k.berkas, cpu: l.cpu });
    if (k.berkas.endsWith('DPA-50000.xlsx')) {
      tujuan.push({
        nama: 'CLI ujung ke ujung <= 1,5 x ExcelJS baca + tulis (50 ribu baris, waktu CPU)',
        lulus: c.cpu / e.cpu <= 1.5,
        nilai: (c.cpu / e.cpu).toFixed(2),
      });
    }
  }
  const d50 = hasil.get(path.join(TMP, 'DPA-50000.xlsx'))!;
  const d200 = hasil.get(path.join(TMP, 'DPA-200000.xlsx'))!;
  tujuan.push({
    nama: 'CLI 50 ribu baris <= 3 x lantai fisik, waktu CPU (target jauh: 2 x)',
    lulus: d50.rasio <= 3,
    nilai: `${d50.rasio.toFixed(2)} x`,
  });
  tujuan.push({
    nama: 'RSS puncak CLI 50 ribu baris <= 250 MB',
    lulus: d50.rss <= 250 * 1024,
    nilai: `${(d50.rss / 1024).toFixed(0)} MB`,
  });
  tujuan.push({
    nama: 'CLI linear: 200 ribu <= 4,4 x 50 ribu (waktu CPU)',
    lulus: d200.cpu <= 4.4 * d50.cpu,
    nilai: `${(d200.cpu / d50.cpu).toFixed(1)} x`,
  });
  const nyata = hasil.get('nyata');
  tujuan.push({
    nama: 'ekspor SIPD nyata ditulis penambal (tanpa ExcelJS), <= 4 x lantai fisiknya (waktu CPU)',
    lulus: nyata ? nyata.tambalan && nyata.rasio <= 4 : false,
    nilai: nyata
      ? `${nyata.tambalan ? 'tambalan' : 'ExcelJS'}, ${nyata.rasio.toFixed(2)} x`
      : 'dilewati (tidak ada ../shared/realworld)',
  });
  return { tabel, catatan, lantai };
}

/**
 * Where the CLI's CPU goes (scripts/fase-cli.ts): its three phases run four times on the same
 * file in one fresh process. The first run is what `capaian hitung` costs; the later ones are
 * the steady state, without V8's compilation and warm-up. Set against the floor of the table above.
 */
function fase(lantai: Map<string, { berkas: string; cpu: number }>): string[] {
  const skrip = jsDariSkrip('fase-cli.ts');
  const baris = [
    '| berkas | jalan ke | baca | kenali + hitung | tambal + tulis | jumlah | ÷ lantai fisik |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [nama, { berkas, cpu }] of lantai) {
    proses([skrip, AKAR, berkas, '4'])
      .keluar.trim()
      .split('\n')
      .forEach((j, i) => {
        const f = JSON.parse(j) as { baca: number; mesin: number; tulis: number };
        const jumlah = f.baca + f.mesin + f.tulis;
        baris.push(
          `| ${nama} | ${i + 1} | ${f.baca.toFixed(0)} ms | ${f.mesin.toFixed(0)} ms | ${f.tulis.toFixed(0)} ms | ${jumlah.toFixed(0)} ms | ${(jumlah / cpu).toFixed(2)} x |`,
        );
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
    const grid = gridDpa(n);
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

/**
 * The rekap before the I/O work of issue 18 (docs/kinerja.md at 3c61759,
 * 2026-11-23, this machine, 1 worker thread): the goal is to be faster.
 */
const REKAP_SEBELUM: Record<string, number> = {
  '50 perangkat daerah (kecil)': 1429,
  '10 perangkat daerah besar': 3176,
};

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
    const sebelum = REKAP_SEBELUM[nama];
    tujuan.push({
      nama: `rekap ${nama} lebih cepat dari sebelum I/O sendiri (1 thread: ${sebelum} ms, 2026-11-23)`,
      nilai: `${satu.ms.toFixed(0)} ms`,
      lulus: satu.ms < sebelum,
    });
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
  const mulai = performance.now();
  const mesinTabel = await mesin();
  bangunPustaka();
  const fisikTabel = await fisik();
  const faseTabel = fase(fisikTabel.lantai);
  const adaptorTabel = await adaptor();
  const bundelTabel = bundel();
  const rekapTabel = await rekap();
  const kontrolTabel = await kontrolParalel();
  const cpu = os.cpus()[0]?.model ?? 'tidak diketahui';
  const teks = [
    '# Kinerja Capaian',
    '',
    `Diukur dengan \`npm run bench\` pada ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} inti (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}; seluruh bench ${((performance.now() - mulai) / 60000).toFixed(1)} menit. Mesin ini dipakai bersama proses lain: angka waktu bisa bergeser puluhan persen antarjalan, rasio yang diukur bergantian lebih stabil.`,
    '',
    '## Tujuan',
    '',
    '| tujuan | hasil | lulus |',
    '|---|---:|:---:|',
    ...tujuan.map((t) => `| ${t.nama} | ${t.nilai} | ${t.lulus ? 'ya' : 'TIDAK'} |`),
    '',
    '## Mesin: pengenalan tabel dan perhitungan',
    '',
    'Grid DPA dibuat langsung (sama dengan grid yang dibaca pembaca Capaian dari berkas `isiDpa`, diperiksa pada 1.000 baris), tanpa membaca berkas. Waktu: median 5 kali sampai 50 ribu baris dan 3 kali pada 200 ribu, setelah satu kali jalan yang mengukur heap (juga pada 200 ribu baris: jalan pertama pada suatu ukuran ikut membesarkan heap). Heap tertahan: heap yang dipegang hasil mesin setelah pengumpulan sampah penuh (grid tidak dihitung); heap sesudah hitung: yang terpakai tepat setelah mesin selesai, sampah belum dikumpulkan (cara ukur lama).',
    '',
    ...mesinTabel,
    '',
    '## Baris perintah ujung ke ujung, lantai fisik, ExcelJS, memori',
    '',
    'Tiga proses Node baru per berkas, bergantian, median (3 kali; 1 kali pada 200 ribu baris dan berkas mirip SIPD): lantai fisik (`scripts/lantai-fisik.ts`: kembangkan setiap bagian zip, pindai setiap sel setiap lembar, mampatkan setiap bagian ke zip baru, dengan deflate dan CRC-32 yang sama dengan penulis Capaian), `capaian hitung`, dan ExcelJS baca + tulis tanpa menghitung. Waktu dinding dan waktu CPU (user + system, semua thread proses, diukur proses itu sendiri); rasio dan tujuan memakai waktu CPU, karena mesin ini dipakai bersama proses lain yang merebut inti (waktu dinding ikut melonjak, waktu CPU jauh lebih tenang). RSS puncak: `maxRSS` proses itu sendiri (tertinggi dari semua kali jalan); per baris: RSS puncak capaian dibagi jumlah baris berkas (pada 5 ribu baris didominasi RSS dasar Node). Penulis: tambalan XML, atau ExcelJS bila penambal menolak berkasnya (CLI mengatakannya).',
    '',
    ...fisikTabel.tabel,
    '',
    ...(fisikTabel.catatan.length ? [...fisikTabel.catatan, ''] : []),
    '### Ke mana waktu CPU CLI pergi: jalan pertama dan jalan berikutnya',
    '',
    'Tiga tahap `capaian hitung` (baca buku kerja; kenali + hitung; tambal + tulis), waktu CPU (semua thread), dijalankan 4 kali pada berkas yang sama di satu proses Node baru (`scripts/fase-cli.ts`, pustaka terkompilasi seperti CLI). Jalan pertama = biaya CLI sebenarnya, termasuk kompilasi dan pemanasan V8; jalan berikutnya = keadaan tunak. Tanpa awal proses Node (sekitar 0,1 detik, juga dibayar lantai fisik). Rasio terhadap waktu CPU lantai fisik berkas itu pada tabel di atas.',
    '',
    ...faseTabel,
    '',
    '## Adaptor Office.js (terhadap tiruan API Excel)',
    '',
    'Jumlah sync baca dan tulis (tulis: baca cadangan dan periksa proteksi, lalu tulis) seperti terukur di bawah; permintaan di atas 4,5 MB dipotong per blok baris.',
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

if (require.main === module) void jalankan();

/** Parts of the bench, for running one alone while working on it. */
export { bangunPustaka, fisik, mesin, tujuan };
