// The search dialog, built from Pagefind's Component UI (<pagefind-modal> with an input, filter
// dropdowns, a summary, results and keyboard hints). Imported on first use by trigger.ts.
import { instance, pf, renderResult, searchPageUrl, showErrors, stylesReady, type Filters } from './ui';

type Shortcuts = {
  registerShortcut(shortcut: { label: string; description: string }, owner: Element): void;
  deregisterShortcut(label: string, owner: Element): void;
  getActiveShortcuts(): { label: string }[];
};
type ModalElement = HTMLElement & { open(): void; close(): void; isOpen: boolean; dialogEl: HTMLDialogElement | null };

let modal: ModalElement | null = null;
let opener: HTMLElement | null = null;
let term = '';
let filters: Filters = {};

function build(): ModalElement {
  // Let <pagefind-modal> lay itself out (header with input, body with summary and results, footer
  // with keyboard hints), then add what this site wants. Building the children first would make
  // the modal move them, and each would initialise twice.
  const element = pf('pagefind-modal', { id: 'site-search' }) as ModalElement;
  document.body.append(element);

  const input = element.querySelector('pagefind-input');
  input?.setAttribute('debounce', '200');
  input?.setAttribute('placeholder', 'Search the guides');
  // The keyboard hints must say what Escape does here: close (see the keydown listener below).
  // Pagefind's box adds "esc clear" when it takes focus; replace it with the dialog's "esc close".
  input?.addEventListener('focusin', () => {
    const hints = instance as unknown as Shortcuts;
    hints.deregisterShortcut('esc', input);
    if (!hints.getActiveShortcuts().some((s) => s.label === 'esc')) {
      hints.registerShortcut({ label: 'esc', description: instance.translate('keyboard_close') || 'close' }, element);
    }
  });

  const body = element.querySelector('pagefind-modal-body')!;
  const filterRow = document.createElement('div');
  filterRow.className = 'search-dialog-filters';
  // Pagefind's filter pane (checkboxes with counts, one collapsed group per filter). Its dropdown
  // variant fails axe (a combobox without a name, option names that differ from their text).
  filterRow.append(pf('pagefind-filter-pane'));
  body.prepend(filterRow);
  const results = element.querySelector('pagefind-results') as (HTMLElement & { resultTemplate: unknown }) | null;
  if (results) results.resultTemplate = renderResult;

  const full = document.createElement('a');
  full.className = 'search-dialog-full';
  full.href = searchPageUrl('', {});
  full.textContent = 'Open the search page';
  element.querySelector('pagefind-modal-footer')?.append(full);
  showErrors(body as HTMLElement);

  // Keep the "search page" link pointing at the same query and filters, so a search can be shared.
  instance.on('search', (...args: unknown[]) => {
    term = (args[0] as string) ?? '';
    filters = (args[1] as Filters) ?? {};
    full.href = searchPageUrl(term, filters);
  });
  // Focus goes back to what opened the dialog. Listened for on <pagefind-modal> in the capture
  // phase ("close" does not bubble) so that it survives Pagefind re-rendering its <dialog>.
  element.addEventListener(
    'close',
    (event) => {
      if (event.target !== element.dialogEl) return;
      if (opener?.isConnected) opener.focus();
      opener = null;
    },
    true,
  );
  return element;
}

/**
 * Escape closes the dialog at once, with or without a query typed, wherever focus is in it (the
 * search box, a result, a filter) — the dialog is a layer over the page, and a keyboard user
 * expects Escape to leave it; the box has its own Clear button, and the query is kept for the next
 * time the dialog opens. Pagefind's modal handles Escape only for key events inside its <dialog>
 * and only while its own "open" flag agrees with the <dialog>; this listener runs first, on the
 * document, and closes the <dialog> itself, so a key event from <body> (focus lost when the
 * focused result was re-rendered away) or a stale flag cannot leave the dialog open.
 */
document.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    const dialog = modal?.dialogEl;
    if (!dialog?.open) return;
    event.preventDefault();
    dialog.close();
  },
  true,
);

/** Opens the dialog, unless `cancelled()` says the reader pressed Escape while it was loading. */
export async function openSearchDialog(from: HTMLElement | null, cancelled: () => boolean = () => false) {
  await stylesReady;
  if (cancelled()) return;
  modal ??= build();
  if (modal.isOpen) return;
  opener = from;
  modal.open();
}
