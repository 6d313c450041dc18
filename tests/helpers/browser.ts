// The browser project's one Chromium (started by tests/setup/browser.ts): each test file connects to
// it and works in its own contexts; closing the connection leaves the browser to the other files.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { availableParallelism } from 'node:os';
import { inject } from 'vitest';

export function baseURL(): string {
  return inject('baseURL');
}

export async function launch(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

export interface PageProblems {
  console: string[];
  pageErrors: string[];
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { console: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  return { page, problems };
}

/** As many pages at once as the machine has cores: Chromium renders each in its own process. */
export const PAGES_AT_ONCE = availableParallelism();

/** Runs `work` on every item, `PAGES_AT_ONCE` at a time, each lane with its own state (e.g. a page). */
export async function inLanes<T, L>(
  items: readonly T[],
  openLane: () => Promise<L>,
  work: (lane: L, item: T) => Promise<void>,
): Promise<L[]> {
  const queue = [...items];
  const lanes = await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, items.length) }, openLane));
  await Promise.all(
    lanes.map(async (lane) => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(lane, item);
    }),
  );
  return lanes;
}
