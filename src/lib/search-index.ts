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
 * (Pagefind's ranking option `metaWeights`; metadata is searched with the text, and a guide is found
 * only if every word of the query is in its text or metadata).
 *
 * - `who`: every name of the guide's assistant (name, company, other names: src/data/assistants.ts).
 * - `keywords`: the guide's frontmatter `keywords`, the words readers type that its text does not use
 *   (the assistant's names are left out: they are `who`'s).
 * - `about`: the two above and the title in one field. Pagefind scores each field by
 *   weight × (IDF of the query words it holds) × coverage², coverage being the share of the query's
 *   IDF that field holds, so a field holding every word of the query counts far more than the same
 *   words spread over several fields. "anthropic training" has "Anthropic" in `who` and "training" in
 *   the title: only `about` holds both, and only on the guide that is about both, Claude's
 *   Stop training guide (before `about`, Claude's longer What it keeps guide came first, on its text).
 * - `unnamed`: on the guides of SEARCH_FIRST_ASSISTANT only, their title and keywords without the
 *   assistant's names. A query naming no assistant ("stop training", "delete all chats") finds the
 *   same title words in every assistant's guide; this lifts the one readers most come for. A query
 *   naming another assistant rarely reaches these guides at all (they lack its name).
 *
 * Measured with tests/search-queries.json (101 queries) on the content of 2026-12-02, in Chromium
 * through the site's query rewriting: title 50, description 3, who 12, keywords 10 alone pass 83;
 * adding `about` 100 passes 93, `unnamed` 30 alone 90, both 101. `about` 100–150 with `unnamed`
 * 20–60 all pass 101; `about` 60 passes 97; the description added to `about` loses queries. The last
 * 30 queries were written before their results were looked at: 23 of them passed with the old
 * weights, 27 with these, 30 once three guides got keywords. (Ranking also uses termSimilarity 2:
 * src/scripts/search/ui.ts.)
 */
export const SEARCH_META_WEIGHTS = { title: 50, description: 3, who: 12, keywords: 10, about: 100, unnamed: 30 } as const;

/** The assistant whose guides come first when a query names no assistant (most readers come for it). */
export const SEARCH_FIRST_ASSISTANT = 'chatgpt';

export type SearchMetaName = 'who' | 'keywords' | 'about' | 'unnamed';

export function searchMeta(data: {
  assistant: string;
  title: string;
  keywords?: readonly string[] | undefined;
}): { name: SearchMetaName; value: string }[] {
  const a = getAssistant(data.assistant);
  const allNames = [...new Set([a.name, a.vendor, ...a.searchNames])];
  const who = allNames.join(', ');
  const meta: { name: SearchMetaName; value: string }[] = [{ name: 'who', value: who }];
  // The assistant's names are the `who` field's: left in a keyword ("erase DeepSeek history"), they
  // would lift that one guide above the assistant's others for any query naming the assistant. Whole
  // names are removed, longest first, not their words: "Chat GPT" must not take "chat" out of
  // "private chat".
  const longestFirst = [...allNames].sort((x, y) => y.length - x.length);
  // A name inside an address ("privacy.openai.com") stays.
  const namePattern = new RegExp(
    `(?<![\\p{L}\\p{N}.])(?:${longestFirst.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`,
    'giu',
  );
  const withoutNames = (text: string) => text.replace(namePattern, ' ').replace(/\s+/g, ' ').trim();
  const keywords = (data.keywords ?? []).map(withoutNames).filter(Boolean);
  if (keywords.length) meta.push({ name: 'keywords', value: keywords.join(', ') });
  meta.push({ name: 'about', value: [who, data.title, ...keywords].join(', ') });
  if (a.id === SEARCH_FIRST_ASSISTANT) meta.push({ name: 'unnamed', value: [withoutNames(data.title), ...keywords].join(', ') });
  return meta;
}
