// The Claude drawings. Facts and labels come only from the Claude section of the source registry
// (content/sources/*.yaml: the quotes of the sources in each drawing's follows.ids); captions and callout names live in
// src/illustrations/claude/index.ts.
import { W, browser, chatPage, ghost, mark, phoneListStep, phoneRow, settingsDrawing, settingsRowDrawing, svgDoc } from './primitives.mjs';

export const drawings = {};

const privacyTab = { nav: [null, null, 'Privacy', null, null], selected: 2 };

// Settings > Privacy > "Help Improve Claude" (C3). The way to Settings (your name) is not drawn:
// the source does not say where your name sits.
drawings['web-help-improve'] = () =>
  settingsDrawing(
    330,
    {
      ...privacyTab,
      rows: [
        { label: 'Help Improve Claude', control: 'toggle' },
        { label: null, control: null, barW: 120 },
        { label: null, control: null, barW: 150 },
      ],
    },
    (g) => mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(2, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'left'),
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

// Phone apps: (your name >) Settings > Privacy > "Help Improve Claude" (C3). Where your name sits
// is not described, so the drawing starts at the list that holds Settings.
drawings['mobile-help-improve'] = () =>
  phoneRow(3, (p, i) => {
    if (i === 0) return phoneListStep(p, 1, { rows: [{ barW: 80 }, { label: 'Settings' }, { barW: 60 }, { barW: 76 }] }, 1);
    if (i === 1) return phoneListStep(p, 2, { rows: [{ barW: 70 }, { barW: 84 }, { label: 'Privacy' }, { barW: 60 }, { barW: 76 }] }, 2);
    return phoneListStep(p, 3, { rows: [{ label: ['Help Improve', 'Claude'], control: 'toggle' }, { barW: 100 }, { barW: 76 }] }, 0);
  });

const privacyRow = (row) => settingsRowDrawing(privacyTab, row);

// Settings > Privacy > "Export data" (C6), web and desktop app only.
drawings['web-export-data'] = () => privacyRow({ label: 'Export data', control: 'none' });

// Settings > Privacy > Shared chats > Manage (anthropic-sharing-chats), in a browser only.
drawings['web-shared-links'] = () => privacyRow({ label: 'Shared chats', control: 'Manage' });
