// Step "compression" (release builds): a Brotli and a gzip copy beside every text and wasm file, for
// any static server (serving.mjs lists which); not the centre's settings, which the centre edits (a
// server would go on sending the stale copy).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { COMPRESSED } from '../serving.mjs';

/** Whether `file` gets compressed copies. */
export const compressible = (file) => file !== 'clinic.json' && COMPRESSED.some((extension) => file.endsWith(extension));

export const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** Writes the copies beside each file of `staging` that takes them. */
export function compress(staging) {
  for (const file of readdirSync(staging).filter(compressible)) {
    const data = readFileSync(join(staging, file));
    writeFileSync(join(staging, `${file}.gz`), gzipSync(data, { level: 9 }));
    writeFileSync(join(staging, `${file}.br`), brotli(data));
  }
}
