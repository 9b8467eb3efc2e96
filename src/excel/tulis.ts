import type { BlokEdit, RencanaEdit, SelEdit } from '../engine/rencana';
import { alamat, alamatRentang, hurufKolom } from '../sheet/grid';
import { batalkan } from './batal';
import type {
  CatatanExcel,
  FormatBersyaratExcel,
  Kemampuan,
  KonteksExcel,
  LembarExcel,
  NilaiSelExcel,
  RentangExcel,
} from './api';
import { bacaBlok, BATAS_PERMINTAAN } from './baca';
import {
  aturanKita,
  deretBaris,
  kepalaDari,
  kodekan,
  kolomDari,
  KUNCI_CADANGAN,
  kutip,
  LEMBAR_CADANGAN,
  tulisPotongan,
  type Cadangan,
} from './cadangan';
import { GalatCadangan, GalatLembar } from './galat';

/**
 * Writing an edit plan through Office.js, as the file writers do (one
 * contract, test/kontrak/penulis.test.ts): values, formulas, number formats,
 * notes explaining a value among formulas, the neighbour's look and a width
 * for new columns, kategori colours. One sync reads what the plan overwrites
 * and checks the sheet; the writes follow in syncs under the request limit.
 * The undo record is written first, so a run is never without one unless the
 * user agreed.
 */

/** Options of {@link terapkanRencana}. */
export interface OpsiTerapkan {
  /** Request-size limit per sync (tests use a small one). */
  batasPermintaan?: number;
  /** Write even when the undo record cannot be kept in the workbook (the user agreed). */
  tanpaCadangan?: boolean;
}

/** Column width: Excel's characters to Office.js points (Calibri 11: 7 px a digit, 5 px padding). */
export function lebarKeTitik(karakter: number): number {
  return Math.trunc(karakter * 7 + 5) * 0.75;
}

export function titikKeLebar(titik: number): number {
  return Math.round(((titik / 0.75 - 5) / 7) * 100) / 100;
}

function rumusSel(s: SelEdit | null): NilaiSelExcel {
  return s === null ? null : (s.rumus ?? (s.nilai === null ? '' : s.nilai));
}

function rumusBlok(b: BlokEdit): NilaiSelExcel[][] {
  return b.sel.map((r) => r.map(rumusSel));
}

function formatBlok(b: BlokEdit): (string | null)[][] {
  return b.sel.map((r) => r.map((s) => (s?.format ? s.format : null)));
}

/** A cell the plan fills (a value or a formula), as opposed to one it leaves or empties. */
function terisi(s: SelEdit | null): boolean {
  return s !== null && (s.rumus !== undefined || (s.nilai !== null && s.nilai !== ''));
}

/** Row chunks of a block whose request stays below the size limit (with room for the rest). */
function potongBlok(b: BlokEdit, batasPenuh: number): BlokEdit[] {
  const batas = batasPenuh * 0.9;
  const ukuran = JSON.stringify(rumusBlok(b)).length + JSON.stringify(formatBlok(b)).length;
  if (ukuran <= batas) return [b];
  const perBaris = Math.max(1, Math.floor((b.sel.length * batas) / ukuran));
  const hasil: BlokEdit[] = [];
  for (let i = 0; i < b.sel.length; i += perBaris)
    hasil.push({ ...b, baris: b.baris + i, sel: b.sel.slice(i, i + perBaris) });
  return hasil;
}

interface Cek {
  lembar: Map<string, LembarExcel>;
  terlindung: Map<string, { protected: boolean }>;
  filter: Map<string, { isDataFiltered: boolean }>;
  struktur: { protected: boolean };
  cad: LembarExcel;
  warna: (() => FormatBersyaratExcel[])[];
  lebar: {
    sheet: string;
    kolom: number;
    r: RentangExcel;
    tetangga: RentangExcel;
    ws: LembarExcel;
  }[];
  catatan: { sheet: string; alamat: string; isi: string; ada: CatatanExcel }[];
  /** Without ExcelApi 1.9 (no copyFrom): each new column's neighbour, for its number formats. */
  tetangga: (RentangExcel | undefined)[];
}

/** Queue the checks and small reads that ride on the first read sync. */
function antreCek(ctx: KonteksExcel, kemampuan: Kemampuan, rencana: RencanaEdit): Cek {
  const nama = [
    ...new Set([
      ...rencana.blok.map((b) => b.sheet),
      ...rencana.gabung.map((g) => g.sheet),
      ...rencana.warna.map((w) => w.sheet),
    ]),
  ];
  const lembar = new Map(nama.map((s) => [s, ctx.workbook.worksheets.getItem(s)]));
  const terlindung = new Map<string, { protected: boolean }>();
  const filter = new Map<string, { isDataFiltered: boolean }>();
  for (const [n, ws] of lembar) {
    ws.protection.load('protected');
    terlindung.set(n, ws.protection);
    if (kemampuan.api19) {
      ws.autoFilter.load('isDataFiltered');
      filter.set(n, ws.autoFilter);
    }
  }
  const struktur = ctx.workbook.protection;
  struktur.load('protected');
  const cad = ctx.workbook.worksheets.getItemOrNullObject(LEMBAR_CADANGAN).load('name');
  const warna = rencana.warna.map((w) => {
    const k = lembar
      .get(w.sheet)!
      .getRangeByIndexes(
        w.baris1 - 1,
        w.kolom - 1,
        Math.max(1, w.baris2 - w.baris1 + 1),
        1,
      ).conditionalFormats;
    k.load(
      'items/id,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color',
    );
    return () => k.items;
  });
  const lebar: Cek['lebar'] = [];
  for (const b of rencana.blok) {
    if (b.gayaDariKolom === undefined) continue;
    const ws = lembar.get(b.sheet)!;
    ws.load('standardWidth');
    const tetangga = ws.getRangeByIndexes(0, b.gayaDariKolom - 1, 1, 1).load('format/columnWidth');
    for (let j = 0; j < (b.sel[0]?.length ?? 0); j++) {
      const r = ws.getRangeByIndexes(0, b.kolom - 1 + j, 1, 1).load('format/columnWidth');
      lebar.push({ sheet: b.sheet, kolom: b.kolom + j, r, tetangga, ws });
    }
  }
  const catatan: Cek['catatan'] = [];
  if (kemampuan.api118)
    for (const b of rencana.blok)
      b.sel.forEach((r, i) =>
        r.forEach((s, j) => {
          if (!s?.catatan) return;
          const a = alamat(b.baris + i, b.kolom + j);
          const ada = lembar.get(b.sheet)!.notes.getItemOrNullObject(a).load('content');
          catatan.push({ sheet: b.sheet, alamat: a, isi: s.catatan, ada });
        }),
      );
  const tetangga = rencana.blok.map((b) =>
    b.gayaDariKolom === undefined || kemampuan.api19
      ? undefined
      : lembar
          .get(b.sheet)!
          .getRangeByIndexes(b.baris - 1, b.gayaDariKolom - 1, b.sel.length, 1)
          .load('numberFormat'),
  );
  return { lembar, terlindung, filter, struktur, cad, warna, lebar, catatan, tetangga };
}

function periksaLembar(cek: Cek, rencana: RencanaEdit, lama: NilaiSelExcel[][][]): void {
  for (const [nama, p] of cek.terlindung)
    if (p.protected)
      throw new GalatLembar(
        `lembar "${nama}" dilindungi: buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu jalankan lagi`,
      );
  for (const [nama, f] of cek.filter)
    if (f.isDataFiltered)
      throw new GalatLembar(
        `lembar "${nama}" sedang difilter: hapus filternya agar tidak ada baris tersembunyi yang terlewat, lalu jalankan lagi`,
      );
  rencana.blok.forEach((b, i) => {
    if (b.gayaDariKolom === undefined) return;
    // A new column must still be empty: if someone typed into it meanwhile, stop.
    const diketik = lama[i].some((r, y) =>
      r.some((v, x) => v !== '' && v !== null && b.sel[y][x] !== null),
    );
    if (diketik)
      throw new GalatLembar(`isi lembar "${b.sheet}" berubah sejak dibaca; jalankan lagi`);
  });
}

let nomorJalan = 0;

function susunCadangan(
  rencana: RencanaEdit,
  lama: { formulas?: NilaiSelExcel[][]; numberFormat?: NilaiSelExcel[][] }[],
  cek: Cek,
  kemampuan: Kemampuan,
): Cadangan {
  const lembar = [...cek.lembar.keys()];
  const lebarKolom = (b: BlokEdit) => b.sel[0]?.length ?? 0;
  return {
    versi: 2,
    id: `${Date.now().toString(36)}-${(++nomorJalan).toString(36)}`,
    waktu: new Date().toISOString(),
    lembar,
    jumlahSel: rencana.blok.reduce((n, b) => n + b.sel.flat().filter((s) => s).length, 0),
    sel: rencana.blok.map((b, i) => ({
      sheet: b.sheet,
      baris: b.baris,
      kolom: b.kolom,
      tinggi: b.sel.length,
      ditulis: kolomDari(rumusBlok(b), lebarKolom(b)).map((k) => kodekan(k, b.baris)),
      lama: kolomDari(lama[i].formulas ?? [], lebarKolom(b)).map((k) => kodekan(k, b.baris)),
      format: kolomDari(lama[i].numberFormat ?? [], lebarKolom(b)).map((k) => kodekan(k, b.baris)),
    })),
    gabung: rencana.gabung.map((g) => ({
      sheet: g.sheet,
      alamat: alamatRentang(g.baris1, g.kolom, g.baris2, g.kolom),
    })),
    warna: rencana.warna.map((w, i) => ({
      sheet: w.sheet,
      kolom: w.kolom,
      alamat: alamatRentang(w.baris1, w.kolom, Math.max(w.baris1, w.baris2), w.kolom),
      dihapus: aturanLama(cek, i, w.kolom).map((a) => ({
        rumus: a.customOrNullObject.rule.formula,
        warna: a.customOrNullObject.format.fill.color,
      })),
    })),
    lebar: rencanaLebar(cek).map(({ sheet, kolom, lama, baru }) => ({ sheet, kolom, lama, baru })),
    catatan: cek.catatan.map((c) => ({
      sheet: c.sheet,
      alamat: c.alamat,
      lama: c.ada.isNullObject ? undefined : c.ada.content,
      baru: c.isi,
    })),
    catatanTakTertulis: kemampuan.api118
      ? undefined
      : rencana.blok.reduce((n, b) => n + b.sel.flat().filter((s) => s?.catatan).length, 0) ||
        undefined,
    disimpan: !cek.struktur.protected || !cek.cad.isNullObject,
  };
}

/** The add-in's own kategori rules of an earlier run, among those over range `i`. */
function aturanLama(cek: Cek, i: number, kolom: number): FormatBersyaratExcel[] {
  return cek.warna[i]().filter(
    (a) =>
      !a.customOrNullObject.isNullObject && aturanKita(a.customOrNullObject.rule.formula, kolom),
  );
}

/**
 * Apply an edit plan. Returns the undo record. A protected or filtered
 * sheet, a target cell typed into since it was read, or an undo record that
 * cannot be kept (unless `tanpaCadangan`) stops before any write; a write
 * that fails halfway is undone.
 */
export async function terapkanRencana(
  ctx: KonteksExcel,
  kemampuan: Kemampuan,
  rencana: RencanaEdit,
  opsi: OpsiTerapkan = {},
): Promise<Cadangan> {
  const batas = opsi.batasPermintaan ?? BATAS_PERMINTAAN;
  let cek!: Cek;
  const lama = await bacaBlok(
    ctx,
    rencana.blok.map((b) => ({
      ws: ctx.workbook.worksheets.getItem(b.sheet),
      baris: b.baris - 1,
      kolom: b.kolom - 1,
      jb: b.sel.length,
      jk: b.sel[0]?.length ?? 0,
    })),
    ['formulas', 'numberFormat'],
    { batas, awal: () => (cek = antreCek(ctx, kemampuan, rencana)) },
  );
  periksaLembar(
    cek,
    rencana,
    lama.map((l) => l.formulas ?? []),
  );
  const cadangan = susunCadangan(rencana, lama, cek, kemampuan);
  if (!cadangan.disimpan && !opsi.tanpaCadangan)
    throw new GalatCadangan(
      'catatan Batalkan tidak dapat disimpan karena struktur buku kerja dilindungi (Tinjau > Lindungi Buku Kerja); tidak ada yang ditulis',
    );
  try {
    await tulisSemua({
      ctx,
      kemampuan,
      rencana: denganFormatTetangga(rencana, cek),
      cadangan,
      cek,
      batas,
    });
  } catch (e) {
    // A write that failed halfway is put back as it was.
    await batalkan(ctx, cadangan, { batasPermintaan: batas, kemampuan }).catch(() => undefined);
    throw e;
  }
  return cadangan;
}

/** Everything one write needs. */
interface Tulisan {
  ctx: KonteksExcel;
  kemampuan: Kemampuan;
  rencana: RencanaEdit;
  cadangan: Cadangan;
  cek: Cek;
  batas: number;
}

async function tulisSemua(t: Tulisan): Promise<void> {
  const { ctx, kemampuan, rencana, cadangan, cek, batas } = t;
  let ukuran = 0;
  const kirim = async () => {
    await ctx.sync();
    ukuran = 0;
  };
  const tambah = async (n: number) => {
    if (ukuran > 0 && ukuran + n > batas * 0.9) await kirim();
    ukuran += n;
  };
  if (cadangan.disimpan) await tulisCadangan(t, tambah);
  else ctx.workbook.settings.add(KUNCI_CADANGAN, '');
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const b of rencana.blok)
    for (const potong of potongBlok(b, batas)) {
      const rumus = rumusBlok(potong);
      const format = formatBlok(potong);
      await tambah(JSON.stringify(rumus).length + JSON.stringify(format).length);
      if (potong.gayaDariKolom !== undefined && kemampuan.api19) salinGaya(ctx, potong);
      const r = cek.lembar
        .get(potong.sheet)!
        .getRangeByIndexes(potong.baris - 1, potong.kolom - 1, potong.sel.length, rumus[0].length);
      r.formulas = rumus;
      r.numberFormat = format;
    }
  for (const g of rencana.gabung)
    cek.lembar
      .get(g.sheet)!
      .getRangeByIndexes(g.baris1 - 1, g.kolom - 1, g.baris2 - g.baris1 + 1, 1)
      .merge(false);
  tulisWarna(cek, rencana);
  for (const l of rencanaLebar(cek)) l.r.format.columnWidth = l.baru;
  tulisCatatan(cek);
  await kirim();
}

/**
 * Without copyFrom, a new column still takes its neighbour's number format
 * in the rows it fills (as the file writers give it the neighbour's style).
 */
function denganFormatTetangga(rencana: RencanaEdit, cek: Cek): RencanaEdit {
  const blok = rencana.blok.map((b, i) => {
    const t = cek.tetangga[i]?.numberFormat;
    if (!t) return b;
    const sel = b.sel.map((r, y) =>
      r.map((s) => {
        const f = t[y]?.[0];
        return s && terisi(s) && !s.format && f && f !== 'General' ? { ...s, format: f } : s;
      }),
    );
    return { ...b, sel };
  });
  return { ...rencana, blok };
}

/** Each column takes its neighbour's look in the rows the plan fills, never in rows it leaves empty. */
function salinGaya(ctx: KonteksExcel, b: BlokEdit): void {
  const ws = ctx.workbook.worksheets.getItem(b.sheet);
  for (let j = 0; j < (b.sel[0]?.length ?? 0); j++)
    for (const [dari, ke] of deretBaris(b.sel.length, (i) => terisi(b.sel[i][j])))
      ws.getRangeByIndexes(b.baris - 1 + dari, b.kolom - 1 + j, ke - dari, 1).copyFrom(
        `${kutip(b.sheet)}!${alamatRentang(b.baris + dari, b.gayaDariKolom!, b.baris + ke - 1, b.gayaDariKolom!)}`,
        'Formats',
      );
}

/** The record, the looks it will restore and its header: queued before any cell of the plan. */
async function tulisCadangan(t: Tulisan, tambah: (n: number) => Promise<void>): Promise<void> {
  const { ctx, kemampuan, rencana, cadangan, cek, batas } = t;
  // A fresh backup sheet per run: the previous run's record goes with it.
  if (!cek.cad.isNullObject) cek.cad.delete();
  const cad = ctx.workbook.worksheets.add(LEMBAR_CADANGAN);
  cad.visibility = 'VeryHidden';
  if (kemampuan.api19) {
    cadangan.gaya = [];
    let baris = 1;
    for (const b of rencana.blok) {
      if (b.gayaDariKolom === undefined) continue;
      const lebar = b.sel[0]?.length ?? 1;
      const asal = alamatRentang(b.baris, b.kolom, b.baris + b.sel.length - 1, b.kolom + lebar - 1);
      const simpan = alamatRentang(baris, 3, baris + b.sel.length - 1, 2 + lebar);
      cad.getRange(simpan).copyFrom(`${kutip(b.sheet)}!${asal}`, 'Formats');
      cadangan.gaya.push({
        sheet: b.sheet,
        alamat: asal,
        dari: `${kutip(LEMBAR_CADANGAN)}!${simpan}`,
      });
      baris += b.sel.length;
    }
  }
  await tulisPotongan(cad, cadangan, batas, tambah);
  ctx.workbook.settings.add(KUNCI_CADANGAN, JSON.stringify(kepalaDari(cadangan)));
}

/** New columns without a width of their own get one near their neighbour's (12 to 18 characters). */
function rencanaLebar(cek: Cek) {
  return cek.lebar.flatMap(({ sheet, kolom, r, tetangga, ws }) => {
    const standar = lebarKeTitik(ws.standardWidth);
    const punya = Math.abs(r.format.columnWidth - standar) > 0.5;
    if (punya) return [];
    const t = tetangga.format.columnWidth;
    const karakter = Math.abs(t - standar) > 0.5 ? titikKeLebar(t) : 14;
    const baru = lebarKeTitik(Math.max(12, Math.min(karakter, 18)));
    return [{ sheet, kolom, lama: r.format.columnWidth, baru, r }];
  });
}

function tulisCatatan(cek: Cek): void {
  for (const c of cek.catatan) {
    if (c.ada.isNullObject) cek.lembar.get(c.sheet)!.notes.add(c.alamat, c.isi);
    else if (c.ada.content !== c.isi) c.ada.content = c.isi;
  }
}

/** Kategori colours: the add-in's earlier rules over the range go, the user's stay. */
function tulisWarna(cek: Cek, rencana: RencanaEdit): void {
  rencana.warna.forEach((w, i) => {
    for (const a of aturanLama(cek, i, w.kolom)) a.delete();
    if (w.baris2 < w.baris1) return;
    const r = cek.lembar
      .get(w.sheet)!
      .getRangeByIndexes(w.baris1 - 1, w.kolom - 1, w.baris2 - w.baris1 + 1, 1);
    const sel = `$${hurufKolom(w.kolom)}${w.baris1}`;
    for (const a of w.aturan) {
      const cf = r.conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${sel}="${a.label.replace(/"/g, '""')}"`;
      cf.custom.format.fill.color = `#${a.warna}`;
    }
  });
}
