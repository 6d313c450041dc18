// Shared primitives for the UI illustrations: one visual language for every assistant (the same
// browser/phone frame, system font, placeholder bars, highlight ring and numbered callouts).
// Each assistant's screens are in ./<assistant>.mjs; src/tooling/draw-illustrations.mjs writes them.
//
// Colours are never written into the files: every shape carries an `i-*` class that
// src/styles/media.css maps to the site's light/dark theme tokens.

const FONT = 15;

export const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const r1 = (n) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------------

/** A line of UI text. `lines` may hold several lines (a label that wraps on a narrow screen). */
export function text(x, y, lines, { size = FONT, weight, anchor, cls = 'i-text' } = {}) {
  const list = Array.isArray(lines) ? lines : [lines];
  const attrs = [
    `class="${cls}"`,
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    size !== FONT ? `font-size="${size}"` : '',
    weight ? `font-weight="${weight}"` : '',
    anchor ? `text-anchor="${anchor}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (list.length === 1) return `<text ${attrs}>${esc(list[0])}</text>`;
  const lh = Math.round(size * 1.3);
  const spans = list.map((l, i) => `<tspan x="${r1(x)}"${i ? ` dy="${lh}"` : ''}>${esc(l)}</tspan>`).join('');
  return `<text ${attrs}>${spans}</text>`;
}

/** Neutral placeholder for anything the sources do not describe. */
export const bar = (x, y, w, h = 8) => `<rect class="i-ph" x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${h}" rx="${h / 2}"/>`;

export const rect = (cls, x, y, w, h, r = 0) =>
  `<rect class="${cls}" x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}"${r ? ` rx="${r}"` : ''}/>`;

export const line = (x1, y1, x2, y2, cls = 'i-line') =>
  `<path class="${cls}" d="M${r1(x1)} ${r1(y1)}H${r1(x2)}${y2 !== y1 ? `V${r1(y2)}` : ''}"/>`;

/** A switch drawn in its "on" state (the default the reader is asked to change). */
export function toggle(x, y) {
  return `${rect('i-toggle', x, y, 40, 22, 11)}<circle class="i-knob" cx="${x + 29}" cy="${y + 11}" r="8"/>`;
}

/** A tick box drawn ticked (the default the reader is asked to untick). */
export function checkbox(x, y) {
  // the tick is a filled shape in the knob colour, so it needs no CSS rule of its own
  return `${rect('i-toggle', x, y, 22, 22, 5)}<path class="i-knob" d="M${x + 4} ${y + 11.5}l2-2 3.5 3.5 7-7 2 2-9 9z"/>`;
}

/** A button. With a label it is sized to fit; without one it holds a placeholder bar. */
export function button(x, y, label, { w, h = 30 } = {}) {
  const width = w ?? (label ? Math.round(label.length * 9.6 + 28) : 84);
  const inner = label
    ? text(x + width / 2, y + h / 2 + 5, label, { anchor: 'middle', weight: 600 })
    : bar(x + 16, y + h / 2 - 4, width - 32);
  return { svg: `${rect('i-btn', x, y, width, h, 8)}${inner}`, w: width, h };
}

/** The ring that marks what to click, and its numbered callout. */
export function mark(n, x, y, w, h, side = 'left') {
  const pad = 4;
  const ring = rect('i-hl', x - pad, y - pad, w + pad * 2, h + pad * 2, 9);
  const cy = y + h / 2;
  if (side === 'corner') return ring + callout(n, x - pad + 2, y - pad + 2);
  const cx = side === 'left' ? x - pad - 18 : side === 'right' ? x + w + pad + 18 : x + w / 2;
  const ccy = side === 'above' ? y - pad - 18 : side === 'below' ? y + h + pad + 18 : cy;
  return ring + callout(n, cx, ccy);
}

export function callout(n, cx, cy) {
  return (
    `<g class="i-callout"><circle class="i-callout-dot" cx="${r1(cx)}" cy="${r1(cy)}" r="13"/>` +
    text(cx, cy + 5, String(n), { anchor: 'middle', weight: 700, size: 15, cls: 'i-callout-num' }) +
    `</g>`
  );
}

/** A simple person glyph in a circle: the "profile icon". */
export function avatar(cx, cy, r = 15) {
  return (
    `<circle class="i-avatar" cx="${cx}" cy="${cy}" r="${r}"/>` +
    `<circle class="i-avatar-glyph" cx="${cx}" cy="${cy - r * 0.25}" r="${r * 0.32}"/>` +
    `<path class="i-avatar-glyph" d="M${r1(cx - r * 0.55)} ${r1(cy + r * 0.6)}a${r1(r * 0.55)} ${r1(r * 0.45)} 0 0 1 ${r1(r * 1.1)} 0z"/>`
  );
}

export const chevronDown = (x, y) => `<path class="i-stroke" d="M${x} ${y}l5 5 5-5"/>`;
export const chevronRight = (x, y) => `<path class="i-stroke" d="M${x} ${y}l5 5-5 5"/>`;
export const dots = (cx, cy) => [-7, 0, 7].map((d) => `<circle class="i-icon" cx="${cx + d}" cy="${cy}" r="2"/>`).join('');
export function trash(x, y) {
  return `<path class="i-stroke" d="M${x} ${y + 3}h14M${x + 4} ${y + 3}v-3h6v3M${x + 2} ${y + 3}l1 13h8l1-13"/>`;
}

// ---------------------------------------------------------------------------------------------
// Frames and screens
// ---------------------------------------------------------------------------------------------

export const CHROME = 34;

/** Width of every drawing, in drawing units (1 unit = 1 CSS px at natural size). */
export const W = 720;

/** A plainly drawn browser window. Returns the content box. */
export function browser(x, y, w, h) {
  const svg =
    rect('i-frame', x + 1, y + 1, w - 2, h - 2, 12) +
    [0, 1, 2].map((i) => `<circle class="i-frame-dot" cx="${x + 20 + i * 16}" cy="${y + CHROME / 2 + 1}" r="5"/>`).join('') +
    rect('i-frame-field', x + 78, y + 9, Math.min(300, w - 120), 18, 9) +
    line(x + 1, y + CHROME, x + w - 1, y + CHROME, 'i-frame-line');
  return { svg, cx: x + 1, cy: y + CHROME, cw: w - 2, ch: h - CHROME - 12 };
}

/** A plainly drawn phone. Returns the screen box. */
export function phone(x, y, w = 216, h = 450) {
  const bezel = 10;
  const svg =
    rect('i-frame', x + 1, y + 1, w - 2, h - 2, 30) +
    rect('i-screen', x + bezel, y + bezel, w - bezel * 2, h - bezel * 2, 22) +
    rect('i-frame-field', x + w / 2 - 32, y + bezel + 8, 64, 16, 8);
  const screen = { x: x + bezel, y: y + bezel, w: w - bezel * 2, h: h - bezel * 2 };
  return { svg, screen, cx: x + bezel, cy: y + bezel + 34, cw: w - bezel * 2, ch: h - bezel * 2 - 34 };
}

/** A chat app page behind menus and dialogs: sidebar of chats, messages, message box. */
export function chatPage(b, { sidebar = true, dim = false, newChat = false } = {}) {
  let s = rect('i-screen', b.cx, b.cy, b.cw, b.ch);
  const side = sidebar ? 168 : 0;
  if (sidebar) {
    s += rect('i-side', b.cx, b.cy, side, b.ch);
    for (let i = 0; i < Math.floor((b.ch - 40) / 30); i++) {
      s += bar(b.cx + 16, b.cy + 24 + i * 30, [120, 96, 128, 104, 88, 116][i % 6]);
    }
  }
  const mx = b.cx + side;
  const mw = b.cw - side;
  if (newChat) {
    // a new chat: a greeting and the message box in the middle, no messages yet
    s += bar(mx + mw / 2 - 90, b.cy + b.ch / 2 - 40, 180, 12);
    s += rect('i-field', mx + mw * 0.12, b.cy + b.ch / 2 - 8, mw * 0.76, 48, 18);
  } else {
    // messages
    const lines = Math.max(1, Math.floor((b.ch - 140) / 24));
    for (let i = 0; i < lines; i++) {
      s += bar(mx + mw * 0.18, b.cy + 70 + i * 24, mw * [0.6, 0.5, 0.64, 0.4][i % 4]);
    }
    // message box
    s += rect('i-field', mx + mw * 0.12, b.cy + b.ch - 56, mw * 0.76, 36, 18);
  }
  if (dim) s += rect('i-scrim', b.cx, b.cy, b.cw, b.ch);
  return s;
}

/**
 * The switch-like control at the right end of a row ('toggle', 'checkbox' or a
 * 'placeholder-toggle'), vertically centred on mid. Returns svg and the box to mark (null for the
 * placeholder), or null for any other kind of control.
 */
function switchAt(kind, right, mid) {
  if (kind === 'toggle') return { svg: toggle(right - 40, mid - 11), box: { x: right - 40, y: mid - 11, w: 40, h: 22 } };
  if (kind === 'checkbox') return { svg: checkbox(right - 22, mid - 11), box: { x: right - 22, y: mid - 11, w: 22, h: 22 } };
  if (kind === 'placeholder-toggle') return { svg: rect('i-ph', right - 40, mid - 11, 40, 22, 11), box: null };
  return null;
}

/**
 * A settings dialog: a tab list on the left and rows on the right.
 * nav: labels (string = quoted label, null = placeholder); selected: index in nav.
 * rows: { label, control } where control is 'toggle' | 'checkbox' | string (button label) | null
 * (a placeholder button) | 'none'; a label may be an array of lines.
 * heading: a section title above the rows (quoted label); navW: width of the tab list.
 * Returns svg plus the geometry of the selected tab and each row's control, for callouts.
 */
export function settingsDialog(x, y, w, h, { nav = null, navW = 168, selected = -1, heading = null, rows }) {
  let s = rect('i-panel', x, y, w, h, 14);
  const geo = { nav: null, rows: [] };
  let cx = x + 24;
  if (nav) {
    const nw = navW;
    s += line(x + nw, y + 1, x + nw, y + h - 1);
    nav.forEach((label, i) => {
      const ty = y + 18 + i * 38;
      if (i === selected) {
        s += rect('i-sel', x + 10, ty, nw - 20, 32, 8);
        geo.nav = { x: x + 10, y: ty, w: nw - 20, h: 32 };
      }
      s += label ? text(x + 24, ty + 21, label) : bar(x + 24, ty + 12, [80, 64, 96, 72, 88, 60][i % 6]);
    });
    cx = x + nw + 24;
  }
  const right = x + w - 24;
  let ry = y + 28;
  if (heading) {
    s += text(cx, ry + 10, heading, { size: 16, weight: 700 });
    ry += 32;
  }
  for (const row of rows) {
    // A label given as several lines wraps; the row grows to fit.
    const n = Array.isArray(row.label) ? row.label.length : 1;
    const rh = n > 1 ? 26 + n * 20 : row.tall ? 64 : 52;
    const mid = ry + rh / 2;
    s += row.label ? text(cx, mid + 5 - (n - 1) * 10, row.label) : bar(cx, mid - 4, row.barW ?? 150);
    let c = null;
    const sw = switchAt(row.control, right, mid);
    if (sw) {
      s += sw.svg;
      c = sw.box;
    } else if (row.control === 'none') {
      // nothing at the end of this row
    } else if (typeof row.control === 'string') {
      const btn = button(0, 0, row.control);
      const b2 = button(right - btn.w, mid - 15, row.control);
      s += b2.svg;
      c = { x: right - btn.w, y: mid - 15, w: btn.w, h: 30 };
    } else if (row.control === null) {
      s += button(right - 84, mid - 15, null).svg;
      c = { x: right - 84, y: mid - 15, w: 84, h: 30 };
    }
    // `row` is the whole row, for marking a row that has no control of its own.
    geo.rows.push({ control: c, label: { x: cx, y: mid - 12 }, row: { x: cx - 8, y: ry + 6, w: right - cx + 16, h: rh - 12 } });
    ry += rh;
    s += line(cx, ry, right, ry);
  }
  return { svg: s, geo };
}

/** A phone settings list: rows with a chevron. */
export function phoneList(b, { title = null, rows, top = 16 }) {
  let s = '';
  let y = b.cy + top;
  const x = b.cx + 16;
  const right = b.cx + b.cw - 16;
  const geo = [];
  if (title) {
    s += text(b.cx + b.cw / 2, y + 14, title, { anchor: 'middle', weight: 700, size: 15 });
    y += 40;
  } else {
    s += bar(b.cx + b.cw / 2 - 40, y + 6, 80);
    y += 40;
  }
  for (const row of rows) {
    const lines = row.label ? (Array.isArray(row.label) ? row.label : [row.label]) : null;
    const rh = lines && lines.length > 1 ? 26 + lines.length * 17 : 46;
    const mid = y + rh / 2;
    if (lines) s += text(x, mid + 5 - (lines.length - 1) * 8.5, lines);
    else s += bar(x, mid - 4, row.barW ?? 96);
    let c = null;
    const sw = switchAt(row.control, right, mid);
    if (sw) {
      s += sw.svg;
      c = sw.box;
    } else if (row.control !== 'none') {
      s += chevronRight(right - 8, mid - 5);
    }
    geo.push({ x: x - 6, y: y + 6, w: b.cw - 20, h: rh - 12, control: c, mid });
    y += rh;
    s += line(x, y, right, y);
  }
  return { svg: s, geo };
}

export function svgDoc(w, h, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">\n${body}\n</svg>\n`;
}

/** The "then" arrow between two stacked screens. */
export const downArrow = (cx, y) => `<path class="i-arrow" d="M${cx} ${y}v22m-8-8 8 8 8-8"/>`;
export const rightArrow = (x, cy) => `<path class="i-arrow" d="M${x} ${cy}h18m-8-8 8 8-8 8"/>`;

/**
 * A chat page dimmed behind a settings dialog (see settingsDialog), in a browser of height H at y.
 * marks(geo) returns the rings and callouts, drawn from the dialog's geometry.
 */
export function settingsScreen(H, opts, marks, y = 0) {
  const b = browser(0, y, W, H);
  return { b, s: b.svg + settingsIn(b, opts, marks) };
}

/** A whole drawing of one settings screen (settingsScreen) of height H. */
export function settingsDrawing(H, opts, marks) {
  return svgDoc(W, H, settingsScreen(H, opts, marks).s);
}

/**
 * A settings screen with one tab selected (tab = { nav, selected }) and, below two placeholder
 * rows, the quoted `row`: the tab is marked 1, the row's control (or the row itself) 2.
 */
export function settingsRowDrawing(tab, row) {
  return settingsDrawing(
    330,
    { ...tab, rows: [{ label: null, control: 'placeholder-toggle', barW: 170 }, { label: null, control: null, barW: 120 }, row] },
    (g) => {
      const r = g.rows[2];
      const t = r.control ?? r.row;
      return mark(1, g.nav.x, g.nav.y, g.nav.w, g.nav.h, 'left') + mark(2, t.x, t.y, t.w, t.h, r.control ? 'left' : 'above');
    },
  );
}

/** The same, drawn into a browser box b that already exists (see twoScreens). */
export function settingsIn(b, opts, marks) {
  const dw = 600;
  const d = settingsDialog(b.cx + (b.cw - dw) / 2, b.cy + 24, dw, b.ch - 36, opts);
  return chatPage(b, { dim: true }) + d.svg + marks(d.geo);
}

// ---------------------------------------------------------------------------------------------
// Icons and building blocks added with the other assistants' drawings
// ---------------------------------------------------------------------------------------------

/** A ghost drawn in line (Claude's incognito icon), about 18 x 20, centred on cx, cy. */
export function ghost(cx, cy) {
  const x = cx - 9;
  const y = cy - 10;
  return (
    `<path class="i-stroke" d="M${x} ${y + 20}v-11a9 9 0 0 1 18 0v11l-3-2.5-3 2.5-3-2.5-3 2.5-3-2.5z"/>` +
    `<circle class="i-icon" cx="${cx - 3.5}" cy="${cy - 2}" r="1.8"/><circle class="i-icon" cx="${cx + 3.5}" cy="${cy - 2}" r="1.8"/>`
  );
}

/** A chat bubble drawn with a dashed line (Gemini's temporary-chat icon), about 20 x 20. */
export function dashedBubble(cx, cy) {
  const x = cx - 10;
  const y = cy - 9;
  return `<path class="i-stroke" stroke-dasharray="3 2.5" d="M${x + 4} ${y}h12a4 4 0 0 1 4 4v7a4 4 0 0 1-4 4h-8l-5 4v-4a4 4 0 0 1-3-4v-7a4 4 0 0 1 4-4z"/>`;
}

/** Three lines: a menu button. */
export const hamburger = (x, y) => `<path class="i-stroke" d="M${x} ${y}h18M${x} ${y + 6}h18M${x} ${y + 12}h18"/>`;

/**
 * A pop-up menu of `items`: a string is a quoted label, null a placeholder bar, { person: true }
 * a picture and a placeholder name (your account).
 * Returns svg, its height and each item's box, for marking.
 */
export function menu(x, y, w, items, { rowH = 36 } = {}) {
  const h = items.length * rowH + 16;
  let svg = rect('i-panel', x, y, w, h, 12);
  const boxes = items.map((label, i) => {
    const iy = y + 8 + i * rowH;
    if (label && label.person) svg += avatar(x + 30, iy + rowH / 2, 11) + bar(x + 50, iy + rowH / 2 - 4, 100);
    else if (label) svg += text(x + 18, iy + rowH / 2 + 5, label);
    else svg += bar(x + 18, iy + rowH / 2 - 4, Math.min([110, 84, 96, 70, 120][i % 5], w - 36));
    return { x: x + 8, y: iy + 4, w: w - 16, h: rowH - 8 };
  });
  return { svg, h, boxes };
}

/**
 * The account row at the foot of a chat page's side bar (from chatPage): a picture, your name as a
 * placeholder bar (unless withName is false), and optionally a "⋯" button. Returns svg and the boxes of the picture, the
 * whole row and the dots.
 */
export function sidebarAccount(b, { withDots = false, withName = true } = {}) {
  const cy = b.cy + b.ch - 30;
  const ax = b.cx + 30;
  let svg = rect('i-side', b.cx, cy - 28, 168, 58) + line(b.cx + 12, cy - 26, b.cx + 156, cy - 26);
  svg += avatar(ax, cy) + (withName ? bar(ax + 24, cy - 4, withDots ? 64 : 80) : '');
  if (withDots) svg += dots(b.cx + 144, cy);
  return {
    svg,
    picture: { x: ax - 15, y: cy - 15, w: 30, h: 30 },
    row: { x: b.cx + 10, y: cy - 18, w: withDots ? 116 : 148, h: 36 },
    dots: { x: b.cx + 132, y: cy - 10, w: 24, h: 20 },
  };
}

/**
 * Two browser screens stacked with a "then" arrow: top(b) and bottom(b) each draw into a browser
 * box of height FH and return svg.
 */
export function twoScreens(FH, top, bottom) {
  const a = browser(0, 0, W, FH);
  const b = browser(0, FH + 34, W, FH);
  return svgDoc(W, FH * 2 + 34, a.svg + top(a) + downArrow(W / 2, FH + 6) + b.svg + bottom(b));
}

/**
 * `count` phones in a row with arrows between; screen(p, i) draws into phone p and returns svg.
 * Phones are 216 wide for three, narrower for more, so the drawing stays W wide.
 */
export function phoneRow(count, screen, H = 450) {
  const PW = Math.min(216, Math.floor((W - 24 * (count - 1)) / count));
  const gap = Math.min(60, (W - PW * count) / (count - 1));
  const step = PW + gap;
  const x0 = (W - PW * count - gap * (count - 1)) / 2;
  let s = '';
  for (let i = 0; i < count; i++) {
    const p = phone(x0 + i * step, 0, PW, H);
    s += p.svg + screen(p, i);
    if (i) s += rightArrow(x0 + i * step - gap / 2 - 9, H / 2);
  }
  return svgDoc(W, H, s);
}

/**
 * A phone settings list (phoneList) with one row marked: the usual single step on a phone. The
 * row's switch is marked if it has one, else the whole row; `side` places the callout.
 */
export function phoneListStep(p, n, opts, markRow, side = 'corner') {
  const l = phoneList(p, opts);
  const g = l.geo[markRow];
  const t = g.control ?? g;
  return l.svg + mark(n, t.x, t.y, t.w, t.h, side);
}

/**
 * A chat page with the account row at the foot of the side bar (sidebarAccount) and the menu it
 * opens (menu), marked 1 (what to click in the account row: 'row', 'picture' or 'dots') and
 * 2 (items[pick]). `account` passes options to sidebarAccount; `dx` moves the menu right.
 */
export function accountMenuScreen(b, items, pick, { target = 'row', account = {}, dx = 0, w = 190 } = {}) {
  const acc = sidebarAccount(b, account);
  const m = menu(b.cx + 12 + dx, acc.row.y - 136, w, items);
  const t = acc[target];
  const it = m.boxes[pick];
  return chatPage(b) + acc.svg + m.svg + mark(1, t.x, t.y, t.w, t.h, 'right') + mark(2, it.x, it.y, it.w, it.h, 'right');
}

/** A phone with its side bar open over a dimmed screen. Returns svg, the screen box and the bar's width. */
export function phoneSideBar(p) {
  const sc = p.screen;
  const sw = sc.w * 0.8;
  let svg = rect('i-scrim', sc.x, sc.y, sc.w, sc.h, 22);
  svg += rect('i-side', sc.x, sc.y, sw, sc.h, 22) + rect('i-side', sc.x + 40, sc.y, sw - 40, sc.h);
  svg += line(sc.x + sw, sc.y, sc.x + sw, sc.y + sc.h, 'i-line');
  const widths = [110, 90, 120, 80, 100, 116, 84, 96, 70];
  for (let i = 0; i < 9; i++) svg += bar(sc.x + 16, sc.y + 40 + i * 30, Math.min(widths[i], sw - 32));
  return { svg, sc, sw };
}

/**
 * phoneSideBar with your picture and name (a placeholder) at its foot, marked n: the picture
 * alone (target 'picture') or the whole row ('row').
 */
export function phoneSideBarAccount(p, n, target = 'picture') {
  const { svg, sc, sw } = phoneSideBar(p);
  const ax = sc.x + 34;
  const ay = sc.y + sc.h - 44;
  let s = svg + line(sc.x + 12, ay - 26, sc.x + sw - 12, ay - 26);
  s += avatar(ax, ay) + bar(ax + 24, ay - 4, Math.min(80, sw - 74));
  return s + (target === 'row' ? mark(n, sc.x + 14, ay - 19, sw - 28, 38, 'corner') : mark(n, ax - 15, ay - 15, 30, 30, 'corner'));
}
