import { Badge, mergeClasses, Text } from '@fluentui/react-components';
import { formatRingkas, formatRupiah } from '../domain/angka';
import { tentukanKelas } from '../domain/kategori';
import type { HasilBaris, HasilBuku, HasilTabel } from '../engine/hasil';
import { ringkasKas, sampaiAnggaran } from '../report/kalimat';
import { DaftarBertahap } from './Bertahap';
import { useGaya } from './gaya';
import { LencanaKeyakinan } from './Keyakinan';
import {
  barisTampil,
  NAMA_JENIS,
  NAMA_TINGKAT,
  persen,
  ringkasanCapaian,
  ringkasanPeriode,
  teksPeriodeBaris,
  teksProgram,
} from './ringkas';

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

const angka = (n: number | undefined) => (n === undefined ? '–' : formatRingkas(n));

/** Target and realisasi per quarter (or month), and how they were combined. */
function TabelPeriode({ p, uraian }: { p: NonNullable<HasilBaris['periode']>; uraian: string }) {
  const g = useGaya();
  return (
    <>
      <div>Periode: {teksPeriodeBaris(p)}</div>
      <table className={g.tabelKecil}>
        <caption className={g.kecil}>Per periode: {uraian}</caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col">Target</th>
            <th scope="col">Realisasi</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(p.per).map(([nama, x]) => (
            <tr key={nama}>
              <th scope="row">{nama}</th>
              <td>{angka(x.target)}</td>
              <td>{angka(x.realisasi)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** One row: its figure in the summary, how it was computed on expand. */
function BarisHasil({ b, t, skala }: { b: HasilBaris; t: HasilTabel; skala: HasilBuku['skala'] }) {
  const g = useGaya();
  // Budget rows show their serapan; rows with a capaian show that.
  const serapan = t.jenis === 'anggaran' || (b.capaian === undefined && b.serapan !== undefined);
  // Budget levels by indentation; their names are read out, not shown.
  const bertingkat = t.jenis === 'anggaran' || t.jenis === 'renja';
  const inden = !bertingkat
    ? undefined
    : b.tingkat === 'kegiatan'
      ? g.inden1
      : b.tingkat === 'sub-kegiatan'
        ? g.inden2
        : undefined;
  return (
    <details className={mergeClasses(g.lipat, inden)}>
      <summary>
        <span className={g.angka}>{persen(serapan ? b.serapan : b.capaian)}</span>
        {serapan && <span className={g.kecil}> serapan</span>}{' '}
        {bertingkat && <span className={g.tersembunyi}>{NAMA_TINGKAT[b.tingkat]}: </span>}
        {bertingkat && b.tingkat === 'program' ? <b>{b.uraian}</b> : b.uraian || 'Rata-rata'}{' '}
        <LencanaKategori h={b} skala={skala} />
        {b.periode && <Badge appearance="outline">{b.periode.sampai}</Badge>}
        {b.labelEfisiensi && <Badge appearance="tint">{b.labelEfisiensi}</Badge>}
      </summary>
      <div className={g.kecil}>
        {b.indikator && <div>Indikator: {b.indikator}</div>}
        {b.rumus ?? b.alasan}
        {b.polaritas === 'negatif' && !b.rumus?.includes('negatif') ? '; polaritas negatif' : ''}
        {b.pagu !== undefined &&
          ` Pagu ${formatRupiah(b.pagu)}, realisasi ${formatRupiah(b.realisasiAnggaran ?? 0)}${
            serapan ? '' : `, serapan ${persen(b.serapan)}`
          }.`}
        {b.perubahan &&
          ` ${b.perubahan.arah} ${formatRingkas(Math.abs(b.perubahan.poin))} poin dari tahun sebelumnya.`}
        {b.periode && <TabelPeriode p={b.periode} uraian={b.uraian} />}
      </div>
    </details>
  );
}

/** A budget table's programs: pagu, realisasi, serapan, sisa, efisiensi. */
function PerProgram({ t }: { t: HasilTabel }) {
  const g = useGaya();
  const program = t.ringkasan.perProgram ?? [];
  if (program.length === 0) return null;
  return (
    <>
      <Text as="h3" className={g.judulBagian}>
        Per program ({program.length})
      </Text>
      <DaftarBertahap
        isi={program}
        ukuran={20}
        label={`Per program, ${t.tabel.judul ?? t.tabel.id}`}
        kunci={(p) => p.baris}
        tampilkan={(p) => (
          <div>
            <Text size={200} weight="semibold">
              {p.program}
            </Text>
            <div className={g.kecil}>{teksProgram(p)}</div>
          </div>
        )}
      />
    </>
  );
}

function KartuHasil({ t, skala }: { t: HasilTabel; skala: HasilBuku['skala'] }) {
  const g = useGaya();
  const { tampil, tanpa } = barisTampil(t);
  const capaian = ringkasanCapaian(t);
  const periode = ringkasanPeriode(t);
  const judul = t.tabel.judul ?? t.tabel.id;
  return (
    <section className={g.kartu} aria-label={judul}>
      <Text as="h2" weight="semibold" className={g.judulBagian}>
        {judul}
      </Text>
      <div className={g.baris}>
        <Badge appearance="outline">{NAMA_JENIS[t.jenis] ?? t.jenis}</Badge>
        {t.tabel.judul && <Text className={g.kecil}>{t.tabel.id}</Text>}
      </div>
      <LencanaKeyakinan keyakinan={t.tabel.keyakinan} />
      {capaian && <Text size={200}>{capaian}</Text>}
      {periode && <Text size={200}>{periode}</Text>}
      <DaftarBertahap
        isi={tampil}
        label={`Baris ${judul}`}
        kunci={(b) => b.baris}
        tampilkan={(b) => <BarisHasil b={b} t={t} skala={skala} />}
      />
      {tanpa.length > 0 && (
        <Text className={g.kecil}>
          Tidak didaftar di sini (hasilnya ada di lembar):{' '}
          {tanpa.map((x) => `${formatRingkas(x.jumlah)} ${NAMA_TINGKAT[x.tingkat]}`).join(', ')}.
        </Text>
      )}
      {t.ringkasan.pagu !== undefined && (
        <Text size={200}>
          Jumlah: pagu {formatRupiah(t.ringkasan.pagu)}, realisasi
          {sampaiAnggaran(t) ? ` ${sampaiAnggaran(t)}` : ''}{' '}
          {formatRupiah(t.ringkasan.realisasiAnggaran ?? 0)}, serapan {persen(t.ringkasan.serapan)}
        </Text>
      )}
      {ringkasKas(t) && <Text size={200}>{ringkasKas(t)}.</Text>}
      <PerProgram t={t} />
      {t.ringkasan.ikm !== undefined && (
        <Text size={200}>
          IKM {formatRingkas(t.ringkasan.ikm)}, mutu {t.ringkasan.mutu}
        </Text>
      )}
    </section>
  );
}

/** Results per table and per row, with how each was computed. */
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
        <KartuHasil key={t.tabel.id} t={t} skala={hasil.skala} />
      ))}
    </section>
  );
}
