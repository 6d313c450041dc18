// The Perplexity drawings. Facts and labels come only from the Perplexity section of the research
// dossier (shared/research/other-assistants.md, source ids P…); captions and callout names live in
// src/illustrations/perplexity/index.ts.
import { accountMenuScreen, mark, settingsDrawing, settingsIn, settingsRowDrawing, twoScreens } from './primitives.mjs';

export const drawings = {};

// Profile name (bottom left) > All settings, then Preferences > Artificial Intelligence >
// "AI data retention" (P4).
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
          heading: 'Artificial Intelligence',
          rows: [
            { label: null, control: 'placeholder-toggle', barW: 140 },
            { label: 'AI data retention', control: 'toggle' },
            { label: null, control: 'placeholder-toggle', barW: 120 },
          ],
        },
        (g) =>
          mark(3, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
          mark(4, g.rows[1].control.x, g.rows[1].control.y, 40, 22, 'left'),
      ),
  );

// Settings > Account > Delete Account (P1).
drawings['web-delete-account'] = () =>
  settingsDrawing(
    330,
    {
      nav: [null, null, 'Account', null, null],
      selected: 2,
      rows: [
        { label: null, control: null, barW: 160 },
        { label: null, control: null, barW: 120 },
        { label: 'Delete Account', control: 'none' },
      ],
    },
    (g) => mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(2, g.rows[2].row.x, g.rows[2].row.y, g.rows[2].row.w, g.rows[2].row.h, 'above'),
  );

// Settings > Personalize > "Manage Memories" (P6, a copy of the help centre: unclear).
drawings['web-manage-memories'] = () =>
  settingsRowDrawing({ nav: [null, 'Personalize', null, null, null], selected: 1 }, { label: 'Manage Memories', control: 'none' });
