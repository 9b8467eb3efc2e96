import type { BlokEdit, RencanaEdit } from '../engine/rencana';
import { alamat, uraiRentang } from '../sheet/grid';
import { BlokVmlKurang, gabungCatatan, KOMENTAR_KOSONG, vmlKosong } from './tambal-catatan';
import { tambalLembarAlir, tambalLembarBita, type GayaSel } from './tambal-lembar';
import { namaBebas, Paket, type BagianTerbaca } from './paket';
import { atribut, aturAtribut, lepasXml, xmlTeks } from './xml';
import {
  akhirNamaTag,
  anakBernama,
  GalatXml,
  lokal,
  PemindaiXml,
  struktur,
  type Elemen,
  uraiAtribut,
  type Struktur,
} from './xml-token';
import { TakDidukung, type Pemampat } from './zip';

/**
 * The quick, faithful xlsx writer of the command line and the standalone
 * page: the plan is written into the user's own file by patching the XML of
 * the sheets it touches and the cell formats; every other part of the
 * package (charts, pictures, pivot tables, macros, custom XML, whatever
 * ExcelJS would drop) is copied byte for byte. A file it does not fully
 * understand is left to the ExcelJS writer, with the reason.
 */

/**
 * The cells a plan writes on one sheet, asked about by address ("E5")
 * without a set of every address (a sheet of 200 000 rows writes many).
 */
export class SelDitulis {
  constructor(private readonly blok: BlokEdit[]) {}

  has(ref: string): boolean {
    const r = uraiRentang(ref);
    // Only a cell address as written ("E5"), as a set of the addresses would hold it.
    if (!r || ref !== alamat(r.baris1, r.kolom1)) return false;
    return this.blok.some((b) => !!b.sel[r.baris1 - b.baris]?.[r.kolom1 - b.kolom]);
  }

  *[Symbol.iterator](): Generator<string> {
    for (const b of this.blok)
      for (let i = 0; i < b.sel.length; i++)
        for (let j = 0; j < b.sel[i].length; j++)
          if (b.sel[i][j]) yield alamat(b.baris + i, b.kolom + j);
  }
}

/** The patched file, with the cells ("Sheet!E5") whose user note was kept though Capaian filled them. */
export type HasilTambal = { data: Uint8Array; catatanDipertahankan: string[] } | { alasan: string };

/** `asli` with the plan written in, or why this writer leaves the file to ExcelJS. */
export async function tambalBuku(
  asli: Uint8Array,
  rencana: RencanaEdit,
  pemampat: Pemampat,
  /** Parts of `asli` a reader has inflated already (see {@link BagianTerbaca}). */
  terbaca?: BagianTerbaca,
): Promise<HasilTambal> {
  try {
    return await tambal(asli, rencana, pemampat, terbaca);
  } catch (e) {
    if (e instanceof TakDidukung) return { alasan: e.message };
    // A part that is not well-formed XML: ExcelJS decides whether the file can be read at all.
    if (e instanceof GalatXml) return { alasan: `XML tidak terbaca: ${e.message}` };
    throw e;
  }
}

// Number formats every Excel knows by id, without a <numFmt> entry.
const FORMAT_BAWAAN = new Map<string, number>([
  ['General', 0], ['0', 1], ['0.00', 2], ['#,##0', 3], ['#,##0.00', 4], ['0%', 9], ['0.00%', 10], ['@', 49],
]); // prettier-ignore

/** The cell formats of styles.xml, grown by what the plan needs. */
class GayaXml implements GayaSel {
  private readonly st: Struktur;
  private readonly xf: string[];
  private readonly jumlahXfAwal: number;
  private readonly formatAda = new Map<string, number>();
  /** Number format ids the file defines itself. */
  private readonly idAda = new Set<number>();
  private readonly formatBaru: string[] = [];
  private idFormat = 163;
  private readonly dxfBaru: string[] = [];
  private readonly jumlahDxfAwal: number;
  private readonly simpan = new Map<string, number>();
  /** Existing differential formats that only fill with one colour, by colour. */
  private readonly dxfAda = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.st = struktur(xml);
    if (this.st.p || lokal(this.st.akar.nama) !== 'styleSheet')
      throw new TakDidukung('styles.xml berawalan ruang nama');
    const xfs = this.cari('cellXfs');
    if (!xfs) throw new TakDidukung('styles.xml tanpa cellXfs');
    this.xf = anakBernama(xml, xfs, 'xf').map((x) => x.xml);
    this.jumlahXfAwal = this.xf.length;
    const numFmts = this.cari('numFmts');
    for (const { tag } of numFmts ? anakBernama(xml, numFmts, 'numFmt') : []) {
      const id = Number(atribut(tag, 'numFmtId'));
      this.formatAda.set(atribut(tag, 'formatCode') ?? '', id);
      this.idAda.add(id);
      this.idFormat = Math.max(this.idFormat, id);
    }
    const dxfs = this.cari('dxfs');
    const dxf = dxfs ? anakBernama(xml, dxfs, 'dxf').map((x) => x.xml) : [];
    this.jumlahDxfAwal = dxf.length;
    // A fill of ours from an earlier run is used again: the styles do not grow run after run.
    dxf.forEach((d, i) => {
      const m = ISIAN_SAJA.exec(d.replace(/>\s+</g, '><'));
      if (m && !this.dxfAda.has(m[1])) this.dxfAda.set(m[1], i);
    });
  }

  private cari(nama: string): Elemen | undefined {
    return this.st.bagian.find((b) => b.nama === nama)?.el;
  }

  get berubah(): boolean {
    return this.xf.length > this.jumlahXfAwal || this.dxfBaru.length > 0;
  }

  denganFormat(s: number, format: string): number {
    const kunci = `${s}|${format}`;
    const ada = this.simpan.get(kunci);
    if (ada !== undefined) return ada;
    if (s >= this.xf.length) throw new TakDidukung(`format sel ${s} tidak ada`);
    // A built-in id, unless the file gave that id a format of its own.
    const bawaan = FORMAT_BAWAAN.get(format);
    let id = bawaan !== undefined && !this.idAda.has(bawaan) ? bawaan : this.formatAda.get(format);
    if (id === undefined) {
      id = ++this.idFormat;
      this.formatAda.set(format, id);
      this.formatBaru.push(`<numFmt numFmtId="${id}" formatCode="${xmlTeks(format)}"/>`);
    }
    const xf = this.xf[s];
    const akhirTag = new PemindaiXml(xf);
    akhirTag.berikut();
    const tag = aturAtribut(xf.slice(0, akhirTag.akhir), 'numFmtId', String(id));
    const baru = aturAtribut(tag, 'applyNumberFormat', '1') + xf.slice(akhirTag.akhir);
    // A look made on an earlier run is used again: the styles do not grow run after run.
    const sama = xf === baru ? s : this.xf.indexOf(baru);
    const hasil = sama >= 0 ? sama : this.xf.push(baru) - 1;
    this.simpan.set(kunci, hasil);
    return hasil;
  }

  isian(argb: string): number {
    const kunci = `dxf|${argb}`;
    const ada = this.simpan.get(kunci) ?? this.dxfAda.get(argb);
    if (ada !== undefined) return ada;
    this.dxfBaru.push(
      `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`,
    );
    const hasil = this.jumlahDxfAwal + this.dxfBaru.length - 1;
    this.simpan.set(kunci, hasil);
    return hasil;
  }

  /** The element `nama` with `isi` as its content and its count set (or a new one). */
  private elemenBaru(el: Elemen | undefined, nama: string, isi: string, jumlah: number): string {
    const tag = el && !el.kosong ? this.xml.slice(el.awal, el.akhirBuka) : `<${nama}>`;
    return `${aturAtribut(tag, 'count', String(jumlah))}${isi}</${nama}>`;
  }

  private isiLama(el: Elemen | undefined): string {
    return el && !el.kosong ? this.xml.slice(el.akhirBuka, el.awalTutup) : '';
  }

  hasil(): string {
    const ganti: { awal: number; akhir: number; teks: string }[] = [];
    const xfs = this.cari('cellXfs')!;
    ganti.push({
      awal: xfs.awal,
      akhir: xfs.akhir,
      teks: this.elemenBaru(xfs, 'cellXfs', this.xf.join(''), this.xf.length),
    });
    if (this.formatBaru.length) {
      const el = this.cari('numFmts');
      const jumlah = (el ? anakBernama(this.xml, el, 'numFmt').length : 0) + this.formatBaru.length;
      const teks = this.elemenBaru(
        el,
        'numFmts',
        this.isiLama(el) + this.formatBaru.join(''),
        jumlah,
      );
      // numFmts is the first child of the style sheet.
      const awal = el ? el.awal : this.st.akar.akhirBuka;
      ganti.push({ awal, akhir: el ? el.akhir : awal, teks });
    }
    if (this.dxfBaru.length) {
      const el = this.cari('dxfs');
      const teks = this.elemenBaru(
        el,
        'dxfs',
        this.isiLama(el) + this.dxfBaru.join(''),
        this.jumlahDxfAwal + this.dxfBaru.length,
      );
      const sebelum = this.cari('cellStyles') ?? xfs;
      const awal = el ? el.awal : sebelum.akhir;
      ganti.push({ awal, akhir: el ? el.akhir : awal, teks });
    }
    ganti.sort((a, b) => a.awal - b.awal);
    let hasil = '';
    let p = 0;
    for (const g of ganti) {
      hasil += this.xml.slice(p, g.awal) + g.teks;
      p = g.akhir;
    }
    return hasil + this.xml.slice(p);
  }
}

/** A differential format that only fills with one colour (as Capaian writes them). */
const ISIAN_SAJA =
  /^<dxf><fill><patternFill(?: patternType="solid")?><bgColor rgb="([0-9A-Fa-f]{8})"\/><\/patternFill><\/fill><\/dxf>$/;

// Workbook parts after <calcPr>, in the order the schema requires.
const SETELAH_CALCPR = new Set([
  'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
]); // prettier-ignore

/** workbook.xml read exactly (a sheet may be named "a > b"). */
function strukturBuku(xml: string): Struktur {
  const st = struktur(xml);
  if (lokal(st.akar.nama) !== 'workbook') throw new TakDidukung('workbook.xml tidak dikenali');
  return st;
}

/** The sheets of workbook.xml: name and relationship id. */
function daftarLembar(xml: string): { nama: string; id: string }[] {
  const st = strukturBuku(xml);
  const sheets = st.bagian.find((b) => b.nama === 'sheets');
  if (!sheets) return [];
  return anakBernama(xml, sheets.el, `${st.p}sheet`).map(({ tag }) => {
    const id = uraiAtribut(tag, akhirNamaTag(tag, 1), tag.length).find((a) => /:id$/.test(a.nama));
    return { nama: atribut(tag, 'name') ?? '', id: id ? lepasXml(id.mentah) : '' };
  });
}

const JENIS_KOMENTAR = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const JENIS_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/**
 * The notes of one sheet: merged into its comments and VML parts, or new
 * parts when it has none. Returns the relationship id of a new VML drawing,
 * for the sheet's <legacyDrawing>.
 */
async function tulisCatatan(
  paket: Paket,
  jalurLembar: string,
  catatan: Map<string, string>,
  ditulis: SelDitulis,
  blokVmlBaru: () => Promise<number>,
  dipertahankan: string[],
): Promise<string | undefined> {
  const hub = await paket.hubungan(jalurLembar);
  const hKomentar = hub.find((h) => h.jenis.endsWith('/comments'));
  const hVml = hub.find((h) => h.jenis.endsWith('/vmlDrawing') && paket.ada(h.jalur));
  if (hKomentar && !hVml) throw new TakDidukung('catatan sel tanpa gambar VML');
  if (!hVml && catatan.size === 0) return undefined;
  const xmlKomentar = hKomentar ? await paket.teks(hKomentar.jalur) : KOMENTAR_KOSONG;
  const xmlVml = hVml ? await paket.teks(hVml.jalur) : vmlKosong(await blokVmlBaru());
  let hasil: ReturnType<typeof gabungCatatan>;
  try {
    hasil = gabungCatatan(xmlKomentar, xmlVml, catatan, ditulis);
  } catch (e) {
    if (!(e instanceof BlokVmlKurang)) throw e;
    // More notes than the drawing's blocks of 1 023 shapes hold: it takes free blocks.
    const tambahan: number[] = [];
    for (let n = 0; n < Math.ceil(e.perlu / 1023); n++) tambahan.push(await blokVmlBaru());
    hasil = gabungCatatan(xmlKomentar, xmlVml, catatan, ditulis, tambahan);
  }
  const { komentar, vml } = hasil;
  dipertahankan.push(...hasil.dipertahankan);
  // Excel 365 threads point at the notes by cell; changing those notes is left to ExcelJS.
  if (komentar !== xmlKomentar && hub.some((h) => h.jenis.endsWith('/threadedComment')))
    throw new TakDidukung('lembar berisi komentar berutas');
  if (hKomentar) {
    if (komentar !== xmlKomentar) paket.tulis(hKomentar.jalur, komentar);
  } else if (catatan.size) {
    const jalur = namaBebas((x) => paket.ada(x), 'xl/comments', '.xml');
    paket.tulis(jalur, komentar);
    await paket.hubungkan(jalurLembar, 'comments', jalur);
    await paket.ubahTipe((xml) =>
      xml.replace(
        '</Types>',
        () => `<Override PartName="/${jalur}" ContentType="${JENIS_KOMENTAR}"/></Types>`,
      ),
    );
  }
  if (hVml) {
    if (vml !== xmlVml) paket.tulis(hVml.jalur, vml);
    return undefined;
  }
  const jalur = namaBebas((x) => paket.ada(x), 'xl/drawings/vmlDrawing', '.vml');
  paket.tulis(jalur, vml);
  await paket.ubahTipe((xml) =>
    /<Default\b[^>]*Extension="vml"/i.test(xml)
      ? xml
      : xml.replace(
          '</Types>',
          () => `<Default Extension="vml" ContentType="${JENIS_VML}"/></Types>`,
        ),
  );
  return paket.hubungkan(jalurLembar, 'vmlDrawing', jalur);
}

/**
 * An Excel table (ListObject) names its columns after its header cells and
 * may hold a totals row; cells in those rows, and merges anywhere in the
 * table, would not match the table's own definition. Writing in its data
 * rows or beside it is fine.
 */
async function periksaTabelExcel(
  paket: Paket,
  jalurLembar: string,
  ditulis: SelDitulis,
  gabung: RencanaEdit['gabung'],
): Promise<void> {
  for (const h of (await paket.hubungan(jalurLembar)).filter((x) => x.jenis.endsWith('/table'))) {
    const tag = /<table\b[^>]*>/.exec(await paket.teks(h.jalur))?.[0] ?? '';
    const r = uraiRentang(atribut(tag, 'ref') ?? '');
    if (!r) throw new TakDidukung('tabel Excel tanpa rentang');
    const bingkai = new Set<number>();
    if (atribut(tag, 'headerRowCount') !== '0') bingkai.add(r.baris1);
    if (Number(atribut(tag, 'totalsRowCount') ?? 0) > 0) bingkai.add(r.baris2);
    for (const a of ditulis) {
      const x = uraiRentang(a)!;
      if (x.kolom1 >= r.kolom1 && x.kolom1 <= r.kolom2 && bingkai.has(x.baris1))
        throw new TakDidukung('menimpa kepala atau baris jumlah tabel Excel');
    }
    for (const g of gabung)
      if (
        g.kolom >= r.kolom1 &&
        g.kolom <= r.kolom2 &&
        g.baris1 <= r.baris2 &&
        g.baris2 >= r.baris1
      )
        throw new TakDidukung('menggabung sel di dalam tabel Excel');
  }
}

/** Excel recomputes every formula on opening; its calculation chain is rebuilt, so it goes. */
async function hitungUlangSaatDibuka(paket: Paket, jalurBuku: string): Promise<void> {
  const xml = await paket.teks(jalurBuku);
  const st = strukturBuku(xml);
  const calcPr = st.bagian.find((b) => b.nama === 'calcPr')?.el;
  const sesudah = st.bagian.find((b) => SETELAH_CALCPR.has(b.nama))?.el;
  let baru: string;
  if (calcPr) {
    const tag = xml.slice(calcPr.awal, calcPr.akhirBuka);
    baru =
      xml.slice(0, calcPr.awal) +
      aturAtribut(tag, 'fullCalcOnLoad', '1') +
      xml.slice(calcPr.akhirBuka);
  } else {
    const di = sesudah ? sesudah.awal : st.akar.awalTutup;
    baru = `${xml.slice(0, di)}<${st.p}calcPr fullCalcOnLoad="1"/>${xml.slice(di)}`;
  }
  paket.tulis(jalurBuku, baru);
  for (const h of (await paket.hubungan(jalurBuku)).filter((x) => x.jenis.endsWith('/calcChain'))) {
    paket.buang(h.jalur);
    await paket.lepasHubungan(jalurBuku, h);
    const part = `PartName="/${h.jalur}"`;
    await paket.ubahTipe((x) =>
      x.replace(/<Override\b[^>]*>/g, (tag) => (tag.includes(part) ? '' : tag)),
    );
  }
}

async function tambal(
  asli: Uint8Array,
  rencana: RencanaEdit,
  pemampat: Pemampat,
  terbaca: BagianTerbaca | undefined,
): Promise<{ data: Uint8Array; catatanDipertahankan: string[] }> {
  const paket = new Paket(asli, pemampat, terbaca);
  const akar = await paket.hubungan('');
  // A signature covers the parts as they were; saving anew (ExcelJS) drops it, as Excel does.
  if (akar.some((h) => h.jenis.endsWith('/digital-signature/origin')))
    throw new TakDidukung('buku kerja bertanda tangan digital');
  const jalurBuku = akar.find((h) => h.jenis.endsWith('/officeDocument'))?.jalur;
  if (!jalurBuku) throw new TakDidukung('buku kerja tidak ditemukan di paket');
  const hubBuku = await paket.hubungan(jalurBuku);
  const jalurLembar = new Map<string, string>();
  for (const { nama, id } of daftarLembar(await paket.teks(jalurBuku))) {
    const h = hubBuku.find((x) => x.id === id);
    if (h) jalurLembar.set(nama, h.jalur);
  }
  const jalurGaya = hubBuku.find((h) => h.jenis.endsWith('/styles'))?.jalur;
  if (!jalurGaya) throw new TakDidukung('buku kerja tanpa styles.xml');
  const gaya = new GayaXml(await paket.teks(jalurGaya));

  // VML shape ids come in blocks of 1024 per drawing; a new drawing (or one whose blocks are
  // full) takes the blocks after the package's own, which are looked up only when first needed:
  // the blocks the drawings declare, and those their shapes' ids fall in (some writers number
  // past their one block).
  let blokVml: number | undefined;
  const blokVmlBaru = async () => {
    if (blokVml === undefined) {
      blokVml = 0;
      for (const jalur of jalurLembar.values())
        for (const h of await paket.hubungan(jalur))
          if (h.jenis.endsWith('/vmlDrawing') && paket.ada(h.jalur)) {
            const vml = await paket.teks(h.jalur);
            for (const m of vml.matchAll(/<o:idmap\b[^>]*\sdata="([\d,]+)"/g))
              for (const n of m[1].split(',')) blokVml = Math.max(blokVml, Number(n));
            for (const m of vml.matchAll(/_x0000_s(\d+)/g))
              blokVml = Math.max(blokVml, Math.floor(Number(m[1]) / 1024));
          }
    }
    return ++blokVml;
  };

  const catatanDipertahankan: string[] = [];
  const namaLembar = new Set(
    [...rencana.blok, ...rencana.gabung, ...rencana.warna].map((x) => x.sheet),
  );
  for (const nama of namaLembar) {
    const jalur = jalurLembar.get(nama);
    if (!jalur) throw new TakDidukung(`lembar "${nama}" tidak ada`);
    const blok = rencana.blok.filter((b) => b.sheet === nama);
    const catatan = new Map<string, string>();
    for (const b of blok)
      for (let i = 0; i < b.sel.length; i++)
        for (let j = 0; j < b.sel[i].length; j++) {
          const s = b.sel[i][j];
          if (s?.catatan) catatan.set(alamat(b.baris + i, b.kolom + j), s.catatan);
        }
    const ditulis = new SelDitulis(blok);
    const gabung = rencana.gabung.filter((g) => g.sheet === nama);
    await periksaTabelExcel(paket, jalur, ditulis, gabung);
    // Capaian's own notes on written cells are replaced; every note of the user's stays.
    const dipertahankan: string[] = [];
    const rid = await tulisCatatan(paket, jalur, catatan, ditulis, blokVmlBaru, dipertahankan);
    catatanDipertahankan.push(...dipertahankan.map((a) => `${nama}!${a}`));
    const sumber = await paket.sumber(jalur);
    const warna = rencana.warna.filter((w) => w.sheet === nama);
    // Deflated as it is written where the platform streams its deflate.
    if (paket.bisaAlir)
      await paket.tulisAlir(jalur, (tulis) =>
        tambalLembarAlir(sumber, blok, gabung, warna, gaya, rid, tulis),
      );
    else paket.tulis(jalur, tambalLembarBita(sumber, blok, gabung, warna, gaya, rid));
  }
  if (gaya.berubah) paket.tulis(jalurGaya, gaya.hasil());
  if (rencana.blok.some((b) => b.sel.some((r) => r.some((s) => s?.rumus))))
    await hitungUlangSaatDibuka(paket, jalurBuku);
  return { data: await paket.zip(), catatanDipertahankan };
}
