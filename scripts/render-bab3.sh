#!/usr/bin/env bash
# Render BAB III .docx files to PDF (and PNG pages when pdftoppm is there) with LibreOffice, so anyone can look at
# the pages as LibreOffice and WPS users will print them. Several files are converted in one LibreOffice start.
# LibreOffice runs with a profile of its own, so one the user has open is not disturbed.
# Needs Debian's libreoffice-writer-nogui; says so and stops when it is not installed.
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "pemakaian: render-bab3.sh <berkas.docx> [berkas.docx ...]" >&2
  exit 2
fi
if ! command -v soffice > /dev/null 2>&1; then
  echo "LibreOffice (soffice) tidak terpasang: apt-get install libreoffice-writer-nogui" >&2
  exit 0
fi
profil="$(mktemp -d)"
trap 'rm -rf "$profil"' EXIT
for docx in "$@"; do
  folder="$(dirname "$docx")"
  soffice "-env:UserInstallation=file://$profil" --headless --convert-to pdf --outdir "$folder" "$docx" > /dev/null
  pdf="${docx%.docx}.pdf"
  echo "PDF: $pdf ($(pdfinfo "$pdf" 2> /dev/null | sed -n 's/^Pages: *//p') halaman)"
  if command -v pdftoppm > /dev/null 2>&1; then
    pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}-halaman"
    echo "Halaman PNG: ${pdf%.pdf}-halaman-*.png"
  fi
done
