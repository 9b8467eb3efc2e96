import {
  KUNCI_OPSI_BAB3,
  bacaOpsiBab3,
  namaLembarBebas,
  simpanOpsiBab3,
  tulisLembarBab,
} from '../../src/excel/lembar-bab';
import { susunBab3 } from '../../src/report/bab3';
import { babKeLembar } from '../../src/report/lembar';
import { alamat } from '../../src/sheet/grid';
import { CONTOH, hitungBerkas } from '../bantu';
import { BukuPalsu, KonteksPalsu } from './palsu-excel';

async function tataContoh() {
  return babKeLembar(susunBab3(await hitungBerkas(CONTOH), { instansi: 'Kecamatan Sukamaju' }));
}

test('a free sheet name never reuses an existing one, whatever its case', () => {
  expect(namaLembarBebas('BAB III', ['Capaian'])).toBe('BAB III');
  expect(namaLembarBebas('BAB III', ['bab iii', 'BAB III (2)'])).toBe('BAB III (3)');
});

test('BAB III goes to a new sheet in two syncs, numbers as numbers, with borders, merges and charts', async () => {
  const buku = new BukuPalsu();
  const lama = buku.tambah('BAB III').isi(1, 1, [['catatan pengguna']]);
  const ctx = new KonteksPalsu(buku);
  const tata = await tataContoh();

  const nama = await tulisLembarBab(ctx, tata);

  expect(ctx.jumlahSync).toBe(2);
  expect(nama).toBe('BAB III (2)');
  // The user's own sheet of that name is untouched.
  expect(lama.ambil(1, 1)?.nilai).toBe('catatan pengguna');
  expect(lama.sel.size).toBe(1);
  const l = buku.cari('BAB III (2)');
  expect(buku.aktif).toBe(buku.lembar.indexOf(l));
  expect(l.ambil(1, 1)?.nilai).toBe('BAB III AKUNTABILITAS KINERJA');
  expect(l.gayaDi(1, 1)['font.bold']).toBe(true);

  // Each number cell of the layout arrives as a number with its format.
  for (const s of tata.sel.filter((x) => typeof x.nilai === 'number')) {
    expect(l.ambil(s.baris, s.kolom)).toMatchObject({
      nilai: s.nilai,
      // The fake, like Excel, keeps General as no format.
      format: s.format === 'General' ? undefined : s.format,
    });
  }
  // Numbers and their dashes to the right.
  const kanan = tata.sel.filter((x) => x.rata === 'Right');
  expect(kanan.length).toBeGreaterThan(50);
  for (const x of kanan) expect(l.gayaDi(x.baris, x.kolom).horizontalAlignment).toBe('Right');
  // Text is formatted as text so Excel never re-reads it as a number.
  const teks = tata.sel.find((x) => typeof x.nilai === 'string')!;
  expect(l.ambil(teks.baris, teks.kolom)?.format).toBe('@');

  // Borders on every table, header fill on the header rows.
  for (const t of tata.tabel) {
    expect(l.bingkai.filter((b) => b.startsWith(`${alamat(t.baris1, t.kolom1)}:`))).toHaveLength(6);
    expect(l.gayaDi(t.baris1, t.kolom2)['fill.color']).toBe('#D9E1F2');
    expect(l.gayaDi(t.baris2, t.kolom1)['fill.color']).toBeUndefined();
  }
  expect(l.gabungan).toHaveLength(tata.gabung.length);
  expect(l.lebarKolom.get(2)).toBe(tata.lebarKolom[1] * 6);

  // One native chart per data block, titled and placed.
  expect(l.grafik).toHaveLength(tata.grafik.length);
  expect(l.grafik.length).toBeGreaterThanOrEqual(2);
  tata.grafik.forEach((g, i) => {
    expect(l.grafik[i]).toMatchObject({
      jenis: g.jenis === 'garis' ? 'Line' : 'ColumnClustered',
      judul: g.judul,
      letak: alamat(g.letak.baris, g.letak.kolom),
    });
    expect(l.grafik[i].sumber.startsWith(alamat(g.sumber.baris1, g.sumber.kolom1))).toBe(true);
  });
});

test("the pane's BAB III choices are kept in the workbook settings and read back", async () => {
  const buku = new BukuPalsu();
  const ctx = new KonteksPalsu(buku);
  expect(await bacaOpsiBab3(ctx)).toBeUndefined();
  simpanOpsiBab3(ctx, '{"tanpa":["renstra"]}');
  await ctx.sync();
  expect(buku.settings.get(KUNCI_OPSI_BAB3)).toBe('{"tanpa":["renstra"]}');
  expect(await bacaOpsiBab3(new KonteksPalsu(buku))).toBe('{"tanpa":["renstra"]}');
});
