import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The pane's styles. Everything must fit a 320 px task pane without
 * sideways scrolling (WCAG 1.4.10): flex children may shrink, long words
 * (sheet addresses, file names, formulas) break anywhere.
 */
export const useGaya = makeStyles({
  akar: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    // A select's longest option (a long sheet or scale name) must not widen the pane.
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select': { minWidth: 0, maxWidth: '100%' },
  },
  bagian: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  baris: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center', minWidth: 0 },
  tab: { flexWrap: 'wrap', minWidth: 0 },
  kartu: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    minWidth: 0,
    overflowWrap: 'anywhere',
    '& select, & input, & button': { maxWidth: '100%' },
    '& .fui-Select, & .fui-Input, & .fui-Field': { minWidth: 0, maxWidth: '100%' },
  },
  daftar: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    minWidth: 0,
    '& > li': { minWidth: 0 },
  },
  kecil: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  angka: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  /** A button whose label is an address: it wraps instead of widening the pane. */
  tautan: { minWidth: 0, height: 'auto', textAlign: 'start', whiteSpace: 'normal' },
  berkas: { maxWidth: '100%', minWidth: 0 },
  pesan: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
  /** A disclosure (details/summary): reachable by keyboard, its marker beside the label. */
  lipat: {
    minWidth: 0,
    '& > summary': { cursor: 'pointer' },
    '& > ul': { margin: '4px 0', paddingInlineStart: '18px' },
  },
  /** A small table of figures (per quarter) that fits the pane. */
  tabelKecil: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': {
      padding: '2px 4px',
      textAlign: 'end',
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    '& th:first-child, & td:first-child': { textAlign: 'start' },
  },
  /** Rows under a program (kegiatan) and under a kegiatan (sub kegiatan). */
  inden1: { paddingInlineStart: '12px' },
  inden2: { paddingInlineStart: '24px' },
  /** Read by screen readers, not shown. */
  tersembunyi: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  judulBagian: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    margin: 0,
  },
});

export type Gaya = ReturnType<typeof useGaya>;
