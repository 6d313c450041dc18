// The only search code that runs on page load: a click listener on the header's search button and
// the "/" and Ctrl/Cmd+K shortcuts. Nothing of Pagefind (UI, library, WASM, index) is fetched until
// the reader asks for search; then the dialog code is imported once and reused.
// On /search/ itself the shortcuts focus the page's own search box instead of opening a dialog.
import { unlessEscaped } from '../unless-escaped';

// The inline theme script normally sets this before first paint; if a strict CSP ever blocks it, the
// search button and /search/ still switch from their no-JavaScript form.
document.documentElement.classList.add('js');

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

async function openSearch(opener: Element | null) {
  const page = document.querySelector('[data-search-page]');
  if (page) {
    page.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
    return;
  }
  // An Escape pressed while the dialog's code loads cancels the opening (see unless-escaped.ts).
  await unlessEscaped(async (cancelled) => {
    const { openSearchDialog } = await import('./dialog');
    await openSearchDialog(opener instanceof HTMLElement ? opener : null, cancelled);
  });
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!button) return;
  event.preventDefault();
  void openSearch(button);
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey) return;
  const key = event.key.toLowerCase();
  const modK = key === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
  if (!modK && !slash) return;
  // Inside the open dialog, Pagefind's own keys apply.
  if ((event.target as Element | null)?.closest?.('pagefind-modal')) return;
  event.preventDefault();
  void openSearch(document.activeElement);
});

// A page opened from a search result carries ?highlight=word: only then load the highlighter.
if (new URLSearchParams(location.search).has('highlight') && document.querySelector('[data-pagefind-body]')) {
  void import('./highlight').then((m) => m.highlight('highlight'));
}
