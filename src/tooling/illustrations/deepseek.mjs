// The DeepSeek drawings. Facts and labels come only from the DeepSeek section of the research
// dossier (shared/research/other-assistants.md, source ids D…); captions and callout names live in
// src/illustrations/deepseek/index.ts.
import { chatPage, mark, menu, settingsIn, sidebarAccount, twoScreens } from './primitives.mjs';

export const drawings = {};

// Left side bar > "⋯" next to your name > Settings, then Data > "Improve the model for everyone"
// (D2, D3, both third-party). Where your name sits is not described: it is drawn at the foot of
// the side bar.
drawings['web-improve-the-model'] = () =>
  twoScreens(
    290,
    (b) => {
      const acc = sidebarAccount(b, { withDots: true });
      const m = menu(b.cx + 40, acc.row.y - 136, 190, [null, 'Settings', null]);
      const it = m.boxes[1];
      return (
        chatPage(b) + acc.svg + m.svg +
        mark(1, acc.dots.x, acc.dots.y, acc.dots.w, acc.dots.h, 'right') +
        mark(2, it.x, it.y, it.w, it.h, 'right')
      );
    },
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
        (g) =>
          mark(3, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
          mark(4, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'above'),
      ),
  );
