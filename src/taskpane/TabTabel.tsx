import { Badge, Button, Switch, Text } from '@fluentui/react-components';
import type { HasilBuku, HasilTabel } from '../engine/hasil';
import { alamat, alamatRentang } from '../sheet/grid';
import { useGaya } from './gaya';
import { LencanaKeyakinan } from './Keyakinan';
import type { Layanan } from './layanan';
import { jumlahBaris, NAMA_JENIS, ringkasanPeriode } from './ringkas';

/** The recognised tables and the columns each run will write. */
export function TabTabel({
  hasil,
  layanan,
  semua,
  setSemua,
}: {
  hasil: HasilBuku;
  layanan: Layanan;
  semua: boolean;
  setSemua: (v: boolean) => void;
}) {
  const g = useGaya();
  const asal = { pengaturan: 'dipilih pengguna', buku: 'dari buku kerja', bawaan: 'bawaan' }[
    hasil.skalaDari
  ];
  return (
    <section aria-label="Tabel yang dikenali" className={g.bagian}>
      {layanan.jenis === 'excel' && (
        <Switch
          label="Seluruh buku kerja (bukan hanya lembar aktif)"
          checked={semua}
          onChange={(_, d) => setSemua(d.checked)}
        />
      )}
      <Text size={200}>
        Skala kategori: {hasil.skala.nama} ({asal})
      </Text>
      {hasil.tabel.length === 0 && (
        <Text>
          Tidak ada tabel indikator, anggaran, Renstra, formulir evaluasi Renja atau IKM yang
          dikenali.
        </Text>
      )}
      <ul className={g.daftar}>
        {hasil.tabel.map((t) => (
          <KartuTabel key={t.tabel.id} t={t} hasil={hasil} layanan={layanan} />
        ))}
      </ul>
    </section>
  );
}

function KartuTabel({ t, hasil, layanan }: { t: HasilTabel; hasil: HasilBuku; layanan: Layanan }) {
  const g = useGaya();
  const rentang = t.tabel.id.slice(t.tabel.id.lastIndexOf('!') + 1);
  const blok = hasil.rencana.blok.filter(
    (b) =>
      b.sheet === t.tabel.sheet &&
      b.baris >= t.tabel.barisJudulAwal &&
      b.baris <= t.tabel.barisAkhir,
  );
  return (
    <li className={g.kartu}>
      <div className={g.baris}>
        <Badge appearance="outline">{NAMA_JENIS[t.jenis] ?? t.jenis}</Badge>
        <Button
          size="small"
          appearance="transparent"
          className={g.tautan}
          onClick={() => void layanan.pilih(t.tabel.sheet, rentang).catch(() => undefined)}
          // Excel cannot select cells on a hidden sheet.
          disabled={layanan.jenis === 'mandiri' || t.tabel.lembarTersembunyi}
        >
          {t.tabel.id}
        </Button>
        {t.tabel.lembarTersembunyi && (
          <Badge
            color="warning"
            appearance="tint"
            title="Tampilkan lembarnya untuk melihat hasilnya"
          >
            lembar tersembunyi
          </Badge>
        )}
      </div>
      <LencanaKeyakinan keyakinan={t.tabel.keyakinan} />
      {t.tabel.judul && <Text size={200}>{t.tabel.judul}</Text>}
      <Text className={g.kecil}>{jumlahBaris(t)}</Text>
      {ringkasanPeriode(t) && <Text size={200}>{ringkasanPeriode(t)}</Text>}
      {blok.map((b) => {
        const judul = b.sel[0].map((s, j) =>
          s ? String(s.nilai) : `kolom ${alamat(1, b.kolom + j).replace(/\d/g, '')} (sudah ada)`,
        );
        const rumus = b.sel.some((r) => r.some((s) => s?.rumus));
        const akhir = alamatRentang(
          b.baris,
          b.kolom,
          b.baris + b.sel.length - 1,
          b.kolom + b.sel[0].length - 1,
        );
        return (
          <Text key={`${b.kolom}`} size={200}>
            Akan ditulis {akhir}: {judul.join(', ')} ({rumus ? 'rumus' : 'nilai'})
          </Text>
        );
      })}
    </li>
  );
}
