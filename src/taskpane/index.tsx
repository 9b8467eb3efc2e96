/* global Office, Excel */
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { kemampuanDari, type KonteksExcel } from '../excel/api';
import { App } from './App';
import { LayananExcel, type Layanan } from './layanan';
import { LayananMandiri } from './layanan-mandiri';

/**
 * Task pane bootstrap. The pane shows at once; Office.js is loaded beside
 * it. Inside Excel the pane works on the open workbook; outside Office
 * (Office.onReady gives no host), or when Office.js is blocked or does not
 * answer within a short wait, it becomes the standalone page that reads a
 * picked .xlsx.
 */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** How long to wait for Office.js before the standalone page. */
export const TUNGGU_OFFICE_MS = 3000;

const akar = createRoot(document.getElementById('akar')!);
let terpasang: 'excel' | 'mandiri' | undefined;

function tampilkan(layanan: Layanan): void {
  terpasang = layanan.jenis;
  const awal =
    new URLSearchParams(location.search).get('tampilan') === 'temuan' ? 'temuan' : 'tabel';
  akar.render(
    <FluentProvider theme={webLightTheme}>
      <App key={layanan.jenis} layanan={layanan} awal={awal} />
    </FluentProvider>,
  );
}

function mandiri(): void {
  if (!terpasang) tampilkan(new LayananMandiri());
}

function siapOffice(): void {
  Office.onReady((info) => {
    // Excel wins even when it answers after the standalone page was shown.
    if (info.host === Office.HostType.Excel && terpasang !== 'excel')
      tampilkan(
        new LayananExcel(
          (f) => Excel.run((ctx) => f(ctx as unknown as KonteksExcel)),
          kemampuanDari((n, v) => Office.context.requirements.isSetSupported(n, v)),
        ),
      );
    else mandiri();
  });
}

function mulai(): void {
  akar.render(
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Spinner size="tiny" label="Menyiapkan Capaian..." />
      </main>
    </FluentProvider>,
  );
  if (typeof Office !== 'undefined') return siapOffice();
  const skrip = document.createElement('script');
  skrip.src = OFFICE_JS;
  skrip.onload = siapOffice;
  skrip.onerror = mandiri;
  document.head.appendChild(skrip);
  setTimeout(mandiri, TUNGGU_OFFICE_MS);
}

mulai();
