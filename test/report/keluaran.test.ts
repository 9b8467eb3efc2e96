import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { susunBab3 } from '../../src/report/bab3';
import { babKeHtml, babKeTeks } from '../../src/report/html';
import { babKeLembar } from '../../src/report/lembar';
import { CONTOH, hitungBerkas } from '../bantu';

const EMAS = path.join(__dirname, 'emas', 'contoh-bab3.txt');

async function babContoh() {
  return susunBab3(await hitungBerkas(CONTOH), { instansi: 'Kecamatan Sukamaju' });
}

describe('BAB III for the clipboard', () => {
  test('the example chapter as text matches the reviewed golden file', async () => {
    const teks = babKeTeks(await babContoh());
    // UPDATE_EMAS=1 rewrites the golden file after a deliberate wording change.
    if (process.env.UPDATE_EMAS) writeFileSync(EMAS, teks);
    expect(existsSync(EMAS)).toBe(true);
    expect(teks).toBe(readFileSync(EMAS, 'utf8'));
  });

  test('HTML has real tables with spans, escaped text and the filled-in marks', async () => {
    const bab = await babContoh();
    const html = babKeHtml(bab);
    const tabel = bab.blok.filter((b) => b.jenis === 'tabel').length;
    expect(html.match(/<table /g)).toHaveLength(tabel);
    expect(html).toContain('colspan="2"');
    expect(html).toContain('Kecamatan Sukamaju');
    const aneh = babKeHtml({
      judul: 'BAB III',
      blok: [{ jenis: 'paragraf', teks: 'A & B <script>', isian: true }],
    });
    expect(aneh).toContain('A &amp; B &lt;script&gt;');
    expect(aneh).toContain('background:#FFFF00');
  });
});

describe('BAB III on a worksheet', () => {
  test('numbers stay numbers with formats, tables are bordered and charts draw from the data', async () => {
    const bab = await babContoh();
    const lembar = babKeLembar(bab);
    expect(lembar.nama).toBe('BAB III');
    const tabel = bab.blok.filter((b) => b.jenis === 'tabel');
    expect(lembar.tabel).toHaveLength(tabel.length);
    // Every number cell of every table arrives as a number, not text.
    const angka = lembar.sel.filter((s) => typeof s.nilai === 'number' && s.kolom <= 8);
    const harap = tabel
      .flatMap((b) => (b.jenis === 'tabel' ? b.tabel.baris.flat() : []))
      .filter((s) => s.nilai !== undefined);
    expect(angka).toHaveLength(harap.length);
    expect(angka.every((s) => s.format)).toBe(true);
    // No two cells written to the same place.
    const tempat = lembar.sel.map((s) => `${s.baris},${s.kolom}`);
    expect(new Set(tempat).size).toBe(tempat.length);
    // Charts: capaian per indicator and budget per program, each over a filled data block.
    expect(lembar.grafik.map((g) => g.jenis)).toEqual(expect.arrayContaining(['kolom']));
    for (const g of lembar.grafik) {
      const { baris1, baris2, kolom1, kolom2 } = g.sumber;
      for (let r = baris1; r <= baris2; r++)
        for (let c = kolom1; c <= kolom2; c++) expect(tempat).toContain(`${r},${c}`);
      expect(baris2).toBeGreaterThan(baris1);
    }
    expect(lembar.grafik.some((g) => /Indikator/.test(g.judul))).toBe(true);
    expect(lembar.grafik.some((g) => /Anggaran per Program/.test(g.judul))).toBe(true);
  });

  test('merged header cells never overlap and stay inside their table', async () => {
    const lembar = babKeLembar(await babContoh());
    for (const t of lembar.tabel) {
      const gabung = lembar.gabung.filter((g) => g.baris1 >= t.baris1 && g.baris2 <= t.baris2);
      const dipakai = new Set<string>();
      for (const g of gabung) {
        expect(g.kolom2).toBeLessThanOrEqual(t.kolom2);
        for (let r = g.baris1; r <= g.baris2; r++)
          for (let c = g.kolom1; c <= g.kolom2; c++) {
            expect(dipakai.has(`${r},${c}`)).toBe(false);
            dipakai.add(`${r},${c}`);
          }
      }
    }
  });
});
