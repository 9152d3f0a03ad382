// Step "policy": the Content-Security-Policy, put into index.html as a <meta http-equiv> that allows
// the inline start script by its hash (the servers add what only a header can carry: serving.mjs).
import { scriptHash } from './hash.mjs';

export const POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The policy allowing `startScript` (its text as shipped). */
export const policyFor = (startScript) => POLICY.replace("script-src 'self'", `script-src 'self' ${scriptHash(startScript)}`);

/** `html` with the policy right after its <meta charset>. */
export function withPolicy(html, startScript) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(startScript)}">`;
  const out = html.replace(/<meta charset="utf-8">/, (charset) => `${charset}\n    ${meta}`);
  if (!out.includes(meta)) throw new Error('index.html: <meta charset="utf-8"> not found, the policy was not added');
  return out;
}
