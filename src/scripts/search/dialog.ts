// The search dialog, built from Pagefind's Component UI (<pagefind-modal> with an input, filter
// dropdowns, a summary, results and keyboard hints). Imported on first use by trigger.ts.
import { FILTER_NAMES, instance, pf, renderResult, searchPageUrl, showErrors, type Filters } from './ui';

type ModalElement = HTMLElement & { open(): void; close(): void; isOpen: boolean; dialogEl: HTMLDialogElement | null };

let modal: ModalElement | null = null;
let opener: HTMLElement | null = null;
let term = '';
let filters: Filters = {};

const LABELS: Record<string, string> = { assistant: 'Assistant', kind: 'Kind', platform: 'Platform' };

function build(): ModalElement {
  const element = pf('pagefind-modal', { id: 'site-search' }) as ModalElement;

  const header = pf('pagefind-modal-header');
  header.append(pf('pagefind-input', { placeholder: 'Search the guides', debounce: '200' }));

  const body = pf('pagefind-modal-body');
  const filterRow = document.createElement('div');
  filterRow.className = 'search-dialog-filters';
  for (const name of FILTER_NAMES) filterRow.append(pf('pagefind-filter-dropdown', { filter: name, label: LABELS[name]! }));
  const results = pf('pagefind-results', { 'max-sub-results': '3' }) as HTMLElement & { resultTemplate: unknown };
  results.resultTemplate = renderResult;
  body.append(filterRow, pf('pagefind-summary'), results);

  const footer = pf('pagefind-modal-footer');
  const full = document.createElement('a');
  full.className = 'search-dialog-full';
  full.href = searchPageUrl('', {});
  full.textContent = 'Open the search page';
  footer.append(pf('pagefind-keyboard-hints'), full);

  element.append(header, body, footer);
  document.body.append(element);
  showErrors(body);

  // Keep the "search page" link pointing at the same query and filters, so a search can be shared.
  instance.on('search', (t: string, f: Filters) => {
    term = t ?? '';
    filters = f ?? {};
    full.href = searchPageUrl(term, filters);
  });
  // Focus goes back to what opened the dialog.
  element.dialogEl?.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
    opener = null;
  });
  return element;
}

export function openSearchDialog(from: HTMLElement | null) {
  modal ??= build();
  if (modal.isOpen) return;
  opener = from;
  modal.open();
}
