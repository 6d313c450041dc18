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
