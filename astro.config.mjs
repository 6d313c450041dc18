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
import { normalizeBase } from './src/lib/base-path.mjs';
import { siteOrigin } from './src/lib/site-url.mjs';
import { lastmodFor, readGuideDates } from './src/lib/guide-dates.mjs';
import { redirects as redirectMap } from './src/data/redirects.ts';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { cspConfig } from './src/lib/csp.ts';

/**
 * Code loaded on demand (zoom dialog, search) needs no preloading: it has no CSS or shared chunks
 * of its own. Vite still wraps every import() in a ~1.5 KB preload helper (vitejs/vite#13952,
 * #18551), which every page would run before the reader does anything. Serve a one-line helper.
 * @returns {import('vite').Plugin}
 */
function tinyPreloadHelper() {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'otr:tiny-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : undefined),
    // Vite also prints the list of files to preload into each chunk (`__vite__mapDeps`): about 150
    // bytes of hashed file names on every page that the one-line helper above never reads. Drop it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.code.startsWith('const __vite__mapDeps=')) continue;
          chunk.code = chunk.code
            .replace(/^const __vite__mapDeps=[^\n]*?=>i\.map\(i=>d\[i\]\);\n?/, '')
            .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
          if (chunk.code.includes('__vite__mapDeps')) this.error(`could not drop the preload list of ${chunk.fileName}`);
        }
      },
    },
  };
}
import { pagefindIndex } from './src/integrations/pagefind.mjs';

// The content folder can be swapped for tests (fixtures build a tiny site of their own).
const contentDir = process.env.OTR_CONTENT_DIR ?? './content';

// sharing: where the site lives. SITE_URL is the origin (canonical URLs, previews, feed, sitemap);
// BASE_PATH the folder it is served from ("/" or e.g. "/off-the-record/" on a GitHub Pages project
// site). Both are read here (SITE_URL through src/lib/site-url.mjs, which also gives it to
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
const redirects = Object.fromEntries(
  Object.entries(redirectsWithoutBase).map(([from, to]) => [from, base.slice(0, -1) + to]),
);
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
