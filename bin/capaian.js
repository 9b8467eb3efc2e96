#!/usr/bin/env node
// The `capaian` command; the compiled code lives in dist/lib (npm run build:lib).
const { main } = require('../dist/lib/cli/main.js');

main(process.argv.slice(2)).then(
  (kode) => {
    process.exitCode = kode;
  },
  (e) => {
    // A fault of Capaian's own, not of the user's file: told in words, the details on request.
    console.error(
      'capaian: kesalahan internal Capaian (bukan kesalahan berkas Anda); berkas masukan tidak diubah. ' +
        'Mohon laporkan kepada pengelola beserta perintahnya; jalankan lagi dengan CAPAIAN_DEBUG=1 untuk rinciannya.',
    );
    if (process.env.CAPAIAN_DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
