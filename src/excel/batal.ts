import { terbesar } from '../domain/agregasi';
import { alamat, alamatRentang, uraiRentang } from '../sheet/grid';
import type {
  CatatanExcel,
  FormatBersyaratExcel,
  Kemampuan,
  KonteksExcel,
  NilaiSelExcel,
  RentangExcel,
} from './api';
import { bacaBlok, BATAS_PERMINTAAN } from './baca';
import {
  aturanKita,
  bacaKepala,
  cadanganDari,
  deretBaris,
  KUNCI_CADANGAN,
  LEMBAR_CADANGAN,
  urai,
  type Cadangan,
} from './cadangan';

/**
 * "Batalkan": put back what a run overwrote, but only in the cells that
 * still hold what the run wrote. A cell the user changed since (typed into,
 * or moved by inserting a column) is left alone and named in the outcome.
 */

export interface OpsiBatal {
  batasPermintaan?: number;
  /** The host's abilities; without ExcelApi 1.9 the looks are not put back. */
  kemampuan?: Kemampuan;
}

export interface HasilBatal {
  /** Cells put back. */
  dikembalikan: number;
  /** Cells left alone because they no longer hold what the run wrote ("Sheet!H5:H9"). */
  dibiarkan: string[];
  /** The looks could not be put back (no ExcelApi 1.9). */
  tanpaGaya: boolean;
  lembar: string[];
}

/** Whether a cell still holds what the run wrote (formulas compared without spaces). */
function sama(kini: NilaiSelExcel, ditulis: NilaiSelExcel): boolean {
  if (typeof kini === 'string' && typeof ditulis === 'string' && ditulis.startsWith('='))
    return kini.replace(/\s+/g, '') === ditulis.replace(/\s+/g, '');
  return (
    kini === ditulis || ((kini === '' || kini === null) && (ditulis === '' || ditulis === null))
  );
}

/** Contiguous addresses of a column's rows, as ranges. */
function rentangDari(sheet: string, kolom: number, baris: number[]): string[] {
  const set = new Set(baris);
  return deretBaris(terbesar(baris, 0) + 1, (i) => set.has(i)).map(
    ([a, b]) => `${sheet}!${alamatRentang(a, kolom, b - 1, kolom)}`,
  );
}

/** Undo a run from its record (in memory, or read from the workbook by {@link batalkanTerakhir}). */
export async function batalkan(
  ctx: KonteksExcel,
  cadangan: Cadangan,
  opsi: OpsiBatal = {},
): Promise<HasilBatal> {
  const batas = opsi.batasPermintaan ?? BATAS_PERMINTAAN;
  const bisaGaya = opsi.kemampuan ? opsi.kemampuan.api19 : cadangan.gaya !== undefined;
  const bisaCatatan = opsi.kemampuan ? !!opsi.kemampuan.api118 : !!cadangan.catatan?.length;
  const ws = (s: string) => ctx.workbook.worksheets.getItem(s);
  let warna: (() => FormatBersyaratExcel[])[] = [];
  let lebar: RentangExcel[] = [];
  let catatan: CatatanExcel[] = [];
  const kini = await bacaBlok(
    ctx,
    cadangan.sel.map((c) => ({
      ws: ws(c.sheet),
      baris: c.baris - 1,
      kolom: c.kolom - 1,
      jb: c.tinggi,
      jk: c.ditulis.length,
    })),
    ['formulas'],
    {
      batas,
      awal: () => {
        warna = cadangan.warna.map((w) => {
          const k = ws(w.sheet).getRange(w.alamat).conditionalFormats;
          k.load('items/customOrNullObject/rule/formula');
          return () => k.items;
        });
        lebar = (cadangan.lebar ?? []).map((l) =>
          ws(l.sheet)
            .getRangeByIndexes(0, l.kolom - 1, 1, 1)
            .load('format/columnWidth'),
        );
        catatan = bisaCatatan
          ? (cadangan.catatan ?? []).map((c) =>
              ws(c.sheet).notes.getItemOrNullObject(c.alamat).load('content'),
            )
          : [];
      },
    },
  );

  const hasil: HasilBatal = {
    dikembalikan: 0,
    dibiarkan: [],
    tanpaGaya: !bisaGaya && !!cadangan.gaya?.length,
    lembar: cadangan.lembar,
  };
  const kembali = new Set<string>();
  let ukuran = 0;
  const tambah = async (n: number) => {
    if (ukuran > 0 && ukuran + n > batas * 0.9) {
      await ctx.sync();
      ukuran = 0;
    }
    ukuran += n;
  };
  ctx.application.suspendApiCalculationUntilNextSync();
  for (const [i, c] of cadangan.sel.entries()) {
    const lebarBlok = c.ditulis.length;
    const ditulis = c.ditulis.map((d) => urai(d, c.baris));
    const lama = c.lama.map((d) => urai(d, c.baris));
    const format = c.format.map((d) => urai(d, c.baris));
    const rumus: NilaiSelExcel[][] = [];
    const fmt: (string | null)[][] = [];
    for (let y = 0; y < c.tinggi; y++) {
      rumus.push([]);
      fmt.push([]);
      for (let x = 0; x < lebarBlok; x++) {
        const w = ditulis[x][y];
        const pulih = w !== null && sama(kini[i].formulas?.[y]?.[x] ?? '', w);
        if (pulih) kembali.add(`${c.sheet}!${alamat(c.baris + y, c.kolom + x)}`);
        rumus[y].push(pulih ? lama[x][y] : null);
        fmt[y].push(pulih ? ((format[x][y] as string | null) ?? 'General') : null);
      }
    }
    for (let x = 0; x < lebarBlok; x++) {
      const tertinggal = ditulis[x]
        .map((w, y) => (w !== null && rumus[y][x] === null ? c.baris + y : -1))
        .filter((b) => b >= 0);
      hasil.dibiarkan.push(...rentangDari(c.sheet, c.kolom + x, tertinggal));
    }
    await tambah(JSON.stringify(rumus).length + JSON.stringify(fmt).length);
    const r = ws(c.sheet).getRangeByIndexes(c.baris - 1, c.kolom - 1, c.tinggi, lebarBlok);
    r.formulas = rumus;
    r.numberFormat = fmt;
  }
  hasil.dikembalikan = kembali.size;
  if (bisaGaya) kembalikanGaya(ctx, cadangan, kembali);
  for (const g of cadangan.gabung) {
    const a = uraiRentang(g.alamat)!;
    if (kembali.has(`${g.sheet}!${alamat(a.baris1, a.kolom1)}`))
      ws(g.sheet).getRange(g.alamat).unmerge();
  }
  cadangan.warna.forEach((w, i) => {
    for (const a of warna[i]())
      if (
        !a.customOrNullObject.isNullObject &&
        aturanKita(a.customOrNullObject.rule.formula, w.kolom)
      )
        a.delete();
    for (const a of w.dihapus) {
      const cf = ws(w.sheet).getRange(w.alamat).conditionalFormats.add('Custom');
      cf.custom.rule.formula = a.rumus;
      cf.custom.format.fill.color = a.warna;
    }
  });
  (cadangan.lebar ?? []).forEach((l, i) => {
    if (Math.abs(lebar[i].format.columnWidth - l.baru) < 0.5) lebar[i].format.columnWidth = l.lama;
  });
  (cadangan.catatan ?? []).forEach((c, i) => {
    const n = catatan[i];
    if (!n || n.isNullObject || n.content !== c.baru) return;
    if (c.lama === undefined) n.delete();
    else n.content = c.lama;
  });
  await ctx.sync();
  await hapusCadangan(ctx);
  return hasil;
}

/** The looks come back from the backup sheet, only over the cells put back. */
function kembalikanGaya(ctx: KonteksExcel, cadangan: Cadangan, kembali: Set<string>): void {
  for (const g of cadangan.gaya ?? []) {
    const a = uraiRentang(g.alamat)!;
    const d = uraiRentang(g.dari.replace(/^.*!/, ''))!;
    for (let k = a.kolom1; k <= a.kolom2; k++)
      for (const [dari, ke] of deretBaris(a.baris2 - a.baris1 + 1, (i) =>
        kembali.has(`${g.sheet}!${alamat(a.baris1 + i, k)}`),
      ))
        ctx.workbook.worksheets
          .getItem(g.sheet)
          .getRangeByIndexes(a.baris1 - 1 + dari, k - 1, ke - dari, 1)
          .copyFrom(
            `'${LEMBAR_CADANGAN}'!${alamatRentang(d.baris1 + dari, d.kolom1 + k - a.kolom1, d.baris1 + ke - 1, d.kolom1 + k - a.kolom1)}`,
            'Formats',
          );
  }
}

/** The record is spent: its header and its sheet go (the sheet on its own, in case it never was). */
export async function hapusCadangan(ctx: KonteksExcel): Promise<void> {
  ctx.workbook.settings.add(KUNCI_CADANGAN, '');
  await ctx.sync();
  const cad = ctx.workbook.worksheets.getItemOrNullObject(LEMBAR_CADANGAN).load('name');
  await ctx.sync();
  if (cad.isNullObject) return;
  cad.delete();
  await ctx.sync().catch(() => undefined);
}

/** The last run's record, read from the workbook; undefined when there is none or it does not match its header. */
export async function bacaCadangan(ctx: KonteksExcel): Promise<Cadangan | undefined> {
  const kepala = await bacaKepala(ctx);
  if (!kepala) return undefined;
  const cad = ctx.workbook.worksheets.getItemOrNullObject(LEMBAR_CADANGAN);
  cad.load('name');
  await ctx.sync();
  if (cad.isNullObject) return undefined;
  const [sel] = await bacaBlok(
    ctx,
    [{ ws: cad, baris: 0, kolom: 0, jb: kepala.potongan, jk: 1 }],
    ['values'],
  );
  return cadanganDari(
    (sel.values ?? []).map((r) => r[0]),
    kepala.id,
  );
}
