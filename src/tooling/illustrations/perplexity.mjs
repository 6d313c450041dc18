// The Perplexity drawings. Facts and labels come only from the Perplexity section of the source
// registry (content/sources/*.yaml: the quotes of the sources in each drawing's follows.ids); captions and callout names live in
// src/illustrations/perplexity/index.ts.
import { accountMenuScreen, mark, settingsIn, settingsRowDrawing, twoScreens } from './primitives.mjs';

export const drawings = {};

// Profile name (bottom left) > All settings, then Preferences > "AI data retention"
// (deleteme-perplexity-privacy-guide).
drawings['web-ai-data-retention'] = () =>
  twoScreens(
    300,
    (b) => accountMenuScreen(b, [null, null, 'All settings'], 2),
    (b) =>
      settingsIn(
        b,
        {
          nav: [null, 'Preferences', null, null, null],
          selected: 1,
          rows: [
            { label: null, control: 'placeholder-toggle', barW: 140 },
            { label: 'AI data retention', control: 'toggle' },
            { label: null, control: 'placeholder-toggle', barW: 120 },
          ],
        },
        (g) => mark(3, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(4, g.rows[1].control.x, g.rows[1].control.y, 40, 22, 'left'),
      ),
  );

// Settings > Personalize > "Manage Memories" (perplexity-memory-help).
drawings['web-manage-memories'] = () =>
  settingsRowDrawing({ nav: [null, 'Personalize', null, null, null], selected: 1 }, { label: 'Manage Memories', control: 'none' });
