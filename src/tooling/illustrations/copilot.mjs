// The Microsoft Copilot drawings. Facts and labels come only from the Copilot section of the
// research dossier (shared/research/other-assistants.md, source ids M…); captions and callout
// names live in src/illustrations/copilot/index.ts.
import { accountMenuScreen, mark, settingsDrawing, settingsIn, twoScreens } from './primitives.mjs';

export const drawings = {};

const privacyTab = { nav: [null, 'Privacy', null, null, null], selected: 1 };

// Side bar > profile image > your name, then Privacy > "Model training on text" and "Model
// training on voice" (M4, M3). Where the profile image sits is not described: it is drawn at the
// foot of the side bar; your name is a placeholder.
drawings['web-model-training'] = () =>
  twoScreens(
    290,
    (b) => accountMenuScreen(b, [{ person: true }, null, null], 0, { target: 'picture', account: { withName: false }, w: 210 }),
    (b) =>
      settingsIn(
        b,
        {
          ...privacyTab,
          rows: [
            { label: 'Model training on text', control: 'toggle' },
            { label: 'Model training on voice', control: 'toggle' },
            { label: null, control: 'placeholder-toggle', barW: 150 },
          ],
        },
        (g) =>
          mark(3, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
          mark(4, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'left') +
          mark(5, g.rows[1].control.x, g.rows[1].control.y, 40, 22, 'left'),
      ),
  );

// Settings > Privacy > "Export or delete history" (M6, M4). The row's place in the list is a guess.
drawings['web-export-delete-history'] = () =>
  settingsDrawing(
    330,
    {
      ...privacyTab,
      rows: [
        { label: null, control: 'placeholder-toggle', barW: 170 },
        { label: null, control: 'placeholder-toggle', barW: 150 },
        { label: 'Export or delete history', control: 'none' },
      ],
    },
    (g) => mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(2, g.rows[2].row.x, g.rows[2].row.y, g.rows[2].row.w, g.rows[2].row.h, 'above'),
  );
