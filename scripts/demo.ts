/* Temporary domain demo; replaced by the CLI run on the example workbook. */
import { formatAngka, hitungCapaian, tentukanKategori } from '../src/domain';

for (const [t, r, p] of [
  [76, 80, 'positif'],
  [16.5, 12.6, 'negatif'],
] as const) {
  const h = hitungCapaian({ target: t, realisasi: r, polaritas: p });
  console.log(`${h.rumus} -> ${formatAngka(h.nilai ?? NaN)} ${tentukanKategori(h.nilai)}`);
}
