// Small pure functions behind the security headers and the writer checks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspMetaFirst, cspProblems, inlineHashes, pruneHashes } from '../../src/integrations/security-headers.mjs';
import { headersForPath, parseHeadersFile, renderHeadersFile } from '../../src/lib/headers.mjs';
import { mdxComponentNames } from '../../src/lib/markdown/checks/components.mjs';

describe('_headers', () => {
  it('round-trips, applies every matching rule, and honours the base path', () => {
    const text = renderHeadersFile({ metaCsp: "default-src 'self'; script-src 'self'", base: '/repo/' });
    const rules = parseHeadersFile(text);
    expect(rules.map((r) => r.pattern)).toEqual([
      '/repo/*',
      '/repo/_astro/*',
      '/repo/',
      '/repo/:page/',
      '/repo/:section/:page/',
      '/repo/404.html',
      '/repo/pagefind/*',
    ]);
    expect(headersForPath(rules, '/repo/chatgpt/memory/')['cache-control']).toBe('no-cache');
    const asset = headersForPath(rules, '/repo/_astro/x.css');
    expect(asset['cache-control']).toContain('immutable');
    expect(asset['content-security-policy']).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none';");
    expect(headersForPath(rules, '/other/')).toEqual({});
  });

  it('reads placeholders and joins a header set by two rules', () => {
    const rules = parseHeadersFile('/a/:slug/x\n  X-One: 1\n/a/*\n  X-One: 2\n');
    expect(headersForPath(rules, '/a/b/x')).toEqual({ 'x-one': '1, 2' });
  });
});

describe('CSP checks', () => {
  it('reject unsafe sources and missing required directives', () => {
    expect(
      cspProblems(
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
      ),
    ).toEqual([]);
    expect(cspProblems("default-src *; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'")).toEqual([
      "script-src allows 'unsafe-inline'",
      "style-src allows 'unsafe-inline'",
      "default-src must be 'self'",
      "object-src must be 'none'",
      "base-uri must be 'none'",
      "form-action must be 'self'",
    ]);
  });

  it('moves the CSP meta before everything else in <head>', () => {
    const html = '<html><head><meta charset="utf-8"><script>x</script><meta http-equiv="content-security-policy" content="a"><link></head>';
    expect(cspMetaFirst(html)).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a"><script>x</script><link></head>',
    );
  });
});

describe('CSP hashes', () => {
  it('counts inline scripts and styles, not script files or JSON-LD, and drops hashes that allow nothing', () => {
    const html =
      '<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style>';
    const used = inlineHashes(html);
    expect(used.size).toBe(2);
    const [script, style] = [...used];
    const policy = `script-src 'self' ${script} 'sha256-AAAA'; style-src 'self' 'sha256-BBBB' ${style};`;
    expect(pruneHashes(policy, used)).toBe(`script-src 'self' ${script}; style-src 'self' ${style};`);
  });
});

describe('MDX component names for the unknown-component check', () => {
  it('are read from src/components/mdx/index.ts, comments and renames included', () => {
    expect(mdxComponentNames()).toEqual(expect.arrayContaining(['Steps', 'PlatformTabs', 'Tab', 'Aside', 'SettingPath']));
    const file = join(mkdtempSync(join(tmpdir(), 'otr-')), 'index.ts');
    writeFileSync(
      file,
      'export const mdxComponents = {\n  Steps, // numbered, with ids\n  /* tabs */ PlatformTabs,\n  Figure: Illustration,\n};',
    );
    expect(mdxComponentNames(file)).toEqual(['Steps', 'PlatformTabs', 'Figure']);
    writeFileSync(file, 'export const mdxComponents = { ...base, Extra };');
    expect(mdxComponentNames(file)).toBeUndefined(); // a spread cannot be read here: MDX's own error applies
  });
});
