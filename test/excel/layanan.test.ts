import { LayananExcel } from '../../src/taskpane/layanan';
import type { KonteksExcel } from '../../src/excel/api';
import { hitungBuku } from '../../src/engine/hitung';
import { BukuPalsu, KonteksPalsu } from './palsu-excel';

function layanan(buku: BukuPalsu): LayananExcel {
  return new LayananExcel((f) => f(new KonteksPalsu(buku) as unknown as KonteksExcel), {
    api19: true,
    api113: true,
  });
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
    const buku = new BukuPalsu();
    buku.tambah('Kinerja').isi(1, 1, [
      ['Indikator', 'Target', 'Realisasi'],
      ['A', 80, 76],
    ]);
    buku.settings.set('capaian.status', JSON.stringify({ pesan: '1 tabel dihitung' }));
    const s = layanan(buku);
    expect(await s.status()).toBe('1 tabel dihitung');
    expect(await s.terapkan(hitungBuku(await s.baca()))).toBe('4 sel ditulis');
    expect(buku.cari('Kinerja').ambil(2, 4)?.rumus).toMatch(/^=IF/);
    expect(await s.batalkan()).toBe('isi lembar dikembalikan seperti sebelum dihitung');
    expect(buku.cari('Kinerja').ambil(2, 4)?.rumus).toBeUndefined();
    expect(await s.batalkan()).toBe('tidak ada yang bisa dibatalkan');
    await s.simpanPengaturan({ skala: 'lan' });
    expect(await s.bacaPengaturan()).toEqual({ skala: 'lan' });
    await s.pilih('Kinerja', 'A1:C2');
  });
});
