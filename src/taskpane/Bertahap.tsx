import { Button } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { formatRingkas } from '../domain/angka';
import { useGaya } from './gaya';

/**
 * A list shown a page at a time: the first `ukuran` items, then a button for
 * the next page. A table of thousands of rows (rekening of an SIPD export,
 * findings of a large workbook) stays quick to render and to move through by
 * keyboard.
 */
export function DaftarBertahap<T>({
  isi,
  kunci,
  tampilkan,
  ukuran = 50,
  label,
  className,
}: {
  isi: T[];
  kunci: (x: T, i: number) => string | number;
  tampilkan: (x: T) => ReactNode;
  ukuran?: number;
  /** The list's name for assistive technology. */
  label?: string;
  className?: string;
}) {
  const g = useGaya();
  const [batas, setBatas] = useState(ukuran);
  const sisa = isi.length - batas;
  return (
    <>
      <ul className={className ?? g.daftar} aria-label={label}>
        {isi.slice(0, batas).map((x, i) => (
          <li key={kunci(x, i)}>{tampilkan(x)}</li>
        ))}
      </ul>
      {sisa > 0 && (
        <Button size="small" onClick={() => setBatas(batas + ukuran)}>
          Tampilkan {formatRingkas(Math.min(ukuran, sisa))} lagi ({formatRingkas(batas)} dari{' '}
          {formatRingkas(isi.length)} ditampilkan)
        </Button>
      )}
    </>
  );
}
