// Checks over the BUILT ChatGPT guides (dist/chatgpt/<slug>/index.html), against their MDX frontmatter
// and content/data/ui-labels.chatgpt.yaml (the UI labels the ChatGPT dossier records, with source ids).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { platforms, type PlatformId } from '../../src/data/platforms';
import { $, $$, attr, guidePages, text } from '../helpers/dist';

const GUIDES_DIR = 'content/guides/chatgpt';
const LABELS_FILE = 'content/data/ui-labels.chatgpt.yaml';

interface Front {
  draft?: boolean;
  lastVerified: string | Date;
  platforms: PlatformId[];
  sources: { title: string; url: string }[];
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

const built = new Map(guidePages().filter((p) => p.route.startsWith('/chatgpt/')).map((p) => [p.route, p]));
const pageFor = (slug: string) => {
  const p = built.get(`/chatgpt/${slug}/`);
  if (!p) throw new Error(`no built page for ${GUIDES_DIR}/${slug}.mdx; run npm run build first`);
  return p;
};

const labels = parse(readFileSync(LABELS_FILE, 'utf8')) as Record<string, unknown>;
const isoDay = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** Every <SettingPath> on a page, as the list of its labels (SettingPath renders kbd.setting-path > kbd > samp). */
function settingPaths(tree: Element | Root): string[][] {
  return $$('article kbd.setting-path', tree).map((path) => $$('kbd > samp', path).map((s) => text(s)));
}

const OLD_TOGGLE = 'Chat history & training';
// Words that mark a mention of the old toggle as history, not as a current setting.
const PAST = /\b(no longer|removed|replaced|gone|old|older|used to|was|were|until|2023|2024)\b/i;

describe('ui-labels.chatgpt.yaml', () => {
  it('gives every label at least one dossier source id', () => {
    const entries = Object.entries(labels);
    expect(entries.length).toBeGreaterThan(0);
    for (const [label, ids] of entries) {
      expect(Array.isArray(ids) && ids.length > 0, `${label} needs a list of source ids`).toBe(true);
      for (const id of ids as unknown[]) expect(String(id), `${label}`).toMatch(/^[SP]\d+[a-z]?$/);
    }
  });

  it(`does not list "${OLD_TOGGLE}" as a usable label`, () => {
    expect(Object.keys(labels)).not.toContain(OLD_TOGGLE);
  });
});

describe('ChatGPT guides, as built', () => {
  it('has a built page for every ChatGPT guide', () => {
    expect(guides.length).toBeGreaterThanOrEqual(7);
    for (const g of guides) expect(built.has(`/chatgpt/${g.slug}/`), g.slug).toBe(true);
  });

  describe.each(guides.map((g) => [g.slug, g] as const))('%s', (slug, g) => {
    const p = pageFor(slug);

    it('renders its sources list, one item per frontmatter source, in order', () => {
      const links = $$('.sources li a', p.tree);
      expect(links.map((a) => attr(a, 'href'))).toEqual(g.front.sources.map((s) => s.url));
      // The link's own words, without the "other website" marker every external link carries.
      const title = (a: (typeof links)[number]) => text({ ...a, children: a.children.filter((c) => c.type === 'text') });
      expect(links.map(title)).toEqual(g.front.sources.map((s) => s.title));
    });

    it('renders its verified date', () => {
      expect(attr($('time[data-last-verified]', p.tree), 'dateTime')).toBe(isoDay(g.front.lastVerified));
    });

    it('renders its platform list', () => {
      const shown = text($('[data-platforms]', p.tree));
      for (const id of g.front.platforms) expect(shown).toContain(platforms[id].label);
    });

    it('uses only SettingPath labels recorded in ui-labels.chatgpt.yaml', () => {
      const unknown = settingPaths(p.tree)
        .flat()
        .filter((label) => !(label in labels));
      expect(unknown, `add these to ${LABELS_FILE} with their dossier source ids, or fix the label`).toEqual([]);
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
