// axe (WCAG 2.0–2.2 A and AA rules) and no console errors: every built page in the light theme, and
// in the dark theme one page of each template: each kind of page, and guide pages that together
// show every kind of element any guide has (the dark theme changes colours, not structure, so one
// instance of each element in dark catches its contrast problems); the dark pass runs at 390 px, a
// phone's width, and every pass fails a page that scrolls sideways. Pages are checked several at a time
// (tests/helpers/browser.ts); each test lists every page that fails. axe needs a page from
// browser.newContext(), not browser.newPage(). The search dialog, zoom dialog, /compare/ tools and
// checklist states are checked with axe in their own test files.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, inLanes, launch } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { darkThemeRoutes, templateOf } from '../helpers/templates';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function axeProblems(theme: 'light' | 'dark', routes: string[], width = 1280): Promise<string[]> {
  const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
  const problems: string[] = [];
  try {
    await inLanes(
      routes,
      async () => {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(String(e)));
        return { page, errors };
      },
      async ({ page, errors }: { page: Page; errors: string[] }, route) => {
        errors.length = 0;
        await page.goto(new URL(route, baseURL()).href, { waitUntil: 'load' });
        const shown = await page.evaluate(() => document.documentElement.dataset.theme);
        if (shown !== theme) problems.push(`${route}: shows the ${shown} theme`);
        // WCAG reflow: the page never scrolls sideways (a wide table scrolls inside its own region).
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (sideways > 0) problems.push(`${route}: at ${width} px the page scrolls sideways by ${sideways} px`);
        // Only violations are needed: axe then skips the node details of passes and the rest.
        const results = await new AxeBuilder({ page })
          .withTags(TAGS)
          .options({ resultTypes: ['violations'] })
          .analyze();
        for (const v of results.violations) problems.push(`${route}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        // The 404 page legitimately logs its own 404 status.
        for (const e of route === '/404' ? errors.filter((m) => !m.includes('404')) : errors) problems.push(`${route}: console: ${e}`);
      },
    );
  } finally {
    await context.close();
  }
  return problems.sort();
}

describe('axe', () => {
  const pages = builtPages();

  it('every page, light theme: no violations and no console errors', async () => {
    expect(
      await axeProblems(
        'light',
        pages.map((p) => p.route),
      ),
    ).toEqual([]);
  }, 900_000);

  it('one page of each template, dark theme at 390 px: no violations, no console errors, no sideways scroll', async () => {
    const routes = darkThemeRoutes(pages);
    console.log(`axe, dark theme: ${routes.length} of ${pages.length} pages: ${routes.join(' ')}`);
    expect(routes.length).toBeGreaterThanOrEqual(new Set(pages.map(templateOf)).size);
    expect(await axeProblems('dark', routes, 390)).toEqual([]);
  }, 600_000);
});
