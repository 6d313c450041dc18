// The DeepSeek drawings. Facts and labels come only from the DeepSeek section of the source
// registry (content/sources/*.yaml: the quotes of the sources in each drawing's follows.ids); captions and callout names live in
// src/illustrations/deepseek/index.ts.
import { accountMenuScreen, mark, settingsIn, twoScreens } from './primitives.mjs';

export const drawings = {};

// Left side bar > "⋯" next to your name > Settings, then Data > "Improve the model for everyone"
// (D2, D3, both third-party). Where your name sits is not described: it is drawn at the foot of
// the side bar.
drawings['web-improve-the-model'] = () =>
  twoScreens(
    290,
    (b) => accountMenuScreen(b, [null, 'Settings', null], 1, { target: 'dots', account: { withDots: true }, dx: 28 }),
    (b) =>
      settingsIn(
        b,
        {
          nav: [null, null, 'Data', null],
          selected: 2,
          rows: [
            { label: 'Improve the model for everyone', control: 'toggle' },
            { label: null, control: null, barW: 140 },
            { label: null, control: null, barW: 110 },
          ],
        },
        (g) => mark(3, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(4, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'above'),
      ),
  );
