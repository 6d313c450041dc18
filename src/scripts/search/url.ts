// The search filters a /search/ URL can carry (?q=temporary+chat&assistant=ChatGPT&kind=How-to), in
// a module of its own so the /search/ page can read its URL before loading the search UI.
export const FILTER_NAMES = ['assistant', 'kind', 'platform'] as const;
export type Filters = Record<string, string[]>;

/** The query and filters in the current URL. */
export function readUrl(): { term: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { term: params.get('q') ?? '', filters };
}
