import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { susunBab3 } from '../../src/report/bab3';
import { babKeHtml, babKeTeks, tabelKeHtml } from '../../src/report/html';
import { babKeLembar } from '../../src/report/lembar';
import type { BabTiga } from '../../src/report/model';
import { CONTOH, hitungBerkas } from '../bantu';

async function babContoh() {
  return susunBab3(await hitungBerkas(CONTOH), { instansi: 'Kecamatan Sukamaju' });
}

/**
 * Golden chapters, reviewed by a reader of Bahasa Indonesia: the example and
 * the chapters of the tables rebuilt from seed 004 (Kota Bangun) and seed 002
 * (Pelaihari). UPDATE_EMAS=1 rewrites them after a deliberate change.
 */
describe.each([
  ['contoh-bab3.txt', () => babContoh()],
  ['seed004-bab3.txt', async () => susunBab3(await hitungBerkas('bab3-seed004.xlsx'))],
  // Seed 002 rates with PermenPAN-RB 12/2015 (its Tabel 13), whether or not that table is recognised.
  [
    'seed002-bab3.txt',
    async () => susunBab3(await hitungBerkas('bab3-seed002.xlsx', { skala: 'permenpan12' })),
  ],
])('golden chapter %s', (nama, buat: () => Promise<BabTiga>) => {
  test('the chapter as text matches the reviewed golden file', async () => {
    const emas = path.join(__dirname, 'emas', nama);
    const teks = babKeTeks(await buat());
    if (process.env.UPDATE_EMAS) writeFileSync(emas, teks);
    expect(existsSync(emas)).toBe(true);
    expect(teks).toBe(readFileSync(emas, 'utf8'));
  });
});

describe('BAB III for the clipboard', () => {
  test('HTML has real tables with spans, escaped text, the filled-in marks and the Indonesian language', async () => {
    const bab = await babContoh();
    const html = babKeHtml(bab);
    const tabel = bab.blok.filter((b) => b.jenis === 'tabel').length;
    expect(html.match(/<table /g)).toHaveLength(tabel);
    expect(html).toContain('colspan="2"');
    expect(html).toContain('rowspan="3"');
    expect(html).toContain('lang="id-ID"');
    expect(html.match(/>Sumber: /g)).toHaveLength(tabel);
    const aneh = babKeHtml({
      judul: 'BAB III',
      blok: [{ jenis: 'paragraf', teks: 'A & B <script>', isian: true }],
    });
    expect(aneh).toContain('A &amp; B &lt;script&gt;');
    expect(aneh).toContain('background:#FFFF00');
  });

  test('pasted into Word or LibreOffice Writer: widths from the content, amounts never wrapped, headers only between words, rows kept whole', async () => {
    const bab = await babContoh();
    const anggaran = bab.blok.find(
      (b) =>
        b.jenis === 'tabel' && b.tabel.judul.startsWith('Realisasi Anggaran per Program Tahun'),
    );
    if (anggaran?.jenis !== 'tabel') throw new Error('tidak ada tabel anggaran');
    const html = tabelKeHtml(anggaran.tabel);
    const kolom = [...html.matchAll(/<col width="([\d.]+)%" style="width:\1%">/g)].map((m) =>
      Number(m[1]),
    );
    expect(kolom).toHaveLength(7);
    expect(kolom.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    // The program column is the widest; every amount cell is nowrap.
    expect(Math.max(...kolom)).toBe(kolom[1]);
    const amounts = [...html.matchAll(/<td[^>]*style="([^"]*)"[^>]*>2\.789\.500\.000<\/td>/g)];
    expect(amounts.length).toBeGreaterThan(0);
    for (const a of amounts) expect(a[1]).toContain('white-space:nowrap');
    expect(html).toMatch(/<th[^>]*style="[^"]*overflow-wrap:normal;[^"]*">Realisasi \(Rp\)<\/th>/);
    expect(html.match(/<tr style="page-break-inside:avoid;">/g)).toHaveLength(
      anggaran.tabel.kepala.length + anggaran.tabel.baris.length,
    );
    expect(html).toContain('table-layout:fixed');
    expect(html).toMatch(/^<p style="[^"]*page-break-after:avoid;/);
  });
});

describe('BAB III on a worksheet', () => {
  test('numbers stay numbers with formats, tables are bordered and charts draw from the data', async () => {
    const bab = await babContoh();
    const lembar = babKeLembar(bab);
    expect(lembar.nama).toBe('BAB III');
    const tabel = bab.blok.filter((b) => b.jenis === 'tabel');
    expect(lembar.tabel).toHaveLength(tabel.length);
    // Every number cell of every table arrives as a number, not text, right-aligned.
    const angka = lembar.sel.filter(
      (s) => typeof s.nilai === 'number' && s.kolom <= lembar.lebarKolom.length,
    );
    const harap = tabel
      .flatMap((b) => (b.jenis === 'tabel' ? b.tabel.baris.flat() : []))
      .filter((s) => s.nilai !== undefined);
    expect(angka).toHaveLength(harap.length);
    expect(angka.every((s) => s.format && s.rata === 'Right')).toBe(true);
    // No two cells written to the same place.
    const tempat = lembar.sel.map((s) => `${s.baris},${s.kolom}`);
    expect(new Set(tempat).size).toBe(tempat.length);
    // A chart for each chart of the chapter, each over a filled data block.
    expect(lembar.grafik.map((g) => g.jenis)).toEqual(['kolom', 'garis', 'kolom']);
    for (const g of lembar.grafik) {
      const { baris1, baris2, kolom1, kolom2 } = g.sumber;
      for (let r = baris1; r <= baris2; r++) expect(tempat).toContain(`${r},${kolom1}`);
      expect(kolom2).toBeGreaterThan(kolom1);
      expect(baris2).toBeGreaterThan(baris1);
    }
    expect(lembar.grafik.map((g) => g.judul)).toEqual([
      'Grafik 3.1 Capaian Kinerja per Indikator Tahun 2024',
      'Grafik 3.2 Tren Capaian Kinerja Tahun 2022–2024',
      'Grafik 3.3 Pagu dan Realisasi Anggaran per Program Tahun 2024',
    ]);
  });

  test('column widths from the content: every amount fits its column, rows as tall as their longest cell', async () => {
    const lembar = babKeLembar(await babContoh());
    for (const s of lembar.sel) {
      if (typeof s.nilai !== 'number' || s.kolom > lembar.lebarKolom.length) continue;
      const teks = s.nilai.toLocaleString('id-ID', { maximumFractionDigits: 2 });
      expect(lembar.lebarKolom[s.kolom - 1]).toBeGreaterThanOrEqual(teks.length);
    }
    // The consolidated table's sasaran cell spans three rows; its rows are given room for its text.
    const sasaran = lembar.sel.find(
      (s) => s.nilai === 'Meningkatnya kualitas pelayanan publik kecamatan',
    )!;
    expect(lembar.gabung).toContainEqual({
      baris1: sasaran.baris,
      kolom1: 2,
      baris2: sasaran.baris + 2,
      kolom2: 2,
    });
    const tinggi = new Map(lembar.tinggiBaris.map((t) => [t.baris, t.tinggi]));
    expect(tinggi.get(sasaran.baris)).toBeGreaterThanOrEqual(15);
    // A long paragraph gets more than one line.
    const panjang = lembar.sel.find(
      (s) => typeof s.nilai === 'string' && s.nilai.startsWith('Pengukuran kinerja'),
    )!;
    expect(tinggi.get(panjang.baris)).toBeGreaterThan(30);
  });

  test('merged cells never overlap and stay inside their table', async () => {
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
