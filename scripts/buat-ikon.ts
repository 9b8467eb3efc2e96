/**
 * Draws the add-in's icons (16, 32, 64, 80, 128 px) from vector shapes with
 * 4x4 supersampling and writes them as PNG to assets/.
 * - ikon: rising bars on a blue tile with a green tick (Capaian, Hitung Capaian)
 * - periksa: a magnifier over a bar (Periksa)
 * - panel: a window with a side pane (Panel Capaian)
 * Run: npm run ikon
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Warna = [number, number, number, number];
/** A shape: signed distance (negative inside) at a point of the unit square. */
type Bentuk = { jarak: (x: number, y: number) => number; warna: Warna };

const BIRU: Warna = [15, 108, 189, 255];
const BIRU_TUA: Warna = [17, 94, 163, 255];
const PUTIH: Warna = [255, 255, 255, 255];
const HIJAU: Warna = [19, 161, 14, 255];
const KUNING: Warna = [255, 185, 0, 255];

function kotakBulat(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function garis(ax: number, ay: number, bx: number, by: number, tebal: number) {
  return (x: number, y: number) => {
    const px = x - ax;
    const py = y - ay;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t) - tebal / 2;
  };
}

function lingkaran(cx: number, cy: number, r: number) {
  return (x: number, y: number) => Math.hypot(x - cx, y - cy) - r;
}

function cincin(cx: number, cy: number, r: number, tebal: number) {
  return (x: number, y: number) => Math.abs(Math.hypot(x - cx, y - cy) - r) - tebal / 2;
}

const DESAIN: Record<string, Bentuk[]> = {
  ikon: [
    { jarak: kotakBulat(0.04, 0.04, 0.96, 0.96, 0.18), warna: BIRU },
    { jarak: kotakBulat(0.2, 0.56, 0.34, 0.8, 0.03), warna: PUTIH },
    { jarak: kotakBulat(0.43, 0.42, 0.57, 0.8, 0.03), warna: PUTIH },
    { jarak: kotakBulat(0.66, 0.26, 0.8, 0.8, 0.03), warna: PUTIH },
    { jarak: lingkaran(0.76, 0.27, 0.2), warna: HIJAU },
    {
      jarak: (x, y) =>
        Math.min(
          garis(0.67, 0.27, 0.735, 0.34, 0.07)(x, y),
          garis(0.735, 0.34, 0.86, 0.2, 0.07)(x, y),
        ),
      warna: PUTIH,
    },
  ],
  periksa: [
    { jarak: kotakBulat(0.04, 0.04, 0.96, 0.96, 0.18), warna: BIRU },
    { jarak: kotakBulat(0.18, 0.5, 0.3, 0.8, 0.03), warna: PUTIH },
    { jarak: kotakBulat(0.38, 0.36, 0.5, 0.8, 0.03), warna: PUTIH },
    { jarak: lingkaran(0.62, 0.42, 0.2), warna: BIRU_TUA },
    { jarak: cincin(0.62, 0.42, 0.2, 0.08), warna: KUNING },
    { jarak: garis(0.76, 0.56, 0.88, 0.8, 0.1), warna: KUNING },
  ],
  panel: [
    { jarak: kotakBulat(0.04, 0.04, 0.96, 0.96, 0.18), warna: BIRU },
    { jarak: kotakBulat(0.16, 0.2, 0.84, 0.8, 0.05), warna: PUTIH },
    { jarak: kotakBulat(0.56, 0.28, 0.77, 0.72, 0.03), warna: BIRU_TUA },
    { jarak: kotakBulat(0.23, 0.3, 0.48, 0.36, 0.02), warna: BIRU },
    { jarak: kotakBulat(0.23, 0.44, 0.48, 0.5, 0.02), warna: BIRU },
    { jarak: kotakBulat(0.23, 0.58, 0.42, 0.64, 0.02), warna: HIJAU },
  ],
};

/** RGBA pixels of a design at a size, 4x4 samples per pixel. */
export function gambar(desain: Bentuk[], ukuran: number): Uint8Array {
  const piksel = new Uint8Array(ukuran * ukuran * 4);
  const n = 4;
  for (let py = 0; py < ukuran; py++) {
    for (let px = 0; px < ukuran; px++) {
      const jumlah = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / ukuran;
          const y = (py + (sy + 0.5) / n) / ukuran;
          let w: Warna = [0, 0, 0, 0];
          for (const b of desain) if (b.jarak(x, y) <= 0) w = b.warna;
          const a = w[3] / 255;
          jumlah[0] += w[0] * a;
          jumlah[1] += w[1] * a;
          jumlah[2] += w[2] * a;
          jumlah[3] += a;
        }
      }
      const i = (py * ukuran + px) * 4;
      const alfa = jumlah[3] / (n * n);
      piksel[i] = alfa ? Math.round(jumlah[0] / jumlah[3]) : 0;
      piksel[i + 1] = alfa ? Math.round(jumlah[1] / jumlah[3]) : 0;
      piksel[i + 2] = alfa ? Math.round(jumlah[2] / jumlah[3]) : 0;
      piksel[i + 3] = Math.round(alfa * 255);
    }
  }
  return piksel;
}

const TABEL_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = TABEL_CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function potongan(jenis: string, isi: Uint8Array): Buffer {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(isi.length);
  const badan = Buffer.concat([Buffer.from(jenis, 'ascii'), Buffer.from(isi)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(badan));
  return Buffer.concat([panjang, badan, crc]);
}

/** An RGBA image as PNG bytes. */
export function png(piksel: Uint8Array, ukuran: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(ukuran, 0);
  ihdr.writeUInt32BE(ukuran, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const baris = Buffer.alloc(ukuran * (ukuran * 4 + 1));
  for (let y = 0; y < ukuran; y++) {
    baris[y * (ukuran * 4 + 1)] = 0;
    Buffer.from(piksel.subarray(y * ukuran * 4, (y + 1) * ukuran * 4)).copy(
      baris,
      y * (ukuran * 4 + 1) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potongan('IHDR', ihdr),
    potongan('IDAT', deflateSync(baris, { level: 9 })),
    potongan('IEND', new Uint8Array()),
  ]);
}

if (require.main === module) {
  const folder = path.join(__dirname, '..', 'assets');
  for (const [nama, desain] of Object.entries(DESAIN)) {
    for (const ukuran of [16, 32, 64, 80, 128]) {
      writeFileSync(
        path.join(folder, `${nama}-${ukuran}.png`),
        png(gambar(desain, ukuran), ukuran),
      );
    }
  }
  console.log('ikon ditulis ke assets/');
}
