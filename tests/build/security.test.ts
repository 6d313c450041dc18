// The built site's security and privacy promises, read from dist/: one strict CSP on every page (meta)
// that agrees with the deployed header (dist/_headers), every inline script and style allowed by its
// hash, nothing loaded from another origin, and links to other websites that send no referrer and say
// that they leave the site.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cspProblems, metaCspOf } from '../../src/integrations/security-headers.mjs';
import { SECURITY_HEADERS, headerCsp, headersForPath, parseHeadersFile } from '../../src/lib/headers.mjs';
import { $$, attr, builtPages, text } from '../helpers/dist';

const pages = builtPages();
const headersText = readFileSync('dist/_headers', 'utf8');
const rules = parseHeadersFile(headersText);
const metaCsp = metaCspOf(pages[0]!.html)!;
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline/unsafe-eval, self only, wasm only for Pagefind', () => {
    expect(cspProblems(metaCsp)).toEqual([]);
    expect(directive(metaCsp, 'script-src')).toContain("'wasm-unsafe-eval'");
    for (const name of ['connect-src', 'worker-src', 'font-src']) expect(directive(metaCsp, name)).toEqual(["'self'"]);
    // Pagefind's Component UI draws its icons as data: SVGs; data: loads nothing from elsewhere.
    expect(directive(metaCsp, 'img-src')).toEqual(["'self'", 'data:']);
    expect(metaCsp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:/);
  });

  it('every page carries the same policy in a <meta> before any script or style', () => {
    const problems = pages.flatMap((p) => {
      if (metaCspOf(p.html) !== metaCsp) return [`${p.route}: another policy (or none)`];
      const head = p.html.slice(0, p.html.indexOf('</head>'));
      const metaAt = head.search(/<meta http-equiv="content-security-policy"/i);
      const firstActive = head.search(/<(script|style|link)\b/i);
      return metaAt > 0 && metaAt < firstActive ? [] : [`${p.route}: the policy <meta> comes after a script, style or link`];
    });
    expect(problems).toEqual([]);
  });

  it('every inline script and style on every page is allowed by its hash; no inline handlers or style attributes', () => {
    const scriptSrc = directive(metaCsp, 'script-src');
    const styleSrc = directive(metaCsp, 'style-src');
    const problems: string[] = [];
    for (const p of pages) {
      // Inline scripts (no src; JSON data blocks are not run and need no hash).
      for (const tag of p.html.match(/<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        if (/^<script[^>]*type="application\/(ld\+)?json"/.test(tag)) continue;
        if (!scriptSrc.includes(sha256(tag.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))))
          problems.push(`${p.route}: inline script without its hash: ${tag.slice(0, 80)}`);
      }
      for (const tag of p.html.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []) {
        if (!styleSrc.includes(sha256(tag.replace(/^<style[^>]*>/, '').replace(/<\/style>$/, ''))))
          problems.push(`${p.route}: inline style without its hash: ${tag.slice(0, 80)}`);
      }
      // Attributes the policy blocks: style="…" needs 'unsafe-inline' or 'unsafe-hashes'; on…= handlers too.
      for (const tag of p.html.match(/<[^>]+\sstyle="[^"]*"/g) ?? [])
        problems.push(`${p.route}: style attribute (move it into a stylesheet or a class): ${tag.slice(0, 80)}`);
      for (const tag of p.html.match(/<[^>]+\son[a-z]+="[^"]*"/g) ?? [])
        problems.push(`${p.route}: inline event handler: ${tag.slice(0, 80)}`);
    }
    expect(problems).toEqual([]);
  });

  it('the inline theme script is the one the policy hashes', () => {
    const html = pages.find((p) => p.route === '/')!.html;
    const inline = html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    expect(inline).toContain('data-theme');
    expect(directive(metaCsp, 'script-src')).toContain(sha256(inline));
    // …and the only one: bundled scripts and styles are files ('self'), so a hash of one would allow
    // nothing and only add bytes to every page.
    expect(directive(metaCsp, 'script-src').filter((v) => v.startsWith("'sha"))).toEqual([sha256(inline)]);
    expect(directive(metaCsp, 'style-src').filter((v) => v.startsWith("'sha"))).toEqual([]);
  });
});

describe('dist/_headers', () => {
  const all = headersForPath(rules, '/chatgpt/stop-training/');

  it('sends the meta policy plus frame-ancestors on every path', () => {
    expect(all['content-security-policy']).toBe(headerCsp(metaCsp));
    expect(directive(all['content-security-policy']!, 'frame-ancestors')).toEqual(["'none'"]);
    // Header and meta agree: the header is the meta policy with only frame-ancestors added.
    expect(all['content-security-policy']!.replace(/\s*frame-ancestors 'none';$/, '')).toBe(metaCsp.replace(/;?$/, ';'));
  });

  it('sends the security headers', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all[name.toLowerCase()], name).toBe(value);
    expect(all['referrer-policy']).toBe('no-referrer');
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['cross-origin-opener-policy']).toBe('same-origin');
    expect(all['cross-origin-resource-policy']).toBe('same-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics'])
      expect(all['permissions-policy']).toContain(`${feature}=()`);
    expect(all['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  });

  it('caches only hashed assets for long; pages and the search index are checked again before use', () => {
    expect(headersForPath(rules, '/_astro/BaseLayout.abc123.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/about/', '/404.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/chatgpt/stop-training/']) {
      expect(headersForPath(rules, path)['cache-control'], path).toBe('no-cache');
    }
    expect(headersForPath(rules, '/favicon.svg')['cache-control']).toBeUndefined();
  });

  it('is what the local server (npm start, browser tests) sends', async () => {
    for (const path of ['/', '/about/', '/no-such-page/']) {
      const res = await fetch(new URL(path, inject('baseURL')));
      expect(res.headers.get('content-security-policy'), path).toBe(headerCsp(metaCsp));
      expect(res.headers.get('permissions-policy')).toBe(SECURITY_HEADERS['Permissions-Policy']);
    }
    const asset = pages[0]!.html.match(/\/_astro\/[^"]+\.css/)![0];
    expect((await fetch(new URL(asset, inject('baseURL')))).headers.get('cache-control')).toContain('immutable');
  });
});

// The one place the one-origin rule is checked on the built HTML (the browser project checks the
// requests pages really make: tests/browser/privacy.test.ts).
describe('nothing from other origins', () => {
  it('every page loads every script, style, image, font and frame from this site', () => {
    const problems = pages.flatMap((p) =>
      [
        ...$$('script[src]', p.tree).map((e) => attr(e, 'src')),
        ...$$('link[href]', p.tree)
          .filter((e) => !/\b(canonical|alternate)\b/.test(attr(e, 'rel') ?? ''))
          .map((e) => attr(e, 'href')),
        ...$$('img[src], source[src], video[src], audio[src], iframe[src], embed[src], object[data]', p.tree).map(
          (e) => attr(e, 'src') ?? attr(e, 'data'),
        ),
        ...$$('img[srcset], source[srcset]', p.tree).flatMap((e) =>
          (attr(e, 'srcSet') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
        ),
        ...$$('[poster]', p.tree).map((e) => attr(e, 'poster')),
      ]
        .filter((r): r is string => !!r && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(r))
        .map((r) => `${p.route}: ${r}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('links to other websites', () => {
  const external = pages.flatMap((p) =>
    $$('a[href]', p.tree)
      .filter((a) => /^(?:https?:)?\/\//i.test(attr(a, 'href') ?? ''))
      .map((a) => [`${p.route} ${attr(a, 'href')}`, a] as const),
  );

  it('exist (sources lists)', () => expect(external.length).toBeGreaterThan(0));

  it('every one sends no referrer and says it leaves the site', () => {
    const problems = external.flatMap(([name, a]) => {
      const wrong: string[] = [];
      const rel = (attr(a, 'rel') ?? '').split(' ');
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) wrong.push(`rel="${attr(a, 'rel') ?? ''}"`);
      if (attr(a, 'referrerPolicy') !== 'no-referrer') wrong.push('no referrerpolicy="no-referrer"');
      if (attr(a, 'target') !== undefined) wrong.push(`target="${attr(a, 'target')}"`);
      if (attr($$('.external-mark', a)[0], 'ariaHidden') !== 'true') wrong.push('no aria-hidden external mark');
      if (text($$('.sr-only', a).at(-1)) !== '(other website)') wrong.push('no "(other website)" text');
      return wrong.length ? [`${name}: ${wrong.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
