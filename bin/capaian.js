#!/usr/bin/env node
// The `capaian` command; the compiled code lives in dist/lib (npm run build:lib).
const { main } = require('../dist/lib/cli/main.js');

main(process.argv.slice(2)).then(
  (kode) => {
    process.exitCode = kode;
  },
  (e) => {
    console.error(`capaian: kesalahan internal: ${e && e.message ? e.message : e}`);
    process.exitCode = 1;
  },
);
