// After every build: check that each internal link in the built HTML reaches a built page, and each
// #fragment reaches an element with that id, and that no page repeats an id. Any failure stops the
// build with one line per problem naming the writer's file (content/guides/…mdx) and the link.
// Written for this site rather than taken from a crawler: it maps pages back to source files and
// understands the base path, and it runs on files without starting a server.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

/** /chatgpt/stop-training/ -> content/guides/chatgpt/stop-training.mdx when that file exists. */
function sourceFor(route, contentDir) {
  const m = route.match(/^\/([^/]+)\/([^/]+)\/$/);
  if (m) {
    const file = join(contentDir, 'guides', m[1], `${m[2]}.mdx`);
    if (existsSync(file)) return relative(process.cwd(), file).split(sep).join('/');
  }
  return `page ${route}`;
}

export function checkBuiltSite({ distDir, base = '/', contentDir = './content' }) {
  const files = htmlFiles(distDir);
  const pages = new Map(); // route -> { ids, links, file }
  const problems = [];
  for (const file of files) {
    const rel = relative(distDir, file).split(sep).join('/');
    const route = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const ids = new Set();
    const links = [];
    visit(tree, 'element', (el) => {
      const id = el.properties?.id;
      if (id !== undefined) {
        if (ids.has(String(id))) problems.push(`${sourceFor(route, contentDir)}: the id "${id}" is used twice on the page (each step and heading needs its own; give each <Steps> a distinct name)`);
        ids.add(String(id));
      }
      if (el.tagName === 'a' && typeof el.properties?.href === 'string') links.push(el.properties.href);
    });
    pages.set(route, { ids, links });
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
        problems.push(`${sourceFor(route, contentDir)}: broken link "${href}" (no page at ${path}${path.endsWith('/') ? '' : '; page URLs end with "/"'})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !target.ids.has(fragment)) {
        problems.push(`${sourceFor(route, contentDir)}: link "${href}" points to "#${fragment}", which is not a heading or step id on ${path}`);
      }
    }
  }
  return { pages: pages.size, problems };
}

export function siteChecks({ contentDir }) {
  let base = '/';
  return {
    name: 'otr:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, problems } = checkBuiltSite({ distDir: fileURLToPath(dir), base, contentDir });
        if (problems.length) {
          throw new Error(`Broken links or ids in the built site:\n  ${problems.join('\n  ')}`);
        }
        logger.info(`links and ids checked on ${pages} pages`);
      },
    },
  };
}
