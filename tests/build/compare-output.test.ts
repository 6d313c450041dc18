// The built comparison page and start-here checklists, read from dist/ with a real HTML parser.
import { describe, expect, it } from 'vitest';
import { assistants } from '../../src/data/assistants';
import { CONFIDENCE_TEXT, FACTS } from '../../src/data/comparison';
import { $, $$, attr, builtPages, page, text } from '../helpers/dist';

const others = assistants.filter((a) => a.id !== 'chatgpt');

describe('/compare/', () => {
  const p = page('/compare/');
  const rows = $$('table.compare-table tbody tr', p.tree);

  it('has one row per assistant, ChatGPT included, in site order', () => {
    expect(rows.map((r) => attr(r, 'dataAssistant'))).toEqual(assistants.map((a) => a.id));
    expect(rows.map((r) => text($('th[scope=row] a', r)))).toEqual(assistants.map((a) => a.name));
  });

  it('has one column per fact, with real header cells', () => {
    const headers = $$('table.compare-table thead th[scope=col]', p.tree).map((th) => text(th));
    expect(headers).toEqual(['Assistant', ...FACTS.map((f) => f.label)]);
  });

  const cells = rows.flatMap((row) => $$('td', row).map((td) => [`${attr(row, 'dataAssistant')} › ${attr(td, 'dataFact')}`, td] as const));

  it('has every cell', () => expect(cells).toHaveLength(assistants.length * FACTS.length));

  it.each(cells)('%s links to its sources or says Not documented, and shows its confidence in words', (_name, td) => {
    const confidence = attr(td, 'dataConfidence') as keyof typeof CONFIDENCE_TEXT;
    expect(Object.keys(CONFIDENCE_TEXT)).toContain(confidence);
    expect(text($('.confidence-label', td))).toBe(CONFIDENCE_TEXT[confidence].label);
    expect($('.confidence svg[aria-hidden=true]', td), 'an icon beside the words').toBeTruthy();
    const citations = $$('.cell-sources a', td);
    if (confidence === 'not-documented') {
      expect(text($('.cell-value', td))).toBe('Not documented');
    } else {
      expect(citations.length).toBeGreaterThan(0);
    }
    for (const a of citations) {
      const id = attr(a, 'href')!.replace(/^#/, '');
      const source = $(`li[id="${id}"]`, p.tree);
      expect(source, `${id} is in the source list`).toBeTruthy();
      expect(attr($('a', source!), 'href')).toMatch(/^https?:\/\//);
    }
  });

  it('links every source list entry to its page', () => {
    const items = $$('.compare-sources li', p.tree);
    expect(items.length).toBeGreaterThan(20);
    for (const li of items) expect(attr($('a', li), 'href')).toMatch(/^https?:\/\//);
  });

  it('keeps sorting and filters out of the page until the script runs (plain table without JS)', () => {
    expect(attr($('compare-table [data-tools]', p.tree), 'hidden')).toBeDefined();
    expect($$('thead button', p.tree)).toHaveLength(0);
  });

  it('is linked from the home page and from every assistant page', () => {
    const linksTo = (route: string) => $$('a', page(route).tree).some((a) => attr(a, 'href') === '/compare/');
    expect(linksTo('/')).toBe(true);
    const assistantPages = builtPages().filter((b) => assistants.some((a) => b.route === `/${a.id}/`));
    expect(assistantPages.length).toBeGreaterThan(0);
    for (const b of assistantPages) expect(linksTo(b.route), b.route).toBe(true);
  });
});

describe('start-here checklists', () => {
  it.each(others.map((a) => [a.id] as const))('%s: the checklist links to its own guides', (id) => {
    const p = page(`/${id}/start-here/`);
    const list = $(`otr-checklist[data-checklist="${id}"] ul`, p.tree);
    expect(list).toBeTruthy();
    const items = $$('li[data-item]', list!);
    expect(items.length).toBeGreaterThanOrEqual(3);
    // A checklist item may point to a section (/grok/what-it-keeps/#private-chat): compare the pages.
    const links = $$('a', list!).map((a) => String(attr(a, 'href')).split('#')[0]);
    for (const slug of ['what-it-keeps', 'stop-training', 'delete-chats-and-account']) expect(links).toContain(`/${id}/${slug}/`);
  });
});

describe('every assistant has its core guides', () => {
  const routes = new Set(builtPages().map((b) => b.route));
  it.each(others.map((a) => [a.id] as const))('%s', (id) => {
    const slugs = ['start-here', 'what-it-keeps', 'stop-training', 'delete-chats-and-account'];
    expect(slugs.filter((slug) => !routes.has(`/${id}/${slug}/`))).toEqual([]);
  });
});
