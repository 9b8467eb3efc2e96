/**
 * Developer view of what the engine recognised and computed in a workbook:
 * tables, columns with their roles, rows with their values, findings, plan blocks.
 * Run: npm run lihat -- <berkas.xlsx>
 */
import { readFileSync } from 'node:fs';
import { pemampatNode } from '../src/io/pemampat-node';
import { bacaGrid } from '../src/io/pembaca-xlsx';
import { hitungBuku } from '../src/engine/hitung';
import { teksPeriode } from '../src/sheet/periode';
(async () => {
  const h = hitungBuku(await bacaGrid(readFileSync(process.argv[2]), pemampatNode));
  for (const t of h.tabel) {
    console.log(`== ${t.tabel.id} ${t.jenis} tahun=${t.tabel.tahun} judul=${t.tabel.judul}`);
    console.log(
      '   kolom:',
      t.tabel.kolom
        .map(
          (k) =>
            `${k.kolom}:${k.peran}${k.tahun ? '@' + k.tahun : ''}${k.periode ? `[${teksPeriode(k.periode)}]` : ''}${k.blok ? `{${k.blok}}` : ''}${k.milik ? '*' : ''}`,
        )
        .join(' '),
    );
    const y = t.tabel.keyakinan;
    console.log(`   keyakinan: ${!y || y.pasti ? 'pasti' : `ditebak: ${y.tebakan.join('; ')}`}`);
    for (const b of t.baris)
      console.log(
        `   r${b.baris} ${b.tingkat} ${b.kode ?? ''} ${b.uraian.slice(0, 40)} | T=${b.target} R=${b.realisasi} C=${b.capaian?.toFixed(2)} K=${b.kategori ?? ''} P=${b.pagu} RA=${b.realisasiAnggaran} S=${b.serapan?.toFixed(2)} sisa=${b.sisa} ${b.alasan ?? ''} ${b.perubahan ? JSON.stringify(b.perubahan) : ''}`,
      );
    console.log('   ringkasan', JSON.stringify(t.ringkasan));
  }
  console.log('skala', h.skala.kode, h.skalaDari);
  for (const t of h.temuan) console.log('  temuan', t.sheet, t.sel, t.kode, t.tingkat, t.pesan);
  console.log(
    'blok',
    h.rencana.blok
      .map((b) => `${b.sheet}!${b.baris},${b.kolom} ${b.peran} ${b.sel.length}x${b.sel[0].length}`)
      .join('\n'),
  );
})();
