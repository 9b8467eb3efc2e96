import {
  buatSkala,
  kenaliSkala,
  labelCocok,
  SKALA,
  tentukanKategori,
  tentukanKelas,
} from '../../src/domain';

describe('tentukanKategori: presets at their boundaries (full precision)', () => {
  test('permendagri86 (default)', () => {
    expect(tentukanKategori(90.99)).toBe('Tinggi');
    expect(tentukanKategori(91)).toBe('Sangat Tinggi');
    expect(tentukanKategori(90.999999)).toBe('Tinggi');
    expect(tentukanKategori(76)).toBe('Tinggi');
    expect(tentukanKategori(75.99)).toBe('Sedang');
    expect(tentukanKategori(66)).toBe('Sedang');
    expect(tentukanKategori(51)).toBe('Rendah');
    expect(tentukanKategori(51.11)).toBe('Rendah'); // seed 004 L1107 (stated Sedang)
    expect(tentukanKategori(50.99)).toBe('Sangat Rendah');
    expect(tentukanKategori(0)).toBe('Sangat Rendah');
    expect(tentukanKategori(200)).toBe('Sangat Tinggi');
    expect(tentukanKategori(123.64)).toBe('Sangat Tinggi');
  });

  test('permenpan12: upper bounds inclusive', () => {
    const s = SKALA.permenpan12;
    expect(tentukanKategori(50, s)).toBe('Kurang');
    expect(tentukanKategori(50.01, s)).toBe('Cukup');
    expect(tentukanKategori(60, s)).toBe('Cukup');
    expect(tentukanKategori(70, s)).toBe('Baik');
    expect(tentukanKategori(80, s)).toBe('Sangat Baik');
    expect(tentukanKategori(90, s)).toBe('Memuaskan');
    expect(tentukanKategori(90.01, s)).toBe('Sangat Memuaskan');
    expect(tentukanKategori(110.05, s)).toBe('Sangat Memuaskan');
  });

  test('lan', () => {
    const s = SKALA.lan;
    expect(tentukanKategori(85, s)).toBe('Sangat Berhasil (SB)');
    expect(tentukanKategori(84.99, s)).toBe('Berhasil (B)');
    expect(tentukanKategori(70, s)).toBe('Berhasil (B)');
    expect(tentukanKategori(55, s)).toBe('Cukup Berhasil (CB)');
    expect(tentukanKategori(54.99, s)).toBe('Tidak Berhasil (TB)');
  });

  test('a preset by its code, as callers of the library write it', () => {
    expect(tentukanKategori(85, 'permenpan12')).toBe('Memuaskan');
    expect(tentukanKategori(85, 'lan')).toBe('Sangat Berhasil (SB)');
    expect(tentukanKategori(85, 'tidak-ada' as 'lan')).toBeUndefined();
  });

  test('no value, no kategori', () => {
    expect(tentukanKategori(undefined)).toBeUndefined();
    expect(tentukanKategori(Number.NaN)).toBeUndefined();
    expect(tentukanKelas(50, { kode: 'x', nama: 'x', kelas: [] })).toBeUndefined();
  });
});

describe('buatSkala: custom scales are checked for gaps and overlaps', () => {
  test('a well-formed scale, given in any order', () => {
    const { skala, masalah } = buatSkala('kantor', 'Skala kantor', [
      { label: 'Kurang', dari: null, sampai: 60 },
      { label: 'Baik', dari: 80, sampai: null },
      { label: 'Cukup', dari: 60, sampai: 80 },
    ]);
    expect(masalah).toEqual([]);
    expect(skala?.kelas.map((k) => k.label)).toEqual(['Baik', 'Cukup', 'Kurang']);
    expect(tentukanKategori(80, skala)).toBe('Baik');
    expect(tentukanKategori(79.99, skala)).toBe('Cukup');
    expect(tentukanKategori(60, skala)).toBe('Cukup');
    expect(skala?.kelas[1].nilaiTengah).toBe(70);
    expect(skala?.kelas[0].nilaiTengah).toBe(90);
    expect(skala?.kelas.every((k) => /^[0-9A-F]{6}$/.test(k.warna))).toBe(true);
  });

  test('"91-100" over "76-90" is how offices write contiguous classes: the step is no gap (issue #13)', () => {
    const { skala, masalah } = buatSkala('x', 'x', [
      { label: 'Sangat Tinggi', dari: 91, sampai: 100, sampaiInklusif: true },
      { label: 'Tinggi', dari: 76, sampai: 90, sampaiInklusif: true },
      { label: 'Rendah', dari: 0, sampai: 75, sampaiInklusif: true },
    ]);
    expect(masalah).toEqual([]);
    expect(tentukanKategori(90.5, skala)).toBe('Tinggi');
    expect(tentukanKategori(91, skala)).toBe('Sangat Tinggi');
    expect(tentukanKategori(75.99, skala)).toBe('Rendah');
    expect(skala?.kelas[1].nilaiTengah).toBe(83);
  });

  test('"0 - 59,99" under "60 - 79,99": a step of 0,01 is no gap either', () => {
    const { skala, masalah } = buatSkala('x', 'x', [
      { label: 'Baik', dari: 80, sampai: 100, sampaiInklusif: true },
      { label: 'Cukup', dari: 60, sampai: 79.99, sampaiInklusif: true },
      { label: 'Kurang', dari: 0, sampai: 59.99, sampaiInklusif: true },
    ]);
    expect(masalah).toEqual([]);
    expect(tentukanKategori(79.995, skala)).toBe('Cukup');
    expect(tentukanKategori(59.999, skala)).toBe('Kurang');
  });

  test('"Kurang dari 50" under "Diatas 50 % sampai dengan 60 %": 50 falls below, no gap', () => {
    const { skala, masalah } = buatSkala('x', 'x', [
      { label: 'Cukup', dari: 50, dariInklusif: false, sampai: 60, sampaiInklusif: true },
      { label: 'Kurang', dari: null, sampai: 50, sampaiInklusif: false },
    ]);
    expect(masalah).toEqual([]);
    expect(tentukanKategori(50, skala)).toBe('Kurang');
    expect(tentukanKategori(50.01, skala)).toBe('Cukup');
  });

  test('a real gap ("76-89" then "91-100") is still reported', () => {
    const { skala, masalah } = buatSkala('x', 'x', [
      { label: 'Sangat Tinggi', dari: 91, sampai: 100, sampaiInklusif: true },
      { label: 'Tinggi', dari: 76, sampai: 89, sampaiInklusif: true },
    ]);
    expect(skala).toBeUndefined();
    expect(masalah).toHaveLength(1);
    expect(masalah[0]).toMatch(/^celah antara "Tinggi"/);
  });

  test('a shared inclusive bound and crossing intervals overlap', () => {
    expect(
      buatSkala('x', 'x', [
        { label: 'A', dari: 80, sampai: null },
        { label: 'B', dari: null, sampai: 80, sampaiInklusif: true },
      ]).masalah[0],
    ).toMatch(/^tumpang tindih/);
    expect(
      buatSkala('x', 'x', [
        { label: 'A', dari: 70, sampai: null },
        { label: 'B', dari: null, sampai: 80 },
      ]).masalah[0],
    ).toMatch(/^tumpang tindih/);
    expect(
      buatSkala('x', 'x', [
        { label: 'A', dari: null, sampai: null },
        { label: 'B', dari: null, sampai: 50 },
      ]).masalah.some((m) => m.startsWith('tumpang tindih')),
    ).toBe(true);
  });

  test('labels, empty intervals and size', () => {
    expect(buatSkala('x', 'x', [{ label: 'A' }]).masalah).toContain(
      'skala harus memiliki sedikitnya dua kelas',
    );
    const m = buatSkala('x', 'x', [
      { label: ' ', dari: 50, sampai: null },
      { label: 'Baik', dari: 40, sampai: 30 },
      { label: 'baik', dari: null, sampai: 40 },
    ]).masalah;
    expect(m).toContain('ada kelas tanpa label');
    expect(m).toContain('label "baik" dipakai lebih dari sekali');
    expect(m).toContain('kelas "Baik": batas bawah melebihi batas atas');
  });
});

describe('kenaliSkala: the scale a workbook already uses', () => {
  test('labels of each preset', () => {
    expect(kenaliSkala(['Sangat Tinggi', 'Tinggi', 'Sangat Tinggi'])?.skala.kode).toBe(
      'permendagri86',
    );
    expect(kenaliSkala(['Sangat Memuaskan', 'Memuaskan'])?.skala.kode).toBe('permenpan12');
    expect(kenaliSkala(['SB', 'SB', 'B'])?.skala.kode).toBe('lan');
    expect(kenaliSkala(['Sangat Berhasil', 'berhasil'])?.skala.kode).toBe('lan');
  });

  test('look-alike letters and spacing do not matter; unknown labels are reported', () => {
    const k = kenaliSkala(['Sangat  \u0422inggi', 'Luar Biasa', '']);
    expect(k?.skala.kode).toBe('permendagri86');
    expect(k?.cocok).toBe(1);
    expect(k?.tidakDikenal).toEqual(['Luar Biasa']);
  });

  test('no known label', () => {
    expect(kenaliSkala(['Luar Biasa'])).toBeUndefined();
    expect(kenaliSkala([])).toBeUndefined();
  });

  test('labelCocok matches aliases', () => {
    expect(labelCocok('sb', SKALA.lan.kelas[0])).toBe(true);
    expect(labelCocok('Berhasil', SKALA.lan.kelas[0])).toBe(false);
  });
});
