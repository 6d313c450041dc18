// Every built page, in both themes, has zero axe violations for WCAG 2.0–2.2 A and AA rules, and no
// console errors. One browser context per theme, reused across pages (axe needs a page from
// browser.newContext(), not browser.newPage()).
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch } from '../helpers/browser';
import { builtPages } from '../helpers/dist';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const routes = builtPages().map((p) => p.route);
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: theme });
    page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  afterAll(async () => { await context?.close(); });

  it.each(routes)('%s has no violations and no console errors', async (route) => {
    errors.length = 0;
    await page.goto(new URL(route, baseURL()).href, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    // The 404 page legitimately logs its own 404 status.
    const real = route === '/404' ? errors.filter((m) => !m.includes('404')) : errors;
    expect(real).toEqual([]);
  });
});
