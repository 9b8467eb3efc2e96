import type { Pemampat } from './zip';

async function alirkan(data: Uint8Array, ubah: TransformStream<BufferSource, Uint8Array>) {
  const keluar = new Blob([data as BlobPart]).stream().pipeThrough(ubah);
  return new Uint8Array(await new Response(keluar).arrayBuffer());
}

/**
 * The browser's own raw deflate (CompressionStream) for the patching writer
 * of the standalone page; undefined where the browser has none (the page
 * then writes with ExcelJS).
 */
export function pemampatBrowser(): Pemampat | undefined {
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
  } catch {
    return undefined;
  }
  return {
    kembangkan: (data) => alirkan(data, new DecompressionStream('deflate-raw')),
    mampatkan: (data) => alirkan(data, new CompressionStream('deflate-raw')),
  };
}
