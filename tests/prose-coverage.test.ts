// src/styles/prose.css styles only the Markdown elements the site's pages have (it replaced the
// Tailwind typography plugin, whose rules for everything else cost ~1 KB on every page). A guide that
// starts using one of the others would show it unstyled (no margins, no list bullets, no quote
// border): this fails first, naming the page, so the writer adds the rule to prose.css.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $, $$, attr, builtPages } from './helpers/dist';

/** Markdown constructs prose.css has no rule for (the plugin's values are in its src/styles.js). */
const UNSTYLED = [
  'blockquote', 'hr', 'pre', 'h4', 'h5', 'h6', 'video', 'tfoot',
  'ul ul', 'ul ol', 'ol ul', 'ol ol',
  '.prose > ul > li > p', '.prose > ol > li > p',
] as const;

const pagesWithProse = builtPages().filter((p) => $('.prose', p.tree));

describe('prose styles cover what guides use', () => {
  it('finds the reading column on the guide and about pages', () => {
    expect(pagesWithProse.map((p) => p.route)).toContain('/about/');
    expect(pagesWithProse.length).toBeGreaterThan(40);
  });

  it.each(UNSTYLED)('no page has %s in .prose (prose.css has no rule for it)', (sel) => {
    const found = pagesWithProse.flatMap((p) =>
      $$(sel.startsWith('.prose') ? sel : `.prose ${sel}`, p.tree).length ? [p.route] : [],
    );
    expect(found, `add a rule for "${sel}" to src/styles/prose.css, then take it off UNSTYLED in this test`).toEqual([]);
  });

  it('the stylesheet styles paragraphs, lists, headings, tables and kbd, and none of the unstyled list', () => {
    const page = pagesWithProse.find((p) => p.route === '/chatgpt/what-changed/')!;
    const href = $$('link[rel=stylesheet]', page.tree).map((l) => attr(l, 'href')!).find((h) => !/print/.test(h))!;
    const css = readFileSync(join('dist', href), 'utf8');
    for (const sel of ['p', 'a', 'strong', 'ol', 'ul', 'li', 'h2', 'h3', 'kbd', 'table', 'figcaption']) {
      expect(css, `.prose :where(${sel})`).toContain(`.prose :where(${sel})`);
    }
    for (const sel of UNSTYLED.filter((s) => !s.includes(' '))) {
      expect(css, `prose.css styles ${sel} now: take it off UNSTYLED`).not.toContain(`.prose :where(${sel})`);
    }
  });
});
