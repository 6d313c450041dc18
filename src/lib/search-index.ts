/**
 * What a guide tells the search index (Pagefind) besides its text: the filters readers can narrow
 * results by. Values are the words readers see (they show in the filter lists with their counts and
 * in shareable URLs such as /search/?q=temporary+chat&assistant=ChatGPT).
 */
import { getAssistant } from '../data/assistants';
import { platforms, type PlatformId } from '../data/platforms';

export const KIND_LABELS = { explainer: 'Explainer', 'how-to': 'How-to', reference: 'Reference' } as const;

/** Filter names, in the order the search UI shows them. */
export const SEARCH_FILTERS = ['assistant', 'kind', 'platform'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

export interface GuideSearchFields {
  assistant: string;
  kind: keyof typeof KIND_LABELS;
  platforms: readonly PlatformId[];
}

export function searchFilters(data: GuideSearchFields): { name: SearchFilterName; value: string }[] {
  return [
    { name: 'assistant', value: getAssistant(data.assistant).name },
    { name: 'kind', value: KIND_LABELS[data.kind] },
    ...data.platforms.map((p) => ({ name: 'platform' as const, value: platforms[p].label })),
  ];
}

/**
 * Words Pagefind indexes as metadata of each guide, and how much a match in each lifts a result
 * (Pagefind's ranking option `metaWeights`; metadata is searched with the text). `who` holds every
 * name of the guide's assistant (name, company, other names: src/data/assistants.ts), so a query that
 * names an assistant ranks that assistant's guides first, by Pagefind's own ranking. `keywords` holds
 * the guide's frontmatter `keywords`: the words readers type that its text does not use.
 *
 * Pagefind adds, per field, weight × (IDF of the matched words) × coverage², so a word every guide
 * uses ("training") lifts little. A title weight of 50 is what lets "copilot training" prefer the
 * guide whose title says training (tests/search-queries.json on the content of 2026-12-02: 46 of 71
 * pass at 10, 53 at 30 and above; a keywords weight above 10 loses queries).
 */
export const SEARCH_META_WEIGHTS = { title: 50, description: 3, who: 12, keywords: 10 } as const;

export function searchMeta(data: { assistant: string; keywords?: readonly string[] | undefined }): { name: 'who' | 'keywords'; value: string }[] {
  const a = getAssistant(data.assistant);
  const who = [...new Set([a.name, a.vendor, ...a.searchNames])].join(', ');
  const meta: { name: 'who' | 'keywords'; value: string }[] = [{ name: 'who', value: who }];
  // The assistant's names are the `who` field's: left in a keyword ("erase DeepSeek history"), they
  // would lift that one guide above the assistant's others for any query naming the assistant.
  const names = new Set(who.toLowerCase().split(/[\s,]+/));
  const keywords = (data.keywords ?? [])
    .map((k) => k.split(/\s+/).filter((w) => !names.has(w.toLowerCase())).join(' '))
    .filter(Boolean);
  if (keywords.length) meta.push({ name: 'keywords', value: keywords.join(', ') });
  return meta;
}
