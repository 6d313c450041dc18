// Reads the built site (dist/) with a real HTML parser (hast) for build-output tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { routeOfHtmlFile } from '../../src/lib/site-paths.mjs';

export const DIST = 'dist';

export interface BuiltPage {
  /** URL path, e.g. /chatgpt/stop-training/ */
  route: string;
  file: string;
  html: string;
  tree: Root;
}

let all: BuiltPage[] | undefined;

/** Every built HTML file, including the small pages Astro writes at old URLs (src/data/redirects.ts). */
export function allHtmlPages(): BuiltPage[] {
  all ??= readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes(`${sep}pagefind`))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const route = routeOfHtmlFile(relative(DIST, file));
      const html = readFileSync(file, 'utf8');
      return { route, file, html, tree: fromHtml(html) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return all;
}

const isRedirect = (p: BuiltPage) => !!select('meta[http-equiv=refresh]', p.tree);

/** The site's pages (not the redirect pages at old URLs). */
export function builtPages(): BuiltPage[] {
  return allHtmlPages().filter((p) => !isRedirect(p));
}

/** Redirect pages at old URLs: route -> the page they forward to. */
export function redirectPages(): BuiltPage[] {
  return allHtmlPages().filter(isRedirect);
}

/** Guide pages: /<assistant>/<slug>/ */
export function guidePages(): BuiltPage[] {
  return builtPages().filter((p) => select('article[data-guide]', p.tree));
}

export function page(route: string): BuiltPage {
  const found = builtPages().find((p) => p.route === route);
  if (!found) throw new Error(`no built page at ${route}`);
  return found;
}

export const $ = (sel: string, node: Root | Element) => select(sel, node);
export const $$ = (sel: string, node: Root | Element) => selectAll(sel, node);
export const text = (node: Root | Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
export const attr = (node: Element | undefined, name: string) => {
  const v = node?.properties?.[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};
