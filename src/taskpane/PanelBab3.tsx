import { Button, Field, Input, Select, Switch, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { HasilBuku } from '../engine/hasil';
import { susunBab3 } from '../report/bab3';
import { babKeHtml, babKeTeks, tabelKeHtml, tabelKeTeks } from '../report/html';
import { babKeLembar } from '../report/lembar';
import type { Layanan } from './layanan';
import { salinKePapan, unduh } from './unduh';

export interface PropsPanelBab3 {
  hasil: HasilBuku | undefined;
  layanan: Layanan;
  sibuk: boolean;
  kerjakan: (f: () => Promise<void>) => Promise<void>;
  lapor: (teks: string) => void;
  gaya: { baris: string; kecil: string; kartu: string };
}

/** Reads a year field: empty means "from the sheet", anything else must be a plausible year. */
function bacaTahun(teks: string): number | undefined | 'salah' {
  if (!teks.trim()) return undefined;
  const n = Number(teks.trim());
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : 'salah';
}

/** The BAB III tab: the chapter as a new sheet, on the clipboard for Word, or as a .docx. */
export function PanelBab3({ hasil, layanan, sibuk, kerjakan, lapor, gaya }: PropsPanelBab3) {
  const [instansi, setInstansi] = useState('');
  const [tahunTeks, setTahunTeks] = useState('');
  const [keuangan, setKeuangan] = useState(true);
  const [multiTahun, setMultiTahun] = useState(true);
  const [terbilang, setTerbilang] = useState(true);
  /** What "Salin ke Word" copies: '' for the whole chapter, else a table number. */
  const [yangDisalin, setYangDisalin] = useState('');
  const tahun = bacaTahun(tahunTeks);
  const bab = useMemo(
    () =>
      hasil && hasil.tabel.length && tahun !== 'salah'
        ? susunBab3(hasil, {
            instansi: instansi.trim() || undefined,
            tahun,
            keuangan,
            multiTahun,
            terbilang,
          })
        : undefined,
    [hasil, instansi, tahun, keuangan, multiTahun, terbilang],
  );
  const tabel = bab?.blok.flatMap((b) => (b.jenis === 'tabel' ? [b.tabel] : [])) ?? [];
  const jumlahTabel = tabel.length;
  const nonaktif = sibuk || !bab;

  const buatLembar = () =>
    kerjakan(async () => {
      if (bab && layanan.tulisBab3) lapor(await layanan.tulisBab3(babKeLembar(bab)));
    });
  const salin = () =>
    kerjakan(async () => {
      if (!bab) return;
      const satu = tabel.find((t) => t.nomor === yangDisalin);
      if (satu) {
        await salinKePapan(tabelKeHtml(satu), tabelKeTeks(satu));
        lapor(`Tabel ${satu.nomor} disalin; tempel di Word dengan Ctrl+V`);
        return;
      }
      await salinKePapan(babKeHtml(bab), babKeTeks(bab));
      lapor(`BAB III (${jumlahTabel} tabel) disalin; tempel di Word dengan Ctrl+V`);
    });
  const unduhDocx = () =>
    kerjakan(async () => {
      if (!bab) return;
      const { babKeDocx } = await import(/* webpackChunkName: "docx" */ '../report/docx');
      unduh(
        await babKeDocx(bab),
        `BAB III ${bab.tahun ?? ''}`.trim() + '.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      lapor('BAB III diunduh sebagai .docx');
    });

  return (
    <section className={gaya.kartu} aria-label="BAB III">
      <Text weight="semibold">BAB III Akuntabilitas Kinerja</Text>
      <Field label="Nama instansi" hint="Muncul di kalimat pembuka, mis. Kecamatan Sukamaju.">
        <Input value={instansi} onChange={(_, d) => setInstansi(d.value)} />
      </Field>
      <Field
        label="Tahun laporan"
        hint="Kosongkan untuk memakai tahun dari lembar."
        validationState={tahun === 'salah' ? 'error' : 'none'}
        validationMessage={
          tahun === 'salah' ? 'Tahun harus angka 2000–2100, mis. 2024.' : undefined
        }
      >
        <Input value={tahunTeks} inputMode="numeric" onChange={(_, d) => setTahunTeks(d.value)} />
      </Field>
      <Switch
        checked={keuangan}
        onChange={(_, d) => setKeuangan(d.checked)}
        label="Sertakan akuntabilitas keuangan"
      />
      <Switch
        checked={multiTahun}
        onChange={(_, d) => setMultiTahun(d.checked)}
        label="Sertakan perbandingan antartahun"
      />
      <Switch
        checked={terbilang}
        onChange={(_, d) => setTerbilang(d.checked)}
        label="Tulis jumlah rupiah dengan huruf (terbilang)"
      />
      <Field label="Yang disalin ke Word">
        <Select value={yangDisalin} onChange={(_, d) => setYangDisalin(d.value)}>
          <option value="">Seluruh bab</option>
          {tabel.map((t) => (
            <option key={t.nomor} value={t.nomor}>
              Tabel {t.nomor} {t.judul}
            </option>
          ))}
        </Select>
      </Field>
      <div className={gaya.kecil}>
        {bab
          ? `${jumlahTabel} tabel, ${bab.blok.filter((b) => b.jenis === 'paragraf').length} paragraf${bab.tahun ? `, tahun ${bab.tahun}` : ''}. Bagian kuning adalah isian yang harus dilengkapi.`
          : 'Hitung tabel capaian terlebih dahulu; BAB III disusun dari hasilnya.'}
      </div>
      <div className={gaya.baris}>
        {layanan.tulisBab3 && (
          <Button appearance="primary" onClick={() => void buatLembar()} disabled={nonaktif}>
            Buat lembar BAB III
          </Button>
        )}
        <Button onClick={() => void salin()} disabled={nonaktif}>
          Salin ke Word
        </Button>
        <Button onClick={() => void unduhDocx()} disabled={nonaktif}>
          Unduh .docx
        </Button>
      </div>
    </section>
  );
}
