import { useCallback, useEffect, useRef, useState } from 'react';
import type { HasilBuku } from '../engine/hasil';
import type { Pengaturan } from '../engine/pengaturan';
import { GalatPanel, type Layanan } from './layanan';
import type { LayananMandiri } from './layanan-mandiri';
import { hitungLatar, tempatTerakhir } from './mesin';

export type JenisPesan = 'success' | 'error' | 'info' | 'warning';
export interface Pesan {
  teks: string;
  jenis: JenisPesan;
  /** The write waits for the user's consent (no undo record can be kept). */
  perluIzin?: boolean;
}

/** The message of any error: ours carry theirs, anything else is said plainly. */
export function pesanDari(e: unknown): Pesan {
  if (e instanceof GalatPanel) return { teks: e.message, jenis: 'error', perluIzin: e.perluIzin };
  return {
    teks: `Terjadi kesalahan tak terduga: ${(e as Error)?.message ?? String(e)}`,
    jenis: 'error',
  };
}

/** The pane's state and actions, apart from how they are shown. */
export function usePanel(layanan: Layanan) {
  const [pengaturan, setPengaturan] = useState<Partial<Pengaturan>>({});
  const [hasil, setHasil] = useState<HasilBuku>();
  const [pesan, setPesan] = useState<Pesan>();
  const [sibuk, setSibuk] = useState(false);
  /** "tabel 3 dari 8" while a large workbook is computed in the background. */
  const [kemajuan, setKemajuan] = useState<string>();
  const [semuaLembar, setSemuaLembar] = useState(layanan.jenis === 'mandiri');
  const [berkas, setBerkas] = useState<string>();
  /** The user switched sheets since the results were read. */
  const [basi, setBasi] = useState(false);
  const sibukRef = useRef(false);
  const pengaturanRef = useRef(pengaturan);
  pengaturanRef.current = pengaturan;
  const semuaRef = useRef(semuaLembar);
  semuaRef.current = semuaLembar;

  const kerjakan = useCallback(async (f: () => Promise<void>) => {
    setSibuk(true);
    sibukRef.current = true;
    try {
      await f();
    } catch (e) {
      setPesan(pesanDari(e));
    } finally {
      setSibuk(false);
      sibukRef.current = false;
    }
  }, []);

  const hitungUlang = useCallback(
    async (p: Partial<Pengaturan>, semua = semuaRef.current) => {
      const grids = await layanan.baca(semua);
      const h = await hitungLatar(grids, p, (selesai, total) =>
        setKemajuan(`tabel ${selesai} dari ${total}`),
      );
      setKemajuan(undefined);
      // Where it ran, for the browser test (a worker, or the pane itself for small sheets).
      document.documentElement.dataset.mesin = tempatTerakhir;
      setHasil(h);
      setBasi(false);
    },
    [layanan],
  );

  useEffect(() => {
    void kerjakan(async () => {
      const p = await layanan.bacaPengaturan();
      setPengaturan(p);
      const status = await layanan.status();
      if (status) setPesan({ teks: `Perintah terakhir: ${status}`, jenis: 'info' });
      if (layanan.jenis === 'excel') await hitungUlang(p);
    });
    // Inside Excel the pane follows the active sheet.
    void layanan.ikutiLembarAktif?.(() => {
      if (semuaRef.current) return;
      setBasi(true);
      if (!sibukRef.current) void kerjakan(() => hitungUlang(pengaturanRef.current));
    });
    // Loaded once; later reloads are explicit.
  }, []);

  const hitung = (tanpaCadangan = false) =>
    kerjakan(async () => {
      if (!hasil) return;
      const h = await layanan.terapkan(hasil, { tanpaCadangan });
      setPesan({ teks: h.pesan, jenis: h.ditulis ? 'success' : 'info' });
      if (layanan.jenis === 'excel') await hitungUlang(pengaturan);
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

  const ubahSemua = (v: boolean) => {
    setSemuaLembar(v);
    semuaRef.current = v;
    void kerjakan(() => hitungUlang(pengaturan, v));
  };

  /** A picked file: the previous workbook and its results go first, whatever happens. */
  const pilihBerkas = (f: File) =>
    kerjakan(async () => {
      setHasil(undefined);
      setBerkas(undefined);
      setPesan(undefined);
      await (layanan as LayananMandiri).buka(f);
      setBerkas(f.name);
      await hitungUlang(pengaturan, true);
      setPesan({ teks: `${f.name} dibaca.`, jenis: 'info' });
    });

  const muatUlang = () => kerjakan(() => hitungUlang(pengaturan));

  return {
    pengaturan,
    hasil,
    pesan,
    setPesan,
    sibuk,
    kemajuan,
    semuaLembar,
    berkas,
    basi,
    kerjakan,
    hitung,
    batalkan,
    ubahPengaturan,
    ubahSemua,
    pilihBerkas,
    muatUlang,
  };
}

export type KeadaanPanel = ReturnType<typeof usePanel>;
