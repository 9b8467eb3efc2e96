/**
 * Scores the engine on real workbooks with hand-checked values: the folder
 * `../shared/realworld/` and its `expected.json` (see its README). For each
 * file: checked values right, error findings on correct stated cells (false
 * alarms), listed mistakes reported at their cells, tables found where there
 * are none. Run: npm run korpus [-- <folder>]. The corpus test uses the same
 * scoring (test/korpus/korpus.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hitungBuku } from '../src/engine/hitung';
import type { HasilBaris, HasilBuku, Temuan } from '../src/engine/hasil';
import { pemampatNode } from '../src/io/pemampat-node';
import { bacaGrid } from '../src/io/pembaca-xlsx';

interface Cek {
  file: string;
  sheet: string;
  row: number;
  field: string;
  value: number | string;
  stated?: { cell: string; value: number; correct: boolean };
}

interface Kesalahan {
  file: string;
  sheet: string;
  cell: string;
  kind: string;
}

interface Harapan {
  toleransi: { persen: number; rupiah: number };
  checks: Cek[];
  mistakes: Kesalahan[];
  tables: { present: { file: string; sheet: string }[]; none: { file: string }[] };
}

/** The score of one file. */
export interface SkorBerkas {
  file: string;
  nilaiBenar: number;
  nilaiDicek: number;
  /** Checks that were wrong: "sheet!row field: expected X, got Y". */
  nilaiSalah: string[];
  /** Error findings on a checked row at a cell that is not a listed mistake. */
  alarmPalsu: Temuan[];
  /** All error findings of the file. */
  jumlahError: number;
  kesalahanDitemukan: number;
  kesalahanDicari: number;
  kesalahanTerlewat: string[];
  /** Tables found in a file that holds none, or missing sheets that hold one. */
  tabelSalah: string[];
  ditolak?: string;
}

/** The fields of expected.json, read off a computed row. */
function nilaiBidang(h: HasilBaris, bidang: string): number | string | undefined {
  switch (bidang) {
    case 'serapan':
      return h.serapan;
    case 'sisa':
      return h.sisa;
    case 'tingkat':
      return h.tingkat;
    case 'capaian':
      return h.capaian;
    case 'kategori':
      return h.kategori;
    case 'capaian_renstra':
      return h.capaianTargetAkhir;
    default:
      return undefined;
  }
}

function barisDari(hasil: HasilBuku, sheet: string, row: number): HasilBaris | undefined {
  for (const t of hasil.tabel) {
    if (t.tabel.sheet !== sheet) continue;
    const b = t.baris.find((x) => x.baris === row);
    if (b) return b;
  }
  return undefined;
}

function cocok(
  dapat: number | string | undefined,
  harap: number | string,
  bidang: string,
  tol: Harapan['toleransi'],
): boolean {
  if (typeof harap === 'string') return dapat === harap;
  if (typeof dapat !== 'number') return false;
  const batas = bidang === 'sisa' ? tol.rupiah : tol.persen;
  return Math.abs(dapat - harap) <= batas;
}

const barisSel = (sel: string) => Number(sel.replace(/^[A-Z]+/, ''));

/** Score one computed workbook against the expectations of its file. */
export function skorBerkas(file: string, hasil: HasilBuku, harapan: Harapan): SkorBerkas {
  const cek = harapan.checks.filter((c) => c.file === file);
  const salah = harapan.mistakes.filter((m) => m.file === file);
  const skor: SkorBerkas = {
    file,
    nilaiBenar: 0,
    nilaiDicek: cek.length,
    nilaiSalah: [],
    alarmPalsu: [],
    jumlahError: hasil.temuan.filter((t) => t.tingkat === 'error').length,
    kesalahanDitemukan: 0,
    kesalahanDicari: salah.length,
    kesalahanTerlewat: [],
    tabelSalah: [],
  };
  for (const c of cek) {
    const b = barisDari(hasil, c.sheet, c.row);
    const dapat = b ? nilaiBidang(b, c.field) : undefined;
    if (cocok(dapat, c.value, c.field, harapan.toleransi)) skor.nilaiBenar++;
    else skor.nilaiSalah.push(`${c.sheet}!${c.row} ${c.field}: harap ${c.value}, dapat ${dapat}`);
  }
  const barisDicek = new Set(cek.map((c) => `${c.sheet}|${c.row}`));
  const selSalah = new Set(salah.map((m) => `${m.sheet}|${m.cell}`));
  // Realisasi above pagu states a fact of the sheet (spending over budget), not a wrong number.
  skor.alarmPalsu = hasil.temuan.filter(
    (t) =>
      t.tingkat === 'error' &&
      t.kode !== 'realisasi-melebihi-pagu' &&
      barisDicek.has(`${t.sheet}|${barisSel(t.sel)}`) &&
      !selSalah.has(`${t.sheet}|${t.sel}`),
  );
  for (const m of salah) {
    const ada = hasil.temuan.some(
      (t) => t.sheet === m.sheet && t.sel === m.cell && t.tingkat !== 'info',
    );
    if (ada) skor.kesalahanDitemukan++;
    else skor.kesalahanTerlewat.push(`${m.sheet}!${m.cell} (${m.kind})`);
  }
  if (harapan.tables.none.some((n) => n.file === file))
    for (const t of hasil.tabel) skor.tabelSalah.push(`tabel palsu ${t.tabel.id} (${t.jenis})`);
  for (const p of harapan.tables.present.filter((x) => x.file === file))
    if (!hasil.tabel.some((t) => t.tabel.sheet === p.sheet))
      skor.tabelSalah.push(`tabel tidak ditemukan di lembar "${p.sheet}"`);
  return skor;
}

export function bacaHarapan(folder: string): Harapan | undefined {
  const berkas = join(folder, 'expected.json');
  return existsSync(berkas) ? (JSON.parse(readFileSync(berkas, 'utf8')) as Harapan) : undefined;
}

/** Every file the expectations name, computed and scored. */
export async function nilaiKorpus(folder: string): Promise<SkorBerkas[]> {
  const harapan = bacaHarapan(folder);
  if (!harapan) return [];
  const nama = [
    ...new Set([
      ...harapan.checks.map((c) => c.file),
      ...harapan.tables.present.map((t) => t.file),
      ...harapan.tables.none.map((t) => t.file),
    ]),
  ].sort();
  const hasil: SkorBerkas[] = [];
  for (const file of nama) {
    try {
      const h = hitungBuku(await bacaGrid(readFileSync(join(folder, file)), pemampatNode));
      hasil.push(skorBerkas(file, h, harapan));
    } catch (e) {
      const skor = skorBerkas(file, kosong(), harapan);
      skor.ditolak = (e as Error).message;
      hasil.push(skor);
    }
  }
  return hasil;
}

function kosong(): HasilBuku {
  return hitungBuku([]);
}

function cetak(skor: SkorBerkas[]): void {
  const jumlah = (f: (s: SkorBerkas) => number) => skor.reduce((a, s) => a + f(s), 0);
  for (const s of skor) {
    console.log(
      `${s.file}: nilai ${s.nilaiBenar}/${s.nilaiDicek}, alarm palsu ${s.alarmPalsu.length}, ` +
        `kesalahan ditemukan ${s.kesalahanDitemukan}/${s.kesalahanDicari}, ` +
        `error seluruhnya ${s.jumlahError}${s.ditolak ? `, DITOLAK: ${s.ditolak}` : ''}`,
    );
    for (const x of s.nilaiSalah.slice(0, 12)) console.log(`   salah: ${x}`);
    for (const t of s.alarmPalsu.slice(0, 12))
      console.log(`   alarm palsu: ${t.sheet}!${t.sel} ${t.kode}: ${t.pesan}`);
    for (const x of s.kesalahanTerlewat) console.log(`   terlewat: ${x}`);
    for (const x of s.tabelSalah.slice(0, 8)) console.log(`   ${x}`);
  }
  console.log(
    `JUMLAH: nilai ${jumlah((s) => s.nilaiBenar)}/${jumlah((s) => s.nilaiDicek)}, ` +
      `alarm palsu ${jumlah((s) => s.alarmPalsu.length)}, ` +
      `kesalahan ditemukan ${jumlah((s) => s.kesalahanDitemukan)}/${jumlah((s) => s.kesalahanDicari)}, ` +
      `tabel salah ${jumlah((s) => s.tabelSalah.length)}, error seluruhnya ${jumlah((s) => s.jumlahError)}`,
  );
}

if (require.main === module) {
  // Without an argument: the real workbooks (when present) and the project's own corpus.
  const folder = process.argv[2]
    ? [resolve(process.argv[2])]
    : [
        join(__dirname, '..', '..', 'shared', 'realworld'),
        join(__dirname, '..', 'test', 'fixtures', 'nyata'),
      ];
  (async () => {
    for (const f of folder) {
      if (!bacaHarapan(f)) {
        console.log(`korpus: ${f}/expected.json tidak ada; dilewati`);
        continue;
      }
      console.log(`# ${f}`);
      cetak(await nilaiKorpus(f));
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
