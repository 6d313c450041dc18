// <theme-toggle>: the header's light/dark button (src/components/ThemeToggle.astro). The inline theme
// script (src/lib/theme-script.ts) has already applied the stored or system theme before first paint.
import { THEME_KEY } from './keys';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    sync();
    button.addEventListener('click', () => {
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        /* storage off: still switch for this page */
      }
      sync();
    });
    // Follow the system while the reader has made no choice of their own.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(THEME_KEY);
      } catch {
        /* ignore */
      }
      if (!stored) {
        root.dataset.theme = e.matches ? 'dark' : 'light';
        sync();
      }
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
