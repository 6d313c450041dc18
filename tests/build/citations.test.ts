// Citations as a reader meets them in the built guides: every claim's [n] leads to an entry of the
// page's Sources list, and the list shows, per source, where it comes from, its kind and its date.
// One test per rule, listing every page that breaks it.
import { describe, expect, it } from 'vitest';
import { getRegistry, KIND_LABEL, formatSourceDate } from '../../src/lib/sources';
import { $, $$, attr, guidePages, text } from '../helpers/dist';

const registry = getRegistry();
const guides = guidePages();

describe('citations in the built guides', () => {
  it('every guide cites per claim: [n] links beside its sentences', () => {
    const without = guides.filter((p) => $$('sup.cite-ref a', p.tree).length === 0).map((p) => p.route);
    expect(without).toEqual([]);
  });

  it('every [n] leads to the entry with that number in the same page’s Sources list', () => {
    const broken: string[] = [];
    for (const p of guides) {
      const items = $$('.sources ol > li', p.tree);
      for (const a of $$('sup.cite-ref a, .cell-sources a.cite, .cell-conflict a.cite', p.tree)) {
        const href = String(attr(a, 'href'));
        const n = Number(text(a).match(/\[(\d+)\]/)?.[1]);
        const i = items.findIndex((li) => attr(li, 'id') === href.slice(1));
        if (!href.startsWith('#source-') || i < 0 || i + 1 !== n) broken.push(`${p.route}: ${text(a)} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the Sources list holds exactly what the page cites, each once, with publisher, kind and date', () => {
    const wrong: string[] = [];
    const langs = new Set<string>();
    for (const p of guides) {
      const ids = $$('.sources ol > li', p.tree).map((li) => String(attr(li, 'id')).replace(/^source-/, ''));
      if (new Set(ids).size !== ids.length) wrong.push(`${p.route}: a source is listed twice`);
      const cited = new Set(
        $$('sup.cite-ref a, .cell-sources a.cite', p.tree).map((a) => String(attr(a, 'href')).replace(/^#source-/, '')),
      );
      for (const id of ids) {
        const s = registry.byId.get(id);
        if (!s) {
          wrong.push(`${p.route}: ${id} is not in the registry`);
          continue;
        }
        const li = $(`li[id="source-${id}"]`, p.tree)!;
        const a = $('a', li)!;
        if (attr(a, 'href') !== s.url) wrong.push(`${p.route}: ${id} links to ${attr(a, 'href')}`);
        const line = text(li);
        const date = s.date === 'undated' ? 'undated' : formatSourceDate(s.date);
        for (const part of [s.title, s.titleEnglish ?? '', s.publisher, KIND_LABEL[s.kind], date])
          if (!line.includes(part)) wrong.push(`${p.route}: ${id} does not show "${part}"`);
        // A title in another language is marked with it (WCAG 3.1.2), and only the title.
        const marked = $$('[lang]', a).map((el) => `${attr(el, 'lang')}: ${text(el)}`);
        if (String(marked) !== String(s.lang ? [`${s.lang}: ${s.title}`] : []))
          wrong.push(`${p.route}: ${id} marks ${JSON.stringify(marked)} as in another language`);
        if (s.lang) langs.add(id);
        // Drawings cite their sources through their caption; every other entry is cited in the text.
        if (!cited.has(id) && !$('figure[data-illustration]', p.tree))
          wrong.push(`${p.route}: ${id} is listed but nothing on the page cites it`);
      }
    }
    expect(wrong).toEqual([]);
    // The language check above ran on real entries.
    expect(langs.size).toBeGreaterThan(0);
  });
});
