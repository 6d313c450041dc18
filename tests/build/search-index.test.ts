// What goes into the search index: only guide bodies (title, lead, body), with filters and meta;
// never chrome, the table of contents, sources, prev/next or non-guide pages; guides with
// `search: false` stay out. And the reader's-words rewriting used before every search.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $, $$, attr, builtPages, guidePages } from '../helpers/dist';
import { VALID_FRONTMATTER, buildFixture, guide } from '../helpers/build-fixture';
import { fallbackQueries, namedAssistant, preference, rewriteQuery } from '../../src/scripts/search/query';

describe('search markup in the built site', () => {
  it('marks only guide pages, and only their header and body, as searchable', () => {
    for (const p of builtPages()) {
      const bodies = $$('[data-pagefind-body]', p.tree);
      if (!$('article[data-guide]', p.tree)) {
        expect(bodies, p.route).toHaveLength(0);
        continue;
      }
      expect(bodies.map((b) => b.tagName), p.route).toEqual(['header', 'div']);
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
      expect(filters.some((f) => f?.startsWith('assistant:')), p.route).toBe(true);
      expect(filters.some((f) => /^kind:(Explainer|How-to|Reference)$/.test(f ?? '')), p.route).toBe(true);
      expect(filters.some((f) => f?.startsWith('platform:')), p.route).toBe(true);
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

describe('a guide with search: false', () => {
  it('is built but left out of the index', () => {
    const fm = (title: string, extra = '') => VALID_FRONTMATTER.replace('title: "A valid guide"', `title: "${title}"`) + extra;
    const r = buildFixture('search-false', {
      'guides/chatgpt/found.mdx': guide('## Findable\n\nPineapple text.', fm('Found guide')),
      'guides/chatgpt/hidden.mdx': guide('## Hidden\n\nPineapple text.', fm('Hidden guide', '\nsearch: false')),
    });
    expect(r.ok, r.output).toBe(true);
    expect(existsSync(join(r.outDir, 'chatgpt/hidden/index.html'))).toBe(true);
    const hidden = readFileSync(join(r.outDir, 'chatgpt/hidden/index.html'), 'utf8');
    expect(hidden).not.toContain('data-pagefind-body');
    const entry = JSON.parse(readFileSync(join(r.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
  }, 180_000);
});

describe("readers' words become the guides' words", () => {
  it.each([
    ['how do I stop chatgpt saving my chats', 'history chats'],
    ['does chatgpt train on my data', 'training'],
    ['close my openai account', 'delete account'],
    ['export chat history', 'export chats'],
    ['chat without history', 'chat history'],
    ['chat history & training', 'old chat history training'],
    ['gemini activity off', 'turn off activity'],
    ['turn memory off', 'turn off memory'],
    ['incognito chatgpt', 'temporary'],
    ['perplexity incognito', 'incognito'],
    ['grok private chat', 'private chat'],
    ['chatgpt', 'chatgpt'],
    ['forget what I told it', 'memory'],
    ['temprary chat', 'temporary chat'],
    ['opt out of training', 'training'],
    ['shared link google', 'shared link search'],
    ['two factor authentication', 'multi-factor authentication'],
    ['delete all chats', 'delete all chats'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert 1 >'],
    ['my', 'my'],
  ])('%s → %s', (typed, searched) => {
    expect(rewriteQuery(typed)).toBe(searched);
  });

  it('falls back to leaving one word out', () => {
    expect(fallbackQueries('stop chatgpt saved')).toEqual(['chatgpt saved', 'stop saved', 'stop chatgpt']);
    expect(fallbackQueries('memory')).toEqual([]);
  });
});

describe('which assistant a search prefers', () => {
  it('the one the query names, strongly', () => {
    expect(namedAssistant('delete claude chats')).toBe('Claude');
    expect(namedAssistant('close my OpenAI account')).toBe('ChatGPT');
    expect(namedAssistant('le chat memory')).toBe('Le Chat');
    expect(namedAssistant('stop training')).toBeNull();
    expect(preference('copilot training', 'Gemini')).toEqual({ assistant: 'Microsoft Copilot', boost: 3 });
  });

  it("otherwise the page's assistant, then ChatGPT, only as a tie-break", () => {
    const onClaude = preference('stop training', 'Claude');
    const nowhere = preference('stop training', null);
    expect(onClaude.assistant).toBe('Claude');
    expect(nowhere.assistant).toBe('ChatGPT');
    expect(nowhere.boost).toBeGreaterThan(1);
    expect(nowhere.boost).toBeLessThan(preference('chatgpt training', null).boost);
  });
});
