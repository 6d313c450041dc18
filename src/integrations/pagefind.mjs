// Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API.
//
// Why an integration and not `pagefind --site dist` after the build: every build of the site gets an
// index, whatever starts it (npm run build, the test fixtures, the search benchmark's synthetic site
// with its own --outDir), the index always matches the outDir Astro just wrote, and the build log
// says how many guides were indexed and how long it took.
//
// What is indexed is decided in the markup (src/layouts/GuideLayout.astro): only guide bodies carry
// data-pagefind-body; the selectors below drop chrome that sits inside a body.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Inside guide bodies, never index these: heading "#" links (their hidden text repeats the heading) and tab buttons. */
export const PAGEFIND_EXCLUDE = ['.heading-anchor', '[role="tablist"]'];

/** Files Pagefind writes for UIs this site does not use (it bundles @pagefind/component-ui itself). */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/**
 * A Vite plugin that keeps only the English strings of @pagefind/component-ui: the package bundles
 * 44 languages (about 16 KB gzipped) that every reader would download with the search UI, and this
 * site is English only. If the package's layout changes, the code is left as it is, with a warning.
 */
export function componentUiEnglishOnly() {
  return {
    name: 'otr:pagefind-component-ui-en',
    enforce: 'pre',
    transform(code, id) {
      if (!/@pagefind[\\/]component-ui[\\/].*component-ui\.mjs$/.test(id)) return null;
      const marker = '// ../translations/';
      const first = code.indexOf(marker);
      const modulesAt = code.indexOf('var modules = [');
      const filenamesAt = code.indexOf('var filenames = [');
      if (first < 0 || modulesAt < first || filenamesAt < modulesAt) {
        this.warn('component-ui layout changed: keeping all translations');
        return null;
      }
      const blocks = code.slice(first, modulesAt).split(marker).filter(Boolean);
      const en = blocks.find((b) => b.startsWith('en.json'));
      if (!en) return null;
      const endOfFilenames = code.indexOf('];', filenamesAt) + 2;
      return {
        code:
          code.slice(0, first) +
          marker +
          en +
          'var modules = [en_exports];\nvar __default = modules;\nvar filenames = ["../../translations/en.json"];' +
          code.slice(endOfFilenames),
        map: null,
      };
    },
  };
}

/**
 * Two integrations around the link checker, so the index is built while the links are checked: Pagefind
 * indexes in its own process, on the second core, while the checker parses pages on this one.
 *   integrations: [..., securityHeaders(), search.start, siteChecks(), search.finish]
 * `start` sends the whole site to Pagefind and returns; `finish` waits for it and writes the index.
 * The HTML must not change after `start` (the CSP pass rewrites pages, so it comes first).
 */
export function pagefindIndex() {
  /** @type {Promise<{ index: any, added: any, started: number }> | undefined} */
  let indexing;
  const start = {
    name: 'otr:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [componentUiEnglishOnly()] } });
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { errors, index } = await pagefind.createIndex({ excludeSelectors: PAGEFIND_EXCLUDE, forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Sent now, awaited in `finish`; a rejection is kept for `finish` to report.
        indexing = index.addDirectory({ path: site }).then((added) => ({ index, added, started }));
        indexing.catch(() => {});
      },
    },
  };
  const finish = {
    name: 'otr:pagefind-write',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing)
          throw new Error('otr:pagefind-write runs after otr:pagefind: list search.start before search.finish in astro.config.mjs');
        const { index, added, started } = await indexing;
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const outputPath = join(fileURLToPath(dir), 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        await Promise.all(UNUSED_UI_FILES.map((f) => rm(join(outputPath, f), { force: true })));
        const ms = Math.round(performance.now() - started);
        logger.info(`search index: ${added.page_count} guide(s) indexed in ${ms} ms (alongside the link check) → ${outputPath}`);
      },
    },
  };
  return { start, finish };
}
