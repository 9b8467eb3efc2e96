import { Field, Select, Text } from '@fluentui/react-components';
import { kunciTeks } from '../domain/teks';
import type { HasilBaris, HasilBuku } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import type { MetodePeriode, SetelanPeriode } from '../engine/periode';
import { DaftarBertahap } from './Bertahap';
import { useGaya } from './gaya';
import { ARTI_METODE, ASAL_METODE, barisPeriode, NAMA_METODE } from './ringkas';

const METODE = Object.keys(NAMA_METODE) as MetodePeriode[];

/** The choices of a method select: first the fallback, then the three methods. */
function PilihMetode({
  label,
  hint,
  nilai,
  kosong,
  ubah,
}: {
  label: string;
  hint?: string;
  nilai: MetodePeriode | undefined;
  kosong: string;
  ubah: (m: MetodePeriode | undefined) => void;
}) {
  return (
    <Field label={label} hint={hint}>
      <Select
        value={nilai ?? ''}
        onChange={(_, d) => ubah(d.value === '' ? undefined : (d.value as MetodePeriode))}
      >
        <option value="">{kosong}</option>
        {METODE.map((m) => (
          <option key={m} value={m}>
            {NAMA_METODE[m]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A record without one key, or with it set. */
function dengan<T>(r: Record<string, T>, k: string, v: T | undefined): Record<string, T> {
  const baru = { ...r };
  if (v === undefined) delete baru[k];
  else baru[k] = v;
  return baru;
}

/**
 * How quarterly (or monthly) figures add up: for all, per sheet, per
 * indicator (the narrowest choice wins). Sheets and indicators are those of
 * the tables read, plus any already chosen.
 */
export function PengaturanPeriode({
  pengaturan,
  hasil,
  ubah,
}: {
  pengaturan: Partial<Pengaturan>;
  hasil?: HasilBuku;
  ubah: (p: Partial<Pengaturan>) => void;
}) {
  const g = useGaya();
  const m: SetelanPeriode = {
    ...pengaturan.metodePeriode,
    lembar: pengaturan.metodePeriode?.lembar ?? {},
    indikator: pengaturan.metodePeriode?.indikator ?? {},
  };
  const ganti = (x: Partial<SetelanPeriode>) => {
    const baru: SetelanPeriode = { ...m, ...x };
    if (baru.semua === undefined) delete baru.semua;
    ubah({ ...pengaturan, metodePeriode: baru });
  };
  const baris = (hasil?.tabel ?? []).flatMap((t) =>
    barisPeriode(t).map((b) => ({ b, sheet: t.tabel.sheet })),
  );
  const lembar = [...new Set([...baris.map((x) => x.sheet), ...Object.keys(m.lembar)])];
  const indikator = new Map<string, HasilBaris | undefined>();
  for (const { b } of baris)
    if (!indikator.has(kunciTeks(b.uraian))) indikator.set(kunciTeks(b.uraian), b);
  for (const k of Object.keys(m.indikator)) if (!indikator.has(k)) indikator.set(k, undefined);
  return (
    <>
      <Text as="h2" className={g.judulBagian}>
        Metode triwulan / bulanan
      </Text>
      <Text size={200}>
        Cara angka per triwulan (atau per bulan) digabung sampai periode terakhir yang terisi.
        Pilihan per indikator mengalahkan pilihan per lembar, yang mengalahkan pilihan untuk semua.
      </Text>
      <ul className={g.kecil}>
        {METODE.map((x) => (
          <li key={x}>
            {NAMA_METODE[x]}: {ARTI_METODE[x]}
          </li>
        ))}
      </ul>
      <PilihMetode
        label="Untuk semua tabel"
        nilai={m.semua}
        hint='Otomatis: kolom "s.d." dan target yang naik sampai target tahunan memakai nilai akhir; satuan persen, indeks, nilai memakai nilai akhir; jumlah (dokumen, orang) memakai kumulatif.'
        kosong="Otomatis (bawaan)"
        ubah={(v) => ganti({ semua: v })}
      />
      {lembar.length === 0 && (
        <Text size={200} className={g.kecil}>
          Belum ada tabel per triwulan atau per bulan yang dibaca.
        </Text>
      )}
      {lembar.map((nama) => (
        <PilihMetode
          key={nama}
          label={`Lembar "${nama}"`}
          nilai={m.lembar[nama]}
          kosong="Ikuti pilihan untuk semua"
          ubah={(v) => ganti({ lembar: dengan(m.lembar, nama, v) })}
        />
      ))}
      {indikator.size > 0 && <Text weight="semibold">Per indikator</Text>}
      {indikator.size > 0 && (
        <DaftarBertahap
          isi={[...indikator]}
          ukuran={20}
          label="Metode per indikator"
          kunci={([k]) => k}
          tampilkan={([k, b]) => (
            <PilihMetode
              label={b?.uraian ?? k}
              hint={
                b?.periode
                  ? `Sekarang: ${NAMA_METODE[b.periode.metode]} (${ASAL_METODE[b.periode.metodeDari]}), ${b.periode.sampai}`
                  : 'Indikator ini tidak ada di tabel yang sedang dibaca.'
              }
              nilai={m.indikator[k]}
              kosong="Ikuti lembar / semua"
              ubah={(v) => ganti({ indikator: dengan(m.indikator, k, v) })}
            />
          )}
        />
      )}
    </>
  );
}
