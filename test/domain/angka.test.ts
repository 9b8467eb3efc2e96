import fc from 'fast-check';
import {
  bacaAngka,
  bacaInti,
  formatAngka,
  formatPersen,
  formatRingkas,
  formatRupiah,
  formatTanggal,
  terbilang,
} from '../../src/domain';

describe('bacaAngka: numbers as Excel gives them', () => {
  test('plain numbers', () => {
    expect(bacaAngka(105.26)).toEqual({ jenis: 'angka', nilai: 105.26 });
    expect(bacaAngka(0)).toEqual({ jenis: 'angka', nilai: 0 });
  });

  test('a percent-formatted number means the value times 100', () => {
    expect(bacaAngka(0.88, { format: '0%' })).toMatchObject({ nilai: 88, satuan: '%' });
    expect(bacaAngka(0.8804, { format: '0.00%' }).nilai).toBeCloseTo(88.04, 10);
    // A quoted or escaped % is a literal and does not scale.
    expect(bacaAngka(88.04, { format: '0.00"%"' }).nilai).toBe(88.04);
    expect(bacaAngka(88.04, { format: '0.00\\%' }).nilai).toBe(88.04);
    // Negative section without %.
    expect(bacaAngka(-5, { format: '0%;-0' }).nilai).toBe(-5);
    expect(formatPersen(undefined)).toBe(false);
  });

  test('currency formats, dates and non-finite numbers', () => {
    expect(bacaAngka(2393600, { format: '"Rp"#,##0' })).toMatchObject({
      nilai: 2393600,
      satuan: 'Rp',
    });
    expect(bacaAngka(45000, { format: 'dd/mm/yyyy' })).toMatchObject({
      jenis: 'tanggal',
      alasan: 'tanggal',
    });
    expect(bacaAngka(45000, { format: 'General' })).toMatchObject({ jenis: 'angka', nilai: 45000 });
    expect(formatTanggal('#,##0')).toBe(false);
    expect(formatTanggal('[$Rp-421]#,##0')).toBe(false);
    expect(bacaAngka(Number.NaN)).toMatchObject({ jenis: 'galat' });
    expect(bacaAngka(new Date(2023, 0, 1))).toMatchObject({ jenis: 'tanggal' });
  });

  test('ExcelJS cell objects', () => {
    expect(bacaAngka({ formula: 'A1/B1', result: 1.0526 })).toMatchObject({ nilai: 1.0526 });
    expect(bacaAngka({ formula: 'A1/B1' })).toMatchObject({ jenis: 'kosong' });
    expect(bacaAngka({ error: '#DIV/0!' })).toMatchObject({
      jenis: 'galat',
      alasan: 'galat-excel',
    });
    expect(bacaAngka({ richText: [{ text: '93' }, { text: ',89' }] })).toMatchObject({
      nilai: 93.89,
    });
    expect(bacaAngka({ text: '10 desa', hyperlink: 'x' })).toMatchObject({
      nilai: 10,
      satuan: 'desa',
    });
    expect(bacaAngka({ foo: 1 })).toMatchObject({ jenis: 'teks' });
    expect(bacaAngka(true)).toMatchObject({ jenis: 'teks', alasan: 'bukan-angka' });
    expect(bacaAngka(BigInt(5))).toMatchObject({ jenis: 'teks' });
  });
});

describe('bacaAngka: text in both number styles (DOMAIN.md section 7)', () => {
  test.each([
    ['1.234.567,89', 1234567.89, 'id'],
    ['5,535,121,420', 5535121420, 'us'],
    ['93,89', 93.89, 'id'],
    ['98.15', 98.15, 'us'],
    ['10.904.945.967', 10904945967, 'id'],
    ['839.077.360,00', 839077360, 'id'],
    ['1,234,567.89', 1234567.89, 'us'],
    ['0,125', 0.125, 'id'],
    ['12345.678', 12345.678, 'us'],
  ])('%s -> %d (%s)', (teks, nilai, gaya) => {
    const h = bacaAngka(teks);
    expect(h.jenis).toBe('angka');
    expect(h.nilai).toBeCloseTo(nilai, 9);
    expect(h.gaya).toBe(gaya);
    expect(h.dariTeks).toBe(true);
    expect(h.ambigu).toBeUndefined();
  });

  test('"1.234" is ambiguous: Indonesian by default, the hint settles it', () => {
    expect(bacaAngka('1.234')).toMatchObject({
      nilai: 1234,
      ambigu: true,
      nilaiLain: 1.234,
      gaya: 'id',
    });
    expect(bacaAngka('1.234', { gaya: 'us' })).toMatchObject({
      nilai: 1.234,
      ambigu: true,
      nilaiLain: 1234,
      gaya: 'us',
    });
    expect(bacaAngka('1,234')).toMatchObject({
      nilai: 1.234,
      ambigu: true,
      nilaiLain: 1234,
      gaya: 'id',
    });
    expect(bacaAngka('1,234', { gaya: 'us' })).toMatchObject({
      nilai: 1234,
      ambigu: true,
      gaya: 'us',
    });
    expect(bacaAngka('-1.234')).toMatchObject({ nilai: -1234, nilaiLain: -1.234 });
  });

  test('money is never ambiguous: three digits after the separator are thousands', () => {
    expect(bacaAngka('Rp 50.000')).toMatchObject({ nilai: 50000, satuan: 'Rp' });
    expect(bacaAngka('Rp 50,000')).toMatchObject({ nilai: 50000, satuan: 'Rp' });
    expect(bacaAngka('50.000,-').nilai).toBe(50000);
    expect(bacaAngka('50.000,-').ambigu).toBeUndefined();
  });

  test('Rp, Rp., ,- and .- decorations', () => {
    expect(bacaAngka('Rp 3.242.441.617,00')).toMatchObject({ nilai: 3242441617, satuan: 'Rp' });
    expect(bacaAngka('Rp. 3.242.441.617,00')).toMatchObject({ nilai: 3242441617, satuan: 'Rp' });
    expect(bacaAngka('Rp.2.393.600,-')).toMatchObject({ nilai: 2393600, satuan: 'Rp' });
    expect(bacaAngka('2.393.600.-').nilai).toBe(2393600);
    expect(bacaAngka('IDR 1.000.000').nilai).toBe(1000000);
    expect(bacaAngka('-Rp 5.000.000')).toMatchObject({ nilai: -5000000, satuan: 'Rp' });
  });

  test('negative amounts in parentheses', () => {
    expect(bacaAngka('(50.000.000)').nilai).toBe(-50000000);
    expect(bacaAngka('(Rp 50.000.000)')).toMatchObject({ nilai: -50000000, satuan: 'Rp' });
    expect(bacaAngka('-93,89').nilai).toBe(-93.89);
    expect(bacaAngka('+5').nilai).toBe(5);
    expect(bacaAngka('\u22125').nilai).toBe(-5);
  });

  test('percent signs and OCR spaces', () => {
    expect(bacaAngka('88,04%')).toMatchObject({ nilai: 88.04, satuan: '%' });
    expect(bacaAngka('100 %')).toMatchObject({ nilai: 100, satuan: '%' });
    expect(bacaAngka('110,6 7%')).toMatchObject({ nilai: 110.67, satuan: '%' });
    expect(bacaAngka('80%')).toMatchObject({ nilai: 80, satuan: '%' });
    expect(bacaAngka('83, 514').nilai).toBe(83.514);
  });

  test('dropped digits read as grouping then decimals, flagged', () => {
    expect(bacaAngka('1,540,00')).toMatchObject({ nilai: 1540, campuran: true });
    expect(bacaAngka('328,312,760,00')).toMatchObject({ nilai: 328312760, campuran: true });
  });

  test('pending markers give no number and a reason', () => {
    for (const t of ['*)', ')*', 'y*', '-', '--', 'N/A', 'n/a', 'belum dinilai', '\u2013', '?']) {
      expect(bacaAngka(t)).toMatchObject({ jenis: 'tertunda', alasan: 'belum-ada-realisasi' });
    }
  });

  test('empty cells', () => {
    expect(bacaAngka('')).toEqual({ jenis: 'kosong', alasan: 'kosong' });
    expect(bacaAngka('   ')).toEqual({ jenis: 'kosong', alasan: 'kosong' });
    expect(bacaAngka(null)).toEqual({ jenis: 'kosong', alasan: 'kosong' });
    expect(bacaAngka(undefined)).toEqual({ jenis: 'kosong', alasan: 'kosong' });
  });

  test('Excel errors stored as text', () => {
    expect(bacaAngka('#DIV/0!')).toMatchObject({ jenis: 'galat', alasan: 'galat-excel' });
    expect(bacaAngka('#REF!')).toMatchObject({ jenis: 'galat' });
    expect(bacaAngka('#N/A')).toMatchObject({ jenis: 'galat' });
  });

  test('units beside the number', () => {
    expect(bacaAngka('10 desa')).toMatchObject({ nilai: 10, satuan: 'desa' });
    expect(bacaAngka('4.269 KPM')).toMatchObject({ nilai: 4269, satuan: 'KPM', ambigu: true });
    expect(bacaAngka('8 Dok.')).toMatchObject({ nilai: 8, satuan: 'Dok' });
  });

  test('grades beside or instead of the number', () => {
    expect(bacaAngka('B (75)')).toMatchObject({ nilai: 75, predikat: 'B' });
    expect(bacaAngka('Baik (73,40)')).toMatchObject({ nilai: 73.4, predikat: 'Baik' });
    expect(bacaAngka('83, 514 (B aik)')).toMatchObject({ nilai: 83.514, predikat: 'Baik' });
    expect(bacaAngka('BB')).toMatchObject({ jenis: 'predikat', predikat: 'BB' });
    expect(bacaAngka('wtp')).toMatchObject({ jenis: 'predikat', predikat: 'WTP' });
    expect(bacaAngka('Sangat Baik')).toMatchObject({ jenis: 'predikat', predikat: 'Sangat Baik' });
    expect(bacaAngka('4 (empat)')).toMatchObject({ nilai: 4, keterangan: 'empat' });
  });

  test('look-alike letters (Cyrillic В С, Greek Ο) are read as Latin', () => {
    expect(bacaAngka('\u0412\u0412')).toMatchObject({ jenis: 'predikat', predikat: 'BB' });
    expect(bacaAngka('\u0421\u0421')).toMatchObject({ jenis: 'predikat', predikat: 'CC' });
    expect(bacaAngka('\u0412 (75)')).toMatchObject({ nilai: 75, predikat: 'B' });
    expect(bacaAngka('Rp 1.\u039f00')).toMatchObject({ jenis: 'teks' });
    expect(bacaAngka('10 d\u0435s\u0430')).toMatchObject({ nilai: 10, satuan: 'desa' });
  });

  test('range targets', () => {
    expect(bacaAngka('5,80-6,00')).toMatchObject({
      jenis: 'rentang',
      rentang: { bawah: 5.8, atas: 6 },
    });
    expect(bacaAngka('5,80 s.d. 6,00')).toMatchObject({
      jenis: 'rentang',
      rentang: { bawah: 5.8, atas: 6 },
    });
    expect(bacaAngka('80 - 90%')).toMatchObject({ jenis: 'rentang', satuan: '%' });
    // Reversed bounds are not a range.
    expect(bacaAngka('6-5').jenis).toBe('teks');
  });

  test('noise is text with a reason, never a number', () => {
    expect(bacaAngka('27 2 75')).toMatchObject({ jenis: 'teks', alasan: 'beberapa-angka' });
    expect(bacaAngka('1 2 3 4')).toMatchObject({ jenis: 'teks', alasan: 'beberapa-angka' });
    expect(bacaAngka('5=4-3')).toMatchObject({ jenis: 'teks', alasan: 'bukan-angka' });
    expect(bacaAngka('Total capaian 293,75/300=97,92')).toMatchObject({ jenis: 'teks' });
    expect(bacaAngka('Persentase')).toMatchObject({ jenis: 'teks', alasan: 'bukan-angka' });
    expect(bacaAngka('1.2.3,4,5')).toMatchObject({ jenis: 'teks' });
    expect(bacaAngka('1,234.567,89')).toMatchObject({ jenis: 'teks' });
    expect(bacaAngka('12,34,56')).toMatchObject({ jenis: 'teks' });
    expect(bacaAngka('10 #')).toMatchObject({ jenis: 'teks' });
  });

  test('footnote markers are kept, the number is used', () => {
    expect(bacaAngka('85 *)')).toMatchObject({ nilai: 85, catatan: '*)' });
    expect(bacaAngka('85*')).toMatchObject({ nilai: 85, catatan: '*' });
  });

  test('bacaInti rejects malformed separators', () => {
    expect(bacaInti('1..2')).toBeUndefined();
    expect(bacaInti('1.')).toBeUndefined();
    expect(bacaInti('abc')).toBeUndefined();
    expect(bacaInti('1234.567.890')).toBeUndefined();
  });
});

describe('formatAngka, formatRupiah, terbilang', () => {
  test('Indonesian grouping and decimals, half-up by default', () => {
    expect(formatAngka(1234567.891)).toBe('1.234.567,89');
    expect(formatAngka((988000 / 20000000) * 100)).toBe('4,94');
    expect(formatAngka(99.7175)).toBe('99,72');
    expect(formatAngka(99.7175, { cara: 'potong' })).toBe('99,71');
    expect(formatAngka(100, { ringkas: true })).toBe('100');
    expect(formatAngka(-50000000, { desimal: 0 })).toBe('-50.000.000');
    expect(formatAngka(-0.001)).toBe('0,00');
    expect(formatAngka(1234.5, { ribuan: false })).toBe('1234,50');
    expect(formatAngka(Number.NaN)).toBe('');
  });

  test('formatRingkas shows whole numbers without decimals', () => {
    expect(formatRingkas(100)).toBe('100');
    expect(formatRingkas(105.263157)).toBe('105,26');
    expect(formatRingkas(99.9999)).toBe('100');
  });

  test('formatRupiah follows PUEBI', () => {
    expect(formatRupiah(2393600)).toBe('Rp2.393.600');
    expect(formatRupiah(2393600, { sen: true })).toBe('Rp2.393.600,00');
    expect(formatRupiah(-50000000)).toBe('-Rp50.000.000');
    expect(formatRupiah(-0.001)).toBe('Rp0');
    expect(formatRupiah(Number.POSITIVE_INFINITY)).toBe('');
  });

  test.each([
    [2393600, 'dua juta tiga ratus sembilan puluh tiga ribu enam ratus rupiah'],
    [0, 'nol rupiah'],
    [1, 'satu rupiah'],
    [11, 'sebelas rupiah'],
    [15, 'lima belas rupiah'],
    [100, 'seratus rupiah'],
    [110, 'seratus sepuluh rupiah'],
    [1000, 'seribu rupiah'],
    [1100, 'seribu seratus rupiah'],
    [1000000, 'satu juta rupiah'],
    [
      957568836,
      'sembilan ratus lima puluh tujuh juta lima ratus enam puluh delapan ribu delapan ratus tiga puluh enam rupiah',
    ],
    [
      11862514803,
      'sebelas miliar delapan ratus enam puluh dua juta lima ratus empat belas ribu delapan ratus tiga rupiah',
    ],
    [2000000000000, 'dua triliun rupiah'],
    [1500.5, 'seribu lima ratus rupiah lima puluh sen'],
    [-50000, 'minus lima puluh ribu rupiah'],
  ])('terbilang(%d)', (n, kata) => {
    expect(terbilang(n)).toBe(kata);
  });

  test('terbilang of plain numbers and out-of-range values', () => {
    expect(terbilang(12.5, { mataUang: null })).toBe('dua belas koma lima');
    expect(terbilang(0.05, { mataUang: null })).toBe('nol koma nol lima');
    expect(terbilang(4, { mataUang: null })).toBe('empat');
    expect(terbilang(1e15)).toBe('');
    expect(terbilang(Number.NaN)).toBe('');
  });
});

describe('properties', () => {
  test('bacaAngka never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const h = bacaAngka(x);
        expect(typeof h.jenis).toBe('string');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'0123456789.,-%()Rp *)/ abBWTPs\u0412\u039f'.split('')),
        }),
        fc.option(fc.constantFrom('id' as const, 'us' as const), { nil: undefined }),
        (s, gaya) => {
          const h = bacaAngka(s, { gaya });
          if (h.nilai !== undefined) expect(Number.isFinite(h.nilai)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('formatting then parsing returns the same value (two decimals)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (sen) => {
        const nilai = sen / 100;
        expect(bacaAngka(formatAngka(nilai)).nilai).toBe(nilai);
        expect(bacaAngka(formatAngka(nilai, { ringkas: true })).nilai).toBe(nilai);
      }),
      { numRuns: 3000 },
    );
  });

  test('formatRupiah then parsing returns the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (n) => {
        expect(bacaAngka(formatRupiah(n)).nilai).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('every pattern over cell text is linear (issue #15: 60 cells of "1" and 32 000 "*" took 71 s)', () => {
  /** Milliseconds of `f` over `ulang` calls. */
  const waktu = (f: () => void, ulang = 3) => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < ulang; i++) f();
    return Number(process.hrtime.bigint() - t) / 1e6 / ulang;
  };
  // Each was quadratic (a run of stars, of "%", of spaces no normalisation folds, before a stop).
  const JAHAT: [string, (n: number) => string][] = [
    ['stars then a digit', (n) => `${'*'.repeat(n)}1`],
    ['a digit then stars then a stop', (n) => `1${'*'.repeat(n)}!`],
    ['stars closed twice', (n) => `(${'*'.repeat(n)}))`],
    ['stars, a bracket, a digit', (n) => `${'*'.repeat(n)})1`],
    ['signs of percent', (n) => `1${'%'.repeat(n)}1`],
    ['percent and spaces', (n) => `1${'% '.repeat(n / 2)}x`],
    ['byte-order marks', (n) => `1${'\ufeff'.repeat(n)}(`],
    ['ogham spaces in brackets', (n) => `(${'\u1680'.repeat(n)}x)`],
    ['no-break spaces', (n) => `1,${'\u00a0'.repeat(n)}x`],
    ['a range that never ends', (n) => `${'1-'.repeat(n / 2)}x`],
    ['thousands that never end', (n) => `${'1.'.repeat(n / 2)}x`],
  ];
  test.each(JAHAT)('%s: eight times longer takes about eight times as long, not 64', (_, buat) => {
    const pendek = buat(4000);
    const panjang = buat(32000);
    bacaAngka(pendek);
    const t1 = waktu(() => bacaAngka(pendek));
    const t8 = waktu(() => bacaAngka(panjang));
    expect(t8).toBeLessThan(20 * Math.max(t1, 2));
  });
});
