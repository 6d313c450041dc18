// What goes into the search index: only guide bodies (title, lead, body), with filters and meta;
// never chrome, the table of contents, sources, prev/next or non-guide pages; guides with
// `search: false` stay out (tests/fixtures/site.test.ts). The query rewriting: tests/unit/search-query.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { $, $$, attr, builtPages, guidePages } from '../helpers/dist';
import { SEARCH_FIRST_ASSISTANT, SEARCH_META_WEIGHTS } from '../../src/lib/search-index';
import { assistants } from '../../src/data/assistants';

describe('search markup in the built site', () => {
  it('marks only guide pages, and only their header and body, as searchable', () => {
    for (const p of builtPages()) {
      const bodies = $$('[data-pagefind-body]', p.tree);
      if (!$('article[data-guide]', p.tree)) {
        expect(bodies, p.route).toHaveLength(0);
        continue;
      }
      expect(
        bodies.map((b) => b.tagName),
        p.route,
      ).toEqual(['header', 'div']);
      // Sources and prev/next sit outside the indexed elements.
      for (const sel of ['.sources', '.prev-next', '.toc', '.guide-meta', '.kicker']) {
        const inside = $$(`[data-pagefind-body] ${sel}`, p.tree).length;
        const ignored = $$(`[data-pagefind-ignore="all"] ${sel}, ${sel}[data-pagefind-ignore="all"]`, p.tree).length;
        expect(inside, `${p.route} ${sel}`).toBeLessThanOrEqual(ignored);
      }
    }
  });

  it('gives each guide its filters, title, description and verified date, and weights the title', () => {
    for (const p of guidePages()) {
      const filters = $$('[data-pagefind-filter]', p.tree).map((e) => attr(e, 'dataPagefindFilter'));
      expect(
        filters.some((f) => f?.startsWith('assistant:')),
        p.route,
      ).toBe(true);
      expect(
        filters.some((f) => /^kind:(Explainer|How-to|Reference)$/.test(f ?? '')),
        p.route,
      ).toBe(true);
      expect(
        filters.some((f) => f?.startsWith('platform:')),
        p.route,
      ).toBe(true);
      expect(attr($('h1[data-pagefind-meta="title"]', p.tree), 'dataPagefindWeight')).toBe('10');
      expect($('[data-pagefind-meta="description"]', p.tree)).toBeTruthy();
      expect(attr($('header[data-pagefind-body]', p.tree), 'dataPagefindMeta')).toMatch(/^verified:\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('builds the index with the site (one record per searchable guide) and no unused Pagefind UIs', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
    expect(entry.languages.en.page_count).toBe(guidePages().length);
    const files = readdirSync('dist/pagefind');
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => /pagefind-(ui|modular-ui|component-ui)\./.test(f))).toEqual([]);
  });
});

describe('a query naming an assistant ranks its guides first, through Pagefind metadata', () => {
  it("indexes every name of a guide's assistant, and its keywords, as weighted metadata", () => {
    for (const p of guidePages()) {
      const meta = $$('[data-pagefind-meta]', p.tree).map((e) => attr(e, 'dataPagefindMeta') ?? '');
      const assistant = assistants.find((a) => meta.includes(`who:${[...new Set([a.name, a.vendor, ...a.searchNames])].join(', ')}`));
      expect(assistant, `${p.route}: no who: metadata naming its assistant`).toBeTruthy();
      expect(p.route.startsWith(`/${assistant!.id}/`), p.route).toBe(true);
    }
    expect(SEARCH_META_WEIGHTS.who).toBeGreaterThan(0);
  });

  it("indexes names, title and keywords together in `about`, and lifts the first assistant's task words for queries naming none", () => {
    const problems: string[] = [];
    for (const p of guidePages()) {
      const meta = Object.fromEntries(
        $$('span[hidden][data-pagefind-meta]', p.tree).map((e) => {
          const [name, ...value] = (attr(e, 'dataPagefindMeta') ?? '').split(':');
          return [name, value.join(':')];
        }),
      );
      const title =
        $('h1[data-pagefind-meta="title"]', p.tree)
          ?.children.map((c) => ('value' in c ? c.value : ''))
          .join('') ?? '';
      if (!meta.about?.startsWith(`${meta.who}, ${title}`)) problems.push(`${p.route}: about is "${meta.about}"`);
      const first = p.route.startsWith(`/${SEARCH_FIRST_ASSISTANT}/`);
      if (first !== 'unnamed' in meta) problems.push(`${p.route}: unnamed ${first ? 'missing' : 'present'}`);
      // Whole names only: ChatGPT's "Chat GPT" must not take "chat" out of "Use Temporary Chat", nor
      // "OpenAI" out of the address privacy.openai.com.
      const named = (meta.who ?? '')
        .split(', ')
        .filter((n: string) => new RegExp(`(?<![\\p{L}\\p{N}.])${n}(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`, 'iu').test(meta.unnamed ?? ''));
      if (named.length) problems.push(`${p.route}: unnamed names the assistant (${named.join(', ')}): "${meta.unnamed}"`);
      if (p.route === `/${SEARCH_FIRST_ASSISTANT}/temporary-chat/` && !meta.unnamed?.includes('Temporary Chat'))
        problems.push(`${p.route}: unnamed lost a word of the title: "${meta.unnamed}"`);
      if (p.route === `/${SEARCH_FIRST_ASSISTANT}/privacy-requests/` && !meta.unnamed?.includes('privacy.openai.com'))
        problems.push(`${p.route}: unnamed broke an address: "${meta.unnamed}"`);
    }
    expect(problems).toEqual([]);
    expect(SEARCH_META_WEIGHTS.about).toBeGreaterThan(SEARCH_META_WEIGHTS.unnamed);
  });
});
