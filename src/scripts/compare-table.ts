/**
 * <compare-table>: sorting and filters for the comparison table on /compare/.
 *
 * The page is complete without it. With it, the hidden tools appear (folded on phones), column headers become sort
 * buttons (aria-sort tells screen readers the current order), and a polite status line says how many
 * assistants are shown. Nothing is stored.
 *
 * Each cell carries data-sort (a number: smaller = more private; empty = not documented, always last)
 * and data-answer (yes | no | partly | empty), written at build time from the data file.
 */
type Direction = 'ascending' | 'descending';

export class CompareTable extends HTMLElement {
  private body!: HTMLTableSectionElement;
  private rows: HTMLTableRowElement[] = [];
  private select!: HTMLSelectElement;
  private reverse!: HTMLButtonElement;
  private status!: HTMLElement;
  private filters: HTMLInputElement[] = [];
  private headerButtons = new Map<string, HTMLButtonElement>();

  connectedCallback() {
    const tools = this.querySelector<HTMLDetailsElement>('[data-tools]');
    const body = this.querySelector('tbody');
    if (!tools || !body) return;
    this.body = body;
    this.rows = [...body.rows];
    this.select = tools.querySelector('[data-sort-select]')!;
    this.reverse = tools.querySelector('[data-reverse]')!;
    this.status = this.querySelector('[data-status]')!;
    this.filters = [...tools.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

    // Column headers become buttons; pressing the active one again reverses the order.
    for (const th of this.querySelectorAll<HTMLTableCellElement>('thead th[data-column]')) {
      const column = th.dataset.column!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      button.insertAdjacentHTML('beforeend', '<span class="sort-icon" aria-hidden="true"></span>');
      th.append(button);
      this.headerButtons.set(column, button);
      button.addEventListener('click', () => {
        if (this.select.value === column) this.setReversed(!this.reversed);
        else {
          this.select.value = column;
          this.setReversed(false);
        }
        this.update();
      });
    }
    this.select.addEventListener('change', () => {
      this.setReversed(false);
      this.update();
    });
    this.reverse.addEventListener('click', () => {
      this.setReversed(!this.reversed);
      this.update();
    });
    for (const box of this.filters) box.addEventListener('change', () => this.update());

    tools.hidden = false;
    // Open on wide screens; on phones the tools start folded so the cards come first.
    tools.open = matchMedia('(min-width: 40rem)').matches;
    this.update(false);
  }

  private get reversed() {
    return this.reverse.getAttribute('aria-pressed') === 'true';
  }

  private setReversed(on: boolean) {
    this.reverse.setAttribute('aria-pressed', String(on));
  }

  private update(announce = true) {
    this.sort();
    const shown = this.filter();
    const total = this.rows.length;
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
    this.querySelector<HTMLElement>('.compare-scroll')!.hidden = shown === 0;
    if (announce || shown !== total) {
      this.status.textContent =
        (shown === total ? `Showing all ${total} assistants.` : `Showing ${shown} of ${total} assistants.`) +
        (this.partly.length ? ` Only partly: ${this.partly.join(', ')}. Read the marked answer.` : '');
    }
  }

  private sort() {
    const column = this.select.value;
    const direction: Direction = this.reversed ? 'descending' : 'ascending';
    const sign = this.reversed ? -1 : 1;
    const key = (row: HTMLTableRowElement): number | string | null => {
      if (!column) return Number(row.dataset.index);
      if (column === 'name') return row.dataset.name!.toLowerCase();
      const raw = row.querySelector<HTMLElement>(`td[data-fact="${column}"]`)?.dataset.sort ?? '';
      return raw === '' ? null : Number(raw);
    };
    const sorted = [...this.rows].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      // Not documented stays last in both directions; ties keep our order.
      if (ka === null || kb === null) return ka === kb ? Number(a.dataset.index) - Number(b.dataset.index) : ka === null ? 1 : -1;
      const diff = typeof ka === 'string' ? ka.localeCompare(kb as string) : ka - (kb as number);
      return diff * sign || Number(a.dataset.index) - Number(b.dataset.index);
    });
    this.body.append(...sorted);

    for (const [name, button] of this.headerButtons) {
      const th = button.parentElement!;
      if (name === column) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
    }
  }

  /** Hide rows that fail any ticked filter; returns how many rows are shown. */
  private filter(): number {
    const active = this.filters
      .filter((box) => box.checked)
      .map((box) => ({ fact: box.dataset.fact!, answers: box.dataset.answers!.split(' ') }));
    let shown = 0;
    this.partly = [];
    for (const row of this.rows) {
      for (const cell of row.querySelectorAll<HTMLElement>('td[data-partly]')) delete cell.dataset.partly;
      const cells = active.map(({ fact, answers }) => {
        const cell = row.querySelector<HTMLElement>(`td[data-fact="${fact}"]`);
        return { cell, match: answers.includes(cell?.dataset.answer ?? '') };
      });
      const match = cells.every((c) => c.match);
      row.hidden = !match;
      if (!match) continue;
      shown += 1;
      // A row that matches only because the answer is "partly" says so, in the cell and the status.
      const partial = cells.filter((c) => c.cell?.dataset.answer === 'partly');
      for (const { cell } of partial) cell!.dataset.partly = '';
      if (partial.length) this.partly.push(row.dataset.name!);
    }
    return shown;
  }

  /** Names of the shown rows that match a ticked filter only partly. */
  private partly: string[] = [];
}
