import JSZip from 'jszip';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { pisahkanOpsiBab3 } from '../../src/cli/bab3';
import type { HasilBuku } from '../../src/engine/hasil';
import { susunBab3 } from '../../src/report/bab3';
import { babKeDocx } from '../../src/report/docx';
import type { BabTiga, TabelLaporan } from '../../src/report/model';
import { HALAMAN, tataTabel } from '../../src/report/ukuran';
import { CONTOH, FIXTURE, hitungBerkas } from '../bantu';

async function bagian(bab: BabTiga): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await babKeDocx(bab));
  const hasil: Record<string, string> = {};
  for (const nama of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(nama)) hasil[nama] = await zip.file(nama)!.async('string');
  return hasil;
}

let contoh: HasilBuku;
let xml: Record<string, string>;
let bab: BabTiga;
beforeAll(async () => {
  contoh = await hitungBerkas(CONTOH);
  bab = susunBab3(contoh, { instansi: 'Kecamatan Sukamaju' });
  xml = await bagian(bab);
});

describe('Word treats the chapter as an Indonesian report', () => {
  test('id-ID on the default style, the heading and caption styles, and every run', () => {
    const gaya = xml['word/styles.xml'];
    expect(gaya.match(/<w:lang w:val="id-ID"\/>/g)!.length).toBeGreaterThanOrEqual(6);
    const dok = xml['word/document.xml'];
    // Every run but the cached results inside fields (a number each).
    const run = (dok.match(/<w:r>/g)?.length ?? 0) - (dok.match(/<w:fldSimple /g)?.length ?? 0);
    expect(run).toBeGreaterThan(100);
    expect(dok.match(/<w:lang w:val="id-ID"\/>/g)).toHaveLength(run);
    expect(`${gaya}${dok}`).not.toMatch(/w:val="en-US"/);
  });

  test('black headings and a Caption style that Word lists in its Daftar Tabel', () => {
    const gaya = xml['word/styles.xml'];
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      const blok = gaya.slice(gaya.indexOf(`w:styleId="${id}"`));
      expect(blok.slice(0, blok.indexOf('</w:style>'))).toContain('<w:color w:val="000000"/>');
    }
    expect(gaya).toMatch(/w:styleId="Caption"[^]*?<w:name w:val="caption"\/>/);
  });

  test('captions are Caption paragraphs with SEQ fields counting from 1 (earlier tables never shift ours), cached as 3.n', () => {
    const dok = xml['word/document.xml'];
    const tabel = bab.blok.filter((b) => b.jenis === 'tabel').length;
    const grafik = bab.blok.filter((b) => b.jenis === 'grafik').length;
    expect(dok.match(/<w:pStyle w:val="Caption"\/>/g)).toHaveLength(tabel + grafik);
    expect(dok.match(/w:instr="SEQ Tabel \\\* ARABIC \\r 1"/g)).toHaveLength(1);
    expect(dok.match(/w:instr="SEQ Tabel \\\* ARABIC"/g)).toHaveLength(tabel - 1);
    expect(dok.match(/w:instr="SEQ Grafik \\\* ARABIC \\r 1"/g)).toHaveLength(1);
    // "Tabel 3." then the field whose cached result is the table's number.
    expect(dok).toMatch(
      /<w:t xml:space="preserve">Tabel 3\.<\/w:t>[^]*?w:instr="SEQ Tabel \\\* ARABIC \\r 1"[^]*?<w:t[^>]*>1<\/w:t>/,
    );
    expect(dok).toContain('Skala Nilai Peringkat Kinerja (Permendagri 86/2017)');
  });

  test('a "Sumber:" line under every table', () => {
    const dok = xml['word/document.xml'];
    const tabel = bab.blok.filter((b) => b.jenis === 'tabel').length;
    expect(dok.match(/<w:pStyle w:val="Sumber"\/>/g)).toHaveLength(tabel);
    expect(dok).toContain('Sumber: Kecamatan Sukamaju, 2024 (diolah)');
    expect(dok).toContain('Sumber: Permendagri 86/2017');
  });

  test('document properties name the office and the year', () => {
    expect(xml['docProps/core.xml']).toContain(
      '<dc:title>BAB III Akuntabilitas Kinerja Kecamatan Sukamaju Tahun 2024</dc:title>',
    );
    expect(xml['docProps/core.xml']).toContain('Kecamatan Sukamaju');
    const custom = xml['docProps/custom.xml'];
    expect(custom).toMatch(/name="Instansi"[^]*?Kecamatan Sukamaju/);
    expect(custom).toMatch(/name="Tahun"[^]*?2024/);
  });

  test('native charts where real chapters show graphs: capaian per indicator, the trend over years, pagu and realisasi per program', () => {
    const grafik = Object.keys(xml).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(grafik).toHaveLength(3);
    const isi = grafik.map((n) => xml[n]).join('\n');
    expect(isi).toContain('<c:barDir val="bar"/>');
    expect(isi).toContain('<c:lineChart>');
    expect(isi).toContain('Juta rupiah');
  });
});

describe('tables that print', () => {
  const tabelXml = () =>
    xml['word/document.xml']
      .split('<w:tbl>')
      .slice(1)
      .map((t) => t.split('</w:tbl>')[0]);

  test('fixed widths from the content that fit the page, rows never split, header rows repeated', () => {
    const daftar = tabelXml();
    const model = bab.blok.flatMap((b) => (b.jenis === 'tabel' ? [b.tabel] : []));
    expect(daftar).toHaveLength(model.length);
    daftar.forEach((t, i) => {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const kolom = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const tata = tataTabel(model[i]);
      expect(kolom.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
        tata.lanskap ? HALAMAN.lanskap : HALAMAN.tegak,
      );
      const baris = t.match(/<w:tr>/g)!.length;
      expect(baris).toBe(model[i].kepala.length + model[i].baris.length);
      expect(t.match(/<w:cantSplit\/>/g)).toHaveLength(baris);
      expect(t.match(/<w:tblHeader\/>/g)).toHaveLength(model[i].kepala.length);
    });
  });

  test('a small table is kept on one page with its caption and source line', () => {
    const skala = tabelXml()[0];
    const paragraf = skala.match(/<w:p>/g)!.length;
    expect(skala.match(/<w:keepNext\/>/g)).toHaveLength(paragraf);
  });

  test('landscape only for a table that cannot fit portrait, with the paragraphs after it', async () => {
    // In the example only the kegiatan table (kode rekening, pagu murni and perubahan) needs it.
    const lanskap = bab.blok.flatMap((b) =>
      b.jenis === 'tabel' && tataTabel(b.tabel).lanskap ? [b.tabel.judul] : [],
    );
    expect(lanskap).toEqual(['Realisasi Anggaran per Program dan Kegiatan Tahun 2024']);
    expect(xml['word/document.xml'].match(/w:orient="landscape"/g)).toHaveLength(1);
    const lebar: TabelLaporan = {
      nomor: '3.1',
      judul: 'Sepuluh tahun',
      kepala: [
        [
          { teks: 'Indikator', tebal: true },
          ...Array.from({ length: 12 }, (_, i) => ({ teks: `Realisasi ${2013 + i}`, tebal: true })),
        ],
      ],
      baris: [
        [
          { teks: 'Pagu' },
          ...Array.from({ length: 12 }, () => ({ teks: '12.345.678.901', angka: true })),
        ],
      ],
    };
    const x = await bagian({
      judul: 'BAB III',
      blok: [
        { jenis: 'paragraf', teks: 'Sebelum.' },
        { jenis: 'tabel', tabel: lebar },
        { jenis: 'paragraf', teks: 'Sesudah, masih di halaman lanskap.' },
        { jenis: 'judul', tingkat: 2, teks: 'B. Berikutnya' },
      ],
    });
    const dok = x['word/document.xml'];
    expect(dok.match(/<w:sectPr/g)).toHaveLength(3);
    expect(dok.match(/w:orient="landscape"/g)).toHaveLength(1);
    // The paragraph after the table stays in the landscape section; the next heading goes back to portrait.
    // A section's properties sit in its last paragraph: "Sebelum." closes the portrait section, the
    // paragraph after the table closes the landscape one, and the next heading starts portrait again.
    const paragraf = (isi: string) => dok.split('<w:p>').find((x) => x.includes(isi)) ?? '';
    expect(paragraf('Sebelum.')).toContain('w:orient="portrait"');
    expect(paragraf('Sesudah, masih di halaman lanskap.')).toContain('w:orient="landscape"');
    expect(dok.indexOf('B. Berikutnya')).toBeGreaterThan(dok.indexOf('w:orient="landscape"'));
  });
});

describe('capaian bab3', () => {
  const folder = () => mkdtempSync(path.join(tmpdir(), 'bab3-'));

  test('writes the .docx and says for whom, and what is left to fill in', async () => {
    const keluar: string[] = [];
    const berkas = path.join(folder(), 'bab3.docx');
    expect(
      await main(['bab3', path.join(FIXTURE, 'bab3-seed004.xlsx'), '-o', berkas], (s) =>
        keluar.push(s),
      ),
    ).toBe(0);
    expect(keluar[0]).toMatch(
      /^BAB III Kecamatan Kota Bangun tahun 2023: \d+ tabel, \d+ grafik, \d+ judul dan paragraf ditulis ke .*bab3\.docx$/,
    );
    expect(keluar[1]).toMatch(/bagian bertanda kuning perlu dilengkapi atau diperiksa/);
    expect(readFileSync(berkas).subarray(0, 2).toString()).toBe('PK');
  });

  test('without -o: a name of its own beside the input, never over an existing file, and it says where', async () => {
    const f = folder();
    const masukan = path.join(f, 'lkjip.xlsx');
    copyFileSync(CONTOH, masukan);
    const keluar: string[] = [];
    expect(await main(['bab3', masukan], (s) => keluar.push(s))).toBe(0);
    expect(await main(['bab3', masukan], (s) => keluar.push(s))).toBe(0);
    expect(existsSync(path.join(f, 'lkjip.bab3.docx'))).toBe(true);
    expect(existsSync(path.join(f, 'lkjip.bab3 (2).docx'))).toBe(true);
    expect(
      keluar
        .filter((k) => k.startsWith('BAB III'))
        .map((k) => path.basename(k.split(' ditulis ke ')[1])),
    ).toEqual(['lkjip.bab3.docx', 'lkjip.bab3 (2).docx']);
    expect(readFileSync(masukan)).toEqual(readFileSync(CONTOH));
  });

  test('-o through a link to the input is refused and the input is untouched', async () => {
    const f = folder();
    const masukan = path.join(f, 'in.docx.xlsx');
    copyFileSync(CONTOH, masukan);
    const tautan = path.join(f, 'tautan.docx');
    symlinkSync(masukan, tautan);
    const galat: string[] = [];
    expect(
      await main(
        ['bab3', masukan, '-o', tautan],
        () => undefined,
        (s) => galat.push(s),
      ),
    ).toBe(2);
    expect(galat).toHaveLength(1);
    expect(galat[0]).toMatch(/^capaian: berkas keluaran tidak boleh sama dengan berkas masukan/);
    expect(readFileSync(masukan)).toEqual(readFileSync(CONTOH));
  });

  test('--tanpa leaves parts out; --dengan adds sub kegiatan', async () => {
    const berkas = path.join(folder(), 'x.docx');
    expect(
      await main(
        ['bab3', CONTOH, '-o', berkas, '--tanpa', 'renstra,grafik', '--tanpa-keuangan'],
        () => undefined,
      ),
    ).toBe(0);
    const dok = await (
      await JSZip.loadAsync(readFileSync(berkas))
    )
      .file('word/document.xml')!
      .async('string');
    expect(dok).toContain('A. Capaian Kinerja Organisasi');
    expect(dok).not.toContain('Target Akhir Renstra');
    expect(dok).not.toContain('B. Akuntabilitas Keuangan');
    expect(dok).not.toContain('c:chart');
    expect(
      pisahkanOpsiBab3([
        'bab3',
        'a.xlsx',
        '--dengan',
        'sub-kegiatan',
        '--tabel-per-sasaran',
        '--skala',
        'lan',
      ]),
    ).toEqual({
      opsi: { dengan: ['sub-kegiatan'], tabelPerSasaran: true },
      sisa: ['bab3', 'a.xlsx', '--skala', 'lan'],
    });
    // Other commands keep their arguments as they are.
    expect(pisahkanOpsiBab3(['hitung', 'a.xlsx', '--tahun', '2024']).sisa).toEqual([
      'hitung',
      'a.xlsx',
      '--tahun',
      '2024',
    ]);
  });

  test('bad options exit 2 with the reason', async () => {
    const galat: string[] = [];
    const tulis = (s: string) => galat.push(s);
    expect(await main(['bab3', CONTOH, '--tahun', 'dua'], () => undefined, tulis)).toBe(2);
    expect(await main(['bab3', CONTOH, '-o', 'x.pdf'], () => undefined, tulis)).toBe(2);
    expect(
      await main(['bab3', CONTOH, '--tanpa', 'renstra,lampiran'], () => undefined, tulis),
    ).toBe(2);
    expect(await main(['bab3', CONTOH, '--tanpa'], () => undefined, tulis)).toBe(2);
    expect(galat).toEqual([
      'capaian: --tahun harus tahun empat angka, mis. 2024',
      'capaian: berkas keluaran BAB III harus berakhiran .docx',
      expect.stringMatching(
        /^capaian: --tanpa tidak mengenal "lampiran"; bagian yang ada: skala, ringkasan, /,
      ),
      'capaian: --tanpa memerlukan nilai',
    ]);
  });
});
