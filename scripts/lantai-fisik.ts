/**
 * The physical floor of an .xlsx, for `npm run bench`: the least any
 * program must do to read every cell of a workbook and write it back.
 * Inflate every part, scan every cell of every sheet (its address, type and
 * value: numbers read as numbers, shared strings as indexes), deflate every
 * part into a new zip, with the same deflate (Node's zlib, level 6, parts
 * side by side on its thread pool) and CRC-32 as Capaian's writer. Nothing
 * is understood beyond that. Run as a fresh process (the bench transpiles it
 * to plain JavaScript first):
 *
 *   node lantai-fisik.js masukan.xlsx keluaran.xlsx
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

const kembang = promisify(zlib.inflateRaw);
const mampat = promisify(zlib.deflateRaw);

interface Entri {
  nama: Buffer;
  metode: number;
  data: Buffer;
}

/** The entries of the archive, by its central directory (no zip64: what Office writes). */
function bacaZip(zip: Buffer): Entri[] {
  let akhir = zip.length - 22;
  while (akhir >= 0 && zip.readUInt32LE(akhir) !== 0x06054b50) akhir--;
  if (akhir < 0) throw new Error('bukan zip');
  const jumlah = zip.readUInt16LE(akhir + 10);
  let p = zip.readUInt32LE(akhir + 16);
  const hasil: Entri[] = [];
  for (let i = 0; i < jumlah; i++) {
    const metode = zip.readUInt16LE(p + 10);
    const ukuran = zip.readUInt32LE(p + 20);
    const panjangNama = zip.readUInt16LE(p + 28);
    const lokal = zip.readUInt32LE(p + 42);
    const mulai = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    hasil.push({
      nama: zip.subarray(p + 46, p + 46 + panjangNama),
      metode,
      data: zip.subarray(mulai, mulai + ukuran),
    });
    p += 46 + panjangNama + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return hasil;
}

/** Every cell of a sheet: address, type and value read; returns how many rows and cells, and a checksum of the values. */
function pindaiSel(xml: string): { baris: number; sel: number; jumlah: number } {
  let baris = 0;
  for (let p = xml.indexOf('<row ', 0); p >= 0; p = xml.indexOf('<row ', p + 5)) baris++;
  let sel = 0;
  let jumlah = 0;
  for (let p = xml.indexOf('<c ', 0); p >= 0; p = xml.indexOf('<c ', p + 3)) {
    const akhirTag = xml.indexOf('>', p);
    const tag = xml.slice(p, akhirTag);
    const r = tag.indexOf(' r="');
    if (r >= 0) jumlah += tag.charCodeAt(r + 4);
    const t = tag.indexOf(' t="');
    const jenis = t >= 0 ? tag.charCodeAt(t + 4) : 110;
    sel++;
    if (xml.charCodeAt(akhirTag - 1) === 47) continue;
    const v = xml.indexOf('<v>', akhirTag);
    const tutup = xml.indexOf('</c>', akhirTag);
    if (v < 0 || v > tutup) continue;
    const nilai = xml.slice(v + 3, xml.indexOf('</v>', v));
    // A number, or the index of a shared string; other types as their text.
    jumlah += jenis === 110 || jenis === 115 ? Number(nilai) || 0 : nilai.length;
  }
  return { baris, sel, jumlah };
}

function tulisZip(entri: { nama: Buffer; data: Buffer; crc: number; ukuran: number }[]): Buffer {
  const potong: Buffer[] = [];
  const pusat: Buffer[] = [];
  let p = 0;
  for (const e of entri) {
    const lokal = Buffer.alloc(30);
    lokal.writeUInt32LE(0x04034b50, 0);
    lokal.writeUInt16LE(20, 4);
    lokal.writeUInt16LE(8, 8);
    lokal.writeUInt32LE(e.crc, 14);
    lokal.writeUInt32LE(e.data.length, 18);
    lokal.writeUInt32LE(e.ukuran, 22);
    lokal.writeUInt16LE(e.nama.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.ukuran, 24);
    c.writeUInt16LE(e.nama.length, 28);
    c.writeUInt32LE(p, 42);
    potong.push(lokal, e.nama, e.data);
    pusat.push(c, e.nama);
    p += 30 + e.nama.length + e.data.length;
  }
  const ukuranPusat = pusat.reduce((n, b) => n + b.length, 0);
  const ujung = Buffer.alloc(22);
  ujung.writeUInt32LE(0x06054b50, 0);
  ujung.writeUInt16LE(entri.length, 8);
  ujung.writeUInt16LE(entri.length, 10);
  ujung.writeUInt32LE(ukuranPusat, 12);
  ujung.writeUInt32LE(p, 16);
  return Buffer.concat([...potong, ...pusat, ujung]);
}

async function jalankan(masukan: string, keluaran: string): Promise<void> {
  const entri = bacaZip(readFileSync(masukan));
  const dekoder = new TextDecoder();
  let sel = 0;
  let baris = 0;
  let jumlah = 0;
  const crc = (b: Buffer) => (typeof zlib.crc32 === 'function' ? zlib.crc32(b) >>> 0 : 0);
  const baru = await Promise.all(
    entri.map(async (e) => {
      const isi = e.metode === 8 ? await kembang(e.data) : e.data;
      const nama = e.nama.toString();
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(nama)) {
        const x = pindaiSel(dekoder.decode(isi));
        sel += x.sel;
        baris += x.baris;
        jumlah += x.jumlah;
      }
      return {
        nama: e.nama,
        data: await mampat(isi, { level: 6 }),
        crc: crc(isi),
        ukuran: isi.length,
      };
    }),
  );
  writeFileSync(keluaran, tulisZip(baru));
  if (process.env.LANTAI_CERITA) console.log(`${baris} baris, ${sel} sel (${jumlah})`);
}

jalankan(process.argv[2], process.argv[3]).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
