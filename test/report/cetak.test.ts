import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { susunBab3 } from '../../src/report/bab3';
import { babKeDocx } from '../../src/report/docx';
import type { BabTiga, SelLaporan } from '../../src/report/model';
import { CONTOH, hitungBerkas } from '../bantu';

/**
 * The chapter as it prints: each .docx converted to PDF by LibreOffice (what
 * `npm run render:bab3` shows, and what LibreOffice and WPS users get), then
 * read back as text. No amount may be split over two lines, no header word
 * broken, no table row lost. Skipped, with a message, where LibreOffice or
 * pdftotext is not installed (CI without them).
 */

const ada = (perintah: string) => spawnSync('sh', ['-c', `command -v ${perintah}`]).status === 0;
const bisa = ada('soffice') && ada('pdftotext');
if (!bisa)
  console.warn(
    'cetak.test: LibreOffice (soffice) atau pdftotext tidak terpasang; uji cetak dilewati',
  );
const uji = bisa ? test : test.skip;

const angka = (s: SelLaporan) => s.angka === true && /\d/.test(s.teks) && !/\s/.test(s.teks);
const lolos = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let hasil: { nama: string; bab: BabTiga; teks: string }[] = [];

beforeAll(async () => {
  if (!bisa) return;
  const folder = mkdtempSync(path.join(tmpdir(), 'cetak-bab3-'));
  const bab: [string, BabTiga][] = [
    [
      'contoh',
      susunBab3(await hitungBerkas(CONTOH), {
        instansi: 'Kecamatan Sukamaju',
        dengan: ['sub-kegiatan'],
      }),
    ],
    ['seed004', susunBab3(await hitungBerkas('bab3-seed004.xlsx'))],
    ['seed002', susunBab3(await hitungBerkas('bab3-seed002.xlsx', { skala: 'permenpan12' }))],
  ];
  for (const [nama, b] of bab) writeFileSync(path.join(folder, `${nama}.docx`), await babKeDocx(b));
  // Its own profile folder, so a LibreOffice the user (or another test) has open is not disturbed.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(folder, 'profil')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...bab.map(([n]) => path.join(folder, `${n}.docx`)),
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
  hasil = bab.map(([nama, b]) => {
    const pdf = path.join(folder, `${nama}.pdf`);
    execFileSync('pdftotext', ['-layout', pdf, path.join(folder, `${nama}.txt`)]);
    return { nama, bab: b, teks: readFileSync(path.join(folder, `${nama}.txt`), 'utf8') };
  });
}, 180_000);

uji('no amount or percentage is split over two lines', () => {
  for (const { bab, teks } of hasil) {
    const kata = new Set(teks.split(/\s+/));
    for (const b of bab.blok)
      if (b.jenis === 'tabel')
        for (const s of b.tabel.baris.flat().filter(angka))
          expect({ angka: s.teks, ada: kata.has(s.teks) }).toEqual({ angka: s.teks, ada: true });
  }
});

uji("no table row is lost: each row's figures stand on one line, in order", () => {
  const hilang: string[] = [];
  for (const { nama, bab, teks } of hasil) {
    const baris = teks.split('\n');
    const datar = teks.replace(/\s+/g, ' ');
    for (const b of bab.blok) {
      if (b.jenis !== 'tabel') continue;
      for (const r of b.tabel.baris) {
        // The figures and the dashes between them, as they stand in the row.
        const nilai = r.filter((s) => s.angka && !/\s/.test(s.teks)).map((s) => s.teks);
        if (nilai.filter((n) => /\d/.test(n)).length >= 2) {
          const pola = new RegExp(`(^|\\s)${nilai.map(lolos).join('\\s+')}(\\s|$)`);
          if (!baris.some((l) => pola.test(l)))
            hilang.push(`${nama} ${b.tabel.nomor}: ${nilai.join(' ')}`);
        } else {
          // A row of words: its first words are printed.
          const awal = r
            .find((s) => !angka(s) && s.teks.length > 3)
            ?.teks.split(/\s+/)
            .slice(0, 2)
            .join(' ');
          if (awal && !datar.includes(awal)) hilang.push(`${nama} ${b.tabel.nomor}: ${awal}`);
        }
      }
    }
  }
  expect(hilang).toEqual([]);
});

uji('header words are whole, captions are numbered 3.1, 3.2, ... in order', () => {
  for (const { bab, teks } of hasil) {
    const kata = new Set(teks.split(/\s+/));
    for (const b of bab.blok)
      if (b.jenis === 'tabel')
        for (const s of b.tabel.kepala.flat())
          for (const k of s.teks.split(/\s+/).filter((x) => /^\p{L}{4,}$/u.test(x)))
            expect({ kata: k, ada: kata.has(k) }).toEqual({ kata: k, ada: true });
    const nomor = [...teks.matchAll(/Tabel (3\.\d+) /g)].map((m) => m[1]);
    const harap = bab.blok.flatMap((b) => (b.jenis === 'tabel' ? [b.tabel.nomor] : []));
    expect(nomor.filter((n) => harap.includes(n))).toEqual(harap);
  }
});
