import { Badge, Text } from '@fluentui/react-components';
import { formatRingkas, formatRupiah } from '../domain/angka';
import { tentukanKelas } from '../domain/kategori';
import type { HasilBaris, HasilBuku, HasilTabel } from '../engine/hasil';
import { useGaya } from './gaya';

export function persen(n: number | undefined): string {
  return n === undefined ? '–' : `${formatRingkas(n)}%`;
}

function LencanaKategori({ h, skala }: { h: HasilBaris; skala: HasilBuku['skala'] }) {
  if (!h.kategori) return null;
  const kelas = tentukanKelas(h.capaian, skala);
  const urutan = kelas ? skala.kelas.indexOf(kelas) : 0;
  const warna =
    urutan === 0
      ? 'success'
      : urutan === 1
        ? 'brand'
        : urutan < skala.kelas.length - 1
          ? 'warning'
          : 'danger';
  return (
    <Badge appearance="tint" color={warna}>
      {h.kategori}
    </Badge>
  );
}

/** A table's mean capaian and how many indicators fall in each kategori, as the CLI prints them. */
export function ringkasanCapaian(t: HasilTabel): string | undefined {
  const r = t.ringkasan;
  if (r.capaian === undefined) return undefined;
  const jumlah = Object.entries(r.jumlahPerKategori ?? {})
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `Rata-rata capaian ${persen(r.capaian)}${r.kategori ? ` (${r.kategori})` : ''}${jumlah ? `; ${jumlah}` : ''}`;
}

/** Results per indicator with how each was computed. */
export function TabHasil({ hasil }: { hasil: HasilBuku }) {
  const g = useGaya();
  return (
    <section aria-label="Hasil perhitungan" className={g.bagian}>
      {hasil.efisiensi.label && (
        <Text size={200}>
          Efisiensi keseluruhan: capaian {persen(hasil.efisiensi.capaian)} dibanding serapan{' '}
          {persen(hasil.efisiensi.serapan)}: <b>{hasil.efisiensi.label}</b> (metode{' '}
          {hasil.efisiensi.metode})
        </Text>
      )}
      {hasil.tabel.map((t) => (
        <div key={t.tabel.id} className={g.kartu}>
          <Text weight="semibold">{t.tabel.judul ?? t.tabel.id}</Text>
          {ringkasanCapaian(t) && <Text size={200}>{ringkasanCapaian(t)}</Text>}
          <ul className={g.daftar}>
            {t.baris
              .filter(
                (b) =>
                  ['indikator', 'sub-indikator', 'sasaran', 'program'].includes(b.tingkat) ||
                  (b.tingkat === 'total' && b.capaian !== undefined),
              )
              .map((b) => (
                <li key={b.baris}>
                  <details>
                    <summary>
                      <span className={g.angka}>
                        {b.tingkat === 'program' ? persen(b.serapan) : persen(b.capaian)}
                      </span>{' '}
                      {b.uraian || 'Rata-rata'} <LencanaKategori h={b} skala={hasil.skala} />
                      {b.labelEfisiensi && <Badge appearance="tint">{b.labelEfisiensi}</Badge>}
                    </summary>
                    <div className={g.kecil}>
                      {b.rumus ?? b.alasan}
                      {b.polaritas === 'negatif' && !b.rumus?.includes('negatif')
                        ? '; polaritas negatif'
                        : ''}
                      {b.pagu !== undefined &&
                        ` Pagu ${formatRupiah(b.pagu)}, realisasi ${formatRupiah(b.realisasiAnggaran ?? 0)}.`}
                      {b.perubahan &&
                        ` ${b.perubahan.arah} ${formatRingkas(Math.abs(b.perubahan.poin))} poin dari tahun sebelumnya.`}
                    </div>
                  </details>
                </li>
              ))}
          </ul>
          {t.ringkasan.pagu !== undefined && (
            <Text size={200}>
              Jumlah: pagu {formatRupiah(t.ringkasan.pagu)}, realisasi{' '}
              {formatRupiah(t.ringkasan.realisasiAnggaran ?? 0)}, serapan{' '}
              {persen(t.ringkasan.serapan)}
            </Text>
          )}
          {t.ringkasan.ikm !== undefined && (
            <Text size={200}>
              IKM {formatRingkas(t.ringkasan.ikm)}, mutu {t.ringkasan.mutu}
            </Text>
          )}
        </div>
      ))}
    </section>
  );
}
