import { HyperFormula } from 'hyperformula';
import {
  bacaCadangan,
  bacaLembar,
  bacaPengaturan,
  bacaSemuaLembar,
  batalkan,
  GalatLembar,
  LEMBAR_CADANGAN,
  pesanGalat,
  simpanCadangan,
  simpanPengaturan,
  terapkanRencana,
} from '../../src/excel/adaptor';
import type { Kemampuan } from '../../src/excel/api';
import { hitungBuku } from '../../src/engine/hitung';
import { alamat } from '../../src/sheet/grid';
import { bacaBuku, CONTOH } from '../bantu';
import { BukuPalsu, KonteksPalsu } from './palsu-excel';

const PENUH: Kemampuan = { api19: true, api113: true };

async function bukuContoh(): Promise<BukuPalsu> {
  const { grids } = await bacaBuku(CONTOH);
  const buku = new BukuPalsu();
  for (const g of grids) buku.tambahDariGrid(g);
  return buku;
}

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

describe('reading a sheet', () => {
  test('one load, one sync; the Grid is what the xlsx adapter gives', async () => {
    const { grids } = await bacaBuku(CONTOH);
    const buku = await bukuContoh();
    buku.aktif = 4; // DPA 2024
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(1);
    const asli = grids[4];
    expect(g.sheet).toBe('DPA 2024');
    expect([g.barisAwal, g.kolomAwal]).toEqual([asli.barisAwal, asli.kolomAwal]);
    expect(g.nilai).toEqual(asli.nilai);
    expect(g.gabungan).toEqual(asli.gabungan);
    expect(g.format?.[7][2]).toBe('#,##0');
    expect(g.rumus?.[7][2]).toBe('=C9+C12+C14');
  });

  test('a hidden sheet is read and marked; our own backup sheet is not read', async () => {
    const buku = await bukuContoh();
    buku.cari('Renstra').visibilitas = 'Hidden';
    buku.tambah(LEMBAR_CADANGAN).visibilitas = 'VeryHidden';
    buku.cari(LEMBAR_CADANGAN).isi(1, 1, [['No', 'Indikator Kinerja', 'Target', 'Realisasi']]);
    const ctx = new KonteksPalsu(buku);
    const grids = await bacaSemuaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(2);
    expect(grids.map((g) => g.sheet)).not.toContain(LEMBAR_CADANGAN);
    expect(grids.filter((g) => g.lembarTersembunyi).map((g) => g.sheet)).toEqual(['Renstra']);
    const hasil = hitungBuku(grids);
    expect(hasil.temuan.filter((t) => t.kode === 'lembar-tersembunyi')).toEqual([
      expect.objectContaining({ sheet: 'Renstra', sel: 'A6', tingkat: 'info' }),
    ]);
  });

  test('without ExcelApi 1.13 the merges are not asked for', async () => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const g = await bacaLembar(ctx, { api19: true, api113: false }, 'Kinerja 2024');
    expect(g.gabungan).toEqual([]);
    expect(ctx.jumlahSync).toBe(1);
  });

  test('all sheets in two syncs; an empty sheet is an empty Grid', async () => {
    const buku = await bukuContoh();
    buku.tambah('Kosong');
    const ctx = new KonteksPalsu(buku);
    const grids = await bacaSemuaLembar(ctx, PENUH);
    expect(ctx.jumlahSync).toBe(2);
    expect(grids).toHaveLength(9);
    expect(grids[8].nilai).toEqual([]);
  });
});

describe('applying a plan', () => {
  test('two syncs; the written cells are the plan', async () => {
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
    expect(kinerja.gabungan).toContainEqual({ baris1: 6, kolom1: 10, baris2: 7, kolom2: 10 });
    expect(kinerja.warna.map((w) => w.rumus)).toContain('=$K8="Sangat Tinggi"');
    expect(kinerja.warna.every((w) => w.alamat === 'K8:K16')).toBe(true);
    // Every cell of the plan landed as planned.
    for (const b of hasil.rencana.blok) {
      b.sel.forEach((r, i) =>
        r.forEach((s, j) => {
          if (!s) return;
          const isi = buku.cari(b.sheet).ambil(b.baris + i, b.kolom + j);
          if (s.rumus) expect(isi?.rumus).toBe(s.rumus);
          else expect(isi?.nilai ?? null).toBe(s.nilai === '' ? null : s.nilai);
        }),
      );
    }
  });

  test('the sync count stays the same as rows grow; requests stay under the limit', async () => {
    const syncs: number[] = [];
    for (const n of [100, 1000, 5000]) {
      const buku = new BukuPalsu();
      const l = buku.tambah('DPA');
      l.isi(1, 1, [['Kode', 'Uraian', 'Pagu', 'Realisasi']]);
      l.isi(
        2,
        1,
        Array.from({ length: n }, (_, i) => [
          `7.01.01.2.01.${i + 1}`,
          `Sub kegiatan ${i + 1}`,
          1000 + i,
          900 + i,
        ]),
      );
      const ctx = new KonteksPalsu(buku);
      const hasil = hitungBuku([await bacaLembar(ctx, PENUH)]);
      await terapkanRencana(ctx, PENUH, hasil.rencana);
      syncs.push(ctx.jumlahSync);
      expect(Math.max(...ctx.ukuranPermintaan)).toBeLessThan(4_500_000);
    }
    expect(syncs).toEqual([3, 3, 3]);
  });

  test('above the request limit the writes go in row chunks, each under the limit', async () => {
    const buku = new BukuPalsu();
    const l = buku.tambah('DPA');
    l.isi(1, 1, [['Kode', 'Uraian', 'Pagu', 'Realisasi']]);
    l.isi(
      2,
      1,
      Array.from({ length: 3000 }, (_, i) => [
        `7.01.01.2.01.${i + 1}`,
        `Sub ${i + 1}`,
        1000 + i,
        900 + i,
      ]),
    );
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
  });

  test('Batalkan puts back exactly what was there', async () => {
    const buku = await bukuContoh();
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    const awal = buku.salinan();
    const cadangan = await terapkanRencana(ctx, PENUH, hasil.rencana);
    expect(buku.salinan()).not.toBe(awal);
    simpanCadangan(ctx, cadangan);
    await ctx.sync();
    const dibaca = await bacaCadangan(new KonteksPalsu(buku));
    await batalkan(new KonteksPalsu(buku), dibaca!);
    expect(buku.salinan()).toBe(awal);
  });

  test('Batalkan puts the looks back too, from a very hidden backup sheet it then removes', async () => {
    const buku = await bukuContoh();
    const l = buku.cari('Kinerja 2024');
    // The table's last column has a look; the empty column beside it was pre-filled yellow by the user.
    for (let b = 6; b <= 16; b++)
      l.sel.set(`${b},9`, { ...(l.ambil(b, 9) ?? { nilai: null }), gaya: 'tabel' });
    l.sel.set('8,10', { nilai: null, gaya: 'kuning' });
    const ctx = new KonteksPalsu(buku);
    const hasil = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    const awal = buku.salinan();
    const cadangan = await terapkanRencana(ctx, PENUH, hasil.rencana);
    expect(ctx.jumlahSync).toBe(4); // 2 to read all sheets, 2 to write
    expect(l.ambil(8, 10)?.gaya).toBe('tabel');
    expect(l.ambil(9, 10)?.gaya).toBe('tabel');
    expect(buku.cari('Capaian Cadangan').visibilitas).toBe('VeryHidden');
    await batalkan(new KonteksPalsu(buku), cadangan);
    expect(l.ambil(8, 10)?.gaya).toBe('kuning');
    expect(l.ambil(9, 10)?.gaya).toBeUndefined();
    expect(buku.lembar.map((x) => x.nama)).not.toContain('Capaian Cadangan');
    expect(buku.salinan()).toBe(awal);
  });

  test('a second run on its own output writes the same cells again', async () => {
    const buku = await bukuContoh();
    pasangRumus(buku);
    const ctx = new KonteksPalsu(buku);
    await terapkanRencana(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
    const sekali = buku.salinan();
    const kedua = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
    await terapkanRencana(ctx, PENUH, kedua.rencana);
    expect(buku.salinan()).toBe(sekali);
  }, 60000);
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

  test('Office.js errors become messages in Bahasa Indonesia', () => {
    expect(
      pesanGalat(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' })),
    ).toContain('mode edit sel');
    expect(pesanGalat(new GalatLembar('lembar dilindungi'))).toBe('lembar dilindungi');
    expect(pesanGalat(new Error('aneh'))).toBe('terjadi kesalahan di Excel: aneh');
    expect(alamat(1, 1)).toBe('A1');
  });
});
