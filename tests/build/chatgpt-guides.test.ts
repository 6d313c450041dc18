// Checks over the BUILT ChatGPT guides (dist/chatgpt/<slug>/index.html), against their MDX frontmatter.
// (Menu labels are checked against the source registry's quotes by the guide lint, before the build.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { platforms, type PlatformId } from '../../src/data/platforms';
import { $, $$, attr, guidePages, text } from '../helpers/dist';

const GUIDES_DIR = 'content/guides/chatgpt';

interface Front {
  draft?: boolean;
  lastVerified: string | Date;
  platforms: PlatformId[];
}

function frontmatter(file: string): Front {
  const m = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return parse(m[1]!) as Front;
}

const guides = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.slice(0, -'.mdx'.length), front: frontmatter(join(GUIDES_DIR, f)) }))
  .filter((g) => !g.front.draft);

const built = new Map(
  guidePages()
    .filter((p) => p.route.startsWith('/chatgpt/'))
    .map((p) => [p.route, p]),
);
const pageFor = (slug: string) => {
  const p = built.get(`/chatgpt/${slug}/`);
  if (!p) throw new Error(`no built page for ${GUIDES_DIR}/${slug}.mdx; run npm run build first`);
  return p;
};

const isoDay = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** Every <SettingPath> on a page, as the list of its labels (SettingPath renders kbd.setting-path > kbd > samp). */
function settingPaths(tree: Element | Root): string[][] {
  return $$('article kbd.setting-path', tree).map((path) => $$('kbd > samp', path).map((s) => text(s)));
}

const OLD_TOGGLE = 'Chat history & training';
// Words that mark a mention of the old toggle as history, not as a current setting.
const PAST = /\b(no longer|removed|replaced|gone|old|older|used to|was|were|until|2023|2024)\b/i;

describe('ChatGPT guides, as built', () => {
  it('has a built page for every ChatGPT guide', () => {
    expect(guides.length).toBeGreaterThanOrEqual(7);
    for (const g of guides) expect(built.has(`/chatgpt/${g.slug}/`), g.slug).toBe(true);
  });

  describe.each(guides.map((g) => [g.slug, g] as const))('%s', (slug, g) => {
    const p = pageFor(slug);

    it('renders its verified date', () => {
      expect(attr($('time[data-last-verified]', p.tree), 'dateTime')).toBe(isoDay(g.front.lastVerified));
    });

    it('renders its platform list', () => {
      const shown = text($('[data-platforms]', p.tree));
      for (const id of g.front.platforms) expect(shown).toContain(platforms[id].label);
    });

    it(`never presents "${OLD_TOGGLE}" as a current setting`, () => {
      for (const path of settingPaths(p.tree)) expect(path.join(' > ')).not.toContain(OLD_TOGGLE);
      // Steps are instructions: the old toggle must not appear in any step.
      for (const step of $$('ol.steps > li', p.tree)) expect(text(step)).not.toContain(OLD_TOGGLE);
      // Anywhere else, each mention sits in a block that says it is old or gone (an aside title counts
      // through its aside).
      const blocks = $$('article .prose p:not(.aside-title), article .prose li, article .prose td, article .prose .aside', p.tree);
      for (const block of blocks) {
        const t = text(block);
        if (t.includes(OLD_TOGGLE)) expect(t, `"${t}"`).toMatch(PAST);
      }
    });
  });
});
