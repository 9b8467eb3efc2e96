/* eslint-disable @typescript-eslint/no-this-alias -- the getter objects below need the instance they belong to */
/**
 * An in-memory fake of the part of the Excel JavaScript API that Capaian
 * uses (src/excel/api.ts). Like Office.js, it queues writes and loads until
 * `sync()`, throws when a property is read before it was loaded and synced,
 * counts syncs and the size of each request, and can fail a chosen sync
 * halfway through its writes. No Node APIs: the browser test bundles it too.
 */
import type {
  AreaRentangExcel,
  FormatBersyaratExcel,
  FormatRentangExcel,
  GrafikExcel,
  KonteksExcel,
  LembarExcel,
  NilaiSelExcel,
  RentangExcel,
  SettingExcel,
} from '../../src/excel/api';
import {
  alamatRentang,
  hurufKolom,
  uraiRentang,
  type Gabungan,
  type Grid,
} from '../../src/sheet/grid';

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
}

const kunci = (b: number, k: number) => `${b},${k}`;

/** A cell that holds something: a value, a formula, a format or a look. */
export function berisi(s: IsiSel): boolean {
  return (s.nilai !== null && s.nilai !== '') || !!s.rumus || !!s.format || !!s.gaya;
}
let nomorAturan = 0;

export class LembarPalsu {
  sel = new Map<string, IsiSel>();
  gabungan: Gabungan[] = [];
  warna: AturanWarnaPalsu[] = [];
  terlindung = false;
  difilter = false;
  /** Formatting written through range.format, per cell ("baris,kolom"). */
  gaya = new Map<string, Record<string, unknown>>();
  lebarKolom = new Map<number, number>();
  tinggiBaris = new Map<number, number>();
  /** Borders as "A1:G5 EdgeTop". */
  bingkai: string[] = [];
  grafik: { jenis: string; sumber: string; judul: string; letak?: string }[] = [];
  visibilitas = 'Visible';
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

  /** 1-based bounds of the used cells. */
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

/** The fake workbook, shared by every context of a test. */
export class BukuPalsu {
  lembar: LembarPalsu[] = [];
  aktif = 0;
  settings = new Map<string, string>();
  /** Values of formula cells, when a test plugs in a formula engine. */
  hitungRumus?: (lembar: LembarPalsu, baris: number, kolom: number, rumus: string) => NilaiSelExcel;

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

  /**
   * The workbook's content as text, to compare before and after; a cell
   * that holds nothing counts as absent. `tanpa` leaves sheets out.
   */
  salinan(tanpa: string[] = []): string {
    const isi = (l: LembarPalsu) => [...l.sel.entries()].filter(([, s]) => berisi(s)).sort();
    // Conditional formats compare by their rules; Excel gives each new rule a new id.
    const warna = (l: LembarPalsu) =>
      l.warna.map(({ alamat, rumus, warna }) => [alamat, rumus, warna]);
    return JSON.stringify(
      this.lembar
        .filter((l) => !tanpa.includes(l.nama))
        .map((l) => [l.nama, isi(l), l.gabungan, warna(l)]),
    );
  }

  cari(nama: string): LembarPalsu {
    const l = this.lembar.find((x) => x.nama === nama);
    if (!l)
      throw Object.assign(new Error(`The requested resource doesn't exist: ${nama}`), {
        code: 'ItemNotFound',
      });
    return l;
  }
}

class GalatBelumDimuat extends Error {
  code = 'PropertyNotLoaded';
}

type Operasi = { ukuran: number; jalankan: () => void };

/** One request context: like Excel.run's context. */
export class KonteksPalsu implements KonteksExcel {
  jumlahSync = 0;
  /** Bytes of each request sent with sync(). */
  ukuranPermintaan: number[] = [];
  jumlahSuspensi = 0;
  /** Fail this sync (1-based) after applying half of its writes. */
  gagalPadaSync?: number;
  private antrean: Operasi[] = [];
  private muatan: (() => void)[] = [];

  constructor(readonly buku: BukuPalsu) {}

  antre(ukuran: number, jalankan: () => void): void {
    this.antrean.push({ ukuran, jalankan });
  }

  muat(f: () => void): void {
    this.muatan.push(f);
  }

  async sync(): Promise<void> {
    this.jumlahSync++;
    const antrean = this.antrean;
    const muatan = this.muatan;
    this.antrean = [];
    this.muatan = [];
    this.ukuranPermintaan.push(antrean.reduce((a, o) => a + o.ukuran, 0) + muatan.length * 64);
    if (this.gagalPadaSync === this.jumlahSync) {
      antrean.slice(0, Math.floor(antrean.length / 2)).forEach((o) => o.jalankan());
      throw Object.assign(new Error('The request failed (simulated).'), {
        code: 'GeneralException',
      });
    }
    antrean.forEach((o) => o.jalankan());
    muatan.forEach((f) => f());
  }

  workbook = {
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
      this.dimuat = true;
      this._kosong = !this.ctx.buku.settings.has(this.k);
      this._nilai = this.ctx.buku.settings.get(this.k);
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
      this._items = this.ctx.buku.lembar.map(
        (l) => new LembarPalsuProxy(this.ctx, () => l, true, undefined, visibilitas),
      );
    });
  }
  get items(): LembarExcel[] {
    if (!this._items) throw new GalatBelumDimuat('items');
    return this._items;
  }
  getActiveWorksheet(): LembarExcel {
    return new LembarPalsuProxy(this.ctx, () => this.ctx.buku.lembar[this.ctx.buku.aktif]);
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
      const n = nama ?? `Sheet${this.ctx.buku.lembar.length + 1}`;
      if (this.ctx.buku.lembar.some((l) => l.nama.toLowerCase() === n.toLowerCase()))
        throw Object.assign(new Error('The name is already taken.'), { code: 'ItemAlreadyExists' });
      baru = this.ctx.buku.tambah(n);
    });
    return new LembarPalsuProxy(this.ctx, () => baru!);
  }
}

class LembarPalsuProxy implements LembarExcel {
  private dimuat = new Set<string>();
  private ada = true;
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
  load(properti: string | string[]): LembarExcel {
    this.ctx.muat(() => {
      if (String(properti).includes('visibility')) this.dimuat.add('visibility');
      this.dimuat.add('name');
      this.ada = this.periksaAda ? this.periksaAda() : true;
    });
    return this;
  }
  protection = (() => {
    let dimuat = false;
    let nilai = false;
    const self = this;
    return {
      load: () => self.ctx.muat(() => ((dimuat = true), (nilai = self.lembar().terlindung))),
      get protected(): boolean {
        if (!dimuat) throw new GalatBelumDimuat('protected');
        return nilai;
      },
    };
  })();
  autoFilter = (() => {
    let dimuat = false;
    let nilai = false;
    const self = this;
    return {
      load: () => self.ctx.muat(() => ((dimuat = true), (nilai = self.lembar().difilter))),
      get enabled(): boolean {
        if (!dimuat) throw new GalatBelumDimuat('enabled');
        return nilai;
      },
      get isDataFiltered(): boolean {
        if (!dimuat) throw new GalatBelumDimuat('isDataFiltered');
        return nilai;
      },
    };
  })();
  getUsedRangeOrNullObject(): RentangExcel {
    return new RentangPalsu(this.ctx, this.lembar, () => {
      const b = this.lembar().batas();
      return b ? { baris: b.b1, kolom: b.k1, jb: b.b2 - b.b1 + 1, jk: b.k2 - b.k1 + 1 } : undefined;
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

class RentangPalsu implements RentangExcel {
  private dimuat = new Set<string>();
  private isi: Record<string, unknown> = {};
  private letakDimuat?: Letak;

  constructor(
    private ctx: KonteksPalsu,
    private lembar: () => LembarPalsu,
    private letak: () => Letak | undefined,
  ) {}

  private baca<T>(p: string): T {
    if (!this.dimuat.has(p)) throw new GalatBelumDimuat(p);
    return this.isi[p] as T;
  }

  load(properti: string | string[]): RentangExcel {
    const daftar = Array.isArray(properti) ? properti : properti.split(',').map((s) => s.trim());
    this.ctx.muat(() => {
      const l = this.letak();
      this.letakDimuat = l;
      const ws = this.lembar();
      this.isi.isNullObject = l === undefined;
      this.dimuat.add('isNullObject');
      for (const p of daftar) {
        this.dimuat.add(p);
        if (!l) continue;
        const grid = <T>(f: (s: IsiSel | undefined, b: number, k: number) => T): T[][] =>
          Array.from({ length: l.jb }, (_, i) =>
            Array.from({ length: l.jk }, (_, j) =>
              f(ws.ambil(l.baris + i, l.kolom + j), l.baris + i, l.kolom + j),
            ),
          );
        if (p === 'values') {
          this.isi.values = grid((s, b, k) => {
            if (!s) return '';
            if (s.rumus)
              return this.ctx.buku.hitungRumus
                ? this.ctx.buku.hitungRumus(ws, b, k, s.rumus)
                : (s.nilai ?? '');
            return s.nilai ?? '';
          });
        } else if (p === 'formulas') this.isi.formulas = grid((s) => s?.rumus ?? s?.nilai ?? '');
        else if (p === 'numberFormat') this.isi.numberFormat = grid((s) => s?.format ?? 'General');
        else if (p === 'address')
          this.isi.address = `${ws.nama}!${alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1)}`;
        else if (p === 'rowIndex') this.isi.rowIndex = l.baris - 1;
        else if (p === 'columnIndex') this.isi.columnIndex = l.kolom - 1;
        else if (p === 'rowCount') this.isi.rowCount = l.jb;
        else if (p === 'columnCount') this.isi.columnCount = l.jk;
      }
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
  get numberFormat(): (string | null)[][] {
    return this.baca('numberFormat');
  }

  private tulis2d<T>(data: T[][], f: (ws: LembarPalsu, b: number, k: number, v: T) => void): void {
    const l = this.letak();
    if (!l) return;
    if (data.length !== l.jb || data.some((r) => r.length !== l.jk)) {
      throw Object.assign(
        new Error(
          'The number of rows or columns in the input array does not match the size of the range.',
        ),
        { code: 'InvalidArgument' },
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

  getMergedAreasOrNullObject(): AreaRentangExcel {
    const self = this;
    let dimuat = false;
    let alamat = '';
    let kosong = true;
    const area: AreaRentangExcel = {
      load() {
        self.ctx.muat(() => {
          dimuat = true;
          const l = self.letak();
          const ws = self.lembar();
          const di = l
            ? ws.gabungan.filter(
                (g) =>
                  g.baris1 >= l.baris &&
                  g.kolom1 >= l.kolom &&
                  g.baris1 < l.baris + l.jb &&
                  g.kolom1 < l.kolom + l.jk,
              )
            : [];
          kosong = di.length === 0;
          alamat = di
            .map((g) => `${ws.nama}!${alamatRentang(g.baris1, g.kolom1, g.baris2, g.kolom2)}`)
            .join(',');
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
      const l = this.letak()!;
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
      const l = this.letak()!;
      const ws = this.lembar();
      ws.gabungan = ws.gabungan.filter(
        (g) =>
          !(
            g.baris1 >= l.baris &&
            g.kolom1 >= l.kolom &&
            g.baris2 < l.baris + l.jb &&
            g.kolom2 < l.kolom + l.jk
          ),
      );
    });
  }

  copyFrom(sumber: string): void {
    const g = uraiRentang(sumber.replace(/^.*!/, ''))!;
    const a = { baris: g.baris1, kolom: g.kolom1 };
    const namaLembar = /^'?(.*?)'?!/.exec(sumber)?.[1]?.replace(/''/g, "'");
    const asal = {
      lembar: namaLembar ? () => this.ctx.buku.cari(namaLembar) : this.lembar,
    };
    this.ctx.antre(32, () => {
      const l = this.letak()!;
      const ws = this.lembar();
      for (let i = 0; i < l.jb; i++) {
        for (let j = 0; j < l.jk; j++) {
          const dari = asal.lembar().ambil(a.baris + i, a.kolom + j);
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
    const l = this.letak()!;
    return alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1);
  }

  /** Queue a formatting write on every cell of the range. */
  private atur(nama: string, nilai: unknown): void {
    this.ctx.antre(24, () => {
      const l = this.letak()!;
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
    const l = this.letakDimuat ?? this.letak()!;
    return `${hurufKolom(l.kolom)}${l.baris}`;
  }

  conditionalFormats = {
    add: (): FormatBersyaratExcel => {
      const aturan: AturanWarnaPalsu = { alamat: '', rumus: '', warna: '' };
      const l = this.letak()!;
      aturan.alamat = alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1);
      this.ctx.antre(64, () => {
        aturan.id = `cf${++nomorAturan}`;
        this.lembar().warna.push(aturan);
      });
      let dimuat = false;
      const ctx = this.ctx;
      return {
        get id() {
          if (!dimuat) throw new GalatBelumDimuat('id');
          return aturan.id!;
        },
        load() {
          ctx.muat(() => (dimuat = true));
          return this;
        },
        delete: () =>
          this.ctx.antre(
            16,
            () => (this.lembar().warna = this.lembar().warna.filter((w) => w !== aturan)),
          ),
        custom: {
          rule: {
            set formula(f: string) {
              aturan.rumus = f;
            },
            get formula() {
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
        },
      };
    },
    getItem: (id: string) => ({
      delete: () =>
        this.ctx.antre(
          16,
          () => (this.lembar().warna = this.lembar().warna.filter((w) => w.id !== id)),
        ),
    }),
    clearAll: () => {
      const l = this.letak()!;
      const alamat = alamatRentang(l.baris, l.kolom, l.baris + l.jb - 1, l.kolom + l.jk - 1);
      this.ctx.antre(16, () => {
        const ws = this.lembar();
        ws.warna = ws.warna.filter((w) => w.alamat !== alamat);
      });
    },
  };
}
