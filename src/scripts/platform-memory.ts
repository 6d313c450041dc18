// Remembers the platform a reader picks in any tab group (src/scripts/platform-tabs.ts announces it with
// an "otr:platform" event), so the next guide opens on the same platform: the inline theme script
// (src/lib/theme-script.ts) reads it back before first paint. It lives in the page module, not in the
// tabs module, so the storage keys stay in one chunk (src/scripts/keys.ts).
import { PLATFORM_KEY } from './keys';

document.addEventListener('otr:platform', (e) => {
  try {
    localStorage.setItem(PLATFORM_KEY, (e as CustomEvent<string>).detail);
  } catch {
    /* storage off: this page only */
  }
});
