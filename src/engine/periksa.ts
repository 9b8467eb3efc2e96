import { jumlahAda, rataRata } from '../domain/agregasi';
import { bacaAngka, formatMasukan, formatRingkas, type GayaAngka } from '../domain/angka';
import { hitungCapaian } from '../domain/capaian';
import type { Skala } from '../domain/kategori';
import { bulatkan } from '../domain/pembulatan';
import { kunciTeks } from '../domain/teks';
import { alamat, type Grid } from '../sheet/grid';
import { jenisBarisTotal } from '../sheet/kenali';
import { PERAN_DIBACA } from '../sheet/peran';
import type { BarisTabel, KolomTabel, SelTabel, Tabel } from '../sheet/model';
import type { HasilBaris, HasilTabel, Temuan } from './hasil';

/**
 * Periksa: the checks of the numbers already written in a workbook
 * (issue "Periksa", DOMAIN.md section 9). Each finding names its cell, what
 * is written, what it should be, and how that was obtained. The engine calls
 * the row checks while computing; {@link periksaBuku} runs the checks that
 * need whole tables or the whole workbook.
 */

/** Where findings go, and the scale in use. */
export interface Pencatat {
  temuan: Temuan[];
  skala: Skala;
}

function angka(s: SelTabel | undefined): number | undefined {
  return s?.angka.nilai;
}

/** Compares a stated number with the computed one; differences beyond rounding become findings. */
export function bandingkan(
  k: Pencatat,
  tabel: Tabel,
  s: SelTabel | undefined,
  dihitung: number | undefined,
  kode: string,
  nama: string,
  /** How the figure is computed; a function when the words are made only for a finding. */
  penjelasan: string | (() => string),
): number | undefined {
  const tertulis = s?.angka.nilai;
  if (!s || tertulis === undefined || dihitung === undefined) return tertulis;
  const selisih = Math.abs(tertulis - dihitung);
  if (selisih < 0.005 + 1e-9) return tertulis;
  // Truncated or rounded to one or two decimals: a display choice, not a mistake.
  const pembulatan = [1, 2].some(
    (d) =>
      Math.abs(tertulis - bulatkan(dihitung, d, 'potong')) < 1e-9 ||
      Math.abs(tertulis - bulatkan(dihitung, d)) < 1e-9,
  );
  const tingkat: Temuan['tingkat'] = pembulatan ? 'info' : selisih < 0.1 ? 'warning' : 'error';
  const cara = typeof penjelasan === 'function' ? penjelasan() : penjelasan;
  k.temuan.push({
    sheet: tabel.sheet,
    sel: alamat(s.baris, s.kolom),
    kode,
    tingkat,
    tertulis,
    seharusnya: dihitung,
    pesan:
      tingkat === 'info'
        ? `${nama} tertulis ${formatMasukan(tertulis)}, hasil hitung ${formatRingkas(dihitung)}: selisih karena pembulatan (${cara})`
        : `${nama} tertulis ${formatMasukan(tertulis)}, seharusnya ${formatRingkas(dihitung)} (${cara})`,
  });
  return tertulis;
}

export function catatKategori(
  k: Pencatat,
  tabel: Tabel,
  s: SelTabel | undefined,
  dihitung: string | undefined,
  capaian: number | undefined,
): string | undefined {
  if (!s) return undefined;
  const tertulis = typeof s.mentah === 'string' ? s.mentah.trim() : undefined;
  if (!tertulis || !dihitung || capaian === undefined) return tertulis;
  if (
    kunciTeks(tertulis) !== kunciTeks(dihitung) &&
    !kunciTeks(dihitung).includes(kunciTeks(tertulis))
  ) {
    k.temuan.push({
      sheet: tabel.sheet,
      sel: alamat(s.baris, s.kolom),
      kode: 'kategori-berbeda',
      tingkat: 'error',
      tertulis,
      seharusnya: dihitung,
      pesan: `kategori tertulis "${tertulis}", seharusnya "${dihitung}" untuk capaian ${formatRingkas(capaian)} pada skala ${k.skala.nama}`,
    });
  }
  return tertulis;
}

/**
 * A realisasi written with its last digits cut off ("1,540,00" in a column
 * grouped with commas, where pagu - sisa gives 1.540.000) is read through
 * the sisa column when that settles it; either way the cell is reported.
 */
export function realisasiTerbaca(
  b: BarisTabel,
  pagu: number | undefined,
  tabel: Tabel,
  k: Pencatat,
): number | undefined {
  const sel = b.sel.realisasiAnggaran;
  const nilai = angka(sel);
  if (!sel || nilai === undefined || !sel.angka.campuran) return nilai;
  const digit = String(sel.mentah).replace(/\D/g, '').replace(/0+$/, '');
  const sisa = angka(b.sel.sisa);
  const dariSisa = pagu !== undefined && sisa !== undefined ? pagu - sisa : undefined;
  const cocok =
    dariSisa !== undefined &&
    dariSisa > nilai &&
    String(Math.round(dariSisa)).replace(/0+$/, '').startsWith(digit);
  k.temuan.push({
    sheet: tabel.sheet,
    sel: alamat(sel.baris, sel.kolom),
    kode: cocok ? 'angka-terpotong' : 'format-campuran',
    tingkat: 'warning',
    tertulis: String(sel.mentah),
    seharusnya: cocok ? dariSisa : nilai,
    pesan: cocok
      ? `realisasi tertulis "${String(sel.mentah)}" tampaknya kehilangan angka terakhir; dibaca ${formatRingkas(dariSisa as number)} (pagu - sisa anggaran)`
      : `realisasi tertulis "${String(sel.mentah)}" mencampur pemisah ribuan dan desimal; dibaca ${formatRingkas(nilai)}, periksa kembali`,
  });
  return cocok ? dariSisa : nilai;
}

/** A stated amount that is not the sum of the rows it sums. */
function bandingkanJumlah(
  k: Pencatat,
  tabel: Tabel,
  sel: SelTabel | undefined,
  nilai: (number | undefined)[],
  kode: string,
  pesan: (tertulis: number, jumlah: number) => string,
): void {
  const tertulis = sel?.angka.nilai;
  if (!sel || tertulis === undefined || nilai.every((n) => n === undefined)) return;
  const jumlah = jumlahAda(nilai) as number;
  if (Math.abs(jumlah - tertulis) < 0.5) return;
  k.temuan.push({
    sheet: tabel.sheet,
    sel: alamat(sel.baris, sel.kolom),
    kode,
    tingkat: 'error',
    tertulis,
    seharusnya: jumlah,
    pesan: pesan(tertulis, jumlah),
  });
}

const NAMA_JUMLAH = { pagu: 'pagu', realisasiAnggaran: 'realisasi' } as const;

/** A stated total that is not the sum of the rows above it. */
export function periksaJumlah(
  k: Pencatat,
  tabel: Tabel,
  baris: HasilBaris[],
  i: number,
  teratas: number[],
): void {
  for (const peran of ['pagu', 'realisasiAnggaran'] as const) {
    bandingkanJumlah(
      k,
      tabel,
      tabel.baris[i].sel[peran],
      teratas.map((j) => baris[j][peran]),
      'jumlah-berbeda',
      (tertulis, jumlah) =>
        `jumlah ${NAMA_JUMLAH[peran]} tertulis ${formatRingkas(tertulis)}, seharusnya ${formatRingkas(jumlah)} (jumlah ${teratas.length} baris di atasnya)`,
    );
  }
}

/** A parent row whose stated figures differ from the sum of its children. */
export function periksaInduk(
  k: Pencatat,
  tabel: Tabel,
  baris: HasilBaris[],
  anak: Map<number, number[]>,
): void {
  for (const [i, daftar] of anak) {
    const b = tabel.baris[i];
    for (const peran of ['pagu', 'realisasiAnggaran'] as const) {
      bandingkanJumlah(
        k,
        tabel,
        b.sel[peran],
        daftar.map((j) => baris[j][peran]),
        'induk-berbeda',
        (tertulis, jumlah) =>
          `${NAMA_JUMLAH[peran]} ${b.tingkat} "${b.uraian}" tertulis ${formatRingkas(tertulis)}, jumlah ${daftar.length} rincian di bawahnya ${formatRingkas(jumlah)}`,
      );
    }
  }
}
/** Checks that need whole tables or the whole workbook. */
export function periksaBuku(hasil: HasilTabel[], grids: Grid[], k: Pencatat): void {
  for (const h of hasil) {
    const t = h.tabel;
    if (['indikator', 'multi-tahun', 'renstra'].includes(h.jenis)) {
      periksaRataRata(h, k);
      periksaIndikator(h, k);
    }
    if (['anggaran', 'sasaran-program', 'efisiensi'].includes(h.jenis)) periksaAnggaran(h, k);
    periksaKolom(t, k);
  }
  periksaAntarTabel(hasil, k);
  periksaJumlahDisebut(hasil, grids, k);
  tandaiTebakan(hasil, k);
  const urutanSheet = new Map(grids.map((g, i) => [g.sheet, i]));
  const posisi = (t: Temuan) => {
    const m = t.sel.match(/^([A-Z]+)(\d+)$/);
    return m
      ? Number(m[2]) * 20000 + m[1].split('').reduce((a, c) => a * 26 + c.charCodeAt(0) - 64, 0)
      : 0;
  };
  k.temuan.sort(
    (a, b) =>
      (urutanSheet.get(a.sheet) ?? 0) - (urutanSheet.get(b.sheet) ?? 0) || posisi(a) - posisi(b),
  );
}

/** Row and column of an address ("AB12"). */
function posisiSel(sel: string): { baris: number; kolom: number } {
  const m = sel.match(/^([A-Z]+)(\d+)$/);
  if (!m) return { baris: 0, kolom: 0 };
  return {
    baris: Number(m[2]),
    kolom: m[1].split('').reduce((a, c) => a * 26 + c.charCodeAt(0) - 64, 0),
  };
}

/**
 * An error is certain only on a certain reading. On a table whose reading was
 * partly guessed (a role from the content, a column block without arithmetic
 * to show it, a hierarchy whose parents do not add up) errors become warnings,
 * and the table says once what was guessed.
 */
function tandaiTebakan(hasil: HasilTabel[], k: Pencatat): void {
  const ragu = hasil.map((h) => h.tabel).filter((t) => t.keyakinan && !t.keyakinan.pasti);
  if (ragu.length === 0) return;
  const tabelDari = (t: Temuan) => {
    const { baris, kolom } = posisiSel(t.sel);
    return ragu.find(
      (x) =>
        x.sheet === t.sheet &&
        baris >= x.barisJudulAwal &&
        baris <= x.barisAkhir &&
        kolom >= x.kolomAwal &&
        kolom <= x.kolomAkhir,
    );
  };
  for (const t of k.temuan) {
    if (t.tingkat !== 'error' || !tabelDari(t)) continue;
    t.tingkat = 'warning';
    t.pesan += ' (bacaan tabel ini belum pasti: periksa sebelum memperbaiki)';
  }
  for (const t of ragu)
    k.temuan.push({
      sheet: t.sheet,
      sel: alamat(t.barisJudulAwal, t.kolomAwal),
      kode: 'bacaan-tebakan',
      tingkat: 'info',
      pesan: `bacaan tabel ${t.id} sebagian ditebak: ${t.keyakinan?.tebakan.join('; ')}`,
    });
}

const sama2 = (a: number, b: number) => Math.abs(a - b) < 0.005 + 1e-9;

/** The value a mean shows, rounded or cut to two decimals. */
function cocokTampil(tertulis: number, nilai: number): boolean {
  return (
    sama2(tertulis, nilai) ||
    [1, 2].some((d) => tertulis === bulatkan(nilai, d) || tertulis === bulatkan(nilai, d, 'potong'))
  );
}

/**
 * An average row that is not the mean of the rows it summarises. It is
 * compared with the capaian written in the table (what the row summarises)
 * and, when leaving out one or two rows, or counting pending rows as 0,
 * explains the stated value, the finding says which.
 */
function periksaRataRata(h: HasilTabel, k: Pencatat): void {
  const t = h.tabel;
  t.baris.forEach((b, i) => {
    if (b.tingkat !== 'total' || b.jenisTotal !== 'rata-rata') return;
    // The stated mean: in the capaian column, or written in the label ("... (99,48%)", "293,75/300=97,92").
    const label = [b.uraian, b.no ?? ''].join(' ');
    const dariTeks = label.match(/\(\s*([\d.,]+)\s*%?\s*\)|=\s*([\d.,]+)\s*%?\s*$/);
    const sel = b.sel.capaian;
    const tertulis =
      sel?.angka.nilai ?? (dariTeks ? bacaAngka(dariTeks[1] ?? dariTeks[2]).nilai : undefined);
    if (tertulis === undefined) return;
    const kolomLabel = b.uraian
      ? t.kolom.find((x) => x.peran === 'indikator' || x.peran === 'uraian')?.kolom
      : t.kolom.find((x) => x.peran === 'no')?.kolom;
    const kolomAlamat =
      sel && sel.angka.nilai !== undefined
        ? alamat(sel.baris, sel.kolom)
        : alamat(b.baris, kolomLabel ?? t.kolomAwal);
    // Right after sub-indicators it sums up those; otherwise the indicators since the previous average.
    const sebelumnya = t.baris[i - 1];
    const induk = sebelumnya?.tingkat === 'sub-indikator' ? sebelumnya.induk : undefined;
    const awal = t.baris.findLastIndex(
      (x, j) => j < i && x.tingkat === 'total' && t.baris[j - 1]?.tingkat !== 'sub-indikator',
    );
    const daftar = t.baris
      .map((x, j) => ({ x, j }))
      .filter(({ x, j }) =>
        induk !== undefined
          ? x.induk === induk && x.tingkat === 'sub-indikator'
          : j > awal && j < i && x.tingkat === 'indikator',
      );
    // What each row states (or, for a parent of sub-indicators, the mean of theirs), else what it computes to.
    const nilaiBaris = daftar.map(({ x, j }) => {
      const ditulis = x.sel.capaian?.angka.nilai;
      if (ditulis !== undefined) return ditulis;
      const anak = t.baris
        .filter((y) => y.induk === j && y.tingkat === 'sub-indikator')
        .map((y) => y.sel.capaian?.angka.nilai);
      return anak.length ? rataRata(anak).nilai : h.baris[j].capaian;
    });
    const dihitung = h.baris[i].capaian;
    const rr = rataRata(nilaiBaris);
    if (rr.nilai === undefined) return;
    const mean = rr.nilai;
    if (cocokTampil(tertulis, mean)) {
      if (dihitung !== undefined && !cocokTampil(tertulis, dihitung)) {
        k.temuan.push({
          sheet: t.sheet,
          sel: kolomAlamat,
          kode: 'rata-rata-ikut-salah',
          tingkat: 'info',
          tertulis,
          seharusnya: dihitung,
          pesan: `rata-rata ${formatMasukan(tertulis)} sesuai kolom capaian, tetapi dengan capaian hasil hitung menjadi ${formatRingkas(dihitung)} (perbaiki capaian baris yang salah)`,
        });
      }
      return;
    }
    const penjelasan = jelaskanRataRata(
      tertulis,
      nilaiBaris,
      daftar.map(({ x }) => x),
    );
    k.temuan.push({
      sheet: t.sheet,
      sel: kolomAlamat,
      kode: 'rata-rata-berbeda',
      tingkat: 'error',
      tertulis,
      seharusnya: mean,
      pesan: `rata-rata tertulis ${formatMasukan(tertulis)}, seharusnya ${formatRingkas(mean)} (rata-rata ${rr.jumlahDipakai} capaian di atasnya)${penjelasan ? `; ${penjelasan}` : ''}`,
    });
  });
}

function jelaskanRataRata(
  tertulis: number,
  nilai: (number | undefined)[],
  baris: BarisTabel[],
): string | undefined {
  const ada = nilai
    .map((n, i) => ({ n, i }))
    .filter((x): x is { n: number; i: number } => x.n !== undefined);
  const jumlah = ada.reduce((a, x) => a + x.n, 0);
  const nama = (i: number) => `baris ${baris[i].baris} (${formatRingkas(nilai[i] as number)})`;
  const tertunda = nilai.filter((n) => n === undefined).length;
  if (tertunda > 0 && cocokTampil(tertulis, jumlah / (ada.length + tertunda))) {
    return `nilai itu muncul bila ${tertunda} baris tanpa capaian dihitung sebagai 0`;
  }
  for (const a of ada)
    if (ada.length > 1 && cocokTampil(tertulis, (jumlah - a.n) / (ada.length - 1)))
      return `nilai itu muncul bila ${nama(a.i)} tidak diikutkan`;
  if (ada.length <= 60) {
    for (let x = 0; x < ada.length; x++) {
      for (let y = x + 1; y < ada.length; y++) {
        if (
          ada.length > 2 &&
          cocokTampil(tertulis, (jumlah - ada[x].n - ada[y].n) / (ada.length - 2))
        ) {
          return `nilai itu muncul bila ${nama(ada[x].i)} dan ${nama(ada[y].i)} tidak diikutkan`;
        }
      }
    }
  }
  return undefined;
}

/** Row-level checks of indicators: pending counted as zero, values over 200, doubtful polarity. */
function periksaIndikator(h: HasilTabel, k: Pencatat): void {
  const t = h.tabel;
  t.baris.forEach((b, i) => {
    const hb = h.baris[i];
    if (b.tingkat !== 'indikator' && b.tingkat !== 'sub-indikator') return;
    const tertulis = b.sel.capaian?.angka.nilai;
    const r = b.sel.realisasi?.angka;
    if (r?.jenis === 'tertunda' && tertulis === 0 && b.sel.capaian) {
      k.temuan.push({
        sheet: t.sheet,
        sel: alamat(b.sel.capaian.baris, b.sel.capaian.kolom),
        kode: 'tertunda-dihitung-nol',
        tingkat: 'error',
        tertulis: 0,
        pesan: `realisasi belum ada ("${r.catatan ?? ''}") tetapi capaian ditulis 0; kosongkan atau beri tanda sampai realisasinya tersedia`,
      });
    }
    if (hb.capaian !== undefined && hb.capaian > 200) {
      k.temuan.push({
        sheet: t.sheet,
        sel: alamat(b.baris, (b.sel.realisasi ?? b.sel.target)?.kolom ?? t.kolomAwal),
        kode: 'capaian-di-atas-200',
        tingkat: 'warning',
        seharusnya: hb.capaian,
        pesan: `capaian ${formatRingkas(hb.capaian)}% melebihi 200%: periksa satuan target dan realisasi (${hb.rumus ?? ''})`,
      });
    }
    if (hb.saranNegatif && b.sel.target && b.sel.realisasi) {
      const neg = hitungCapaian({
        target: b.sel.target.angka,
        realisasi: b.sel.realisasi.angka,
        polaritas: 'negatif',
      });
      k.temuan.push({
        sheet: t.sheet,
        sel: alamat(b.baris, b.sel.realisasi.kolom),
        kode: 'polaritas-meragukan',
        tingkat: 'warning',
        tertulis: hb.capaian,
        seharusnya: neg.nilai,
        pesan: `"${b.uraian}" tampak sebagai indikator negatif (makin kecil makin baik) tetapi dihitung positif; bila negatif, ${neg.rumus}`,
      });
    }
  });
}

/** Realisasi above pagu (once, at the deepest rows that show it), and amounts whose last digits fell off. */
function periksaAnggaran(h: HasilTabel, k: Pencatat): void {
  const t = h.tabel;
  const lebih = (i: number) => {
    const hb = h.baris[i];
    const sel = t.baris[i].sel.realisasiAnggaran;
    return (
      sel !== undefined &&
      hb.pagu !== undefined &&
      hb.realisasiAnggaran !== undefined &&
      hb.realisasiAnggaran > hb.pagu + 0.5
    );
  };
  // A parent over its pagu because a child is: the child's line is the one to look at.
  const indukLebih = new Set<number>();
  t.baris.forEach((b, i) => {
    if (b.induk !== undefined && lebih(i)) indukLebih.add(b.induk);
  });
  t.baris.forEach((b, i) => {
    const hb: HasilBaris = h.baris[i];
    const sel = b.sel.realisasiAnggaran;
    if (!sel || hb.pagu === undefined || hb.realisasiAnggaran === undefined) return;
    if (lebih(i) && !indukLebih.has(i)) {
      k.temuan.push({
        sheet: t.sheet,
        sel: alamat(sel.baris, sel.kolom),
        kode: 'realisasi-melebihi-pagu',
        tingkat: 'error',
        tertulis: hb.realisasiAnggaran,
        seharusnya: hb.pagu,
        pesan: `realisasi ${formatRingkas(hb.realisasiAnggaran)} melebihi pagu ${formatRingkas(hb.pagu)}`,
      });
    }
    const sisa = angka(b.sel.sisa);
    const r = angka(sel);
    if (sisa === undefined || r === undefined || r === 0 || sel.angka.campuran) return;
    const dariSisa = hb.pagu - sisa;
    for (const kali of [10, 100, 1000]) {
      if (Math.abs(r * kali - dariSisa) < 0.5 && Math.abs(r - dariSisa) >= 0.5) {
        k.temuan.push({
          sheet: t.sheet,
          sel: alamat(sel.baris, sel.kolom),
          kode: 'angka-terpotong',
          tingkat: 'error',
          tertulis: r,
          seharusnya: dariSisa,
          pesan: `realisasi ${formatRingkas(r)} tampaknya kehilangan ${String(kali).length - 1} digit: pagu - sisa anggaran = ${formatRingkas(dariSisa)}`,
        });
        break;
      }
    }
  });
}

/** One finding for a column, at the first of the cells it is about (none when there are none). */
function catatPertama(
  t: Tabel,
  k: Pencatat,
  daftar: SelTabel[],
  kode: string,
  tingkat: Temuan['tingkat'],
  pesan: (contoh: string) => string,
): void {
  if (daftar.length === 0) return;
  const contoh = String(daftar[0].mentah);
  k.temuan.push({
    sheet: t.sheet,
    sel: alamat(daftar[0].baris, daftar[0].kolom),
    kode,
    tingkat,
    tertulis: contoh,
    pesan: pesan(contoh),
  });
}

/** Per column: Excel errors, numbers stored as text, and two number styles in one column. */
/** The row's cell read from this column: under its role, or under a year's (one list per row would be 50 000 lists). */
function selKolom(b: BarisTabel, kol: KolomTabel): SelTabel | undefined {
  const s = b.sel[kol.peran];
  if (s?.kolom === kol.kolom) return s;
  for (const tahun in b.perTahun) {
    const x = b.perTahun[tahun][kol.peran as 'target'];
    if (x?.kolom === kol.kolom) return x;
  }
  return undefined;
}

function periksaKolom(t: Tabel, k: Pencatat): void {
  for (const kol of t.kolom) {
    if (kol.milik || !PERAN_DIBACA.has(kol.peran)) continue;
    const semua: SelTabel[] = [];
    for (const b of t.baris) {
      const s = selKolom(b, kol);
      if (s) semua.push(s);
    }
    const galat = semua.filter((s) => s.angka.jenis === 'galat');
    catatPertama(
      t,
      k,
      galat,
      'sel-galat',
      'warning',
      (contoh) =>
        `${galat.length} sel di kolom "${kol.judul}" berisi galat Excel (mis. ${contoh}); nilainya tidak terbaca dan dihitung sebagai kosong, dan rumus yang membacanya ikut galat: perbaiki rumus atau isinya`,
    );
    const teks = semua.filter(
      (s) => s.angka.nilai !== undefined && s.angka.dariTeks && typeof s.mentah === 'string',
    );
    catatPertama(
      t,
      k,
      teks,
      'angka-teks',
      'info',
      (contoh) =>
        `${teks.length} sel di kolom "${kol.judul}" berisi angka yang tersimpan sebagai teks (mis. "${contoh}"); rumus Excel seperti SUM melewatkannya`,
    );
    const gaya = new Map<GayaAngka, SelTabel>();
    for (const s of teks)
      if (s.angka.gaya && !s.angka.ambigu && !gaya.has(s.angka.gaya)) gaya.set(s.angka.gaya, s);
    if (gaya.size === 2) {
      const id = gaya.get('id')!;
      const us = gaya.get('us')!;
      catatPertama(
        t,
        k,
        [us],
        'gaya-angka-campuran',
        'warning',
        (contoh) =>
          `kolom "${kol.judul}" mencampur gaya angka Indonesia ("${String(id.mentah)}") dan Amerika ("${contoh}"); pastikan setiap angka terbaca benar`,
      );
    }
  }
}

/** The same indicator (by name and unit) with different targets or realisasi in different tables. */
function periksaAntarTabel(hasil: HasilTabel[], k: Pencatat): void {
  interface Kemunculan {
    t: Tabel;
    sel: SelTabel;
    nilai: string;
  }
  const peta = new Map<string, Kemunculan>();
  const dilaporkan = new Set<string>();
  for (const h of hasil) {
    if (!['indikator', 'multi-tahun', 'renstra'].includes(h.jenis)) continue;
    for (const b of h.tabel.baris) {
      if (b.tingkat !== 'indikator' && b.tingkat !== 'sub-indikator') continue;
      const nama = kunciTeks(b.uraian);
      const pasangan: [string, number | undefined, SelTabel | undefined][] = [];
      if (h.tabel.tahun !== undefined) {
        pasangan.push(
          ['target', h.tabel.tahun, b.sel.target],
          ['realisasi', h.tabel.tahun, b.sel.realisasi],
        );
      }
      for (const [th, s] of Object.entries(b.perTahun))
        pasangan.push(['target', Number(th), s.target], ['realisasi', Number(th), s.realisasi]);
      for (const [jenis, tahun, sel] of pasangan) {
        if (!sel || tahun === undefined) continue;
        const a = sel.angka;
        const nilai =
          a.nilai !== undefined
            ? String(bulatkan(a.nilai, 6))
            : a.predikat
              ? kunciTeks(a.predikat)
              : undefined;
        if (nilai === undefined) continue;
        const kunci = `${nama}|${jenis}|${tahun}`;
        const lama = peta.get(kunci);
        if (!lama) {
          peta.set(kunci, { t: h.tabel, sel, nilai });
          continue;
        }
        if (
          lama.t === h.tabel ||
          lama.nilai === nilai ||
          dilaporkan.has(`${h.tabel.sheet}!${sel.baris}:${sel.kolom}`)
        )
          continue;
        dilaporkan.add(`${h.tabel.sheet}!${sel.baris}:${sel.kolom}`);
        k.temuan.push({
          sheet: h.tabel.sheet,
          sel: alamat(sel.baris, sel.kolom),
          kode: 'indikator-tidak-konsisten',
          tingkat: 'error',
          tertulis: a.nilai ?? a.predikat,
          seharusnya: lama.sel.angka.nilai ?? lama.sel.angka.predikat,
          pesan: `${jenis} ${tahun} "${b.uraian}" tertulis ${String(sel.mentah)}, tetapi ${String(lama.sel.mentah)} di ${lama.t.sheet}!${alamat(lama.sel.baris, lama.sel.kolom)}`,
        });
      }
    }
  }
}

/** Counts stated in the workbook's text ("terdiri dari 5 program, 12 kegiatan") against the budget table's rows. */
function periksaJumlahDisebut(hasil: HasilTabel[], grids: Grid[], k: Pencatat): void {
  const anggaran = hasil
    .filter((h) => h.jenis === 'anggaran')
    .sort((a, b) => b.tabel.baris.length - a.tabel.baris.length)[0];
  if (!anggaran) return;
  // Rows of each level, or distinct names where the levels are columns: one pass over the rows.
  const perTingkat = { program: 0, kegiatan: 0, 'sub-kegiatan': 0 } as Record<string, number>;
  const program = new Set<string>();
  const kegiatan = new Set<string>();
  for (const b of anggaran.tabel.baris) {
    if (b.tingkat in perTingkat) perTingkat[b.tingkat]++;
    if (b.program) program.add(b.program);
    if (b.kegiatan) kegiatan.add(b.kegiatan);
  }
  const jumlah: Record<string, number> = {
    program: Math.max(perTingkat.program, program.size),
    kegiatan: Math.max(perTingkat.kegiatan, kegiatan.size),
    'sub kegiatan': perTingkat['sub-kegiatan'],
  };
  const dalamTabel = (sheet: string, baris: number) =>
    hasil.some(
      (h) =>
        h.tabel.sheet === sheet && baris >= h.tabel.barisJudulAwal && baris <= h.tabel.barisAkhir,
    );
  for (const g of grids) {
    g.nilai.forEach((r, i) => {
      // Rows inside a table are the table's (asked once per row, not per cell).
      if (r.length === 0 || dalamTabel(g.sheet, g.barisAwal + i)) return;
      r.forEach((v, j) => {
        if (typeof v !== 'string' || v.length < 12) return;
        for (const m of v.matchAll(
          /(\d+)\s*(?:\([a-z\s]+\)\s*)?(sub\s*kegiatan|kegiatan|program)\b/gi,
        )) {
          const jenis = m[2].toLowerCase().replace(/\s+/g, ' ');
          const ada = jumlah[jenis];
          const disebut = Number(m[1]);
          if (!ada || disebut === ada || jenisBarisTotal(v)) continue;
          k.temuan.push({
            sheet: g.sheet,
            sel: alamat(g.barisAwal + i, g.kolomAwal + j),
            kode: 'jumlah-disebut-berbeda',
            tingkat: 'warning',
            tertulis: disebut,
            seharusnya: ada,
            pesan: `teks menyebut ${disebut} ${jenis}, sedangkan ${anggaran.tabel.id} memuat ${ada} ${jenis}`,
          });
        }
      });
    });
  }
}
