// Page templates of the built site, for browser checks that need one page of each kind rather than
// every page: the axe dark-theme pass, and the search dialog in the privacy walk (the same dialog and
// code on every page).
import type { Element } from 'hast';
import { assistantIds } from '../../src/data/assistants';
import { $, $$, attr, type BuiltPage } from './dist';

const assistantSegment = new RegExp(`^/(${assistantIds.join('|')})/`);

/** What kind of page this is: a guide, or the route with the assistant taken out (/:assistant/sources/), or a page of its own (home, about …). */
export const templateOf = (p: BuiltPage) =>
  $('article[data-guide]', p.tree) ? 'guide' : p.route.replace(assistantSegment, '/:assistant/');

/** The element kinds on a page's main content, as "tag.class" (or the tag alone). */
export const elementKinds = (p: BuiltPage) =>
  new Set(
    $$('main *', p.tree).map((el: Element) => {
      const cls = attr(el, 'className')?.split(' ')[0];
      return cls ? `${el.tagName}.${cls}` : el.tagName;
    }),
  );

/** One page of each non-guide template, and the fewest guide pages that show every element kind. */
export function darkThemeRoutes(pages: BuiltPage[]): string[] {
  const chosen = new Map<string, string>();
  for (const p of pages) if (templateOf(p) !== 'guide' && !chosen.has(templateOf(p))) chosen.set(templateOf(p), p.route);
  const guides = pages.filter((p) => templateOf(p) === 'guide').map((p) => ({ route: p.route, kinds: elementKinds(p) }));
  const missing = new Set(guides.flatMap((g) => [...g.kinds]));
  const routes = [...chosen.values()];
  while (missing.size) {
    const best = guides.reduce((a, b) =>
      [...b.kinds].filter((k) => missing.has(k)).length > [...a.kinds].filter((k) => missing.has(k)).length ? b : a,
    );
    routes.push(best.route);
    for (const k of best.kinds) missing.delete(k);
  }
  return routes;
}
