// A build for a subpath (BASE_PATH=/off-the-record/, as on a GitHub Pages project site) and another
// origin (SITE_URL): every internal link, canonical URL, preview image, feed and sitemap URL carries
// both, root-relative links written in guides get the base, and a redirect-map entry keeps an old URL
// working. One fixture build (two small guides + tests/fixtures/redirects.fixture.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../src/integrations/site-checks.mjs';
import { VALID_FRONTMATTER, buildFixture, guide, type FixtureResult } from './helpers/build-fixture';
import { pngSize } from './helpers/png';

const BASE = '/off-the-record/';
const SITE = 'https://example.github.io';
const abs = (route: string) => `${SITE}${BASE.slice(0, -1)}${route}`;

const fm = (title: string, order: number) =>
  VALID_FRONTMATTER.replace('title: "A valid guide"', `title: "${title}"`).replace('platforms: [web]', `platforms: [web]\norder: ${order}`);

const files = {
  'guides/chatgpt/new-name.mdx': guide(
    `## Turn it off\n\n<Steps>\n\n1. Open **Settings**.\n2. Select **Data controls**.\n3. Turn it off.\n\n</Steps>\n\nSee [the other guide](/chatgpt/other/#what-it-does) and [step 2](#step-2).`,
    fm('The renamed guide', 1),
  ),
  'guides/chatgpt/other.mdx': guide(
    `## What it does\n\nDo [step 3 of the first guide](/chatgpt/new-name/#step-3), or start at [the list](/chatgpt/).`,
    fm('The other guide', 2),
  ),
};

let result: FixtureResult;
let pages: { route: string; tree: Root }[];
beforeAll(() => {
  result = buildFixture('base-path', files, {
    BASE_PATH: BASE,
    SITE_URL: SITE,
    OTR_REDIRECTS_FILE: resolve('tests/fixtures/redirects.fixture.ts'),
  });
  if (!result.ok) return;
  pages = readdirSync(result.outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const rel = relative(result.outDir, join(d.parentPath, d.name)).split(sep).join('/');
      return { route: '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, ''), tree: fromHtml(readFileSync(join(d.parentPath, d.name), 'utf8')) };
    });
}, 180_000);

const prop = (el: Element | undefined, name: string) => (el?.properties?.[name] === undefined ? undefined : String(el.properties[name]));

describe(`a build with BASE_PATH=${BASE} and SITE_URL=${SITE}`, () => {
  it('succeeds, and the link checker finds every internal link and anchor under the base', () => {
    expect(result.ok, result.output).toBe(true);
    expect(checkBuiltSite({ distDir: result.outDir, base: BASE }).problems).toEqual([]);
  });

  it('every internal URL in every page carries the base path', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const el of selectAll('[href], [src], meta[content]', p.tree)) {
        for (const name of ['href', 'src', 'content']) {
          const value = prop(el, name);
          if (!value) continue;
          const internalRoot = value.startsWith('/') && !value.startsWith('//');
          const internalAbs = value.startsWith(SITE);
          if ((internalRoot && !value.startsWith(BASE)) || (internalAbs && !value.startsWith(SITE + BASE))) {
            bad.push(`${p.route}: ${el.tagName} ${name}="${value}"`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('links written root-relative in a guide get the base', () => {
    const other = pages.find((p) => p.route === '/chatgpt/other/')!;
    const hrefs = selectAll('article .prose a', other.tree).map((a) => prop(a, 'href'));
    expect(hrefs).toContain(`${BASE}chatgpt/new-name/#step-3`);
    expect(hrefs).toContain(`${BASE}chatgpt/`);
  });

  it('canonical, og:url and og:image are absolute URLs under the base, and the image exists', () => {
    for (const p of pages.filter((x) => x.route.endsWith('/') && !select('meta[http-equiv=refresh]', x.tree))) {
      expect(prop(select('link[rel=canonical]', p.tree), 'href')).toBe(abs(p.route));
      expect(prop(select('meta[property="og:url"]', p.tree), 'content')).toBe(abs(p.route));
      const image = prop(select('meta[property="og:image"]', p.tree), 'content')!;
      expect(image.startsWith(SITE + BASE)).toBe(true);
      const size = pngSize(join(result.outDir, image.slice((SITE + BASE).length)));
      expect([size.width, size.height]).toEqual([1200, 630]);
    }
  });

  it('a redirect-map entry keeps the old URL working, forwarding to the new one under the base', () => {
    const old = pages.find((p) => p.route === '/chatgpt/old-name/');
    expect(old, 'no page at the old URL').toBeTruthy();
    expect(prop(select('meta[http-equiv=refresh]', old!.tree), 'content')).toBe(`0;url=${BASE}chatgpt/new-name/`);
    expect(prop(select('link[rel=canonical]', old!.tree), 'href')).toBe(abs('/chatgpt/new-name/'));
    expect(existsSync(join(result.outDir, 'chatgpt/new-name/index.html'))).toBe(true);
  });

  it('the feed, sitemap and robots.txt use the base', () => {
    const feed = readFileSync(join(result.outDir, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(feed)).toBe(true);
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual([abs('/'), abs('/chatgpt/new-name/'), abs('/chatgpt/other/')]);
    const sitemap = readFileSync(join(result.outDir, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(abs('/chatgpt/new-name/'));
    expect(locs).not.toContain(abs('/chatgpt/old-name/'));
    expect(locs.every((l) => l!.startsWith(SITE + BASE))).toBe(true);
    expect(readFileSync(join(result.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });
});
