/**
 * Where the CPU of `capaian hitung` goes, for `npm run bench`: its three
 * phases (read the workbook, recognise + compute, patch + write), each in
 * CPU time (user + system, every thread of the process), run `kali` times
 * on the same file in one fresh process, as the CLI runs them (the patch
 * writer takes the sheets the reader inflated). The first run pays V8's
 * compilation and warm-up; the later ones show the steady state. It loads
 * the compiled library (dist/lib), as the CLI does; the bench transpiles this
 * script to plain JavaScript and runs it as:
 *
 *   node fase-cli.js <akar proyek> masukan.xlsx kali
 *
 * and reads one JSON line per run: {"baca":ms,"mesin":ms,"tulis":ms}.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Pembaca = typeof import('../src/io/pembaca-xlsx');
type Mesin = typeof import('../src/engine/hitung');
type Penulis = typeof import('../src/io/tulis-rencana');
type Pemampat = typeof import('../src/io/pemampat-node');
type BagianTerbaca = import('../src/io/paket').BagianTerbaca;

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function jalankan(): Promise<void> {
  const [akar, berkas, kali] = process.argv.slice(2);
  const muat = createRequire(path.join(akar, 'package.json'));
  const { bacaGrid } = muat('./dist/lib/io/pembaca-xlsx') as Pembaca;
  const { hitungBuku } = muat('./dist/lib/engine/hitung') as Mesin;
  const { tulisDenganRencana } = muat('./dist/lib/io/tulis-rencana') as Penulis;
  const { pemampatNode } = muat('./dist/lib/io/pemampat-node') as Pemampat;
  const asli = new Uint8Array(readFileSync(berkas));
  for (let i = 0; i < Number(kali); i++) {
    const t0 = cpu();
    const terbaca: BagianTerbaca = new Map();
    const grids = await bacaGrid(asli, pemampatNode, terbaca);
    const t1 = cpu();
    const hasil = hitungBuku(grids);
    const t2 = cpu();
    const keluar = await tulisDenganRencana(asli, hasil.rencana, pemampatNode, terbaca);
    const t3 = cpu();
    if (keluar.disimpanUlang) throw new Error(`penambal menolak: ${keluar.disimpanUlang}`);
    console.log(JSON.stringify({ baca: t1 - t0, mesin: t2 - t1, tulis: t3 - t2 }));
  }
}

void jalankan();
