/**
 * Loaded in place of office.js in the browser test: an Office stub whose
 * Excel.run runs on the in-memory fake, with a workbook like the example's
 * first sheet. The test reads window.__uji to check what the pane wrote.
 */
import { BukuPalsu, KonteksPalsu } from '../excel/palsu-excel';
import { barisDpa, barisTebakan, barisTriwulan } from './buku-uji';

const buku = new BukuPalsu();
buku
  .tambah('Kinerja 2024')
  .isi(1, 1, [['Tabel 3.1 Perbandingan Target dan Realisasi Kinerja Tahun 2024']])
  .isi(3, 1, [
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target', 'Realisasi'],
    [
      1,
      'Meningkatnya kualitas pelayanan publik',
      'Indeks Kepuasan Masyarakat (IKM)',
      'Indeks',
      'Positif',
      82,
      86.42,
    ],
    [2, null, 'Persentase pelayanan tepat waktu', 'Persen', 'Positif', 90, 93],
    [3, null, 'Jumlah pengaduan yang tidak tertangani', 'Kasus', 'Negatif', 10, 6],
    [
      4,
      'Meningkatnya akuntabilitas kinerja',
      'Nilai SAKIP Kecamatan',
      'Predikat',
      'Positif',
      'BB',
      'B',
    ],
    [5, null, 'Persentase realisasi anggaran', 'Persen', 'Positif', 95, 142.86],
  ]);
buku.tambah('Catatan Rapat').isi(1, 1, [['Notulen rapat koordinasi']]);
buku.lembar[0].gabungan.push(
  { baris1: 4, kolom1: 2, baris2: 6, kolom2: 2 },
  { baris1: 7, kolom1: 2, baris2: 8, kolom2: 2 },
);

// "?buku=lengkap": quarterly, guessed and SIPD-size tables, the quarterly sheet active.
if (new URLSearchParams(location.search).get('buku') === 'lengkap') {
  buku.lembar = [];
  buku.tambah('Triwulan').isi(1, 1, barisTriwulan());
  buku.tambah('Tebak').isi(1, 1, barisTebakan());
  buku.tambah('DPA').isi(1, 1, barisDpa(3, 20, 40));
}

const w = window as unknown as Record<string, unknown>;
w.__uji = { buku, syncs: 0 };
w.Office = {
  HostType: { Excel: 'Excel' },
  onReady: (f: (info: { host: string }) => void) =>
    Promise.resolve().then(() => f({ host: 'Excel' })),
  context: {
    requirements: { isSetSupported: (n: string, v: string) => buku.didukung(n, v) },
  },
  actions: { associate: () => undefined },
};
w.Excel = {
  run: async <T>(f: (ctx: KonteksPalsu) => Promise<T>) => {
    const ctx = new KonteksPalsu(buku);
    try {
      return await f(ctx);
    } finally {
      (w.__uji as { syncs: number }).syncs += ctx.jumlahSync;
    }
  },
};
