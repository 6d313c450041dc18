// The Mistral Le Chat drawings. Facts and labels come only from the Mistral section of the
// research source registry (content/sources/*.yaml: the quotes of the sources in follows.ids); captions and callout
// names live in src/illustrations/le-chat/index.ts.
import { W, bar, browser, line, mark, phoneListStep, phoneRow, rect, settingsDialog, svgDoc, text } from './primitives.mjs';

export const drawings = {};

// Admin Console > Manage > Le Chat > Privacy > "Allow your interactions to be used to train our
// models" (L2, L3). The console's layout is not described: the drawing shows the path as a side
// menu with Le Chat under Manage, and Privacy as a tab.
drawings['web-admin-privacy'] = () => {
  const H = 300;
  const b = browser(0, 0, W, H);
  let s = b.svg + rect('i-screen', b.cx, b.cy, b.cw, b.ch) + rect('i-side', b.cx, b.cy, 190, b.ch);
  // side menu: placeholders, Manage, and Vibe (the app's newer name; Le Chat in older menus) below it
  s += bar(b.cx + 18, b.cy + 26, 110) + bar(b.cx + 18, b.cy + 62, 90);
  s += text(b.cx + 18, b.cy + 110, 'Manage', { weight: 700 });
  s +=
    bar(b.cx + 34, b.cy + 138, 90) +
    rect('i-sel', b.cx + 24, b.cy + 160, 152, 30, 8) +
    text(b.cx + 34, b.cy + 180, 'Vibe') +
    bar(b.cx + 34, b.cy + 208, 100);
  // page: tabs (Privacy among them), then the setting
  const px = b.cx + 214;
  s += bar(px, b.cy + 70, 70) + text(px + 94, b.cy + 76, 'Privacy') + bar(px + 174, b.cy + 70, 60);
  s += line(px, b.cy + 92, b.cx + b.cw - 24, b.cy + 92) + line(px + 88, b.cy + 92, px + 158, b.cy + 92, 'i-stroke');
  const d = settingsDialog(px - 24, b.cy + 96, b.cw - 214, 150, {
    rows: [
      { label: ['Allow your interactions to be used', 'to train our models'], control: 'toggle' },
      { label: null, control: 'none', barW: 190 },
    ],
  });
  s += d.svg.replace(/<rect class="i-panel"[^>]*\/>/, '');
  const c = d.geo.rows[0].control;
  s += mark(1, b.cx + 10, b.cy + 94, 110, 24, 'right');
  s += mark(2, b.cx + 24, b.cy + 160, 152, 30, 'right');
  s += mark(3, px + 86, b.cy + 58, 74, 28, 'above');
  s += mark(4, c.x, c.y, c.w, c.h, 'left');
  return svgDoc(W, H, s);
};

// iPhone/Android: Settings > Account > Data & Account Controls > "Enable data sharing" (L2).
drawings['mobile-data-sharing'] = () =>
  phoneRow(3, (p, i) => {
    if (i === 0) return phoneListStep(p, 1, { rows: [{ barW: 96 }, { label: 'Account' }, { barW: 80 }, { barW: 110 }, { barW: 70 }] }, 1);
    if (i === 1)
      return phoneListStep(p, 2, { rows: [{ barW: 90 }, { label: ['Data & Account', 'Controls'] }, { barW: 100 }, { barW: 76 }] }, 1);
    return phoneListStep(
      p,
      3,
      { rows: [{ label: ['Enable data', 'sharing'], control: 'checkbox' }, { barW: 100, control: 'placeholder-toggle' }, { barW: 90 }] },
      0,
    );
  });
