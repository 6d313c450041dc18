// @ts-check
import { resolve as resolvePath } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
// Markdown processor: Astro 7's Rust processor (Sätteri), with this site's writer-safety checks, facts,
// heading anchors and link rules as Sätteri plugins (src/lib/markdown/).
import { guideProcessor } from './src/lib/markdown/index.mjs';
import { siteChecks } from './src/integrations/site-checks.mjs';
import { buildInfo } from './src/integrations/build-info.mjs';
// sharing: base-path links in guides, sitemap dates, and the one redirect map.
import { contentDir as contentDirOf, normalizeBase, siteOrigin } from './src/lib/site-paths.mjs';
import { lastmodFor, readGuideDates } from './src/lib/guide-dates.mjs';
import { redirects as redirectMap } from './src/data/redirects.ts';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { cspConfig } from './src/lib/csp.ts';
import { tinyPreloadHelper } from './src/lib/vite-preload-helper.mjs';

import { pagefindIndex } from './src/integrations/pagefind.mjs';

// The content folder can be swapped for tests (fixtures build a tiny site of their own).
const contentDir = contentDirOf();

// sharing: where the site lives. SITE_URL is the origin (canonical URLs, previews, feed, sitemap);
// BASE_PATH the folder it is served from ("/" or e.g. "/off-the-record/" on a GitHub Pages project
// site). Both are read here (through src/lib/site-paths.mjs, which also gives SITE_URL to
// `npm run sources:check`); pages read them as Astro.site and import.meta.env.BASE_URL.
const site = siteOrigin();
const base = normalizeBase(process.env.BASE_PATH);
// Tests can swap the redirect map for a fixture's (like OTR_CONTENT_DIR above). A fixture content
// folder gets none by default: the site's map points at the site's own guides.
/** @type {Record<string, string>} */
const redirectsWithoutBase = process.env.OTR_REDIRECTS_FILE
  ? (await import(/* @vite-ignore */ process.env.OTR_REDIRECTS_FILE)).redirects
  : process.env.OTR_CONTENT_DIR
    ? {}
    : redirectMap;
// Astro places each old URL under the base but writes the destination as given, so add the base to
// it. (The link checker fails the build if a destination is not a built page.)
const redirects = Object.fromEntries(Object.entries(redirectsWithoutBase).map(([from, to]) => [from, base.slice(0, -1) + to]));
// Read on first use: Astro evaluates this file several times per build, and only the sitemap needs
// the dates (parsing 1,000 guides' frontmatter on every evaluation cost about 4 s).
/** @type {Map<string, string> | undefined} */
let guideDates;
const redirectSources = new Set(Object.keys(redirectsWithoutBase).map((from) => new URL(base.slice(0, -1) + from, site).href));

// search: the Pagefind index of guide bodies (src/integrations/pagefind.mjs).
const search = pagefindIndex();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Old URLs of renamed guides (src/data/redirects.ts); each becomes a page that forwards to the new one.
  redirects,
  // Strict Content-Security-Policy on every page, with hashes (see src/lib/csp.ts).
  security: { csp: cspConfig },
  cacheDir: process.env.OTR_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP forbids; guides need no colours.
    syntaxHighlight: false,
    processor: guideProcessor({ base }),
  },
  integrations: [
    mdx(),
    // sharing: sitemap-index.xml + sitemap-0.xml, with <lastmod> from each guide's lastVerified.
    sitemap({
      filter: (url) => url.endsWith('/') && !redirectSources.has(url),
      serialize: (item) => {
        const route = '/' + new URL(item.url).pathname.slice(base.length);
        const lastmod = lastmodFor(route, (guideDates ??= readGuideDates(contentDir)));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // After the build, in this order: the CSP pass rewrites pages (so it goes first); then the search
    // index (Pagefind's Node API, dist/pagefind/) is built in Pagefind's own process while the link
    // checker reads the same pages.
    securityHeaders(),
    search.start,
    siteChecks({ contentDir }),
    search.finish,
    buildInfo(),
  ],
  vite: {
    plugins: [tailwindcss(), tinyPreloadHelper()],
    // Real captures that replace drawings (src/components/media/captures.ts); fixture builds point
    // this at their own folder, which must be inside the project (tests/.tmp/…).
    resolve: { alias: { '@captures': resolvePath(process.env.OTR_CAPTURES_DIR ?? 'src/assets/captures') } },
    // Never inline a bundled script (Astro inlines small ones by default): the CSP allows script
    // files from 'self' plus the hashed theme script only. Styles are untouched by this.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX module with a "use astro:head-inject" directive that Rolldown warns it
        // may drop; Astro reads it before bundling, so the warning (a dozen lines per guide) is noise
        // that would bury a writer's real error. Every other warning still prints.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
