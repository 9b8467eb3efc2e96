/**
 * Quarterly monitoring (issue #14): indicator tables with TW I-IV groups over
 * Target / Realisasi in the wordings reports use, the rule for adding quarters
 * up named and shown, the period reached, and the findings on quarters.
 */
import { hitungBuku } from '../../src/engine/hitung';
import type { NilaiGrid } from '../../src/sheet/grid';
import { kenaliTabel } from '../../src/sheet/kenali';
import { gridDari as grid } from '../bantu';

/** Four quarter groups over Target / Realisasi, the header words given. */
function triwulan(judul: string[], satuan: string, baris: NilaiGrid[][], tahunan = false) {
  const atas: NilaiGrid[] = [
    'No',
    'Indikator',
    'Satuan',
    ...(tahunan ? ['Target Tahun 2025'] : []),
  ];
  const bawah: NilaiGrid[] = [null, null, null, ...(tahunan ? [null] : [])];
  for (const j of judul) {
    atas.push(j, null);
    bawah.push('Target', 'Realisasi');
  }
  return grid([atas, bawah, ...baris.map((b, i) => [i + 1, `Indikator ${i + 1}`, satuan, ...b])]);
}

const A: NilaiGrid[] = [25, 20, 50, 45, 75, 70, 100, 95];

describe('quarter groups in every wording', () => {
  test.each([
    [['TW I', 'TW II', 'TW III', 'TW IV']],
    [['Tw.1', 'Tw.2', 'Tw.3', 'Tw.4']],
    [['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']],
    [['Triwulan Pertama', 'Triwulan Kedua', 'Triwulan Ketiga', 'Triwulan Keempat']],
  ])('%j: targets and realisasi per quarter, never the first pair as the year', (judul) => {
    const [t] = kenaliTabel(triwulan(judul, 'Dokumen', [A]));
    expect(t.jenis).toBe('indikator');
    expect(t.kolom.filter((k) => k.periode).map((k) => `${k.peran}${k.periode?.ke}`)).toEqual([
      'target1',
      'realisasi1',
      'target2',
      'realisasi2',
      'target3',
      'realisasi3',
      'target4',
      'realisasi4',
    ]);
    const h = hitungBuku([triwulan(judul, 'Dokumen', [A])]);
    // Counts add up: 230 / 250.
    expect(h.tabel[0].baris[0]).toMatchObject({
      capaian: 92,
      target: 250,
      realisasi: 230,
      periode: { metode: 'kumulatif', metodeDari: 'satuan', sampai: 's.d. TW IV' },
    });
  });

  test('"s.d. TW" columns are cumulative already: the last one counts (95 / 100)', () => {
    const h = hitungBuku([
      triwulan(['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV'], 'Dokumen', [A]),
    ]);
    expect(h.tabel[0].baris[0]).toMatchObject({
      capaian: 95,
      periode: { metode: 'nilai-akhir', metodeDari: 'lembar' },
    });
  });

  test('a percentage is its last value; targets climbing to the year target are cumulative', () => {
    const persen = hitungBuku([triwulan(['TW I', 'TW II', 'TW III', 'TW IV'], '%', [A])]);
    expect(persen.tabel[0].baris[0]).toMatchObject({
      capaian: 95,
      periode: { metodeDari: 'satuan' },
    });
    const naik = hitungBuku([
      triwulan(['TW I', 'TW II', 'TW III', 'TW IV'], 'Dokumen', [[100, ...A]], true),
    ]);
    expect(naik.tabel[0].baris[0]).toMatchObject({
      capaian: 95,
      periode: { metode: 'nilai-akhir', metodeDari: 'target' },
    });
  });

  test('the method set by the user wins, per indicator, per sheet or for all', () => {
    const g = () => triwulan(['TW I', 'TW II', 'TW III', 'TW IV'], 'Dokumen', [A, A]);
    const semua = hitungBuku([g()], {
      metodePeriode: { indikator: {}, lembar: {}, semua: 'rata-rata' },
    });
    // Mean of the realisasi (57,5) over the mean of the targets (62,5).
    expect(semua.tabel[0].baris[0].capaian).toBeCloseTo(92, 9);
    const satu = hitungBuku([g()], {
      metodePeriode: { indikator: { 'indikator 2': 'nilai-akhir' }, lembar: {} },
    });
    expect(satu.tabel[0].baris.map((b) => b.capaian)).toEqual([92, 95]);
    expect(satu.tabel[0].baris[1].periode?.metodeDari).toBe('pengaturan');
  });
});

describe('the period reached, and what is missing', () => {
  test('up to the latest filled quarter; an empty quarter between filled ones is a warning', () => {
    const h = hitungBuku([
      triwulan(['TW I', 'TW II', 'TW III', 'TW IV'], 'Kegiatan', [
        [10, 10, 10, 8, 10, null, 10, null],
        [10, 10, 10, null, 10, 9, 10, null],
      ]),
    ]);
    const [b1, b2] = h.tabel[0].baris;
    expect(b1).toMatchObject({ capaian: 90, periode: { sampai: 's.d. TW II' } });
    expect(b2).toMatchObject({ capaian: 95, periode: { sampai: 's.d. TW III' } });
    expect(h.temuan.map((t) => `${t.sel} ${t.kode} ${t.tingkat}`)).toEqual([
      'G4 periode-kosong warning',
    ]);
    // The column written says the period, and is Capaian's own on the next run.
    expect(h.rencana.blok[0].sel[0][0]?.nilai).toBe('Capaian s.d. TW III (%)');
  });

  test('quarterly targets that do not add up to the year target under kumulatif', () => {
    const h = hitungBuku([
      triwulan(
        ['TW I', 'TW II', 'TW III', 'TW IV'],
        'Orang',
        [[100, 20, 10, 30, 10, 20, 10, 20, 10]],
        true,
      ),
    ]);
    expect(h.temuan.map((t) => `${t.sel} ${t.kode}`)).toEqual(['D3 target-periode-berbeda']);
    expect(h.temuan[0]).toMatchObject({ tertulis: 100, seharusnya: 90 });
  });

  test('a capaian stated per quarter is checked', () => {
    const h = hitungBuku([
      grid([
        ['Indikator', 'Satuan', 'TW I', null, null, 'TW II', null, null],
        [null, null, 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
        ['Indikator A', 'Dokumen', 4, 3, 75, 4, 4, 90],
      ]),
    ]);
    expect(h.temuan.filter((t) => t.tingkat === 'error').map((t) => t.sel)).toEqual(['H3']);
  });

  test('a second run recognises its own "Capaian s.d. TW II (%)" and writes the same', () => {
    const nilai = triwulan(['TW I', 'TW II', 'TW III', 'TW IV'], 'Dokumen', [
      [10, 8, 10, 9, null, null, null, null],
    ]).nilai;
    const pertama = hitungBuku([grid(nilai)]);
    const [blok] = pertama.rencana.blok;
    // Put the first run's formulas and values where it wrote them, then run again.
    const rumus: (string | undefined)[][] = nilai.map(() => []);
    blok.sel.forEach((r, i) =>
      r.forEach((s, j) => {
        (nilai[blok.baris - 1 + i] ??= [])[blok.kolom - 1 + j] = s?.nilai ?? null;
        (rumus[blok.baris - 1 + i] ??= [])[blok.kolom - 1 + j] = s?.rumus;
      }),
    );
    const kedua = hitungBuku([grid(nilai, { rumus })]);
    expect(kedua.tabel[0].tabel.kolom.find((k) => k.kolom === blok.kolom)?.milik).toBe('capaian');
    expect(kedua.rencana.blok.map((b) => [b.baris, b.kolom])).toEqual([[blok.baris, blok.kolom]]);
  });
});
