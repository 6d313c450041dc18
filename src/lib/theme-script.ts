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

// Written compactly by hand: it is inline on every page, so each byte counts (issue #6's 2 KB JS budget).
// localStorage is read inside try: merely touching it throws where storage is blocked.
export const THEME_SCRIPT = `(function(d,t){d.classList.add('js');try{var s=localStorage;t=s.getItem(${JSON.stringify(THEME_KEY)});var p=s.getItem(${JSON.stringify(PLATFORM_KEY)});p&&d.setAttribute('data-platform',p)}catch(e){}d.setAttribute('data-theme',t=='light'||t=='dark'?t:matchMedia('(prefers-color-scheme:dark)').matches?'dark':'light')})(document.documentElement)`;
