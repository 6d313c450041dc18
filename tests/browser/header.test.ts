// The header holds still while a page arrives, even when a slow, busy phone parses it in pieces:
// with the CPU slowed 20× Chromium used to paint half a header, and the right-aligned nav jumped as
// the rest arrived (BaseLayout's rel="expect" link holds the first paint until <main> is reached).
// /search/ is the longest page to parse; two loads per width, because the paint timing varies.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('on a 20× slower CPU, nothing in the header moves while /search/ arrives (390 and 1280 px)', async () => {
  const moved: string[] = [];
  for (const width of [390, 1280]) {
    for (let load = 1; load <= 2; load++) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript(() => {
        const w = window as unknown as { headerShifts: string[] };
        w.headerShifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { sources?: { node?: Node }[] }[])
            for (const s of e.sources ?? [])
              if ((s.node as Element | undefined)?.closest?.('.site-header')) w.headerShifts.push((s.node as Element).className);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      await page.goto(new URL('/search/', baseURL()).href, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { headerShifts: string[] }).headerShifts);
      if (shifts.length) moved.push(`${width} px, load ${load}: ${shifts.join(', ')}`);
      await context.close();
    }
  }
  expect(moved).toEqual([]);
});
