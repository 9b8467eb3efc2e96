import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { hitungBuku } from '../../src/engine/hitung';
import type { RencanaEdit } from '../../src/engine/rencana';
import { melampauiBatasRumus } from '../../src/engine/rumus-excel';
import {
  bacaSemuaLembar,
  batalkan,
  LEMBAR_CADANGAN,
  terapkanRencana as terapkanDiExcel,
} from '../../src/excel/adaptor';
import type { Kemampuan } from '../../src/excel/api';
import { bukaBuku, gridDariBuku, terapkanRencana } from '../../src/io/xlsx';
import { kenaliMilik } from '../../src/sheet/milik';
import { alamat } from '../../src/sheet/grid';
import type { Grid, NilaiGrid } from '../../src/sheet/grid';
import { evaluasi, gridDari, isiSel, simpanDanBuka } from '../bantu';
import { BERKAS, bukuBerderau, derauAcak, nilaiAcak, OPSI_FC } from '../derau';
import { berisi, BukuPalsu, KonteksPalsu } from '../excel/palsu-excel';

/**
 * Property tests: random grids and random noise over the fixture tables.
 * Recognition and computation never throw, a plan writes only into columns
 * the engine owns (new, or headed by one of its own headers), and running
 * again on its own output changes nothing: through the xlsx adapter (saved
 * and reopened in between) and through the Office.js adapter against the
 * fake Excel, where Batalkan must also give back exactly what was there.
 * And every formula written computes, in HyperFormula, the value the plan
 * stores as its result (what Excel shows once it recomputes).
 */

function teks(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** Every written cell lies in a column that is new (empty before) or already headed by an owned header. */
function periksaMilik(grids: Grid[], rencana: RencanaEdit): void {
  const sel = (sheet: string, b: number, k: number): NilaiGrid => {
    const g = grids.find((x) => x.sheet === sheet);
    return g?.nilai[b - g.barisAwal]?.[k - g.kolomAwal] ?? null;
  };
  const rumus = (sheet: string, b: number, k: number): string | undefined => {
    const g = grids.find((x) => x.sheet === sheet);
    return g?.rumus?.[b - g.barisAwal]?.[k - g.kolomAwal];
  };
  for (const blok of rencana.blok) {
    const lebar = Math.max(...blok.sel.map((r) => r.length));
    for (let j = 0; j < lebar; j++) {
      const kolom = blok.kolom + j;
      const kepalaBaru = teks(blok.sel[0]?.[j]?.nilai);
      expect(kenaliMilik(kepalaBaru)).toBeDefined();
      const kepalaLama = teks(sel(blok.sheet, blok.baris, kolom));
      if (kepalaLama && kenaliMilik(kepalaLama)) continue;
      blok.sel.forEach((r, i) => {
        if (!r[j]) return;
        const b = blok.baris + i;
        if (teks(sel(blok.sheet, b, kolom)) !== '' || rumus(blok.sheet, b, kolom))
          throw new Error(`menimpa sel pengguna ${blok.sheet}!${kolom},${b}`);
      });
    }
  }
}

test('random grids: recognition and computation never throw, and write only owned columns', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(nilaiAcak, { minLength: 1, maxLength: 9 }), {
        minLength: 1,
        maxLength: 14,
      }),
      (baris) => {
        const lebar = Math.max(...baris.map((r) => r.length));
        const nilai = baris.map((r) => [...r, ...Array<NilaiGrid>(lebar - r.length).fill(null)]);
        const grid = gridDari(nilai, { sheet: 'Acak' });
        const hasil = hitungBuku([grid]);
        periksaMilik([grid], hasil.rencana);
        for (const t of hasil.tabel)
          for (const b of t.baris)
            if (b.capaian !== undefined) expect(Number.isFinite(b.capaian)).toBe(true);
      },
    ),
    { numRuns: 300, ...OPSI_FC },
  );
});

test('noise over the fixture tables: no throw, owned columns only, a second run is a no-op', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: BERKAS.length - 1 }), derauAcak, async (nomor, derau) => {
      const buku = await bukuBerderau(nomor, derau);
      const grids = gridDariBuku(buku);
      const pertama = hitungBuku(grids);
      periksaMilik(grids, pertama.rencana);
      terapkanRencana(buku, pertama.rencana);
      const sesudah = isiSel(buku);
      // The second run opens the saved file, shared formulas and all.
      const tersimpan = await simpanDanBuka(buku);
      const kedua = hitungBuku(gridDariBuku(tersimpan));
      terapkanRencana(tersimpan, kedua.rencana);
      expect(isiSel(await simpanDanBuka(tersimpan))).toEqual(sesudah);
    }),
    { numRuns: 40, ...OPSI_FC },
  );
});

test('noise over the fixtures: every formula written computes, in an independent engine, the value the plan expects', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: BERKAS.length - 1 }), derauAcak, async (nomor, derau) => {
      const buku = await bukuBerderau(nomor, derau);
      // As Excel would: the user's own formulas recomputed over the noise before the engine reads them.
      const awal = evaluasi(buku);
      buku.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (!c.formula) return;
            const v = awal(ws.name, c.address);
            const result = typeof v === 'object' && v !== null ? { error: '#VALUE!' } : v;
            c.value = { formula: c.formula, result } as ExcelJS.CellFormulaValue;
          }),
        ),
      );
      const hasil = hitungBuku(gridDariBuku(buku));
      terapkanRencana(buku, hasil.rencana);
      const nilai = evaluasi(await simpanDanBuka(buku));
      for (const b of hasil.rencana.blok)
        b.sel.forEach((r, i) =>
          r.forEach((s, j) => {
            if (!s?.rumus) return;
            const v = nilai(b.sheet, alamat(b.baris + i, b.kolom + j));
            // An error among the inputs shows as that error once Excel recomputes.
            if (typeof v === 'object' && v !== null) return;
            if (typeof s.nilai === 'number') expect(v).toBeCloseTo(s.nilai, 6);
            else expect(v === null ? '' : v).toBe(s.nilai ?? '');
          }),
        );
    }),
    { numRuns: 30, ...OPSI_FC },
  );
});

test('found by the property: a note under a written column is never overwritten by the next run', async () => {
  const buku = await bukaBuku(BERKAS[2]);
  const ws = buku.getWorksheet('Tabel 13')!;
  // F22: just under the table (A3:E21), in the column Sisa will take (the table states its %,
  // so no Serapan column is added: issue #13).
  ws.getCell('F22').value = 'Pagu';
  terapkanRencana(buku, hitungBuku(gridDariBuku(buku)).rencana);
  const kedua = hitungBuku(gridDariBuku(buku));
  expect(kedua.tabel.find((t) => t.tabel.sheet === 'Tabel 13')!.tabel.id).toBe('Tabel 13!A3:F21');
  terapkanRencana(buku, kedua.rencana);
  expect(ws.getCell('F22').value).toBe('Pagu');
});

test('found by the property: a value beside the column-number row does not turn it into data on the next run', async () => {
  const buku = await bukaBuku(BERKAS[2]);
  const ws = buku.getWorksheet('Tabel 13')!;
  // F4: a 0 typed beside the "1 2 3 4 5" row, in a column without a header.
  ws.getCell('F4').value = 0;
  const pertama = hitungBuku(gridDariBuku(buku)).rencana;
  terapkanRencana(buku, pertama);
  const kedua = hitungBuku(gridDariBuku(buku)).rencana;
  // The second run finds its own columns again instead of adding new ones.
  expect(kedua.blok.map((b) => [b.sheet, b.kolom])).toEqual(
    pertama.blok.map((b) => [b.sheet, b.kolom]),
  );
  expect(ws.getCell('G4').value).toBeNull();
});

const PENUH: Kemampuan = { api19: true, api113: true };

test('through the Office.js adapter (fake Excel): plan cells only, Batalkan restores all, a second run is a no-op', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: BERKAS.length - 1 }), derauAcak, async (nomor, derau) => {
      const asli = await bukuBerderau(nomor, derau);
      const buku = new BukuPalsu();
      for (const g of gridDariBuku(asli)) buku.tambahDariGrid(g);
      const ctx = new KonteksPalsu(buku);
      const grids = await bacaSemuaLembar(ctx, PENUH);
      const pertama = hitungBuku(grids);
      periksaMilik(grids, pertama.rencana);
      // Excel would compute our formulas to the engine's values (pinned by the HyperFormula tests).
      const nilaiRumus = new Map<string, NilaiGrid>();
      for (const b of pertama.rencana.blok)
        b.sel.forEach((r, i) =>
          r.forEach((s, j) => {
            if (s?.rumus) nilaiRumus.set(`${b.sheet}!${b.baris + i},${b.kolom + j}`, s.nilai ?? '');
          }),
        );
      buku.hitungRumus = (l, b, k) =>
        nilaiRumus.get(`${l.nama}!${b},${k}`) ?? l.ambil(b, k)?.nilai ?? '';

      const awal = buku.salinan();
      // A cell that holds nothing counts as absent, as in salinan().
      const sel = (nama: string) =>
        new Map(
          [...buku.cari(nama).sel]
            .filter(([, s]) => berisi(s))
            .map(([k, s]) => [k, JSON.stringify(s)]),
        );
      const sebelum = new Map(buku.lembar.map((l) => [l.nama, sel(l.nama)]));
      const cadangan = await terapkanDiExcel(ctx, PENUH, pertama.rencana);
      // Every cell that changed is a cell of the plan.
      const direncanakan = new Set(
        pertama.rencana.blok.flatMap((b) =>
          b.sel.flatMap((r, i) =>
            r.flatMap((s, j) => (s ? [`${b.sheet}!${b.baris + i},${b.kolom + j}`] : [])),
          ),
        ),
      );
      for (const [nama, lama] of sebelum) {
        const baru = sel(nama);
        for (const k of new Set([...lama.keys(), ...baru.keys()]))
          if (lama.get(k) !== baru.get(k) && !direncanakan.has(`${nama}!${k}`))
            throw new Error(
              `sel di luar rencana berubah: ${nama}!${k} ${lama.get(k)} -> ${baru.get(k)}`,
            );
      }
      const sekali = buku.salinan([LEMBAR_CADANGAN]);

      await batalkan(new KonteksPalsu(buku), cadangan);
      expect(buku.salinan()).toBe(awal);

      await terapkanDiExcel(ctx, PENUH, hitungBuku(await bacaSemuaLembar(ctx, PENUH)).rencana);
      expect(buku.salinan([LEMBAR_CADANGAN])).toBe(sekali);
      const kedua = hitungBuku(await bacaSemuaLembar(ctx, PENUH));
      await terapkanDiExcel(ctx, PENUH, kedua.rencana);
      expect(buku.salinan([LEMBAR_CADANGAN])).toBe(sekali);
    }),
    { numRuns: 25, ...OPSI_FC },
  );
});

/** Values an adversary types: long runs, controls, escapes, characters XML cannot hold, extreme numbers. */
const nilaiJahat: fc.Arbitrary<NilaiGrid> = fc.oneof(
  nilaiAcak,
  fc.constantFrom(
    1e-320,
    -1e-300,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    `1${'*'.repeat(5000)}`,
    `${'*'.repeat(5000)}1`,
    `1${'%'.repeat(3000)}1`,
    `(${'\ufeff'.repeat(3000)}1)`,
    'Capaian\u001b[2K\r\nRingkasan: 0 kesalahan',
    'Kategori\ufffe\uffff\u0000',
    '\ud800 tanpa pasangan',
    `${'Sangat Tinggi '.repeat(40)}`,
    '=1+1',
    '<c r="A1"/>]]><!--',
  ),
  fc.string({ maxLength: 40, unit: 'binary' }),
);

test('hostile values in random grids: no throw, owned columns only, every number finite, every formula within Excel limits', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(nilaiJahat, { minLength: 1, maxLength: 7 }), {
        minLength: 1,
        maxLength: 10,
      }),
      (baris) => {
        const lebar = Math.max(...baris.map((r) => r.length));
        const nilai = baris.map((r) => [...r, ...Array<NilaiGrid>(lebar - r.length).fill(null)]);
        const grid = gridDari(nilai, { sheet: 'Jahat' });
        const hasil = hitungBuku([grid]);
        periksaMilik([grid], hasil.rencana);
        for (const b of hasil.rencana.blok)
          for (const s of b.sel.flat()) {
            if (typeof s?.nilai === 'number') expect(Number.isFinite(s.nilai)).toBe(true);
            if (s?.rumus) expect(melampauiBatasRumus(s.rumus)).toBeUndefined();
          }
      },
    ),
    { numRuns: 200, ...OPSI_FC },
  );
});
