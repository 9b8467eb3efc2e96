import { Badge, Text } from '@fluentui/react-components';
import type { Keyakinan } from '../sheet/model';
import { useGaya } from './gaya';

/**
 * A table read partly by guess: an unobtrusive badge that opens (by mouse or
 * keyboard: it is a disclosure) onto what was guessed.
 */
export function LencanaKeyakinan({ keyakinan }: { keyakinan?: Keyakinan }) {
  const g = useGaya();
  if (!keyakinan || keyakinan.pasti) return null;
  return (
    <details className={g.lipat}>
      <summary>
        <Badge appearance="tint" color="warning">
          sebagian ditebak
        </Badge>
      </summary>
      <ul className={g.kecil}>
        {keyakinan.tebakan.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <Text size={200}>
        Kesalahan di tabel ini dilaporkan sebagai peringatan: periksa bacaannya sebelum memperbaiki
        angka.
      </Text>
    </details>
  );
}
