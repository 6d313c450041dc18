import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tests/helpers/server.ts';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
const s = await startStaticServer(process.env.DIST ?? 'dist'); // DIST: another build, e.g. a scratch content folder's
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const [path = '/chatgpt/stop-training/', out = '/tmp/shot'] = process.argv.slice(2);
for (const scheme of ['light', 'dark'] as const)
  for (const width of [390, 1280]) {
    const ctx = await b.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
    const p = await ctx.newPage();
    p.on('console', (m) => console.log('console', m.type(), m.text()));
    p.on('pageerror', (e) => console.log('pageerror', String(e)));
    if (process.env.SCROLL_TO) await p.setViewportSize({ width, height: 4000 });
    await p.goto(s.url + path);
    const clip = process.env.CLIP?.split(',').map(Number);
    await p.screenshot({
      path: `${out}-${scheme}-${width}.png`,
      fullPage: !clip,
      clip: clip ? { x: clip[0]!, y: clip[1]!, width: clip[2]!, height: clip[3]! } : undefined,
    });
    await ctx.close();
  }
await b.close();
await s.close();
