// The Microsoft Copilot drawings. Facts and labels come only from the Copilot section of the
// research source registry (content/sources/*.yaml: the quotes of the sources in follows.ids); captions and callout
// names live in src/illustrations/copilot/index.ts.
import { mark, phoneList, phoneListStep, phoneRow, settingsDrawing } from './primitives.mjs';

export const drawings = {};

const privacyTab = { nav: [null, 'Privacy', null, null, null], selected: 1 };

// Privacy > "Model training on text" and "Model training on voice" (M4, M3). The way there
// (side bar > profile image > your name) is not drawn: no source says where the image sits.
drawings['web-model-training'] = () =>
  settingsDrawing(
    330,
    {
      ...privacyTab,
      rows: [
        { label: 'Model training on text', control: 'toggle' },
        { label: 'Model training on voice', control: 'toggle' },
        { label: null, control: 'placeholder-toggle', barW: 150 },
      ],
    },
    (g) =>
      mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
      mark(2, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'left') +
      mark(3, g.rows[1].control.x, g.rows[1].control.y, 40, 22, 'left'),
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
    (g) =>
      mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
      mark(2, g.rows[2].row.x, g.rows[2].row.y, g.rows[2].row.w, g.rows[2].row.h, 'above'),
  );

// iPhone/Android: (☰ > profile image >) Account > Privacy > the two training switches (M4). No
// source says where the profile image sits, so the drawing starts at the list that holds Account.
drawings['mobile-model-training'] = () =>
  phoneRow(3, (p, i) => {
    if (i === 0) return phoneListStep(p, 1, { rows: [{ barW: 80 }, { label: 'Account' }, { barW: 60 }, { barW: 76 }] }, 1);
    if (i === 1) return phoneListStep(p, 2, { rows: [{ barW: 70 }, { barW: 84 }, { label: 'Privacy' }, { barW: 60 }, { barW: 76 }] }, 2);
    const l = phoneList(p, {
      rows: [
        { label: ['Model training', 'on text'], control: 'toggle' },
        { label: ['Model training', 'on voice'], control: 'toggle' },
        { barW: 96, control: 'none' },
      ],
    });
    // callouts above and below the switches keep clear of the wrapped labels
    const [a, b] = [l.geo[0].control, l.geo[1].control];
    return l.svg + mark(3, a.x, a.y, a.w, a.h, 'above') + mark(4, b.x, b.y, b.w, b.h, 'below');
  });
