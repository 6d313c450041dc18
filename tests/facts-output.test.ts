// Guides quote content/data/assistants.yaml through <Fact> and <FactSheet>: a fact changes in one
// place. Checked on the built pages (dist/), the way a reader sees them, and on a small fixture site
// whose data file differs from the real one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { assistants } from '../src/data/assistants';
import { CONFIDENCE_TEXT, FACT_KEYS, NOT_DOCUMENTED, type FactKey } from '../src/data/comparison';
import { readComparison } from '../src/lib/comparison-loader';
import { $, $$, attr, builtPages, page, text } from './helpers/dist';
import { FIXTURE_REGISTRY, VALID_FRONTMATTER, buildFixture, guide } from './helpers/build-fixture';
import { getRegistry } from '../src/lib/sources';

const data = await readComparison('content/data/assistants.yaml');
const factsOf = (id: string) => data.assistants.find((a) => a.id === id)!.facts;
const others = assistants.filter((a) => a.id !== 'chatgpt');

/** What a reader sees as the fact's value: its text, or "Not documented". */
const shownValue = (box: Element) => text($('.cell-value', box)).replace(/\s+/g, ' ').trim();

describe.each(others.map((a) => [a.id] as const))('%s guides show the data file’s facts', (id) => {
  const facts = factsOf(id);
  const guides = builtPages().filter((p) => p.route.startsWith(`/${id}/`) && $('article[data-guide]', p.tree));
  const boxes = guides.flatMap((p) => $$('.fact[data-fact]', p.tree).map((box) => ({ route: p.route, page: p, box })));

  it('what-it-keeps shows how long chats are kept, word for word from the data', () => {
    const keeps = page(`/${id}/what-it-keeps/`);
    const retention = $('.fact[data-fact="retention"]', keeps.tree);
    expect(retention, 'a retention fact on what-it-keeps').toBeTruthy();
    expect(shownValue(retention!)).toBe(facts.retention.value);
  });

  it('every fact box equals the data: value, confidence in words, since, and Sources disagree with both sides', () => {
    expect(boxes.length).toBeGreaterThan(0);
    for (const { route, page: p, box } of boxes) {
      const key = attr(box, 'dataFact') as FactKey;
      expect(FACT_KEYS, route).toContain(key);
      const fact = facts[key];
      const where = `${route} › ${key}`;
      expect(shownValue(box), where).toBe(fact.value);
      if (fact.confidence !== 'not-documented') {
        expect(text($('.cell-meta .confidence-label', box)), where).toBe(CONFIDENCE_TEXT[fact.confidence].label);
      }
      if (fact.since && fact.since !== 'unknown') expect(attr($('.cell-since time', box), 'dateTime'), where).toBe(fact.since);
      // Every cited source is reachable: an entry of this page's source list, or the source's own page.
      const cites = $$('.cell-sources a', box);
      expect(cites.length, where).toBe(fact.sources.length);
      for (const a of [...cites, ...$$('.cell-conflict a', box)]) {
        const href = attr(a, 'href')!;
        if (href.startsWith('#')) expect($(`li[id="${href.slice(1)}"] a[href^="http"]`, p.tree), `${where}: ${href}`).toBeTruthy();
        else expect(href, where).toMatch(/^https?:\/\//);
      }
      const conflict = $('.cell-conflict', box);
      if (fact.conflict) {
        expect(text(conflict), where).toMatch(/^Sources disagree:/);
        expect($$('a', conflict!).length, `${where}: both sides cited`).toBeGreaterThanOrEqual(2);
      } else {
        expect(conflict, where).toBeFalsy();
      }
    }
  });

  it('a fact our research did not find is shown as "Not documented"', () => {
    for (const { route, box } of boxes) {
      const key = attr(box, 'dataFact') as FactKey;
      if (facts[key].confidence === 'not-documented') expect(shownValue(box), `${route} › ${key}`).toBe(NOT_DOCUMENTED);
    }
  });
});

describe('a fact changes in one place', () => {
  const MARK = 'Kept for exactly 123 days (fixture value).';
  let html = '';
  beforeAll(() => {
    const raw = parse(readFileSync('content/data/assistants.yaml', 'utf8'));
    raw.assistants.find((a: { id: string }) => a.id === 'claude').facts.retention.value = MARK;
    // This tiny site has none of the guides the comparison links to.
    for (const a of raw.assistants) for (const f of Object.values(a.facts) as { guide?: string }[]) delete f.guide;
    // /compare/ links to every assistant's page, which needs a guide.
    const pages = Object.fromEntries(
      others.map((a) => [`guides/${a.id}/a.mdx`, guide('Text.', VALID_FRONTMATTER.replace('assistant: chatgpt', `assistant: ${a.id}`))]),
    );
    // The registry entries the facts cite (a source nothing cites would fail the build).
    const cited = new Set(raw.assistants.flatMap((a: { facts: Record<string, { sources?: string[]; conflict?: { sources: string[] } }> }) => Object.values(a.facts).flatMap((f) => [...(f.sources ?? []), ...(f.conflict?.sources ?? [])])));
    const registry = getRegistry().sources.filter((s) => cited.has(s.id)).map(({ file: _f, line: _l, ...s }) => s);
    const r = buildFixture('facts-one-place', {
      ...pages,
      'sources/facts.yaml': stringify(registry),
      'sources/fixture.yaml': FIXTURE_REGISTRY,
      'data/assistants.yaml': stringify(raw),
      'guides/chatgpt/facts.mdx': guide('## Claude\n\n<Fact assistant="claude" name="retention" />\n\n## This guide’s own assistant\n\n<FactSheet facts={["training", "export"]} />'),
    });
    expect(r.ok, r.output).toBe(true);
    html = readFileSync(join(r.outDir, 'chatgpt/facts/index.html'), 'utf8');
  }, 180_000);

  it('the guide shows the edited value, with no change to the guide', () => {
    const tree = fromHtml(html);
    expect(shownValue($('.fact[data-fact="retention"]', tree)!)).toBe(MARK);
  });

  it('a fact without an assistant is the guide’s own (ChatGPT here), with its sources linked', () => {
    const tree = fromHtml(html);
    const sheet = $('.fact-sheet', tree)!;
    expect(attr(sheet, 'dataAssistant')).toBe('chatgpt');
    expect(shownValue($('.fact[data-fact="training"]', sheet)!)).toBe(factsOf('chatgpt').training.value);
    // Each fact's sources are numbered in the page's Sources list and link to their entry there.
    const links = $$('.cell-sources a', sheet);
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const href = String(attr(a, 'href'));
      expect(href).toMatch(/^#source-/);
      expect($(`li[id="${href.slice(1)}"]`, tree), href).toBeTruthy();
    }
  });
});
