import { gabungBita, TerlaluBesar, type Pemampat } from './zip';

async function alirkan(
  data: Uint8Array,
  ubah: TransformStream<BufferSource, Uint8Array>,
  batas = Infinity,
): Promise<Uint8Array> {
  const pembaca = new Blob([data as BlobPart]).stream().pipeThrough(ubah).getReader();
  const potong: Uint8Array[] = [];
  let panjang = 0;
  for (;;) {
    const { done, value } = await pembaca.read();
    if (done) break;
    panjang += value.length;
    if (panjang > batas) {
      await pembaca.cancel();
      throw new TerlaluBesar();
    }
    potong.push(value);
  }
  return gabungBita(potong);
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
    kembangkan: (data, batas) => alirkan(data, new DecompressionStream('deflate-raw'), batas),
    mampatkan: (data) => alirkan(data, new CompressionStream('deflate-raw')),
  };
}
