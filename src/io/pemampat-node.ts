import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import type { Pemampat } from './zip';

const mampat = promisify(deflateRaw);
const kembang = promisify(inflateRaw);

/** Node's zlib (native, on the thread pool) for the patching writer of the command line. */
export const pemampatNode: Pemampat = {
  kembangkan: async (data) => new Uint8Array(await kembang(data)),
  mampatkan: async (data) => new Uint8Array(await mampat(data, { level: 6 })),
};
