import { Field, Select, Switch, Text } from '@fluentui/react-components';
import { SKALA } from '../domain/kategori';
import { kunciTeks } from '../domain/teks';
import type { HasilBaris, HasilBuku } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import { DaftarBertahap } from './Bertahap';
import { useGaya } from './gaya';
import { PengaturanPeriode } from './PengaturanPeriode';

/** Settings: scale, how to write, negatif formula, rounding, efisiensi, cap, polarity per indicator. */
export function TabPengaturan({
  pengaturan,
  indikator,
  hasil,
  ubah,
  keterangan,
}: {
  pengaturan: Partial<Pengaturan>;
  indikator: HasilBaris[];
  hasil?: HasilBuku;
  ubah: (p: Partial<Pengaturan>) => void;
  /** Where the settings are kept, in the words of the surface. */
  keterangan: string;
}) {
  const g = useGaya();
  const pilih = <K extends keyof Pengaturan>(
    k: K,
    label: string,
    pilihan: [string, string][],
    bantu: string,
    ubahNilai: (v: string) => Pengaturan[K],
  ) => (
    <Field label={label} hint={bantu}>
      <Select
        value={String(pengaturan[k] ?? '')}
        onChange={(_, d) =>
          ubah({ ...pengaturan, [k]: d.value === '' ? undefined : ubahNilai(d.value) })
        }
      >
        {pilihan.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </Select>
    </Field>
  );
  const polaritas = pengaturan.polaritas ?? {};
  const unik = [...new Map(indikator.map((b) => [kunciTeks(b.uraian), b])).values()];
  return (
    <section aria-label="Pengaturan" className={g.bagian}>
      <Text size={200}>{keterangan}</Text>
      {pilih(
        'skala',
        'Skala kategori',
        [
          [
            '',
            `Otomatis (${hasil && hasil.skalaDari !== 'pengaturan' ? hasil.skala.nama : 'dari buku kerja atau Permendagri 86'})`,
          ],
          ...Object.entries(SKALA).map(([k, s]) => [k, s.nama] as [string, string]),
        ],
        'Otomatis memakai skala yang tertulis di buku kerja, atau Permendagri 86/2017.',
        (v) => v as Pengaturan['skala'],
      )}
      {pilih(
        'mode',
        'Cara menulis',
        [
          ['', 'Rumus Excel hidup (bawaan)'],
          ['nilai', 'Nilai saja'],
        ],
        'Rumus ikut berubah saat target atau realisasi diubah.',
        (v) => v as Pengaturan['mode'],
      )}
      {pilih(
        'rumusNegatif',
        'Rumus indikator negatif',
        [
          ['', '(2 x T - R) / T x 100 (bawaan)'],
          ['t/r', 'T / R x 100'],
        ],
        'Untuk indikator yang makin kecil makin baik.',
        (v) => v as Pengaturan['rumusNegatif'],
      )}
      {pilih(
        'pembulatan',
        'Pembulatan tampilan',
        [
          ['', 'Setengah ke atas (bawaan)'],
          ['potong', 'Dipotong (truncate)'],
        ],
        'Nilai dihitung penuh; pembulatan hanya untuk tampilan.',
        (v) => v as Pengaturan['pembulatan'],
      )}
      {pilih(
        'efisiensi',
        'Metode efisiensi',
        [
          ['', 'Selisih capaian - serapan (bawaan)'],
          ['pita5', 'Selisih dengan pita 5 poin'],
          ['rasio', 'Rasio capaian / serapan'],
        ],
        'Tidak ada rumus nasional; metodenya selalu disebutkan.',
        (v) => v as Pengaturan['efisiensi'],
      )}
      {pilih(
        'batas',
        'Batas atas capaian',
        [
          ['', 'Tanpa batas (bawaan)'],
          ['100', '100%'],
          ['120', '120%'],
          ['150', '150%'],
        ],
        'Nilai tanpa batas tetap disimpan.',
        (v) => Number(v),
      )}
      <PengaturanPeriode pengaturan={pengaturan} hasil={hasil} ubah={ubah} />
      <Text as="h2" className={g.judulBagian}>
        Polaritas indikator
      </Text>
      <Text size={200}>
        Negatif berarti makin kecil makin baik (mis. prevalensi stunting, angka kematian).
      </Text>
      <DaftarBertahap
        isi={unik}
        ukuran={30}
        label="Polaritas per indikator"
        kunci={(b) => kunciTeks(b.uraian)}
        tampilkan={(b) => {
          const k = kunciTeks(b.uraian);
          const negatif = (polaritas[k] ?? b.polaritas) === 'negatif';
          return (
            <Switch
              checked={negatif}
              label={`${b.uraian}${b.saranNegatif ? ' (nama tampak negatif)' : b.polaritasDari === 'kolom' ? ' (dari kolom polaritas)' : ''}`}
              onChange={(_, d) =>
                ubah({
                  ...pengaturan,
                  polaritas: { ...polaritas, [k]: d.checked ? 'negatif' : 'positif' },
                })
              }
            />
          );
        }}
      />
    </section>
  );
}
