/**
 * The task pane in a real browser (Debian's Chromium through playwright-core):
 * the production build, Office.js replaced by a stub over the in-memory
 * Excel fake, no network. Screenshots are kept in test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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

async function halaman(denganOffice: boolean, asing: string[]): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 360, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com') {
      return denganOffice
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
    const asing: string[] = [];
    const page = await halaman(true, asing);
    const galat: string[] = [];
    page.on('pageerror', (e) => galat.push(e.message));
    await page.goto(`${asal}/taskpane.html`);
    await page.getByRole('tab', { name: 'Tabel (1)' }).waitFor();
    await page.getByText('Akan ditulis H3:I8: Capaian (%), Kategori (rumus)').waitFor();
    await page.getByRole('button', { name: 'Hitung', exact: true }).click();
    await page.getByText(/^Selesai: \d+ sel ditulis/).waitFor();

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
      .getByText('(2 x 10 - 6) / 10 x 100 = 140; polaritas negatif')
      .waitFor({ state: 'attached' });

    await page.getByRole('tab', { name: /^Temuan/ }).click();
    await page.getByText('Tidak ada temuan: angka di tabel yang dikenali sesuai.').waitFor();
    await page.screenshot({ path: path.join(ARTEFAK, 'panel-excel.png'), fullPage: true });

    await page.getByRole('tab', { name: 'BAB III' }).click();
    await page.getByRole('button', { name: 'Buat lembar BAB III' }).click();
    await page.getByText('BAB III ditulis ke lembar baru "BAB III"').waitFor();
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
      grafik: ['Capaian per Indikator (%)'],
    });

    await page.getByRole('tab', { name: 'Hasil' }).click();
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await page.getByText('isi lembar dikembalikan seperti sebelum dihitung').waitFor();
    expect(await sel(4, 8)).toMatchObject({ nilai: null, rumus: undefined });
    expect(galat).toEqual([]);
    expect(asing).toEqual([]);
    await page.close();
  });

  test('standalone: pick an .xlsx, see the tables, download the computed workbook', async () => {
    const asing: string[] = [];
    const page = await halaman(false, asing);
    const galat: string[] = [];
    page.on('pageerror', (e) => galat.push(e.message));
    await page.goto(`${asal}/taskpane.html`);
    await page.getByText('Mode mandiri').waitFor();
    // The example with its Renstra sheet hidden: computed like the others, and marked.
    const contoh = new ExcelJS.Workbook();
    await contoh.xlsx.readFile(CONTOH);
    contoh.getWorksheet('Renstra')!.state = 'hidden';
    // A part ExcelJS does not know: the download must keep it (the page patches, it does not re-save).
    const zip = await JSZip.loadAsync(await contoh.xlsx.writeBuffer());
    zip.file('customXml/item1.xml', '<data>milik pengguna</data>');
    const masukan = path.join(ARTEFAK, 'contoh-lkjip.xlsx');
    writeFileSync(masukan, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await page.locator('input[type=file]').setInputFiles(masukan);
    await page.getByRole('tab', { name: 'Tabel (8)' }).waitFor({ timeout: 30_000 });
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
    await page.getByRole('tab', { name: 'Hasil' }).click();
    await page.getByText('Prevalensi stunting').first().waitFor();
    await page.screenshot({ path: path.join(ARTEFAK, 'panel-mandiri.png'), fullPage: true });

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
    await page.locator('main[aria-busy="false"]').waitFor();
    await page.screenshot({ path: path.join(ARTEFAK, 'panel-bab3.png'), fullPage: true });
    expect(galat).toEqual([]);
    expect(asing).toEqual([]);
    await page.close();
  });
});
