import type ExcelJS from 'exceljs';
import { atribut, lepasXml } from './xml';
import { Paket } from './paket';
import type { Pemampat } from './zip';

/**
 * ExcelJS reads a note only when its cell holds something: a note on an
 * empty cell (a column the user left for Capaian to fill, say) is dropped
 * when the file is loaded, and the ExcelJS writer would then lose it. The
 * notes are read here from the package itself and put back on their cells.
 */

/** Every sheet's notes (cell -> text), by sheet name. */
async function catatanPaket(
  data: Uint8Array,
  pemampat: Pemampat,
): Promise<Map<string, Map<string, string>>> {
  const paket = new Paket(data, pemampat);
  const hasil = new Map<string, Map<string, string>>();
  const jalurBuku = (await paket.hubungan('')).find((h) =>
    h.jenis.endsWith('/officeDocument'),
  )?.jalur;
  if (!jalurBuku) return hasil;
  const hubBuku = await paket.hubungan(jalurBuku);
  for (const [tag] of (await paket.teks(jalurBuku)).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const lembar = hubBuku.find((x) => x.id === id);
    if (!lembar || !paket.ada(lembar.jalur)) continue;
    const komentar = (await paket.hubungan(lembar.jalur)).find((h) =>
      h.jenis.endsWith('/comments'),
    );
    if (!komentar || !paket.ada(komentar.jalur)) continue;
    const catatan = new Map<string, string>();
    for (const [c] of (await paket.teks(komentar.jalur)).matchAll(
      /<(?:\w+:)?comment\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?comment>)/g,
    )) {
      const ref = atribut(c.slice(0, c.indexOf('>') + 1), 'ref');
      const teks = [...c.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
        .map((m) => lepasXml(m[1]))
        .join('');
      if (ref) catatan.set(ref.toUpperCase(), teks);
    }
    hasil.set(atribut(tag, 'name') ?? '', catatan);
  }
  return hasil;
}

/** Put back on `buku` the notes ExcelJS dropped (those of empty cells). */
export async function pulihkanCatatan(
  buku: ExcelJS.Workbook,
  data: Uint8Array,
  pemampat: Pemampat,
): Promise<void> {
  for (const [nama, catatan] of await catatanPaket(data, pemampat)) {
    const ws = buku.getWorksheet(nama);
    if (!ws) continue;
    for (const [ref, teks] of catatan) {
      const sel = ws.getCell(ref);
      if (!sel.note) sel.note = teks;
    }
  }
}
