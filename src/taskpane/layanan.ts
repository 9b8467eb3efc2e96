import type { HasilBuku, Temuan } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import { jumlahSelRencana } from '../engine/rencana';
import {
  bacaCadangan,
  bacaLembar,
  bacaPengaturan,
  bacaSemuaLembar,
  batalkan,
  GalatCadangan,
  pesanGalat,
  simpanPengaturan,
  terapkanRencana,
  type Cadangan,
  type HasilBatal,
} from '../excel/adaptor';
import type { Kemampuan, KonteksExcel } from '../excel/api';
import type { Grid } from '../sheet/grid';
import type { TataLembar } from '../report/lembar';
import { bacaOpsiBab3, simpanOpsiBab3, tulisLembarBab } from '../excel/lembar-bab';
import { KUNCI_STATUS } from '../commands/hitung-perintah';

/** An error with its message for the user already in it (in the words of its surface). */
export class GalatPanel extends Error {
  constructor(
    pesan: string,
    /** The write needs the user's consent (no undo record can be kept). */
    readonly perluIzin = false,
  ) {
    super(pesan);
    this.name = 'GalatPanel';
  }
}

/** The outcome of a write, told in the words of its surface. */
export interface HasilTulis {
  pesan: string;
  /** Something was written (or downloaded). */
  ditulis: boolean;
}

/** Words that differ between Excel and the standalone page. */
export interface TeksPermukaan {
  keterangan: string;
  tombolHitung: string;
  pengaturan: string;
}

/**
 * What the task pane needs from where the workbook lives: Excel (through
 * Office.js) or a file the user picked (standalone mode). Every method
 * throws only {@link GalatPanel}.
 */
export interface Layanan {
  jenis: 'excel' | 'mandiri';
  teks: TeksPermukaan;
  /** The sheets to compute: the active sheet in Excel, every sheet of a file. */
  baca(semua?: boolean): Promise<Grid[]>;
  bacaPengaturan(): Promise<Partial<Pengaturan>>;
  simpanPengaturan(p: Partial<Pengaturan>): Promise<void>;
  terapkan(hasil: HasilBuku, opsi?: { tanpaCadangan?: boolean }): Promise<HasilTulis>;
  batalkan(): Promise<string>;
  /** Select a range in Excel ("Sheet!A1:B2" parts). */
  pilih(sheet: string, alamat: string): Promise<void>;
  sorot(temuan: Temuan[]): Promise<void>;
  hapusSorotan(): Promise<void>;
  /** The outcome of the last ribbon run, if any. */
  status(): Promise<string | undefined>;
  /** Write BAB III to a new sheet (Excel only); returns a message. */
  tulisBab3?(tata: TataLembar): Promise<string>;
  /** Excel: `f` runs whenever the user activates another sheet. */
  ikutiLembarAktif?(f: () => void): Promise<void>;
  /** The BAB III choices saved in the workbook, as JSON (Excel only). */
  bacaOpsiBab3?(): Promise<string | undefined>;
  simpanOpsiBab3?(teks: string): Promise<void>;
}

const WARNA_SOROT: Record<Temuan['tingkat'], string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#E5F1FB',
};

/** Rewrites any error into a GalatPanel with Excel's wording. */
async function dariExcel<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof GalatPanel) throw e;
    throw new GalatPanel(pesanGalat(e), e instanceof GalatCadangan);
  }
}

/** The outcome of Batalkan in words. */
export function pesanBatal(h: HasilBatal): string {
  const lembar = h.lembar.map((l) => `"${l}"`).join(', ');
  const bagian = [
    `Perhitungan terakhir di ${lembar} dibatalkan: ${h.dikembalikan} sel dikembalikan`,
  ];
  if (h.dibiarkan.length) {
    const contoh = h.dibiarkan.slice(0, 5).join(', ');
    const lagi = h.dibiarkan.length > 5 ? ` dan ${h.dibiarkan.length - 5} rentang lain` : '';
    bagian.push(`dibiarkan karena isinya sudah berubah sejak dihitung: ${contoh}${lagi}`);
  }
  if (h.tanpaGaya)
    bagian.push('tampilan sel tidak dapat dikembalikan di Excel ini (butuh ExcelApi 1.9)');
  return bagian.join('; ') + '.';
}

/** The Excel side, through Excel.run. */
export class LayananExcel implements Layanan {
  jenis = 'excel' as const;
  teks: TeksPermukaan = {
    keterangan: 'Capaian kinerja LKjIP di lembar aktif.',
    tombolHitung: 'Hitung',
    pengaturan: 'Pengaturan disimpan di buku kerja dan ikut terbawa bersama berkasnya.',
  };
  private sorotan: { sheet: string; alamat: string; id: string }[] = [];
  /** A run written without a record in the workbook: undone from here while the pane is open. */
  private diMemori?: Cadangan;

  constructor(
    private jalankan: <T>(f: (ctx: KonteksExcel) => Promise<T>) => Promise<T>,
    private kemampuan: Kemampuan,
  ) {}

  private excel<T>(f: (ctx: KonteksExcel) => Promise<T>): Promise<T> {
    return dariExcel(() => this.jalankan(f));
  }

  baca(semua = false): Promise<Grid[]> {
    return this.excel(async (ctx) =>
      semua ? bacaSemuaLembar(ctx, this.kemampuan) : [await bacaLembar(ctx, this.kemampuan)],
    );
  }

  bacaPengaturan(): Promise<Partial<Pengaturan>> {
    return this.excel((ctx) => bacaPengaturan(ctx));
  }

  simpanPengaturan(p: Partial<Pengaturan>): Promise<void> {
    return this.excel(async (ctx) => {
      simpanPengaturan(ctx, p);
      await ctx.sync();
    });
  }

  terapkan(hasil: HasilBuku, opsi: { tanpaCadangan?: boolean } = {}): Promise<HasilTulis> {
    const sel = jumlahSelRencana(hasil.rencana);
    if (sel === 0)
      return Promise.resolve({ pesan: 'Tidak ada sel yang perlu ditulis.', ditulis: false });
    return this.excel(async (ctx) => {
      const c = await terapkanRencana(ctx, this.kemampuan, hasil.rencana, opsi);
      this.diMemori = c.disimpan ? undefined : c;
      const catatan = c.catatanTakTertulis
        ? `; ${c.catatanTakTertulis} catatan penjelasan tidak ditulis karena Excel ini belum mendukung catatan sel (alasannya ada di tab Hasil)`
        : '';
      const batal = c.disimpan ? '' : '; Batalkan hanya tersedia selama panel ini terbuka';
      return { pesan: `Selesai: ${sel} sel ditulis${catatan}${batal}.`, ditulis: true };
    });
  }

  batalkan(): Promise<string> {
    return this.excel(async (ctx) => {
      const cadangan = (await bacaCadangan(ctx)) ?? this.diMemori;
      if (!cadangan) return 'Tidak ada perhitungan yang bisa dibatalkan.';
      const h = await batalkan(ctx, cadangan, { kemampuan: this.kemampuan });
      this.diMemori = undefined;
      return pesanBatal(h);
    });
  }

  pilih(sheet: string, alamat: string): Promise<void> {
    return this.excel(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(alamat).select();
      await ctx.sync();
    });
  }

  /** Highlight finding cells with conditional formats: the user's own formatting is untouched. */
  sorot(temuan: Temuan[]): Promise<void> {
    return this.excel(async (ctx) => {
      const baru = temuan.map((t) => {
        const cf = ctx.workbook.worksheets
          .getItem(t.sheet)
          .getRange(t.sel)
          .conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=TRUE';
        cf.custom.format.fill.color = WARNA_SOROT[t.tingkat];
        cf.load('id');
        return { sheet: t.sheet, alamat: t.sel, cf };
      });
      await ctx.sync();
      this.sorotan.push(...baru.map((b) => ({ sheet: b.sheet, alamat: b.alamat, id: b.cf.id })));
    });
  }

  hapusSorotan(): Promise<void> {
    return this.excel(async (ctx) => {
      for (const s of this.sorotan)
        ctx.workbook.worksheets
          .getItem(s.sheet)
          .getRange(s.alamat)
          .conditionalFormats.getItem(s.id)
          .delete();
      await ctx.sync();
      this.sorotan = [];
    });
  }

  async tulisBab3(tata: TataLembar): Promise<string> {
    const nama = await this.excel((ctx) => tulisLembarBab(ctx, tata));
    return `BAB III ditulis ke lembar baru "${nama}"; lembar lain tidak diubah`;
  }

  bacaOpsiBab3(): Promise<string | undefined> {
    return this.excel((ctx) => bacaOpsiBab3(ctx));
  }

  simpanOpsiBab3(teks: string): Promise<void> {
    return this.excel(async (ctx) => {
      simpanOpsiBab3(ctx, teks);
      await ctx.sync();
    });
  }

  status(): Promise<string | undefined> {
    return this.excel(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject(KUNCI_STATUS);
      s.load('value');
      await ctx.sync();
      if (s.isNullObject || typeof s.value !== 'string') return undefined;
      try {
        return (JSON.parse(s.value) as { pesan: string }).pesan;
      } catch {
        return undefined;
      }
    });
  }

  ikutiLembarAktif(f: () => void): Promise<void> {
    return this.excel(async (ctx) => {
      ctx.workbook.worksheets.onActivated.add(async () => f());
      await ctx.sync();
    });
  }
}
