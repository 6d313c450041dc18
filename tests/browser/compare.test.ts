// The comparison page in Chromium: sorting, filters, the phone layout, the page without JavaScript,
// and axe on the enhanced page (with a filter on, so the tools are checked too).
import { FACTS } from '../../src/data/comparison';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../helpers/browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: Page) =>
  page.locator('table.compare-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.assistant));

describe('/compare/ sorting', () => {
  it('sorts by a column header, reverses on a second press, and keeps "Not documented" last', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, '/compare/');
    // The column under test is one that has a "Not documented" cell and at least two other values,
    // whichever that is in today's data (a fixed column breaks when its last gap is filled).
    const column = await page.locator('tbody tr td[data-fact]').evaluateAll((tds) => {
      const byFact = new Map<string, string[]>();
      for (const td of tds as HTMLElement[]) byFact.set(td.dataset.fact!, [...(byFact.get(td.dataset.fact!) ?? []), td.dataset.sort ?? '']);
      return [...byFact].find(([, values]) => values.includes('') && new Set(values.filter((v) => v !== '')).size >= 2)?.[0];
    });
    expect(column, 'no column has both a "Not documented" cell and two other values').toBeDefined();
    const header = page.locator(`thead th[data-column="${column}"]`);
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const cells = () =>
      page.locator(`tbody tr td[data-fact="${column}"]`).evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.sort));
    const asc = await cells();
    const documented = asc.filter((v) => v !== '');
    expect(documented.map(Number)).toEqual([...documented].map(Number).sort((a, b) => a - b));
    expect(asc.slice(documented.length).every((v) => v === '')).toBe(true);

    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const desc = await cells();
    expect(desc.filter((v) => v !== '').map(Number)).toEqual([...documented].map(Number).sort((a, b) => b - a));
    expect(desc.at(-1)).toBe('');
    expect(await page.locator('thead th[aria-sort]').count()).toBe(1);

    await page.getByLabel('Sort by').selectOption('name');
    const names = await page.locator('tbody th[scope=row] a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(await page.locator('thead th[data-column="name"]').getAttribute('aria-sort')).toBe('ascending');
    expect(problems).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });
});

describe('/compare/ filters', () => {
  it('hide rows that do not match, say how many are shown, and combine', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, '/compare/');
    expect(await visibleRows(page)).toHaveLength(9);

    await page.getByLabel('Has a temporary mode').check();
    const withTemporary = await visibleRows(page);
    expect(withTemporary).toEqual(expect.arrayContaining(['chatgpt', 'claude', 'gemini']));
    expect(withTemporary).not.toContain('deepseek');
    const partly: string[] = [];
    for (const id of withTemporary) {
      const answer = await page.locator(`tr[data-assistant="${id}"] td[data-fact="temporaryMode"]`).getAttribute('data-answer');
      expect(['yes', 'partly']).toContain(answer);
      if (answer === 'partly') partly.push((await page.locator(`tr[data-assistant="${id}"]`).getAttribute('data-name'))!);
    }
    // Rows that match only through a "partly" answer are named, so the count does not overstate.
    const note = partly.length ? ` Only partly: ${partly.join(', ')}. Read the marked answer.` : '';
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`Showing ${withTemporary.length} of 9 assistants.${note}`);

    await page.getByLabel('Memory off by default').check();
    const both = await visibleRows(page);
    expect(both.length).toBeLessThanOrEqual(withTemporary.length);
    if (both.length === 0) {
      expect(await page.locator('[data-empty]').isVisible()).toBe(true);
      expect(await page.locator('table.compare-table').isVisible()).toBe(false);
    }

    await page.getByLabel('Memory off by default').uncheck();
    await page.getByLabel('Has a temporary mode').uncheck();
    expect(await visibleRows(page)).toHaveLength(9);
    expect(await page.getByRole('status').first().textContent()).toBe('Showing all 9 assistants.');
    await context.close();
  });

  it('each filter on its own shows at least one assistant (none is a dead end)', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, '/compare/');
    const boxes = page.locator('[data-tools] input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) {
      await box.check();
      expect((await visibleRows(page)).length, (await box.getAttribute('value'))!).toBeGreaterThan(0);
      await box.uncheck();
    }
    await context.close();
  });

  it('"Training off by default, or only partly" marks an assistant that matches only partly', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, '/compare/');
    await page.getByLabel('Training off by default, or only partly').check();
    const shown = await visibleRows(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) {
      const cell = page.locator(`tr[data-assistant="${id}"] td[data-fact="training"]`);
      const answer = await cell.getAttribute('data-answer');
      expect(['no', 'partly']).toContain(answer);
      // A partial match says so in the cell, and the status names it.
      expect(await cell.getAttribute('data-partly'), id).toBe(answer === 'partly' ? '' : null);
    }
    const partly = await page.locator('tr:not([hidden]) td[data-partly]').count();
    if (partly > 0) {
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Only partly: Claude.');
    }
    await page.getByLabel('Training off by default, or only partly').uncheck();
    expect(await page.locator('td[data-partly]').count()).toBe(0);
    await context.close();
  });
});

describe('/compare/ layout', () => {
  it('shows a card per assistant at 390 px, with every answer labelled and no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page } = await openPage(context, '/compare/');
    expect(await page.locator('thead').isVisible()).toBe(false);
    const label = page.locator('tbody tr').first().locator('.cell-label').first();
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toBe('Trains on your chats by default');
    const card = await page.locator('tbody tr').first().boundingBox();
    expect(card!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The tools start folded so the cards come first; the sort control headers give on wide
    // screens is in there.
    expect(await page.getByLabel('Sort by').isVisible()).toBe(false);
    await page.getByText('Sort and filter').click();
    expect(await page.getByLabel('Sort by').isVisible()).toBe(true);
    await context.close();
  });

  it('is a plain, complete table without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context, '/compare/');
    expect(await page.locator('[data-tools]').isVisible()).toBe(false);
    expect(await page.locator('tbody tr').count()).toBe(9);
    expect(await page.locator('tbody td').count()).toBe(9 * FACTS.length);
    expect(await page.locator('thead button').count()).toBe(0);
    await context.close();
  });

  // The page is large (9 × 8 cells), so axe gets more time than the default on this shared machine.
  it.each([390, 1280])(
    'has no axe violations once enhanced, at %i px',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const { page } = await openPage(context, '/compare/');
      if (width < 640) await page.getByText('Sort and filter').click();
      await page.getByLabel('Has a temporary mode').check();
      await page.getByLabel('Sort by').selectOption('retention');
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
