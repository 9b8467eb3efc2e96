import ExcelJS from 'exceljs';
import { GalatPanel, LayananExcel } from '../../src/taskpane/layanan';
import { LayananMandiri } from '../../src/taskpane/layanan-mandiri';
import { kemampuanDari, type KonteksExcel } from '../../src/excel/api';
import { hitungBuku } from '../../src/engine/hitung';
import { unduh } from '../../src/taskpane/unduh';
import { bukuIndikatorKecil } from '../bantu';
import { BukuPalsu, KonteksPalsu } from './palsu-excel';

// The standalone page's download needs a DOM; here the bytes are only kept.
jest.mock('../../src/taskpane/unduh', () => ({ unduh: jest.fn() }));

/** A picked file, as the page gets it. */
const berkas = (name: string, data: Uint8Array) =>
  ({ name, arrayBuffer: async () => data.slice().buffer }) as unknown as File;

function layanan(buku: BukuPalsu): LayananExcel {
  return new LayananExcel(
    (f) => f(new KonteksPalsu(buku) as unknown as KonteksExcel),
    kemampuanDari((n, v) => buku.didukung(n, v)),
  );
}

function bukuKinerja(): BukuPalsu {
  const buku = new BukuPalsu();
  buku.tambah('Kinerja').isi(1, 1, [
    ['Indikator', 'Target', 'Realisasi'],
    ['A', 80, 76],
    ['B', 90, 93],
  ]);
  return buku;
}

describe('the task pane service over Excel', () => {
  test('highlights finding cells and removes only its own highlights', async () => {
    const buku = new BukuPalsu();
    const l = buku.tambah('Kinerja').isi(1, 1, [
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['A', 76, 80, 142.86],
    ]);
    l.warna.push({ id: 'milik-pengguna', alamat: 'D2', rumus: '=D2>100', warna: '#00FF00' });
    const s = layanan(buku);
    const h = hitungBuku(await s.baca());
    expect(h.temuan.map((t) => t.sel)).toEqual(['D2']);
    await s.sorot(h.temuan);
    expect(l.warna.map((w) => [w.alamat, w.rumus, w.warna])).toEqual([
      ['D2', '=D2>100', '#00FF00'],
      ['D2', '=TRUE', '#FDE7E9'],
    ]);
    await s.hapusSorotan();
    expect(l.warna.map((w) => w.id)).toEqual(['milik-pengguna']);
  });

  test('computes, writes, undoes, and reads the last ribbon outcome', async () => {
    const buku = bukuKinerja();
    buku.settings.set('capaian.status', JSON.stringify({ pesan: '1 tabel dihitung' }));
    const s = layanan(buku);
    expect(await s.status()).toBe('1 tabel dihitung');
    expect(await s.terapkan(hitungBuku(await s.baca()))).toEqual({
      pesan: 'Selesai: 6 sel ditulis.',
      ditulis: true,
    });
    expect(buku.cari('Kinerja').ambil(2, 4)?.rumus).toMatch(/^=IF/);
    expect(await s.batalkan()).toBe(
      'Perhitungan terakhir di "Kinerja" dibatalkan: 6 sel dikembalikan.',
    );
    expect(buku.cari('Kinerja').ambil(2, 4)?.rumus).toBeUndefined();
    expect(await s.batalkan()).toBe('Tidak ada perhitungan yang bisa dibatalkan.');
    await s.simpanPengaturan({ skala: 'lan' });
    expect(await s.bacaPengaturan()).toEqual({ skala: 'lan' });
    await s.pilih('Kinerja', 'A1:C2');
  });

  test('Batalkan names the cells it left alone', async () => {
    const buku = bukuKinerja();
    const s = layanan(buku);
    await s.terapkan(hitungBuku(await s.baca()));
    buku.cari('Kinerja').isi(3, 4, [['catatan saya']]);
    expect(await s.batalkan()).toBe(
      'Perhitungan terakhir di "Kinerja" dibatalkan: 5 sel dikembalikan; dibiarkan karena isinya sudah berubah sejak dihitung: Kinerja!D3.',
    );
    expect(buku.cari('Kinerja').ambil(3, 4)?.nilai).toBe('catatan saya');
  });

  test('a protected workbook structure: the error asks for consent; with it, undo works while the pane is open', async () => {
    const buku = bukuKinerja();
    buku.strukturTerlindung = true;
    const s = layanan(buku);
    const hasil = hitungBuku(await s.baca());
    const galat = await s.terapkan(hasil).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatPanel);
    expect(galat).toMatchObject({ perluIzin: true });
    expect((galat as Error).message).toContain('tidak ada yang ditulis');
    expect(buku.cari('Kinerja').ambil(1, 4)).toBeUndefined();
    expect((await s.terapkan(hasil, { tanpaCadangan: true })).pesan).toContain(
      'Batalkan hanya tersedia selama panel ini terbuka',
    );
    expect(await s.batalkan()).toContain('dibatalkan');
    expect(buku.cari('Kinerja').ambil(2, 4)?.rumus).toBeUndefined();
  });

  test('Excel errors carry their Excel wording; an empty plan writes nothing and says so', async () => {
    const buku = bukuKinerja();
    buku.cari('Kinerja').terlindung = true;
    const s = layanan(buku);
    const hasil = hitungBuku(await s.baca());
    await expect(s.terapkan(hasil)).rejects.toThrow(/lembar "Kinerja" dilindungi/);
    const kosong = { ...hasil, rencana: { blok: [], warna: [], gabung: [] } };
    expect(await s.terapkan(kosong)).toEqual({
      pesan: 'Tidak ada sel yang perlu ditulis.',
      ditulis: false,
    });
  });

  test('the quarterly method chosen in the pane is kept in the workbook and read back', async () => {
    const buku = bukuKinerja();
    const s = layanan(buku);
    const p = {
      skala: 'lan' as const,
      metodePeriode: { lembar: { Kinerja: 'rata-rata' as const }, indikator: {} },
    };
    await s.simpanPengaturan(p);
    expect(JSON.parse(buku.settings.get('capaian.pengaturan') ?? '')).toEqual(p);
    // Another pane (or the ribbon command) opening the same workbook reads the same.
    expect(await layanan(buku).bacaPengaturan()).toEqual(p);
  });

  test('follows the active sheet: the handler runs when the user switches sheets', async () => {
    const buku = bukuKinerja();
    buku.tambah('Lain');
    const s = layanan(buku);
    let kali = 0;
    await s.ikutiLembarAktif(() => kali++);
    await buku.aktifkan('Lain');
    expect(kali).toBe(1);
  });
});

describe('the standalone service', () => {
  test('a file that is not a workbook: its own message, and the previous workbook is gone', async () => {
    const m = new LayananMandiri();
    const rusak = {
      name: 'rusak.xlsx',
      arrayBuffer: async () => new TextEncoder().encode('bukan').buffer,
    };
    await expect(m.buka(rusak as unknown as File)).rejects.toThrow(
      /^rusak\.xlsx tidak dapat dibaca: bukan berkas \.xlsx/,
    );
    expect(m.terbuka).toBe(false);
    expect(await m.baca()).toEqual([]);
    await expect(m.terapkan(hitungBuku([]))).rejects.toThrow('Pilih berkas .xlsx terlebih dahulu.');
    expect(m.teks.pengaturan).not.toMatch(/buku kerja|di Excel/);
  });

  test("the user's notes kept beside the tool's values are told, as the CLI tells them", async () => {
    const { buku, ws } = bukuIndikatorKecil();
    ws.getCell('E2').note = 'diisi manual setelah rapat';
    const m = new LayananMandiri();
    await m.buka(berkas('kinerja.xlsx', new Uint8Array(await buku.xlsx.writeBuffer())));
    const h = await m.terapkan(hitungBuku(await m.baca()));
    expect(h.pesan).toBe(
      'Selesai: kinerja.capaian.xlsx diunduh; berkas asli tidak diubah; catatan sel Anda di Data!E2 dipertahankan; sel itu kini berisi hasil hitung Capaian, periksa apakah catatannya masih berlaku.',
    );
    const [data, nama] = jest.mocked(unduh).mock.calls[0];
    expect(nama).toBe('kinerja.capaian.xlsx');
    const keluar = new ExcelJS.Workbook();
    await keluar.xlsx.load(data as unknown as ArrayBuffer);
    expect(keluar.getWorksheet('Data')!.getCell('E2').note).toBe('diisi manual setelah rapat');
  });
});
