// The search filters a /search/ URL can carry (?q=temporary+chat&assistant=ChatGPT&kind=How-to), in
// a module of its own so the /search/ page can read its URL before loading the search UI.
export const FILTER_NAMES = ['assistant', 'kind', 'platform'] as const;
export type Filters = Record<string, string[]>;

/**
 * The values each filter can take, read once from the lists the page prints (src/pages/search.astro).
 * A URL is anyone's input: a value that is not one of these (?assistant=Bard, a typo, a stale link)
 * would be applied by Pagefind, match nothing, tick no box and make every search say "No results".
 */
let known: Map<string, Set<string>> | null = null;
export function setKnownFilters(values: Map<string, Set<string>>) {
  known = values;
}

/** The query and filters in the current URL, without filter values the site does not have. */
export function readUrl(): { term: string; filters: Filters; dropped: string[] } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  const dropped: string[] = [];
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    const ok = known ? values.filter((v) => known!.get(name)?.has(v)) : values;
    dropped.push(...values.filter((v) => !ok.includes(v)).map((v) => `${name} “${v.slice(0, 40)}”`));
    if (ok.length) filters[name] = ok;
  }
  return { term: (params.get('q') ?? '').slice(0, 200), filters, dropped };
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The /search/ URL for a query and filters, e.g. /search/?q=temporary+chat&assistant=ChatGPT. */
export function searchPageUrl(term: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const name of FILTER_NAMES) for (const value of filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return `${base}search/${query ? `?${query}` : ''}`;
}
