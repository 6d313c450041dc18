// After every build: read the Content-Security-Policy Astro printed into each page (security.csp, with
// this build's script and style hashes), check that every page carries the same strict policy, and
// write dist/_headers (Netlify / Cloudflare Pages format) with that policy and the other security
// headers (src/lib/headers.mjs). Hashes change when scripts change, so this file is never hand-kept.
// It also moves the CSP <meta> to the top of <head>: Astro prints it near </head>, and a meta policy only
// governs what comes after it, so the inline theme script above it would go unchecked where the site is
// served without headers (GitHub Pages).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHeadersFile } from '../lib/headers.mjs';
import { cspHash } from '../lib/csp.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const META_CSP_TAG = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/** The page with its CSP <meta> moved to just after <meta charset>, before any script or style. */
export function cspMetaFirst(html) {
  const tag = html.match(META_CSP_TAG)?.[0];
  if (!tag) return html;
  const without = html.replace(tag, '');
  const charset = without.match(/<meta charset="[^"]*">/i);
  if (!charset) return html;
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + tag + without.slice(at);
}

/** Reasons a policy is not strict enough for this site (empty when it is fine). */
export function cspProblems(csp) {
  const problems = [];
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values];
      }),
  );
  for (const name of ['script-src', 'style-src']) {
    const values = directives.get(name) ?? [];
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
      if (values.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
  }
  const required = { 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'none'", 'form-action': "'self'" };
  for (const [name, value] of Object.entries(required)) {
    if ((directives.get(name) ?? []).join(' ') !== value) problems.push(`${name} must be ${value}`);
  }
  return problems;
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const sha256 = (text) => `'${cspHash(text)}'`;

/** CSP hash sources of the inline scripts and styles in a page (JSON-LD is data, never run, so not needed). */
export function inlineHashes(html) {
  const hashes = new Set();
  for (const [, attrs, code] of html.matchAll(INLINE_SCRIPT)) {
    if (!/type="application\/ld\+json"/i.test(attrs)) hashes.add(sha256(code));
  }
  for (const [, css] of html.matchAll(INLINE_STYLE)) hashes.add(sha256(css));
  return hashes;
}

/**
 * The policy without hash sources that allow nothing on this site. Astro adds a hash for every script
 * and stylesheet it bundles, but this site serves them as files ('self' allows those), so the only hash
 * a page needs is the inline theme script's: the rest cost about 350 bytes of unzippable base64 per page.
 */
export function pruneHashes(csp, used) {
  return csp.replace(/ ?'sha(?:256|384|512)-[^']+'/g, (source) => (used.has(source.trim()) ? source : ''));
}

/** A page Astro wrote for the redirect map: a meta refresh and a link, nothing else. */
export const isRedirectPage = (html) => /<meta\s+http-equiv="refresh"/i.test(html) && !/<script/i.test(html) && !/<head[\s>]/i.test(html);

/** A redirect page with charset, CSP and referrer <meta>s first (a meta policy covers what follows it). */
export function withRedirectMeta(html, csp) {
  if (META_CSP.test(html)) return html;
  const metas = `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"><meta name="referrer" content="no-referrer">`;
  return /^<!doctype html>/i.test(html) ? html.replace(/^<!doctype html>/i, (d) => d + metas) : metas + html;
}

export function metaCspOf(html) {
  return html
    .match(META_CSP)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function securityHeaders() {
  let base = '/';
  return {
    name: 'otr:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        if (existsSync(new URL('_headers', config.publicDir))) {
          throw new Error(
            'public/_headers would be overwritten: dist/_headers is generated at build time. Put headers in src/lib/headers.mjs instead.',
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = readdirSync(distDir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => join(d.parentPath, d.name))
          .sort();
        const policies = new Map(); // policy -> pages
        const used = new Set();
        const htmlOf = new Map(pages.map((file) => [file, readFileSync(file, 'utf8')]));
        for (const html of htmlOf.values()) for (const hash of inlineHashes(html)) used.add(hash);
        const redirectPages = [];
        for (const file of pages) {
          const original = htmlOf.get(file);
          // Pages Astro writes for the redirect map (old URLs of renamed guides) are a bare meta
          // refresh with no <head>, script or style; they get the site's policy below.
          if (isRedirectPage(original)) {
            redirectPages.push(file);
            continue;
          }
          const astroCsp = metaCspOf(original);
          const csp = astroCsp && pruneHashes(astroCsp, used);
          const html = csp ? original.replace(META_CSP_TAG, `<meta http-equiv="content-security-policy" content="${csp}">`) : original;
          const moved = cspMetaFirst(html);
          if (moved !== original) writeFileSync(file, moved);
          const rel = relative(distDir, file).split(sep).join('/');
          if (!csp) throw new Error(`${rel}: no Content-Security-Policy <meta> (security.csp in astro.config.mjs must stay on)`);
          policies.set(csp, [...(policies.get(csp) ?? []), rel]);
        }
        if (policies.size > 1) {
          const list = [...policies].map(([csp, files]) => `  ${files.slice(0, 3).join(', ')}${files.length > 3 ? ' …' : ''}: ${csp}`);
          throw new Error(
            `Pages carry different Content-Security-Policies, so one _headers rule cannot match them all:\n${list.join('\n')}`,
          );
        }
        const [metaCsp] = policies.keys();
        const problems = cspProblems(metaCsp);
        if (problems.length) throw new Error(`The Content-Security-Policy is not strict enough: ${problems.join('; ')}`);
        // Where _headers is ignored (GitHub Pages), a redirect page still carries the policy and
        // sends no referrer when it forwards the reader.
        for (const file of redirectPages) writeFileSync(file, withRedirectMeta(htmlOf.get(file), metaCsp));
        writeFileSync(join(distDir, '_headers'), renderHeadersFile({ metaCsp, base }));
        logger.info(`wrote _headers; ${pages.length} pages share one Content-Security-Policy`);
      },
    },
  };
}
