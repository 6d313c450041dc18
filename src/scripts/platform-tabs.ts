// <platform-tabs>: ARIA tabs for per-platform steps (src/components/mdx/PlatformTabs.astro). Without
// JavaScript every panel shows with its heading; CSS shows the stored platform's panel before this runs.
/** Tells every tab group on the page (and src/scripts/platform-memory.ts, which stores it) the choice. */
const EVENT = 'otr:platform';

class PlatformTabs extends HTMLElement {
  tabs: HTMLButtonElement[] = [];
  panels: HTMLElement[] = [];

  connectedCallback() {
    this.tabs = [...this.querySelectorAll<HTMLButtonElement>(':scope > [role=tablist] > [role=tab]')];
    this.panels = [...this.querySelectorAll<HTMLElement>(':scope > [role=tabpanel]')];
    const stored = document.documentElement.dataset.platform;
    this.select(this.indexFor(stored) ?? 0, false);
    this.dataset.ready = '';
    this.tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => this.choose(i));
      tab.addEventListener('keydown', (e) => this.onKey(e, i));
    });
    document.addEventListener(EVENT, (e) => {
      const i = this.indexFor((e as CustomEvent<string>).detail);
      if (i !== undefined) this.select(i, false);
    });
    this.revealHash();
    addEventListener('hashchange', () => this.revealHash());
  }

  indexFor(platform: string | undefined) {
    if (!platform) return undefined;
    const i = this.tabs.findIndex((t) => (t.dataset.platforms ?? '').split(' ').includes(platform));
    return i >= 0 ? i : undefined;
  }

  /** A link to a step inside a hidden panel opens that panel. The hash is the reader's (or a link's):
   *  broken percent-encoding (#%) is looked up as written instead of throwing. */
  revealHash() {
    const hash = location.hash.slice(1);
    let id = hash;
    try {
      id = decodeURIComponent(hash);
    } catch {
      /* not valid percent-encoding: use it as written */
    }
    if (!id) return;
    const target = document.getElementById(id);
    const i = this.panels.findIndex((p) => target && p.contains(target));
    if (i >= 0 && target) {
      this.select(i, false);
      target.scrollIntoView();
    }
  }

  choose(i: number) {
    this.select(i, true);
    const platform = (this.tabs[i]!.dataset.platforms ?? '').split(' ')[0]!;
    document.documentElement.dataset.platform = platform;
    document.dispatchEvent(new CustomEvent(EVENT, { detail: platform }));
  }

  select(index: number, focus: boolean) {
    this.tabs.forEach((tab, i) => {
      const on = i === index;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      this.panels[i]!.hidden = !on;
    });
    if (focus) this.tabs[index]!.focus();
  }

  onKey(e: KeyboardEvent, i: number) {
    const last = this.tabs.length - 1;
    const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.choose(next);
  }
}
customElements.define('platform-tabs', PlatformTabs);
