import { terbesar } from '../domain/agregasi';
import type { TataLembar } from '../report/lembar';
import { alamat, alamatRentang } from '../sheet/grid';
import type { KonteksExcel, NilaiSelExcel } from './api';

/** A sheet name not yet in the workbook: "BAB III", then "BAB III (2)", ... */
export function namaLembarBebas(nama: string, ada: string[]): string {
  const dipakai = new Set(ada.map((n) => n.toLowerCase()));
  let calon = nama;
  for (let i = 2; dipakai.has(calon.toLowerCase()); i++) calon = `${nama} (${i})`;
  return calon;
}

const SISI = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

/** Points per character of column width, near enough for Calibri 11. */
const TITIK_PER_KARAKTER = 6;

/**
 * Write BAB III to a new sheet: never touches an existing one. Two syncs:
 * one to learn the sheet names, one for everything else. Returns the name.
 */
export async function tulisLembarBab(ctx: KonteksExcel, tata: TataLembar): Promise<string> {
  const koleksi = ctx.workbook.worksheets;
  koleksi.load('items/name');
  await ctx.sync();
  const nama = namaLembarBebas(
    tata.nama,
    koleksi.items.map((l) => l.name),
  );
  const ws = koleksi.add(nama);
  const barisAkhir = terbesar(
    tata.sel.map((s) => s.baris),
    1,
  );
  const kolomAkhir = terbesar(
    tata.sel.map((s) => s.kolom),
    1,
  );
  // One block for values and one for number formats; null leaves a cell alone.
  const nilai: NilaiSelExcel[][] = Array.from({ length: barisAkhir }, () =>
    Array<NilaiSelExcel>(kolomAkhir).fill(null),
  );
  const format: (string | null)[][] = Array.from({ length: barisAkhir }, () =>
    Array<string | null>(kolomAkhir).fill(null),
  );
  for (const s of tata.sel) {
    nilai[s.baris - 1][s.kolom - 1] = s.nilai;
    // Text as text, so "1.234" in a caption never turns into a number.
    format[s.baris - 1][s.kolom - 1] = s.format ?? (typeof s.nilai === 'string' ? '@' : null);
  }
  const semua = ws.getRangeByIndexes(0, 0, barisAkhir, kolomAkhir);
  semua.numberFormat = format;
  semua.values = nilai;
  semua.format.verticalAlignment = 'Top';
  tata.lebarKolom.forEach((w, j) => {
    ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = w * TITIK_PER_KARAKTER;
  });
  for (const t of tata.tabel) {
    const r = ws.getRange(alamatRentang(t.baris1, t.kolom1, t.baris2, t.kolom2));
    for (const sisi of SISI) r.format.borders.getItem(sisi).style = 'Continuous';
    r.format.wrapText = true;
    const kepala = ws.getRange(
      alamatRentang(t.baris1, t.kolom1, t.baris1 + t.kepala - 1, t.kolom2),
    );
    kepala.format.fill.color = '#D9E1F2';
    kepala.format.horizontalAlignment = 'Center';
    kepala.format.verticalAlignment = 'Center';
  }
  for (const g of tata.gabung) {
    const r = ws.getRange(alamatRentang(g.baris1, g.kolom1, g.baris2, g.kolom2));
    r.merge(false);
    r.format.wrapText = true;
  }
  for (const t of tata.tinggiBaris)
    ws.getRangeByIndexes(t.baris - 1, 0, 1, 1).format.rowHeight = t.tinggi;
  for (const s of tata.sel) {
    if (!s.tebal && !s.miring && !s.latar && !s.rata) continue;
    const r = ws.getRange(alamat(s.baris, s.kolom));
    if (s.tebal) r.format.font.bold = true;
    if (s.miring) r.format.font.italic = true;
    if (s.latar) r.format.fill.color = `#${s.latar}`;
    if (s.rata) r.format.horizontalAlignment = s.rata;
  }
  for (const g of tata.grafik) {
    const sumber = ws.getRange(
      alamatRentang(g.sumber.baris1, g.sumber.kolom1, g.sumber.baris2, g.sumber.kolom2),
    );
    const grafik = ws.charts.add(
      g.jenis === 'garis' ? 'Line' : 'ColumnClustered',
      sumber,
      'Columns',
    );
    grafik.title.text = g.judul;
    grafik.setPosition(alamat(g.letak.baris, g.letak.kolom));
  }
  ws.activate();
  await ctx.sync();
  return nama;
}

/** Where the BAB III choices of the pane are kept in the workbook (they travel with the file). */
export const KUNCI_OPSI_BAB3 = 'capaian.bab3';

/** The saved BAB III choices (checked by the caller: never trusted). */
export async function bacaOpsiBab3(ctx: KonteksExcel): Promise<string | undefined> {
  const s = ctx.workbook.settings.getItemOrNullObject(KUNCI_OPSI_BAB3);
  s.load('value');
  await ctx.sync();
  return s.isNullObject || typeof s.value !== 'string' ? undefined : s.value;
}

/** Save the BAB III choices into the workbook (written with the next sync). */
export function simpanOpsiBab3(ctx: KonteksExcel, teks: string): void {
  ctx.workbook.settings.add(KUNCI_OPSI_BAB3, teks);
}
