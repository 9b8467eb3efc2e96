import { Button, Checkbox, Field, Input, Select, Switch, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { HasilBuku } from '../engine/hasil';
import { susunBab3 } from '../report/bab3';
import { babKeHtml, babKeTeks, tabelKeHtml, tabelKeTeks } from '../report/html';
import { babKeLembar } from '../report/lembar';
import {
  BAGIAN_BAB3,
  BAGIAN_TIDAK_BAKU,
  NAMA_BAGIAN,
  bacaOpsiTersimpan,
  termasuk,
  type BagianBab3,
  type OpsiBab3Tersimpan,
} from '../report/opsi';
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
  return /^\d{4}$/.test(teks.trim()) && n >= 2000 && n <= 2100 ? n : 'salah';
}

/** A part switched on or off: a default part goes to `tanpa`, an optional one to `dengan`. */
function ubahBagian(o: OpsiBab3Tersimpan, bagian: BagianBab3, ikut: boolean): OpsiBab3Tersimpan {
  const tanpa = new Set(o.tanpa ?? []);
  const dengan = new Set(o.dengan ?? []);
  tanpa.delete(bagian);
  dengan.delete(bagian);
  if (BAGIAN_TIDAK_BAKU.includes(bagian)) {
    if (ikut) dengan.add(bagian);
  } else if (!ikut) tanpa.add(bagian);
  return { ...o, tanpa: [...tanpa], dengan: [...dengan] };
}

/** The BAB III tab: the chapter as a new sheet, on the clipboard for Word, or as a .docx. */
export function PanelBab3({ hasil, layanan, sibuk, kerjakan, lapor, gaya }: PropsPanelBab3) {
  const [instansi, setInstansi] = useState('');
  const [tahunTeks, setTahunTeks] = useState('');
  // Which parts, per-sasaran tables, terbilang: saved in the workbook (Excel), so the next session keeps them.
  const [pilihan, setPilihan] = useState<OpsiBab3Tersimpan>({});
  /** What "Salin ke Word" copies: '' for the whole chapter, else a table number. */
  const [yangDisalin, setYangDisalin] = useState('');
  const tahun = bacaTahun(tahunTeks);

  useEffect(() => {
    let aktif = true;
    void layanan
      .bacaOpsiBab3?.()
      .then((teks) => aktif && setPilihan(bacaOpsiTersimpan(teks)))
      .catch(() => undefined);
    return () => {
      aktif = false;
    };
  }, [layanan]);

  const ubahPilihan = (baru: OpsiBab3Tersimpan) => {
    setPilihan(baru);
    // A choice that could not be saved still holds for this session.
    void layanan.simpanOpsiBab3?.(JSON.stringify(baru)).catch(() => undefined);
  };

  const bab = useMemo(
    () =>
      hasil && hasil.tabel.length && tahun !== 'salah'
        ? susunBab3(hasil, { ...pilihan, instansi: instansi.trim() || undefined, tahun })
        : undefined,
    [hasil, instansi, tahun, pilihan],
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
      <Field
        label="Nama instansi"
        hint={
          bab?.instansi && !instansi.trim()
            ? `Terbaca dari judul tabel: ${bab.instansi}.`
            : 'Muncul di kalimat pembuka, mis. Kecamatan Sukamaju.'
        }
      >
        <Input
          value={instansi}
          placeholder={bab?.instansi}
          onChange={(_, d) => setInstansi(d.value)}
        />
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
      <Field label="Bagian yang disertakan" hint="Pilihan ini disimpan di buku kerja.">
        {BAGIAN_BAB3.map((b) => (
          <Checkbox
            key={b}
            label={NAMA_BAGIAN[b]}
            checked={termasuk(pilihan, b)}
            onChange={(_, d) => ubahPilihan(ubahBagian(pilihan, b, d.checked === true))}
          />
        ))}
      </Field>
      <Switch
        checked={pilihan.tabelPerSasaran === true}
        onChange={(_, d) => ubahPilihan({ ...pilihan, tabelPerSasaran: d.checked })}
        label="Satu tabel per sasaran (bawaan: satu tabel untuk semua sasaran)"
      />
      <Switch
        checked={pilihan.terbilang !== false}
        onChange={(_, d) => ubahPilihan({ ...pilihan, terbilang: d.checked })}
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
