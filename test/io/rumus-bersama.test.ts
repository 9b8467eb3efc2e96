import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { hitungBuku } from '../../src/engine/hitung';
import type { RencanaEdit } from '../../src/engine/rencana';
import { gridDariBuku, terapkanRencana, tulisBuku } from '../../src/io/xlsx';
import { deretRumus, penggeserRumus } from '../../src/sheet/rumus-bersama';
import { isiSel, simpanDanBuka } from '../bantu';

const geser = (rumus: string, d: number) => penggeserRumus(rumus)?.(d);

describe('sliding a formula down like Excel fills it', () => {
  test('relative rows move, absolute rows and columns stay, strings are kept', () => {
    expect(geser('=IF(ISNUMBER(C4),IF(C4=0,"",N(D4)/C4*100),"")', 3)).toBe(
      'IF(ISNUMBER(C7),IF(C7=0,"",N(D7)/C7*100),"")',
    );
    expect(geser('SUM(C14:C22)-$D$2+D$3+$E5', 1)).toBe('SUM(C15:C23)-$D$2+D$3+$E6');
    expect(geser('IF(E4>=91,"Sangat Tinggi",IF(E4>=76,"Tinggi","Sedang"))', 1)).toBe(
      'IF(E5>=91,"Sangat Tinggi",IF(E5>=76,"Tinggi","Sedang"))',
    );
    expect(geser('ROUNDDOWN(LOG10(C4)*1E3,2)', 1)).toBeUndefined(); // "E3" in 1E3 is not a cell
    expect(geser('ROUNDDOWN(LOG10(C4),2)', 2)).toBe('ROUNDDOWN(LOG10(C6),2)');
    expect(geser('XFD4+A1', 1)).toBe('XFD5+A2');
  });

  test('what it cannot slide safely it refuses', () => {
    expect(geser("'Data 2024'!C4*2", 1)).toBeUndefined(); // another sheet
    expect(geser('Sheet1!C4*2', 1)).toBeUndefined();
    expect(geser('C4*Tarif', 1)).toBeUndefined(); // a defined name
    expect(geser('SUM(4:4)', 1)).toBeUndefined(); // a whole row
    expect(geser('IF(C4="A1","",C4)', 1)).toBeUndefined(); // ExcelJS would slide "A1" on reading
    expect(geser('IF(C4>0,TRUE,FALSE)', 1)).toBeUndefined();
    expect(geser('c4*2', 1)).toBeUndefined();
    expect(geser('XFE4+1', 1)).toBeUndefined(); // past the last column: a name
  });
});

function bukuDpa(baris: number): ExcelJS.Workbook {
  const buku = new ExcelJS.Workbook();
  const ws = buku.addWorksheet('DPA');
  ws.addRow(['Kode Rekening', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)']);
  ws.addRow(['7.01.01', 'PROGRAM PELAYANAN', null, null]);
  ws.addRow(['7.01.01.2.01', 'Kegiatan Administrasi', null, null]);
  for (let i = 1; i <= baris; i++)
    ws.addRow([
      `7.01.01.2.01.${String(i).padStart(2, '0')}`,
      `Sub kegiatan ${i}`,
      1000 * i,
      900 * i,
    ]);
  return buku;
}

describe('runs of a column', () => {
  test('a run goes on while each formula is the first slid down: a SUM or an empty cell ends it, equal digit-free formulas run too', () => {
    const f = (r?: string) => [r === undefined ? null : { rumus: r }];
    const sel = [
      f('=IF(ISNUMBER(C5),N(D5)/C5*100,"")'),
      f('=IF(ISNUMBER(C6),N(D6)/C6*100,"")'),
      f('=SUM(C5:C6)'),
      f('=IF(ISNUMBER(C8),N(D8)/C8*100,"")'),
      f('=IF(ISNUMBER(C9),N(D9)/C9*100,"")'),
      f('=IF(ISNUMBER(C10),N(D10)/C10*100,"")'),
      f('=TODAY()'),
      f('=TODAY()'),
      f(),
      f('=TODAY()'),
      f('=IF(ISNUMBER(C12),N(D12)/C12*100,"")'),
    ];
    expect(deretRumus(sel)).toEqual({
      induk: [[0], [0], [2], [3], [3], [3], [6], [6], [-1], [9], [10]],
      akhir: [[1], [], [2], [5], [], [], [7], [], [], [9], [10]],
    });
  });
});

describe('runs of a long column, against sliding each head on its own', () => {
  test('heads after a break (a parent row) are found from the last parsed formula or parsed anew', () => {
    // Rows of a DPA: sub kegiatan formulas broken by parent rows, row numbers crossing 9/10 and
    // 99/100, and look-alikes whose constant moves with the row (not a slide).
    const templat = [
      (r: number) => `=IF(C${r}=0,"",ROUND(D${r}/C${r}*100,2))`,
      (r: number) => `=SUM(C${r + 1},C${r + 3})`,
      (r: number) => `=IF(C${r}=0,"",ROUND(D${r}/C${r}*${100 + r},2))`,
      (r: number) => `=C${r}-D$4`,
    ];
    let acak = 7;
    const berikut = () => (acak = (acak * 48271) % 2147483647) % 100;
    const rumus: (string | undefined)[] = [];
    for (let r = 5; r < 400; r++) {
      const x = berikut();
      rumus.push(x < 8 ? undefined : templat[x < 70 ? 0 : x < 80 ? 1 : x < 90 ? 2 : 3](r));
    }
    const acuan: number[] = [];
    let kepala = -1;
    rumus.forEach((r, i) => {
      if (!r) {
        acuan.push(-1);
        kepala = -1;
        return;
      }
      const lanjut =
        kepala >= 0 && acuan[i - 1] >= 0 && geser(rumus[kepala]!, i - kepala) === r.slice(1);
      if (!lanjut) kepala = i;
      acuan.push(kepala);
    });
    const { induk } = deretRumus(rumus.map((r) => [r === undefined ? null : { rumus: r }]));
    expect(induk.map((x) => x[0])).toEqual(acuan);
    expect(new Set(acuan).size).toBeGreaterThan(40);
  });
});

describe('the saved workbook', () => {
  test('a column of equal formulas is saved as one shared formula that reads back cell by cell', async () => {
    const buku = bukuDpa(30);
    const hasil = hitungBuku(gridDariBuku(buku));
    terapkanRencana(buku, hasil.rencana);
    const data = await tulisBuku(buku);
    const xml = await (
      await JSZip.loadAsync(data)
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    // Serapan and sisa of the 30 sub kegiatan rows: two masters and 29 copies each.
    expect(xml.match(/<f t="shared" ref="[A-Z]+4:[A-Z]+33" si="\d+">/g)).toHaveLength(2);
    expect(xml.match(/<f t="shared" si="\d+"\/>/g)).toHaveLength(58);

    const dibaca = await simpanDanBuka(buku);
    const ws = dibaca.getWorksheet('DPA')!;
    for (const blok of hasil.rencana.blok)
      blok.sel.forEach((r, i) =>
        r.forEach((s, j) => {
          if (!s?.rumus) return;
          const cell = ws.getCell(blok.baris + i, blok.kolom + j);
          expect(`=${cell.formula}`).toBe(s.rumus);
          expect(cell.result).toBeCloseTo(s.nilai as number, 9);
        }),
      );
  });

  test("a user's shared formula whose master is overwritten keeps its copies' formulas", async () => {
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet('Lembar');
    for (let r = 1; r <= 5; r++) ws.getCell(r, 1).value = r;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2 };
    for (let r = 2; r <= 5; r++)
      ws.getCell(r, 2).value = { sharedFormula: 'B1', result: r * 2 } as ExcelJS.CellValue;
    const tersimpan = await simpanDanBuka(buku);
    const b1 = tersimpan.getWorksheet('Lembar')!.getCell('B1').value as { shareType?: string };
    expect(b1.shareType).toBe('shared');
    // A plan that writes a value over the master and over B3 only.
    const rencana: RencanaEdit = {
      blok: [
        {
          sheet: 'Lembar',
          baris: 1,
          kolom: 2,
          sel: [[{ nilai: 7 }], [null], [{ nilai: 8 }], [null], [null]],
          peran: 'uji',
        },
      ],
      warna: [],
      gabung: [],
    };
    terapkanRencana(tersimpan, rencana);
    const isi = isiSel(await simpanDanBuka(tersimpan));
    expect(['B1', 'B2', 'B3', 'B4', 'B5'].map((a) => JSON.parse(isi.get(`Lembar!${a}`)!))).toEqual([
      7,
      '=A2*2',
      8,
      '=A4*2',
      '=A5*2',
    ]);
  });
});
