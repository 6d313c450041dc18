// /search/: Pagefind's Component UI plus the one thing it does not do — keep the query and the
// filters in the URL (?q=temporary+chat&assistant=ChatGPT), so a search can be bookmarked and
// shared, and back/forward restore it.
import { FILTER_NAMES, instance, renderResult, searchPageUrl, showErrors, type Filters } from './ui';

const root = document.querySelector<HTMLElement>('[data-search-page]');

function readUrl(): { term: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { term: params.get('q') ?? '', filters };
}

/** Pagefind mutates the filters object it is given, so everything kept here is a copy. */
function copy(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters ?? {}).filter(([, v]) => v?.length).map(([k, v]) => [k, [...v]]));
}

function key(term: string, filters: Filters) {
  return JSON.stringify([term.trim(), FILTER_NAMES.map((n) => [...(filters[n] ?? [])].sort())]);
}

if (root) {
  const results = root.querySelector('pagefind-results') as (HTMLElement & { resultTemplate: unknown }) | null;
  if (results) results.resultTemplate = renderResult;
  const app = root.querySelector<HTMLElement>('.search-app')!;
  // Beside the results (wide screens) every filter group starts open; above them (narrow screens)
  // they start closed so the results stay in view.
  if (matchMedia('(min-width: 56rem)').matches) root.querySelector('pagefind-filter-pane')?.setAttribute('open', 'assistant,kind,platform');
  const browse = root.querySelector<HTMLElement>('[data-search-browse]');
  showErrors(app);

  let restoring = false;
  let shown = readUrl();
  const showBrowse = (term: string, filters: Filters) => {
    if (browse) browse.hidden = term.trim() !== '' || Object.keys(filters).length > 0;
  };

  const apply = ({ term, filters }: { term: string; filters: Filters }) => {
    restoring = true;
    const input = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (input && input.value !== term) input.value = term;
    instance.triggerSearchWithFilters(term, copy(filters));
    restoring = false;
    shown = { term, filters: copy(filters) };
    showBrowse(term, filters);
  };

  instance.on('search', (...args: unknown[]) => {
    const term = (args[0] as string | undefined) ?? '';
    const filters = copy((args[1] as Filters | undefined) ?? {});
    showBrowse(term, filters);
    if (restoring) return;
    if (key(term, filters) === key(shown.term, shown.filters)) return;
    const url = searchPageUrl(term, filters);
    // A filter change is a step the reader may want to undo with Back; typing is not.
    const filtersChanged = key('', filters) !== key('', shown.filters);
    if (filtersChanged) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    shown = { term, filters };
  });

  addEventListener('popstate', () => apply(readUrl()));

  // Load the index straight away on this page and run the search the URL asks for. With nothing to
  // search, only load: an empty search that finished after the reader started typing would show
  // (and announce) "No results" under their words for a moment.
  if (shown.term || Object.keys(shown.filters).length) apply(shown);
  else void instance.triggerLoad();
  if (!shown.term) root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}
