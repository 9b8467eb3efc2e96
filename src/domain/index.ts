/**
 * The SAKIP rules as a pure library: numbers, capaian, kategori, aggregation,
 * efisiensi and IKM. Nothing here knows about Excel, files or the UI.
 */
export * from './teks';
export * from './pembulatan';
export * from './angka';
export * from './predikat';
export * from './capaian';
export * from './kategori';
export * from './agregasi';
export * from './efisiensi';
export * from './ikm';
