import { hurufKolom } from '../sheet/grid';
import { Paket } from './paket';
import { atribut, aturAtribut } from './xml';
import { anakBernama, awalan, lokal, PemindaiXml, struktur } from './xml-token';
import type { Pemampat } from './zip';

/**
 * Valid workbooks in forms ExcelJS cannot load, rewritten into the plain
 * form it reads (for reading cells only; the patch writer works on the
 * user's own bytes): parts stored in UTF-16 or a Latin code page, the
 * SpreadsheetML namespace under a prefix (`<x:worksheet>`, as some .NET
 * tools write), rows and cells without their `r` address, and relationship
 * targets given from the package root (`/xl/comments/comment1.xml`, as
 * openpyxl writes them).
 */

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** `jalur` (a package path) as a target relative to the folder `dari`. */
function relatif(dari: string, jalur: string): string {
  const a = dari.split('/').filter(Boolean);
  const b = jalur.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return '../'.repeat(a.length - i) + b.slice(i).join('/');
}

/** Relationship targets from the package root made relative to the part's folder. */
function targetRelatif(xml: string, namaRels: string): string {
  // "xl/worksheets/_rels/sheet1.xml.rels" relates parts of "xl/worksheets/".
  const folder = namaRels.replace(/_rels\/[^/]*$/, '');
  const st = struktur(xml);
  let hasil = '';
  let p = 0;
  for (const r of anakBernama(xml, st.akar, `${st.p}Relationship`)) {
    const target = atribut(r.tag, 'Target');
    if (!target?.startsWith('/') || atribut(r.tag, 'TargetMode') === 'External') continue;
    hasil +=
      xml.slice(p, r.el.awal) + aturAtribut(r.tag, 'Target', relatif(folder, target.slice(1)));
    p = r.el.akhirBuka;
  }
  return hasil + xml.slice(p);
}

/**
 * One pass over a SpreadsheetML part: the main namespace's prefix dropped
 * (declared as the default namespace instead) and, in a worksheet, every
 * row and cell given its address.
 */
function polosSpreadsheetMl(xml: string): string {
  const s = new PemindaiXml(xml);
  const potong: string[] = [];
  let p = 0;
  let awalanMain: string | undefined;
  let akarDilihat = false;
  let akarDitulis = false;
  let baris = 0;
  let kolom = 0;
  while (s.berikut()) {
    if (s.jenis !== 'buka' && s.jenis !== 'tutup') continue;
    const nama = s.nama;
    if (!akarDilihat && s.jenis === 'buka') {
      akarDilihat = true;
      const pre = awalan(nama);
      const tag = xml.slice(s.awal, s.akhir);
      if (pre && atribut(tag, `xmlns:${pre.slice(0, -1)}`) === NS_MAIN) awalanMain = pre;
      else if (atribut(tag, 'xmlns') !== NS_MAIN) return xml;
    }
    const dalamMain = awalanMain ? awalan(nama) === awalanMain : !nama.includes(':');
    if (!dalamMain) continue;
    const lok = lokal(nama);
    let tambahan = '';
    if (s.jenis === 'buka' && (lok === 'row' || lok === 'c')) {
      const r = s.atribut().find((a) => a.nama === 'r')?.mentah;
      if (lok === 'row') {
        baris = r ? Number(r) : baris + 1;
        kolom = 0;
        if (!r) tambahan = ` r="${baris}"`;
      } else {
        const m = r && /^([A-Z]+)\d+$/.exec(r);
        kolom = m ? m[1].split('').reduce((n, h) => n * 26 + h.charCodeAt(0) - 64, 0) : kolom + 1;
        if (!r) tambahan = ` r="${hurufKolom(kolom)}${baris}"`;
      }
    }
    if (!awalanMain && !tambahan) continue;
    const mulaiNama = s.jenis === 'tutup' ? s.awal + 2 : s.awal + 1;
    const akhirNama = mulaiNama + nama.length;
    potong.push(xml.slice(p, mulaiNama), lok);
    let ekor = xml.slice(akhirNama, s.akhir);
    if (s.jenis === 'buka' && awalanMain && !akarDitulis) {
      akarDitulis = true;
      ekor = ` xmlns="${NS_MAIN}"${ekor}`;
    }
    if (tambahan) ekor = ekor.replace(/\s*(\/?>)$/, `${tambahan}$1`);
    potong.push(ekor);
    p = s.akhir;
  }
  potong.push(xml.slice(p));
  return potong.join('');
}

/** The package rewritten into the form ExcelJS reads; undefined when there was nothing to change. */
export async function normalisasi(
  data: Uint8Array,
  pemampat: Pemampat,
): Promise<Uint8Array | undefined> {
  const paket = new Paket(data, pemampat);
  let berubah = false;
  for (const nama of paket.nama) {
    if (!/\.(xml|rels)$/i.test(nama)) continue;
    const xml = await paket.teks(nama);
    let baru = xml;
    if (nama.endsWith('.rels')) baru = targetRelatif(xml, nama);
    else if (nama.startsWith('xl/')) baru = polosSpreadsheetMl(xml);
    if (baru !== xml || paket.bukanUtf8(nama)) {
      paket.tulis(nama, baru);
      berubah = true;
    }
  }
  return berubah ? paket.zip() : undefined;
}
