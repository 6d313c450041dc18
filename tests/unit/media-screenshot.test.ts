// <Screenshot>: props validation and generated markup, via Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import Screenshot from '../../src/components/media/Screenshot.astro';
import TwoShots from '../fixtures/media/TwoShots.astro';
import { checkScreenshotProps, screenshotLayout } from '../../src/components/media/screenshot';
// The one sample capture lives only in the test fixtures; the site has no fake captures.
import sample from '../fixtures/media/sample-capture.png';
import sampleDark from '../fixtures/media/sample-capture-dark.png';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const base = {
  src: sample,
  alt: 'Test page with a heading and four grey bars',
  caption: 'A sample capture.',
  platform: 'web',
  captured: '2026-11-27',
};
const render = async (props: Record<string, unknown>) =>
  fromHtml(await container.renderToString(Screenshot, { props: { ...base, ...props } }), { fragment: true });

/** Widths listed in a srcset attribute. */
const candidates = (srcset: unknown) =>
  String(srcset)
    .split(',')
    .map((c) => Number(/\s(\d+)w$/.exec(c.trim())?.[1]));

describe('<Screenshot> markup', () => {
  test('img has alt, width, height, srcset and sizes; AVIF and WebP sources come first', async () => {
    const tree = await render({});
    const img = select('picture img', tree)!;
    expect(img.properties.alt).toBe(base.alt);
    expect(img.properties.width).toBe(640);
    expect(img.properties.height).toBe(400);
    expect(img.properties.srcSet).toBeTruthy();
    expect(img.properties.sizes).toContain('640px');
    expect(img.properties.decoding).toBe('async');
    const types = selectAll('picture source', tree).map((s) => s.properties.type);
    expect(types).toEqual(['image/avif', 'image/webp']);
  });

  test('no candidate is wider than twice the display width', async () => {
    for (const [platform, width] of [
      ['web', undefined],
      ['ios', undefined],
      ['web', 200],
    ] as const) {
      const tree = await render({ platform, width });
      const img = select('picture img', tree)!;
      const display = Number(img.properties.width);
      for (const source of [...selectAll('picture source', tree), img]) {
        for (const w of candidates(source.properties.srcSet)) expect(w).toBeLessThanOrEqual(display * 2);
      }
    }
  });

  test('the first screenshot on a page is eager, later ones lazy; priority is eager and high', async () => {
    const page = fromHtml(await container.renderToString(TwoShots), { fragment: true });
    expect(selectAll('img', page).map((img) => img.properties.loading)).toEqual(['eager', 'lazy']);
    const eager = select('img', await render({ priority: true }))!;
    expect(eager.properties.loading).toBe('eager');
    expect(eager.properties.fetchPriority).toBe('high');
  });

  test('caption shows platform, capture date and app version', async () => {
    const tree = await render({ platform: 'ios', captured: '2026-11-20', appVersion: '1.2026.320', width: 320 });
    const caption = toString(select('figcaption', tree)!);
    expect(caption).toContain('A sample capture.');
    expect(caption).toContain('iPhone & iPad');
    expect(caption).toContain('captured 2026-11-20');
    expect(caption).toContain('app version 1.2026.320');
  });

  test('a dark variant is a second, lazy picture chosen by the theme', async () => {
    const tree = await render({ dark: sampleDark, priority: true });
    expect(select('figure', tree)!.properties.className).toContain('media-figure--has-dark');
    const pictures = selectAll('picture', tree);
    expect(pictures.map((p) => p.properties.className)).toEqual([['media-shot--light'], ['media-shot--dark']]);
    const imgs = selectAll('img', tree);
    expect(imgs[1].properties.alt).toBe(base.alt);
    expect(imgs[1].properties.loading).toBe('lazy');
    expect(imgs[1].properties.width).toBe(imgs[0].properties.width);
  });

  test('opens in the zoom dialog: the image sits in a button', async () => {
    const tree = await render({});
    expect(select('figure > button[type=button][data-media-zoom] picture img', tree)).toBeTruthy();
  });
});

describe('<Screenshot> props fail the build', () => {
  test.each([
    [{ alt: '' }, /`alt` is required .*sample-capture/],
    [{ alt: '   ' }, /`alt` is required .*sample-capture/],
    [{ alt: undefined }, /`alt` is required .*sample-capture/],
    [{ caption: '' }, /`caption` is required/],
    [{ platform: 'linux' }, /`platform` must be one of web, ios, android, macos, windows/],
    [{ platform: undefined }, /`platform` must be one of/],
    [{ captured: '27/11/2026' }, /`captured` must be a date written YYYY-MM-DD/],
    [{ captured: '2999-01-01' }, /in the future/],
    [{ src: '/images/shot.png' }, /`src` must be an imported local image/],
    [{ appVersion: '' }, /`appVersion` must be a non-empty string/],
    [{ width: -5 }, /`width` must be a positive number/],
    [{ darkAlt: 'x' }, /unknown prop `darkAlt`. Allowed: src, alt, caption/],
  ])('%o', async (props, message) => {
    await expect(container.renderToString(Screenshot, { props: { ...base, ...props } })).rejects.toThrow(message);
  });

  test('a dark image of another shape is refused', () => {
    const other = { ...sampleDark, width: 400, height: 400 };
    expect(() => checkScreenshotProps({ ...base, dark: other })).toThrow(/same shape/);
  });
});

describe('screenshotLayout', () => {
  test('never upscales and stays within 2x', () => {
    const phone = { src: 'x.png', width: 1179, height: 2556, format: 'png' } as const;
    const l = screenshotLayout(phone as never, 'ios');
    expect(l.width).toBe(320);
    expect(l.height).toBe(Math.round((320 * 2556) / 1179));
    expect(Math.max(...l.widths)).toBe(640);
    const small = screenshotLayout({ ...phone, width: 300, height: 200 } as never, 'web');
    expect(small.width).toBe(300);
    expect(small.widths).toEqual([300]);
  });
});
