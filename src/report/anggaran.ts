import { kunciTeks } from '../domain/teks';
import type { AngkaAnggaran, HasilBaris, HasilTabel } from '../engine/hasil';

/**
 * A budget table as programs holding kegiatan holding sub kegiatan, whatever
 * its layout: rows of each level (kode rekening, markers), or only sub
 * kegiatan rows whose program and kegiatan are columns (merged cells). Parent
 * figures are sums of their children unless the table has the parent row.
 */

export type TingkatAnggaran = 'program' | 'kegiatan' | 'sub-kegiatan';

export interface PosAnggaran extends AngkaAnggaran {
  tingkat: TingkatAnggaran;
  uraian: string;
  kode?: string;
  anak: PosAnggaran[];
}

export interface StrukturAnggaran {
  program: PosAnggaran[];
  jumlah: AngkaAnggaran;
  banyak: { program: number; kegiatan: number; subKegiatan: number };
}

function angkaBaris(b: HasilBaris): AngkaAnggaran {
  const a: AngkaAnggaran = {};
  if (b.paguMurni !== undefined) a.paguMurni = b.paguMurni;
  if (b.pagu !== undefined) a.pagu = b.pagu;
  a.realisasiAnggaran = b.realisasiAnggaran ?? (b.pagu !== undefined ? 0 : undefined);
  if (b.serapan !== undefined) a.serapan = b.serapan;
  if (b.sisa !== undefined) a.sisa = b.sisa;
  if (a.realisasiAnggaran === undefined) delete a.realisasiAnggaran;
  return a;
}

/** Sums of the children: pagu, pagu murni, realisasi; serapan and sisa from those sums. */
export function jumlahkan(daftar: AngkaAnggaran[]): AngkaAnggaran {
  const jumlah = (k: 'pagu' | 'paguMurni' | 'realisasiAnggaran') =>
    daftar.some((d) => d[k] !== undefined)
      ? daftar.reduce((a, d) => a + (d[k] ?? 0), 0)
      : undefined;
  const hasil: AngkaAnggaran = {};
  const [pagu, murni, real] = [jumlah('pagu'), jumlah('paguMurni'), jumlah('realisasiAnggaran')];
  if (murni !== undefined) hasil.paguMurni = murni;
  if (pagu !== undefined) hasil.pagu = pagu;
  if (real !== undefined) hasil.realisasiAnggaran = real;
  if (pagu !== undefined && pagu > 0) hasil.serapan = ((real ?? 0) / pagu) * 100;
  if (pagu !== undefined) hasil.sisa = pagu - (real ?? 0);
  return hasil;
}

function pos(
  tingkat: TingkatAnggaran,
  uraian: string,
  angka: AngkaAnggaran,
  kode?: string,
): PosAnggaran {
  return { tingkat, uraian, ...(kode ? { kode } : {}), ...angka, anak: [] };
}

/** Rows of each level in order: a kegiatan belongs to the program above it, a sub kegiatan to the kegiatan above it. */
function dariBarisBertingkat(t: HasilTabel): PosAnggaran[] {
  const program: PosAnggaran[] = [];
  let kegiatan: PosAnggaran | undefined;
  for (const b of t.baris) {
    // A row without a name is a total or a note, not a kegiatan.
    if (!b.uraian.trim()) continue;
    if (b.tingkat === 'program') {
      program.push(pos('program', b.uraian, angkaBaris(b), b.kode));
      kegiatan = undefined;
    } else if (b.tingkat === 'kegiatan' && program.length) {
      kegiatan = pos('kegiatan', b.uraian, angkaBaris(b), b.kode);
      program[program.length - 1].anak.push(kegiatan);
    } else if (b.tingkat === 'sub-kegiatan' && program.length) {
      const sub = pos('sub-kegiatan', b.uraian, angkaBaris(b), b.kode);
      (kegiatan ?? program[program.length - 1]).anak.push(sub);
    }
  }
  return program;
}

/** Sub kegiatan rows naming their program and kegiatan in columns: grouped, parents summed. */
function dariKolomInduk(t: HasilTabel): PosAnggaran[] {
  type Kelompok = { nama: string; kegiatan: Map<string, PosAnggaran>; sub: PosAnggaran[] };
  const program = new Map<string, Kelompok>();
  t.baris.forEach((b, i) => {
    if (b.tingkat === 'total' || b.pagu === undefined) return;
    const nama = b.program ?? t.tabel.baris[i]?.program;
    if (!nama) return;
    const kunci = kunciTeks(nama);
    const p: Kelompok = program.get(kunci) ?? { nama, kegiatan: new Map(), sub: [] };
    program.set(kunci, p);
    const namaKegiatan = t.tabel.baris[i]?.kegiatan;
    const baris = pos(namaKegiatan ? 'sub-kegiatan' : 'kegiatan', b.uraian, angkaBaris(b), b.kode);
    if (!namaKegiatan) {
      p.sub.push(baris);
      return;
    }
    const k = p.kegiatan.get(kunciTeks(namaKegiatan)) ?? pos('kegiatan', namaKegiatan, {});
    p.kegiatan.set(kunciTeks(namaKegiatan), k);
    k.anak.push(baris);
  });
  return [...program.values()].map((p) => {
    const kegiatan = [...p.kegiatan.values()].map((k) => ({ ...k, ...jumlahkan(k.anak) }));
    const anak = [...kegiatan, ...p.sub];
    return { ...pos('program', p.nama, jumlahkan(anak)), anak };
  });
}

function hitung(program: PosAnggaran[], tingkat: TingkatAnggaran): number {
  const semua = (p: PosAnggaran): PosAnggaran[] => [p, ...p.anak.flatMap(semua)];
  return program.flatMap(semua).filter((p) => p.tingkat === tingkat).length;
}

export function strukturAnggaran(t: HasilTabel): StrukturAnggaran {
  let program = t.baris.some((b) => b.tingkat === 'program') ? dariBarisBertingkat(t) : [];
  if (!program.length) program = dariKolomInduk(t);
  if (!program.length)
    program = t.baris
      .filter((b) => b.tingkat !== 'total' && b.pagu !== undefined)
      .map((b) => pos('program', b.uraian, angkaBaris(b), b.kode));
  const jumlah = t.ringkasan.pagu !== undefined ? { ...t.ringkasan } : jumlahkan(program);
  return {
    program,
    jumlah,
    banyak: {
      program: hitung(program, 'program'),
      kegiatan: hitung(program, 'kegiatan'),
      subKegiatan: hitung(program, 'sub-kegiatan'),
    },
  };
}
