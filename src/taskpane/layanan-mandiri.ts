import type ExcelJS from 'exceljs';
import type { HasilBuku } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import type { Grid } from '../sheet/grid';
import type { Layanan } from './layanan';
import { unduh } from './unduh';

/**
 * Standalone mode: outside Office, the same pane reads an .xlsx the user
 * picks and offers the computed workbook as a download. ExcelJS is loaded
 * only here, in its own chunk, so the add-in's bundle stays small. Nothing
 * leaves the browser.
 */
export class LayananMandiri implements Layanan {
  jenis = 'mandiri' as const;
  private buku?: ExcelJS.Workbook;
  private asli?: Uint8Array;
  private pengaturan: Partial<Pengaturan> = {};
  nama = '';

  async buka(berkas: File): Promise<void> {
    const [{ bukaBuku }, { pemampatBrowser }] = await Promise.all([
      import(/* webpackChunkName: "xlsx" */ '../io/xlsx'),
      import(/* webpackChunkName: "xlsx" */ '../io/pemampat-browser'),
    ]);
    const asli = new Uint8Array(await berkas.arrayBuffer());
    this.buku = await bukaBuku(asli, pemampatBrowser());
    this.asli = asli;
    this.nama = berkas.name;
  }

  get terbuka(): boolean {
    return this.buku !== undefined;
  }

  async baca(): Promise<Grid[]> {
    if (!this.buku) return [];
    const { gridDariBuku } = await import(/* webpackChunkName: "xlsx" */ '../io/xlsx');
    return gridDariBuku(this.buku);
  }

  async bacaPengaturan(): Promise<Partial<Pengaturan>> {
    return this.pengaturan;
  }

  async simpanPengaturan(p: Partial<Pengaturan>): Promise<void> {
    this.pengaturan = p;
  }

  /** Write the plan into a copy of the user's file and download it as <name>.capaian.xlsx (or .xlsm). */
  async terapkan(hasil: HasilBuku): Promise<string> {
    if (!this.asli) return 'pilih berkas .xlsx terlebih dahulu';
    const [{ tulisDenganRencana, pesanDisimpanUlang, ekstensiKeluaran }, { pemampatBrowser }] =
      await Promise.all([
        import(/* webpackChunkName: "xlsx" */ '../io/xlsx'),
        import(/* webpackChunkName: "xlsx" */ '../io/pemampat-browser'),
      ]);
    const { data, disimpanUlang } = await tulisDenganRencana(
      this.asli,
      hasil.rencana,
      pemampatBrowser(),
    );
    const ext = ekstensiKeluaran(this.nama, disimpanUlang !== undefined);
    const nama = this.nama.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, '') + `.capaian${ext}`;
    unduh(
      data,
      nama,
      ext === '.xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream',
    );
    return `${nama} diunduh; berkas asli tidak diubah${disimpanUlang ? `; ${pesanDisimpanUlang(disimpanUlang)}` : ''}`;
  }

  async batalkan(): Promise<string> {
    return 'berkas asli tidak pernah diubah; tidak ada yang perlu dibatalkan';
  }

  async pilih(): Promise<void> {}
  async sorot(): Promise<void> {}
  async hapusSorotan(): Promise<void> {}
  async status(): Promise<string | undefined> {
    return undefined;
  }
}
