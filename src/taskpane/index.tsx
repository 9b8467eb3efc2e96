/* global Office, Excel */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { KonteksExcel } from '../excel/api';
import { App } from './App';
import { LayananExcel, type Layanan } from './layanan';
import { LayananMandiri } from './layanan-mandiri';

/**
 * Task pane bootstrap. Inside Excel the pane works on the open workbook;
 * opened outside Office (Office.onReady gives no host, or Office.js is not
 * there at all) it becomes the standalone page that reads a picked .xlsx.
 */
function tampilkan(layanan: Layanan): void {
  const awal =
    new URLSearchParams(location.search).get('tampilan') === 'temuan' ? 'temuan' : 'tabel';
  createRoot(document.getElementById('akar')!).render(
    <FluentProvider theme={webLightTheme}>
      <App layanan={layanan} awal={awal} />
    </FluentProvider>,
  );
}

function mulai(): void {
  if (typeof Office === 'undefined') {
    tampilkan(new LayananMandiri());
    return;
  }
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      tampilkan(
        new LayananExcel((f) => Excel.run((ctx) => f(ctx as unknown as KonteksExcel)), {
          api19: Office.context.requirements.isSetSupported('ExcelApi', '1.9'),
          api113: Office.context.requirements.isSetSupported('ExcelApi', '1.13'),
        }),
      );
    } else {
      tampilkan(new LayananMandiri());
    }
  });
}

mulai();
