import ExcelJS from 'exceljs';
import { formatAngka } from '../../src/domain/angka';
import { hitungBuku } from '../../src/engine/hitung';
import { barisPolos } from '../../src/engine/hitung-anggaran';
import type { HasilBuku, HasilTabel } from '../../src/engine/hasil';
import type { Pengaturan } from '../../src/engine/pengaturan';
import { alamatBlok, jumlahSelRencana, type SelEdit } from '../../src/engine/rencana';
import { anggaranWajar } from '../../src/report/bahan';
import { ringkasCatatan } from '../../src/engine/tata-letak';
import { gridDariBuku, terapkanRencana } from '../../src/io/xlsx';
import { alamat, type NilaiGrid } from '../../src/sheet/grid';
import {
  barisDengan,
  bacaBuku,
  CONTOH,
  dua,
  evaluasi,
  gridDari as grid,
  hitungBerkas,
  isiSel,
  simpanDanBuka,
  tabelDi,
} from '../bantu';

function temuanDi(h: HasilBuku, sheet: string, sel: string) {
  return h.temuan.filter((t) => t.sheet === sheet && t.sel === sel);
}

describe('seed figures (DOMAIN.md sections 2-9)', () => {
  test('seed 004 Tabel 3.4: 80/76 -> 105,26 (stated 142,86), 23/45 -> 51,11 Rendah (stated 71,89 Sedang)', async () => {
    const h = await hitungBerkas('seed004.xlsx');
    const t = tabelDi(h, 'Tabel 3.4');
    expect(dua(barisDengan(t, 'Persentase keluhan').capaian)).toBe(105.26);
    const sbs = barisDengan(t, 'Persentase Desa');
    expect([dua(sbs.capaian), sbs.kategori]).toEqual([51.11, 'Rendah']);
    expect(temuanDi(h, 'Tabel 3.4', 'F4')[0]).toMatchObject({
      kode: 'capaian-berbeda',
      tingkat: 'error',
      tertulis: 142.86,
    });
    expect(temuanDi(h, 'Tabel 3.4', 'F11')[0]).toMatchObject({ tingkat: 'error', tertulis: 71.89 });
    expect(temuanDi(h, 'Tabel 3.4', 'G11')[0]).toMatchObject({
      kode: 'kategori-berbeda',
      tertulis: 'Sedang',
      seharusnya: 'Rendah',
    });
    expect(h.skalaDari).toBe('buku');
    expect(h.skala.kode).toBe('permendagri86');
  });

  test('seed 004 stunting: positif by default with a suggestion, 123,64 when set negatif', async () => {
    const biasa = barisDengan(
      tabelDi(await hitungBerkas('seed004.xlsx'), 'Tabel 3.4'),
      'Penurunan Prevalensi',
    );
    expect([dua(biasa.capaian), biasa.polaritasDari, biasa.saranNegatif]).toEqual([
      76.36,
      'bawaan',
      true,
    ]);
    const h = await hitungBerkas('seed004.xlsx', {
      polaritas: { 'penurunan prevalensi stunting': 'negatif' },
    });
    const neg = barisDengan(tabelDi(h, 'Tabel 3.4'), 'Penurunan Prevalensi');
    expect([dua(neg.capaian), neg.polaritasDari, neg.saranNegatif]).toEqual([
      123.64,
      'pengaturan',
      undefined,
    ]);
    expect(neg.rumus).toBe('(2 x 16,5 - 12,6) / 16,5 x 100 = 123,64; polaritas negatif');
  });

  test('seed 004: pending "N/A" gives no capaian and is left out of the mean; predikat B against B is 100', async () => {
    const t = tabelDi(await hitungBerkas('seed004.xlsx'), 'Tabel 3.4');
    const na = barisDengan(t, 'Pertumbuhan Pendapatan Asli Daerah');
    expect([na.capaian, na.alasan]).toEqual([undefined, 'belum-ada-realisasi']);
    expect(barisDengan(t, 'Predikat Tata Kelola').capaian).toBe(100);
    const pertama = t.ringkasan.perSasaran?.[0];
    expect(pertama?.jumlahIndikator).toBe(4);
    expect(dua(pertama?.capaian)).toBe(dua(((80 / 76 + 100 / 76 + 15.7 / 70) * 100) / 3));
  });

  test('seed 000 T8: sub-indicators averaged into their parent; 85/90 = 94,44 (stated 93,75)', async () => {
    const h = await hitungBerkas('seed000.xlsx');
    const t = tabelDi(h, 'T8');
    const induk = barisDengan(t, 'Jumlah pengadaan');
    expect(dua(induk.capaian)).toBe(dua((100 + 100 + (85 / 90) * 100) / 3));
    expect(induk.alasan).toBeUndefined();
    expect(temuanDi(h, 'T8', 'F7')[0]).toMatchObject({ tertulis: 93.75, tingkat: 'error' });
    expect(dua(t.ringkasan.capaian)).toBe(99.54);
    // Sasaran 2: 99,72 half-up, 99,71 truncated.
    expect(dua(tabelDi(h, 'T8', 1).ringkasan.capaian)).toBe(99.72);
  });

  test('seed 000 T21: 87.916.000 / 88.680.000 = 99,14 (stated 99,149); total realisasi 823.551.339 (stated ...939)', async () => {
    const h = await hitungBerkas('seed000.xlsx');
    const t = tabelDi(h, 'T21');
    expect(
      dua(t.baris.find((b) => b.uraian.startsWith('Program Peningkatan Sarana'))?.serapan),
    ).toBe(99.14);
    expect(temuanDi(h, 'T21', 'E20')[0]).toMatchObject({ tertulis: 99.149 });
    expect(t.ringkasan.realisasiAnggaran).toBe(823551339);
    expect(temuanDi(h, 'T21', 'D51')[0]).toMatchObject({
      kode: 'jumlah-berbeda',
      tertulis: 823551939,
      seharusnya: 823551339,
    });
    // Truncated percentages are a display choice, not a mistake.
    expect(temuanDi(h, 'T21', 'E35')[0]).toMatchObject({ tingkat: 'info', tertulis: 98.62 });
  });

  test('seed 002: total pagu 11.862.514.803, serapan 91,93, sisa 957.568.836; fisik 98,27 pagu-weighted', async () => {
    const h = await hitungBerkas('seed002.xlsx');
    const t = tabelDi(h, 'Tabel 41');
    expect(t.ringkasan.pagu).toBe(11862514803);
    expect(t.ringkasan.realisasiAnggaran).toBe(10904945967);
    expect(dua(t.ringkasan.serapan)).toBe(91.93);
    expect(t.ringkasan.sisa).toBe(957568836);
    expect(dua(t.baris.find((b) => b.kode === '7.01.01.2.06')?.fisik)).toBe(98.27);
    expect(h.temuan.filter((x) => x.sheet === 'Tabel 41' && x.tingkat === 'error')).toEqual([]);
  });

  test('seed 002 Tabel 18: capaian per year and the change in points', async () => {
    const h = await hitungBerkas('seed002.xlsx');
    const b = tabelDi(h, 'Tabel 18').baris[0];
    expect(dua(b.tahun?.['2018'].capaian)).toBe(81.32);
    expect(dua(b.capaian)).toBe(110.05);
    expect(b.perubahan?.arah).toBe('Meningkat');
    expect(dua(b.perubahan?.poin)).toBe(dua(110.05 - 108.7625));
    // 109,2 stated for 109,23: rounding to one decimal, not a mistake.
    expect(temuanDi(h, 'Tabel 18', 'M5')[0].tingkat).toBe('info');
  });

  test('seed 003 Tabel 13: 414.530.124 / 434.542.010 = 95,39 (stated 98,31); 8.910.000 / 9.198.100 = 96,87', async () => {
    const h = await hitungBerkas('seed003.xlsx');
    const t = tabelDi(h, 'Tabel 13');
    expect(dua(t.baris[0].serapan)).toBe(95.39);
    expect(dua(barisDengan(t, 'Penyelenggaraan Musrenbang').serapan)).toBe(96.87);
    expect(temuanDi(h, 'Tabel 13', 'E5')[0]).toMatchObject({ tertulis: 98.31, tingkat: 'error' });
    expect(temuanDi(h, 'Tabel 13', 'E19')[0]).toMatchObject({ tertulis: 95.09 });
  });

  test('seed 004 Tabel 3.15: dropped digits recovered through the sisa column and reported', async () => {
    const h = await hitungBerkas('seed004.xlsx');
    const b = barisDengan(tabelDi(h, 'Tabel 3.15'), 'Koordinasi dan Penyusunan Laporan Capaian');
    expect(b.realisasiAnggaran).toBe(1540000);
    expect(dua(b.serapan)).toBe(7.34);
    expect(temuanDi(h, 'Tabel 3.15', 'E5')[0]).toMatchObject({
      kode: 'angka-terpotong',
      tingkat: 'warning',
      seharusnya: 1540000,
    });
  });
});

describe('IKM across columns and the efisiensi layout (seed 004 Tabel 3.3 and 3.11)', () => {
  test('U1..U9: NRR 3,338, IKM 83,44 agrees with the stated 83,514 within the rounding of the elements', async () => {
    const h = await hitungBerkas('seed004.xlsx');
    const t = tabelDi(h, 'Tabel 3.3');
    expect(t.jenis).toBe('ikm');
    expect(t.baris.filter((b) => b.tingkat === 'unsur').map((b) => b.uraian)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
    expect(dua(t.ringkasan.ikm)).toBe(83.44);
    expect(t.ringkasan.mutu).toBe('B (Baik)');
    expect(t.baris.find((b) => b.tingkat === 'total')?.ikm).toBe(83.514);
    expect(h.temuan.filter((x) => x.sheet === 'Tabel 3.3')).toEqual([]);
  });

  test('a stated IKM the elements cannot give is reported', () => {
    const h = hitungBuku([
      grid([
        [null, 'U1', 'U2', 'U3', 'U4', 'U5'],
        ['NRR', 3, 3, 3, 3, 3],
        ['IKM', 80, null, null, null, null],
      ]),
    ]);
    expect(h.tabel[0].ringkasan.ikm).toBe(75);
    expect(h.temuan[0]).toMatchObject({
      kode: 'ikm-berbeda',
      sel: 'B3',
      tingkat: 'warning',
      tertulis: 80,
    });
  });

  test('efisiensi table: "-" realisasi is nothing spent; a % that realisasi / pagu does not give is an error', async () => {
    const h = await hitungBerkas('seed004.xlsx');
    const t = tabelDi(h, 'Tabel 3.11');
    expect(t.jenis).toBe('efisiensi');
    expect(t.baris.map((b) => dua(b.serapan))).toEqual([82.7, 17.78, 84.91, 49.68, 0]);
    expect(temuanDi(h, 'Tabel 3.11', 'E5')[0]).toMatchObject({ tertulis: 96.19, tingkat: 'error' });
  });
});

describe('the example workbook', () => {
  let hasil: HasilBuku;
  beforeAll(async () => {
    hasil = await hitungBerkas(CONTOH);
  });

  test('is clean: no findings', () => {
    expect(hasil.temuan).toEqual([]);
  });

  test('reads the scale from its scale table, polarity from its column, and carries it to other tables', () => {
    expect([hasil.skala.kode, hasil.skalaDari]).toEqual(['permendagri86', 'buku']);
    const multi = barisDengan(tabelDi(hasil, 'Multi Tahun'), 'Prevalensi stunting');
    expect([multi.polaritas, multi.polaritasDari, dua(multi.capaian)]).toEqual([
      'negatif',
      'buku',
      123.64,
    ]);
    expect(multi.perubahan?.arah).toBe('Meningkat');
    const renstra = barisDengan(tabelDi(hasil, 'Renstra'), 'Prevalensi stunting');
    expect(dua(renstra.capaianTargetAkhir)).toBe(110);
  });

  test('negatif, predikat, percent cells and pending values', () => {
    const t = tabelDi(hasil, 'Kinerja 2024');
    expect(barisDengan(t, 'Jumlah pengaduan').capaian).toBe(140);
    expect(barisDengan(t, 'Nilai SAKIP').capaian).toBe(80);
    expect(dua(barisDengan(t, 'Persentase pelayanan administrasi').capaian)).toBe(103.33);
    expect(barisDengan(t, 'Persentase posyandu').alasan).toBe('belum-ada-realisasi');
    expect(t.ringkasan.jumlahPerKategori).toEqual({
      'Sangat Tinggi': 6,
      Tinggi: 1,
      Sedang: 1,
      Rendah: 0,
      'Sangat Rendah': 0,
    });
  });

  test('efisiensi per program, per sasaran and overall', () => {
    const dpa = tabelDi(hasil, 'DPA 2024');
    const program = dpa.baris.find((b) => b.kode === '7.01.04')!;
    expect([program.capaian, program.labelEfisiensi]).toEqual([100, 'Efisien']);
    expect(dua(program.efisiensi)).toBe(dua(100 - (38900000 / 40000000) * 100));
    const perSasaran = tabelDi(hasil, 'Sasaran-Program').ringkasan.perSasaran!;
    expect(perSasaran.map((s) => s.labelEfisiensi)).toEqual([
      'Efisien',
      'Tidak Efisien',
      'Tidak Dapat Disimpulkan',
    ]);
    expect(hasil.efisiensi).toMatchObject({ label: 'Efisien', metode: 'selisih' });
    expect(dua(hasil.efisiensi.serapan)).toBe(94.8);
  });

  test('IKM: NRR, IKM and mutu', () => {
    expect(tabelDi(hasil, 'IKM').ringkasan).toMatchObject({ mutu: 'B (Baik)' });
    expect(dua(tabelDi(hasil, 'IKM').ringkasan.ikm)).toBe(86.42);
  });
});

describe('a budget row says how its serapan was computed', () => {
  test('in words, made when read, and kept by a structured clone (the pane worker) and by JSON', () => {
    const hasil = hitungBuku([
      grid(
        [
          ['Kode Rekening', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
          ['7.01.01', 'PROGRAM PENUNJANG', 434542010, 414530124],
          ['7.01.02', 'PROGRAM PERENCANAAN', 0, 0],
          ['7.01.03', 'PROGRAM KEUANGAN', 1000, null],
        ],
        { sheet: 'DPA' },
      ),
    ]);
    const [program, nol, kosong] = tabelDi(hasil, 'DPA').baris;
    expect(program.rumus).toBe('414.530.124 / 434.542.010 x 100 = 95,39');
    expect(nol.rumus).toBe('pagu 0 dan realisasi 0: serapan tidak dihitung');
    expect(kosong.rumus).toBe('0 / 1.000 x 100 = 0');
    // Made by one getter shared by the rows, not a property of each row.
    expect(Object.keys(program)).not.toContain('rumus');
    expect(JSON.parse(JSON.stringify(kosong)).rumus).toBe(kosong.rumus);
    expect(Object.keys(JSON.parse(JSON.stringify(program))).slice(0, 4)).toEqual([
      'baris',
      'tingkat',
      'uraian',
      'rumus',
    ]);
    // The pane worker posts plain rows: a structured clone keeps only own properties.
    const salinan = structuredClone(barisPolos(hasil));
    expect(tabelDi(salinan, 'DPA').baris.map((b) => b.rumus)).toEqual([
      program.rumus,
      nol.rumus,
      kosong.rumus,
    ]);
  });
});

describe('the edit plan', () => {
  async function terapkan(berkas: string, pengaturan: Partial<Pengaturan> = {}) {
    const { buku, grids } = await bacaBuku(berkas);
    const hasil = hitungBuku(grids, pengaturan);
    terapkanRencana(buku, hasil.rencana);
    return { buku, grids, hasil };
  }

  function semuaSel(hasil: HasilBuku) {
    return hasil.rencana.blok.flatMap((b) =>
      b.sel
        .flatMap((r, i) =>
          r.map((s, j) => ({ s, sheet: b.sheet, baris: b.baris + i, kolom: b.kolom + j })),
        )
        .filter((x) => x.s !== null),
    );
  }

  test.each(['seed000.xlsx', 'seed002.xlsx', 'seed003.xlsx', 'seed004.xlsx', CONTOH])(
    '%s: the formulas compute what the engine computed (checked by HyperFormula)',
    async (berkas) => {
      const { buku, hasil } = await terapkan(berkas);
      // Through the saved file: what Excel opens, shared formulas included.
      const nilai = evaluasi(await simpanDanBuka(buku));
      let rumus = 0;
      for (const { s, sheet, baris, kolom } of semuaSel(hasil)) {
        if (!s!.rumus) continue;
        rumus++;
        const v = nilai(sheet, alamat(baris, kolom));
        if (typeof s!.nilai === 'number') expect(v).toBeCloseTo(s!.nilai, 6);
        else expect(v === null ? '' : v).toBe(s!.nilai ?? '');
      }
      // Seed 003 holds its amounts as text ("434.542.010"): values, not formulas, and each says
      // why: by a note of its own, or (many in one column) by the note on the column's header.
      if (berkas === 'seed003.xlsx') {
        expect(rumus).toBe(0);
        const nilaiSel = semuaSel(hasil).filter((x) => typeof x.s!.nilai === 'number');
        expect(nilaiSel.filter((x) => !x.s!.catatan).length).toBeGreaterThan(10);
        for (const x of nilaiSel) {
          if (x.s!.catatan) continue;
          const b = hasil.rencana.blok.find((y) => y.sheet === x.sheet && y.baris <= x.baris)!;
          const kepala = b.sel[0][x.kolom - b.kolom]!.catatan;
          const jumlah = nilaiSel.filter((y) => y.sheet === x.sheet && y.kolom === x.kolom).length;
          expect(kepala).toMatch(
            new RegExp(
              `^Nilai dari Capaian: ${jumlah} sel kolom ini \\(baris [\\d, -]+\\) ditulis sebagai nilai, bukan rumus: pagu atau realisasi tertulis sebagai teks\\.$`,
            ),
          );
        }
      } else expect(rumus).toBeGreaterThan(5);
    },
  );

  test('a DPA whose program and kegiatan rows are empty: their formulas sum the sub kegiatan (HyperFormula)', async () => {
    const { isiDpa } = await import('../../scripts/sintetis');
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet('DPA');
    isiDpa(ws, 120);
    ws.addRow([null, 'JUMLAH', null, null]);
    const hasil = hitungBuku(gridDariBuku(buku));
    terapkanRencana(buku, hasil.rencana);
    const nilai = evaluasi(await simpanDanBuka(buku));
    const tabel = tabelDi(hasil, 'DPA');
    const dicek = new Set<string>();
    for (const { s, baris, kolom } of semuaSel(hasil)) {
      if (!s!.rumus || typeof s!.nilai !== 'number') continue;
      expect(nilai('DPA', alamat(baris, kolom))).toBeCloseTo(s!.nilai, 6);
      dicek.add(tabel.baris.find((b) => b.baris === baris)!.tingkat);
    }
    // Programs, kegiatan and the total row are all roll-ups of empty rows.
    expect(dicek).toEqual(new Set(['program', 'kegiatan', 'sub-kegiatan', 'total']));
    const jumlah = tabel.baris.find((b) => b.tingkat === 'total')!;
    expect(jumlah.pagu).toBe(
      tabel.baris.filter((b) => b.tingkat === 'sub-kegiatan').reduce((n, b) => n + b.pagu!, 0),
    );
  });

  test('a roll-up too long for one Excel formula sums one range, or else is written as a value with the reason', async () => {
    const { isiDpa } = await import('../../scripts/sintetis');
    // 60 programs of empty kegiatan: the total row sums one range of sub kegiatan.
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet('DPA');
    isiDpa(ws, 3000);
    const jumlah = ws.addRow([null, 'JUMLAH', null, null]).number;
    const hasil = hitungBuku(gridDariBuku(buku));
    const sel = (b: number, k: number) =>
      hasil.rencana.blok.find((x) => x.kolom === k)!.sel[b - hasil.rencana.blok[0].baris][0]!;
    const serapan = sel(jumlah, 5);
    expect(serapan.rumus).toContain('SUM(C4:C');
    terapkanRencana(buku, hasil.rencana);
    expect(evaluasi(await simpanDanBuka(buku))('DPA', `E${jumlah}`)).toBeCloseTo(
      serapan.nilai as number,
      6,
    );
    // 400 programs with their own pagu over sub kegiatan with theirs: no exact range exists.
    const baris: NilaiGrid[][] = [['Kode Rekening', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)']];
    for (let p = 1; p <= 400; p++) {
      baris.push([`7.01.${p}`, `PROGRAM ${p}`, 2000, 1500]);
      baris.push([`7.01.${p}.2.01`, `Kegiatan ${p}`, 2000, 1500]);
    }
    baris.push([null, 'JUMLAH', null, null]);
    const rencana = hitungBuku([grid(baris, { sheet: 'DPA' })]).rencana;
    const total = rencana.blok[0].sel[baris.length - 1][0]!;
    expect(total.rumus).toBeUndefined();
    expect(total.nilai).toBe(75);
    expect(total.catatan).toBe(
      'Nilai dari Capaian: jumlahnya terlalu panjang untuk satu rumus Excel.',
    );
  });

  test('found by the formula property: a realisasi in percent format is read as shown, so no formula reads it raw', () => {
    const nilai: NilaiGrid[][] = [
      ['Kode Rekening', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['7.01.01.2.01.01', 'Sub kegiatan A', 1000, 0.5],
      ['7.01.01.2.01.02', 'Sub kegiatan B', 1000, 900],
    ];
    const format = nilai.map((r, i) => r.map((_, j) => (i === 1 && j === 3 ? '0%' : undefined)));
    const blok = hitungBuku([grid(nilai, { sheet: 'DPA', format })]).rencana.blok[0];
    // 0,5 shown as 50%: the engine reads 50, and writes the values with the reason.
    expect(blok.sel[1][0]).toEqual({
      nilai: 5,
      format: '0.00',
      catatan: 'Nilai dari Capaian: pagu atau realisasi berformat persen.',
    });
    expect(blok.sel[2][0]!.rumus).toBeDefined();
  });

  test('amounts stored as text: a few value cells keep a note each, many in a column get one note for the column', () => {
    const tabel = (teks: number, kolomSerapan = false) => {
      const baris: NilaiGrid[][] = [
        [
          'Kode Rekening',
          'Uraian',
          'Pagu (Rp)',
          'Realisasi (Rp)',
          ...(kolomSerapan ? ['Persentase Penyerapan'] : []),
        ],
      ];
      for (let i = 1; i <= 20; i++) {
        const angka = i <= teks ? ['1.000.000,00', '750.000,00'] : [1000000, 750000];
        baris.push([`7.01.01.2.01.${String(i).padStart(2, '0')}`, `Sub kegiatan ${i}`, ...angka]);
      }
      return hitungBuku([grid(baris, { sheet: 'DPA' })]).rencana.blok;
    };
    const sebab = 'pagu atau realisasi tertulis sebagai teks';
    // 3 text rows: their cells carry the note, the header none, the rest are formulas.
    const sedikit = tabel(3);
    expect(sedikit[0].sel[0].map((s) => s!.catatan)).toEqual([undefined, undefined]);
    expect(
      sedikit[0].sel
        .slice(1, 4)
        .flat()
        .map((s) => s!.catatan),
    ).toEqual(Array(6).fill(`Nilai dari Capaian: ${sebab}.`));
    expect(sedikit[0].sel[4].every((s) => s!.rumus && !s!.catatan)).toBe(true);
    // 14 text rows (2-7 and 10-17 of the sheet): one note per column, on its header cell.
    const banyak = tabel(14);
    const catatan = banyak.flatMap((b) => b.sel.flat()).filter((s) => s?.catatan);
    expect(catatan).toHaveLength(2);
    expect(banyak[0].sel[0].map((s) => s!.catatan)).toEqual(
      Array(2).fill(
        `Nilai dari Capaian: 14 sel kolom ini (baris 2-15) ditulis sebagai nilai, bukan rumus: ${sebab}.`,
      ),
    );
    expect(banyak[0].sel[14].every((s) => typeof s!.nilai === 'number' && !s!.rumus)).toBe(true);
    expect(banyak[0].sel[15].every((s) => s!.rumus)).toBe(true);
    // A column whose header is the user's (not written): the note goes on the first of those cells.
    const sebabLain = `Nilai dari Capaian: ${sebab}.`;
    const sel: (SelEdit | null)[] = [null, { nilai: 'x' }];
    for (let i = 0; i < 12; i++) sel.push({ nilai: i, catatan: sebabLain });
    sel.push({ nilai: 1, catatan: 'Efisiensi 100 - 90' });
    ringkasCatatan(sel, 5, false);
    expect(sel.filter((s) => s?.catatan)).toEqual([
      {
        nilai: 0,
        catatan: `Nilai dari Capaian: 12 sel kolom ini (baris 7-18) ditulis sebagai nilai, bukan rumus: ${sebab}.`,
      },
      { nilai: 1, catatan: 'Efisiensi 100 - 90' },
    ]);
  });

  test('truncation mode: formulas cut to two decimals and the plan expects the same', async () => {
    const { buku, hasil } = await terapkan('seed000.xlsx', { pembulatan: 'potong' });
    const nilai = evaluasi(buku);
    const sel = semuaSel(hasil).filter((x) => x.s!.rumus);
    for (const { s, sheet, baris, kolom } of sel) {
      const v = nilai(sheet, alamat(baris, kolom));
      if (typeof s!.nilai === 'number') expect(v).toBeCloseTo(s!.nilai, 9);
    }
    // 87 / 88 = 98,8636... shows 98,86 cut; sasaran 2 of seed 000 averages to 99,71 cut (99,72 rounded).
    expect(nilai('T8', 'G18')).toBe(98.86);
    expect(
      formatAngka(tabelDi(hasil, 'T8', 1).ringkasan.capaian as number, { cara: 'potong' }),
    ).toBe('99,71');
  });

  test('value mode writes numbers, no formulas', async () => {
    const { hasil } = await terapkan(CONTOH, { mode: 'nilai' });
    const sel = semuaSel(hasil);
    expect(sel.some((x) => x.s!.rumus)).toBe(false);
    expect(sel.some((x) => typeof x.s!.nilai === 'number')).toBe(true);
  });

  test.each(['seed000.xlsx', 'seed002.xlsx', 'seed004.xlsx', CONTOH])(
    '%s: writes only into empty cells on a first run',
    async (berkas) => {
      const { grids } = await bacaBuku(berkas);
      const hasil = hitungBuku(grids);
      const isi = (sheet: string, b: number, k: number) => {
        const g = grids.find((x) => x.sheet === sheet)!;
        return g.nilai[b - g.barisAwal]?.[k - g.kolomAwal] ?? null;
      };
      for (const { sheet, baris, kolom } of semuaSel(hasil))
        expect(isi(sheet, baris, kolom)).toBeNull();
      expect(jumlahSelRencana(hasil.rencana)).toBeGreaterThan(0);
    },
  );

  test.each(['seed000.xlsx', 'seed004.xlsx', CONTOH])(
    '%s: a second run on its own output changes nothing',
    async (berkas) => {
      const buku = await simpanDanBuka((await terapkan(berkas)).buku);
      const kedua = hitungBuku(gridDariBuku(buku));
      const sebelum = isiSel(buku);
      terapkanRencana(buku, kedua.rencana);
      expect(isiSel(buku)).toEqual(sebelum);
      // The same columns are reused, not added again.
      const kolom = (h: HasilBuku) =>
        h.rencana.blok.map((b) => `${b.sheet}!${b.kolom}:${b.sel[0].length}`);
      expect(kolom(kedua)).toEqual(kolom((await terapkan(berkas)).hasil));
    },
  );

  test("the user's own capaian column is never overwritten: ours goes beside it", async () => {
    const { hasil } = await terapkan('seed004.xlsx');
    const blok = hasil.rencana.blok.find((b) => b.sheet === 'Tabel 3.4')!;
    expect(blok.kolom).toBe(10); // J, right of the table (A:I)
    expect(blok.sel[0].map((s) => s?.nilai)).toEqual(['Capaian (%)', 'Kategori']);
    expect(blok.gayaDariKolom).toBe(9);
  });

  test("an empty capaian column of the user's is filled in place, header kept", () => {
    const hasil = hitungBuku([
      grid([
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Catatan'],
        [1, 'Indikator A', 80, 76, null, 'ada catatan'],
        [2, 'Indikator B', 50, 50, null, null],
      ]),
    ]);
    const kolom = hasil.rencana.blok.map((b) => [b.kolom, b.sel[0][0]]);
    expect(kolom).toEqual([
      [5, null],
      [7, { nilai: 'Kategori' }],
    ]);
    expect(hasil.temuan.map((t) => t.kode)).toEqual(['kolom-diisi']);
  });

  test('empty columns the user headed with our own titles are filled in place, not added again', () => {
    const hasil = hitungBuku([
      grid([
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        [1, 'Indikator A', 80, 76, null, null],
        [2, 'Indikator B', 50, 50, null, null],
      ]),
    ]);
    expect(hasil.rencana.blok.map((b) => [b.kolom, b.sel[0].map((s) => s?.nilai)])).toEqual([
      [5, ['Capaian (%)', 'Kategori']],
    ]);
    expect(hasil.rencana.blok[0].sel[1].map((s) => s?.nilai)).toEqual([95, 'Sangat Tinggi']);
  });

  test('cells beside the table that hold data push the new columns further right', () => {
    const hasil = hitungBuku([
      grid([
        ['Indikator', 'Target', 'Realisasi', null, null],
        ['A', 80, 76, null, 'catatan pengguna'],
      ]),
    ]);
    expect(hasil.rencana.blok.map((b) => b.kolom)).toEqual([4, 6]);
  });

  test('kategori colours follow the scale as conditional formats', async () => {
    const { buku, hasil } = await terapkan(CONTOH);
    expect(hasil.rencana.warna.length).toBeGreaterThan(0);
    const ws = buku.getWorksheet('Kinerja 2024') as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: unknown[] }[];
    };
    expect(ws.conditionalFormattings[0].ref).toBe('K8:K16');
    expect(ws.conditionalFormattings[0].rules).toHaveLength(5);
  });

  test('a custom scale table is used; one with a gap is reported and a preset is used instead', () => {
    const skala = (baris: NilaiGrid[][]) =>
      hitungBuku([
        grid([
          ['Rentang Capaian', 'Kategori'],
          ...baris,
          [null, null],
          [null, null],
          ['Indikator', 'Target', 'Realisasi'],
          ['A', 100, 85],
        ]),
      ]);
    const sendiri = skala([
      ['>= 80', 'Baik'],
      ['60 <= x < 80', 'Cukup'],
      ['< 60', 'Kurang'],
    ]);
    expect(sendiri.skalaDari).toBe('buku');
    expect(sendiri.skala.kelas.map((k) => k.label)).toEqual(['Baik', 'Cukup', 'Kurang']);
    expect(sendiri.tabel[1].baris[0].kategori).toBe('Baik');
    // Written the way offices write it, "91 - 100 / 76 - 90" has no gap (issue #13).
    const langkah = skala([
      ['91 - 100', 'Sangat Tinggi'],
      ['76 - 90', 'Tinggi'],
      ['< 76', 'Sedang'],
    ]);
    expect(langkah.skalaDari).toBe('buku');
    expect(langkah.temuan).toEqual([]);
    expect(langkah.tabel[1].baris[0].kategori).toBe('Tinggi');
    const celah = skala([
      ['91 - 100', 'Sangat Tinggi'],
      ['76 - 89', 'Tinggi'],
      ['< 76', 'Sedang'],
    ]);
    expect(celah.temuan[0]).toMatchObject({ kode: 'skala-tidak-sah', tingkat: 'warning' });
    expect(celah.skala.kode).toBe('permendagri86');
  });

  test("a 'Ket' that contradicts its numbers is reported", () => {
    const hasil = hitungBuku([
      grid(
        [
          ['Indikator', 'Tahun 2022', null, 'Tahun 2023', null, 'Ket'],
          [null, 'Target', 'Realisasi', 'Target', 'Realisasi', null],
          ['A', 80, 80, 80, 72, 'Meningkat'],
        ],
        {
          gabungan: [
            { baris1: 1, kolom1: 2, baris2: 1, kolom2: 3 },
            { baris1: 1, kolom1: 4, baris2: 1, kolom2: 5 },
          ],
        },
      ),
    ]);
    expect(hasil.tabel[0].jenis).toBe('multi-tahun');
    expect(hasil.temuan[0]).toMatchObject({
      kode: 'ket-bertentangan',
      sel: 'F3',
      seharusnya: 'Menurun',
    });
  });
});

describe('plans and reports of 200 000-row tables', () => {
  test("a block's address and the BAB III budget check take no spread of the whole column", () => {
    const sel = Array.from({ length: 200_000 }, (_, i) => [{ nilai: i }]);
    expect(alamatBlok({ sheet: 'DPA', baris: 5, kolom: 5, sel, peran: 'serapan' })).toBe(
      'DPA!E5:E200004',
    );
    const baris = Array.from({ length: 200_000 }, (_, i) => ({
      baris: i + 2,
      tingkat: 'sub-kegiatan',
      uraian: `Sub kegiatan ${i}`,
      sel: { pagu: { baris: i + 2, kolom: 3, mentah: 10, angka: { jenis: 'angka', nilai: 10 } } },
      perTahun: {},
    }));
    const t = {
      tabel: { baris },
      jenis: 'anggaran',
      baris: [],
      ringkasan: { pagu: 2_000_000, realisasiAnggaran: 1_000_000 },
    } as unknown as HasilTabel;
    expect(anggaranWajar(t)).toBe(true);
  });
});
