// Screenshots and illustrations in Chromium, on a fixture guide built with the real layouts:
// the zoom dialog by mouse and keyboard, focus return, light dismiss, the dialog code loading
// only on first use, the dark capture, served sizes, and axe with the dialog open.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../helpers/browser';
import { startStaticServer } from '../helpers/server';
import { BASE, MEDIA_GUIDE_ROUTE, fixtureSite } from '../helpers/fixture-site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // The fixture site (tests/helpers/fixture-site.ts): built by the fixtures project, or here.
  server = await startStaticServer(fixtureSite().outDir, BASE);
  browser = await launch();
  // axe needs a page from browser.newContext() (browser.newPage() is refused).
  context = await browser.newContext({ viewport: { width: 1100, height: 850 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

// The server's URL ends with the base path, without its slash.
const guideURL = () => `${server.url}${MEDIA_GUIDE_ROUTE}`;

async function open(): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(guideURL(), { waitUntil: 'load' });
  return { page, requests };
}

const triggers = (page: Page) => page.locator('[data-media-zoom]');
const dialogs = (page: Page) => page.locator('dialog[open]');
/** Index of the focused zoom trigger, or -1. */
const focusedTrigger = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-media-zoom]')].indexOf(document.activeElement!));
const waitOpen = (page: Page, n: number) => expect.poll(() => dialogs(page).count()).toBe(n);

describe('zoom dialog', () => {
  it('loads its code only on first use', async () => {
    const { page, requests } = await open();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('zoom-dialog'))).toEqual([]);
    await triggers(page).nth(1).click();
    await waitOpen(page, 1);
    expect(requests.filter((u) => u.includes('zoom-dialog'))).toHaveLength(1);
    await page.close();
  });

  it('mouse: a click opens the illustration large; Esc closes it and focus returns', async () => {
    const { page } = await open();
    const inline = await triggers(page).nth(1).locator('svg').boundingBox();
    await triggers(page).nth(1).click();
    await waitOpen(page, 1);
    expect(await dialogs(page).getAttribute('aria-label')).toMatch(/^Enlarged illustration: Drawing of the ChatGPT Settings/);
    const large = await dialogs(page).locator('svg').boundingBox();
    expect(large!.width).toBeGreaterThan(inline!.width);
    await page.keyboard.press('Escape');
    await waitOpen(page, 0);
    // The dialog's "close" event (which returns focus) fires a task after it stops being open.
    await expect.poll(() => focusedTrigger(page)).toBe(1);
    await page.close();
  });

  it('mouse: a click outside closes it, a click on the image does not, Close does', async () => {
    const { page } = await open();
    await triggers(page).first().click();
    await waitOpen(page, 1);
    await page.mouse.click(3, 3); // the backdrop
    await waitOpen(page, 0);
    // The dialog's "close" event (which returns focus) fires a task after it stops being open.
    await expect.poll(() => focusedTrigger(page)).toBe(0);

    await triggers(page).first().click();
    await waitOpen(page, 1);
    await dialogs(page).locator('img').click();
    expect(await dialogs(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Close' }).click();
    await waitOpen(page, 0);
    // The dialog's "close" event (which returns focus) fires a task after it stops being open.
    await expect.poll(() => focusedTrigger(page)).toBe(0);
    await page.close();
  });

  it('keyboard: Enter and Space open it, focus moves to Close and comes back', async () => {
    const { page } = await open();
    await triggers(page).first().focus();
    await page.keyboard.press('Enter');
    await waitOpen(page, 1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Enter');
    await waitOpen(page, 0);
    // The dialog's "close" event (which returns focus) fires a task after it stops being open.
    await expect.poll(() => focusedTrigger(page)).toBe(0);

    await triggers(page).nth(1).focus();
    await page.keyboard.press('Space');
    await waitOpen(page, 1);
    // The page behind a modal dialog is inert: Tab never lands on it (it may leave for the
    // browser's own controls, as native modal dialogs do).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main, header, footer'))).toBe(false);
    await page.keyboard.press('Escape');
    await waitOpen(page, 0);
    // The dialog's "close" event (which returns focus) fires a task after it stops being open.
    await expect.poll(() => focusedTrigger(page)).toBe(1);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('axe finds nothing with the dialog open (%s theme)', async (theme) => {
    const ctx = await browser.newContext({ colorScheme: theme, viewport: { width: 1100, height: 850 } });
    const page = await ctx.newPage();
    await page.goto(guideURL(), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    for (const index of [0, 1]) {
      await triggers(page).nth(index).click();
      await waitOpen(page, 1);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await waitOpen(page, 0);
    }
    await ctx.close();
  });
});

describe('illustration colours', () => {
  it.each(['light', 'dark'] as const)('text in the drawings meets WCAG AA contrast (%s theme)', async (theme) => {
    const ctx = await browser.newContext({ colorScheme: theme });
    const page = await ctx.newPage();
    await page.goto(guideURL(), { waitUntil: 'load' });
    // Computed fills of each kind of shape that text sits on, and of the text itself.
    const fills = await page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      const rgb = (el: Element | null) => {
        if (!el) return null;
        canvas.fillStyle = '#000';
        canvas.fillStyle = getComputedStyle(el).fill;
        canvas.fillRect(0, 0, 1, 1);
        return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const svg = document.querySelector('svg.ill-svg')!;
      const one = (cls: string) => rgb(svg.querySelector(`.${cls}`));
      return {
        text: one('i-text'),
        number: one('i-callout-num'),
        dot: one('i-callout-dot'),
        // i-side: labels in a side bar ("New chat", "Settings & help" in the Gemini drawings).
        grounds: ['i-screen', 'i-panel', 'i-sel', 'i-btn', 'i-field', 'i-side'].map((cls) => [cls, one(cls)] as const),
      };
    });
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const [cls, ground] of fills.grounds) {
      expect(ground, cls).toBeTruthy();
      expect(contrast(fills.text!, ground!), `text on ${cls}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(fills.number!, fills.dot!), 'callout number').toBeGreaterThanOrEqual(4.5);
    await ctx.close();
  });
});

describe('screenshot on the page', () => {
  it('shows the dark capture in the dark theme only', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme: theme });
      const page = await ctx.newPage();
      await page.goto(guideURL(), { waitUntil: 'load' });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.media-figure--screenshot picture')]
          .filter((p) => getComputedStyle(p).display !== 'none')
          .map((p) => p.className),
      );
      expect(shown).toEqual([`media-shot--${theme}`]);
      await ctx.close();
    }
  });

  it.each([
    [390, 1],
    [390, 3],
    [1280, 1],
    [1280, 2],
  ])('at %ipx wide and DPR %i, no image file is wider than 2x its display width', async (width, dpr) => {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: dpr });
    const page = await ctx.newPage();
    await page.goto(guideURL(), { waitUntil: 'load' });
    await page.evaluate(() => Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => {})))));
    const sizes = await page.evaluate(() =>
      [...document.images]
        .filter((img) => img.clientWidth > 0)
        .map((img) => ({ src: img.currentSrc, natural: img.naturalWidth, display: img.clientWidth })),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) expect(s.natural, s.src).toBeLessThanOrEqual(s.display * 2);
    await ctx.close();
  });
});
