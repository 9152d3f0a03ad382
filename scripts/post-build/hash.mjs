// Names by content and Subresource Integrity: the hashes the build's steps share.
import { createHash } from 'node:crypto';

/** 16 hexadecimal digits of the SHA-256 of `parts` (texts or bytes), for a file's name. */
export const contentHash = (...parts) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex').slice(0, 16);

/** The `integrity` of a script or stylesheet. */
export const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** A Content-Security-Policy source allowing one inline script, the text exactly as shipped. */
export const scriptHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
