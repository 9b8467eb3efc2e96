import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The pages the add-in loads carry a CSP that keeps every byte of data in the page. */
const HALAMAN = [
  'src/taskpane/taskpane.html',
  'src/commands/commands.html',
  'src/taskpane/bantuan.html',
];

function kebijakan(html: string): Map<string, string[]> {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('tidak ada Content-Security-Policy');
  return new Map(
    m[1].split(';').map((bagian) => {
      const [nama, ...nilai] = bagian.trim().split(/\s+/);
      return [nama, nilai] as [string, string[]];
    }),
  );
}

test.each(HALAMAN)(
  '%s: scripts only from itself and the Office.js CDN, no eval, no outside connections',
  (f) => {
    const html = readFileSync(path.join(__dirname, '..', '..', f), 'utf8');
    const csp = kebijakan(html);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src') ?? csp.get('default-src')).toEqual(["'self'"]);
    const skrip = csp.get('script-src') ?? csp.get('default-src')!;
    expect(skrip.every((s) => s === "'self'" || s === 'https://appsforoffice.microsoft.com')).toBe(
      true,
    );
    // No inline scripts: every <script> has a src.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
  },
);
