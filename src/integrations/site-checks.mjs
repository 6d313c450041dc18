// After every build: check that each internal link in the built HTML reaches a built page, and each
// #fragment reaches an element with that id, and that no page repeats an id. Any failure stops the
// build with one line per problem naming the writer's file (content/guides/…mdx) and the link.
// Written for this site rather than taken from a crawler: it maps pages back to source files and
// understands the base path, and it runs on files without starting a server.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// Sätteri's HTML parser (Rust, shipped with Astro 7's Markdown processor) builds the same tree as
// hast-util-from-html about three times faster, which matters on thousands of pages.
import { htmlToHast } from 'satteri';
import { eachNode } from '../lib/each-node.mjs';
import { lintGuides } from './guide-lint.mjs';
import { guideFileOfRoute, guideRoute, guidesDir, routeOfHtmlFile, stripBase } from '../lib/site-paths.mjs';
import { checkTaskLinks } from './task-grid-check.mjs';
import { emptyCellLines, emptyCells, readTaskIndex } from '../lib/task-index.mjs';

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

/** /chatgpt/stop-training/ -> content/guides/chatgpt/stop-training.mdx when that file exists. */
function sourceFor(route, contentDir) {
  const inGuides = guideFileOfRoute(route);
  if (inGuides) {
    const file = join(guidesDir(contentDir), inGuides);
    if (existsSync(file)) return relative(process.cwd(), file).split(sep).join('/');
  }
  return `page ${route}`;
}

export function checkBuiltSite({ distDir, base = '/', contentDir = './content' }) {
  const files = htmlFiles(distDir);
  const pages = new Map(); // route -> { ids, links, file }
  const problems = [];
  for (const file of files) {
    const route = routeOfHtmlFile(relative(distDir, file));
    const tree = htmlToHast(readFileSync(file, 'utf8'));
    const ids = new Set();
    const links = [];
    const images = [];
    eachNode(tree, (el) => {
      if (el.type !== 'element') return;
      const id = el.properties?.id;
      if (id !== undefined) {
        if (ids.has(String(id)))
          problems.push(
            `${sourceFor(route, contentDir)}: the id "${id}" is used twice on the page (each step and heading needs its own; give each <Steps> a distinct name)`,
          );
        ids.add(String(id));
      }
      if (el.tagName === 'a' && typeof el.properties?.href === 'string') links.push(el.properties.href);
      if ((el.tagName === 'img' || el.tagName === 'source') && typeof el.properties?.src === 'string') images.push(el.properties.src);
    });
    pages.set(route, { ids, links });
    // Images the page shows must exist in the built site (public/ files are copied there).
    for (const src of images) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue; // data:, or external (the CSP blocks those)
      const path = decodeURIComponent(new URL(src, `http://site${route}`).pathname);
      if (!existsSync(join(distDir, stripBase(path, base))))
        problems.push(
          `${sourceFor(route, contentDir)}: image "${src}" not found (put the file in public/ and link it from the site root, or next to the guide with a ./ path)`,
        );
    }
  }
  const baseNoSlash = base.replace(/\/$/, '');
  for (const [route, { links }] of pages) {
    for (const href of links) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // external, mailto:, tel:
      const url = new URL(href, `http://site${baseNoSlash}${route}`);
      let path = decodeURIComponent(url.pathname);
      if (baseNoSlash && !path.startsWith(baseNoSlash + '/') && path !== baseNoSlash) {
        problems.push(`${sourceFor(route, contentDir)}: link "${href}" points outside the site's base path ${base}`);
        continue;
      }
      path = path.slice(baseNoSlash.length) || '/';
      if (path.startsWith('/pagefind/') || path.startsWith('/_astro/')) continue;
      const target = pages.get(path) ?? (path.endsWith('/') ? undefined : pages.get(`${path}/`));
      const isAsset = !target && existsSync(join(distDir, path));
      if (!target && !isAsset) {
        problems.push(
          `${sourceFor(route, contentDir)}: broken link "${href}" (no page at ${path}${path.endsWith('/') ? '' : '; page URLs end with "/"'})`,
        );
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !target.ids.has(fragment)) {
        problems.push(
          `${sourceFor(route, contentDir)}: link "${href}" points to "#${fragment}", which is not a heading or step id on ${path}`,
        );
      }
    }
  }
  return { pages: pages.size, problems };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASSET = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/**
 * Before the build: every file under content/guides becomes a page or is a note (name starts with _)
 * or an image. Nothing is silently dropped: a .md file, a file name that is not a clean URL slug, or
 * two files that would become the same URL (a.mdx and A.mdx; Astro would keep one) stop the build.
 */
export function checkContentFiles(contentDir) {
  const root = guidesDir(contentDir);
  if (!existsSync(root)) return [];
  const problems = [];
  const byUrl = new Map();
  const rel = (f) => relative(process.cwd(), f).split(sep).join('/');
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const file = join(d.parentPath, d.name);
    const parts = relative(root, file).split(sep);
    if (parts.some((p) => p.startsWith('_')) || ASSET.test(d.name) || d.name === '.DS_Store') continue;
    if (extname(d.name) !== '.mdx') {
      problems.push(
        `${rel(file)}: only .mdx files become guides, so this file would be ignored. Rename it to .mdx, or start its name with "_" if it is a note.`,
      );
      continue;
    }
    const slug = basename(d.name, '.mdx');
    if (!SLUG.test(slug)) {
      problems.push(
        `${rel(file)}: the file name is the page's URL, so it must use only lowercase letters, digits and hyphens (e.g. stop-training.mdx).`,
      );
    }
    // The URL Astro would give it (it lowercases and slugifies file names).
    const url = guideRoute(parts.slice(0, -1).join('/').toLowerCase(), slug.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    byUrl.set(url, [...(byUrl.get(url) ?? []), rel(file)]);
  }
  for (const [url, files] of byUrl) {
    if (files.length > 1)
      problems.push(
        `duplicate slug: ${files.join(' and ')} would both be the page ${url}; rename one (Astro would silently keep only one).`,
      );
  }
  return problems;
}

export function siteChecks({ contentDir }) {
  let base = '/';
  return {
    name: 'otr:site-checks',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        const started = performance.now();
        const report = {};
        const problems = [...checkContentFiles(contentDir), ...lintGuides(contentDir, report)];
        if (problems.length) {
          // Listed through the logger, then a short error: Astro adds a misleading "Browser APIs" hint
          // to any error whose text contains "window" (as in the platform "windows") or "document".
          logger.error(`${problems.length} problem(s) in the guides; fix each line below:\n  ${problems.join('\n  ')}`);
          throw new Error(`The guides have ${problems.length} problem(s), listed above with their files.`);
        }
        logger.info(
          `guides checked before the build in ${Math.round(performance.now() - started)} ms: ${report.citations ?? 0} citations, ${report.sources ?? 0} sources`,
        );
        // Task grids: every cell has steps, or says why not (notOffered: no such control, with a
        // source; notDocumented: searched, no source gives the steps). An empty cell is a warning
        // here, so a fixture site or a guide in progress still builds; the real content is held to
        // it by tests/unit/task-grid.test.ts.
        const index = readTaskIndex(contentDir);
        const empty = emptyCells(index);
        if (empty.length) logger.warn(`task grids: ${empty.length} empty cell(s):\n  ${emptyCellLines(index, empty).join('\n  ')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const built = checkBuiltSite({ distDir: fileURLToPath(dir), base, contentDir });
        const tasks = checkTaskLinks({ distDir: fileURLToPath(dir), base, contentDir });
        const { pages } = built;
        const problems = [...built.problems, ...tasks.problems];
        if (problems.length) {
          logger.error(`Broken links, images, ids or task links in the built site:\n  ${problems.join('\n  ')}`);
          throw new Error(
            `The built site has ${problems.length} broken link(s), image(s), id(s) or task link(s), listed above with their files.`,
          );
        }
        logger.info(
          `links and ids checked on ${pages} pages, ${tasks.links} task link(s) checked, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
