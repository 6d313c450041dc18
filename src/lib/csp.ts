/**
 * The site's Content-Security-Policy, in one place. Astro (security.csp in astro.config.mjs) prints it
 * as a <meta> on every page and adds the SHA-256 hash of every script and stylesheet it bundles or
 * inlines; src/integrations/security-headers.mjs copies that exact policy into dist/_headers (plus
 * frame-ancestors, which only works as a header), so the header and the meta always agree.
 *
 * - No 'unsafe-inline' or 'unsafe-eval' anywhere. The one inline script (src/lib/theme-script.ts) is
 *   allowed by its hash, computed here from the same string the page prints.
 * - 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index (it allows WebAssembly only,
 *   not eval()); Pagefind fetches its index (connect-src) and runs a worker (worker-src) from this site.
 * - Nothing from any other origin: default-src 'self', and every directive below stays on 'self'.
 *   Images may also be data: URLs: Pagefind's Component UI stylesheet draws its search and clear icons
 *   as inline SVG data: images (checked in Chromium). A data: URL loads nothing from anywhere.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { THEME_SCRIPT } from './theme-script';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const cspHash = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;

/** Hashes of inline scripts Astro does not see (is:inline). */
export const INLINE_SCRIPT_HASHES = [cspHash(THEME_SCRIPT)];

/** Everything except script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES: NonNullable<CspOptions['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Astro's security.csp option. */
export const cspConfig: CspOptions = {
  algorithm: 'SHA-256',
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPT_HASHES },
  styleDirective: { resources: ["'self'"] },
};
