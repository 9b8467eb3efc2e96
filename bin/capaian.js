#!/usr/bin/env node
// The `capaian` command; the compiled code lives in dist/lib (npm run build:lib).
// A larger young generation cuts garbage-collection time on 50 000-row DPAs (see docs/kinerja.md).
require('node:v8').setFlagsFromString('--max-semi-space-size=64');
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
