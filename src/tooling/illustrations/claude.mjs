// The Claude drawings. Facts and labels come only from the Claude section of the research dossier
// (shared/research/other-assistants.md, source ids C…); captions and callout names live in
// src/illustrations/claude/index.ts.
import { W, accountMenuScreen, browser, chatPage, ghost, mark, settingsIn, svgDoc, twoScreens } from './primitives.mjs';

export const drawings = {};

// Your name > Settings, then Privacy > "Help Improve Claude" (C3). Where your name sits is not
// described: it is drawn at the foot of the side bar.
drawings['web-help-improve'] = () =>
  twoScreens(
    290,
    (b) => accountMenuScreen(b, [null, 'Settings', null], 1),
    (b) =>
      settingsIn(
        b,
        {
          nav: [null, null, 'Privacy', null, null],
          selected: 2,
          rows: [
            { label: 'Help Improve Claude', control: 'toggle' },
            { label: null, control: null, barW: 120 },
            { label: null, control: null, barW: 150 },
          ],
        },
        (g) =>
          mark(3, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
          mark(4, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'left'),
      ),
  );

// A new chat outside a project, with the ghost icon at the top right (C4).
drawings['incognito'] = () => {
  const H = 320;
  const b = browser(0, 0, W, H);
  const gx = b.cx + b.cw - 34;
  const gy = b.cy + 28;
  const s = b.svg + chatPage(b, { newChat: true }) + ghost(gx, gy) + mark(1, gx - 14, gy - 14, 28, 28, 'left');
  return svgDoc(W, H, s);
};
