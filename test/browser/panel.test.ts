/**
 * The task pane in a real browser (Debian's Chromium through playwright-core):
 * the production build, Office.js replaced by a stub over the in-memory
 * Excel fake, no network. Screenshots are kept in test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CONTOH } from '../bantu';

const AKAR = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARTEFAK = path.join(AKAR, 'test-artifacts');
const ada = existsSync(CHROMIUM);
// On CI the browser must be there (.ci/run installs it); elsewhere the test says it was skipped.
const uji = ada || process.env.CI ? describe : describe.skip;
if (!ada && !process.env.CI)
  console.warn(`uji peramban dilewati: ${CHROMIUM} tidak ada (apt-get install chromium)`);

let server: http.Server;
let asal = '';
let browser: Browser;

function layani(): Promise<void> {
  const folder = path.join(AKAR, 'dist', 'addin');
  server = http.createServer((req, res) => {
    const nama = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(
      /^\/+/,
      '',
    );
    const berkas = path.join(folder, nama);
    if (!berkas.startsWith(folder) || !existsSync(berkas)) {
      res.writeHead(404).end();
      return;
    }
    const jenis = nama.endsWith('.html')
      ? 'text/html'
      : nama.endsWith('.js')
        ? 'text/javascript'
        : nama.endsWith('.png')
          ? 'image/png'
          : 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': jenis }).end(readFileSync(berkas));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r()));
}

/** Office.js: the fake over the in-memory Excel, blocked, or one that never answers. */
type Office = 'excel' | 'diblokir' | 'lambat';

async function halaman(office: Office, asing: string[]): Promise<Page> {
  // axe-core needs a page of its own context.
  const konteks = await browser.newContext({
    viewport: { width: 320, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await konteks.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com') {
      if (office === 'lambat') return; // never answered while the test runs
      return office === 'excel'
        ? route.fulfill({
            path: path.join(AKAR, 'dist', 'uji', 'office-palsu.js'),
            contentType: 'text/javascript',
          })
        : route.abort();
    }
    asing.push(url.href);
    return route.abort();
  });
  return page;
}

/** The pane opened on a page of its own, with the page's errors and outside requests collected. */
async function bukaPanel(
  office: Office,
  alamat = 'taskpane.html',
): Promise<{ page: Page; asing: string[]; galat: string[] }> {
  const asing: string[] = [];
  const page = await halaman(office, asing);
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  await page.goto(`${asal}/${alamat}`);
  return { page, asing, galat };
}

/** The HTML the page last put on the clipboard. */
function htmlDiPapanKlip(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType('text/html')).text();
  });
}

/** Click a button that downloads a file; keep it in test-artifacts and return its name and path. */
async function unduhLewat(page: Page, tombol: string): Promise<{ nama: string; jalur: string }> {
  const [unduhan] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: tombol }).click(),
  ]);
  const nama = unduhan.suggestedFilename();
  const jalur = path.join(ARTEFAK, nama);
  await unduhan.saveAs(jalur);
  return { nama, jalur };
}

/**
 * At task-pane width nothing may scroll sideways or stick out (WCAG 1.4.10):
 * the page is no wider than the viewport and no visible element ends past it.
 */
async function tanpaGeserSamping(page: Page, keadaan: string): Promise<void> {
  await page.locator('main[aria-busy="false"]').first().waitFor();
  const hasil = await page.evaluate(() => {
    const lebar = document.documentElement.clientWidth;
    const lewat = Array.from(document.querySelectorAll('main *'))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > lebar + 0.5;
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`);
    return { gulir: document.documentElement.scrollWidth - lebar, lewat };
  });
  await page.screenshot({
    path: path.join(ARTEFAK, `320-${keadaan}.png`),
    fullPage: true,
  });
  expect({ keadaan, ...hasil }).toEqual({ keadaan, gulir: 0, lewat: [] });
}

/** axe-core on the page: no critical or serious violation of our own. */
async function periksaAxe(page: Page, keadaan: string): Promise<void> {
  // Fluent's focus manager (tabster) adds hidden focus guards of its own; they are not ours.
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const berat = violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${keadaan}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(berat).toEqual([]);
}

uji('task pane in Chromium', () => {
  beforeAll(async () => {
    const webpack = path.join(AKAR, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    execFileSync(process.execPath, [webpack, '--mode', 'production'], {
      cwd: AKAR,
      stdio: 'ignore',
    });
    execFileSync(process.execPath, [webpack, '--config', 'webpack.uji.js'], {
      cwd: AKAR,
      stdio: 'ignore',
    });
    mkdirSync(ARTEFAK, { recursive: true });
    await layani();
    asal = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('inside Excel: Hitung writes the columns, results and findings show, nothing leaves the page', async () => {
    const { page, asing, galat } = await bukaPanel('excel');
    await page.getByRole('tab', { name: 'Tabel (1)' }).waitFor();
    await page.getByText('Akan ditulis H3:I8: Capaian (%), Kategori (rumus)').waitFor();
    await tanpaGeserSamping(page, 'excel-tabel');
    await periksaAxe(page, 'excel-tabel');
    await page.getByRole('button', { name: 'Hitung', exact: true }).click();
    await page.getByText(/^Selesai: \d+ sel ditulis/).waitFor();
    // The outcome takes the focus, not the page body.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(
      /Selesai: \d+ sel ditulis/,
    );
    await tanpaGeserSamping(page, 'excel-selesai');

    const sel = (b: number, k: number) =>
      page.evaluate(
        ([bb, kk]) =>
          (
            window as unknown as {
              __uji: { buku: { cari(n: string): { ambil(b: number, k: number): unknown } } };
            }
          ).__uji.buku
            .cari('Kinerja 2024')
            .ambil(bb, kk),
        [b, k],
      );
    expect(await sel(3, 8)).toMatchObject({ nilai: 'Capaian (%)' });
    expect(await sel(4, 8)).toMatchObject({
      rumus:
        '=IF(AND(ISNUMBER(F4),ISNUMBER(G4)),IF(F4=0,IF(G4=0,100,""),IF(F4<0,"",G4/F4*100)),"")',
      format: '0.00',
    });
    expect(await sel(6, 8)).toMatchObject({
      rumus: expect.stringContaining('MAX(0,(2*F6-G6)/F6*100)'),
    });
    expect(await sel(7, 8)).toMatchObject({ nilai: 80 });
    expect(await sel(4, 9)).toMatchObject({
      rumus: expect.stringMatching(/^=IF\(ISNUMBER\(H4\),IF\(H4>=91,"Sangat Tinggi"/),
    });

    await page.getByRole('tab', { name: 'Hasil' }).click();
    await page.getByText('Jumlah pengaduan yang tidak tertangani').waitFor();
    await page.getByText('140%').waitFor();
    await page
      .getByText(/^Rata-rata capaian [\d,]+% \(Sangat Tinggi\); Sangat Tinggi \d/)
      .waitFor();
    await tanpaGeserSamping(page, 'excel-hasil');
    await periksaAxe(page, 'excel-hasil');
    await page
      .getByText('(2 x 10 - 6) / 10 x 100 = 140; polaritas negatif')
      .waitFor({ state: 'attached' });

    await page.getByRole('tab', { name: /^Temuan/ }).click();
    await page.getByText('Tidak ada temuan: angka di tabel yang dikenali sesuai.').waitFor();
    await tanpaGeserSamping(page, 'excel-temuan');
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByText('Pengaturan disimpan di buku kerja').waitFor();
    await tanpaGeserSamping(page, 'excel-pengaturan');
    await periksaAxe(page, 'excel-pengaturan');

    await page.getByRole('tab', { name: 'BAB III' }).click();
    await page.getByRole('button', { name: 'Buat lembar BAB III' }).click();
    await page.getByText('BAB III ditulis ke lembar baru "BAB III"').waitFor();
    await tanpaGeserSamping(page, 'excel-bab3');
    const lembarBab = await page.evaluate(() => {
      const l = (
        window as unknown as {
          __uji: {
            buku: {
              cari(n: string): {
                ambil(b: number, k: number): { nilai: unknown };
                grafik: { judul: string }[];
              };
            };
          };
        }
      ).__uji.buku.cari('BAB III');
      return { judul: l.ambil(1, 1).nilai, grafik: l.grafik.map((g) => g.judul) };
    });
    expect(lembarBab).toEqual({
      judul: 'BAB III AKUNTABILITAS KINERJA',
      grafik: ['Grafik 3.1 Capaian Kinerja per Indikator Tahun 2024'],
    });

    await page.getByRole('tab', { name: 'Hasil' }).click();
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await page
      .getByText(/^Perhitungan terakhir di "Kinerja 2024" dibatalkan: \d+ sel dikembalikan/)
      .waitFor();
    expect(await sel(4, 8)).toMatchObject({ nilai: null, rumus: undefined });
    await tanpaGeserSamping(page, 'excel-batal');

    // The user switches to a sheet without tables: the pane follows it.
    await page.evaluate(() =>
      (
        window as unknown as { __uji: { buku: { aktifkan(n: string): Promise<void> } } }
      ).__uji.buku.aktifkan('Catatan Rapat'),
    );
    await page.getByRole('tab', { name: 'Tabel (0)' }).waitFor();
    expect(galat).toEqual([]);
    expect(asing).toEqual([]);
    await page.close();
  });

  test('inside Excel: confidence, quarters and methods, a DPA of thousands of rows, the method saved in the workbook', async () => {
    const { page, asing, galat } = await bukaPanel('excel', 'taskpane.html?buku=lengkap');
    await page.getByRole('tab', { name: 'Tabel (1)' }).waitFor();
    await page
      .getByText(
        'Periode s.d. TW III (1 indikator baru terisi s.d. TW II); metode kumulatif (2 indikator), nilai akhir (1 indikator)',
      )
      .waitFor();
    await page.getByRole('switch', { name: /Seluruh buku kerja/ }).check();
    await page.getByRole('tab', { name: 'Tabel (3)' }).waitFor();
    await page
      .getByText('2.523 baris: 3 program, 60 kegiatan, 60 sub kegiatan, 2.400 rekening')
      .waitFor();
    // A workbook this large is computed in the Web Worker; the small sheet before it on the pane's thread.
    expect(await page.evaluate(() => document.documentElement.dataset.mesin)).toBe('pekerja');
    // The guessed reading opens by keyboard onto its reasons.
    const ragu = page.locator('summary', { hasText: 'sebagian ditebak' });
    expect(await ragu.count()).toBe(1);
    await ragu.focus();
    await page.keyboard.press('Enter');
    await page
      .getByText('kolom "Ukuran Keberhasilan" dibaca sebagai nama indikator dari isinya')
      .waitFor();
    await tanpaGeserSamping(page, 'lengkap-tabel');
    await periksaAxe(page, 'lengkap-tabel');

    await page.getByRole('tab', { name: 'Hasil' }).click();
    const dpa = page.getByRole('region', { name: /^DPA!/ });
    await dpa.getByText('Per program (3)').waitFor();
    await dpa
      .getByText(/^pagu Rp16\.400\.000\.000; realisasi Rp14\.760\.000\.000; serapan 90%/)
      .first()
      .waitFor();
    await dpa
      .getByText(
        'Tidak didaftar di sini (hasilnya ada di lembar): 60 sub kegiatan, 2.400 rekening.',
      )
      .waitFor();
    // 63 programs and kegiatan: 50 shown, the rest a click away; never the 2.400 rekening.
    const baris = dpa.getByRole('list', { name: /^Baris / }).locator(':scope > li');
    expect(await baris.count()).toBe(50);
    await dpa.getByRole('button', { name: 'Tampilkan 13 lagi (50 dari 63 ditampilkan)' }).click();
    expect(await baris.count()).toBe(63);
    // How a row's serapan was computed comes through the worker's message (rows are posted plain).
    await baris.first().locator('summary').click();
    await baris
      .first()
      .getByText(/^\d[\d.]* \/ \d[\d.]* x 100 = \d/)
      .waitFor();
    expect(await page.locator('main li').count()).toBeLessThan(200);
    // An indicator's quarters on expand.
    const tw = page.getByRole('region', { name: /^Triwulan!/ });
    const rinci = tw.locator('details', {
      has: page.locator('summary', { hasText: 'Jumlah dokumen perencanaan' }),
    });
    await rinci.locator('summary').click();
    await rinci
      .getByText(
        'Periode: s.d. TW III, metode kumulatif (menurut satuan): jumlah realisasi dibagi jumlah target periode yang terisi, dibandingkan dengan target periode yang sama.',
      )
      .waitFor();
    const per = rinci.getByRole('table', { name: /Per periode: Jumlah dokumen perencanaan/ });
    expect(await per.getByRole('row').allInnerTexts()).toEqual([
      'Periode\tTarget\tRealisasi',
      'TW I\t2\t2',
      'TW II\t2\t1',
      'TW III\t2\t2',
      'TW IV\t2\t–',
    ]);
    await tanpaGeserSamping(page, 'lengkap-hasil');
    await periksaAxe(page, 'lengkap-hasil');

    await page.getByRole('tab', { name: /^Temuan/ }).click();
    await page.getByText(/^Bacaan 1 tabel sebagian ditebak/).waitFor();
    await page.getByText('periode kosong', { exact: true }).waitFor();
    await page.getByText('target per periode', { exact: true }).waitFor();
    await tanpaGeserSamping(page, 'lengkap-temuan');
    await periksaAxe(page, 'lengkap-temuan');

    // The method per sheet: saved in the workbook's settings, and the results follow it.
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByLabel('Lembar "Triwulan"').selectOption('rata-rata');
    await page
      .getByText('Sekarang: rata-rata (dipilih di Pengaturan), s.d. TW III')
      .first()
      .waitFor();
    const tersimpan = await page.evaluate(() =>
      (
        window as unknown as { __uji: { buku: { settings: Map<string, string> } } }
      ).__uji.buku.settings.get('capaian.pengaturan'),
    );
    expect(JSON.parse(tersimpan ?? '{}')).toEqual({
      metodePeriode: { lembar: { Triwulan: 'rata-rata' }, indikator: {} },
    });
    await tanpaGeserSamping(page, 'lengkap-pengaturan');
    await periksaAxe(page, 'lengkap-pengaturan');
    await page.getByRole('tab', { name: /^Tabel/ }).click();
    await page.getByText(/^Periode s\.d\. TW III .*; metode rata-rata \(3 indikator\)$/).waitFor();
    expect(galat).toEqual([]);
    expect(asing).toEqual([]);
    await page.close();
  });

  test('standalone: pick an .xlsx, see the tables, download the computed workbook', async () => {
    const { page, asing, galat } = await bukaPanel('diblokir');
    const diminta: string[] = [];
    page.on('request', (r) => diminta.push(path.basename(new URL(r.url()).pathname)));
    await page.getByText('Mode mandiri').waitFor();
    await tanpaGeserSamping(page, 'mandiri-awal');
    await periksaAxe(page, 'mandiri-awal');
    // The example with its Renstra sheet hidden: computed like the others, and marked.
    const contoh = new ExcelJS.Workbook();
    await contoh.xlsx.readFile(CONTOH);
    contoh.getWorksheet('Renstra')!.state = 'hidden';
    // A part ExcelJS does not know: the download must keep it (the page patches, it does not re-save).
    const zip = await JSZip.loadAsync(await contoh.xlsx.writeBuffer());
    zip.file('customXml/item1.xml', '<data>milik pengguna</data>');
    const masukan = path.join(ARTEFAK, 'contoh-lkjip.xlsx');
    writeFileSync(masukan, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await page.getByLabel('Pilih berkas .xlsx').setInputFiles(masukan);
    await page.getByRole('tab', { name: 'Tabel (8)' }).waitFor({ timeout: 30_000 });
    await tanpaGeserSamping(page, 'mandiri-tabel');
    await periksaAxe(page, 'mandiri-tabel');
    expect(await page.getByText('lembar tersembunyi', { exact: true }).count()).toBe(1);
    const xlsx = await unduhLewat(page, 'Hitung dan unduh');
    expect(xlsx.nama).toBe('contoh-lkjip.capaian.xlsx');
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(xlsx.jalur);
    expect(buku.getWorksheet('Kinerja 2024')!.getCell('J6').value).toBe('Capaian (%)');
    const unduhan = await JSZip.loadAsync(readFileSync(xlsx.jalur));
    expect(await unduhan.file('customXml/item1.xml')?.async('string')).toBe(
      '<data>milik pengguna</data>',
    );
    // Read by the reader of our own and written by the patch: ExcelJS's chunk is never fetched.
    const folder = path.join(AKAR, 'dist', 'addin');
    const exceljs = readdirSync(folder).filter(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(path.join(folder, f), 'utf8').includes('Cannot merge already merged cells'),
    );
    expect(exceljs).toHaveLength(1);
    expect(diminta.filter((f) => exceljs.includes(f))).toEqual([]);
    expect(diminta.some((f) => f.startsWith('berkas.'))).toBe(true);
    await page.getByRole('tab', { name: 'Hasil' }).click();
    await page.getByText('Prevalensi stunting').first().waitFor();
    await page.getByText(/^Selesai: contoh-lkjip\.capaian\.xlsx diunduh/).waitFor();
    await tanpaGeserSamping(page, 'mandiri-hasil');
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    expect(await page.locator('main').innerText()).not.toMatch(
      /di Excel|tersimpan di buku kerja|disimpan di buku kerja/,
    );
    await tanpaGeserSamping(page, 'mandiri-pengaturan');

    // BAB III: a bad year is refused in place; then Word via clipboard and .docx.
    await page.getByRole('tab', { name: 'BAB III' }).click();
    await page.getByLabel('Tahun laporan').fill('24');
    await page.getByText('Tahun harus angka 2000–2100').waitFor();
    expect(await page.getByRole('button', { name: 'Unduh .docx' }).isDisabled()).toBe(true);
    await page.getByLabel('Tahun laporan').fill('');
    await page.getByLabel('Nama instansi').fill('Kecamatan Sukamaju');
    await page.getByRole('button', { name: 'Salin ke Word' }).click();
    await page.getByText(/^BAB III \(\d+ tabel\) disalin/).waitFor();
    const papan = await htmlDiPapanKlip(page);
    expect(papan).toContain('<table');
    expect(papan).toContain('Kecamatan Sukamaju');
    await page.getByLabel('Yang disalin ke Word').selectOption('3.1');
    await page.getByRole('button', { name: 'Salin ke Word' }).click();
    await page.getByText('Tabel 3.1 disalin').waitFor();
    const satuTabel = await htmlDiPapanKlip(page);
    expect(satuTabel.match(/<table/g)).toHaveLength(1);
    expect(satuTabel).toContain('Tabel 3.1');
    const docx = await unduhLewat(page, 'Unduh .docx');
    expect(docx.nama).toBe('BAB III 2024.docx');
    const dokumen = await (
      await JSZip.loadAsync(readFileSync(docx.jalur))
    )
      .file('word/document.xml')!
      .async('string');
    expect(dokumen).toContain('BAB III AKUNTABILITAS KINERJA');
    expect(dokumen).toContain('Kecamatan Sukamaju');
    await tanpaGeserSamping(page, 'mandiri-bab3');
    await periksaAxe(page, 'mandiri-bab3');

    // A bad file: its own message, the previous workbook and result are gone, nothing to download.
    const rusak = path.join(ARTEFAK, 'rusak.xlsx');
    writeFileSync(rusak, 'bukan buku kerja');
    await page.getByRole('tab', { name: /^Tabel/ }).click();
    await page.getByLabel('Pilih berkas .xlsx').setInputFiles(rusak);
    await page.getByText(/^rusak\.xlsx tidak dapat dibaca: bukan berkas \.xlsx/).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('di Excel');
    await page.getByRole('tab', { name: 'Tabel (0)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Hitung dan unduh' }).isDisabled()).toBe(true);
    await tanpaGeserSamping(page, 'mandiri-rusak');
    // Choosing the same good file twice reads it twice.
    await page.getByLabel('Pilih berkas .xlsx').setInputFiles(masukan);
    await page.getByRole('tab', { name: 'Tabel (8)' }).waitFor({ timeout: 30_000 });
    await page.getByText('contoh-lkjip.xlsx dibaca.').waitFor();
    await page.evaluate(() => {
      const p = document.querySelector('[aria-live] .fui-MessageBarBody');
      if (p) p.textContent = '';
    });
    await page.getByLabel('Pilih berkas .xlsx').setInputFiles(masukan);
    await page.getByText('contoh-lkjip.xlsx dibaca.').waitFor({ timeout: 30_000 });
    expect(galat).toEqual([]);
    expect(asing).toEqual([]);
    await page.close();
  });

  test('standalone: the Renja form by its name, kept notes told, settings for this page only', async () => {
    const { page, asing, galat } = await bukaPanel('diblokir');
    await page.getByText('Mode mandiri').waitFor();
    const renja = path.join(AKAR, 'test', 'fixtures', 'nyata', 'renja_evaluasi_k_rp.xlsx');
    await page.getByLabel('Pilih berkas .xlsx').setInputFiles(renja);
    await page.getByRole('tab', { name: /^Tabel \([1-9]/ }).waitFor({ timeout: 30_000 });
    await page.getByText('Formulir evaluasi Renja', { exact: true }).waitFor();
    await tanpaGeserSamping(page, 'renja-tabel');
    await page.getByRole('tab', { name: 'Hasil' }).click();
    const kartu = page.getByRole('region', { name: 'Tahun 2025' });
    await kartu.getByText('Formulir evaluasi Renja', { exact: true }).waitFor();
    const media = kartu.locator('details', {
      has: page.locator('summary', { hasText: 'Layanan Hubungan Media' }),
    });
    await media.locator('summary').press('Enter');
    await media.getByText(/^Indikator: /).waitFor();
    await tanpaGeserSamping(page, 'renja-hasil');
    await periksaAxe(page, 'renja-hasil');
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByText(/^Pengaturan berlaku selama halaman ini terbuka/).waitFor();
    await page.getByText('Metode triwulan / bulanan').waitFor();
    await tanpaGeserSamping(page, 'renja-pengaturan');
    await periksaAxe(page, 'renja-pengaturan');

    // A note of the user's on a cell the tool fills: kept, and said.
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet('Data');
    ws.addRow(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)']);
    for (let i = 1; i <= 3; i++) ws.addRow([i, `Indikator ${i}`, 100, 80 + i]);
    ws.getCell('E2').note = 'diisi manual setelah rapat';
    const bercatatan = path.join(ARTEFAK, 'bercatatan.xlsx');
    await buku.xlsx.writeFile(bercatatan);
    await page.getByRole('tab', { name: /^Tabel/ }).click();
    await page.getByLabel('Pilih berkas .xlsx').setInputFiles(bercatatan);
    await page.getByText('bercatatan.xlsx dibaca.').waitFor({ timeout: 30_000 });
    await unduhLewat(page, 'Hitung dan unduh');
    await page
      .getByText(
        'Selesai: bercatatan.capaian.xlsx diunduh; berkas asli tidak diubah; catatan sel Anda di Data!E2 dipertahankan; sel itu kini berisi hasil hitung Capaian, periksa apakah catatannya masih berlaku.',
      )
      .waitFor();
    await tanpaGeserSamping(page, 'mandiri-catatan');
    expect(galat).toEqual([]);
    expect(asing).toEqual([]);
    await page.close();
  }, 90_000);

  test('Office.js that never answers: the pane shows at once and becomes the standalone page', async () => {
    const asing: string[] = [];
    const page = await halaman('lambat', asing);
    const mulai = Date.now();
    await page.goto(`${asal}/taskpane.html`, { waitUntil: 'commit' });
    await page.getByText('Menyiapkan Capaian...').waitFor({ timeout: 2000 });
    await page.getByText('Mode mandiri').waitFor({ timeout: 8000 });
    expect(Date.now() - mulai).toBeLessThan(8000);
    await tanpaGeserSamping(page, 'lambat');
    expect(asing).toEqual([]);
    await page.close();
  });
});
