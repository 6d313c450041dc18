// The one module every page loads (src/layouts/BaseLayout.astro). It holds all the code that must be
// ready before a reader interacts, bundled together because one small file compresses far better than
// five (issue #6: at most 2 KB of JS before interaction, brotli). Each part only acts when its element
// or trigger is on the page; the heavy parts (search dialog, zoom dialog, highlighter) are imported on
// first use. Page-specific widgets with more code (platform tabs, the checklist) are their own modules,
// added by their components only on the pages that use them.
import './theme-toggle';
import './platform-memory';
import './share-tools';
import './search/trigger';
import '../components/media/zoom-trigger';
