import type { BarisTabel, Keyakinan, KolomTabel, Tingkat } from './model';
import type { PeranKolom } from './peran';
import { POLA_ROMAWI } from './pola';
import { labelTotal } from './tingkat';

/**
 * The budget hierarchy of a table's rows: urusan, organisasi (unit), program,
 * kegiatan, sub kegiatan, rekening (akun) lines, and totals. Read from, in
 * this order: kode rekening (in one column, or split over several: SIPD puts
 * urusan, unit, program / kegiatan / sub kegiatan and rekening in four),
 * separate Program | Kegiatan | Sub Kegiatan columns, row numbers ("I", "1",
 * "1.1"), the level word or capitals of the name, markers ("1.", "a.", "-").
 * A row's parent is the row whose kode its own kode extends (SIPD lists a
 * unit's programs long after the bidang urusan row they roll up into), else
 * the nearest row above at a shallower level.
 */

/** What the codes of a kode column name. */
type JenisKode = 'urusan' | 'organisasi' | 'program' | 'rekening';

const URUTAN: Tingkat[] = [
  'urusan',
  'organisasi',
  'program',
  'kegiatan',
  'sub-kegiatan',
  'rekening',
];

/** Depth of a level in the budget tree (totals and others sit outside it). */
export function kedalaman(t: Tingkat): number {
  return URUTAN.indexOf(t);
}

/** Number of parts of a code ("7.01.01.2.01" has 5), counted without splitting: once per DPA row. */
export function bagianKode(kode: string): number {
  let n = 1;
  for (let i = 0; i < kode.length; i++) if (kode.charCodeAt(i) === 46) n++;
  return n;
}

/** Segments of a row's full code: "kolom:kode" per kode column, left to right. */
function segmen(b: BarisTabel): string[] {
  return b.kodeLengkap ? b.kodeLengkap.split('|') : b.kode ? [`0:${b.kode}`] : [];
}

function kodeSegmen(s: string): string {
  return s.slice(s.indexOf(':') + 1);
}

/** The kind of each kode column: from its header words, else from its codes and its place. */
function jenisKolomKode(kolomKode: KolomTabel[], seg: string[][]): Map<string, JenisKode> {
  const hasil = new Map<string, JenisKode>();
  if (kolomKode.length <= 1) return hasil.set('0', 'program');
  const bagian = new Map<string, number[]>();
  for (const segBaris of seg) {
    for (const s of segBaris) {
      const kolom = s.slice(0, s.indexOf(':'));
      const daftar = bagian.get(kolom) ?? [];
      if (daftar.length < 500) daftar.push(bagianKode(kodeSegmen(s)));
      bagian.set(kolom, daftar);
    }
  }
  const calonProgram: string[] = [];
  for (const k of kolomKode) {
    const kunci = String(k.kolom);
    const judul = k.judul.toLowerCase();
    const n = bagian.get(kunci) ?? [];
    if (/rekening|akun/.test(judul)) hasil.set(kunci, 'rekening');
    else if (/urusan|bidang/.test(judul)) hasil.set(kunci, 'urusan');
    else if (/skpd|organisasi|unit|opd|perangkat daerah/.test(judul))
      hasil.set(kunci, 'organisasi');
    else if (/program|kegiatan/.test(judul)) hasil.set(kunci, 'program');
    else if (n.length > 0 && n.every((x) => x <= 2)) hasil.set(kunci, 'urusan');
    else if (n.length > 0 && n.filter((x) => x >= 7).length > n.length / 2)
      hasil.set(kunci, 'organisasi');
    else calonProgram.push(kunci);
  }
  // Two columns of program-like codes: the right one holds the rekening lines under the sub kegiatan.
  calonProgram.forEach((k, i) =>
    hasil.set(k, i > 0 && i === calonProgram.length - 1 ? 'rekening' : 'program'),
  );
  return hasil;
}

/** Levels of program codes by their number of parts (7.01.01 / 7.01.01.2.09 / 7.01.01.2.09.01). */
function peringkatProgram(seg: string[][], jenis: Map<string, JenisKode>): Map<number, Tingkat> {
  const panjang = new Set<number>();
  for (const segBaris of seg)
    for (const s of segBaris)
      if (jenis.get(s.slice(0, s.indexOf(':'))) === 'program')
        panjang.add(bagianKode(kodeSegmen(s)));
  const urut = [...panjang].sort((a, b) => a - b);
  const hasil = new Map<number, Tingkat>();
  const urutan: Tingkat[] = ['program', 'kegiatan', 'sub-kegiatan'];
  if (urut.length > 0 && Math.max(...urut) >= 5) {
    for (const n of urut)
      hasil.set(n, n <= 2 ? 'urusan' : n <= 3 ? 'program' : n <= 5 ? 'kegiatan' : 'sub-kegiatan');
  } else {
    urut.forEach((n, i) => hasil.set(n, urutan[Math.min(i, 2)]));
  }
  return hasil;
}

/** The level the deepest code of a row names. */
function tingkatKode(
  s: string[],
  jenis: Map<string, JenisKode>,
  peringkat: Map<number, Tingkat>,
): Tingkat | undefined {
  if (s.length === 0) return undefined;
  const akhir = s[s.length - 1];
  const j = jenis.get(akhir.slice(0, akhir.indexOf(':'))) ?? 'program';
  if (j !== 'program') return j === 'urusan' ? 'urusan' : j;
  return peringkat.get(bagianKode(kodeSegmen(akhir)));
}

/** The level a row's number names ("I" program, "1" kegiatan under Roman numerals, "1.1"). */
function tingkatNomor(no: string, adaRomawi: boolean, nomorBertitik: boolean): Tingkat | undefined {
  const urutan: Tingkat[] = ['program', 'kegiatan', 'sub-kegiatan'];
  if (POLA_ROMAWI.test(no) && adaRomawi) return 'program';
  if (adaRomawi && /^\d+\.?$/.test(no)) return 'kegiatan';
  if (nomorBertitik && /^\d+(\.\d+)*\.?$/.test(no))
    return urutan[Math.min(no.replace(/\.$/, '').split('.').length - 1, 2)];
  return undefined;
}

/** The level the name says: "Sub Kegiatan ...", "Kegiatan ...", "Program ..." or a name in capitals. */
function tingkatNama(u: string): Tingkat | undefined {
  if (/^sub\s*kegiatan\b/i.test(u)) return 'sub-kegiatan';
  if (/^kegiatan\b/i.test(u)) return 'kegiatan';
  if (/^prog(ram|\.)/i.test(u) || (/^[^a-z]{12,}$/.test(u) && /[A-Z]{4}/.test(u))) return 'program';
  return undefined;
}

/** The level of separate Program | Kegiatan | Sub Kegiatan columns: the deepest one filled. */
function tingkatKolom(b: BarisTabel, kolomPeran: Map<PeranKolom, KolomTabel[]>): Tingkat {
  const isi = (r: PeranKolom) => kolomPeran.has(r) && String(b.sel[r]?.mentah ?? '').trim() !== '';
  if (isi('subKegiatan')) {
    b.uraian = String(b.sel.subKegiatan?.mentah ?? b.uraian).trim();
    return 'sub-kegiatan';
  }
  return isi('kegiatan') ? 'kegiatan' : 'program';
}

const POLA_PENANDA = /^(\d+[.)]|[a-z][.)]|[-–•])\s+/;

export function tingkatAnggaran(
  baris: BarisTabel[],
  kolomPeran: Map<PeranKolom, KolomTabel[]>,
): Keyakinan {
  const kolomTerpisah = (['program', 'kegiatan', 'subKegiatan'] as PeranKolom[]).filter((r) =>
    kolomPeran.has(r),
  );
  // Each row's code segments, split once for every step below.
  const seg = baris.map(segmen);
  const jenis = jenisKolomKode(kolomPeran.get('kode') ?? [], seg);
  const peringkat = peringkatProgram(seg, jenis);
  const adaRomawi = baris.some((b) => b.no && POLA_ROMAWI.test(b.no));
  const nomorBertitik = baris.some((b) => b.no && /^\d+\.\d+$/.test(b.no));
  // Rows placed by a weak cue (capitals, a marker, nothing): arithmetic may overrule them.
  const lemah: boolean[] = [];
  const penanda: string[] = [];
  let tingkatTerakhir = kedalaman('program') - 1;
  baris.forEach((b, i) => {
    lemah.push(false);
    const jenisTotal = labelTotal(b) ?? (tanpaLabel(b) ? 'jumlah' : undefined);
    if (jenisTotal) {
      b.tingkat = 'total';
      b.jenisTotal = jenisTotal;
      if (!labelTotal(b)) b.tanpaLabel = true;
      return;
    }
    let t =
      tingkatKode(seg[i], jenis, peringkat) ??
      (kolomTerpisah.length > 1 ? tingkatKolom(b, kolomPeran) : undefined) ??
      (b.no ? tingkatNomor(b.no, adaRomawi, nomorBertitik) : undefined) ??
      tingkatNama(b.uraian);
    let dariPenanda = false;
    const m = t ? null : b.uraian.match(POLA_PENANDA);
    if (m) {
      // One level below the last row placed by code, number or name, one more per new marker kind.
      const jenisPenanda = /^\d/.test(m[1]) ? 'angka' : /^[a-z]/.test(m[1]) ? 'huruf' : 'strip';
      if (!penanda.includes(jenisPenanda)) penanda.push(jenisPenanda);
      dariPenanda = true;
      const d = Math.min(
        tingkatTerakhir + 1 + penanda.indexOf(jenisPenanda),
        kedalaman('sub-kegiatan'),
      );
      t = URUTAN[Math.max(d, kedalaman('program'))];
      b.uraian = b.uraian.slice(m[0].length).trim();
    }
    if (t && !dariPenanda) {
      penanda.length = 0;
      tingkatTerakhir = kedalaman(t);
    }
    lemah[lemah.length - 1] = dariPenanda || !t || kapital(b.uraian);
    b.tingkat = t ?? 'kegiatan';
  });
  hubungkanInduk(baris);
  if (kolomTerpisah.length > 1) isiKeBawah(baris);
  return ujiHierarki(baris, lemah);
}

/**
 * Separate Program | Kegiatan | Sub Kegiatan columns name a program or kegiatan
 * once, on its first row (the cells below left blank, or merged down): the rows
 * under it belong to it until the next name or a total row.
 */
function isiKeBawah(baris: BarisTabel[]): void {
  let program: string | undefined;
  let kegiatan: string | undefined;
  for (const b of baris) {
    if (b.tingkat === 'total') {
      program = kegiatan = undefined;
      continue;
    }
    if (b.program && b.program !== program) {
      program = b.program;
      kegiatan = undefined;
    }
    if (b.kegiatan) kegiatan = b.kegiatan;
    b.program ??= program;
    if (b.tingkat !== 'program') b.kegiatan ??= kegiatan;
  }
}

/** A row with figures but no name, code or number: perhaps a total without its label. */
function tanpaLabel(b: BarisTabel): boolean {
  if (b.uraian !== '' || b.kode || b.no) return false;
  return nilaiSendiri(b, 'pagu') !== undefined || nilaiSendiri(b, 'realisasi') !== undefined;
}

function kapital(u: string): boolean {
  return !/^prog(ram|\.)/i.test(u) && /^[^a-z]{12,}$/.test(u) && /[A-Z]{4}/.test(u);
}

type Besaran = 'pagu' | 'realisasi';

/** The row's own stated pagu (or pagu murni) or realisasi. */
function nilaiSendiri(b: BarisTabel, besaran: Besaran): number | undefined {
  if (besaran === 'realisasi') return b.sel.realisasiAnggaran?.angka.nilai;
  return b.sel.pagu?.angka.nilai ?? b.sel.paguMurni?.angka.nilai;
}

function jumlahkan(nilai: (number | undefined)[]): number | undefined {
  let ada = false;
  let n = 0;
  for (const x of nilai) {
    if (x === undefined) continue;
    ada = true;
    n += x;
  }
  return ada ? n : undefined;
}

/**
 * Arithmetic over the hierarchy just read. Of the plausible readings, the one
 * under which stated parents equal the sums of their children wins: a parent
 * placed by a weak cue (a name in capitals, a marker) whose figures are not its
 * children's sum is no parent, and its children become its siblings. A row
 * without a label is a total only when it is the sum of the rows it closes.
 * Every total row learns which rows it sums. Returns how sure the hierarchy is.
 */
function ujiHierarki(baris: BarisTabel[], lemah: boolean[]): Keyakinan {
  const anak = daftarAnak(baris);
  const memo = {
    pagu: new Map<number, number | undefined>(),
    realisasi: new Map<number, number | undefined>(),
  };
  const efektif = (i: number, besaran: Besaran): number | undefined => {
    const m = memo[besaran];
    if (m.has(i)) return m.get(i);
    const v =
      nilaiSendiri(baris[i], besaran) ??
      jumlahkan((anak.get(i) ?? []).map((j) => efektif(j, besaran)));
    m.set(i, v);
    return v;
  };
  let induk = 0;
  let cocok = 0;
  for (const [i, daftar] of anak) {
    const sendiri = nilaiSendiri(baris[i], 'pagu');
    const jumlah = jumlahkan(daftar.map((j) => efektif(j, 'pagu')));
    if (sendiri === undefined || jumlah === undefined) continue;
    if (Math.abs(sendiri - jumlah) < 1) {
      induk++;
      cocok++;
    } else if (lemah[i] || daftar.every((j) => lemah[j])) {
      for (const j of daftar) {
        baris[j].induk = baris[i].induk;
        baris[j].tingkat = baris[i].tingkat;
      }
    } else induk++;
  }
  tetapkanTotal(baris, efektif);
  const tebakan: string[] = [];
  if (induk >= 2 && cocok < induk / 2)
    tebakan.push(
      `hanya ${cocok} dari ${induk} baris induk yang sama dengan jumlah rinciannya: susunan program, kegiatan dan sub kegiatan mungkin terbaca keliru`,
    );
  return { pasti: tebakan.length === 0, tebakan };
}

function daftarAnak(baris: BarisTabel[]): Map<number, number[]> {
  const anak = new Map<number, number[]>();
  baris.forEach((b, i) => {
    if (b.induk === undefined) return;
    const daftar = anak.get(b.induk);
    if (daftar) daftar.push(i);
    else anak.set(b.induk, [i]);
  });
  return anak;
}

/**
 * The rows each total sums: the top rows since the previous total (a unit's
 * TOTAL), else all top rows above, else the totals above (a grand total). A
 * labelled total keeps the first reading when none matches (periksa reports
 * it); a row without a label that matches none is a data row after all.
 */
function tetapkanTotal(
  baris: BarisTabel[],
  efektif: (i: number, besaran: Besaran) => number | undefined,
): void {
  let awal = 0;
  const atas: number[] = [];
  const totalSebelum: number[] = [];
  baris.forEach((b, i) => {
    if (b.tingkat !== 'total') {
      if (b.induk === undefined) atas.push(i);
      return;
    }
    const sejak = atas.filter((j) => j >= awal);
    const bacaan = [sejak, atas.slice(), totalSebelum.slice()].filter((d) => d.length > 0);
    const besaran: Besaran = nilaiSendiri(b, 'pagu') !== undefined ? 'pagu' : 'realisasi';
    const tertulis = nilaiSendiri(b, besaran);
    const cocok = bacaan.find(
      (d) =>
        tertulis !== undefined &&
        Math.abs((jumlahkan(d.map((j) => efektif(j, besaran))) ?? NaN) - tertulis) < 1,
    );
    if (b.tanpaLabel && !cocok) {
      delete b.tanpaLabel;
      delete b.jenisTotal;
      b.tingkat = 'kegiatan';
      atas.push(i);
      return;
    }
    b.jumlahDari = cocok ?? bacaan[0] ?? [];
    totalSebelum.push(i);
    awal = i + 1;
  });
}

/**
 * The row whose code is the longest proper prefix of a row's code that is another row's code,
 * cut at a "." ("7.01.01.2" of "7.01.01.2.09"). A multi-column code (its "kolom:kode" segments
 * joined by "|") is also cut between segments. Each cut makes one string, no lists.
 */
function indukKode(
  kode: string,
  perKunci: Map<string, number>,
  antarSegmen: boolean,
): number | undefined {
  for (let i = kode.length - 1; i > 0; i--) {
    const c = kode.charCodeAt(i);
    if (c !== 46 && !(antarSegmen && c === 124)) continue;
    const induk = perKunci.get(kode.slice(0, i));
    if (induk !== undefined) return induk;
  }
  return undefined;
}

/** Parents by code where rows have codes, else the nearest row above at a shallower level. */
function hubungkanInduk(baris: BarisTabel[]): void {
  const perKunci = new Map<string, number>();
  const tumpukan: number[] = [];
  baris.forEach((b, i) => {
    if (b.tingkat === 'total') {
      tumpukan.length = 0;
      return;
    }
    while (
      tumpukan.length > 0 &&
      kedalaman(baris[tumpukan[tumpukan.length - 1]].tingkat) >= kedalaman(b.tingkat)
    )
      tumpukan.pop();
    const adaKode = !!b.kodeLengkap || b.kode !== undefined;
    let induk: number | undefined;
    if (b.kodeLengkap) {
      induk = indukKode(b.kodeLengkap, perKunci, true);
      perKunci.set(b.kodeLengkap, i);
    } else if (b.kode) {
      induk = indukKode(b.kode, perKunci, false);
      perKunci.set(b.kode, i);
    } else if (tumpukan.length > 0) induk = tumpukan[tumpukan.length - 1];
    // A code the row's own code extends is its parent; by position, only a shallower row is.
    if (induk !== undefined && (adaKode || kedalaman(baris[induk].tingkat) < kedalaman(b.tingkat)))
      b.induk = induk;
    tumpukan.push(i);
    warisiNama(b, b.induk !== undefined ? baris[b.induk] : undefined);
  });
}

/** A row carries the names of its program and kegiatan. */
function warisiNama(b: BarisTabel, induk: BarisTabel | undefined): void {
  if (induk?.tingkat === 'program' && !b.program) b.program = induk.uraian;
  if (induk && kedalaman(induk.tingkat) > kedalaman('program')) {
    if (induk.tingkat === 'kegiatan') b.kegiatan ??= induk.uraian;
    else b.kegiatan ??= induk.kegiatan;
    b.program ??= induk.program;
  }
  if (b.tingkat === 'program') b.program = b.uraian;
}
