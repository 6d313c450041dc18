import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tests/helpers/server.ts';
const s = await startStaticServer('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [path, out, scheme = 'light', width = '390'] = process.argv.slice(2);
const ctx = await b.newContext({ colorScheme: scheme as 'light', viewport: { width: Number(width), height: 900 } });
const p = await ctx.newPage();
await p.goto(s.url + path);
// show every tab panel so drawings in hidden tabs are visible too
const figs = p.locator('figure.media-figure--illustration');
const n = await figs.count();
for (let i = 0; i < n; i++) {
  const f = figs.nth(i);
  if (!(await f.isVisible())) { console.log('hidden', i); continue; }
  await f.scrollIntoViewIfNeeded();
  await f.screenshot({ path: `${out}-${i}.png` });
  console.log('wrote', `${out}-${i}.png`);
}
await b.close(); await s.close();
