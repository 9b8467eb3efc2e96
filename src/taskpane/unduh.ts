/** Offer bytes as a file download from the pane. */
export function unduh(data: Uint8Array, nama: string, jenis: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: jenis }));
  const a = document.createElement('a');
  a.href = url;
  a.download = nama;
  a.click();
  // Revoke later: the click starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Put rich HTML (tables Word keeps as tables) and plain text on the
 * clipboard. Office webviews without the async Clipboard API get the old
 * copy command on a hidden, selected copy of the HTML.
 */
export async function salinKePapan(html: string, teks: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([teks], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Permission refused in this host: fall through to the copy command.
    }
  }
  const wadah = document.createElement('div');
  wadah.contentEditable = 'true';
  wadah.style.position = 'fixed';
  wadah.style.left = '-10000px';
  wadah.innerHTML = html;
  document.body.appendChild(wadah);
  const rentang = document.createRange();
  rentang.selectNodeContents(wadah);
  const pilihan = window.getSelection();
  pilihan?.removeAllRanges();
  pilihan?.addRange(rentang);
  const berhasil = document.execCommand('copy');
  pilihan?.removeAllRanges();
  wadah.remove();
  if (!berhasil) throw new Error('Penyalinan ditolak oleh aplikasi; gunakan Unduh .docx.');
}
