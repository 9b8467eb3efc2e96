import type { HasilBuku, Temuan } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import {
  bacaCadangan,
  bacaLembar,
  bacaPengaturan,
  bacaSemuaLembar,
  batalkan,
  hapusCadangan,
  pesanGalat,
  simpanCadangan,
  simpanPengaturan,
  terapkanRencana,
} from '../excel/adaptor';
import type { Kemampuan, KonteksExcel } from '../excel/api';
import type { Grid } from '../sheet/grid';
import type { TataLembar } from '../report/lembar';
import { tulisLembarBab } from '../excel/lembar-bab';
import { KUNCI_STATUS } from '../commands/hitung-perintah';

/**
 * What the task pane needs from where the workbook lives: Excel (through
 * Office.js) or a file the user picked (standalone mode).
 */
export interface Layanan {
  jenis: 'excel' | 'mandiri';
  /** The sheets to compute: the active sheet in Excel, every sheet of a file. */
  baca(semua?: boolean): Promise<Grid[]>;
  bacaPengaturan(): Promise<Partial<Pengaturan>>;
  simpanPengaturan(p: Partial<Pengaturan>): Promise<void>;
  /** Write the plan; returns a message for the user. */
  terapkan(hasil: HasilBuku): Promise<string>;
  batalkan(): Promise<string>;
  /** Select a range in Excel ("Sheet!A1:B2" parts). */
  pilih(sheet: string, alamat: string): Promise<void>;
  sorot(temuan: Temuan[]): Promise<void>;
  hapusSorotan(): Promise<void>;
  /** The outcome of the last ribbon run, if any. */
  status(): Promise<string | undefined>;
  /** Write BAB III to a new sheet (Excel only); returns a message. */
  tulisBab3?(tata: TataLembar): Promise<string>;
}

const WARNA_SOROT: Record<Temuan['tingkat'], string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#E5F1FB',
};

/** The Excel side, through Excel.run. */
export class LayananExcel implements Layanan {
  jenis = 'excel' as const;
  private sorotan: { sheet: string; alamat: string; id: string }[] = [];

  constructor(
    private jalankan: <T>(f: (ctx: KonteksExcel) => Promise<T>) => Promise<T>,
    private kemampuan: Kemampuan,
  ) {}

  baca(semua = false): Promise<Grid[]> {
    return this.jalankan(async (ctx) =>
      semua ? bacaSemuaLembar(ctx, this.kemampuan) : [await bacaLembar(ctx, this.kemampuan)],
    );
  }

  bacaPengaturan(): Promise<Partial<Pengaturan>> {
    return this.jalankan((ctx) => bacaPengaturan(ctx));
  }

  simpanPengaturan(p: Partial<Pengaturan>): Promise<void> {
    return this.jalankan(async (ctx) => {
      simpanPengaturan(ctx, p);
      await ctx.sync();
    });
  }

  terapkan(hasil: HasilBuku): Promise<string> {
    return this.jalankan(async (ctx) => {
      const cadangan = await terapkanRencana(ctx, this.kemampuan, hasil.rencana);
      const disimpan = simpanCadangan(ctx, cadangan);
      await ctx.sync();
      const sel = hasil.rencana.blok.reduce(
        (n, b) => n + b.sel.flat().filter((s) => s !== null).length,
        0,
      );
      return `${sel} sel ditulis${disimpan ? '' : ' (terlalu besar untuk disimpan sebagai cadangan: Batalkan hanya selama panel terbuka)'}`;
    });
  }

  batalkan(): Promise<string> {
    return this.jalankan(async (ctx) => {
      const cadangan = await bacaCadangan(ctx);
      if (!cadangan) return 'tidak ada yang bisa dibatalkan';
      await batalkan(ctx, cadangan);
      hapusCadangan(ctx);
      await ctx.sync();
      return 'isi lembar dikembalikan seperti sebelum dihitung';
    });
  }

  pilih(sheet: string, alamat: string): Promise<void> {
    return this.jalankan(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(alamat).select();
      await ctx.sync();
    });
  }

  /** Highlight finding cells with conditional formats: the user's own formatting is untouched. */
  sorot(temuan: Temuan[]): Promise<void> {
    return this.jalankan(async (ctx) => {
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
    return this.jalankan(async (ctx) => {
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
    const nama = await this.jalankan((ctx) => tulisLembarBab(ctx, tata));
    return `BAB III ditulis ke lembar baru "${nama}"; lembar lain tidak diubah`;
  }

  status(): Promise<string | undefined> {
    return this.jalankan(async (ctx) => {
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
}

export { pesanGalat };
