import { BukuPalsu, KonteksPalsu } from '../excel/palsu-excel';
import { jalankanHitungCapaian, KUNCI_STATUS } from '../../src/commands/hitung-perintah';
import { kemampuanDari, type Kemampuan, type KonteksExcel } from '../../src/excel/api';

function bukuKinerja(): BukuPalsu {
  const buku = new BukuPalsu();
  buku.tambah('Kinerja').isi(1, 1, [
    ['No', 'Indikator', 'Target', 'Realisasi'],
    [1, 'Persentase pelayanan tepat waktu', 90, 93],
    [2, 'Persentase keluhan ditindaklanjuti', 80, 76],
  ]);
  return buku;
}

const env = (
  buku: BukuPalsu,
  kemampuan: Kemampuan = { api19: true, api113: true, api118: true },
) => ({
  jalankan: <T>(f: (ctx: KonteksExcel) => Promise<T>) => f(new KonteksPalsu(buku)),
  kemampuan,
});

describe('the Hitung Capaian ribbon function', () => {
  test('computes the active sheet with the saved settings and keeps the outcome and the undo record', async () => {
    const buku = bukuKinerja();
    buku.settings.set('capaian.pengaturan', JSON.stringify({ mode: 'nilai' }));
    const hasil = await jalankanHitungCapaian(env(buku));
    expect(hasil).toEqual({
      berhasil: true,
      pesan: '1 tabel di "Kinerja" dihitung; rata-rata capaian 99,17% (Sangat Tinggi)',
    });
    const l = buku.cari('Kinerja');
    expect(l.ambil(1, 5)?.nilai).toBe('Capaian (%)');
    expect(l.ambil(2, 5)?.nilai).toBeCloseTo(103.333, 3); // value mode from the saved settings
    expect(l.ambil(2, 5)?.rumus).toBeUndefined();
    expect(JSON.parse(buku.settings.get(KUNCI_STATUS)!)).toMatchObject({ berhasil: true });
    expect(JSON.parse(buku.settings.get('capaian.cadangan')!)).toMatchObject({
      lembar: ['Kinerja'],
    });
  });

  test('on Excel 2019 (ExcelApi 1.7): no call above 1.7, the note it could not write is counted', async () => {
    const buku = bukuKinerja();
    buku.versiApi = '1.7';
    buku.cari('Kinerja').isi(4, 1, [[3, 'Nilai SAKIP', 'BB', 'B']]);
    const hasil = await jalankanHitungCapaian(
      env(
        buku,
        kemampuanDari((n, v) => buku.didukung(n, v)),
      ),
    );
    expect(hasil.berhasil).toBe(true);
    expect(hasil.pesan).toContain('1 catatan sel tidak ditulis');
  });

  test('a workbook whose structure is protected: nothing written, the pane is named for consent', async () => {
    const buku = bukuKinerja();
    buku.strukturTerlindung = true;
    const hasil = await jalankanHitungCapaian(env(buku));
    expect(hasil.berhasil).toBe(false);
    expect(hasil.pesan).toContain('buka Panel Capaian untuk menulis tanpa Batalkan');
    expect(buku.cari('Kinerja').ambil(1, 5)).toBeUndefined();
  });

  test('a sheet without tables, a protected sheet: a message, nothing written', async () => {
    const kosong = new BukuPalsu();
    kosong.tambah('Catatan').isi(1, 1, [['rapat']]);
    expect(await jalankanHitungCapaian(env(kosong))).toEqual({
      berhasil: false,
      pesan: 'tidak ada tabel yang dikenali di lembar "Catatan"',
    });
    const buku = bukuKinerja();
    buku.cari('Kinerja').terlindung = true;
    const r = await jalankanHitungCapaian(env(buku));
    expect(r.berhasil).toBe(false);
    expect(r.pesan).toContain('dilindungi');
    expect(buku.cari('Kinerja').ambil(1, 5)).toBeUndefined();
    expect(JSON.parse(buku.settings.get(KUNCI_STATUS)!)).toMatchObject({ berhasil: false });
  });
});

describe('commands.ts wiring', () => {
  type Penangan = (e: { completed: () => void }) => Promise<void>;
  let terkait: Record<string, Penangan>;
  let jalankanExcel: jest.Mock;

  beforeEach(() => {
    jest.resetModules();
    terkait = {};
    jalankanExcel = jest.fn();
    (globalThis as Record<string, unknown>).Office = {
      onReady: (f: () => void) => f(),
      actions: { associate: (nama: string, f: Penangan) => (terkait[nama] = f) },
      context: { requirements: { isSetSupported: () => true } },
    };
    (globalThis as Record<string, unknown>).Excel = { run: jalankanExcel };
  });

  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  test('associates hitungCapaian and completes the event on success', async () => {
    const buku = bukuKinerja();
    jalankanExcel.mockImplementation((f: (ctx: unknown) => Promise<unknown>) =>
      f(new KonteksPalsu(buku)),
    );
    await import('../../src/commands/commands');
    expect(Object.keys(terkait)).toEqual(['hitungCapaian']);
    const event = { completed: jest.fn() };
    await terkait.hitungCapaian(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(buku.cari('Kinerja').ambil(2, 5)?.rumus).toMatch(/^=IF/);
  });

  test('completes the event when Excel fails', async () => {
    jalankanExcel.mockRejectedValue(
      Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }),
    );
    const peringatan = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await import('../../src/commands/commands');
    const event = { completed: jest.fn() };
    await terkait.hitungCapaian(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(peringatan).toHaveBeenCalledWith(expect.stringContaining('mode edit sel'));
    peringatan.mockRestore();
  });
});
