/**
 * <otr-checklist>: turns the plain list rendered by src/components/Checklist.astro into a list the
 * reader can tick. Ticks live in localStorage under ONE key (CHECKLIST_KEY, declared with the site's
 * other keys in src/data/storage-keys.ts) as { "<checklist id>": ["<item key>", …] }. If storage is
 * blocked, ticking still works for the visit.
 */
import { CHECKLIST_KEY } from './keys';

type Store = Record<string, string[]>;

function readStore(): Store {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(CHECKLIST_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Store) : {};
  } catch {
    return {};
  }
}

function writeStore(store: Store) {
  try {
    if (Object.keys(store).length) localStorage.setItem(CHECKLIST_KEY, JSON.stringify(store));
    else localStorage.removeItem(CHECKLIST_KEY);
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
    const ticked = new Set(readStore()[id] ?? []);

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
    const store = readStore();
    const done = this.boxes.filter((b) => b.checked).map((b) => b.value);
    if (done.length) store[this.dataset.checklist!] = done;
    else delete store[this.dataset.checklist!];
    writeStore(store);
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
