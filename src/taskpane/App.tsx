import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useGaya } from './gaya';
import type { Layanan } from './layanan';
import { PanelBab3 } from './PanelBab3';
import { TabHasil } from './TabHasil';
import { TabPengaturan } from './TabPengaturan';
import { TabTabel } from './TabTabel';
import { TabTemuan } from './TabTemuan';
import { usePanel } from './usePanel';

export type NamaTab = 'tabel' | 'hasil' | 'temuan' | 'bab3' | 'pengaturan';

export interface PropsApp {
  layanan: Layanan;
  awal?: NamaTab;
}

/** The task pane: one state hook, one component per tab. */
export function App({ layanan, awal = 'tabel' }: PropsApp) {
  const g = useGaya();
  const [tab, setTab] = useState<NamaTab>(awal);
  const p = usePanel(layanan);
  const { hasil, pesan, sibuk } = p;
  const mandiri = layanan.jenis === 'mandiri';
  const temuan = hasil?.temuan ?? [];
  const penting = temuan.filter((t) => t.tingkat !== 'info').length;
  const indikator = useMemo(
    () =>
      (hasil?.tabel ?? []).flatMap((t) =>
        t.baris.filter((b) => b.tingkat === 'indikator' || b.tingkat === 'sub-indikator'),
      ),
    [hasil],
  );
  // After an action the message takes the focus, so keyboard and screen reader users hear it.
  const kotakPesan = useRef<HTMLDivElement>(null);
  const [fokusPesan, setFokusPesan] = useState(0);
  useEffect(() => {
    if (fokusPesan && !sibuk) kotakPesan.current?.focus();
  }, [fokusPesan, sibuk, pesan]);
  const lalu = (f: () => Promise<void>) => () => {
    setFokusPesan((n) => n + 1);
    void f();
  };
  const lembarHasil = hasil?.tabel[0]?.tabel.sheet;

  return (
    <main className={g.akar} aria-busy={sibuk}>
      <header>
        <Text as="h1" size={500} weight="semibold">
          Capaian
        </Text>
        <div className={g.kecil}>{layanan.teks.keterangan}</div>
      </header>

      {mandiri && (
        <div className={g.bagian}>
          <label htmlFor="berkas-xlsx">
            <Text weight="semibold">Pilih berkas .xlsx</Text>
          </label>
          <input
            id="berkas-xlsx"
            className={g.berkas}
            type="file"
            aria-describedby="berkas-xlsx-bantuan"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const f = e.target.files?.[0];
              // Choosing the same file again must read it again.
              e.target.value = '';
              if (f) void p.pilihBerkas(f);
            }}
          />
          <Text id="berkas-xlsx-bantuan" className={g.kecil}>
            Hasil dihitung lalu diunduh sebagai berkas baru; berkas asli tidak diubah.
          </Text>
        </div>
      )}

      <div className={g.baris}>
        <Button
          appearance="primary"
          onClick={lalu(() => p.hitung())}
          disabled={sibuk || !hasil || hasil.tabel.length === 0}
        >
          {layanan.teks.tombolHitung}
        </Button>
        {!mandiri && (
          <Button onClick={lalu(p.batalkan)} disabled={sibuk}>
            Batalkan
          </Button>
        )}
        <Button
          appearance="subtle"
          onClick={lalu(p.muatUlang)}
          disabled={sibuk || (mandiri && !p.berkas)}
        >
          Muat ulang
        </Button>
        {sibuk && (
          <Spinner
            size="tiny"
            label={p.kemajuan ? `Menghitung ${p.kemajuan}...` : 'Memproses...'}
          />
        )}
      </div>

      {p.basi && lembarHasil && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={g.pesan}>
            Lembar aktif berganti; hasil di bawah masih untuk lembar "{lembarHasil}".
          </MessageBarBody>
        </MessageBar>
      )}

      <div ref={kotakPesan} tabIndex={-1} aria-live="polite">
        {pesan && (
          <MessageBar intent={pesan.jenis} layout="multiline">
            <MessageBarBody className={g.pesan}>{pesan.teks}</MessageBarBody>
            {pesan.perluIzin && (
              <MessageBarActions>
                <Button size="small" onClick={lalu(() => p.hitung(true))} disabled={sibuk}>
                  Tulis tanpa Batalkan
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>

      <TabList
        className={g.tab}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as NamaTab)}
        size="small"
        aria-label="Bagian panel"
      >
        <Tab value="tabel">Tabel ({hasil?.tabel.length ?? 0})</Tab>
        <Tab value="hasil">Hasil</Tab>
        <Tab value="temuan">Temuan ({penting})</Tab>
        <Tab value="bab3">BAB III</Tab>
        <Tab value="pengaturan">Pengaturan</Tab>
      </TabList>

      {tab === 'bab3' && (
        <PanelBab3
          hasil={hasil}
          layanan={layanan}
          sibuk={sibuk}
          kerjakan={p.kerjakan}
          lapor={(teks) => p.setPesan({ teks, jenis: 'success' })}
          gaya={g}
        />
      )}
      {tab === 'tabel' && hasil && (
        <TabTabel hasil={hasil} layanan={layanan} semua={p.semuaLembar} setSemua={p.ubahSemua} />
      )}
      {tab === 'hasil' && hasil && <TabHasil hasil={hasil} />}
      {tab === 'temuan' && hasil && (
        <TabTemuan temuan={temuan} layanan={layanan} sibuk={sibuk} kerjakan={p.kerjakan} />
      )}
      {tab === 'pengaturan' && (
        <TabPengaturan
          pengaturan={p.pengaturan}
          indikator={indikator}
          hasil={hasil}
          ubah={(x) => void p.ubahPengaturan(x)}
          keterangan={layanan.teks.pengaturan}
        />
      )}
    </main>
  );
}
