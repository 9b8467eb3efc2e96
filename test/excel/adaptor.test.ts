import { HyperFormula } from 'hyperformula';
import {
  bacaCadangan,
  bacaLembar,
  bacaPengaturan,
  bacaSemuaLembar,
  batalkan,
  GalatCadangan,
  GalatLembar,
  LEMBAR_CADANGAN,
  pesanGalat,
  simpanPengaturan,
  terapkanRencana,
} from '../../src/excel/adaptor';
import { kemampuanDari, type Kemampuan } from '../../src/excel/api';
import { kodekan, urai } from '../../src/excel/cadangan';
import { lebarKeTitik, titikKeLebar } from '../../src/excel/tulis';
import { kunciTeks } from '../../src/domain/teks';
import { hitungBuku } from '../../src/engine/hitung';
import { alamat, type NilaiGrid } from '../../src/sheet/grid';
import { bacaBuku, CONTOH } from '../bantu';
import { BATAS_PAYLOAD, BukuPalsu, KonteksPalsu } from './palsu-excel';

const PENUH: Kemampuan = { api19: true, api113: true, api118: true };

async function bukuContoh(versi = '1.18'): Promise<BukuPalsu> {
  const { grids } = await bacaBuku(CONTOH);
  const buku = new BukuPalsu();
  buku.versiApi = versi;
  for (const g of grids) buku.tambahDariGrid(g);
  return buku;
}

/** What this host's isSetSupported gives. */
const kemampuan = (buku: BukuPalsu) => kemampuanDari((n, v) => buku.didukung(n, v));

/** Formula cells computed by HyperFormula over the fake's current content. */
function pasangRumus(buku: BukuPalsu): void {
  buku.hitungRumus = (ws, b, k) => {
    const lembar: Record<string, unknown[][]> = {};
    for (const l of buku.lembar) {
      const isi: unknown[][] = [];
      for (const [kunci, s] of l.sel) {
        const [bb, kk] = kunci.split(',').map(Number);
        (isi[bb - 1] ??= [])[kk - 1] = s.rumus ?? s.nilai;
      }
      for (let i = 0; i < isi.length; i++) isi[i] ??= [];
      lembar[l.nama] = isi;
    }
    const hf = HyperFormula.buildFromSheets(lembar as never, { licenseKey: 'gpl-v3' });
    const v = hf.getCellValue({ sheet: hf.getSheetId(ws.nama)!, row: b - 1, col: k - 1 });
    hf.destroy();
    return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : '';
  };
}

/** A DPA sheet of `n` sub kegiatan rows. */
function bukuDpa(n: number, teks = ''): BukuPalsu {
  const buku = new BukuPalsu();
  const l = buku.tambah('DPA');
  l.isi(1, 1, [['Kode', 'Uraian', 'Pagu', 'Realisasi']]);
  l.isi(
    2,
    1,
    Array.from({ length: n }, (_, i) => [
      `7.01.01.2.01.${i + 1}`,
      `Sub kegiatan ${i + 1}${teks}`,
      1000 + i,
      900 + i,
    ]),
  );
  return buku;
}

describe('reading a sheet', () => {
  test('two syncs (measure, then the cells); the Grid is what the xlsx adapter gives', async () => {
    const { grids } = await bacaBuku(CONTOH);
    const buku = await bukuContoh();
    buku.aktif = 4; // DPA 2024
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(2);
    const asli = grids[4];
    expect(g.sheet).toBe('DPA 2024');
    expect([g.barisAwal, g.kolomAwal]).toEqual([asli.barisAwal, asli.kolomAwal]);
    // The xlsx Grid keeps a row only as long as its last cell (memory follows the cells present).
    const tanpaEkor = (n: NilaiGrid[][]) =>
      n.map((r) => r.slice(0, r.findLastIndex((v) => v !== null) + 1));
    expect(tanpaEkor(g.nilai)).toEqual(tanpaEkor(asli.nilai));
    expect(g.gabungan).toEqual(asli.gabungan);
    expect(g.format?.[7][2]).toBe('#,##0');
    expect(g.rumus?.[7][2]).toBe('=C9+C12+C14');
  });

  test('hidden columns are read in the same syncs, and no computed column goes into one', async () => {
    const buku = bukuDpa(3);
    const l = buku.cari('DPA');
    // E (right of the table) and G..AD hidden by the user.
    l.kolomTersembunyi = new Set([5, ...Array.from({ length: 24 }, (_, i) => 7 + i)]);
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(2);
    expect(g.kolomTersembunyi).toEqual([
      [5, 5],
      [7, 30],
    ]);
    const blok = hitungBuku([g]).rencana.blok;
    expect(blok.map((b) => [b.peran, b.kolom])).toEqual([
      ['serapan', 6],
      ['sisa', 31],
    ]);
  });

  test('hidden columns are asked of 512 columns at most, and of none past XFD', async () => {
    // A stray cell at XFD: the used range is 16 384 columns wide.
    const buku = bukuDpa(3);
    buku.cari('DPA').isi(1, 16384, [['x']]);
    const g = await bacaLembar(new KonteksPalsu(buku), PENUH);
    expect(g.nilai[0][16383]).toBe('x');
    // Cells only in the last columns: the margin right of them stops at XFD.
    const ujung = new BukuPalsu();
    ujung.tambah('Ujung').isi(1, 16381, [['a', 'b', 'c', 'd']]);
    ujung.cari('Ujung').kolomTersembunyi.add(16384);
    const u = await bacaLembar(new KonteksPalsu(ujung), PENUH);
    expect(u.kolomTersembunyi).toEqual([[16384, 16384]]);
  });

  test('a hidden sheet is read and marked; our own backup sheet is not read', async () => {
    const buku = await bukuContoh();
    buku.cari('Renstra').visibilitas = 'Hidden';
    buku.tambah(LEMBAR_CADANGAN).visibilitas = 'VeryHidden';
    buku.cari(LEMBAR_CADANGAN).isi(1, 1, [['No', 'Indikator Kinerja', 'Target', 'Realisasi']]);
    const ctx = new KonteksPalsu(buku);
    const grids = await bacaSemuaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(3);
    expect(grids.map((g) => g.sheet)).not.toContain(LEMBAR_CADANGAN);
    expect(grids.filter((g) => g.lembarTersembunyi).map((g) => g.sheet)).toEqual(['Renstra']);
    const hasil = hitungBuku(grids);
    expect(hasil.temuan.filter((t) => t.kode === 'lembar-tersembunyi')).toEqual([
      expect.objectContaining({ sheet: 'Renstra', sel: 'A6', tingkat: 'info' }),
    ]);
  });

  test('Excel 2019 (ExcelApi 1.7): no merges are asked for, blank header cells stay blank', async () => {
    const buku = await bukuContoh('1.7');
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, kemampuan(buku), 'Kinerja 2024');
    expect(g.gabungan).toEqual([]);
    // F6:G6 "Tahun 2024" is merged: G6 is blank, as Excel gives it.
    expect(g.nilai[6 - g.barisAwal][6 - g.kolomAwal]).toBe('Tahun 2024');
    expect(g.nilai[6 - g.barisAwal][7 - g.kolomAwal]).toBeNull();
    expect(ctx.jumlahSync).toBe(2);
  });

  test('a host claiming a set it lacks fails the sync (the fake checks the sets)', async () => {
    const buku = await bukuContoh('1.7');
    await expect(bacaLembar(new KonteksPalsu(buku), PENUH, 'Kinerja 2024')).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });

  test('all sheets in three syncs; an empty sheet is an empty Grid', async () => {
    const buku = await bukuContoh();
    buku.tambah('Kosong');
    const ctx = new KonteksPalsu(buku);
    const grids = await bacaSemuaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(3);
    expect(grids).toHaveLength(9);
    expect(grids[8].nilai).toEqual([]);
  });

  test('the sync count stays the same as rows grow below the block size', async () => {
    const syncs: number[] = [];
    for (const n of [100, 1000, 5000]) {
      const ctx = new KonteksPalsu(bukuDpa(n));
      await bacaLembar(ctx, PENUH);
      syncs.push(ctx.jumlahSync);
    }
    expect(syncs).toEqual([2, 2, 2]);
  });

  test('a sheet above 5 MB (Excel on the web) is read in row blocks, each response under the limit', async () => {
    const n = 25_000;
    const buku = bukuDpa(n, ' pada kelurahan dan desa di wilayah kecamatan');
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, PENUH);
    expect(g.nilai).toHaveLength(n + 1);
    expect(g.nilai[n][2]).toBe(1000 + n - 1);
    const total = ctx.ukuranRespons.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(BATAS_PAYLOAD);
    expect(Math.max(...ctx.ukuranRespons)).toBeLessThan(BATAS_PAYLOAD);
  });

  test('a narrow sheet of 300 000 rows: blocks of more rows than one call takes arguments are read whole', async () => {
    const buku = new BukuPalsu();
    buku.tambah('Angka').isi(
      1,
      1,
      Array.from({ length: 300_000 }, (_, i) => [i]),
    );
    const g = await bacaLembar(new KonteksPalsu(buku), PENUH);
    expect(g.nilai.length).toBe(300_000);
    expect(g.nilai[299_999][0]).toBe(299_999);
  });

  test('more than 512 merged areas: read in row halves, none lost', async () => {
    const buku = bukuDpa(1400);
    const l = buku.cari('DPA');
    for (let b = 2; b < 1400; b += 2)
      l.gabungan.push({ baris1: b, kolom1: 1, baris2: b + 1, kolom2: 1 });
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, PENUH);
    expect(g.gabungan).toHaveLength(l.gabungan.length);
    expect(new Set(g.gabungan.map((x) => x.baris1))).toEqual(
      new Set(l.gabungan.map((x) => x.baris1)),
    );
  });

  test('a sheet far too large is refused with a message before any cell is read', async () => {
    const buku = new BukuPalsu();
    buku
      .tambah('Besar')
      .isi(1, 1, [['a']])
      .isi(1_000_000, 100, [['b']]);
    const ctx = new KonteksPalsu(buku);
    await expect(bacaLembar(ctx, PENUH)).rejects.toThrow(/terlalu besar untuk dibaca/);
    expect(ctx.jumlahSync).toBe(1);
  });
});

describe('applying a plan', () => {
  test('two syncs; the written cells are the plan, with its notes and new column widths', async () => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const grids = await bacaSemuaLembar(ctx, PENUH);
    const hasil = hitungBuku(grids);
    const sebelum = ctx.jumlahSync;
    await terapkanRencana(ctx, PENUH, hasil.rencana);
    expect(ctx.jumlahSync - sebelum).toBe(2);
    expect(ctx.jumlahSuspensi).toBe(1);
    const kinerja = buku.cari('Kinerja 2024');
    expect(kinerja.ambil(6, 10)?.nilai).toBe('Capaian (%)');
    expect(kinerja.ambil(8, 10)?.rumus).toMatch(/^=IF\(AND\(ISNUMBER\(F8\),ISNUMBER\(G8\)\)/);
    expect(kinerja.ambil(8, 10)?.format).toBe('0.00');
    expect(kinerja.ambil(11, 10)).toMatchObject({ nilai: 80, format: '0.00' }); // predikat: a value
    expect(kinerja.catatan.get('J11')).toMatch(/predikat|BB/i);
    expect(titikKeLebar(kinerja.lebar(10))).toBe(14);
    expect(kinerja.gabungan).toContainEqual({ baris1: 6, kolom1: 10, baris2: 7, kolom2: 10 });
    expect(kinerja.warna.map((w) => w.rumus)).toContain('=$K8="Sangat Tinggi"');
    expect(kinerja.warna.every((w) => w.alamat === 'K8:K16')).toBe(true);
    for (const b of hasil.rencana.blok)
      b.sel.forEach((r, i) =>
        r.forEach((s, j) => {
          if (!s) return;
          const isi = buku.cari(b.sheet).ambil(b.baris + i, b.kolom + j);
          if (s.rumus) expect(isi?.rumus).toBe(s.rumus);
          else expect(isi?.nilai ?? null).toBe(s.nilai === '' ? null : s.nilai);
        }),
      );
  });

  test('the sync count stays the same as rows grow; requests stay under the limit', async () => {
    const syncs: number[] = [];
    for (const n of [100, 1000, 5000]) {
      const buku = bukuDpa(n);
      const ctx = new KonteksPalsu(buku);
      const hasil = hitungBuku([await bacaLembar(ctx, PENUH)]);
      await terapkanRencana(ctx, PENUH, hasil.rencana);
      syncs.push(ctx.jumlahSync);
      expect(Math.max(...ctx.ukuranPermintaan)).toBeLessThan(4_500_000);
    }
    expect(syncs).toEqual([4, 4, 4]); // 2 to read, 2 to write
  });

  test('above the request limit the writes go in row chunks, each under the limit', async () => {
    const buku = bukuDpa(3000);
    const l = buku.cari('DPA');
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku([await bacaLembar(ctx, PENUH)]);
    await terapkanRencana(ctx, PENUH, hasil.rencana, { batasPermintaan: 50_000 });
    const tulis = ctx.ukuranPermintaan.slice(2);
    expect(tulis.length).toBeGreaterThan(3);
    expect(Math.max(...tulis)).toBeLessThanOrEqual(50_000 + 1000);
    expect(l.ambil(3001, 5)?.rumus).toBe(
      '=IF(ISNUMBER(C3001),IF(C3001=0,"",N(D3001)/C3001*100),"")',
    );
  });

  test.each([
    ['terlindung', 'dilindungi'],
    ['difilter', 'sedang difilter'],
  ] as const)('a %s sheet gets a clear message and nothing is written', async (sifat, pesan) => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    buku.cari('DPA 2024')[sifat] = true;
    const awal = buku.salinan();
    await expect(terapkanRencana(ctx, PENUH, hasil.rencana)).rejects.toThrow(GalatLembar);
    await expect(terapkanRencana(new KonteksPalsu(buku), PENUH, hasil.rencana)).rejects.toThrow(
      pesan,
    );
    expect(buku.salinan()).toBe(awal);
  });

  test('a cell typed into while the command ran stops the write', async () => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    buku.cari('Kinerja 2024').isi(9, 10, [['ketikan pengguna']]);
    const awal = buku.salinan();
    await expect(terapkanRencana(ctx, PENUH, hasil.rencana)).rejects.toThrow(
      'berubah sejak dibaca',
    );
    expect(buku.salinan()).toBe(awal);
  });

  test('a write that fails halfway leaves the sheet as it was', async () => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    const awal = buku.salinan();
    ctx.gagalPadaSync = ctx.jumlahSync + 2;
    await expect(terapkanRencana(ctx, PENUH, hasil.rencana)).rejects.toThrow('simulated');
    expect(buku.salinan()).toBe(awal);
    expect(buku.settings.get('capaian.cadangan') ?? '').toBe('');
  });

  test("the user's own conditional formats on the kategori cells are kept; ours are not doubled", async () => {
    const buku = await bukuContoh();
    const l = buku.cari('Kinerja 2024');
    l.warna.push(
      { id: 'u1', alamat: 'K8:K16', rumus: '=$K8="Sedang"', warna: '#123456', jenis: 'Custom' },
      { id: 'u2', alamat: 'K1:K100', rumus: '', warna: '', jenis: 'ColorScale' },
    );
    l.warna[0].rumus = '=LEN($K8)>20'; // the user's own rule, over the same cells
    const ctx = new KonteksPalsu(buku);
    await terapkanRencana(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
    await terapkanRencana(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
    expect(l.warna.filter((w) => w.id === 'u1' || w.id === 'u2')).toHaveLength(2);
    expect(l.warna.filter((w) => w.rumus === '=$K8="Sangat Tinggi"')).toHaveLength(1);
  });
});

describe('Batalkan', () => {
  test('puts back exactly what was there, from the record kept in the workbook', async () => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    const awal = buku.salinan();
    await terapkanRencana(ctx, PENUH, hasil.rencana);
    expect(buku.salinan()).not.toBe(awal);
    const dibaca = await bacaCadangan(new KonteksPalsu(buku));
    const h = await batalkan(new KonteksPalsu(buku), dibaca!, { kemampuan: PENUH });
    expect(h.dibiarkan).toEqual([]);
    expect(buku.salinan()).toBe(awal);
    expect(await bacaCadangan(new KonteksPalsu(buku))).toBeUndefined();
  });

  test('puts the looks back too, from a very hidden backup sheet it then removes', async () => {
    const buku = await bukuContoh();
    const l = buku.cari('Kinerja 2024');
    for (let b = 6; b <= 16; b++)
      l.sel.set(`${b},9`, { ...(l.ambil(b, 9) ?? { nilai: null }), gaya: 'tabel' });
    l.sel.set('8,10', { nilai: null, gaya: 'kuning' });
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    const awal = buku.salinan();
    const cadangan = await terapkanRencana(ctx, PENUH, hasil.rencana);
    expect(l.ambil(8, 10)?.gaya).toBe('tabel');
    expect(buku.cari(LEMBAR_CADANGAN).visibilitas).toBe('VeryHidden');
    await batalkan(new KonteksPalsu(buku), cadangan, { kemampuan: PENUH });
    expect(l.ambil(8, 10)?.gaya).toBe('kuning');
    expect(l.ambil(9, 10)?.gaya).toBeUndefined();
    expect(buku.lembar.map((x) => x.nama)).not.toContain(LEMBAR_CADANGAN);
    expect(buku.salinan()).toBe(awal);
  });

  test('after the user edits written cells and fills an inserted column, only untouched cells come back and the rest are named', async () => {
    const buku = await bukuContoh();
    const l = buku.cari('Kinerja 2024');
    const ctx = new KonteksPalsu(buku);
    await terapkanRencana(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
    // The user types a Faktor Pendukung column over J8:J15 (as after inserting a column) and edits K16.
    for (let b = 8; b <= 15; b++) l.isi(b, 10, [[`faktor ${b}`]]);
    l.isi(16, 11, [['diubah']]);
    const cadangan = await bacaCadangan(new KonteksPalsu(buku));
    const h = await batalkan(new KonteksPalsu(buku), cadangan!, { kemampuan: PENUH });
    for (let b = 8; b <= 15; b++) expect(l.ambil(b, 10)?.nilai).toBe(`faktor ${b}`);
    expect(l.ambil(16, 11)?.nilai).toBe('diubah');
    expect(h.dibiarkan).toEqual(['Kinerja 2024!J8:J15', 'Kinerja 2024!K16']);
    expect(l.ambil(8, 11)?.rumus).toBeUndefined(); // an untouched written cell came back
    expect(l.ambil(16, 10)?.rumus).toBeUndefined();
  });

  test('a large run (over 100k cells) keeps its record, and Batalkan undoes that run, not an earlier one', async () => {
    const buku = bukuDpa(55_000);
    const lain = buku.tambah('Kinerja').isi(1, 1, [
      ['Indikator', 'Target', 'Realisasi'],
      ['A', 80, 76],
    ]);
    const ctx = new KonteksPalsu(buku);
    buku.aktif = 1;
    await terapkanRencana(ctx, PENUH, hitungBuku([await bacaLembar(ctx, PENUH)]).rencana);
    const setelahPertama = JSON.stringify([...lain.sel]);
    buku.aktif = 0;
    const dpa = buku.cari('DPA');
    const awal = JSON.stringify([...dpa.sel].filter(([, s]) => s.nilai !== null || s.rumus).sort());
    const hasil = hitungBuku([await bacaLembar(ctx, PENUH)]);
    const c = await terapkanRencana(ctx, PENUH, hasil.rencana);
    expect(c.jumlahSel).toBeGreaterThan(100_000);
    expect(c.disimpan).toBe(true);
    const dibaca = await bacaCadangan(new KonteksPalsu(buku));
    expect(dibaca?.lembar).toEqual(['DPA']);
    const k2 = new KonteksPalsu(buku);
    const h = await batalkan(k2, dibaca!, { kemampuan: PENUH });
    expect(h.dikembalikan).toBe(c.jumlahSel);
    expect(Math.max(...k2.ukuranPermintaan)).toBeLessThan(BATAS_PAYLOAD);
    expect(JSON.stringify([...dpa.sel].filter(([, s]) => s.nilai !== null || s.rumus).sort())).toBe(
      awal,
    );
    expect(JSON.stringify([...lain.sel])).toBe(setelahPertama);
  }, 60_000);

  test('on Excel 2019 (ExcelApi 1.7) a record made in Microsoft 365 is undone without ExcelApi 1.9, and says the looks stay', async () => {
    const buku = await bukuContoh();
    const l = buku.cari('Kinerja 2024');
    for (let b = 6; b <= 16; b++)
      l.sel.set(`${b},9`, { ...(l.ambil(b, 9) ?? { nilai: null }), gaya: 'tabel' });
    const ctx = new KonteksPalsu(buku);
    await terapkanRencana(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
    buku.versiApi = '1.7';
    const k = new KonteksPalsu(buku);
    const h = await batalkan(k, (await bacaCadangan(k))!, { kemampuan: kemampuan(buku) });
    expect(h.tanpaGaya).toBe(true);
    expect(l.ambil(8, 10)?.rumus).toBeUndefined();
    expect(l.catatan.size).toBe(1); // the note stays: 1.7 cannot touch notes
  });

  test('on Excel 2019 the whole round runs without an ExcelApi call above 1.7; notes not written are counted', async () => {
    const buku = await bukuContoh('1.7');
    const awal = buku.salinan();
    const ctx = new KonteksPalsu(buku);
    const k = kemampuan(buku);
    const c = await terapkanRencana(ctx, k, hitungBuku(await bacaSemuaLembar(ctx, k)).rencana);
    expect(c.catatanTakTertulis).toBeGreaterThan(0);
    expect(buku.cari('Kinerja 2024').catatan.size).toBe(0);
    await batalkan(new KonteksPalsu(buku), c, { kemampuan: k });
    expect(buku.salinan()).toBe(awal);
  });

  test('a record that cannot be kept is said before anything is written; with consent the run writes', async () => {
    const buku = await bukuContoh();
    buku.strukturTerlindung = true;
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    const awal = buku.salinan();
    await expect(terapkanRencana(ctx, PENUH, hasil.rencana)).rejects.toThrow(GalatCadangan);
    expect(buku.salinan()).toBe(awal);
    const c = await terapkanRencana(ctx, PENUH, hasil.rencana, { tanpaCadangan: true });
    expect(c.disimpan).toBe(false);
    expect(await bacaCadangan(new KonteksPalsu(buku))).toBeUndefined();
    await batalkan(new KonteksPalsu(buku), c, { kemampuan: PENUH });
    expect(buku.salinan()).toBe(awal);
  });

  test('a second run on its own output writes the same cells again', async () => {
    const buku = await bukuContoh();
    pasangRumus(buku);
    const ctx = new KonteksPalsu(buku);
    await terapkanRencana(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
    const sekali = buku.salinan([LEMBAR_CADANGAN]);
    const kedua = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    await terapkanRencana(ctx, PENUH, kedua.rencana);
    expect(buku.salinan([LEMBAR_CADANGAN])).toBe(sekali);
  }, 60000);

  test('the record keeps a column of filled-down formulas as one run', () => {
    const kolom = Array.from({ length: 1000 }, (_, i) => `=IF(ISNUMBER(C${i + 5}),C${i + 5}*2,"")`);
    const d = kodekan([...kolom, 'A5', '\u0001x'], 5);
    expect(d.length).toBe(3);
    expect(urai(d, 5)).toEqual([...kolom, 'A5', '\u0001x']);
  });
});

describe('settings and messages', () => {
  test('settings travel in the workbook', async () => {
    const buku = new BukuPalsu();
    const ctx = new KonteksPalsu(buku);
    expect(await bacaPengaturan(ctx)).toEqual({});
    simpanPengaturan(ctx, { skala: 'lan', mode: 'nilai' });
    await ctx.sync();
    expect(await bacaPengaturan(new KonteksPalsu(buku))).toEqual({ skala: 'lan', mode: 'nilai' });
    buku.settings.set('capaian.pengaturan', '{rusak');
    expect(await bacaPengaturan(new KonteksPalsu(buku))).toEqual({});
  });

  test('the quarterly method for all, per sheet and per indicator travels in the workbook and is used', async () => {
    const buku = new BukuPalsu();
    buku.tambah('TW').isi(1, 1, [
      ['No', 'Indikator', 'Satuan', 'TW I', null, 'TW II', null],
      [null, null, null, 'Target', 'Realisasi', 'Target', 'Realisasi'],
      [1, 'Dokumen perencanaan', 'Dokumen', 2, 2, 2, 1],
      [2, 'Rapat koordinasi', 'Kali', 3, 3, 3, 3],
    ]);
    const metodePeriode = {
      semua: 'rata-rata' as const,
      lembar: { TW: 'nilai-akhir' as const },
      indikator: { [kunciTeks('Rapat koordinasi')]: 'kumulatif' as const },
    };
    const ctx = new KonteksPalsu(buku);
    simpanPengaturan(ctx, { metodePeriode });
    await ctx.sync();
    const dibaca = await bacaPengaturan(new KonteksPalsu(buku));
    expect(dibaca).toEqual({ metodePeriode });
    const hasil = hitungBuku([await bacaLembar(new KonteksPalsu(buku), PENUH, 'TW')], dibaca);
    // The sheet's choice for the first indicator (last quarter: 1 / 2), the indicator's own for the second.
    expect(
      hasil.tabel[0].baris.map((b) => [b.capaian, b.periode?.metode, b.periode?.metodeDari]),
    ).toEqual([
      [50, 'nilai-akhir', 'pengaturan'],
      [100, 'kumulatif', 'pengaturan'],
    ]);
  });

  test('settings the version does not know are left out, never computed with', async () => {
    const buku = new BukuPalsu();
    buku.settings.set(
      'capaian.pengaturan',
      JSON.stringify({
        skala: 'buatan',
        mode: 'nilai',
        batas: 'seratus',
        efisiensi: 'rasio',
        polaritas: { a: 'negatif', b: 'terbalik' },
        metodePeriode: { semua: 'median', lembar: { TW: 'kumulatif', X: 3 }, indikator: [] },
        lain: 1,
      }),
    );
    expect(await bacaPengaturan(new KonteksPalsu(buku))).toEqual({
      mode: 'nilai',
      efisiensi: 'rasio',
      polaritas: { a: 'negatif' },
      metodePeriode: { lembar: { TW: 'kumulatif' }, indikator: {} },
    });
    buku.settings.set('capaian.pengaturan', JSON.stringify([1, 2]));
    expect(await bacaPengaturan(new KonteksPalsu(buku))).toEqual({});
    buku.settings.set(
      'capaian.pengaturan',
      JSON.stringify({
        skala: { kode: 'buku', nama: 'Skala buku', kelas: [{ label: 'Baik', min: 0 }] },
        batas: null,
      }),
    );
    expect(await bacaPengaturan(new KonteksPalsu(buku))).toEqual({
      skala: { kode: 'buku', nama: 'Skala buku', kelas: [{ label: 'Baik', min: 0 }] },
      batas: null,
    });
  });

  test('Office.js errors become messages in Bahasa Indonesia', () => {
    expect(
      pesanGalat(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' })),
    ).toContain('mode edit sel');
    expect(pesanGalat(new GalatLembar('lembar dilindungi'))).toBe('lembar dilindungi');
    expect(pesanGalat(new Error('aneh'))).toBe('terjadi kesalahan di Excel: aneh');
    expect(alamat(1, 1)).toBe('A1');
    expect(titikKeLebar(lebarKeTitik(14))).toBe(14);
  });
});
