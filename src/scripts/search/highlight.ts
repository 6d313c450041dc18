// Loaded (by a tiny check in the guide layout) only when the URL carries ?highlight=…: marks the
// searched words in the guide body with Pagefind's highlighter and, when the link had no #section,
// scrolls to the first match.
import { normalizeBase } from '../../lib/site-paths.mjs';

const base = normalizeBase(import.meta.env.BASE_URL);

export async function highlight(param: string) {
  const url = `${base}pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ url);
  // addStyles: false — Pagefind would inject a <style> element; our CSS styles mark.search-highlight.
  new PagefindHighlight({
    highlightParam: param,
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.heading-anchor', '.heading-anchor *', '[role="tablist"] *'],
    },
  });
  if (!location.hash) {
    const first = document.querySelector('mark.search-highlight');
    first?.scrollIntoView({ block: 'center' });
  }
}
