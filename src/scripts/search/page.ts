// /search/ at page load: only this. The search box and the filter lists are already on the page
// (server-rendered in Pagefind's own markup, see src/pages/search.astro), so nothing needs to run
// before the reader uses them. Pagefind's Component UI (about 100 KB of script, a long task on a slow
// phone) and the index load when the reader first presses, types or focuses anything in the search
// area, or at once when the URL carries a search (a shared link shows its results straight away).
import { readUrl, searchPageUrl, setKnownFilters } from './url';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const app = root?.querySelector<HTMLElement>('.search-app');

if (root && app) {
  const boxes = [...app.querySelectorAll<HTMLInputElement>('.search-filters-static input[type=checkbox]')];
  const known = new Map<string, Set<string>>();
  for (const box of boxes) (known.get(box.name) ?? known.set(box.name, new Set()).get(box.name)!).add(box.value);
  setKnownFilters(known);
  const { term, filters, dropped } = readUrl();
  // A filter the site does not have is left out of the search and of the URL, and the reader is told,
  // below the search box so the box the reader is about to use does not move.
  if (dropped.length) {
    history.replaceState(history.state, '', searchPageUrl(term, filters));
    const note = document.createElement('p');
    note.setAttribute('role', 'status');
    note.textContent = `This link asked for a filter this site does not have, so it was left out: ${dropped.join(', ')}.`;
    const box = app.querySelector('pagefind-input');
    if (box) box.after(note);
    else app.prepend(note);
  }
  // The server-rendered lists show the URL's filters as chosen until Pagefind's replace them, with
  // their group open, so the reader sees which filters are on.
  for (const box of boxes) {
    if (!(filters[box.name] ?? []).includes(box.value)) continue;
    box.checked = true;
    const group = box.closest('details');
    if (group) group.open = true;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of EVENTS) app.removeEventListener(type, start, true);
    void import('./page-app').then((m) => m.startSearchPage(root, app));
  };
  const EVENTS = ['pointerdown', 'keydown', 'input', 'change', 'focusin'] as const;
  if (term || Object.keys(filters).length) start();
  else {
    // Focus first, then listen: the box being focused on arrival is not the reader asking for search.
    app.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
    for (const type of EVENTS) app.addEventListener(type, start, true);
  }
}
