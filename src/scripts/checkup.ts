// The privacy checkup (/checkup/, src/pages/checkup.astro), loaded on that page only. The page prints
// every essential step grouped by assistant (what readers without JavaScript see); this applies the
// reader's choice of assistants (?a=) and devices (?d=) from the URL: the chosen assistants' steps
// become one list in task order, each showing only the links for the chosen devices. Ticks are kept
// with the Start here checklists' (one localStorage key, entry "checkup", the same { id: [keys] }
// shape as src/scripts/checklist.ts). The two read and write it separately on purpose: sharing the
// code would put a shared chunk on every Start here page and take it over the 2 KB JavaScript budget.
type Store = Record<string, string[]>;

function readStore(key: string): Store {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Store) : {};
  } catch {
    return {};
  }
}

function writeStore(key: string, store: Store) {
  try {
    if (Object.keys(store).length) localStorage.setItem(key, JSON.stringify(store));
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked: ticks last for this visit only */
  }
}

const ENTRY = 'checkup';

const form = document.querySelector<HTMLFormElement>('[data-checkup-form]');
const root = document.querySelector<HTMLElement>('[data-checkup]');
if (form && root) {
  const store = root.dataset.store!;
  const merged = root.querySelector<HTMLOListElement>('[data-checkup-merged]')!;
  const status = root.querySelector<HTMLElement>('[data-checkup-status]')!;
  const groups = [...root.querySelectorAll<HTMLElement>('[data-checkup-group]')];
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-key]')];
  const home = new Map(items.map((li) => [li, li.parentElement!]));
  const boxes = items.map((li) => li.querySelector<HTMLInputElement>('.checkup-box')!);
  const names = new Map(groups.map((g) => [g.dataset.checkupGroup!, g.querySelector('h2')!.textContent!.trim()]));

  const ticked = new Set(readStore(store)[ENTRY] ?? []);
  for (const box of boxes) {
    box.checked = ticked.has(box.value);
    box.addEventListener('change', () => {
      const all = readStore(store);
      const done = boxes.filter((b) => b.checked).map((b) => b.value);
      if (done.length) all[ENTRY] = done;
      else delete all[ENTRY];
      writeStore(store, all);
      render();
    });
  }

  const chosen = (name: string) => new FormData(form).getAll(name).map(String);

  const render = () => {
    const a = chosen('a');
    const d = chosen('d');
    let shown = 0;
    for (const li of items) {
      const fits = a.length === 0 || a.includes(li.dataset.assistant!);
      let links = 0;
      for (const link of li.querySelectorAll<HTMLAnchorElement>('a[data-platform]')) {
        const on = d.length === 0 || link.dataset.platform!.split(' ').some((p) => d.includes(p));
        link.hidden = !on;
        const sep = link.previousElementSibling;
        if (sep?.matches('[aria-hidden]')) (sep as HTMLElement).hidden = !on || links === 0;
        if (on) links += 1;
      }
      li.hidden = !fits || links === 0;
      if (!li.hidden) shown += 1;
    }
    // A choice of assistants: one list in task order (then assistant order), instead of groups.
    if (a.length) {
      const order = (li: HTMLLIElement) => Number(li.dataset.order) * 100 + a.indexOf(li.dataset.assistant!);
      merged.replaceChildren(...items.filter((li) => !li.hidden).sort((x, y) => order(x) - order(y)));
    } else {
      for (const li of items) home.get(li)!.append(li);
    }
    merged.hidden = a.length === 0;
    for (const g of groups) g.hidden = a.length > 0;
    const done = items.filter((li, i) => !li.hidden && boxes[i]!.checked).length;
    const who = a.map((id) => names.get(id) ?? id);
    status.textContent = shown
      ? `${done} of ${shown} done${who.length ? ` for ${who.join(', ')}` : ''}`
      : 'No steps for this choice yet. Pick another device or assistant.';
  };

  // The choice comes from the URL and goes back into it (replaceState: a bookmark keeps it).
  const params = new URLSearchParams(location.search);
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    input.checked = params.getAll(input.name).includes(input.value);
  }
  form.addEventListener('change', () => {
    const next = new URLSearchParams();
    for (const name of ['a', 'd']) for (const v of chosen(name)) next.append(name, v);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    render();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  render();
}
