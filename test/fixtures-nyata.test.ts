/**
 * The corpus in test/fixtures/nyata/ (made by scripts/fixture-nyata.ts) agrees with itself,
 * without the engine: every value in expected.json is the arithmetic of the cells it names,
 * read back with ExcelJS (text numbers parsed the Indonesian/US way); every stated value is
 * what its cell holds and is marked right exactly when it matches (rounding allowed); every
 * planted mistake is what its cell holds and differs from its correct value beyond rounding.
 * The rounding rules (which stated value counts as right, what differs beyond rounding) are the
 * generator's own; the values themselves are recomputed here from the cells.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  jelasBeda,
  labelDari,
  PERMENDAGRI86,
  persenBenar,
  type Cek,
  type Salah,
} from '../scripts/fixture-nyata';

const FOLDER = path.join(__dirname, 'fixtures', 'nyata');

interface Harapan {
  checks: Cek[];
  mistakes: Salah[];
  tables: {
    present: { file: string; sheet: string; range: string; kolom: object }[];
    none: { file: string }[];
  };
}

const harapan = JSON.parse(readFileSync(path.join(FOLDER, 'expected.json'), 'utf8')) as Harapan;

/** "467.998.630.663,83", "5,535,121,420", "93,89", "25,224,375,042,00" (a trailing ",dd" is decimals). */
function angkaTeks(teks: string): number | undefined {
  let s = teks
    .replace(/^Rp\.?/i, '')
    .replace(/\s/g, '')
    .replace(/%$/, '');
  const negatif = s.startsWith('-');
  s = s.replace(/^-/, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const akhir = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  let desimal = '';
  if (akhir >= 0) {
    const ekor = s.slice(akhir + 1);
    if ((s.includes(',') && s.includes('.')) || ekor.length !== 3) {
      desimal = ekor;
      s = s.slice(0, akhir);
    }
  }
  const n = Number(s.replace(/[.,]/g, '') + (desimal ? `.${desimal}` : ''));
  return negatif ? -n : n;
}

/**
 * A cell as a number (or its text). A formula's cached result is used; ExcelJS reads a cached 0
 * as no result, and the generator writes a result for every formula, so a missing one is 0.
 */
function nilaiSel(ws: ExcelJS.Worksheet, alamat: string): number | string | undefined {
  const v = ws.getCell(alamat).value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return angkaTeks(v) ?? v.trim();
  if (typeof v !== 'object' || v instanceof Date) return undefined;
  if ('richText' in v) {
    const t = v.richText.map((r) => r.text).join('');
    return angkaTeks(t) ?? t;
  }
  if ('formula' in v || 'sharedFormula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r === undefined || r === null) return 0;
    if (typeof r === 'number') return r;
    if (typeof r === 'string') return angkaTeks(r) ?? r;
    return Number.NaN;
  }
  return undefined;
}

function angkaSel(ws: ExcelJS.Worksheet, alamat: string): number {
  const v = nilaiSel(ws, alamat);
  if (typeof v !== 'number') throw new Error(`${ws.name}!${alamat} bukan angka: ${String(v)}`);
  return v;
}

/** + - * / and parentheses over cell addresses and numbers. */
function hitung(rumus: string, sel: (alamat: string) => number): number {
  const token = rumus.match(/[A-Z]+\d+|\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  let i = 0;
  const faktor = (): number => {
    const t = token[i++];
    if (t === '(') {
      const v = jumlah();
      i++;
      return v;
    }
    if (t === '-') return -faktor();
    return /^[A-Z]/.test(t) ? sel(t) : Number(t);
  };
  const kali = (): number => {
    let v = faktor();
    while (token[i] === '*' || token[i] === '/')
      v = token[i++] === '*' ? v * faktor() : v / faktor();
    return v;
  };
  const jumlah = (): number => {
    let v = kali();
    while (token[i] === '+' || token[i] === '-') v = token[i++] === '+' ? v + kali() : v - kali();
    return v;
  };
  return jumlah();
}

const buku = new Map<string, ExcelJS.Workbook>();

async function lembar(file: string, sheet: string): Promise<ExcelJS.Worksheet> {
  if (!buku.has(file)) {
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(path.join(FOLDER, file));
    buku.set(file, b);
  }
  const ws = buku.get(file)!.getWorksheet(sheet);
  if (!ws) throw new Error(`${file}: lembar "${sheet}" tidak ada`);
  return ws;
}

/** The value of a check recomputed from its cells. */
function hitungCek(ws: ExcelJS.Worksheet, c: Cek): number | string {
  const a = (k: string) => hitung(c.from![k], (alamat) => angkaSel(ws, alamat));
  switch (c.field) {
    case 'serapan':
      return (a('realisasi') / a('pagu')) * 100;
    case 'sisa':
      return a('pagu') - a('realisasi');
    case 'capaian':
    case 'capaian_renstra':
      return (a('realisasi') / a('target')) * 100;
    case 'kategori': {
      const skala = typeof c.scale === 'string' || !c.scale ? PERMENDAGRI86 : { batas: c.scale };
      return labelDari(skala, (a('realisasi') / a('target')) * 100);
    }
    default:
      throw new Error(`bidang tidak dikenal: ${c.field}`);
  }
}

const semuaBerkas = [
  ...new Set([
    ...harapan.checks.map((c) => c.file),
    ...harapan.mistakes.map((m) => m.file),
    ...harapan.tables.present.map((t) => t.file),
    ...harapan.tables.none.map((t) => t.file),
  ]),
].sort();

test('every file that expected.json names exists, and the corpus is small', () => {
  expect(semuaBerkas.length).toBeGreaterThan(15);
  for (const f of semuaBerkas) expect(existsSync(path.join(FOLDER, f))).toBe(true);
  const ukuran = semuaBerkas.reduce((s, f) => s + readFileSync(path.join(FOLDER, f)).length, 0);
  expect(ukuran).toBeLessThan(1_500_000);
});

test('each value is the arithmetic of the cells named in "from"', async () => {
  const dihitung = harapan.checks.filter((c) => c.from);
  expect(dihitung.length).toBeGreaterThan(100);
  for (const c of dihitung) {
    const ws = await lembar(c.file, c.sheet);
    const v = hitungCek(ws, c);
    const tempat = `${c.file} ${c.sheet}!${c.row} ${c.field}`;
    if (typeof c.value === 'string') expect([tempat, v]).toEqual([tempat, c.value]);
    else expect([tempat, Math.abs((v as number) - c.value) < 0.006]).toEqual([tempat, true]);
  }
});

test('each stated value is what its cell holds, marked right exactly when it matches', async () => {
  const tertulis = harapan.checks.filter((c) => c.stated);
  expect(tertulis.length).toBeGreaterThan(80);
  for (const c of tertulis) {
    const s = c.stated!;
    const ws = await lembar(c.file, c.sheet);
    const sel = nilaiSel(ws, s.cell);
    const tempat = `${c.file} ${c.sheet}!${s.cell}`;
    if (typeof s.value === 'string') {
      expect([tempat, sel]).toEqual([tempat, s.value]);
      expect([tempat, s.correct]).toEqual([tempat, s.value === c.value]);
      continue;
    }
    const angka = (sel as number) * (s.pecahan ? 100 : 1);
    expect([tempat, Math.abs(angka - s.value) < 1e-5]).toEqual([tempat, true]);
    const benar =
      c.field === 'sisa'
        ? Math.abs(s.value - (c.value as number)) <= 0.5
        : persenBenar(s.value, c.value as number);
    expect([tempat, s.correct]).toEqual([tempat, benar]);
  }
});

test('each planted mistake: the cell holds it, "hitung" gives the correct value, and they differ beyond rounding', async () => {
  expect(harapan.mistakes.length).toBeGreaterThan(20);
  for (const m of harapan.mistakes) {
    const ws = await lembar(m.file, m.sheet);
    const tempat = `${m.file} ${m.sheet}!${m.cell} (${m.kind})`;
    const sel = nilaiSel(ws, m.cell);
    if (typeof m.stated === 'string') {
      expect([tempat, sel]).toEqual([tempat, m.stated]);
      expect(m.stated).not.toBe(m.correct);
      continue;
    }
    const angka = (sel as number) * (m.pecahan ? 100 : 1);
    expect([tempat, Math.abs(angka - m.stated) < 1e-5]).toEqual([tempat, true]);
    expect([tempat, typeof m.hitung]).toEqual([tempat, 'string']);
    const benar = hitung(m.hitung!, (a) => angkaSel(ws, a));
    expect([tempat, Math.abs(benar - (m.correct as number)) < 1e-5]).toEqual([tempat, true]);
    expect([tempat, jelasBeda(m.stated, m.correct as number)]).toEqual([tempat, true]);
  }
});

test('tables name sheets that exist, and a file without tables has no table listed', async () => {
  for (const t of harapan.tables.present) await lembar(t.file, t.sheet);
  const ada = new Set(harapan.tables.present.map((t) => t.file));
  for (const n of harapan.tables.none) expect([n.file, ada.has(n.file)]).toEqual([n.file, false]);
  expect(harapan.tables.none.length).toBeGreaterThanOrEqual(6);
});

test('formula results of 0 are cached in the SIPD files (<v>0</v>), as Excel saves them', async () => {
  const zip = await JSZip.loadAsync(readFileSync(path.join(FOLDER, 'sipd_rekap_belanja.xlsx')));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(xml).toMatch(/<f[^>]*\/><v>0<\/v>|<\/f><v>0<\/v>/);
});
