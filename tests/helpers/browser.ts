// Launches Debian's Chromium through playwright-core with the flags this machine needs (no sandbox as
// root; no background networking, which the closed network would refuse).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function baseURL(): string {
  return inject('baseURL');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

export interface PageProblems {
  console: string[];
  pageErrors: string[];
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(
  context: BrowserContext,
  path: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { console: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
  return { page, problems };
}
