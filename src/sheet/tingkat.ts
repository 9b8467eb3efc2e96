import type { PembacaGrid } from './grid';
import type { BarisTabel, KolomTabel, Tabel, Tingkat } from './model';
import { rapat, type PeranKolom } from './peran';
import { namaTampakNegatif, POLA_ROMAWI, POLA_SUB } from './pola';

/** Row levels: totals and averages, sasaran / indicator / sub-indicator, and the budget hierarchy. */

const TOTAL_JUMLAH = new Set([
  'jumlah',
  'total',
  'jumlahtotal',
  'grandtotal',
  'subtotal',
  'totalkeseluruhan',
  'jumlahkeseluruhan',
  'jumlahseluruhnya',
  'jumlahanggaran',
  'totalanggaran',
  'jumlahbelanja',
  'totalbelanja',
]);

/**
 * A total or average row: "JUMLAH", "J U M L A H", "Jumlah Total",
 * "Rata-rata Capaian", "Capaian Sasaran ... (99,48%)". An indicator named
 * "Jumlah pengadaan ..." or "Rata-rata lama sekolah" is not one.
 */
export function jenisBarisTotal(teks: string): 'jumlah' | 'rata-rata' | undefined {
  // Every label starts with J, T, R, C, G or S ("Jumlah", "Total", "Rata-rata", "Capaian", "Grand", "Sub"): a cheap first test.
  if (!/^[\s"'(]*[jtrcgs]/i.test(teks)) return undefined;
  const r = rapat(teks).replace(/[^a-z]/g, '');
  if (r === '') return undefined;
  if (TOTAL_JUMLAH.has(r)) return 'jumlah';
  if (/^(ratarata|rerata)(capaian\w*|nilai\w*)?$/.test(r) || /^(ratarata|rerata)capaian/.test(r))
    return 'rata-rata';
  if (/^(capaiansasaran|totalcapaian|capaianratarata)/.test(r)) return 'rata-rata';
  return undefined;
}

export function labelTotal(
  b: BarisTabel,
  p?: PembacaGrid,
  tabel?: Tabel,
): 'jumlah' | 'rata-rata' | undefined {
  const jenis = jenisBarisTotal(b.uraian) ?? (b.no ? jenisBarisTotal(b.no) : undefined);
  if (jenis || !p || !tabel) return jenis;
  for (let c = tabel.kolomAwal; c <= Math.min(tabel.kolomAkhir, tabel.kolomAwal + 2); c++) {
    const dariSel = jenisBarisTotal(p.teks(b.baris, c));
    if (dariSel) return dariSel;
  }
  return undefined;
}

export function totalAtau(b: BarisTabel, tingkat: Tingkat): Tingkat {
  const jenis = labelTotal(b);
  if (jenis) {
    b.jenisTotal = jenis;
    return 'total';
  }
  return tingkat;
}

export function tingkatIndikator(
  baris: BarisTabel[],
  kolomPeran: Map<PeranKolom, KolomTabel[]>,
): void {
  const adaKolomSasaran = kolomPeran.has('sasaran');
  const adaKolomIndikator = kolomPeran.has('indikator') || kolomPeran.has('uraian');
  let sasaranAktif: string | undefined;
  let indukAktif: number | undefined;
  baris.forEach((b, i) => {
    const indikatorTeks = adaKolomIndikator
      ? ([...(kolomPeran.get('indikator') ?? []), ...(kolomPeran.get('uraian') ?? [])]
          .map((k) => b.sel[k.peran]?.mentah)
          .map((v) => (v === null || v === undefined ? '' : String(v).trim()))
          .find((t) => t !== '') ?? '')
      : b.uraian;
    const jenisTotal = labelTotal(b);
    if (jenisTotal) {
      b.tingkat = 'total';
      b.jenisTotal = jenisTotal;
      return;
    }
    const nilai = adaNilai(b);
    const berikut = baris[i + 1];
    const berikutSub = berikut !== undefined && POLA_SUB.test(berikut.uraian);
    if (adaKolomSasaran && indikatorTeks === '' && b.sasaran && !nilai) {
      b.tingkat = 'sasaran';
      b.uraian = b.sasaran;
      sasaranAktif = b.sasaran;
      indukAktif = undefined;
      return;
    }
    if (POLA_SUB.test(b.uraian) && (indukAktif !== undefined || nilai)) {
      b.tingkat = indukAktif !== undefined ? 'sub-indikator' : 'indikator';
      if (indukAktif !== undefined) b.induk = indukAktif;
      b.uraian = b.uraian.replace(POLA_SUB, '').trim();
    } else if (!nilai && berikutSub) {
      b.tingkat = 'indikator';
      indukAktif = i;
    } else if (!nilai && !adaKolomSasaran) {
      b.tingkat = 'sasaran';
      b.uraian = b.uraian.replace(/^sasaran\s*(strategis)?\s*\d*\s*[:.]?\s*/i, '') || b.uraian;
      sasaranAktif = b.uraian;
      indukAktif = undefined;
      return;
    } else {
      b.tingkat = 'indikator';
      indukAktif = undefined;
    }
    if (!b.sasaran && sasaranAktif) b.sasaran = sasaranAktif;
    if (b.sasaran) sasaranAktif = b.sasaran;
    if (!b.polaritas && namaTampakNegatif(b.uraian)) b.saranNegatif = true;
  });
  // Sasaran rows become the parents of the indicators under them.
  let sasaranIndeks: number | undefined;
  baris.forEach((b, i) => {
    if (b.tingkat === 'sasaran') sasaranIndeks = i;
    else if (
      b.tingkat === 'indikator' &&
      sasaranIndeks !== undefined &&
      b.sasaran === baris[sasaranIndeks].uraian
    )
      b.induk = sasaranIndeks;
    else if (b.tingkat === 'total') sasaranIndeks = undefined;
  });
}

/** Number of parts of a kode rekening ("7.01.01.2.01" has 5), counted without splitting: once per DPA row. */
function bagianKode(kode: string): number {
  let n = 1;
  for (let i = 0; i < kode.length; i++) if (kode.charCodeAt(i) === 46) n++;
  return n;
}

export function tingkatAnggaran(
  baris: BarisTabel[],
  kolomPeran: Map<PeranKolom, KolomTabel[]>,
): void {
  const kolomTerpisah = (['program', 'kegiatan', 'subKegiatan'] as PeranKolom[]).filter((r) =>
    kolomPeran.has(r),
  );
  const peringkatKode = new Map<number, Tingkat>();
  const panjangKode = [
    ...new Set(baris.map((b) => b.kode && bagianKode(b.kode)).filter((n): n is number => !!n)),
  ].sort((a, b) => a - b);
  const urutan: Tingkat[] = ['program', 'kegiatan', 'sub-kegiatan'];
  if (panjangKode.length > 0 && Math.max(...panjangKode) >= 5) {
    for (const n of panjangKode)
      peringkatKode.set(n, n <= 3 ? 'program' : n <= 5 ? 'kegiatan' : 'sub-kegiatan');
  } else {
    panjangKode.forEach((n, i) => peringkatKode.set(n, urutan[Math.min(i, 2)]));
  }
  const adaRomawi = baris.some((b) => b.no && POLA_ROMAWI.test(b.no));
  const nomorBertitik = baris.some((b) => b.no && /^\d+\.\d+$/.test(b.no));
  const penanda: string[] = [];
  const kedalaman = (t: Tingkat) => urutan.indexOf(t);

  let tingkatTerakhir = -1;
  for (const b of baris) {
    const jenisTotal = labelTotal(b);
    if (jenisTotal) {
      b.tingkat = 'total';
      b.jenisTotal = jenisTotal;
      continue;
    }
    let dariPenanda = false;
    let t: Tingkat | undefined;
    if (b.kode) t = peringkatKode.get(bagianKode(b.kode));
    if (!t && kolomTerpisah.length > 1) {
      const isi = (r: PeranKolom) =>
        (kolomPeran.get(r) ?? []).some(
          (k) => b.sel[r] && String(b.sel[r]?.mentah ?? '').trim() !== '' && k,
        );
      t = isi('subKegiatan') ? 'sub-kegiatan' : isi('kegiatan') ? 'kegiatan' : 'program';
      if (t === 'sub-kegiatan' || t === 'kegiatan') {
        const subKolom = kolomPeran.get('subKegiatan')?.[0];
        if (t === 'sub-kegiatan' && subKolom)
          b.uraian = String(b.sel.subKegiatan?.mentah ?? b.uraian).trim();
      }
    }
    if (!t && b.no) {
      if (POLA_ROMAWI.test(b.no) && adaRomawi) t = 'program';
      else if (adaRomawi && /^\d+\.?$/.test(b.no)) t = 'kegiatan';
      else if (nomorBertitik && /^\d+(\.\d+)*\.?$/.test(b.no))
        t = urutan[Math.min(b.no.replace(/\.$/, '').split('.').length - 1, 2)];
    }
    if (!t) {
      const u = b.uraian;
      if (/^sub\s*kegiatan\b/i.test(u)) t = 'sub-kegiatan';
      else if (/^kegiatan\b/i.test(u)) t = 'kegiatan';
      else if (/^prog(ram|\.)/i.test(u) || (/^[^a-z]{12,}$/.test(u) && /[A-Z]{4}/.test(u)))
        t = 'program';
      else {
        const m = u.match(/^(\d+[.)]|[a-z][.)]|[-–•])\s+/);
        const jenis = m
          ? /^\d/.test(m[1])
            ? 'angka'
            : /^[a-z]/.test(m[1])
              ? 'huruf'
              : 'strip'
          : undefined;
        if (jenis && m) {
          // One level below the last row placed by code, number or name, one more per new marker kind.
          if (!penanda.includes(jenis)) penanda.push(jenis);
          dariPenanda = true;
          t = urutan[Math.min(tingkatTerakhir + 1 + penanda.indexOf(jenis), 2)];
          b.uraian = u.slice(m[0].length).trim();
        }
      }
    }
    if (t && !dariPenanda) {
      penanda.length = 0;
      tingkatTerakhir = kedalaman(t);
    }
    b.tingkat = t ?? 'kegiatan';
  }
  // Parents: the nearest row above at a shallower level.
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
    if (tumpukan.length > 0) b.induk = tumpukan[tumpukan.length - 1];
    tumpukan.push(i);
    const induk = b.induk !== undefined ? baris[b.induk] : undefined;
    if (induk?.tingkat === 'program' && !b.program) b.program = induk.uraian;
    if (induk?.tingkat === 'kegiatan') {
      b.kegiatan ??= induk.uraian;
      b.program ??= induk.program;
    }
    if (b.tingkat === 'program') b.program = b.uraian;
  });
}

export function adaNilai(b: BarisTabel): boolean {
  const isi = (r: PeranKolom) => {
    const s = b.sel[r];
    return s !== undefined && s.angka.jenis !== 'kosong';
  };
  const peranNilai: PeranKolom[] = [
    'target',
    'realisasi',
    'pagu',
    'paguMurni',
    'realisasiAnggaran',
    'nrr',
    'targetAkhir',
  ];
  if (peranNilai.some(isi)) return true;
  return Object.values(b.perTahun).some(
    (t) =>
      (t.target && t.target.angka.jenis !== 'kosong') ||
      (t.realisasi && t.realisasi.angka.jenis !== 'kosong'),
  );
}
