// The task grid on each assistant page in Chromium at 390 px: the page itself never scrolls
// sideways, and a grid of up to three devices fits the screen, so a reader on a phone sees every
// column without scrolling the table (grids with more devices scroll inside their focusable region).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openPage, launch } from '../helpers/browser';
import { assistantIds } from '../../src/data/assistants';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('at 390 px every three-device grid fits the screen and no assistant page scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const rows: { assistant: string; devices: number; overflow: number; pageOverflow: number; focusable: boolean }[] = [];
  for (const assistant of assistantIds) {
    const { page } = await openPage(context, `/${assistant}/`);
    rows.push({
      assistant,
      ...(await page.evaluate(() => {
        const region = document.querySelector<HTMLElement>('.task-grid-scroll')!;
        return {
          devices: region.querySelectorAll('thead th').length - 1,
          overflow: region.scrollWidth - region.clientWidth,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          focusable: region.tabIndex === 0,
        };
      })),
    });
    await page.close();
  }
  await context.close();
  console.table(rows);
  expect(rows.filter((r) => r.pageOverflow > 0 || (r.devices <= 3 && r.overflow > 0) || (r.overflow > 0 && !r.focusable))).toEqual([]);
  // The check above means something only if most grids have three devices.
  expect(rows.filter((r) => r.devices <= 3).length).toBeGreaterThanOrEqual(5);
});
