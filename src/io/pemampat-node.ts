import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { TerlaluBesar, type Pemampat } from './zip';

const mampat = promisify(zlib.deflateRaw);
const kembang = promisify(zlib.inflateRaw);
// Native CRC-32 from Node 20.15 / 22.2 on; older Node uses the JavaScript one of zip.ts.
const crcAsli = typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;

/** The largest part inflated into one buffer of its declared size. */
const SATU_POTONG = 64 * 1024 * 1024;

/** A raw deflate stream at the writer's level, and all it gives out once ended. */
function deflateAlir(opsi: zlib.ZlibOptions = {}): {
  z: zlib.DeflateRaw;
  hasil: Promise<Uint8Array>;
} {
  const z = zlib.createDeflateRaw({ level: 6, ...opsi });
  const keluar: Buffer[] = [];
  z.on('data', (b: Buffer) => keluar.push(b));
  const hasil = new Promise<Uint8Array>((selesai, gagal) => {
    z.on('error', gagal);
    z.on('end', () => {
      const b = keluar.length === 1 ? keluar[0] : Buffer.concat(keluar);
      selesai(new Uint8Array(b.buffer, b.byteOffset, b.length));
    });
  });
  return { z, hasil };
}

/** Node's zlib (native, on the thread pool); an inflate past its bound stops there, never held whole. */
export const pemampatNode: Pemampat = {
  kembangkan: async (data, batas) => {
    try {
      // One byte more than allowed tells an overflow from an exact fit. Output in one piece when
      // its size is known and plausible (deflate packs at most ~1 032 to 1): zlib then joins no
      // pieces into a second copy.
      const satuPotong =
        batas !== undefined && batas + 1 <= SATU_POTONG && batas <= 1100 * data.length + 64;
      const isi = await kembang(
        data,
        batas === undefined
          ? {}
          : {
              maxOutputLength: batas + 1,
              ...(satuPotong && { chunkSize: Math.max(64, batas + 1) }),
            },
      );
      // A view of zlib's own buffer, not a copy of it (a sheet's XML can be tens of MB).
      return new Uint8Array(isi.buffer, isi.byteOffset, isi.length);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TerlaluBesar();
      throw e;
    }
  },
  mampatkan: async (data) => {
    const b = await mampat(data, { level: 6 });
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  },
  // One stream, fed piece by piece without flushing: the same bytes as deflating them joined.
  mampatkanPotongan: (potongan) => {
    const { z, hasil } = deflateAlir();
    for (const x of potongan) z.write(x);
    z.end();
    return hasil;
  },
  alirMampat: () => {
    // Blocks of the writer's size in, few round trips out.
    const { z, hasil } = deflateAlir({ chunkSize: 256 * 1024 });
    hasil.catch(() => undefined);
    return {
      tulis: (data) =>
        new Promise<void>((selesai, gagal) => {
          z.write(data, (e) => (e ? gagal(e) : selesai()));
        }),
      selesai: () => {
        z.end();
        return hasil;
      },
      batal: () => z.destroy(),
    };
  },
  ...(crcAsli && { crc32: (data: Uint8Array, awal?: number) => crcAsli(data, awal) >>> 0 }),
};
