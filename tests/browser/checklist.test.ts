// The start-here checklist in Chromium: tick, reload, still ticked, reset; one storage key; a plain
// list without JavaScript; axe clean with ticks in place.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../helpers/browser';
import { storageKeys } from '../../src/data/storage-keys';

const PAGE = '/claude/start-here/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('checklist', () => {
  it('keeps ticks across a reload, counts them politely, and resets', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, PAGE);
    const boxes = page.locator('otr-checklist').getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(3);
    const progress = page.locator('otr-checklist [role=status]');
    expect(await progress.textContent()).toBe(`0 of ${total} done`);

    // Each checkbox is named by its item's text.
    expect(await boxes.nth(1).getAttribute('aria-labelledby')).toBeTruthy();
    await page.getByRole('checkbox', { name: /Help Improve Claude/ }).check();
    await boxes.nth(0).check();
    expect(await progress.textContent()).toBe(`2 of ${total} done`);

    // One declared key, holding this checklist's ticks only.
    const stored = await page.evaluate(() => ({ ...localStorage }));
    const declared = storageKeys.map((k) => k.key as string);
    for (const key of Object.keys(stored)) expect(declared).toContain(key);
    expect(JSON.parse(stored['otr-checklist']!)).toEqual({
      claude: expect.arrayContaining(['claude-what-it-keeps', 'claude-stop-training']),
    });

    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Help Improve Claude/ }).isChecked()).toBe(true);
    expect(await progress.textContent()).toBe(`2 of ${total} done`);

    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('button', { name: 'Clear my ticks' }).click();
    expect(await boxes.evaluateAll((els) => els.filter((b) => (b as HTMLInputElement).checked).length)).toBe(0);
    expect(await progress.textContent()).toBe(`0 of ${total} done`);
    expect(await page.evaluate(() => localStorage.getItem('otr-checklist'))).toBeNull();
    await page.reload();
    expect(await boxes.evaluateAll((els) => els.filter((b) => (b as HTMLInputElement).checked).length)).toBe(0);
    expect(problems).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });

  it("keeps each assistant's ticks apart", async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, PAGE);
    await page.locator('otr-checklist').getByRole('checkbox').first().check();
    await page.goto(new URL('/gemini/start-here/', page.url()).href);
    expect(await page.locator('otr-checklist').getByRole('checkbox').first().isChecked()).toBe(false);
    await context.close();
  });

  it('prints the list with its boxes, without the buttons', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, PAGE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('otr-checklist').getByRole('checkbox').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print this checklist' }).isVisible()).toBe(false);
    await context.close();
  });

  it('is a plain list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, PAGE);
    expect(await page.locator('otr-checklist li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('otr-checklist input').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Clear my ticks' }).isVisible()).toBe(false);
    await context.close();
  });
});
