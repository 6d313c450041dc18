// /search/ at page load: only this. The search box and the filter lists are already on the page
// (server-rendered in Pagefind's own markup, see src/pages/search.astro), so nothing needs to run
// before the reader uses them. Pagefind's Component UI (about 100 KB of script, a long task on a slow
// phone) and the index load when the reader first presses, types or focuses anything in the search
// area, or at once when the URL carries a search (a shared link shows its results straight away).
import { FILTER_NAMES, readUrl } from './url';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const app = root?.querySelector<HTMLElement>('.search-app');

if (root && app) {
  const { term, filters } = readUrl();
  // The server-rendered lists show the URL's filters as chosen until Pagefind's replace them.
  for (const name of FILTER_NAMES) {
    for (const value of filters[name] ?? []) {
      for (const box of app.querySelectorAll<HTMLInputElement>(`.search-filters-static input[name="${name}"]`)) if (box.value === value) box.checked = true;
    }
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
