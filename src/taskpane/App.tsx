import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatRingkas, formatRupiah } from '../domain/angka';
import { tentukanKelas, SKALA } from '../domain/kategori';
import { kunciTeks } from '../domain/teks';
import type { HasilBaris, HasilBuku, HasilTabel, Temuan } from '../engine/hasil';
import { hitungBuku } from '../engine/hitung';
import type { Pengaturan } from '../engine/pengaturan';
import { alamat, alamatRentang } from '../sheet/grid';
import type { Layanan } from './layanan';
import { pesanGalat } from '../excel/adaptor';
import type { LayananMandiri } from './layanan-mandiri';
import { PanelBab3 } from './PanelBab3';

const useGaya = makeStyles({
  akar: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    minWidth: '260px',
  },
  baris: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  kartu: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  daftar: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  kecil: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  angka: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

type NamaTab = 'tabel' | 'hasil' | 'temuan' | 'bab3' | 'pengaturan';

const NAMA_JENIS: Record<string, string> = {
  indikator: 'Indikator',
  'multi-tahun': 'Multi-tahun',
  renstra: 'Renstra',
  anggaran: 'Anggaran',
  'sasaran-program': 'Sasaran-program',
  efisiensi: 'Efisiensi',
  ikm: 'IKM',
  skala: 'Skala',
};

const NAMA_TINGKAT: Record<Temuan['tingkat'], string> = {
  error: 'Kesalahan',
  warning: 'Peringatan',
  info: 'Catatan',
};
const WARNA_TINGKAT: Record<Temuan['tingkat'], 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

function persen(n: number | undefined): string {
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

export interface PropsApp {
  layanan: Layanan;
  awal?: NamaTab;
}

export function App({ layanan, awal = 'tabel' }: PropsApp) {
  const g = useGaya();
  const [tab, setTab] = useState<NamaTab>(awal);
  const [pengaturan, setPengaturan] = useState<Partial<Pengaturan>>({});
  const [hasil, setHasil] = useState<HasilBuku>();
  const [pesan, setPesan] = useState<{ teks: string; jenis: 'success' | 'error' | 'info' }>();
  const [sibuk, setSibuk] = useState(false);
  const [semuaLembar, setSemuaLembar] = useState(layanan.jenis === 'mandiri');
  const [saring, setSaring] = useState<Record<Temuan['tingkat'], boolean>>({
    error: true,
    warning: true,
    info: false,
  });
  const [tersorot, setTersorot] = useState(false);
  const [berkasDipilih, setBerkasDipilih] = useState(false);

  const kerjakan = useCallback(async (f: () => Promise<void>) => {
    setSibuk(true);
    try {
      await f();
    } catch (e) {
      setPesan({ teks: pesanGalat(e), jenis: 'error' });
    } finally {
      setSibuk(false);
    }
  }, []);

  const hitungUlang = useCallback(
    async (p: Partial<Pengaturan>, semua = semuaLembar) => {
      const grids = await layanan.baca(semua);
      setHasil(hitungBuku(grids, p));
    },
    [layanan, semuaLembar],
  );

  useEffect(() => {
    void kerjakan(async () => {
      const p = await layanan.bacaPengaturan();
      setPengaturan(p);
      const status = await layanan.status();
      if (status) setPesan({ teks: `Perintah terakhir: ${status}`, jenis: 'info' });
      if (layanan.jenis === 'excel') await hitungUlang(p);
    });
    // Loaded once; later reloads are explicit.
  }, []);

  const temuan = hasil?.temuan ?? [];
  const jumlahTingkat = (t: Temuan['tingkat']) => temuan.filter((x) => x.tingkat === t).length;
  const indikator = useMemo(
    () =>
      (hasil?.tabel ?? []).flatMap((t) =>
        t.baris.filter((b) => b.tingkat === 'indikator' || b.tingkat === 'sub-indikator'),
      ),
    [hasil],
  );

  const hitung = () =>
    kerjakan(async () => {
      if (!hasil) return;
      const teks = await layanan.terapkan(hasil);
      setPesan({ teks: `Selesai: ${teks}`, jenis: 'success' });
      await hitungUlang(pengaturan);
    });

  const batalkan = () =>
    kerjakan(async () => {
      setPesan({ teks: await layanan.batalkan(), jenis: 'info' });
      await hitungUlang(pengaturan);
    });

  const ubahPengaturan = (p: Partial<Pengaturan>) =>
    kerjakan(async () => {
      setPengaturan(p);
      await layanan.simpanPengaturan(p);
      await hitungUlang(p);
    });

  const pilihBerkas = (berkas: File | undefined) =>
    berkas &&
    kerjakan(async () => {
      await (layanan as LayananMandiri).buka(berkas);
      setBerkasDipilih(true);
      await hitungUlang(pengaturan, true);
      setPesan({ teks: `${berkas.name} dibaca`, jenis: 'info' });
    });

  const mandiri = layanan.jenis === 'mandiri';

  return (
    <main className={g.akar} aria-busy={sibuk}>
      <header>
        <Text as="h1" size={500} weight="semibold">
          Capaian
        </Text>
        <div className={g.kecil}>
          {mandiri
            ? 'Mode mandiri: berkas diproses di peramban ini, tidak dikirim ke mana pun.'
            : 'Capaian kinerja LKjIP di lembar aktif.'}
        </div>
      </header>

      {mandiri && (
        <Field
          label="Pilih berkas .xlsx"
          hint="Hasil dihitung lalu diunduh sebagai berkas baru; berkas asli tidak diubah."
        >
          <input
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void pilihBerkas(e.target.files?.[0])}
          />
        </Field>
      )}

      <div className={g.baris}>
        <Button
          appearance="primary"
          onClick={() => void hitung()}
          disabled={sibuk || !hasil || hasil.tabel.length === 0}
        >
          {mandiri ? 'Hitung dan unduh' : 'Hitung'}
        </Button>
        {!mandiri && (
          <Button onClick={() => void batalkan()} disabled={sibuk}>
            Batalkan
          </Button>
        )}
        <Button
          appearance="subtle"
          onClick={() => void kerjakan(() => hitungUlang(pengaturan))}
          disabled={sibuk || (mandiri && !berkasDipilih)}
        >
          Muat ulang
        </Button>
        {sibuk && <Spinner size="tiny" label="Memproses..." />}
      </div>

      {pesan && (
        <MessageBar intent={pesan.jenis} role="status">
          <MessageBarBody>{pesan.teks}</MessageBarBody>
        </MessageBar>
      )}

      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as NamaTab)}
        size="small"
        aria-label="Bagian panel"
      >
        <Tab value="tabel">Tabel ({hasil?.tabel.length ?? 0})</Tab>
        <Tab value="hasil">Hasil</Tab>
        <Tab value="temuan">Temuan ({jumlahTingkat('error') + jumlahTingkat('warning')})</Tab>
        <Tab value="bab3">BAB III</Tab>
        <Tab value="pengaturan">Pengaturan</Tab>
      </TabList>

      {tab === 'bab3' && (
        <PanelBab3
          hasil={hasil}
          layanan={layanan}
          sibuk={sibuk}
          kerjakan={kerjakan}
          lapor={(teks) => setPesan({ teks, jenis: 'success' })}
          gaya={g}
        />
      )}

      {tab === 'tabel' && hasil && (
        <DaftarTabel
          hasil={hasil}
          layanan={layanan}
          semua={semuaLembar}
          setSemua={(v) => {
            setSemuaLembar(v);
            void kerjakan(() => hitungUlang(pengaturan, v));
          }}
        />
      )}
      {tab === 'hasil' && hasil && <DaftarHasil hasil={hasil} />}
      {tab === 'temuan' && hasil && (
        <section aria-label="Temuan" className={g.akar} style={{ padding: 0 }}>
          <div className={g.baris} role="group" aria-label="Saring menurut tingkat">
            {(['error', 'warning', 'info'] as const).map((t) => (
              <ToggleButton
                key={t}
                size="small"
                checked={saring[t]}
                onClick={() => setSaring({ ...saring, [t]: !saring[t] })}
              >
                {NAMA_TINGKAT[t]} ({jumlahTingkat(t)})
              </ToggleButton>
            ))}
          </div>
          {!mandiri && (
            <div className={g.baris}>
              <Button
                size="small"
                disabled={sibuk || tersorot || temuan.length === 0}
                onClick={() =>
                  void kerjakan(async () => {
                    await layanan.sorot(temuan.filter((t) => saring[t.tingkat]));
                    setTersorot(true);
                  })
                }
              >
                Sorot sel
              </Button>
              <Button
                size="small"
                disabled={sibuk || !tersorot}
                onClick={() =>
                  void kerjakan(async () => {
                    await layanan.hapusSorotan();
                    setTersorot(false);
                  })
                }
              >
                Hapus sorotan
              </Button>
            </div>
          )}
          {temuan.length === 0 ? (
            <Text>Tidak ada temuan: angka di tabel yang dikenali sesuai.</Text>
          ) : (
            <ul className={g.daftar}>
              {temuan
                .filter((t) => saring[t.tingkat])
                .map((t, i) => (
                  <li key={i} className={g.kartu}>
                    <div className={g.baris}>
                      <Badge color={WARNA_TINGKAT[t.tingkat]}>{NAMA_TINGKAT[t.tingkat]}</Badge>
                      <Button
                        size="small"
                        appearance="transparent"
                        onClick={() => void kerjakan(() => layanan.pilih(t.sheet, t.sel))}
                        aria-label={`Buka sel ${t.sheet}!${t.sel}`}
                        disabled={mandiri}
                      >
                        {t.sheet}!{t.sel}
                      </Button>
                    </div>
                    <Text size={200}>{t.pesan}</Text>
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}
      {tab === 'pengaturan' && (
        <FormPengaturan
          pengaturan={pengaturan}
          indikator={indikator}
          hasil={hasil}
          ubah={(p) => void ubahPengaturan(p)}
        />
      )}
    </main>
  );
}

function DaftarTabel({
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
    <section aria-label="Tabel yang dikenali" className={g.akar} style={{ padding: 0 }}>
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
        <Text>Tidak ada tabel indikator, anggaran, Renstra atau IKM yang dikenali.</Text>
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
          onClick={() => void layanan.pilih(t.tabel.sheet, rentang)}
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
      {t.tabel.judul && <Text size={200}>{t.tabel.judul}</Text>}
      <Text className={g.kecil}>{t.baris.length} baris</Text>
      {blok.map((b) => {
        const judul = b.sel[0].map((s, j) =>
          s ? String(s.nilai) : `kolom ${alamat(1, b.kolom + j).replace(/\d/g, '')} (sudah ada)`,
        );
        const rumus = b.sel.some((r) => r.some((s) => s?.rumus));
        return (
          <Text key={`${b.kolom}`} size={200}>
            Akan ditulis{' '}
            {alamatRentang(
              b.baris,
              b.kolom,
              b.baris + b.sel.length - 1,
              b.kolom + b.sel[0].length - 1,
            )}
            : {judul.join(', ')} ({rumus ? 'rumus' : 'nilai'})
          </Text>
        );
      })}
    </li>
  );
}

function DaftarHasil({ hasil }: { hasil: HasilBuku }) {
  const g = useGaya();
  return (
    <section aria-label="Hasil perhitungan" className={g.akar} style={{ padding: 0 }}>
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

function FormPengaturan({
  pengaturan,
  indikator,
  hasil,
  ubah,
}: {
  pengaturan: Partial<Pengaturan>;
  indikator: HasilBaris[];
  hasil?: HasilBuku;
  ubah: (p: Partial<Pengaturan>) => void;
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
    <section aria-label="Pengaturan" className={g.akar} style={{ padding: 0 }}>
      <Text size={200}>Pengaturan disimpan di buku kerja dan ikut terbawa bersama berkasnya.</Text>
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
      <Text weight="semibold">Polaritas indikator</Text>
      <Text size={200}>
        Negatif berarti makin kecil makin baik (mis. prevalensi stunting, angka kematian).
      </Text>
      <ul className={g.daftar}>
        {unik.map((b) => {
          const k = kunciTeks(b.uraian);
          const negatif = (polaritas[k] ?? b.polaritas) === 'negatif';
          return (
            <li key={k}>
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
            </li>
          );
        })}
      </ul>
    </section>
  );
}
