// Links worth sharing, checked on the built site (dist/): canonical and Open Graph URLs, preview
// images, JSON-LD, the feed, the sitemap, robots.txt, redirects and the step/heading anchors.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { redirects } from '../../src/data/redirects';
import { $, $$, attr, builtPages, DIST, guidePages, redirectPages, text } from '../helpers/dist';
import { pngSize } from '../helpers/png';

// The build under test uses the defaults (no SITE_URL/BASE_PATH); tests/fixtures/sharing-base-path.test.ts
// covers a subpath build.
const SITE = process.env.SITE_URL ?? 'https://off-the-record.example';
const urlOf = (route: string) => new URL(route, SITE).href;
const pages = builtPages();
const contentPages = pages.filter((p) => p.route !== '/404');
const guides = guidePages();
const meta = (p: (typeof pages)[number], key: string) =>
  attr($(`meta[property="${key}"]`, p.tree) ?? $(`meta[name="${key}"]`, p.tree), 'content');

/** dist file for an absolute URL on this site. */
function distFileFor(url: string): string {
  const u = new URL(url);
  expect(u.origin).toBe(new URL(SITE).origin);
  const path = decodeURIComponent(u.pathname);
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

function jsonLd(p: (typeof pages)[number]): Record<string, unknown>[] {
  return $$('script[type="application/ld+json"]', p.tree).map((s) => JSON.parse(text(s)));
}

describe('every page: canonical URL and link-preview meta', () => {
  it.each(contentPages.map((p) => [p.route, p] as const))('%s', (route, p) => {
    const canonicals = $$('link[rel=canonical]', p.tree);
    expect(canonicals).toHaveLength(1);
    expect(attr(canonicals[0], 'href')).toBe(urlOf(route));
    expect(meta(p, 'og:url')).toBe(urlOf(route));
    expect(meta(p, 'og:title')?.length).toBeGreaterThan(3);
    expect(meta(p, 'og:description')).toBe(attr($('meta[name=description]', p.tree), 'content'));
    expect(meta(p, 'og:type')).toBe(guides.includes(p) ? 'article' : 'website');
    expect(meta(p, 'twitter:card')).toBe('summary_large_image');
    // og:image: absolute, an existing 1200x630 PNG, with its size and alt text declared.
    const image = meta(p, 'og:image')!;
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    const size = pngSize(distFileFor(image));
    expect([size.width, size.height]).toEqual([1200, 630]);
    expect(meta(p, 'og:image:width')).toBe('1200');
    expect(meta(p, 'og:image:height')).toBe('630');
    expect(meta(p, 'og:image:alt')?.length).toBeGreaterThan(10);
    // X falls back to og:title/description/image; repeating them would only add bytes to every page.
    expect(meta(p, 'twitter:image:alt')).toBe(meta(p, 'og:image:alt'));
    for (const dup of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta(p, dup)).toBeUndefined();
    // The feed is announced in the head and linked in the footer.
    const feed = attr($('link[rel=alternate][type="application/rss+xml"]', p.tree), 'href');
    expect(feed).toBe(urlOf('/feed.xml'));
    expect($('footer a[href="/feed.xml"]', p.tree)).toBeTruthy();
  });

  it('the 404 page, served at any missing URL, has no canonical and is not indexed', () => {
    const p = pages.find((x) => x.route === '/404')!;
    expect($('link[rel=canonical]', p.tree)).toBeFalsy();
    expect(meta(p, 'robots')).toBe('noindex');
  });

  it('each guide has its own preview image; other pages share the site image', () => {
    for (const g of guides) expect(meta(g, 'og:image')).toBe(urlOf(`/og${g.route.replace(/\/$/, '')}.png`));
    for (const p of contentPages.filter((x) => !guides.includes(x))) expect(meta(p, 'og:image')).toBe(urlOf('/og/site.png'));
  });
});

describe('JSON-LD', () => {
  it.each(guides.map((p) => [p.route, p] as const))('%s: Article and BreadcrumbList', (route, p) => {
    const blocks = jsonLd(p);
    const article = blocks.find((b) => b['@type'] === 'Article')!;
    expect(article).toBeTruthy();
    expect(article['@context']).toBe('https://schema.org');
    expect(article.headline).toBe(text($('h1', p.tree)));
    expect(article.description).toBe(attr($('meta[name=description]', p.tree), 'content'));
    expect(article.dateModified).toBe(attr($('time[data-last-verified]', p.tree), 'dateTime'));
    expect(article.url).toBe(urlOf(route));
    expect((article.publisher as { name: string }).name).toBe('Off the Record');
    expect(article.image).toBe(meta(p, 'og:image'));
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList')!;
    const items = crumbs.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[0]!.item).toBe(urlOf('/'));
    expect(items[2]!.item).toBe(urlOf(route));
    for (const i of items) expect(existsSync(distFileFor(i.item)), i.item).toBe(true);
  });

  it('the home page describes the WebSite', () => {
    const home = pages.find((p) => p.route === '/')!;
    const site = jsonLd(home).find((b) => b['@type'] === 'WebSite')!;
    expect(site).toMatchObject({ '@context': 'https://schema.org', name: 'Off the Record', url: urlOf('/') });
  });
});

describe('feed, sitemap and robots.txt', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });
  const readXml = (file: string) => {
    const xml = readFileSync(join(DIST, file), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml);
  };
  const lastVerified = new Map(guides.map((g) => [urlOf(g.route), attr($('time[data-last-verified]', g.tree), 'dateTime')]));

  it('the RSS feed is valid XML with one item per guide, dated by lastVerified', () => {
    const { rss } = readXml('feed.xml');
    const items = rss.channel.item as { link: string; title: string; pubDate: string }[];
    expect(items.map((i) => i.link).sort()).toEqual([...lastVerified.keys()].sort());
    for (const item of items) {
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(lastVerified.get(item.link));
    }
  });

  it('the sitemap is valid XML, lists every guide once with its lastmod, and no redirect or 404', () => {
    const index = readXml('sitemap-index.xml');
    const maps = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    const urls = maps.flatMap((loc) => readXml(new URL(loc).pathname.slice(1)).urlset.url as { loc: string; lastmod?: string }[]);
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const [url, day] of lastVerified) {
      const entry = urls.find((u) => u.loc === url);
      expect(entry, url).toBeTruthy();
      expect(entry!.lastmod?.slice(0, 10)).toBe(day);
    }
    expect(locs).toEqual(expect.arrayContaining(contentPages.map((p) => urlOf(p.route))));
    expect(locs).toHaveLength(contentPages.length);
  });

  it('robots.txt points at the absolute sitemap URL', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${urlOf('/sitemap-index.xml')}`);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('redirects (src/data/redirects.ts)', () => {
  it.each(Object.entries(redirects))('%s still works: it forwards to %s, a built page', (from, to) => {
    const p = redirectPages().find((x) => x.route === from);
    expect(p, `no page built at ${from}`).toBeTruthy();
    expect(attr($('meta[http-equiv=refresh]', p!.tree), 'content')).toBe(`0;url=${to}`);
    expect(
      contentPages.some((x) => x.route === to),
      `${to} is not a built page`,
    ).toBe(true);
  });

  it('no other redirect pages are built', () => {
    expect(
      redirectPages()
        .map((p) => p.route)
        .sort(),
    ).toEqual(Object.keys(redirects).sort());
  });

  it('keys and values are root-relative and end with "/"', () => {
    for (const [from, to] of Object.entries(redirects)) {
      expect(from).toMatch(/^\/[^#?]*\/$/);
      expect(to).toMatch(/^\/[^#?]*\/$/);
    }
  });
});

describe('deep links', () => {
  it.each(guides.map((p) => [p.route, p] as const))('%s: every step ends with a link to itself', (_r, p) => {
    for (const li of $$('ol.steps > li[id]', p.tree)) {
      const id = attr(li, 'id')!;
      const n = id.match(/step-(\d+)$/)![1];
      const a = $(`a.step-anchor[href="#${id}"]`, li);
      expect(a, id).toBeTruthy();
      expect(text($('.sr-only', a!))).toBe(`Link to step ${n}`);
    }
  });

  it.each(guides.map((p) => [p.route, p] as const))('%s: has Copy link and (hidden) Share buttons, and no inline script', (_r, p) => {
    const tools = $('share-tools', p.tree)!;
    expect(text($('button[data-copy-page]', tools))).toBe('Copy link');
    expect(attr($('button[data-share]', tools), 'hidden')).toBeDefined();
    expect(attr($('[data-copy-status]', tools), 'role')).toBe('status');
    // Scripts are files or JSON-LD data; the only inline one is the foundation's theme script.
    const inline = $$('script:not([src]):not([type="application/ld+json"])', p.tree);
    expect(inline.length).toBeLessThanOrEqual(1);
    for (const s of inline) expect(text(s)).toContain('otr-theme');
  });
});
