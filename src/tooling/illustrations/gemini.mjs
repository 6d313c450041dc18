// The Gemini drawings. Facts and labels come only from the Gemini section of the source registry
// (content/sources/*.yaml: the quotes of the sources in each drawing's follows.ids); captions and callout names live in
// src/illustrations/gemini/index.ts.
import {
  W,
  avatar,
  bar,
  browser,
  chatPage,
  dashedBubble,
  hamburger,
  mark,
  phoneListStep,
  phoneRow,
  phoneSideBar,
  rect,
  svgDoc,
  text,
} from './primitives.mjs';

export const drawings = {};

// Gemini in a phone's browser: Menu > Settings & help > Activity (G1). Where Menu and
// Settings & help sit is not described: Menu is drawn at the top left, Settings & help at the
// foot of the menu.
drawings['mobile-web-activity'] = () =>
  phoneRow(3, (p, i) => {
    const sc = p.screen;
    if (i === 0) {
      // the page, with the menu button
      let s = '';
      for (let k = 0; k < 5; k++) s += bar(p.cx + 24, p.cy + 90 + k * 24, [140, 120, 150, 96, 130][k]);
      s += rect('i-field', p.cx + 14, sc.y + sc.h - 60, p.cw - 28, 36, 18);
      return s + hamburger(p.cx + 18, p.cy + 12) + mark(1, p.cx + 14, p.cy + 5, 26, 26, 'corner');
    }
    if (i === 1) {
      // the menu open over the page, Settings & help at its foot
      const { svg, sw } = phoneSideBar(p);
      const y = sc.y + sc.h - 52;
      return svg + text(sc.x + 16, y + 20, 'Settings & help') + mark(2, sc.x + 10, y, sw - 20, 30, 'corner');
    }
    return phoneListStep(p, 3, { rows: [{ barW: 96 }, { label: 'Activity' }, { barW: 80 }, { barW: 110 }, { barW: 70 }] }, 1);
  });

// "New chat" with the dashed chat-bubble icon next to it (G3, G4, G5). Where New chat sits is not
// described: it is drawn at the top of the side bar.
drawings['temporary-chat'] = () => {
  const H = 320;
  const b = browser(0, 0, W, H);
  let s = b.svg + chatPage({ ...b, cy: b.cy + 44, ch: b.ch - 44 }, { newChat: true });
  // the top of the side bar: New chat, and the icon next to it
  s += rect('i-side', b.cx, b.cy, 168, 44) + rect('i-screen', b.cx + 168, b.cy, b.cw - 168, 44);
  s += text(b.cx + 16, b.cy + 28, 'New chat');
  const ix = b.cx + 140;
  const iy = b.cy + 23;
  s += dashedBubble(ix, iy) + mark(1, ix - 14, iy - 14, 28, 28, 'right');
  return svgDoc(W, H, s);
};

// Gemini app: profile picture > "Gemini Apps Activity" (G1). Where the picture sits is not
// described: it is drawn at the top right. The activity page itself is not described.
drawings['mobile-app-activity'] = () =>
  phoneRow(2, (p, i) => {
    if (i === 0) {
      const ax = p.cx + p.cw - 30;
      const ay = p.cy + 14;
      let s = '';
      for (let k = 0; k < 5; k++) s += bar(p.cx + 24, p.cy + 90 + k * 24, [140, 120, 150, 96, 130][k]);
      s += rect('i-field', p.cx + 14, p.screen.y + p.screen.h - 60, p.cw - 28, 36, 18);
      return s + avatar(ax, ay, 13) + mark(1, ax - 13, ay - 13, 26, 26, 'corner');
    }
    return phoneListStep(
      p,
      2,
      { rows: [{ barW: 96 }, { label: ['Gemini Apps', 'Activity'] }, { barW: 80 }, { barW: 110 }, { barW: 70 }] },
      1,
    );
  });
