import type { BabTiga, BlokBab, SelLaporan, TabelLaporan } from './model';

/**
 * Text from a workbook may hold characters an XML document cannot (control
 * characters, U+FFFE, U+FFFF, a lone half of a surrogate pair): Word refuses
 * a .docx that carries one, and Excel a sheet. Every output of the chapter
 * goes through {@link bersihkanBab} first.
 */

/** Characters XML 1.0 cannot hold, and lone surrogates (a valid pair is kept whole). */
const TAK_SAH =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot hold; a vertical tab or form feed becomes a space. */
export function teksXml(teks: string): string {
  return teks.replace(TAK_SAH, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : ''));
}

function selBersih(s: SelLaporan): SelLaporan {
  return { ...s, teks: teksXml(s.teks) };
}

function tabelBersih(t: TabelLaporan): TabelLaporan {
  return {
    ...t,
    judul: teksXml(t.judul),
    kepala: t.kepala.map((r) => r.map(selBersih)),
    baris: t.baris.map((r) => r.map(selBersih)),
    ...(t.sumber === undefined ? {} : { sumber: teksXml(t.sumber) }),
  };
}

function blokBersih(b: BlokBab): BlokBab {
  switch (b.jenis) {
    case 'tabel':
      return { ...b, tabel: tabelBersih(b.tabel) };
    case 'grafik':
      return {
        ...b,
        grafik: {
          ...b.grafik,
          judul: teksXml(b.grafik.judul),
          kategori: b.grafik.kategori.map(teksXml),
          seri: b.grafik.seri.map((s) => ({ ...s, nama: teksXml(s.nama) })),
        },
      };
    default:
      return { ...b, teks: teksXml(b.teks) };
  }
}

/** The chapter with every text safe for XML. */
export function bersihkanBab(bab: BabTiga): BabTiga {
  return {
    ...bab,
    judul: teksXml(bab.judul),
    ...(bab.instansi === undefined ? {} : { instansi: teksXml(bab.instansi) }),
    blok: bab.blok.map(blokBersih),
  };
}
