// After the build: every link made from the task index (src/lib/task-index.mjs) on the assistant pages'
// task grids, the home page and the privacy checkup, marked <a data-task="…" data-platform="…">, must
// land on the first step of a step list that performs that task on those platforms: an <li> of an
// <ol class="steps" data-task="…"> whose platforms (its own data-platforms, else its tab panel's, else
// the guide's) include each platform. The link checker has already said whether the page and id
// exist; this says whether they are the right steps. Problems name the guide file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';
import { taskIds } from '../data/tasks.ts';

const classes = (el) => {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : String(c ?? '').split(/\s+/);
};
const prop = (el, name) => (el.properties?.[name] === undefined ? undefined : String(el.properties[name]));

/** Elements with an id, each with its ancestors (nearest first). */
function idsWithAncestors(tree) {
  const found = new Map();
  const walk = (node, ancestors) => {
    if (node.type === 'element' && node.properties?.id !== undefined) found.set(String(node.properties.id), { el: node, ancestors });
    if (node.children) {
      const next = node.type === 'element' ? [node, ...ancestors] : ancestors;
      for (const child of node.children) walk(child, next);
    }
  };
  walk(tree, []);
  return found;
}

function taskLinks(tree) {
  const links = [];
  const walk = (node) => {
    if (node.type === 'element' && node.tagName === 'a' && node.properties?.dataTask !== undefined) links.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return links;
}

/** @returns {{ links: number, problems: string[] }} */
export function checkTaskLinks({ distDir, base = '/', contentDir = './content' }) {
  const baseNoSlash = base.replace(/\/$/, '');
  const pageFiles = [join(distDir, 'index.html'), join(distDir, 'checkup', 'index.html')];
  for (const d of readdirSync(distDir, { withFileTypes: true })) {
    if (d.isDirectory()) pageFiles.push(join(distDir, d.name, 'index.html'));
  }
  const parsed = new Map();
  const targetPage = (path) => {
    if (!parsed.has(path)) {
      const file = join(distDir, path, 'index.html');
      parsed.set(path, existsSync(file) ? idsWithAncestors(htmlToHast(readFileSync(file, 'utf8'))) : null);
    }
    return parsed.get(path);
  };
  const problems = [];
  let count = 0;
  for (const file of new Set(pageFiles)) {
    if (!existsSync(file)) continue;
    for (const a of taskLinks(htmlToHast(readFileSync(file, 'utf8')))) {
      count += 1;
      const task = prop(a, 'dataTask');
      const wanted = (prop(a, 'dataPlatform') ?? '').split(/\s+/).filter(Boolean);
      const href = prop(a, 'href') ?? '';
      const url = new URL(href, 'http://site/');
      const path = decodeURIComponent(url.pathname).slice(baseNoSlash.length) || '/';
      const m = path.match(/^\/([^/]+)\/([^/]+)\/$/);
      const source = m ? join(contentDir, 'guides', m[1], `${m[2]}.mdx`).replace(/^\.\//, '') : `page ${path}`;
      const fail = (why) => problems.push(`${source}: the task link "${href}" (${task} on ${wanted.join(', ')}) ${why}`);
      if (!taskIds.includes(task)) {
        fail(`names an unknown task; allowed: ${taskIds.join(', ')}`);
        continue;
      }
      const ids = targetPage(path);
      if (!ids) {
        fail('points to a page that was not built');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const target = ids.get(fragment);
      if (!target) {
        fail(`points to "#${fragment}", which is not on the page (the step list's name or first number changed?)`);
        continue;
      }
      const [list, ...outer] = target.ancestors;
      if (target.el.tagName !== 'li' || !list || list.tagName !== 'ol' || !classes(list).includes('steps')) {
        fail(`points to "#${fragment}", which is not a step of a <Steps> list`);
        continue;
      }
      if (prop(list, 'dataTask') !== task) {
        fail(`points to a <Steps> list tagged task="${prop(list, 'dataTask') ?? ''}", not task="${task}"`);
        continue;
      }
      const panel = outer.find((el) => classes(el).includes('tab-panel'));
      const article = outer.find((el) => el.properties?.dataGuidePlatforms !== undefined);
      const covers = (
        prop(list, 'dataPlatforms') ??
        (panel && prop(panel, 'dataPlatforms')) ??
        (article && prop(article, 'dataGuidePlatforms')) ??
        ''
      ).split(/\s+/);
      const missing = wanted.filter((p) => !covers.includes(p));
      if (missing.length) fail(`points to steps for ${covers.join(', ') || 'no platform'}, not for ${missing.join(', ')}`);
    }
  }
  return { links: count, problems };
}
