// The ChatGPT drawings. Sources are registry ids (content/sources/chatgpt.yaml);
// the captions and callout names live in src/illustrations/chatgpt/index.ts.
import {
  CHROME,
  W,
  avatar,
  bar,
  browser,
  button,
  chatPage,
  dots,
  downArrow,
  line,
  mark,
  phone,
  phoneList,
  phoneSideBarAccount,
  rect,
  rightArrow,
  settingsDialog,
  settingsScreen,
  svgDoc,
  text,
  trash,
} from './primitives.mjs';

export const drawings = {};

// Profile icon (top right, S7 v3) opens a menu with Settings (S2, S7).
drawings['web-profile-menu'] = () => {
  const H = 420;
  const b = browser(0, 0, W, H);
  let s = b.svg + chatPage(b);
  const ax = b.cx + b.cw - 34;
  const ay = b.cy + 28;
  s += avatar(ax, ay);
  const mx = b.cx + b.cw - 236;
  const my = ay + 28;
  s += rect('i-panel', mx, my, 220, 214, 12);
  const items = [null, null, 'Settings', null, null];
  items.forEach((label, i) => {
    const iy = my + 14 + i * 38 + (i > 2 ? 10 : 0);
    if (i === 3) s += line(mx + 12, iy - 8, mx + 208, iy - 8);
    s += `<circle class="i-ph" cx="${mx + 26}" cy="${iy + 14}" r="7"/>`;
    s += label ? text(mx + 44, iy + 19, label) : bar(mx + 44, iy + 10, [110, 84, 0, 96, 70][i]);
  });
  s += mark(1, ax - 15, ay - 15, 30, 30, 'left');
  s += mark(2, mx + 10, my + 14 + 2 * 38, 200, 28, 'left');
  return svgDoc(W, H, s);
};

// Settings > Data controls > "Improve the model for everyone" (S2).
drawings['web-data-controls'] = () => {
  const H = 400;
  const { s } = settingsScreen(
    H,
    {
      nav: [null, null, 'Data Controls', null, null, null],
      selected: 2,
      rows: [
        { label: 'Improve the model for everyone', control: 'toggle' },
        { label: null, control: null, barW: 170 },
        { label: null, control: null, barW: 130 },
        { label: null, control: null, barW: 150 },
      ],
    },
    (g) => mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(2, g.rows[0].control.x, g.rows[0].control.y, 40, 22, 'above'),
  );
  return svgDoc(W, H, s);
};

// Signed out: "?" (bottom right) > Settings > "Improve the model for everyone" (S2, P19, P20).
drawings['web-signed-out-settings'] = () => {
  const FH = 270;
  const H = FH * 2 + 34;
  // Screen A: the page with the "?" menu open.
  const a = browser(0, 0, W, FH);
  let s = a.svg + chatPage(a, { sidebar: false });
  const qx = a.cx + a.cw - 30;
  const qy = a.cy + a.ch - 26;
  s += `<circle class="i-btn" cx="${qx}" cy="${qy}" r="14"/>` + text(qx, qy + 5, '?', { anchor: 'middle', weight: 700, size: 16 });
  const mx = qx - 190;
  const my = qy - 24 - 126;
  s += rect('i-panel', mx, my, 190, 126, 12);
  [null, 'Settings', null].forEach((label, i) => {
    const iy = my + 12 + i * 36;
    s += label ? text(mx + 18, iy + 22, label) : bar(mx + 18, iy + 13, [120, 0, 90][i]);
  });
  s += mark(1, qx - 14, qy - 14, 28, 28, 'left');
  s += mark(2, mx + 8, my + 12 + 36 + 2, 174, 28, 'left');
  s += downArrow(W / 2, FH + 6);
  // Screen B: the settings dialog.
  const b = browser(0, FH + 34, W, FH);
  s += b.svg + chatPage(b, { sidebar: false, dim: true });
  const d = settingsDialog(b.cx + 110, b.cy + 24, 500, FH - CHROME - 48, {
    rows: [
      { label: null, control: 'placeholder-toggle', barW: 140 },
      { label: 'Improve the model for everyone', control: 'toggle' },
      { label: null, control: 'placeholder-toggle', barW: 110 },
    ],
  });
  s += d.svg;
  const c = d.geo.rows[1].control;
  s += mark(3, c.x, c.y, c.w, c.h, 'left');
  return svgDoc(W, H, s);
};

// Mobile: side bar > profile icon > Data Controls > "Improve the model for everyone" (S2, P88).
drawings['mobile-data-controls'] = () => {
  const PW = 216;
  const gap = (W - PW * 3) / 2;
  const H = 450;
  let s = '';
  // Phone 1: side bar open, profile icon at its foot.
  const p1 = phone(0, 0, PW, H);
  s += p1.svg + phoneSideBarAccount(p1, 1);
  // Phone 2: settings list with Data Controls.
  const p2 = phone(PW + gap, 0, PW, H);
  s += p2.svg;
  const l2 = phoneList(p2, {
    rows: [{}, {}, { label: 'Data Controls' }, {}, {}, {}].map((r, i) => ({ barW: [96, 80, 0, 110, 70, 90][i], ...r })),
  });
  s += l2.svg;
  const g2 = l2.geo[2];
  s += mark(2, g2.x, g2.y, g2.w, g2.h, 'corner');
  // Phone 3: Data Controls screen.
  const p3 = phone((PW + gap) * 2, 0, PW, H);
  s += p3.svg;
  const l3 = phoneList(p3, {
    title: 'Data Controls',
    rows: [
      { label: ['Improve the', 'model for', 'everyone'], control: 'toggle' },
      { barW: 100, control: 'placeholder-toggle' },
      { barW: 120 },
      { barW: 90 },
      { barW: 110 },
    ],
  });
  s += l3.svg;
  const c3 = l3.geo[0].control;
  s += mark(3, c3.x, c3.y, c3.w, c3.h, 'corner');
  s += rightArrow(PW + 4, H / 2) + rightArrow(PW * 2 + gap + 4, H / 2);
  return svgDoc(W, H, s);
};

// A chat's "..." menu in the sidebar: Archive, Delete chat (openai-chat-retention-works-chatgpt).
drawings['web-chat-menu'] = () => {
  const H = 400;
  const b = browser(0, 0, W, H);
  let s = b.svg + chatPage(b);
  // the chat row being pointed at
  const ry = b.cy + 24 + 3 * 30 - 10;
  s += rect('i-sel', b.cx + 6, ry, 156, 28, 8);
  s += bar(b.cx + 16, ry + 10, 104);
  const dx = b.cx + 146;
  s += dots(dx, ry + 14);
  const mx = b.cx + 176;
  const my = ry - 10;
  s += rect('i-panel', mx, my, 200, 172, 12);
  [null, null, 'Archive', 'Delete chat'].forEach((label, i) => {
    const iy = my + 12 + i * 36 + (i === 3 ? 8 : 0);
    if (i === 3) s += line(mx + 12, iy - 4, mx + 188, iy - 4);
    s += label ? text(mx + 18, iy + 22, label) : bar(mx + 18, iy + 13, [100, 80][i]);
  });
  s += mark(1, dx - 12, ry + 4, 24, 20, 'above');
  s += mark(2, mx + 8, my + 12 + 3 * 36 + 8 + 2, 184, 28, 'right');
  return svgDoc(W, H, s);
};

// Settings > Data controls > Shared links > Manage, then the trash icon (S12, S13, P89, P90).
drawings['web-shared-links'] = () => {
  const FH = 300;
  const H = FH * 2 + 34;
  const A = settingsScreen(
    FH,
    {
      nav: [null, null, 'Data Controls', null, null],
      selected: 2,
      rows: [
        { label: null, control: 'placeholder-toggle', barW: 190 },
        { label: 'Shared links', control: 'Manage' },
        { label: null, control: null, barW: 140 },
      ],
    },
    (g) =>
      mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
      mark(2, g.rows[1].control.x, g.rows[1].control.y, g.rows[1].control.w, 30, 'left'),
  );
  let s = A.s + downArrow(W / 2, FH + 6);
  // Screen B: the shared-links list, one trash icon per link, "..." for all.
  const b = browser(0, FH + 34, W, FH);
  s += b.svg + chatPage(b, { dim: true });
  const dx = b.cx + 80;
  const dy = b.cy + 24;
  const dw = b.cw - 160;
  s += rect('i-panel', dx, dy, dw, FH - CHROME - 48, 14);
  s += bar(dx + 24, dy + 24, 120, 10) + dots(dx + dw - 36, dy + 29);
  for (let i = 0; i < 3; i++) {
    const ry = dy + 56 + i * 44;
    s += line(dx + 24, ry, dx + dw - 24, ry);
    s += bar(dx + 24, ry + 18, [200, 170, 220, 150][i]) + bar(dx + 300, ry + 18, 80);
    s += trash(dx + dw - 44, ry + 13);
  }
  s += mark(3, dx + dw - 49, dy + 56 + 8, 24, 28, 'left');
  return svgDoc(W, H, s);
};

// Settings > Data controls > Export data > Export > Confirm export (S9).
drawings['web-export'] = () => {
  const FH = 300;
  const H = FH * 2 + 34;
  const A = settingsScreen(
    FH,
    {
      nav: [null, null, 'Data controls', null, null],
      selected: 2,
      rows: [
        { label: null, control: 'placeholder-toggle', barW: 190 },
        { label: null, control: null, barW: 120 },
        { label: 'Export data', control: 'Export' },
      ],
    },
    (g) =>
      mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
      mark(2, g.rows[2].control.x, g.rows[2].control.y, g.rows[2].control.w, 30, 'left'),
  );
  let s = A.s + downArrow(W / 2, FH + 6);
  const b = browser(0, FH + 34, W, FH);
  s += b.svg + chatPage(b, { dim: true });
  const dw = 420;
  const dx = b.cx + (b.cw - dw) / 2;
  const dy = b.cy + 36;
  const dh = FH - CHROME - 72;
  s += rect('i-panel', dx, dy, dw, dh, 14);
  s += bar(dx + 24, dy + 26, 160, 10);
  [330, 300, 250].forEach((w, i) => (s += bar(dx + 24, dy + 56 + i * 20, w)));
  const conf = button(0, 0, 'Confirm export');
  const bx = dx + dw - 24 - conf.w;
  const by = dy + dh - 50;
  s += button(bx, by, 'Confirm export').svg + button(bx - 100, by, null, { w: 84 }).svg;
  s += mark(3, bx, by, conf.w, 30, 'above');
  return svgDoc(W, H, s);
};

// Settings > Account > Delete account: Delete, then type email and "DELETE" (S7 v3).
drawings['web-delete-account'] = () => {
  const FH = 300;
  const H = FH * 2 + 34;
  const A = settingsScreen(
    FH,
    {
      nav: [null, null, null, null, 'Account'],
      selected: 4,
      rows: [
        { label: null, control: null, barW: 160 },
        { label: null, control: null, barW: 120 },
        { label: 'Delete account', control: 'Delete' },
      ],
    },
    (g) =>
      mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
      mark(2, g.rows[2].control.x, g.rows[2].control.y, g.rows[2].control.w, 30, 'left'),
  );
  let s = A.s + downArrow(W / 2, FH + 6);
  const b = browser(0, FH + 34, W, FH);
  s += b.svg + chatPage(b, { dim: true });
  const dw = 460;
  const dx = b.cx + (b.cw - dw) / 2;
  const dy = b.cy + 16;
  const dh = FH - CHROME - 32;
  s += rect('i-panel', dx, dy, dw, dh, 14);
  s += bar(dx + 24, dy + 22, 170, 10) + bar(dx + 24, dy + 46, 380);
  const fx = dx + 24;
  const fw = dw - 48;
  s += rect('i-field', fx, dy + 66, fw, 32, 8) + bar(fx + 12, dy + 78, 150);
  s += rect('i-field', fx, dy + 108, fw, 32, 8) + text(fx + 12, dy + 129, 'DELETE');
  const del = button(0, 0, 'Permanently delete my account');
  const bx = dx + dw - 24 - del.w;
  const by = dy + dh - 46;
  s += button(bx, by, 'Permanently delete my account').svg;
  s += mark(3, fx, dy + 66, fw, 32, 'left');
  s += mark(4, fx, dy + 108, fw, 32, 'left');
  s += mark(5, bx, by, del.w, 30, 'left');
  return svgDoc(W, H, s);
};

// Settings > Security > Multi-factor authentication > Enable (S22).
drawings['web-mfa'] = () => {
  const H = 400;
  const { s } = settingsScreen(
    H,
    {
      nav: [null, null, null, 'Security', null, null],
      selected: 3,
      rows: [
        { label: 'Multi-factor authentication', control: 'Enable' },
        { label: null, control: null, barW: 150 },
        { label: null, control: null, barW: 120 },
      ],
    },
    (g) =>
      mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') +
      mark(2, g.rows[0].control.x, g.rows[0].control.y, g.rows[0].control.w, 30, 'above'),
  );
  return svgDoc(W, H, s);
};

// iPhone/Android: account settings > Data Controls > Delete Account > confirm (S8, P83).
drawings['mobile-delete-account'] = () => {
  const PW = 216;
  const gap = (W - PW * 3) / 2;
  const H = 450;
  let s = '';
  const p1 = phone(0, 0, PW, H);
  s += p1.svg;
  const l1 = phoneList(p1, {
    rows: [{}, {}, { label: 'Data Controls' }, {}, {}, {}].map((r, i) => ({ barW: [96, 80, 0, 110, 70, 90][i], ...r })),
  });
  s += l1.svg;
  const g1 = l1.geo[2];
  s += mark(1, g1.x, g1.y, g1.w, g1.h, 'corner');
  const p2 = phone(PW + gap, 0, PW, H);
  s += p2.svg;
  const l2 = phoneList(p2, {
    title: 'Data Controls',
    rows: [{ barW: 96, control: 'placeholder-toggle' }, { barW: 100 }, { barW: 110 }, { label: 'Delete Account', control: 'none' }],
  });
  s += l2.svg;
  const g2 = l2.geo[3];
  s += mark(2, g2.x, g2.y, g2.w, g2.h, 'corner');
  // Phone 3: the confirmation, wording not described: placeholders only.
  const p3 = phone((PW + gap) * 2, 0, PW, H);
  s += p3.svg;
  s += rect('i-scrim', p3.screen.x, p3.screen.y, p3.screen.w, p3.screen.h, 22);
  const sx = p3.cx + 12;
  const sw = p3.cw - 24;
  const sy = p3.cy + 90;
  s += rect('i-panel', sx, sy, sw, 190, 16);
  s += bar(sx + 20, sy + 24, 100, 10) + bar(sx + 20, sy + 50, 124) + bar(sx + 20, sy + 68, 110) + bar(sx + 20, sy + 86, 80);
  s += button(sx + 20, sy + 114, null, { w: sw - 40, h: 30 }).svg;
  s += button(sx + 20, sy + 150, null, { w: sw - 40, h: 30 }).svg;
  s += mark(3, sx + 20, sy + 114, sw - 40, 30, 'corner');
  s += rightArrow(PW + 4, H / 2) + rightArrow(PW * 2 + gap + 4, H / 2);
  return svgDoc(W, H, s);
};
