/**
 * Reading an .xlsx into Grids: ExcelJS (gridDariBuku(bukaBuku(..))) against
 * the reader of our own (bacaGrid), each read in a fresh process, with its
 * time and the process's peak RSS; and, given CLI builds (`--cli
 * label=path/to/bin/capaian.js`), `capaian hitung` end to end on the same
 * inputs and `capaian rekap` of 50 offices. Medians of 3. Inputs: a
 * 50k-row DPA (scripts/sintetis.ts) and the real SIPD exports in
 * ../shared/realworld when present.
 *
 *   npx ts-node --transpile-only scripts/ukur-pembaca.ts [--cli sebelum=..] [--cli sesudah=..]
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ULANG = 3;
const AKAR = path.join(__dirname, '..');
const NYATA = path.join(AKAR, '..', 'shared', 'realworld');

interface Ukuran {
  ms: number;
  rssMb: number;
}

/** One read in this process (child mode): prints {ms, rssMb, sel}. */
async function bacaSekali(cara: string, berkas: string): Promise<void> {
  // Modules loaded (and transpiled) before the clock starts: only the read is timed.
  const { pemampatNode } = await import('../src/io/pemampat-node');
  const baca =
    cara === 'exceljs'
      ? await import('../src/io/xlsx').then(
          (m) => async (d: Uint8Array) => m.gridDariBuku(await m.bukaBuku(d, pemampatNode)),
        )
      : await import('../src/io/pembaca-xlsx').then(
          (m) => (d: Uint8Array) => m.bacaGrid(d, pemampatNode),
        );
  const data = readFileSync(berkas);
  const mulai = performance.now();
  const grids = await baca(data);
  let sel = 0;
  for (const g of grids) for (const r of g.nilai) sel += r.length;
  const ms = performance.now() - mulai;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, rssMb, sel }));
}

function median(x: number[]): number {
  const s = [...x].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function ukurBaca(cara: string, berkas: string): Ukuran {
  const hasil: Ukuran[] = [];
  for (let i = 0; i < ULANG; i++) {
    const p = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', __filename, '--satu', cara, berkas],
      { cwd: AKAR, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (p.status !== 0) throw new Error(p.stderr);
    hasil.push(JSON.parse(p.stdout) as Ukuran);
  }
  return { ms: median(hasil.map((h) => h.ms)), rssMb: median(hasil.map((h) => h.rssMb)) };
}

/** `node bin <argumen>` (a command of the CLI), whole process: wall time and peak RSS (GNU time). */
function ukurCli(bin: string, argumen: string[]): Ukuran {
  const hasil: Ukuran[] = [];
  for (let i = 0; i < ULANG; i++) {
    const mulai = performance.now();
    const p = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...argumen], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const ms = performance.now() - mulai;
    if (p.status !== 0) throw new Error(p.stderr);
    const kb = Number(p.stderr.trim().split('\n').pop());
    hasil.push({ ms, rssMb: kb / 1024 });
  }
  return { ms: median(hasil.map((h) => h.ms)), rssMb: median(hasil.map((h) => h.rssMb)) };
}

async function dpa50k(folder: string): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const { isiDpa } = await import('./sintetis');
  const buku = new ExcelJS.Workbook();
  isiDpa(buku.addWorksheet('DPA 2024'), 50_000);
  const f = path.join(folder, 'dpa-50k.xlsx');
  writeFileSync(f, new Uint8Array((await buku.xlsx.writeBuffer()) as ArrayBuffer));
  return f;
}

async function utama(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--satu') return bacaSekali(args[1], args[2]);
  const cli: [string, string][] = [];
  for (let i = 0; i < args.length; i++)
    if (args[i] === '--cli') {
      const [label, bin] = args[++i].split('=');
      cli.push([label, path.resolve(bin)]);
    }
  const folder = mkdtempSync(path.join(tmpdir(), 'ukur-pembaca-'));
  const masukan: [string, string][] = [['DPA 50k baris', await dpa50k(folder)]];
  if (existsSync(NYATA))
    for (const f of readdirSync(NYATA).filter((n) => /^sipd_.*\.xlsx$/.test(n)))
      masukan.push([f, path.join(NYATA, f)]);
  else console.log(`(${NYATA} tidak ada: hanya DPA sintetis)`);
  if (cli.length) {
    // A kabupaten's rekap: 50 office workbooks (scripts/sintetis.ts bukuKantor).
    const { bukuKantor } = await import('./sintetis');
    const kantor = path.join(folder, 'kantor');
    mkdirSync(kantor);
    for (let i = 1; i <= 50; i++)
      writeFileSync(
        path.join(kantor, `kantor-${i}.xlsx`),
        new Uint8Array((await bukuKantor(i).xlsx.writeBuffer()) as ArrayBuffer),
      );
    for (const [label, bin] of cli) {
      const u = ukurCli(bin, ['rekap', kantor, '-o', path.join(folder, 'rekap.xlsx')]);
      console.log(
        `rekap 50 kantor (${label}): ${(u.ms / 1000).toFixed(2)} s, ${Math.round(u.rssMb)} MB`,
      );
    }
  }
  const f = (u: Ukuran) => `${(u.ms / 1000).toFixed(2)} s, ${Math.round(u.rssMb)} MB`;
  for (const [nama, berkas] of masukan) {
    const e = ukurBaca('exceljs', berkas);
    const k = ukurBaca('kami', berkas);
    console.log(
      `${nama}: baca ExcelJS ${f(e)} | pembaca sendiri ${f(k)} | ${(e.ms / k.ms).toFixed(1)}x lebih cepat`,
    );
    const keluar = path.join(folder, 'keluaran.xlsx');
    for (const [label, bin] of cli)
      console.log(`  hitung (${label}): ${f(ukurCli(bin, ['hitung', berkas, '-o', keluar]))}`);
  }
}

utama().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
