// The page's contract as the last build left it (scripts/post-build.mjs writes target/contract.json).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONTRACT = JSON.parse(readFileSync(join(ROOT, 'target', 'contract.json'), 'utf8'));
