/**
 * The one inline script on the site. It runs before first paint, so it must be inline and blocking:
 * it sets the theme (no flash of the wrong theme), marks that JavaScript runs (so CSS can show tabs
 * instead of every panel) and applies the reader's remembered platform (so the right tab shows without
 * a layout shift). Anything else goes in bundled scripts.
 *
 * It lives here as a string, not in the .astro file, because the Content-Security-Policy allows it by
 * its SHA-256 hash (src/lib/csp.ts hashes this exact string; ThemeScript.astro prints it unchanged).
 * Editing it is safe: the hash follows. Keys: src/scripts/keys.ts (declared in src/data/storage-keys.ts).
 */
import { PLATFORM_KEY, THEME_KEY } from '../scripts/keys';

export const THEME_SCRIPT = `(function () {
  var d = document.documentElement, t = null;
  d.classList.add('js');
  try {
    t = localStorage.getItem(${JSON.stringify(THEME_KEY)});
    var p = localStorage.getItem(${JSON.stringify(PLATFORM_KEY)});
    if (p) d.setAttribute('data-platform', p);
  } catch (e) {}
  d.setAttribute('data-theme', t === 'light' || t === 'dark' ? t : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
})();`;
