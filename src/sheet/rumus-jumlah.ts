import { nomorKolom } from './grid';

/**
 * The rows a formula adds up in its own column: "=SUM(K15:K21)",
 * "=SUM(K14+K22+K27)", "=K12+K91+K96", "=SUM(K92)", "=K109". Undefined for
 * anything else (other columns, other sheets, other functions or operators):
 * only a plain sum says which rows roll up into a row.
 */
export function barisDijumlah(rumus: string, kolom: number): number[] | undefined {
  const t = rumus.replace(/^=\s*/, '').replace(/\$/g, '').toUpperCase().replace(/\s+/g, '');
  // SUM( ... ) around the whole, or none; inside only references, ranges, '+' and ','.
  const m = t.match(/^(?:SUM\((.*)\)|(.*))$/);
  const isi = m?.[1] ?? m?.[2] ?? '';
  if (isi === '' || !/^[A-Z0-9:+,]+$/.test(isi)) return undefined;
  const baris: number[] = [];
  for (const bagian of isi.split(/[+,]/)) {
    const r = bagian.match(/^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/);
    if (!r) return undefined;
    if (nomorKolom(r[1]) !== kolom || (r[3] && nomorKolom(r[3]) !== kolom)) return undefined;
    const awal = Number(r[2]);
    const akhir = r[4] ? Number(r[4]) : awal;
    if (akhir < awal || akhir - awal > 100_000) return undefined;
    for (let b = awal; b <= akhir; b++) baris.push(b);
  }
  return baris;
}
