/* eslint-disable @typescript-eslint/no-this-alias -- the getter objects below need the instance they belong to */
/**
 * An in-memory fake of the part of the Excel JavaScript API that Capaian
 * uses (src/excel/api.ts), strict where Excel is:
 * - writes and loads are queued until `sync()`; a property read before it
 *   was loaded and synced throws; an operation that fails stops its batch;
 * - the host has a requirement-set version (1.7 is Excel 2019): a member
 *   above it fails its sync with ApiNotFound, the sets coming from
 *   kebutuhan-api.json (derived from @types/office-js by scripts/kebutuhan-api.ts);
 * - a request or a response above 5 MB fails (Excel on the web);
 * - a get of more than 5 million cells returns null; more than 512 merged
 *   areas in one getMergedAreasOrNullObject fails.
 * It counts syncs and the size of each request and response, and can fail a
 * chosen sync halfway through its writes. No Node APIs: the browser test bundles it too.
 */
import type {
  AreaRentangExcel,
  CatatanExcel,
  FormatBersyaratExcel,
  FormatRentangExcel,
  GrafikExcel,
  KoleksiFormatBersyaratExcel,
  KonteksExcel,
  LembarExcel,
  NilaiSelExcel,
  PenanganExcel,
  RentangExcel,
  SettingExcel,
} from '../../src/excel/api';
import { alamat, alamatRentang, uraiRentang, type Gabungan, type Grid } from '../../src/sheet/grid';
import SET_API from './kebutuhan-api.json';

/** Excel on the web refuses a request or a response above this. */
export const BATAS_PAYLOAD = 5 * 1024 * 1024;
export const BATAS_SEL_GET = 5_000_000;
export const BATAS_GABUNGAN = 512;
/** Width of a column without its own width: 8.43 characters, 48 points. */
export const LEBAR_STANDAR = 8.43;

export interface IsiSel {
  nilai: NilaiSelExcel;
  rumus?: string;
  format?: string;
  /** A marker of the cell's look, copied by copyFrom(..., 'Formats'). */
  gaya?: string;
}

export interface AturanWarnaPalsu {
  id?: string;
  alamat: string;
  rumus: string;
  warna: string;
  /** Excel's type; anything but Custom has no `custom` part. */
  jenis?: string;
}

const kunci = (b: number, k: number) => `${b},${k}`;

/** A cell that holds something: a value, a formula, a format or a look. */
export function berisi(s: IsiSel): boolean {
  return (s.nilai !== null && s.nilai !== '') || !!s.rumus || !!s.format || !!s.gaya;
}
let nomorAturan = 0;
let nomorLembar = 0;

function galat(kode: string, pesan: string): Error {
  return Object.assign(new Error(pesan), { code: kode });
}

export class LembarPalsu {
  sel = new Map<string, IsiSel>();
  gabungan: Gabungan[] = [];
  warna: AturanWarnaPalsu[] = [];
  /** Cell notes by address ("H5"). */
  catatan = new Map<string, string>();
  terlindung = false;
  difilter = false;
  id = `{lembar-${++nomorLembar}}`;
  /** Formatting written through range.format, per cell ("baris,kolom"). */
  gaya = new Map<string, Record<string, unknown>>();
  /** Column widths set, in points. */
  lebarKolom = new Map<number, number>();
  tinggiBaris = new Map<number, number>();
  /** Borders as "A1:G5 EdgeTop". */
  bingkai: string[] = [];
  grafik: { jenis: string; sumber: string; judul: string; letak?: string }[] = [];
  visibilitas = 'Visible';
  /** Hidden columns (1-based). */
  kolomTersembunyi = new Set<number>();
  constructor(public nama: string) {}

  gayaDi(baris: number, kolom: number): Record<string, unknown> {
    return this.gaya.get(kunci(baris, kolom)) ?? {};
  }

  /** Fill from a 2-D array starting at a 1-based cell; formulas keep their cached values. */
  isi(
    baris: number,
    kolom: number,
    data: NilaiSelExcel[][],
    format?: (string | undefined)[][],
    rumus?: (string | undefined)[][],
  ): this {
    data.forEach((r, i) =>
      r.forEach((v, j) => {
        const f0 = rumus?.[i]?.[j];
        if ((v === null || v === '') && !f0) return;
        const s: IsiSel = { nilai: v };
        if (typeof v === 'string' && v.startsWith('=')) s.rumus = v;
        if (f0) s.rumus = f0;
        const f = format?.[i]?.[j];
        if (f) s.format = f;
        this.sel.set(kunci(baris + i, kolom + j), s);
      }),
    );
    return this;
  }

  ambil(baris: number, kolom: number): IsiSel | undefined {
    return this.sel.get(kunci(baris, kolom));
  }

  /** Width of a column in points. */
  lebar(kolom: number): number {
    return this.lebarKolom.get(kolom) ?? 48;
  }

  /** 1-based bounds of the cells holding a value or a formula. */
  batas(): { b1: number; k1: number; b2: number; k2: number } | undefined {
    let b1 = Infinity;
    let k1 = Infinity;
    let b2 = -Infinity;
    let k2 = -Infinity;
    for (const [k, s] of this.sel) {
      if ((s.nilai === null || s.nilai === '') && !s.rumus) continue;
      const [b, c] = k.split(',').map(Number);
      b1 = Math.min(b1, b);
      k1 = Math.min(k1, c);
      b2 = Math.max(b2, b);
      k2 = Math.max(k2, c);
    }
    return b1 === Infinity ? undefined : { b1, k1, b2, k2 };
  }
}

/** "1.13" as [1, 13]; a set is supported when the host's version is at least it. */
function versi(v: string): number[] {
  return v.split('.').map(Number);
}
function tidakKurang(a: string, b: string): boolean {
  const [x, y] = [versi(a), versi(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
}

/** The fake workbook, shared by every context of a test. */
export class BukuPalsu {
  lembar: LembarPalsu[] = [];
  aktif = 0;
  settings = new Map<string, string>();
  /** The host's ExcelApi version: 1.7 is Excel 2019, 1.18 a current Microsoft 365. */
  versiApi = '1.18';
  /** The workbook's structure is protected: no sheet can be added. */
  strukturTerlindung = false;
  /** Values of formula cells, when a test plugs in a formula engine. */
  hitungRumus?: (lembar: LembarPalsu, baris: number, kolom: number, rumus: string) => NilaiSelExcel;
  /** Handlers of worksheets.onActivated. */
  penanganAktif = new Set<(e: { worksheetId: string }) => Promise<unknown>>();

  /** Office.context.requirements.isSetSupported for this host. */
  didukung(nama: string, v = '1.1'): boolean {
    return nama === 'ExcelApi' && tidakKurang(this.versiApi, v);
  }

  tambah(nama: string): LembarPalsu {
    const l = new LembarPalsu(nama);
    this.lembar.push(l);
    return l;
  }

  /** A sheet holding a Grid's values, formats, formulas and merges. */
  tambahDariGrid(g: Grid): LembarPalsu {
    const l = this.tambah(g.sheet);
    l.isi(g.barisAwal, g.kolomAwal, g.nilai, g.format, g.rumus);
    l.gabungan = g.gabungan.map((x) => ({ ...x }));
    return l;
  }

  /** The user switches to a sheet: the activated handlers run. */
  async aktifkan(nama: string): Promise<void> {
    const l = this.cari(nama);
    this.aktif = this.lembar.indexOf(l);
    for (const f of this.penanganAktif) await f({ worksheetId: l.id });
  }

  /**
   * The workbook's content as text, to compare before and after; a cell
   * that holds nothing counts as absent. `tanpa` leaves sheets out.
   */
  salinan(tanpa: string[] = []): string {
    const isi = (l: LembarPalsu) => [...l.sel.entries()].filter(([, s]) => berisi(s)).sort();
    // Conditional formats compare by their rules; Excel gives each new rule a new id.
    const warna = (l: LembarPalsu) =>
      l.warna.map(({ alamat, rumus, warna }) => [alamat, rumus, warna]).sort();
    return JSON.stringify(
      this.lembar
        .filter((l) => !tanpa.includes(l.nama))
        .map((l) => [
          l.nama,
          isi(l),
          l.gabungan,
          warna(l),
          [...l.catatan].sort(),
          // A column set back to the standard width is as if it had none.
          [...l.lebarKolom].filter(([, w]) => w !== 48).sort(),
        ]),
    );
  }

  cari(nama: string): LembarPalsu {
    const l = this.lembar.find((x) => x.nama === nama);
    if (!l) throw galat('ItemNotFound', `The requested resource doesn't exist: ${nama}`);
    return l;
  }
}

class GalatBelumDimuat extends Error {
  code = 'PropertyNotLoaded';
}

type Operasi = { ukuran: number; jalankan: () => void };
/** A load: computed at sync, applied only when the whole response fits. */
type Muatan = () => { ukuran: number; pasang: () => void };

/** One request context: like Excel.run's context. */
export class KonteksPalsu implements KonteksExcel {
  jumlahSync = 0;
  /** Bytes of each request sent with sync(). */
  ukuranPermintaan: number[] = [];
  /** Bytes of each response. */
  ukuranRespons: number[] = [];
  jumlahSuspensi = 0;
  /** Fail this sync (1-based) after applying half of its writes. */
  gagalPadaSync?: number;
  private antrean: Operasi[] = [];
  private muatan: Muatan[] = [];

  constructor(readonly buku: BukuPalsu) {}

  antre(ukuran: number, jalankan: () => void): void {
    this.antrean.push({ ukuran, jalankan });
  }

  muat(f: Muatan): void {
    this.muatan.push(f);
  }

  /** A member of Office.js is used: its sync fails when the host's version lacks its set. */
  api(nama: keyof typeof SET_API): void {
    const set = SET_API[nama];
    const [keluarga, v] = set.split(' ');
    if (!this.buku.didukung(keluarga, v))
      this.antre(0, () => {
        throw galat('ApiNotFound', `${nama} (${set}) is not supported by this host.`);
      });
  }

  async sync(): Promise<void> {
    this.jumlahSync++;
    const antrean = this.antrean;
    const muatan = this.muatan;
    this.antrean = [];
    this.muatan = [];
    const permintaan = antrean.reduce((a, o) => a + o.ukuran, 0) + muatan.length * 64;
    this.ukuranPermintaan.push(permintaan);
    if (permintaan > BATAS_PAYLOAD)
      throw galat('RequestPayloadSizeLimitExceeded', 'The request payload size exceeds 5 MB.');
    if (this.gagalPadaSync === this.jumlahSync) {
      antrean.slice(0, Math.floor(antrean.length / 2)).forEach((o) => o.jalankan());
      throw galat('GeneralException', 'The request failed (simulated).');
    }
    antrean.forEach((o) => o.jalankan());
    const hasil = muatan.map((f) => f());
    const respons = hasil.reduce((a, h) => a + h.ukuran, 0);
    this.ukuranRespons.push(respons);
    if (respons > BATAS_PAYLOAD)
      throw galat('ResponsePayloadSizeLimitExceeded', 'The response payload size exceeds 5 MB.');
    hasil.forEach((h) => h.pasang());
  }

  workbook = {
    protection: (() => {
      let dimuat = false;
      let nilai = false;
      const ctx = this;
      return {
        load: () =>
          ctx.muat(() => {
            const v = ctx.buku.strukturTerlindung;
            return { ukuran: 8, pasang: () => ((dimuat = true), (nilai = v)) };
          }),
        get protected(): boolean {
          if (!dimuat) throw new GalatBelumDimuat('protected');
          return nilai;
        },
      };
    })(),
    worksheets: new KoleksiLembarPalsu(this),
    settings: {
      add: (k: string, v: string) =>
        this.antre(k.length + v.length, () => this.buku.settings.set(k, v)),
      getItemOrNullObject: (k: string): SettingExcel => new SettingPalsu(this, k),
    },
  };

  application = {
    suspendApiCalculationUntilNextSync: () => this.antre(8, () => this.jumlahSuspensi++),
  };
}

class SettingPalsu implements SettingExcel {
  private dimuat = false;
  private _nilai: unknown;
  private _kosong = true;
  constructor(
    private ctx: KonteksPalsu,
    private k: string,
  ) {}
  load(): SettingExcel {
    this.ctx.muat(() => {
      const v = this.ctx.buku.settings.get(this.k);
      return {
        ukuran: (v?.length ?? 0) + 16,
        pasang: () => {
          this.dimuat = true;
          this._kosong = v === undefined;
          this._nilai = v;
        },
      };
    });
    return this;
  }
  get isNullObject(): boolean {
    if (!this.dimuat) throw new GalatBelumDimuat('isNullObject');
    return this._kosong;
  }
  get value(): unknown {
    if (!this.dimuat) throw new GalatBelumDimuat('value');
    return this._nilai;
  }
}

class KoleksiLembarPalsu {
  private _items?: LembarPalsuProxy[];
  constructor(private ctx: KonteksPalsu) {}
  load(properti: string | string[]): void {
    const visibilitas = String(properti).includes('visibility');
    this.ctx.muat(() => {
      const daftar = [...this.ctx.buku.lembar];
      return {
        ukuran: daftar.length * 48,
        pasang: () =>
          (this._items = daftar.map(
            (l) => new LembarPalsuProxy(this.ctx, () => l, true, undefined, visibilitas),
          )),
      };
    });
  }
  get items(): LembarExcel[] {
    if (!this._items) throw new GalatBelumDimuat('items');
    return this._items;
  }
  getActiveWorksheet(): LembarExcel {
    const buku = this.ctx.buku;
    // Bound to the sheet active when the request runs, like Excel's proxy.
    let l: LembarPalsu | undefined;
    this.ctx.antre(0, () => (l = buku.lembar[buku.aktif]));
    return new LembarPalsuProxy(this.ctx, () => l ?? buku.lembar[buku.aktif]);
  }
  getItem(nama: string): LembarExcel {
    return new LembarPalsuProxy(this.ctx, () => this.ctx.buku.cari(nama));
  }
  getItemOrNullObject(nama: string): LembarExcel {
    return new LembarPalsuProxy(
      this.ctx,
      () => this.ctx.buku.cari(nama),
      false,
      () => this.ctx.buku.lembar.some((l) => l.nama === nama),
    );
  }
  add(nama?: string): LembarExcel {
    let baru: LembarPalsu | undefined;
    this.ctx.antre(32, () => {
      const buku = this.ctx.buku;
      if (buku.strukturTerlindung) throw galat('AccessDenied', 'The workbook is protected.');
      const n = nama ?? `Sheet${buku.lembar.length + 1}`;
      if (buku.lembar.some((l) => l.nama.toLowerCase() === n.toLowerCase()))
        throw galat('ItemAlreadyExists', 'The name is already taken.');
      baru = buku.tambah(n);
    });
    return new LembarPalsuProxy(this.ctx, () => baru!);
  }
  onActivated = {
    add: (f: (e: { worksheetId: string }) => Promise<unknown>): PenanganExcel => {
      this.ctx.antre(16, () => this.ctx.buku.penanganAktif.add(f));
      return { remove: () => this.ctx.antre(16, () => this.ctx.buku.penanganAktif.delete(f)) };
    },
  };
}

/** A loaded scalar of a proxy: read before load and sync, it throws. */
function nilaiDimuat<T>(ctx: KonteksPalsu, baca: () => T, ukuran = 16) {
  let dimuat = false;
  let nilai: T;
  return {
    muat: () =>
      ctx.muat(() => {
        const v = baca();
        return { ukuran, pasang: () => ((dimuat = true), (nilai = v)) };
      }),
    get(nama: string): T {
      if (!dimuat) throw new GalatBelumDimuat(nama);
      return nilai;
    },
  };
}

class LembarPalsuProxy implements LembarExcel {
  private dimuat = new Set<string>();
  private ada = true;
  private lebarStandar = nilaiDimuat(this.ctx, () => LEBAR_STANDAR);
  constructor(
    private ctx: KonteksPalsu,
    private lembar: () => LembarPalsu,
    namaDimuat = false,
    /** For getItemOrNullObject: whether the sheet exists. */
    private periksaAda?: () => boolean,
    visibilitasDimuat = false,
  ) {
    if (namaDimuat) this.dimuat.add('name');
    if (visibilitasDimuat) this.dimuat.add('visibility');
  }
  get name(): string {
    if (!this.dimuat.has('name')) throw new GalatBelumDimuat('name');
    return this.lembar().nama;
  }
  get id(): string {
    if (!this.dimuat.has('id')) throw new GalatBelumDimuat('id');
    return this.lembar().id;
  }
  get isNullObject(): boolean {
    if (!this.dimuat.has('name')) throw new GalatBelumDimuat('isNullObject');
    return !this.ada;
  }
  set visibility(v: string) {
    this.ctx.antre(16, () => (this.lembar().visibilitas = v));
  }
  get visibility(): string {
    if (!this.dimuat.has('visibility')) throw new GalatBelumDimuat('visibility');
    return this.lembar().visibilitas;
  }
  get standardWidth(): number {
    return this.lebarStandar.get('standardWidth');
  }
  load(properti: string | string[]): LembarExcel {
    const p = String(properti);
    if (p.includes('standardWidth')) this.lebarStandar.muat();
    this.ctx.muat(() => {
      const ada = this.periksaAda ? this.periksaAda() : true;
      if (ada && !this.periksaAda) this.lembar(); // a missing sheet fails the sync (ItemNotFound)
      return {
        ukuran: 48,
        pasang: () => {
          if (p.includes('visibility')) this.dimuat.add('visibility');
          if (p.includes('id')) this.dimuat.add('id');
          this.dimuat.add('name');
          this.ada = ada;
        },
      };
    });
    return this;
  }
  protection = (() => {
    const self = this;
    const v = nilaiDimuat(this.ctx, () => self.lembar().terlindung);
    return {
      load: () => v.muat(),
      get protected(): boolean {
        return v.get('protected');
      },
    };
  })();
  private _filter?: LembarExcel['autoFilter'];
  get autoFilter(): LembarExcel['autoFilter'] {
    this.ctx.api('Excel.Worksheet.autoFilter');
    const v = nilaiDimuat(this.ctx, () => this.lembar().difilter);
    return (this._filter ??= {
      load: () => v.muat(),
      get enabled(): boolean {
        return v.get('enabled');
      },
      get isDataFiltered(): boolean {
        return v.get('isDataFiltered');
      },
    });
  }
  get notes(): LembarExcel['notes'] {
    this.ctx.api('Excel.Worksheet.notes');
    const ctx = this.ctx;
    const lembar = this.lembar;
    return {
      add: (sel: string, isi: string) =>
        ctx.antre(isi.length + 16, () => {
          const ws = lembar();
          if (ws.catatan.has(sel)) throw galat('InvalidArgument', `${sel} already has a note.`);
          ws.catatan.set(sel, isi);
        }),
      getItemOrNullObject: (sel: string): CatatanExcel => {
        const v = nilaiDimuat(ctx, () => lembar().catatan.get(sel), 64);
        return {
          get isNullObject() {
            return v.get('isNullObject') === undefined;
          },
          get content() {
            return v.get('content') ?? '';
          },
          set content(isi: string) {
            ctx.antre(isi.length + 16, () => lembar().catatan.set(sel, isi));
          },
          load() {
            v.muat();
            return this;
          },
          delete: () => ctx.antre(16, () => lembar().catatan.delete(sel)),
        };
      },
    };
  }
  getUsedRange(nilaiSaja = false): RentangExcel {
    if (!nilaiSaja) throw new Error('the fake knows only the values-only used range');
    return new RentangPalsu(this.ctx, this.lembar, () => {
      const b = this.lembar().batas();
      // An empty sheet gives its top-left cell, as Excel does.
      return b
        ? { baris: b.b1, kolom: b.k1, jb: b.b2 - b.b1 + 1, jk: b.k2 - b.k1 + 1 }
        : { baris: 1, kolom: 1, jb: 1, jk: 1 };
    });
  }
  getRangeByIndexes(baris: number, kolom: number, jb: number, jk: number): RentangExcel {
    return new RentangPalsu(this.ctx, this.lembar, () => ({
      baris: baris + 1,
      kolom: kolom + 1,
      jb,
      jk,
    }));
  }
  getRange(alamat = 'A1'): RentangExcel {
    const g = uraiRentang(alamat.replace(/^.*!/, ''))!;
    return this.getRangeByIndexes(
      g.baris1 - 1,
      g.kolom1 - 1,
      g.baris2 - g.baris1 + 1,
      g.kolom2 - g.kolom1 + 1,
    );
  }
  activate(): void {
    this.ctx.antre(8, () => (this.ctx.buku.aktif = this.ctx.buku.lembar.indexOf(this.lembar())));
  }
  delete(): void {
    this.ctx.antre(8, () => {
      const buku = this.ctx.buku;
      const aktif = buku.lembar[buku.aktif];
      buku.lembar = buku.lembar.filter((l) => l !== this.lembar());
      buku.aktif = Math.max(0, buku.lembar.indexOf(aktif));
    });
  }
  charts = {
    add: (jenis: string, sumber: RentangExcel): GrafikExcel => {
      const g = { jenis, sumber: '', judul: '', letak: undefined as string | undefined };
      const ctx = this.ctx;
      ctx.antre(64, () => {
        g.sumber = (sumber as RentangPalsu).alamatRentangIni;
        this.lembar().grafik.push(g);
      });
      return {
        title: {
          set text(t: string) {
            ctx.antre(16, () => (g.judul = t));
          },
          get text() {
            return g.judul;
          },
        },
        setPosition: (awal: string) => ctx.antre(16, () => (g.letak = awal)),
      };
    },
  };
}

type Letak = { baris: number; kolom: number; jb: number; jk: number };

function bersinggungan(a: Gabungan, l: Letak): boolean {
  return (
    a.baris1 < l.baris + l.jb &&
    a.baris2 >= l.baris &&
    a.kolom1 < l.kolom + l.jk &&
    a.kolom2 >= l.kolom
  );
}

class RentangPalsu implements RentangExcel {
  private dimuat = new Set<string>();
  private isi: Record<string, unknown> = {};

  constructor(
    private ctx: KonteksPalsu,
    private lembar: () => LembarPalsu,
    private letak: () => Letak,
  ) {}

  private baca<T>(p: string): T {
    if (!this.dimuat.has(p)) throw new GalatBelumDimuat(p);
    return this.isi[p] as T;
  }

  load(properti: string | string[]): RentangExcel {
    const daftar = Array.isArray(properti) ? properti : properti.split(',').map((s) => s.trim());
    this.ctx.muat(() => {
      const l = this.letak();
      const ws = this.lembar();
      // Like Excel: a range past row 1 048 576 or column XFD fails the sync.
      if (l.baris < 1 || l.kolom < 1 || l.baris + l.jb - 1 > 1048576 || l.kolom + l.jk - 1 > 16384)
        throw galat(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      const isi: Record<string, unknown> = {};
      // A get of more than 5 million cells gives null, without an error.
      const terlaluBesar = l.jb * l.jk > BATAS_SEL_GET;
      const grid = <T>(f: (s: IsiSel | undefined, b: number, k: number) => T): T[][] | null =>
        terlaluBesar
          ? null
          : Array.from({ length: l.jb }, (_, i) =>
              Array.from({ length: l.jk }, (_, j) =>
                f(ws.ambil(l.baris + i, l.kolom + j), l.baris + i, l.kolom + j),
              ),
            );
      for (const p of daftar) {
        if (p === 'values') {
          isi.values = grid((s, b, k) => {
            if (!s) return '';
            if (s.rumus)
              return this.ctx.buku.hitungRumus
                ? this.ctx.buku.hitungRumus(ws, b, k, s.rumus)
                : (s.nilai ?? '');
            return s.nilai ?? '';
          });
        } else if (p === 'formulas') isi.formulas = grid((s) => s?.rumus ?? s?.nilai ?? '');
        else if (p === 'numberFormat') isi.numberFormat = grid((s) => s?.format ?? 'General');
        else if (p === 'address')
          isi.address = `${ws.nama}!${alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1)}`;
        else if (p === 'rowIndex') isi.rowIndex = l.baris - 1;
        else if (p === 'columnIndex') isi.columnIndex = l.kolom - 1;
        else if (p === 'rowCount') isi.rowCount = l.jb;
        else if (p === 'columnCount') isi.columnCount = l.jk;
        else if (p === 'columnHidden')
          isi.columnHidden = Array.from({ length: l.jk }, (_, j) => l.kolom + j).every((k) =>
            ws.kolomTersembunyi.has(k),
          );
        else if (p === 'format/columnWidth') {
          const w = new Set(Array.from({ length: l.jk }, (_, j) => ws.lebar(l.kolom + j)));
          isi.columnWidth = w.size === 1 ? [...w][0] : null;
        } else throw new Error(`the fake cannot load ${p}`);
      }
      return {
        ukuran: JSON.stringify(isi).length,
        pasang: () => {
          Object.assign(this.isi, isi, { isNullObject: false });
          for (const p of [...daftar, 'isNullObject']) this.dimuat.add(p.replace(/^format\//, ''));
        },
      };
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.baca('isNullObject');
  }
  get address(): string {
    return this.baca('address');
  }
  get rowIndex(): number {
    return this.baca('rowIndex');
  }
  get columnIndex(): number {
    return this.baca('columnIndex');
  }
  get rowCount(): number {
    return this.baca('rowCount');
  }
  get columnCount(): number {
    return this.baca('columnCount');
  }
  get values(): NilaiSelExcel[][] {
    return this.baca('values');
  }
  get formulas(): NilaiSelExcel[][] {
    return this.baca('formulas');
  }
  get columnHidden(): boolean {
    return this.baca('columnHidden');
  }
  get numberFormat(): (string | null)[][] {
    return this.baca('numberFormat');
  }

  private tulis2d<T>(data: T[][], f: (ws: LembarPalsu, b: number, k: number, v: T) => void): void {
    const l = this.letak();
    if (data.length !== l.jb || data.some((r) => r.length !== l.jk)) {
      throw galat(
        'InvalidArgument',
        'The number of rows or columns in the input array does not match the size of the range.',
      );
    }
    this.ctx.antre(JSON.stringify(data).length, () => {
      const ws = this.lembar();
      data.forEach((r, i) => r.forEach((v, j) => f(ws, l.baris + i, l.kolom + j, v)));
    });
  }

  set values(data: NilaiSelExcel[][]) {
    this.tulis2d(data, (ws, b, k, v) => {
      if (v === null) return;
      ws.sel.set(kunci(b, k), { ...ws.ambil(b, k), nilai: v === '' ? null : v, rumus: undefined });
    });
  }
  set formulas(data: NilaiSelExcel[][]) {
    this.tulis2d(data, (ws, b, k, v) => {
      if (v === null) return;
      const lama = ws.ambil(b, k);
      if (typeof v === 'string' && v.startsWith('='))
        ws.sel.set(kunci(b, k), { ...lama, nilai: null, rumus: v });
      else ws.sel.set(kunci(b, k), { ...lama, nilai: v === '' ? null : v, rumus: undefined });
    });
  }
  set numberFormat(data: (string | null)[][]) {
    this.tulis2d(data, (ws, b, k, v) => {
      if (v === null) return;
      ws.sel.set(kunci(b, k), {
        nilai: null,
        ...ws.ambil(b, k),
        format: v === 'General' ? undefined : v,
      });
    });
  }

  getBoundingRect(lain: string): RentangExcel {
    const g = uraiRentang(lain)!;
    return new RentangPalsu(this.ctx, this.lembar, () => {
      const l = this.letak();
      const baris = Math.min(l.baris, g.baris1);
      const kolom = Math.min(l.kolom, g.kolom1);
      return {
        baris,
        kolom,
        jb: Math.max(l.baris + l.jb - 1, g.baris2) - baris + 1,
        jk: Math.max(l.kolom + l.jk - 1, g.kolom2) - kolom + 1,
      };
    });
  }

  getMergedAreasOrNullObject(): AreaRentangExcel {
    this.ctx.api('Excel.Range.getMergedAreasOrNullObject');
    const self = this;
    let dimuat = false;
    let alamat = '';
    let kosong = true;
    const area: AreaRentangExcel = {
      load() {
        self.ctx.muat(() => {
          const l = self.letak();
          const ws = self.lembar();
          // Only the merges whose top-left cell lies inside, as in Excel.
          const di = ws.gabungan.filter(
            (g) =>
              g.baris1 >= l.baris &&
              g.kolom1 >= l.kolom &&
              g.baris1 < l.baris + l.jb &&
              g.kolom1 < l.kolom + l.jk,
          );
          if (di.length > BATAS_GABUNGAN)
            throw galat('GeneralException', 'More than 512 merged areas in the range.');
          const teks = di
            .map((g) => `${ws.nama}!${alamatRentang(g.baris1, g.kolom1, g.baris2, g.kolom2)}`)
            .join(',');
          return {
            ukuran: teks.length + 16,
            pasang: () => ((dimuat = true), (kosong = di.length === 0), (alamat = teks)),
          };
        });
        return area;
      },
      get isNullObject() {
        if (!dimuat) throw new GalatBelumDimuat('isNullObject');
        return kosong;
      },
      get address() {
        if (!dimuat) throw new GalatBelumDimuat('address');
        return alamat;
      },
    };
    return area;
  }

  merge(): void {
    this.ctx.antre(16, () => {
      // Like Excel, merging replaces the merges inside the range (merging again is a no-op).
      const l = this.letak();
      const ws = this.lembar();
      const baru = {
        baris1: l.baris,
        kolom1: l.kolom,
        baris2: l.baris + l.jb - 1,
        kolom2: l.kolom + l.jk - 1,
      };
      ws.gabungan = ws.gabungan.filter(
        (g) =>
          !(
            g.baris1 >= baru.baris1 &&
            g.kolom1 >= baru.kolom1 &&
            g.baris2 <= baru.baris2 &&
            g.kolom2 <= baru.kolom2
          ),
      );
      ws.gabungan.push(baru);
    });
  }

  unmerge(): void {
    this.ctx.antre(16, () => {
      const l = this.letak();
      const ws = this.lembar();
      ws.gabungan = ws.gabungan.filter((g) => !bersinggungan(g, l));
    });
  }

  copyFrom(sumber: string): void {
    this.ctx.api('Excel.Range.copyFrom');
    const cocok = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(sumber);
    if (!cocok)
      throw galat('InvalidArgument', `copyFrom needs a sheet-qualified source: ${sumber}`);
    const namaLembar = (cocok[1] ?? cocok[2]).replace(/''/g, "'");
    const g = uraiRentang(cocok[3])!;
    this.ctx.antre(32, () => {
      const l = this.letak();
      const ws = this.lembar();
      const asal = this.ctx.buku.cari(namaLembar);
      for (let i = 0; i < l.jb; i++) {
        for (let j = 0; j < l.jk; j++) {
          const dari = asal.ambil(g.baris1 + i, g.kolom1 + j);
          const ke = ws.ambil(l.baris + i, l.kolom + j) ?? { nilai: null };
          ws.sel.set(kunci(l.baris + i, l.kolom + j), {
            ...ke,
            gaya: dari?.gaya,
            format: dari?.format,
          });
        }
      }
    });
  }

  select(): void {
    this.ctx.antre(8, () => undefined);
  }

  get alamatRentangIni(): string {
    const l = this.letak();
    return alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1);
  }

  /** Queue a formatting write on every cell of the range. */
  private atur(nama: string, nilai: unknown): void {
    this.ctx.antre(24, () => {
      const l = this.letak();
      const ws = this.lembar();
      for (let i = 0; i < l.jb; i++)
        for (let j = 0; j < l.jk; j++) {
          const k = kunci(l.baris + i, l.kolom + j);
          ws.gaya.set(k, { ...ws.gaya.get(k), [nama]: nilai });
        }
      if (nama === 'columnWidth')
        for (let j = 0; j < l.jk; j++) ws.lebarKolom.set(l.kolom + j, nilai as number);
      if (nama === 'rowHeight')
        for (let i = 0; i < l.jb; i++) ws.tinggiBaris.set(l.baris + i, nilai as number);
    });
  }

  format: FormatRentangExcel = (() => {
    const self = this;
    const properti = (nama: string) => ({
      set: (v: unknown) => self.atur(nama, v),
      get: () => {
        if (nama === 'columnWidth') return self.baca('columnWidth');
        throw new GalatBelumDimuat(nama);
      },
    });
    const obj = (...nama: string[]) =>
      Object.defineProperties(
        {},
        Object.fromEntries(nama.map((n) => [n.split('.').pop()!, properti(n)])),
      );
    return Object.defineProperties(
      {
        font: obj('font.bold', 'font.italic'),
        fill: obj('fill.color'),
        borders: {
          getItem: (sisi: string) =>
            Object.defineProperty({} as { style: string }, 'style', {
              set: (v: string) =>
                self.ctx.antre(16, () =>
                  self.lembar().bingkai.push(`${self.alamatRentangIni} ${sisi} ${v}`),
                ),
            }),
        },
      },
      Object.fromEntries(
        ['wrapText', 'columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment'].map(
          (n) => [n, properti(n)],
        ),
      ),
    ) as FormatRentangExcel;
  })();

  get alamatSekarang(): string {
    const l = this.letak();
    return alamat(l.baris, l.kolom);
  }

  conditionalFormats: KoleksiFormatBersyaratExcel = (() => {
    const self = this;
    let items: FormatBersyaratExcel[] | undefined;
    return {
      get items(): FormatBersyaratExcel[] {
        if (!items) throw new GalatBelumDimuat('items');
        return items;
      },
      load() {
        self.ctx.muat(() => {
          const l = self.letak();
          const ada = self
            .lembar()
            .warna.filter((w) => bersinggungan(uraiRentang(w.alamat)!, l))
            .map((w) => aturanPalsu(self.ctx, self.lembar, w, true));
          return { ukuran: ada.length * 96, pasang: () => (items = ada) };
        });
        return this;
      },
      add: (): FormatBersyaratExcel => {
        const l = self.letak();
        const aturan: AturanWarnaPalsu = {
          alamat: alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1),
          rumus: '',
          warna: '',
        };
        self.ctx.antre(64, () => {
          aturan.id = `cf${++nomorAturan}`;
          self.lembar().warna.push(aturan);
        });
        return aturanPalsu(self.ctx, self.lembar, aturan, false);
      },
      getItem: (id: string) => ({
        delete: () =>
          self.ctx.antre(
            16,
            () => (self.lembar().warna = self.lembar().warna.filter((w) => w.id !== id)),
          ),
      }),
    };
  })();
}

/** A conditional format's proxy: `dimuat` when it came from a loaded collection. */
function aturanPalsu(
  ctx: KonteksPalsu,
  lembar: () => LembarPalsu,
  aturan: AturanWarnaPalsu,
  dimuat: boolean,
): FormatBersyaratExcel {
  let idDimuat = dimuat;
  const kustom = (nullObj: boolean) => ({
    get isNullObject() {
      return nullObj && (aturan.jenis ?? 'Custom') !== 'Custom';
    },
    rule: {
      set formula(f: string) {
        aturan.rumus = f;
      },
      get formula() {
        if ((aturan.jenis ?? 'Custom') !== 'Custom')
          throw galat('InvalidArgument', 'not a custom conditional format');
        return aturan.rumus;
      },
    },
    format: {
      fill: {
        set color(c: string) {
          aturan.warna = c;
        },
        get color() {
          return aturan.warna;
        },
      },
    },
  });
  return {
    get id() {
      if (!idDimuat) throw new GalatBelumDimuat('id');
      return aturan.id!;
    },
    load() {
      ctx.muat(() => ({ ukuran: 16, pasang: () => (idDimuat = true) }));
      return this;
    },
    delete: () =>
      ctx.antre(16, () => (lembar().warna = lembar().warna.filter((w) => w !== aturan))),
    custom: kustom(false),
    customOrNullObject: kustom(true),
  };
}
