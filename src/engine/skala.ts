import { bacaAngka } from '../domain/angka';
import {
  buatSkala,
  kenaliSkala,
  SKALA,
  SKALA_BAKU,
  type DefinisiKelas,
  type Skala,
} from '../domain/kategori';
import { rapikanTeks } from '../domain/teks';
import { alamat } from '../sheet/grid';
import type { Tabel } from '../sheet/model';
import type { Temuan } from './hasil';
import type { Pengaturan } from './pengaturan';

/**
 * Which kategori scale a run uses: the user's choice; else the one the
 * workbook states (a scale table, or the labels of its kategori columns);
 * else Permendagri 86.
 */

const N = String.raw`(\d+(?:[.,]\d+)?)`;
const X = String.raw`(?:x|nilai|capaian)?`;

/** "≥ 91", "76 ≤ X < 91", "91 - 100", "< 51", "> 90" as an interval. */
export function uraiRentangSkala(teks: string): Omit<DefinisiKelas, 'label'> | undefined {
  const t = rapikanTeks(teks)
    .toLowerCase()
    .replace(/%/g, '')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/\s+/g, ' ')
    .trim();
  const n = (s: string) => bacaAngka(s).nilai as number;
  let m = t.match(new RegExp(`^${X}\\s*(>=|>)\\s*${N}$`));
  if (m) return { dari: n(m[2]), dariInklusif: m[1] === '>=', sampai: null };
  m = t.match(new RegExp(`^${X}\\s*(<=|<)\\s*${N}$`));
  if (m) return { dari: null, sampai: n(m[2]), sampaiInklusif: m[1] === '<=' };
  m = t.match(new RegExp(`^${N}\\s*(<=|<)\\s*${X}\\s*(<=|<)\\s*${N}$`));
  if (m)
    return {
      dari: n(m[1]),
      dariInklusif: m[2] === '<=',
      sampai: n(m[4]),
      sampaiInklusif: m[3] === '<=',
    };
  // "91 ≤ 100" (a form's shorthand for 91 ≤ x ≤ 100).
  m = t.match(new RegExp(`^${N}\\s*(<=|<)\\s*${N}$`));
  if (m)
    return { dari: n(m[1]), dariInklusif: true, sampai: n(m[3]), sampaiInklusif: m[2] === '<=' };
  m = t.match(new RegExp(`^${N}\\s*(?:-|s\\.?\\s?d\\.?|s/d|sampai)\\s*${N}$`));
  if (m) return { dari: n(m[1]), dariInklusif: true, sampai: n(m[2]), sampaiInklusif: true };
  // "Diatas 80 % sampai dengan 90 %": above the first, up to and including the second.
  m = t.match(
    new RegExp(
      `^(?:di ?atas|lebih dari)\\s*${N}\\s*(?:-|s\\.?\\s?d\\.?|s/d|sampai dengan|sampai)\\s*${N}$`,
    ),
  );
  if (m) return { dari: n(m[1]), dariInklusif: false, sampai: n(m[2]), sampaiInklusif: true };
  m = t.match(new RegExp(`^(?:di ?atas|lebih dari)\\s*${N}$`));
  if (m) return { dari: n(m[1]), dariInklusif: false, sampai: null };
  m = t.match(new RegExp(`^(?:di ?bawah|kurang dari)\\s*${N}$`));
  if (m) return { dari: null, sampai: n(m[1]), sampaiInklusif: false };
  return undefined;
}

function samaSkala(a: Skala, b: Skala): boolean {
  return (
    a.kelas.length === b.kelas.length &&
    a.kelas.every((k, i) => {
      const l = b.kelas[i];
      return k.dari === l.dari && (k.dari === null || k.dariInklusif === l.dariInklusif);
    })
  );
}

/** A scale table's scale, or the problems that make it unusable (a finding). */
function skalaDariTabel(t: Tabel, label: string[]): { skala?: Skala; temuan?: Temuan } {
  const kRentang = t.kolom.find((k) => k.peran === 'rentangSkala');
  const kLabel = t.kolom.find((k) => k.peran === 'kategori');
  if (!kRentang || !kLabel) return {};
  const definisi: DefinisiKelas[] = [];
  for (const b of t.baris) {
    const teksLabel = String(b.sel.kategori?.mentah ?? '').trim();
    const rentang = uraiRentangSkala(String(b.sel.rentangSkala?.mentah ?? ''));
    if (!teksLabel) continue;
    label.push(teksLabel);
    if (rentang) definisi.push({ label: teksLabel, ...rentang });
  }
  if (definisi.length < 2) return {};
  const { skala, masalah } = buatSkala('buku', `skala pada lembar ${t.sheet}`, definisi);
  if (skala) {
    const preset = Object.values(SKALA).find(
      (s) => samaSkala(s, skala) && kenaliSkala(definisi.map((d) => d.label))?.skala === s,
    );
    return { skala: preset ?? skala };
  }
  return {
    temuan: {
      sheet: t.sheet,
      sel: alamat(t.barisJudulAwal, kRentang.kolom),
      kode: 'skala-tidak-sah',
      tingkat: 'warning',
      pesan: `tabel skala kategori tidak dapat dipakai: ${masalah.join('; ')}`,
    },
  };
}

/**
 * The scale of the run, and of sheets that state their own: a workbook may
 * rate its IKU on one scale and its sasaran on another, each beside its table.
 */
export function pilihSkala(
  tabel: Tabel[],
  p: Pengaturan,
): {
  skala: Skala;
  dari: 'pengaturan' | 'buku' | 'bawaan';
  temuan: Temuan[];
  perLembar: Map<string, Skala>;
} {
  const temuan: Temuan[] = [];
  const perLembar = new Map<string, Skala>();
  if (p.skala)
    return {
      skala: typeof p.skala === 'string' ? SKALA[p.skala] : p.skala,
      dari: 'pengaturan',
      temuan,
      perLembar,
    };
  const label: string[] = [];
  let pertama: Skala | undefined;
  for (const t of tabel.filter((x) => x.jenis === 'skala')) {
    const h = skalaDariTabel(t, label);
    if (h.temuan) temuan.push(h.temuan);
    if (!h.skala) continue;
    pertama ??= h.skala;
    if (!perLembar.has(t.sheet)) perLembar.set(t.sheet, h.skala);
  }
  if (pertama) return { skala: pertama, dari: 'buku', temuan, perLembar };
  for (const t of tabel) {
    if (t.jenis === 'skala') continue;
    for (const b of t.baris) {
      const s = b.sel.kategori;
      if (s && typeof s.mentah === 'string' && !t.kolom.find((k) => k.kolom === s.kolom)?.milik)
        label.push(s.mentah);
    }
  }
  const cocok = kenaliSkala(label);
  if (cocok) return { skala: cocok.skala, dari: 'buku', temuan, perLembar };
  return { skala: SKALA_BAKU, dari: 'bawaan', temuan, perLembar };
}
