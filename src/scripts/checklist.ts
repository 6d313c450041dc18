/**
 * <otr-checklist>: turns the plain list rendered by src/components/Checklist.astro into a list the
 * reader can tick. Ticks live in localStorage under ONE key (CHECKLIST_KEY from src/scripts/keys.ts, which
 * the component prints as data-store so this module shares no chunk with the page module) as { "<checklist id>": ["<item key>", …] }. If storage is
 * blocked, ticking still works for the visit.
 */
type Store = Record<string, string[]>;

/**
 * The stored ticks, whatever storage holds (another tab, an older version, a reader's experiment):
 * only lists count, and only their strings; anything else reads as no ticks and is dropped at the next
 * save. A null-prototype object, so a key like "__proto__" stays data. (Compact: page-load JS budget.)
 */
function readStore(key: string): Store {
  const store: Store = Object.create(null);
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? '{}');
    for (const id in parsed) if (Array.isArray(parsed[id])) store[id] = parsed[id].filter((x: unknown) => typeof x == 'string');
  } catch {
    /* unreadable: no ticks */
  }
  return store;
}

function writeStore(key: string, store: Store) {
  try {
    if (Object.keys(store).length) localStorage.setItem(key, JSON.stringify(store));
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked: ticks last for this visit only */
  }
}

export class Checklist extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  private progress!: HTMLElement;

  connectedCallback() {
    const id = this.dataset.checklist!;
    const tools = this.querySelector<HTMLElement>('[data-tools]')!;
    this.progress = tools.querySelector('[data-progress]')!;
    const ticked = new Set(readStore(this.dataset.store!)[id] ?? []);

    this.querySelectorAll<HTMLLIElement>('li[data-item]').forEach((item, i) => {
      const key = item.dataset.item!;
      // The item's content becomes the checkbox's label; links inside it keep working.
      const text = document.createElement('div');
      text.className = 'checklist-text';
      text.id = `checklist-${id}-${i + 1}`;
      text.append(...item.childNodes);
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'checklist-box';
      box.value = key;
      box.checked = ticked.has(key);
      box.setAttribute('aria-labelledby', text.id);
      box.addEventListener('change', () => this.save());
      item.append(box, text);
      this.boxes.push(box);
    });

    tools.querySelector('[data-reset]')!.addEventListener('click', () => {
      for (const box of this.boxes) box.checked = false;
      this.save();
      this.boxes[0]?.focus();
    });
    tools.querySelector('[data-print]')!.addEventListener('click', () => window.print());
    tools.hidden = false;
    this.classList.add('is-interactive');
    this.render();
  }

  private save() {
    const store = readStore(this.dataset.store!);
    const done = this.boxes.filter((b) => b.checked).map((b) => b.value);
    if (done.length) store[this.dataset.checklist!] = done;
    else delete store[this.dataset.checklist!];
    writeStore(this.dataset.store!, store);
    this.render();
  }

  /** Update the count. The status role makes screen readers say a change politely (not the first text). */
  private render() {
    const done = this.boxes.filter((b) => b.checked).length;
    this.progress.textContent = `${done} of ${this.boxes.length} done`;
  }
}

export function defineChecklist() {
  if (!customElements.get('otr-checklist')) customElements.define('otr-checklist', Checklist);
}
