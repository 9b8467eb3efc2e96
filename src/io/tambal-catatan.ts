import { AWALAN_CATATAN } from '../engine/rencana';
import { alamat, uraiRentang } from '../sheet/grid';
import { atribut, lepasXml, xmlTeks } from './xml';
import { TakDidukung } from './zip';

/**
 * Cell notes as Excel keeps them: a comments part with the text, and a VML
 * drawing with one hidden shape per note (what shows it on hover). New
 * notes make both parts; on a sheet that has them already (the user's
 * notes, or ours from an earlier run) Capaian's own notes on written cells
 * are replaced and every other note and shape is kept.
 */

const PENULIS = 'Capaian';

export const KOMENTAR_KOSONG = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${PENULIS}</author></authors><commentList></commentList></comments>`;

const TIPE_BENTUK =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export function vmlKosong(blok: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blok}"/></o:shapelayout>${TIPE_BENTUK}</xml>`
  );
}

function komentar(ref: string, teks: string, penulis: number): string {
  return `<comment ref="${ref}" authorId="${penulis}"><text><r><t xml:space="preserve">${xmlTeks(teks)}</t></r></text></comment>`;
}

/** The hidden shape that shows the note of `ref`, placed as Excel places one. */
function bentuk(ref: string, id: number): string {
  const r = uraiRentang(ref)!;
  const [b, k] = [r.baris1 - 1, r.kolom1 - 1];
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${k + 1}, 15, ${Math.max(0, b - 1)}, 10, ${k + 3}, 15, ${b + 3}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${b}</x:Row><x:Column>${k}</x:Column></x:ClientData></v:shape>`
  );
}

/** A drawing's blocks of shape ids are full: it needs about `perlu` more ids (a block holds 1 023). */
export class BlokVmlKurang extends TakDidukung {
  constructor(readonly perlu: number) {
    super('gambar VML penuh');
  }
}

/**
 * `n` new shape ids after `terakhir`, in the drawing's blocks in order and
 * then in `tambahan`: a block b holds b*1024+1 to b*1024+1023. Fewer when
 * they do not reach.
 */
function idBentuk(
  blok: readonly number[],
  terakhir: number,
  n: number,
  tambahan: readonly number[],
): number[] {
  const id: number[] = [];
  for (const b of [...blok, ...tambahan])
    for (let x = Math.max(b * 1024 + 1, terakhir + 1); x < (b + 1) * 1024 && id.length < n; x++)
      id.push(x);
  return id;
}

/** True when a note's text is one Capaian writes (see {@link AWALAN_CATATAN}). */
export function catatanCapaian(teks: string | undefined): boolean {
  return teks !== undefined && teks.startsWith(AWALAN_CATATAN);
}

/** The plain text of a `<comment>` element. */
function teksKomentar(c: string): string {
  return [...c.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => lepasXml(m[1])).join('');
}

/**
 * The comments and VML parts with Capaian's own notes on written cells
 * (`ditulis`) dropped and `catatan` (cell -> text) added; unchanged strings
 * when there is nothing to do. A note of the user's on a written cell is
 * kept (and Capaian's note for that cell, if any, is not written): its cell
 * is listed in `dipertahankan`, for the user to be told.
 */
export function gabungCatatan(
  xmlKomentar: string,
  xmlVml: string,
  catatanBaru: Map<string, string>,
  ditulis: { has(ref: string): boolean },
  /** Blocks of shape ids no drawing of the package uses, for when the drawing's own are full. */
  blokTambahan: readonly number[] = [],
): { komentar: string; vml: string; dipertahankan: string[] } {
  // The notes parts are edited as text: only in the plain form Excel and ExcelJS write them.
  const polos = (x: string) => !/<[!?](?!xml\s)/.test(x);
  if (!polos(xmlKomentar) || !polos(xmlVml) || !/<comments[\s>]/.test(xmlKomentar))
    throw new TakDidukung('bagian catatan berbentuk XML yang tidak dikenali');
  const penulisAwal = [...xmlKomentar.matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) =>
    lepasXml(m[1]),
  );
  const dibuang = new Set<string>();
  const dipertahankan: string[] = [];
  let k = xmlKomentar.replace(/<comment\b[^>]*?(?:\/>|>[\s\S]*?<\/comment>)/g, (c) => {
    const tag = c.slice(0, c.indexOf('>') + 1);
    const ref = atribut(tag, 'ref')?.toUpperCase();
    if (ref === undefined || !ditulis.has(ref)) return c;
    const milikCapaian =
      penulisAwal[Number(atribut(tag, 'authorId'))] === PENULIS || catatanCapaian(teksKomentar(c));
    if (!milikCapaian) {
      dipertahankan.push(ref);
      return c;
    }
    dibuang.add(ref);
    return '';
  });
  const catatan = new Map([...catatanBaru].filter(([ref]) => !dipertahankan.includes(ref)));
  let v = xmlVml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (s) => {
    if (!/ObjectType="Note"/.test(s)) return s;
    const b = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s)?.[1];
    const kol = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s)?.[1];
    return b && kol && dibuang.has(alamat(Number(b) + 1, Number(kol) + 1)) ? '' : s;
  });
  if (catatan.size === 0) return { komentar: k, vml: v, dipertahankan };

  let id = penulisAwal.indexOf(PENULIS);
  if (id < 0) {
    id = penulisAwal.length;
    k = k.replace(/<authors\s*\/>/, '<authors></authors>');
    if (!k.includes('</authors>')) throw new TakDidukung('bagian catatan tanpa daftar penulis');
    k = k.replace('</authors>', () => `<author>${PENULIS}</author></authors>`);
  }
  k = k.replace(/<commentList\s*\/>/, '<commentList></commentList>');
  if (!k.includes('</commentList>')) throw new TakDidukung('bagian catatan tanpa daftar catatan');
  const baru = [...catatan].map(([ref, t]) => komentar(ref, t, id)).join('');
  k = k.replace('</commentList>', () => `${baru}</commentList>`);

  // Shape ids stay inside the drawing's own blocks of 1024 (its idmap); past the last one's
  // end, the drawing takes more blocks.
  const idmap = /(<o:idmap\b[^>]*\sdata=")([\d,]+)"/.exec(v);
  const blok = idmap
    ? idmap[2]
        .split(',')
        .filter((x) => x !== '')
        .map(Number)
    : [];
  if (!idmap || blok.length === 0 || blok.some((b) => !(b > 0)))
    throw new TakDidukung('gambar VML tanpa idmap');
  let terakhir = blok[0] * 1024;
  for (const m of v.matchAll(/_x0000_s(\d+)/g)) terakhir = Math.max(terakhir, Number(m[1]));
  const idBaru = idBentuk(blok, terakhir, catatan.size, blokTambahan);
  if (idBaru.length < catatan.size) throw new BlokVmlKurang(catatan.size - idBaru.length);
  const dipakai = blokTambahan.filter((b) => idBaru.some((x) => Math.floor(x / 1024) === b));
  if (dipakai.length)
    v =
      v.slice(0, idmap.index) +
      `${idmap[1]}${idmap[2]},${dipakai.join(',')}"` +
      v.slice(idmap.index + idmap[0].length);
  if (!v.includes('id="_x0000_t202"')) v = v.replace(/<\/xml>\s*$/, `${TIPE_BENTUK}</xml>`);
  const bentukBaru = [...catatan.keys()].map((ref, i) => bentuk(ref, idBaru[i])).join('');
  const akhir = v.lastIndexOf('</xml>');
  if (akhir < 0) throw new TakDidukung('gambar VML tidak dikenali');
  return { komentar: k, vml: v.slice(0, akhir) + bentukBaru + v.slice(akhir), dipertahankan };
}
