#!/usr/bin/env bash
# Render a BAB III .docx to PDF (and PNG pages when pdftoppm is there) with LibreOffice, so anyone can look at the pages.
# Needs Debian's libreoffice-writer-nogui; says so and stops when it is not installed.
set -euo pipefail
docx="${1:?pemakaian: render-bab3.sh <berkas.docx>}"
if ! command -v soffice > /dev/null 2>&1; then
  echo "LibreOffice (soffice) tidak terpasang: apt-get install libreoffice-writer-nogui" >&2
  exit 0
fi
folder="$(dirname "$docx")"
soffice --headless --convert-to pdf --outdir "$folder" "$docx" > /dev/null
pdf="${docx%.docx}.pdf"
echo "PDF: $pdf"
if command -v pdftoppm > /dev/null 2>&1; then
  pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}-halaman"
  echo "Halaman PNG: ${pdf%.pdf}-halaman-*.png"
fi
