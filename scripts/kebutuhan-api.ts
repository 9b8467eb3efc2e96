/**
 * The requirement sets the add-in truly needs, derived from the code: every
 * Office.js member it uses (straight, or through the narrow types of
 * src/excel/api.ts, paired with Office.js in src/excel/sesuai-office.ts) and
 * the `[Api set: …]` tag @types/office-js gives that member. A member above
 * the baseline must carry `@kemampuan apiNN` in api.ts (the flag that guards
 * its calls), and the fake's table and the README's section must be current.
 *
 * Run: npm run kebutuhan-api            (prints the table)
 *      npm run kebutuhan-api -- --tulis (rewrites the README section and the fake's table)
 * test/excel/kebutuhan-api.test.ts runs the same derivation in CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const AKAR = path.join(__dirname, '..');
export const BERKAS_TABEL = path.join(AKAR, 'test', 'excel', 'kebutuhan-api.json');
const README = path.join(AKAR, 'README.md');
const API = path.join(AKAR, 'src', 'excel', 'api.ts');
const SESUAI = path.join(AKAR, 'src', 'excel', 'sesuai-office.ts');
/** Code that runs in Office: the pane, the ribbon, the Excel adapter. */
const FOLDER_KODE = ['src/excel', 'src/taskpane', 'src/commands'];

/** The set every supported host has: Excel 2019 (the README's promise). */
export const DASAR = 'ExcelApi 1.7';

export interface Anggota {
  /** "Excel.Range.copyFrom" */
  nama: string;
  /** "ExcelApi 1.9"; undefined when @types/office-js tags none. */
  set?: string;
  /** The @kemampuan flag of the narrow member, when it has one. */
  kemampuan?: string;
  /** Where the code uses it ("src/excel/adaptor.ts:120"). */
  dipakai: string[];
}

function versi(set: string): number[] {
  return (set.split(' ')[1] ?? '0').split('.').map(Number);
}

/** -1, 0, 1 as set a is below, equal to, above set b (same family). */
export function bandingSet(a: string, b: string): number {
  const [x, y] = [versi(a), versi(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** The member's own `[Api set: …]` (the text before its @param tags). */
function setDari(deklarasi: ts.Declaration[] | undefined): string | undefined {
  let terendah: string | undefined;
  for (const d of deklarasi ?? []) {
    const komentar = ts
      .getJSDocCommentsAndTags(d)
      .map((j) => j.getText())
      .join('\n')
      .split('@param')[0];
    const m = /\[Api set: ([A-Za-z]+ [\d.]+)/.exec(komentar);
    if (m && (!terendah || bandingSet(m[1], terendah) < 0)) terendah = m[1];
  }
  return terendah;
}

function kemampuanDari(deklarasi: ts.Declaration[] | undefined): string | undefined {
  for (const d of deklarasi ?? [])
    for (const t of ts.getJSDocTags(d))
      if (t.tagName.text === 'kemampuan') return String(t.comment ?? '').trim();
  return undefined;
}

function namaOffice(checker: ts.TypeChecker, s: ts.Symbol): string {
  return checker.getFullyQualifiedName(s).replace(/^"[^"]*"\./, '');
}

function jenisHasil(checker: ts.TypeChecker, s: ts.Symbol, di: ts.Node): ts.Type {
  const t = checker.getTypeOfSymbolAtLocation(s, di);
  const tanda = t.getCallSignatures();
  return tanda.length ? checker.getReturnTypeOfSignature(tanda[0]) : t;
}

interface Pasangan {
  asli: ts.Symbol;
  kemampuan?: string;
}

/** The element type of an array, else the type itself. */
function unsur(checker: ts.TypeChecker, t: ts.Type): ts.Type {
  return checker.isArrayType(t) ? (checker.getTypeArguments(t as ts.TypeReference)[0] ?? t) : t;
}

/**
 * Pairs each member of the narrow types with the Office.js member it
 * stands for, walking from the pairs of sesuai-office.ts down through
 * property and return types.
 */
function pasangkan(program: ts.Program, checker: ts.TypeChecker): Map<ts.Symbol, Pasangan> {
  const pasangan = new Map<ts.Symbol, Pasangan>();
  const sumber = program.getSourceFile(SESUAI)!;
  const dilihat = new Set<string>();
  // A member inside a guarded one (autoFilter.isDataFiltered) is guarded by the same flag.
  const jalan = (sempit: ts.Type, asli: ts.Type, di: ts.Node, warisan?: string): void => {
    const id = (t: ts.Type) => (t as unknown as { id: number }).id;
    const kunci = `${id(sempit)}|${id(asli)}`;
    if (dilihat.has(kunci)) return;
    dilihat.add(kunci);
    for (const p of checker.getPropertiesOfType(sempit)) {
      const q = checker.getPropertyOfType(checker.getNonNullableType(asli), p.name);
      if (!q) continue;
      const kemampuan = kemampuanDari(p.declarations) ?? warisan;
      pasangan.set(p, { asli: q, kemampuan });
      const ts1 = unsur(checker, jenisHasil(checker, p, di));
      const ts2 = unsur(checker, checker.getNonNullableType(jenisHasil(checker, q, di)));
      const dariApi = ts1
        .getSymbol()
        ?.declarations?.some((d) => d.getSourceFile().fileName === API);
      if (dariApi && ts2.flags & ts.TypeFlags.Object) jalan(ts1, ts2, di, kemampuan);
    }
  };
  const kunjungi = (n: ts.Node): void => {
    if (
      ts.isTypeReferenceNode(n) &&
      n.typeName.getText() === 'Sesuai' &&
      n.typeArguments?.length === 2
    ) {
      const [asli, sempit] = n.typeArguments.map((a) => checker.getTypeFromTypeNode(a));
      jalan(sempit, asli, n);
    }
    ts.forEachChild(n, kunjungi);
  };
  kunjungi(sumber);
  return pasangan;
}

function programKode(): ts.Program {
  const berkas = ts.sys
    .readDirectory(
      AKAR,
      ['.ts', '.tsx'],
      undefined,
      FOLDER_KODE.map((f) => `${f}/**/*`),
    )
    .filter((f) => !f.endsWith('.d.ts'));
  return ts.createProgram(berkas, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js'],
  });
}

/** Every Office.js member the code uses, with its requirement set. */
export function turunkanKebutuhan(): Anggota[] {
  const program = programKode();
  const checker = program.getTypeChecker();
  const pasangan = pasangkan(program, checker);
  const hasil = new Map<string, Anggota>();
  const catat = (asli: ts.Symbol, kemampuan: string | undefined, di: ts.Node) => {
    const nama = namaOffice(checker, asli);
    if (nama.startsWith('__type')) return;
    const ada = hasil.get(nama);
    // Guarded only when every use is guarded.
    const a = ada ?? { nama, set: setDari(asli.declarations), kemampuan, dipakai: [] };
    if (ada && ada.kemampuan !== kemampuan) a.kemampuan = undefined;
    const f = di.getSourceFile();
    const baris = f.getLineAndCharacterOfPosition(di.getStart()).line + 1;
    a.dipakai.push(`${path.relative(AKAR, f.fileName)}:${baris}`);
    hasil.set(nama, a);
  };
  for (const f of program.getSourceFiles()) {
    if (!FOLDER_KODE.some((d) => f.fileName.startsWith(path.join(AKAR, d)))) continue;
    if (f.fileName === API || f.fileName === SESUAI) continue;
    const kunjungi = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const s = checker.getSymbolAtLocation(n.name);
        const asal = s?.declarations?.[0]?.getSourceFile().fileName ?? '';
        const p = s && pasangan.get(s);
        if (p) catat(p.asli, p.kemampuan, n.name);
        else if (s && asal.includes(`${path.sep}@types${path.sep}office-js${path.sep}`))
          catat(s, undefined, n.name);
      }
      ts.forEachChild(n, kunjungi);
    };
    kunjungi(f);
  }
  return [...hasil.values()].sort((a, b) => a.nama.localeCompare(b.nama));
}

/** The set a @kemampuan flag stands for: api19 is ExcelApi 1.9, api113 ExcelApi 1.13. */
export function setKemampuan(tanda: string): string | undefined {
  const m = /^api(\d)(\d+)$/.exec(tanda);
  return m ? `ExcelApi ${m[1]}.${m[2]}` : undefined;
}

/** What is wrong: a member above the baseline not guarded by a flag of its set or a later one. */
export function periksaKebutuhan(anggota: Anggota[]): string[] {
  const galat: string[] = [];
  for (const a of anggota) {
    if (!a.set?.startsWith('ExcelApi') || bandingSet(a.set, DASAR) <= 0) continue;
    const penjaga = a.kemampuan && setKemampuan(a.kemampuan);
    if (!penjaga || bandingSet(penjaga, a.set) < 0)
      galat.push(
        `${a.nama} butuh ${a.set} (di atas ${DASAR}) tetapi tidak dijaga oleh @kemampuan yang setara di api.ts (${a.dipakai[0]})`,
      );
  }
  return galat;
}

/** The table the fake reads to refuse a call its host version lacks. */
export function tabelPalsu(anggota: Anggota[]): Record<string, string> {
  return Object.fromEntries(
    anggota.filter((a) => a.set?.startsWith('ExcelApi')).map((a) => [a.nama, a.set!]),
  );
}

const AWAL = '<!-- kebutuhan-api: awal (dibuat oleh npm run kebutuhan-api -- --tulis) -->';
const AKHIR = '<!-- kebutuhan-api: akhir -->';

/** The README's section: the baseline, then each optional set and what it brings. */
export function bagianReadme(anggota: Anggota[]): string {
  const excel = anggota.filter((a) => a.set?.startsWith('ExcelApi'));
  const wajib = excel.filter((a) => !a.kemampuan);
  const tertinggi = wajib.reduce(
    (m, a) => (bandingSet(a.set!, m) > 0 ? a.set! : m),
    'ExcelApi 1.1',
  );
  const pilihan = new Map<string, Anggota[]>();
  for (const a of excel.filter((x) => x.kemampuan)) {
    const set = setKemampuan(a.kemampuan!) ?? a.set!;
    pilihan.set(set, [...(pilihan.get(set) ?? []), a]);
  }
  const baris = [
    AWAL,
    '',
    `Kebutuhan minimum: **${tertinggi}** (anggota wajib tertinggi di antara ${wajib.length} anggota`,
    `Office.js yang dipakai tanpa syarat). Yang lebih baru hanya dipakai bila tersedia:`,
    '',
    '| set | anggota | tanpa set ini |',
    '|---|---|---|',
    ...[...pilihan]
      .sort(([a], [b]) => bandingSet(a, b))
      .map(
        ([set, daftar]) =>
          `| ${set} | ${daftar.map((a) => `\`${a.nama.replace(/^Excel\./, '')}\``).join(', ')} | ${TANPA[set] ?? 'dilewati'} |`,
      ),
    '',
    AKHIR,
  ];
  return baris.join('\n');
}

/** What the add-in does on a host without each optional set. */
const TANPA: Record<string, string> = {
  'ExcelApi 1.9': 'kolom baru tanpa tampilan tetangganya; filter tidak diperiksa',
  'ExcelApi 1.13': 'sel gabungan tidak dibaca (judul kosong tetap dikenali)',
  'ExcelApi 1.18': 'catatan sel tidak ditulis; panel menyebut jumlahnya',
};

export function readmeDenganBagian(readme: string, bagian: string): string {
  const a = readme.indexOf(AWAL);
  const b = readme.indexOf(AKHIR);
  if (a < 0 || b < 0) throw new Error('README tidak punya penanda bagian kebutuhan-api');
  return readme.slice(0, a) + bagian + readme.slice(b + AKHIR.length);
}

if (require.main === module) {
  const anggota = turunkanKebutuhan();
  for (const a of anggota)
    console.log(
      `${(a.set ?? '-').padEnd(14)} ${a.nama}${a.kemampuan ? ` [${a.kemampuan}]` : ''}  (${a.dipakai.length}x)`,
    );
  const galat = periksaKebutuhan(anggota);
  if (process.argv.includes('--tulis')) {
    writeFileSync(BERKAS_TABEL, JSON.stringify(tabelPalsu(anggota), null, 2) + '\n');
    writeFileSync(README, readmeDenganBagian(readFileSync(README, 'utf8'), bagianReadme(anggota)));
  }
  for (const g of galat) console.error(`galat: ${g}`);
  process.exitCode = galat.length ? 1 : 0;
}
