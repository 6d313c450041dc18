// npm run lighthouse: Lighthouse (mobile preset) against `astro preview` for the home page, the longest
// guide, an assistant page and /search/, three runs each; prints the median of each category score and
// of FCP, LCP, TBT and CLS. Needs a build (npm run build) and Chromium (CHROME_PATH or /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const PORT = 4329;
const RUNS = Number(process.env.LH_RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync('dist/index.html')) throw new Error('No build found: run "npm run build" first.');
if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath}: apt-get install -y chromium, or set CHROME_PATH.`);

/** The guide page with the most HTML: the "long guide". */
function longestGuide() {
  let best = { route: '', size: 0 };
  for (const assistant of readdirSync('dist')) {
    const dir = join('dist', assistant);
    if (!statSync(dir).isDirectory() || ['_astro', 'pagefind', 'search', 'about'].includes(assistant)) continue;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'index.html');
      if (existsSync(file) && readFileSync(file).length > best.size)
        best = { route: `/${assistant}/${slug}/`, size: readFileSync(file).length };
    }
  }
  return best.route;
}

// LH_PAGES=/checkup/,/search/ measures only those pages.
const pages = (process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : ['/', longestGuide(), '/chatgpt/', '/search/', '/checkup/']).filter(
  (p) => p && existsSync(join('dist', p, 'index.html')),
);

const preview = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
// Wait for the address astro preview actually serves on: when PORT is taken (another checkout running
// Lighthouse), it says "Port 4329 is in use" and moves to the next one, and measuring PORT then would
// measure someone else's build.
let origin = '';
let printed = '';
await new Promise((resolve, reject) => {
  preview.stdout.on('data', (d) => {
    printed += String(d);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stripVTControlCharacters(printed));
    if (url && !origin) {
      origin = url[0];
      resolve(undefined);
    }
  });
  preview.on('exit', (code) => reject(new Error(`astro preview exited (${code})`)));
});

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  for (const path of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories: c, audits: a } = result.lhr;
      runs.push({
        performance: c.performance.score * 100,
        accessibility: c.accessibility.score * 100,
        'best-practices': c['best-practices'].score * 100,
        seo: c.seo.score * 100,
        FCP: a['first-contentful-paint'].numericValue,
        LCP: a['largest-contentful-paint'].numericValue,
        TBT: a['total-blocking-time'].numericValue,
        CLS: a['cumulative-layout-shift'].numericValue,
        failed: Object.values(a)
          .filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary')
          .map((x) => x.id),
      });
    }
    const m = (k) => median(runs.map((r) => r[k]));
    rows.push({
      path,
      perf: m('performance'),
      a11y: m('accessibility'),
      bp: m('best-practices'),
      seo: m('seo'),
      fcp: m('FCP'),
      lcp: m('LCP'),
      tbt: m('TBT'),
      cls: m('CLS'),
      failed: [...new Set(runs.flatMap((r) => r.failed))],
    });
  }
} finally {
  chrome.kill();
  preview.kill();
}
console.log(`\nLighthouse ${RUNS} run(s) per page, mobile preset, medians\n`);
console.log('| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS |\n|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.path} | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.seo} | ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
}
for (const r of rows) if (r.failed.length) console.log(`${r.path}: audits not passed: ${r.failed.join(', ')}`);
