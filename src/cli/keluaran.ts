import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

/**
 * Reading the user's files and writing the outputs without ever losing one.
 * Inputs must be regular files of a sane size. Outputs are compared with
 * every input, and with each other, by device and inode (symlinks, hard
 * links and symlinked folders resolved), never by path text; a file the
 * user did not name is never replaced; and every output is written to a
 * temporary file in its own folder, flushed to disk, then renamed over the
 * final name, so a full disk or a killed process leaves the previous file
 * whole and no half-written one.
 */

/** A mistake in how the command was called or in the files it names: exit 2, one line. */
export class GalatPemakaian extends Error {}

/** Larger inputs are refused before they are read (no workbook of a report comes near). */
export const BATAS_BERKAS = 512 * 1024 * 1024;

const PESAN_KODE: Record<string, string> = {
  ENOSPC: 'disk penuh',
  EDQUOT: 'kuota disk habis',
  EACCES: 'tidak ada izin',
  EPERM: 'tidak ada izin',
  EROFS: 'disk hanya dapat dibaca',
  ENOTDIR: 'salah satu bagian jalurnya adalah berkas, bukan folder',
  EISDIR: 'jalur itu adalah folder',
  ENAMETOOLONG: 'nama berkas terlalu panjang',
  ENOENT: 'berkas atau folder tidak ada',
  ELOOP: 'tautan simbolik berputar (menunjuk dirinya sendiri)',
  EIO: 'galat baca/tulis perangkat',
  EBUSY: 'berkas sedang dipakai program lain',
  EMFILE: 'terlalu banyak berkas terbuka',
  EEXIST: 'berkas sudah ada',
};

/** A file system error in words (Bahasa Indonesia), never Node's English message. */
export function pesanGalatBerkas(e: unknown): string {
  const kode = (e as NodeJS.ErrnoException)?.code;
  if (kode && PESAN_KODE[kode]) return `${PESAN_KODE[kode]} (${kode})`;
  return kode ? `galat sistem berkas ${kode}` : 'galat sistem berkas';
}

function stat(jalur: string): Stats | undefined {
  try {
    return statSync(jalur);
  } catch {
    return undefined;
  }
}

/** The bytes of an input file: it must be a regular file (not a device, pipe or folder) of a sane size. */
export function bacaBerkasMasukan(jalur: string): Uint8Array {
  let s: Stats;
  try {
    s = statSync(jalur);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    if (kode === 'ENOENT') {
      const tautan = lstatOrUndefined(jalur);
      throw new GalatPemakaian(
        tautan?.isSymbolicLink()
          ? `tautan simbolik ${jalur} menunjuk berkas yang tidak ada`
          : `berkas tidak ditemukan: ${jalur}`,
      );
    }
    throw new GalatPemakaian(`tidak dapat membaca ${jalur}: ${pesanGalatBerkas(e)}`);
  }
  if (s.isDirectory()) throw new GalatPemakaian(`${jalur} adalah folder, bukan berkas .xlsx`);
  if (!s.isFile())
    throw new GalatPemakaian(
      `${jalur} bukan berkas biasa (perangkat, pipa bernama, atau soket): tidak dibaca`,
    );
  if (s.size > BATAS_BERKAS)
    throw new GalatPemakaian(
      `${jalur} terlalu besar (${Math.round(s.size / 1048576)} MB; batas ${BATAS_BERKAS / 1048576} MB)`,
    );
  try {
    return readFileSync(jalur);
  } catch (e) {
    throw new GalatPemakaian(`tidak dapat membaca ${jalur}: ${pesanGalatBerkas(e)}`);
  }
}

function lstatOrUndefined(jalur: string): Stats | undefined {
  try {
    return lstatSync(jalur);
  } catch {
    return undefined;
  }
}

/** Device and inode of an existing file (symlinks followed). */
export function identitas(jalur: string): string | undefined {
  const s = stat(jalur);
  return s ? `${s.dev}:${s.ino}` : undefined;
}

/** What names one file, existing or not: its inode, else its real folder and its name. */
function kunci(jalur: string): string {
  const id = identitas(jalur);
  if (id) return id;
  const sisa: string[] = [];
  let folder = path.resolve(jalur);
  for (;;) {
    try {
      return path.join(realpathSync(folder), ...sisa);
    } catch {
      const atas = path.dirname(folder);
      if (atas === folder) return path.resolve(jalur);
      sisa.unshift(path.basename(folder));
      folder = atas;
    }
  }
}

/** An output of a command. */
export interface Keluaran {
  jalur: string;
  /** Named by the user (-o, --json): an existing file there is replaced, as asked. */
  dinamai: boolean;
  /** The option that names it, for messages ("-o", "--json"). */
  pilihan: string;
}

/**
 * Refuse (before anything is written) an output that is an input, that
 * two outputs share, that is a folder or lies below a file, or that would
 * replace a file the user did not name.
 */
export function periksaKeluaran(masukan: string[], keluaran: Keluaran[]): void {
  const identitasMasukan = new Map<string, string>();
  for (const m of masukan) {
    const id = identitas(m);
    if (id) identitasMasukan.set(id, m);
  }
  const terpakai = new Map<string, Keluaran>();
  for (const k of keluaran) {
    periksaFolder(k);
    if (lstatOrUndefined(k.jalur) && !k.dinamai)
      throw new GalatPemakaian(
        `${k.jalur} sudah ada dan tidak akan ditimpa; pindahkan atau hapus dulu, atau sebutkan dengan ${k.pilihan} ${k.jalur} untuk menggantinya`,
      );
    const id = identitas(k.jalur);
    const sama = id && identitasMasukan.get(id);
    if (sama)
      throw new GalatPemakaian(
        `berkas keluaran tidak boleh sama dengan berkas masukan: ${k.jalur} (${k.pilihan}) menunjuk ${sama} (nama yang sama, tautan, atau folder bertaut)`,
      );
    const s = stat(k.jalur);
    if (s?.isDirectory())
      throw new GalatPemakaian(`berkas keluaran ${k.jalur} (${k.pilihan}) adalah folder`);
    if (s && !s.isFile())
      throw new GalatPemakaian(
        `berkas keluaran ${k.jalur} (${k.pilihan}) bukan berkas biasa (perangkat atau pipa)`,
      );
    const kk = kunci(k.jalur);
    const lain = terpakai.get(kk);
    if (lain)
      throw new GalatPemakaian(
        `${lain.pilihan} dan ${k.pilihan} menunjuk berkas yang sama (${k.jalur}): sebutkan dua berkas berbeda`,
      );
    terpakai.set(kk, k);
  }
}

/** The output's folder must be a folder, or a path that can become one. */
function periksaFolder(k: Keluaran): void {
  let folder = path.dirname(path.resolve(k.jalur));
  for (;;) {
    const s = stat(folder);
    if (s) {
      if (!s.isDirectory())
        throw new GalatPemakaian(
          `berkas keluaran ${k.jalur} (${k.pilihan}) tidak dapat dibuat: ${folder} adalah berkas, bukan folder`,
        );
      return;
    }
    const atas = path.dirname(folder);
    if (atas === folder) return;
    folder = atas;
  }
}

/**
 * Write `data` to `jalur` all or nothing: a temporary file beside it,
 * flushed to disk, then renamed over it (a symlink at `jalur` is replaced,
 * never followed). On failure the temporary file is removed, the previous
 * file stays as it was, and the reason is told in Bahasa Indonesia.
 */
export function tulisAman(jalur: string, data: Uint8Array | string): void {
  const isi = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const folder = path.dirname(path.resolve(jalur));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new GalatPemakaian(`folder ${folder} tidak dapat dibuat: ${pesanGalatBerkas(e)}`);
  }
  const sementara = path.join(
    folder,
    `.${path.basename(jalur)}.${process.pid}.${randomBytes(4).toString('hex')}.sementara`,
  );
  let fd: number | undefined;
  try {
    // 'wx': a new file only (O_EXCL), never through a symlink planted at the name.
    fd = openSync(sementara, 'wx', 0o666);
    for (let p = 0; p < isi.length;) p += writeSync(fd, isi, p, isi.length - p);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(sementara, jalur);
  } catch (e) {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        // already closed or gone
      }
    try {
      unlinkSync(sementara);
    } catch {
      // never created
    }
    throw new GalatPemakaian(
      `tidak dapat menulis ${jalur}: ${pesanGalatBerkas(e)}; berkas yang sudah ada di sana tetap utuh`,
    );
  }
  sinkronkanFolder(folder);
}

/** The rename itself reaches the disk (where the platform allows a folder to be synced). */
function sinkronkanFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder; the rename is still atomic there.
  }
}
