// The Grok drawings. Facts and labels come only from the Grok section of the source registry
// (content/sources/*.yaml: the quotes of the sources in each drawing's follows.ids); captions and callout names live in
// src/illustrations/grok/index.ts.
import { mark, settingsDrawing, settingsIn, twoScreens } from './primitives.mjs';

export const drawings = {};

// grok.com: Settings > Data > "Improve the Model", deselected (X1, X10).
drawings['web-improve-the-model'] = () =>
  settingsDrawing(
    330,
    {
      nav: [null, null, 'Data', null, null],
      selected: 2,
      rows: [
        { label: 'Improve the Model', control: 'checkbox' },
        { label: null, control: 'placeholder-toggle', barW: 150 },
        { label: null, control: null, barW: 120 },
      ],
    },
    (g) => mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(2, g.rows[0].control.x, g.rows[0].control.y, 22, 22, 'left'),
  );

// X: Settings and privacy > Privacy and safety > Grok, then the training tick box (X2).
drawings['x-privacy-grok'] = () =>
  twoScreens(
    270,
    (b) =>
      settingsIn(
        b,
        {
          nav: [null, 'Privacy and safety', null, null],
          navW: 196,
          selected: 1,
          rows: [
            { label: null, control: 'none', barW: 150 },
            { label: 'Grok', control: 'none' },
            { label: null, control: 'none', barW: 120 },
          ],
        },
        (g) =>
          mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
          mark(2, g.rows[1].row.x, g.rows[1].row.y, g.rows[1].row.w, g.rows[1].row.h, 'right'),
      ),
    (b) =>
      settingsIn(
        b,
        {
          rows: [
            {
              label: [
                'Allow your posts as well as your interactions, inputs,',
                'and results with Grok to be used for training and',
                'fine-tuning',
              ],
              control: 'checkbox',
            },
            { label: null, control: 'none', barW: 200 },
          ],
        },
        (g) => mark(3, g.rows[0].control.x, g.rows[0].control.y, 22, 22, 'above'),
      ),
  );
