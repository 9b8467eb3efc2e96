/**
 * Recognition of the layouts real offices keep (issue #13), on grids built here
 * with invented figures: SIPD exports with column blocks and codes split over
 * columns, tables continued after a page break, unlabelled totals, separate
 * Program | Kegiatan | Sub Kegiatan columns, headers offset from their numbers,
 * things that are not tables, and the same tables without merged areas.
 */
import { hitungBuku } from '../../src/engine/hitung';
import type { Gabungan, Grid, NilaiGrid } from '../../src/sheet/grid';
import { kenaliTabel } from '../../src/sheet/kenali';
import { gridDari as grid, hitungBerkas } from '../bantu';

const gabung = (baris1: number, kolom1: number, baris2: number, kolom2: number): Gabungan => ({
  baris1,
  kolom1,
  baris2,
  kolom2,
});

/** A SIPD "rekapitulasi belanja" sheet: Kode over four columns, Operasi | Modal | Total, %, AKAS. */
function sipd(denganGabungan: boolean): Grid {
  const nilai: NilaiGrid[][] = [
    ['KAB. CONTOH'],
    ['REKAPITULASI BELANJA MENURUT URUSAN, ORGANISASI, PROGRAM, KEGIATAN'],
    [],
    [
      'Kode',
      null,
      null,
      null,
      'Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan',
      'Kelompok Belanja',
      null,
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      null,
      'Operasi',
      null,
      'Modal',
      null,
      'Total',
      null,
      null,
      'PAGU AKAS',
      '% AKAS',
      '% SISA',
    ],
    [
      null,
      null,
      null,
      null,
      null,
      'Anggaran',
      'Realisasi',
      'Anggaran',
      'Realisasi',
      'Anggaran',
      'Realisasi',
      '%',
      'SD JUNI',
      'SD JUNI',
      null,
    ],
    [1, null, null, null, 2, 3, 4, 5, 6],
    // urusan 1, bidang 1.02, unit A, program, kegiatan, sub kegiatan, rekening
    [
      '1',
      null,
      null,
      null,
      'URUSAN WAJIB PELAYANAN DASAR',
      1000,
      500,
      200,
      100,
      1200,
      600,
      0.5,
      null,
      null,
      0.5,
    ],
    [
      '1.02',
      null,
      null,
      null,
      'URUSAN BIDANG KESEHATAN',
      1000,
      500,
      200,
      100,
      1200,
      600,
      0.5,
      null,
      null,
      0.5,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      null,
      null,
      'Dinas Kesehatan',
      600,
      300,
      0,
      0,
      600,
      300,
      0.5,
      null,
      null,
      0.5,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      '1.02.01',
      null,
      'PROGRAM PENUNJANG',
      600,
      300,
      0,
      0,
      600,
      300,
      0.5,
      null,
      null,
      0.5,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      '1.02.01.2.01',
      null,
      'Perencanaan',
      600,
      300,
      0,
      0,
      600,
      300,
      0.5,
      null,
      null,
      0.5,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      '1.02.01.2.01.0001',
      null,
      'Penyusunan Dokumen',
      600,
      300,
      0,
      0,
      600,
      300,
      0.5,
      400,
      0.75,
      0.5,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      '1.02.01.2.01.0001',
      '5.1.02',
      'Belanja Barang dan Jasa',
      600,
      300,
      '0,00',
      '0,00',
      600,
      300,
      0.5,
      null,
      null,
      0.5,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      '1.02.01.2.01.0001',
      '5.1.02.01',
      'Belanja Barang',
      400,
      300,
      '0,00',
      '0,00',
      400,
      300,
      0.75,
      null,
      null,
      0.25,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0000',
      '1.02.01.2.01.0001',
      '5.1.02.02',
      'Belanja Jasa',
      200,
      0,
      '0,00',
      '0,00',
      200,
      0,
      0,
      null,
      null,
      1,
    ],
    // a unit listed after another urusan's block, still under bidang 1.02
    [
      '2',
      null,
      null,
      null,
      'URUSAN WAJIB NON PELAYANAN DASAR',
      50,
      10,
      0,
      0,
      50,
      10,
      0.2,
      null,
      null,
      0.8,
    ],
    [
      '2.14',
      null,
      null,
      null,
      'URUSAN BIDANG PENGENDALIAN PENDUDUK',
      50,
      10,
      0,
      0,
      50,
      10,
      0.2,
      null,
      null,
      0.8,
    ],
    [
      '1.02',
      '1.02.2.14.0.00.01.0001',
      null,
      null,
      'RSUD',
      400,
      200,
      200,
      100,
      600,
      300,
      0.5,
      null,
      null,
      0.5,
    ],
    [null, null, null, null, 'Jumlah', 1050, 510, 200, 100, 1250, 610, 0.488, null, null, 0.512],
  ];
  return grid(nilai, {
    gabungan: denganGabungan
      ? [
          gabung(4, 1, 6, 4),
          gabung(4, 5, 6, 5),
          gabung(4, 6, 4, 9),
          gabung(5, 6, 5, 7),
          gabung(5, 8, 5, 9),
          gabung(5, 10, 5, 12),
        ]
      : [],
  });
}

describe('SIPD exports: column blocks, codes over four columns, fractions, the cash plan', () => {
  test.each([true, false])(
    "merged areas %s: Total block, % as fractions, % AKAS read as the cash plan's, %% SISA left out",
    (g) => {
      const [t] = kenaliTabel(sipd(g));
      expect(t.jenis).toBe('anggaran');
      const peran = Object.fromEntries(t.kolom.map((k) => [k.kolom, k.peran]));
      expect(peran).toMatchObject({
        6: 'lain',
        7: 'lain',
        8: 'lain',
        9: 'lain',
        10: 'pagu',
        11: 'realisasiAnggaran',
        12: 'serapan',
        13: 'anggaranKas',
        // "% AKAS": realisasi over the cash plan (checked only once its reading is certain), never the serapan.
        14: 'serapanKas',
        15: 'lain',
      });
      expect(t.kolom.find((k) => k.kolom === 12)?.pecahan).toBe(true);
      expect(t.keyakinan?.pasti).toBe(true);
    },
  );

  test('levels from the codes, parents by code prefix (a unit after another urusan rolls into its bidang)', () => {
    const [t] = kenaliTabel(sipd(true));
    const per = Object.fromEntries(t.baris.map((b) => [b.baris, b]));
    expect([8, 9, 10, 11, 12, 13, 14].map((r) => per[r].tingkat)).toEqual([
      'urusan',
      'urusan',
      'organisasi',
      'program',
      'kegiatan',
      'sub-kegiatan',
      'rekening',
    ]);
    const induk = (r: number) => {
      const i = per[r].induk;
      return i === undefined ? undefined : t.baris[i].baris;
    };
    expect([9, 10, 11, 14, 15, 16, 18, 19].map(induk)).toEqual([8, 9, 10, 13, 14, 14, 17, 9]);
    expect(per[20]).toMatchObject({ tingkat: 'total', jumlahDari: [0, 9].map((i) => i) });
  });

  test('no false alarm; serapan and sisa checked, not written again; fractions read as %', () => {
    const h = hitungBuku([sipd(true)]);
    expect(h.temuan.filter((x) => x.tingkat === 'error')).toEqual([]);
    const [t] = h.tabel;
    expect(t.baris.find((b) => b.baris === 13)?.serapan).toBe(50);
    expect(t.tabel.baris.find((b) => b.baris === 15)?.sel.serapan?.angka.nilai).toBe(75);
    // % is stated: only Sisa is written.
    expect(h.rencana.blok.map((b) => b.peran)).toEqual(['sisa']);
  });

  test('a wrong % and a wrong Jumlah are errors at their cells', () => {
    const g = sipd(true);
    g.nilai[13][11] = 0.7; // L14: 300 / 400 is 0,75
    g.nilai[19][9] = 1300; // J20: the top rows add up to 1.250
    const h = hitungBuku([g]);
    const err = h.temuan.filter((x) => x.tingkat === 'error').map((x) => `${x.sel} ${x.kode}`);
    expect(err).toEqual(['L14 serapan-berbeda', 'J20 jumlah-berbeda']);
  });
});

describe('column blocks without a % or sisa to show which', () => {
  const blok = (atas: string[]) =>
    grid([
      ['Uraian', atas[0], null, atas[1], null],
      [null, 'Anggaran', 'Realisasi', 'Anggaran', 'Realisasi'],
      ['Program A', 100, 50, 300, 150],
      ['Program B', 200, 100, 500, 250],
    ]);

  test('the block named as the total is taken, and that is certain', () => {
    const [t] = kenaliTabel(blok(['Operasi', 'Total']));
    expect(t.kolom.filter((k) => k.peran === 'pagu').map((k) => k.kolom)).toEqual([4]);
    expect(t.keyakinan?.pasti).toBe(true);
  });

  test('two blocks nothing tells apart: the last one, said to be a guess; errors become warnings', () => {
    const g = blok(['Tahap 1', 'Tahap 2']);
    const [t] = kenaliTabel(g);
    expect(t.kolom.filter((k) => k.peran === 'pagu').map((k) => k.kolom)).toEqual([4]);
    expect(t.keyakinan?.pasti).toBe(false);
    g.nilai[2][4] = 400; // realisasi above pagu in the chosen block
    const h = hitungBuku([g]);
    expect(h.temuan.find((x) => x.kode === 'realisasi-melebihi-pagu')?.tingkat).toBe('warning');
    expect(h.temuan.find((x) => x.kode === 'bacaan-tebakan')?.pesan).toMatch(/beberapa blok/);
  });
});

describe('tables across page breaks, totals with and without labels', () => {
  const dpa = (akhir: NilaiGrid[]) =>
    grid([
      ['Tabel 3.15 Realisasi Anggaran Tahun 2024'],
      ['Kode Rekening', 'Program/Kegiatan', 'Pagu', 'Realisasi', '%'],
      ['7.01.01', 'PROGRAM PENUNJANG', 300, 270, 90],
      ['7.01.01.2.01', 'Kegiatan A', 100, 90, 90],
      ['7.01.01.2.02', 'Kegiatan B', 200, 180, 90],
      [],
      ['Tabel 3.15 Realisasi Anggaran Tahun 2024'],
      ['Kode Rekening', 'Program/Kegiatan', 'Pagu', 'Realisasi', '%'],
      ['7.01.02', 'PROGRAM PELAYANAN', 100, 50, 50],
      ['7.01.02.2.01', 'Kegiatan C', 100, 50, 50],
      akhir,
    ]);

  test('title and header written again continue the table; an unlabelled sum is its total', () => {
    const t = kenaliTabel(dpa([null, null, 400, 320, 80]));
    expect(t).toHaveLength(1);
    expect(t[0].dilewati).toEqual([7, 8]);
    const akhir = t[0].baris[t[0].baris.length - 1];
    expect(akhir).toMatchObject({ baris: 11, tingkat: 'total', tanpaLabel: true });
    const h = hitungBuku([dpa([null, null, 400, 320, 80])]);
    expect(h.temuan.filter((x) => x.tingkat !== 'info')).toEqual([]);
    expect(h.tabel[0].ringkasan).toMatchObject({ pagu: 400, realisasiAnggaran: 320 });
  });

  test('an unlabelled row that is not the sum is a data row, not a total', () => {
    const [t] = kenaliTabel(dpa([null, null, 999, 320, 80]));
    expect(t.baris.find((b) => b.baris === 11)?.tingkat).not.toBe('total');
  });

  test('the same header after a closing total, or numbering from 1 again, is a new table', () => {
    const tabel = (tutup: NilaiGrid[], nomor: number) =>
      kenaliTabel(
        grid([
          ['No', 'Indikator', 'Target', 'Realisasi'],
          [1, 'Indikator A', 10, 9],
          [2, 'Indikator B', 10, 10],
          tutup,
          [],
          [],
          ['No', 'Indikator', 'Target', 'Realisasi'],
          [nomor, 'Indikator C', 5, 5],
        ]),
      );
    expect(tabel(['Rata-rata capaian', null, null, null], 3)).toHaveLength(2);
    expect(tabel([], 1)).toHaveLength(2);
    expect(tabel([], 3)).toHaveLength(1);
  });

  test('per-unit TOTAL rows and a grand total each sum what they close', () => {
    const h = hitungBuku([
      grid([
        ['Uraian', 'Pagu', 'Realisasi'],
        ['Program A', 100, 80],
        ['Program B', 100, 90],
        ['TOTAL', 200, 170],
        ['Program C', 50, 50],
        ['TOTAL', 50, 50],
        ['JUMLAH', 250, 220],
      ]),
    ]);
    expect(h.temuan.filter((x) => x.tingkat === 'error')).toEqual([]);
  });
});

describe('hierarchies: separate name columns, and arithmetic over weak cues', () => {
  test('Program | Kegiatan | Sub Kegiatan written once per group: rows fill down, programs roll up', () => {
    const h = hitungBuku([
      grid([
        ['Program', 'Kegiatan', 'Sub Kegiatan', 'Pagu', 'Realisasi'],
        ['Program A', 'Kegiatan A1', 'Sub A1a', 100, 90],
        [null, null, 'Sub A1b', 200, 100],
        [null, 'Kegiatan A2', 'Sub A2a', 100, 100],
        ['Program B', 'Kegiatan B1', 'Sub B1a', 400, 200],
        [null, 'JUMLAH', null, 800, 490],
      ]),
      grid(
        [
          ['Indikator', 'Program', 'Target', 'Realisasi'],
          ['Indikator A', 'Program A', 100, 100],
          ['Indikator B', 'Program B', 100, 50],
        ],
        { sheet: 'Kinerja' },
      ),
    ]);
    const anggaran = h.tabel.find((t) => t.jenis === 'anggaran')!;
    expect(anggaran.baris.map((b) => b.program)).toEqual([
      'Program A',
      'Program A',
      'Program A',
      'Program B',
      undefined,
    ]);
    expect(anggaran.ringkasan.perProgram).toMatchObject([
      {
        program: 'Program A',
        pagu: 400,
        realisasiAnggaran: 290,
        jumlahSubKegiatan: 3,
        capaian: 100,
      },
      { program: 'Program B', pagu: 400, realisasiAnggaran: 200, serapan: 50, capaian: 50 },
    ]);
    expect(anggaran.ringkasan.perProgram?.[0].labelEfisiensi).toBe('Efisien');
  });

  test('a name in capitals over a row its figures do not add up to is no parent', () => {
    const h = hitungBuku([
      grid([
        ['NO', 'URAIAN', 'ANGGARAN', 'REALISASI'],
        [1, 'Dinas Kesehatan', 300, 270],
        [2, 'RUMAH SAKIT UMUM DAERAH', 160, 159],
        [3, 'Puskesmas', 150, 129],
        ['TOTAL', null, 610, 558],
      ]),
    ]);
    expect(h.tabel[0].tabel.baris.every((b) => b.induk === undefined)).toBe(true);
    expect(h.temuan.filter((x) => x.tingkat === 'error')).toEqual([]);
  });
});

describe('headers offset from their numbers', () => {
  test('"ANGGARAN" merged over Rp and the amount; "REALISASI" over Rp with the amount after it', () => {
    const g = grid(
      [
        ['No', 'Uraian', 'ANGGARAN', null, 'REALISASI', null],
        [1, 'Program A', 'Rp', 1000, 'Rp', 900],
        [2, 'Program B', 'Rp', 2000, 'Rp', 1000],
      ],
      { gabungan: [gabung(1, 3, 1, 4)] },
    );
    const h = hitungBuku([g]);
    expect(
      h.tabel[0].tabel.kolom.filter((k) => k.peran !== 'lain').map((k) => `${k.kolom}:${k.peran}`),
    ).toEqual(['1:no', '2:uraian', '4:pagu', '6:realisasiAnggaran']);
    expect(h.tabel[0].baris.map((b) => b.serapan)).toEqual([90, 50]);
  });
});

describe('what is not a table, and headers that are not headers', () => {
  test('statements with plan words and a chart of boxes are not headers', () => {
    expect(
      kenaliTabel(
        grid([
          ['Kepala Subbagian Perencanaan', 'Kepala Subbagian Pelaporan Kinerja'],
          [
            'Meningkatnya penyusunan rencana kinerja di provinsi',
            'Tersedianya data realisasi anggaran',
          ],
          ['Jumlah dokumen (1 Dokumen)', 'Jumlah laporan (4 Laporan)'],
        ]),
      ),
    ).toEqual([]);
  });

  test('a column of sentences under "Rencana Tindak Lanjut" is no target: nothing to compute, nothing written', () => {
    const h = hitungBuku([
      grid([
        ['Kode Indikator', 'Realisasi TW', 'Kendala yg Dihadapi', 'Rencana Tindak Lanjut'],
        [
          '1.1.1.1',
          0,
          'Terdapat sampel yang tidak ditemukan di lapangan',
          'Melakukan koordinasi dengan petugas lapangan',
        ],
        [
          '1.1.3.1',
          2.22,
          'Jadwal kegiatan bergeser karena anggaran',
          'Menyusun ulang jadwal pelaksanaan kegiatan',
        ],
      ]),
    ]);
    expect(h.tabel).toHaveLength(1);
    expect(h.tabel[0].tabel.kolom.find((k) => k.kolom === 4)?.peran).not.toBe('target');
    expect(h.rencana.blok).toEqual([]);
    expect(h.temuan).toEqual([]);
  });
});

describe('column-number rows', () => {
  test.each([
    [['(1)', '(2)', '(3)', '(4)']],
    [['a', 'b', 'c', 'd']],
    [['1', '2', '3 = 4 / 2', '5=4-3']],
    [['1', '2', '3', '4', '5', '4']],
  ])('%j is header noise', (nomor) => {
    const [t] = kenaliTabel(
      grid([
        ['Indikator', 'Target', 'Realisasi', 'Capaian', 'Kategori', 'Ket'],
        nomor,
        ['Indikator A', 10, 8, 80],
        ['Indikator B', 10, 10, 100],
      ]),
    );
    expect(t.dilewati).toEqual([2]);
    expect(t.baris.map((b) => b.uraian)).toEqual(['Indikator A', 'Indikator B']);
  });

  test('a row of equal numbers is data, not column numbers', () => {
    const [t] = kenaliTabel(
      grid([
        ['Indikator', 'Target', 'Realisasi'],
        [null, 3, 3],
        ['Indikator B', 10, 10],
      ]),
    );
    expect(t.dilewati).toEqual([]);
  });
});

describe('work follows the cells present, not the used range', () => {
  test('one cell at A1 and one at XFD1048576, with and without the whole sheet merged', () => {
    const nilai: NilaiGrid[][] = new Array<NilaiGrid[]>(1_048_576).fill([]);
    nilai[0] = ['Indikator'];
    const akhir: NilaiGrid[] = [];
    akhir[16_383] = 'Target';
    nilai[1_048_575] = akhir;
    expect(hitungBuku([grid(nilai)]).tabel).toEqual([]);
    const semua = gabung(1, 1, 1_048_576, 16_384);
    expect(hitungBuku([grid(nilai, { gabungan: [semua] })]).tabel).toEqual([]);
  });
});

describe("rows under a budget table's total with neither name nor code", () => {
  test('a SUBTOTAL of the filtered view under "Jumlah" is not a top row: the table ends at its total', async () => {
    // sipd_rekap_belanja.xlsx: Jumlah on row 145, an unlabelled SUBTOTAL of every visible level on row 147.
    const h = await hitungBerkas('test/fixtures/nyata/sipd_rekap_belanja.xlsx');
    for (const t of h.tabel.filter((x) => x.jenis === 'anggaran')) {
      const jumlah = t.baris.find((b) => b.tingkat === 'total')!;
      expect(t.tabel.barisAkhir).toBe(145);
      expect(t.ringkasan.pagu).toBe(jumlah.pagu);
      expect(t.ringkasan.realisasiAnggaran).toBe(jumlah.realisasiAnggaran);
    }
  });
});
