import type { HasilBuku } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import { jumlahSelRencana } from '../engine/rencana';
import type { Grid } from '../sheet/grid';
import { GalatPanel, type HasilTulis, type Layanan, type TeksPermukaan } from './layanan';
import { unduh } from './unduh';

/**
 * Every sheet of the picked file as Grids: by the reader of our own where
 * the browser inflates natively, else (no DecompressionStream) by ExcelJS.
 */
async function bacaGridMandiri(asli: Uint8Array): Promise<Grid[]> {
  const [{ bacaGrid }, { pemampatBrowser }] = await Promise.all([
    import(/* webpackChunkName: "berkas" */ '../io/pembaca-xlsx'),
    import(/* webpackChunkName: "berkas" */ '../io/pemampat-browser'),
  ]);
  const pemampat = pemampatBrowser();
  if (pemampat) return bacaGrid(asli, pemampat);
  const { bukaBuku, gridDariBuku } = await import(/* webpackChunkName: "xlsx" */ '../io/xlsx');
  return gridDariBuku(await bukaBuku(asli));
}

/**
 * Standalone mode: outside Office, the same pane reads an .xlsx the user
 * picks and offers the computed workbook as a download. The file is read
 * by the reader of our own and written by the patching writer, in their
 * own chunk; ExcelJS (a chunk of its own) is loaded only in a browser
 * without a native deflate or for a file the patch cannot write. Nothing
 * leaves the browser.
 */
export class LayananMandiri implements Layanan {
  jenis = 'mandiri' as const;
  teks: TeksPermukaan = {
    keterangan: 'Mode mandiri: berkas diproses di peramban ini, tidak dikirim ke mana pun.',
    tombolHitung: 'Hitung dan unduh',
    pengaturan:
      'Pengaturan berlaku selama halaman ini terbuka dan dipakai untuk berkas yang diunduh; berkas asli tidak diubah.',
  };
  private grids?: Grid[];
  private asli?: Uint8Array;
  private pengaturan: Partial<Pengaturan> = {};
  nama = '';

  /** Open a picked file. A file that cannot be read leaves no workbook open. */
  async buka(berkas: File): Promise<void> {
    this.grids = undefined;
    this.asli = undefined;
    this.nama = '';
    try {
      const asli = new Uint8Array(await berkas.arrayBuffer());
      this.grids = await bacaGridMandiri(asli);
      this.asli = asli;
      this.nama = berkas.name;
    } catch (e) {
      throw new GalatPanel(`${berkas.name} tidak dapat dibaca: ${(e as Error).message}`);
    }
  }

  get terbuka(): boolean {
    return this.grids !== undefined;
  }

  async baca(): Promise<Grid[]> {
    return this.grids ?? [];
  }

  async bacaPengaturan(): Promise<Partial<Pengaturan>> {
    return this.pengaturan;
  }

  async simpanPengaturan(p: Partial<Pengaturan>): Promise<void> {
    this.pengaturan = p;
  }

  /** Write the plan into a copy of the user's file and download it as <name>.capaian.xlsx (or .xlsm). */
  async terapkan(hasil: HasilBuku): Promise<HasilTulis> {
    if (!this.asli) throw new GalatPanel('Pilih berkas .xlsx terlebih dahulu.');
    if (jumlahSelRencana(hasil.rencana) === 0)
      return {
        pesan: 'Tidak ada sel yang perlu ditulis; tidak ada berkas yang diunduh.',
        ditulis: false,
      };
    const [{ tulisDenganRencana, pesanDisimpanUlang, ekstensiKeluaran }, { pemampatBrowser }] =
      await Promise.all([
        import(/* webpackChunkName: "berkas" */ '../io/tulis-rencana'),
        import(/* webpackChunkName: "berkas" */ '../io/pemampat-browser'),
      ]);
    let keluaran: Awaited<ReturnType<typeof tulisDenganRencana>>;
    try {
      keluaran = await tulisDenganRencana(this.asli, hasil.rencana, pemampatBrowser());
    } catch (e) {
      throw new GalatPanel(`berkas hasil tidak dapat disusun: ${(e as Error).message}`);
    }
    const ext = ekstensiKeluaran(this.nama, keluaran.disimpanUlang !== undefined);
    const nama = this.nama.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, '') + `.capaian${ext}`;
    unduh(
      keluaran.data,
      nama,
      ext === '.xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream',
    );
    const ulang = keluaran.disimpanUlang ? `; ${pesanDisimpanUlang(keluaran.disimpanUlang)}` : '';
    // The user's notes kept beside the tool's values: told, as the CLI tells them.
    const { pesanCatatanDipertahankan } = await import(
      /* webpackChunkName: "berkas" */ '../io/tulis-rencana'
    );
    const catatan = pesanCatatanDipertahankan(keluaran.catatanDipertahankan);
    return {
      pesan: `Selesai: ${nama} diunduh; berkas asli tidak diubah${ulang}${catatan ? `; ${catatan}` : ''}.`,
      ditulis: true,
    };
  }

  async batalkan(): Promise<string> {
    return 'Berkas asli tidak pernah diubah; tidak ada yang perlu dibatalkan.';
  }

  async pilih(): Promise<void> {}
  async sorot(): Promise<void> {}
  async hapusSorotan(): Promise<void> {}
  async status(): Promise<string | undefined> {
    return undefined;
  }
}
