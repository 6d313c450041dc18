// Sharing in Chromium: Copy link (page, heading, step) writes the right URL to the clipboard and says
// so; a #step link lands on that step (also inside a hidden tab) without a layout shift; Share shows
// only where navigator.share exists; print shows every platform and no buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, openPage } from '../helpers/browser';

const GUIDE = '/chatgpt/stop-training/';
// The machine is shared and slow at times: give scripts and smooth scrolling time to finish.
const POLL = { timeout: 10_000, interval: 100 };
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function clipboardContext(): Promise<BrowserContext> {
  return browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('share-tools [role=status]');
const pageUrl = () => new URL(GUIDE, baseURL()).href;

/** Sum of layout-shift scores since the page started (buffered), excluding shifts after input. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 800);
      }),
  );

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && r.height > 0;
  });

describe('copy link', () => {
  it('copies the guide URL and announces it visibly', async () => {
    const context = await clipboardContext();
    const { page, problems } = await openPage(context, `${GUIDE}?utm_source=chat`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboard(page), POLL).toBe(pageUrl());
    await expect.poll(() => status(page).textContent(), POLL).toBe('Link to this guide copied');
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    expect(await status(page).evaluate((el) => getComputedStyle(el).opacity)).not.toBe('0');
    expect(problems).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });

  it('a step # link jumps to the step and copies its URL with the fragment', async () => {
    const context = await clipboardContext();
    const { page } = await openPage(context, GUIDE);
    await page.locator('#web-step-3 a.step-anchor').click();
    await expect.poll(() => clipboard(page), POLL).toBe(`${pageUrl()}#web-step-3`);
    expect(new URL(page.url()).hash).toBe('#web-step-3');
    await expect.poll(() => status(page).textContent(), POLL).toBe('Link to step 3 copied');
    await context.close();
  });

  it('a heading # link copies the URL of that section', async () => {
    const context = await clipboardContext();
    const { page } = await openPage(context, GUIDE);
    const anchor = page.locator('a.heading-anchor').first();
    const href = await anchor.getAttribute('href');
    await anchor.click();
    await expect.poll(() => clipboard(page), POLL).toBe(`${pageUrl()}${href}`);
    await expect.poll(() => status(page).textContent(), POLL).toMatch(/^Link to the section “.+” copied$/);
    await context.close();
  });

  it('without JavaScript the buttons are hidden and the # links are plain links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, GUIDE);
    expect(await page.locator('share-tools').isVisible()).toBe(false);
    await page.locator('#web-step-2 a.step-anchor').click();
    expect(new URL(page.url()).hash).toBe('#web-step-2');
    await context.close();
  });
});

describe('deep links', () => {
  it('#web-step-3 lands on that step, marks it, and nothing shifts', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
    const { page, problems } = await openPage(context, `${GUIDE}#web-step-3`);
    await expect.poll(() => inViewport(page, '#web-step-3'), POLL).toBe(true);
    expect(await page.locator('#web-step-3').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator('#web-step-3').evaluate((el) => getComputedStyle(el).animationName)).toBe('target-flash');
    expect(await layoutShift(page)).toBeLessThan(0.01);
    expect(problems).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });

  it('a step inside a hidden tab (#mobile-step-3) opens that tab and lands on it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, `${GUIDE}#mobile-step-3`);
    await expect.poll(() => page.locator('#mobile-step-3').isVisible(), POLL).toBe(true);
    await expect.poll(() => inViewport(page, '#mobile-step-3'), POLL).toBe(true);
    await context.close();
  });
});

describe('share', () => {
  it('is hidden where navigator.share is missing', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const { page } = await openPage(context, GUIDE);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await expect.poll(() => page.getByRole('button', { name: 'Copy link' }).isVisible(), POLL).toBe(true);
    expect(await page.locator('[data-share]').isVisible()).toBe(false);
    await context.close();
  });

  it('opens the system share sheet with the guide URL where navigator.share exists', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    const { page } = await openPage(context, `${GUIDE}#web-step-1`);
    const share = page.getByRole('button', { name: 'Share' });
    await expect.poll(() => share.isVisible(), POLL).toBe(true);
    await share.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared), POLL)
      .toEqual({
        title: 'Stop ChatGPT training on your chats',
        url: pageUrl(),
      });
    await context.close();
  });
});

describe('print', () => {
  it('prints every platform, no chrome or buttons, and the address of external links', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const { page } = await openPage(context, GUIDE);
    // With JavaScript on, the tabs hide every panel but one; print must show them all anyway.
    await expect.poll(() => page.locator('#mobile-step-1').isVisible(), POLL).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const sel of [
      '.site-header',
      '.site-footer',
      'share-tools',
      '.toc',
      '.tablist',
      'a.step-anchor',
      'a.heading-anchor',
      '.prev-next',
    ]) {
      const visible = await page.locator(sel).evaluateAll((els) => els.some((el) => el.getClientRects().length > 0));
      expect(visible, sel).toBe(false);
    }
    expect(await page.locator('#web-step-1').isVisible()).toBe(true);
    expect(await page.locator('#mobile-step-1').isVisible()).toBe(true);
    expect(await page.locator('.tab-heading').first().isVisible()).toBe(true);
    const after = await page
      .locator('.sources a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/\(https?:\/\//);
    // Dark theme on screen, but paper gets dark text on white.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.locator('.prose').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });
});
