import { Badge, Button, Text, ToggleButton } from '@fluentui/react-components';
import { useState } from 'react';
import type { Temuan } from '../engine/hasil';
import { DaftarBertahap } from './Bertahap';
import { useGaya } from './gaya';
import type { Layanan } from './layanan';
import { LABEL_KODE, temuanTebakan } from './ringkas';

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

/** Findings, filtered by severity; in Excel each opens its cell and can be highlighted. */
export function TabTemuan({
  temuan,
  layanan,
  sibuk,
  kerjakan,
}: {
  temuan: Temuan[];
  layanan: Layanan;
  sibuk: boolean;
  kerjakan: (f: () => Promise<void>) => Promise<void>;
}) {
  const g = useGaya();
  const [saring, setSaring] = useState<Record<Temuan['tingkat'], boolean>>({
    error: true,
    warning: true,
    info: false,
  });
  const [tersorot, setTersorot] = useState(false);
  const jumlah = (t: Temuan['tingkat']) => temuan.filter((x) => x.tingkat === t).length;
  const mandiri = layanan.jenis === 'mandiri';
  const tebakan = temuanTebakan(temuan).length;
  return (
    <section aria-label="Temuan" className={g.bagian}>
      <div className={g.baris} role="group" aria-label="Saring menurut tingkat">
        {(['error', 'warning', 'info'] as const).map((t) => (
          <ToggleButton
            key={t}
            size="small"
            checked={saring[t]}
            onClick={() => setSaring({ ...saring, [t]: !saring[t] })}
          >
            {NAMA_TINGKAT[t]} ({jumlah(t)})
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
      {tebakan > 0 && (
        <Text size={200}>
          Bacaan {tebakan} tabel sebagian ditebak (lihat Catatan dan tab Tabel): kesalahan di tabel
          itu dilaporkan sebagai peringatan.
        </Text>
      )}
      {temuan.length === 0 ? (
        <Text>Tidak ada temuan: angka di tabel yang dikenali sesuai.</Text>
      ) : (
        <DaftarBertahap
          isi={temuan.filter((t) => saring[t.tingkat])}
          label="Daftar temuan"
          kunci={(t, i) => `${i}:${t.sheet}!${t.sel}:${t.kode}`}
          tampilkan={(t) => (
            <div className={g.kartu}>
              <div className={g.baris}>
                <Badge color={WARNA_TINGKAT[t.tingkat]}>{NAMA_TINGKAT[t.tingkat]}</Badge>
                {LABEL_KODE[t.kode] && <Badge appearance="outline">{LABEL_KODE[t.kode]}</Badge>}
                {mandiri ? (
                  <Text size={200}>
                    {t.sheet}!{t.sel}
                  </Text>
                ) : (
                  <Button
                    size="small"
                    appearance="transparent"
                    className={g.tautan}
                    onClick={() => void kerjakan(() => layanan.pilih(t.sheet, t.sel))}
                    aria-label={`Buka sel ${t.sheet}!${t.sel}`}
                  >
                    {t.sheet}!{t.sel}
                  </Button>
                )}
              </div>
              <Text size={200}>{t.pesan}</Text>
            </div>
          )}
        />
      )}
    </section>
  );
}
