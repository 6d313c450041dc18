// /search/, once the reader uses it (or the URL carries a search): Pagefind's Component UI, swapped in
// for the server-rendered search box and filter lists without moving anything, plus the one thing it
// does not do — keep the query and the filters in the URL (?q=temporary+chat&assistant=ChatGPT), so a
// search can be bookmarked and shared, and back/forward restore it.
import { FILTER_NAMES, readUrl, type Filters } from './url';

/** Pagefind mutates the filters object it is given, so everything kept here is a copy. */
function copy(filters: Filters): Filters {
  return Object.fromEntries(
    Object.entries(filters ?? {})
      .filter(([, v]) => v?.length)
      .map(([k, v]) => [k, [...v]]),
  );
}

function key(term: string, filters: Filters) {
  return JSON.stringify([term.trim(), FILTER_NAMES.map((n) => [...(filters[n] ?? [])].sort())]);
}

const isShown = (el: Element) => (el as HTMLElement).getClientRects().length > 0;

export async function startSearchPage(root: HTMLElement, app: HTMLElement) {
  // What the reader may already have done with the server-rendered parts while the UI loads.
  const staticInput = app.querySelector<HTMLInputElement>('pagefind-input input')!;
  const staticPanes = [...app.querySelectorAll<HTMLElement>('.search-filters-static')];
  let lastFocus: Element | null = app.contains(document.activeElement) ? document.activeElement : null;
  const onFocusIn = (e: FocusEvent) => {
    lastFocus = e.target as Element;
  };
  const onFocusOut = (e: FocusEvent) => {
    // Focus really leaving (not the element being replaced) forgets it.
    if ((e.target as Element).isConnected && !app.contains(e.relatedTarget as Node | null)) lastFocus = null;
  };
  app.addEventListener('focusin', onFocusIn);
  app.addEventListener('focusout', onFocusOut);
  const staticFilters = (): Filters => {
    const pane = staticPanes.find(isShown) ?? staticPanes[0];
    const filters: Filters = {};
    for (const box of pane?.querySelectorAll<HTMLInputElement>('input:checked') ?? []) (filters[box.name] ??= []).push(box.value);
    return filters;
  };
  let pendingFilters: Filters | null = null;
  const onStaticChange = (e: Event) => {
    const box = e.target as HTMLInputElement;
    // Both copies (narrow and wide layout) say the same.
    for (const pane of staticPanes)
      for (const other of pane.querySelectorAll<HTMLInputElement>(`input[name="${box.name}"]`))
        if (other.value === box.value) other.checked = box.checked;
    pendingFilters = staticFilters();
  };
  for (const pane of staticPanes) pane.addEventListener('change', onStaticChange);

  // Importing defines the <pagefind-*> elements: the box is re-rendered (identical) at once.
  const { instance, renderResult, searchPageUrl, showErrors } = await import('./ui');
  const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
  const live = input();
  if (live && live !== staticInput) {
    live.value = staticInput.value;
    if (lastFocus === staticInput && !staticInput.isConnected) {
      live.focus();
      live.setSelectionRange(staticInput.selectionStart, staticInput.selectionEnd);
      lastFocus = live;
    }
  }

  const results = root.querySelector('pagefind-results') as (HTMLElement & { resultTemplate: unknown }) | null;
  if (results) results.resultTemplate = renderResult;
  const pane = root.querySelector<HTMLElement>('pagefind-filter-pane');
  // Pagefind's filter groups open as the server-rendered ones are: every group beside the results
  // (wide screens), none above them (narrow), unless the reader has opened or closed one since.
  const openGroups = () => {
    const shown = staticPanes.find(isShown);
    return [...(shown?.querySelectorAll<HTMLDetailsElement>('details[data-filter-name]') ?? [])]
      .filter((d) => d.open)
      .map((d) => d.dataset.filterName!);
  };
  pane?.setAttribute('open', openGroups().join(','));
  const browse = root.querySelector<HTMLElement>('[data-search-browse]');
  showErrors(app);

  // Swap the server-rendered filter lists for Pagefind's in one frame, once Pagefind has drawn them
  // (same markup, same values and counts, so nothing moves), keeping open groups and focus.
  const swap = () => {
    if (!pane?.hidden || !pane.querySelector('.pf-filter-group')) return;
    const shown = staticPanes.find(isShown);
    for (const group of pane.querySelectorAll<HTMLDetailsElement>('details[data-filter-name]')) {
      const was = shown?.querySelector<HTMLDetailsElement>(`details[data-filter-name="${group.dataset.filterName}"]`);
      if (was) group.open = was.open;
    }
    const focused = lastFocus && shown?.contains(lastFocus) ? lastFocus : null;
    let target: HTMLElement | null = null;
    if (focused instanceof HTMLInputElement) {
      target = [...pane.querySelectorAll<HTMLInputElement>(`input[name="${focused.name}"]`)].find((b) => b.value === focused.value) ?? null;
    } else if (focused?.tagName === 'SUMMARY') {
      target = pane.querySelector(`details[data-filter-name="${focused.parentElement?.dataset.filterName}"] > summary`);
    }
    pane.hidden = false;
    for (const p of staticPanes) p.remove();
    target?.focus();
  };
  instance.on('filters', () => queueMicrotask(swap));

  let restoring = false;
  let shown: { term: string; filters: Filters } = readUrl();
  const showBrowse = (term: string, filters: Filters) => {
    if (browse) browse.hidden = term.trim() !== '' || Object.keys(filters).length > 0;
  };

  const apply = ({ term, filters }: { term: string; filters: Filters }) => {
    restoring = true;
    const box = input();
    if (box && box.value !== term) box.value = term;
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

  // Until Pagefind's filter lists replace them, a change in the server-rendered ones searches too.
  for (const p of staticPanes) {
    p.removeEventListener('change', onStaticChange);
    p.addEventListener('change', (e) => {
      onStaticChange(e);
      instance.triggerSearchWithFilters(input()?.value ?? '', copy(pendingFilters ?? {}));
    });
  }

  // Run the search the URL asks for, or what the reader typed or chose while this loaded. With
  // nothing to search, only load the index (its filter values replace the server-rendered lists): an
  // empty search that finished after the reader started typing would show (and announce) "No
  // results" under their words for a moment.
  const typed = input()?.value ?? '';
  if (shown.term || Object.keys(shown.filters).length) apply(shown);
  else if (typed || pendingFilters) instance.triggerSearchWithFilters(typed, copy(pendingFilters ?? {}));
  else void instance.triggerLoad();
  if (!shown.term && !lastFocus) input()?.focus();
}
