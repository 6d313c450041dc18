/**
 * Link-preview images (Open Graph, 1200×630 PNG), drawn at build time: satori lays out the card and
 * turns its text into SVG paths, sharp (libvips/librsvg, already Astro's image library) renders the
 * SVG to PNG (in one run here: 136 ms against 461 ms for @resvg/resvg-js, similar size and look).
 * About 115 ms of CPU per image in all. Fonts come from an npm package
 * (@fontsource/atkinson-hyperlegible, WOFF, which satori reads; designed for legibility, which
 * matters at thumbnail size). No network at build time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

import { OG_HEIGHT, OG_WIDTH } from './og-image-size.ts';
export { OG_HEIGHT, OG_WIDTH };

// Resolved from the project root: this module is bundled into the build's own folder.
const require = createRequire(`${process.cwd()}/`);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Atkinson Hyperlegible', data: font(400), weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: font(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

// The light theme's tokens (src/styles/tokens.css); a preview sits on a chat app's own background.
const C = { bg: '#fbfaf7', fg: '#1d1c1a', muted: '#55524b', accent: '#0b5d59', soft: '#dff0ee', border: '#d9d5cb' };

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export interface OgCard {
  /** Large text: the guide title (or the site's tagline). */
  title: string;
  /** Small label above the title, e.g. the assistant's name. */
  kicker?: string | undefined;
  /** Line at the bottom, e.g. "Verified 27 November 2026". */
  footer?: string | undefined;
}

/** Title size steps down for long titles so every title fits in at most three lines. */
function titleSize(title: string): number {
  if (title.length <= 32) return 80;
  if (title.length <= 50) return 70;
  return 60;
}

/**
 * Rendering costs about 115 ms of CPU per image, so finished PNGs are kept in the build
 * cache (node_modules/.astro/og-images/, or OTR_CACHE_DIR), keyed by the card's text and this file's
 * own source, so a design change or a retitled guide renders anew. A cold build (CI) renders all.
 */
let ownSource: Buffer | string | undefined;

export async function renderOgImage(card: OgCard, siteName: string): Promise<Buffer> {
  const dir = join(process.env.OTR_CACHE_DIR ?? 'node_modules/.astro', 'og-images');
  // Read once per build, not once per image.
  const self = (ownSource ??= existsSync('src/lib/og-image.ts') ? readFileSync('src/lib/og-image.ts') : '');
  const key = createHash('sha256')
    .update(self)
    .update(JSON.stringify([card, siteName]))
    .digest('hex')
    .slice(0, 24);
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawOgImage(card, siteName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, png);
  return png;
}

async function drawOgImage(card: OgCard, siteName: string): Promise<Buffer> {
  const [first, ...rest] = siteName.split(' ');
  const lastWord = rest.pop() ?? '';
  const tree = h(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: C.bg,
      color: C.fg,
      fontFamily: 'Atkinson Hyperlegible',
      borderTop: `18px solid ${C.accent}`,
    },
    [
      h('div', { display: 'flex', fontSize: 40, fontWeight: 700, letterSpacing: -0.5 }, [
        h('span', {}, `${[first, ...rest].join(' ')} `),
        h('span', { color: C.accent, marginLeft: 12 }, lastWord),
      ]),
      h('div', { display: 'flex', flexDirection: 'column' }, [
        ...(card.kicker
          ? [
              h('div', { display: 'flex', marginBottom: 20 }, [
                h(
                  'span',
                  { fontSize: 34, fontWeight: 700, color: C.accent, background: C.soft, padding: '6px 22px', borderRadius: 999 },
                  card.kicker,
                ),
              ]),
            ]
          : []),
        h(
          'div',
          {
            display: 'flex',
            fontSize: titleSize(card.title),
            fontWeight: 700,
            lineHeight: 1.1,
            letterSpacing: -1,
            maxHeight: 3 * 1.1 * titleSize(card.title) + 8,
            overflow: 'hidden',
          },
          card.title,
        ),
      ]),
      h('div', { display: 'flex', fontSize: 36, color: C.muted, borderTop: `2px solid ${C.border}`, paddingTop: 24 }, card.footer ?? ''),
    ],
  );
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
