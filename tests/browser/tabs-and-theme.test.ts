// The reader's view in Chromium: platform tabs by keyboard and mouse, the remembered platform across
// pages, and the theme toggle without a flash of the wrong theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../helpers/browser';

const GUIDE = '/chatgpt/stop-training/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('platform tabs', () => {
  it('switch by mouse and by arrow keys, following the ARIA tabs pattern', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, GUIDE);
    const tabs = page.locator('platform-tabs').first().getByRole('tab');
    await expect.poll(() => tabs.nth(0).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true'); // first call on a cold browser can take over 1 s on a loaded machine
    const firstPanel = page.locator('platform-tabs').first().getByRole('tabpanel');
    expect(await firstPanel.count()).toBe(1); // hidden panels leave the accessibility tree
    await tabs.nth(1).click();
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#mobile-step-1').isVisible()).toBe(true);
    expect(await page.locator('#web-step-1').isVisible()).toBe(false);
    await page.keyboard.press('ArrowLeft');
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
    // Focus follows: the first tab (its label is the platforms it covers, e.g. "Web and Mac").
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await tabs.nth(0).textContent());
    expect(await tabs.nth(0).textContent()).toMatch(/^Web/);
    await page.keyboard.press('End');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    expect(problems).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });

  it('remember the chosen platform on the next page and the next visit', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, GUIDE);
    await page
      .locator('platform-tabs')
      .first()
      .getByRole('tab', { name: /Android/ })
      .click();
    expect(await page.evaluate(() => localStorage.getItem('otr-platform'))).toBe('ios');
    const second = await context.newPage();
    await second.goto(page.url());
    // Before any script beyond the inline one runs, CSS already shows the remembered panel.
    expect(await second.locator('#mobile-step-1').isVisible()).toBe(true);
    expect(await second.locator('platform-tabs').first().getByRole('tab', { selected: true }).textContent()).toMatch(/Android/);
    await context.close();
  });

  it('open the right panel when a link points at a step inside a hidden one', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${GUIDE}#mobile-step-2`);
    expect(await page.locator('#mobile-step-2').isVisible()).toBe(true);
    await context.close();
  });

  it('show every panel with its heading when JavaScript is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const { page: p } = await openPage(noJs, GUIDE);
    expect(await p.locator('#web-step-1').isVisible()).toBe(true);
    expect(await p.locator('#mobile-step-1').isVisible()).toBe(true);
    expect(await p.locator('.tab-heading').first().isVisible()).toBe(true);
    expect(await p.locator('[role=tablist]').first().isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('theme', () => {
  it('follows the system, toggles, and is remembered without a flash', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const { page, problems } = await openPage(context, '/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const button = page.getByRole('button', { name: 'Dark theme' });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('otr-theme'))).toBe('light');
    // Next page: record the theme at the very first moment the document exists.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme: string | undefined }).firstTheme = document.documentElement.dataset.theme;
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(new URL(GUIDE, page.url()).href);
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('light');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(20, 21, 19)');
    expect(problems).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });
});
