/**
 * Offline check of manifest.xml: the XSDs of ../shared/manifest-xsd (when
 * that folder exists), plus what XSD cannot see: every resid resolves, ids
 * are at most 32 characters, every <FunctionName> has its
 * Office.actions.associate, every URL is https, every icon file exists.
 * Run: npm run validate [-- path/to/manifest.xml]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const AKAR = path.join(__dirname, '..');
const FOLDER_XSD = path.join(AKAR, '..', 'shared', 'manifest-xsd');

export interface HasilValidasi {
  galat: string[];
  catatan: string[];
}

function semua(pola: RegExp, teks: string): string[] {
  return [...teks.matchAll(pola)].map((m) => m[1]);
}

/** The checks XSD does not make. */
export function periksaSilang(xml: string, kodePerintah: string, folderAset: string): string[] {
  const galat: string[] = [];
  const didefinisikan = new Set(semua(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g, xml));
  for (const r of semua(/resid="([^"]+)"/g, xml)) {
    if (!didefinisikan.has(r)) galat.push(`resid "${r}" tidak didefinisikan di <Resources>`);
  }
  const ids = [
    ...semua(/\sid="([^"]+)"/g, xml),
    ...semua(/resid="([^"]+)"/g, xml),
    ...semua(/<TaskpaneId>([^<]+)</g, xml),
  ];
  for (const id of new Set(ids))
    if (id.length > 32) galat.push(`id "${id}" lebih dari 32 karakter (${id.length})`);
  const terkait = new Set(semua(/Office\.actions\.associate\(\s*['"]([^'"]+)['"]/g, kodePerintah));
  for (const f of semua(/<FunctionName>([^<]+)<\/FunctionName>/g, xml)) {
    if (!terkait.has(f))
      galat.push(
        `FunctionName "${f}" tidak punya Office.actions.associate("${f}", ...) di src/commands`,
      );
  }
  for (const url of semua(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g, xml).concat(
    semua(/<AppDomain>([^<]+)</g, xml),
  )) {
    if (!url.startsWith('https://')) galat.push(`URL bukan https: ${url}`);
  }
  for (const aset of semua(/\/assets\/([^"?]+\.png)"/g, xml)) {
    if (!existsSync(path.join(folderAset, aset)))
      galat.push(`berkas ikon assets/${aset} tidak ada`);
  }
  return galat;
}

async function validasiXsd(xml: string): Promise<string[] | undefined> {
  if (!existsSync(FOLDER_XSD)) return undefined;
  const { validateXML } = await import('xmllint-wasm');
  const berkas = readdirSync(FOLDER_XSD).filter((f) => f.endsWith('.xsd'));
  const utama = 'OfficeAppManifestV1_1.xsd';
  const hasil = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: utama, contents: readFileSync(path.join(FOLDER_XSD, utama), 'utf8') }],
    preload: berkas
      .filter((f) => f !== utama)
      .map((f) => ({ fileName: f, contents: readFileSync(path.join(FOLDER_XSD, f), 'utf8') })),
  });
  return hasil.valid ? [] : hasil.errors.map((e) => `XSD: ${e.rawMessage ?? e.message}`);
}

export async function validasi(berkas = path.join(AKAR, 'manifest.xml')): Promise<HasilValidasi> {
  const xml = readFileSync(berkas, 'utf8');
  const folderPerintah = path.join(AKAR, 'src', 'commands');
  const kode = existsSync(folderPerintah)
    ? readdirSync(folderPerintah)
        .map((f) => readFileSync(path.join(folderPerintah, f), 'utf8'))
        .join('\n')
    : '';
  const galat = periksaSilang(xml, kode, path.join(AKAR, 'assets'));
  const catatan: string[] = [];
  const xsd = await validasiXsd(xml);
  if (xsd === undefined) catatan.push(`folder ${FOLDER_XSD} tidak ada: pemeriksaan XSD dilewati`);
  else galat.push(...xsd);
  return { galat, catatan };
}

if (require.main === module) {
  const berkas = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  validasi(berkas).then(({ galat, catatan }) => {
    for (const c of catatan) console.log(`catatan: ${c}`);
    if (galat.length) {
      for (const g of galat) console.error(`galat: ${g}`);
      console.error(`manifest tidak sah: ${galat.length} galat`);
      process.exitCode = 1;
    } else {
      console.log(
        `manifest sah${catatan.length ? ' (tanpa XSD)' : ' (XSD dan pemeriksaan silang)'}`,
      );
    }
  });
}
