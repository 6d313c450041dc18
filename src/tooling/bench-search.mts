// Search benchmark (a script, not a test): `npm run bench:search`.
//
// 1. Writes a synthetic site of 1,000 guides (BENCH_GUIDES) outside content/ (tests/.tmp/bench/,
//    git-ignored), with the real frontmatter schema and the real MDX components, and text generated
//    from the words of the site's real guides (so word lengths and vocabulary look like ours).
// 2. Builds it with the real layouts (OTR_CONTENT_DIR), which also builds the Pagefind index.
// 3. Serves it the way a static host does (gzip for text types; Pagefind's index files and WASM are
//    already compressed and are sent as they are) and drives Chromium: opens a guide, opens the
//    search dialog with "/", and types 20 different queries.
// Prints: bytes transferred for the first query and for later ones, split by kind of file; the
// median time from the last keystroke to results rendered; index size on disk; index build time.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const GUIDES = Number(process.env.BENCH_GUIDES ?? 1000);
const ROOT = resolve('tests/.tmp/bench');
const CONTENT = join(ROOT, 'content');
const OUT = join(ROOT, 'dist');
const DEBOUNCE_MS = 200; // the debounce set on <pagefind-input> in src/scripts/search/dialog.ts
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// ---------- 1. synthetic guides ----------
const ASSISTANTS = ['chatgpt', 'claude', 'gemini', 'copilot', 'meta-ai', 'perplexity', 'grok', 'deepseek', 'le-chat'];
const NAMES: Record<string, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  copilot: 'Copilot',
  'meta-ai': 'Meta AI',
  perplexity: 'Perplexity',
  grok: 'Grok',
  deepseek: 'DeepSeek',
  'le-chat': 'Le Chat',
};
const TOPICS = [
  ['Stop {a} training on your chats', 'training', 'how-to'],
  ['Use a temporary chat in {a}', 'temporary', 'how-to'],
  ['See and delete {a} memory', 'memory', 'how-to'],
  ['Delete your {a} chats', 'delete-chats', 'how-to'],
  ['Download your {a} data', 'export', 'how-to'],
  ['Delete your {a} account', 'delete-account', 'how-to'],
  ['Find your {a} shared links', 'shared-links', 'how-to'],
  ['Why {a} keeps your chats', 'why', 'explainer'],
  ['What {a} keeps, and for how long', 'retention', 'reference'],
  ['Voice chats and recordings in {a}', 'voice', 'explainer'],
  ['Connected apps and {a}', 'apps', 'how-to'],
  ['{a} at work and school', 'work', 'explainer'],
] as const;
const PLATFORMS = ['web', 'ios', 'android', 'macos', 'windows'];

function seededRandom(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const rand = seededRandom(20261127);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** A bigram model of the real guides' prose, plus rare words (product names, numbers) for variety. */
function textModel() {
  const files = readdirSync('content/guides', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'));
  const text = files
    .map((f) => readFileSync(join('content/guides', f), 'utf8').replace(/^---[\s\S]*?---/, ''))
    .join(' ')
    .replace(/<[^>]+>|[#*`|>]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /^[\p{L}\p{N}'’.,()-]+$/u.test(w));
  const next = new Map<string, string[]>();
  for (let i = 0; i < words.length - 1; i++) {
    const list = next.get(words[i]!) ?? [];
    list.push(words[i + 1]!);
    next.set(words[i]!, list);
  }
  const rare = Array.from(
    { length: 4000 },
    (_, i) => `${pick(['model', 'plan', 'setting', 'toggle', 'region', 'policy', 'build'])}${(i * 7919) % 100000}`,
  );
  return (count: number) => {
    let w = pick(words);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      out.push(rand() < 0.03 ? pick(rare) : w);
      w = pick(next.get(w) ?? words);
    }
    const s = out.join(' ').replace(/\s+([.,])/g, '$1');
    return s.charAt(0).toUpperCase() + s.slice(1).replace(/[,]?$/, '.');
  };
}

function writeGuides() {
  rmSync(CONTENT, { recursive: true, force: true });
  const sentence = textModel();
  const para = (n: number) => Array.from({ length: n }, () => sentence(8 + Math.floor(rand() * 14))).join(' ');
  const perAssistant = Math.ceil(GUIDES / ASSISTANTS.length);
  let written = 0;
  for (const a of ASSISTANTS) {
    mkdirSync(join(CONTENT, 'guides', a), { recursive: true });
    for (let i = 1; i <= perAssistant && written < GUIDES; i++, written++) {
      const [titleT, slugT, kind] = TOPICS[(i - 1) % TOPICS.length]!;
      const title = `${titleT.replace('{a}', NAMES[a]!)} (${i})`.slice(0, 70);
      const platforms = PLATFORMS.filter((p, j) => j === 0 || rand() < 0.5);
      const headings = Array.from({ length: 4 + Math.floor(rand() * 3) }, () => sentence(3 + Math.floor(rand() * 3)).replace(/[.]$/, ''));
      const seen = new Set<string>();
      const body = headings
        .filter((h) => {
          const k = h.toLowerCase();
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        })
        .map((h, j) => {
          let section = `## ${h}\n\n${para(3 + Math.floor(rand() * 3))}\n\n${para(2 + Math.floor(rand() * 3))}\n`;
          if (j === 1)
            section += `\n<Steps name="s${j}">\n\n1. ${sentence(7)}\n2. ${sentence(9)}\n3. ${sentence(6)}\n\n</Steps>\n\n<SettingPath path="Settings > Data Controls > ${sentence(3).replace(/[.]$/, '')}" />\n`;
          if (j === 2) section += `\n<Aside type="note" title="Good to know">${sentence(14)}</Aside>\n`;
          return section;
        })
        .join('\n');
      const fm = [
        '---',
        `title: ${JSON.stringify(title)}`,
        `description: ${JSON.stringify(`${para(1)} ${sentence(10)}`.slice(0, 150).padEnd(60, ' x'))}`,
        `assistant: ${a}`,
        `kind: ${kind}`,
        `platforms: [${platforms.join(', ')}]`,
        'lastVerified: 2026-11-01',
        'published: 2026-11-01',
        `order: ${i}`,
        'sources:',
        '  - title: "Help Center"',
        '    url: "https://example.com/help"',
        '    publisher: "Example"',
        '---',
      ].join('\n');
      writeFileSync(join(CONTENT, 'guides', a, `${slugT}-${i}.mdx`), `${fm}\n\n${para(2)}\n\n${body}\n`);
    }
  }
  return written;
}

// ---------- 2. build ----------
function build() {
  rmSync(OUT, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build', '--outDir', OUT], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      OTR_CONTENT_DIR: CONTENT,
      OTR_CACHE_DIR: join(ROOT, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) {
    console.error(log.slice(-4000));
    throw new Error('bench build failed');
  }
  const indexMs = Number(/search index: .*? in (\d+) ms/.exec(log)?.[1] ?? NaN);
  return { seconds, indexMs };
}

function dirSize(dir: string, filter: (p: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = join(entry.parentPath, entry.name);
    if (entry.isFile() && filter(p)) total += statSync(p).size;
  }
  return total;
}

// ---------- 3. serve like a static host ----------
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};
function serve(dir: string) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = join(dir, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type);
    const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  return new Promise<{ url: string; close: () => void }>((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

function kindOf(path: string): string {
  if (path.startsWith('/_astro/')) return 'UI JS/CSS';
  if (/\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return 'Pagefind library + worker';
  if (path.endsWith('.pagefind')) return 'WASM';
  if (path.includes('/pagefind/index/')) return 'index chunks';
  if (path.includes('/pagefind/filter/')) return 'filter chunks';
  if (path.includes('/pagefind/fragment/')) return 'fragments';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'metadata';
  return 'other';
}
const KINDS = ['UI JS/CSS', 'Pagefind library + worker', 'WASM', 'metadata', 'index chunks', 'filter chunks', 'fragments', 'other'];

const QUERIES = [
  'training',
  'temporary chat',
  'delete account',
  'memory',
  'export data',
  'shared links',
  'voice recordings',
  'connected apps',
  'settings',
  'history',
  'privacy',
  'delete chats',
  'work account',
  'download',
  'turn off',
  'improve the model',
  'data controls',
  'archive',
  'sign in',
  'policy',
];

async function measure(siteUrl: string, guidePath: string) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let bucket: { path: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    const path = new URL(response.url()).pathname;
    const target = bucket;
    pending.push(
      response
        .request()
        .sizes()
        .then(
          (s) => {
            target.push({ path, bytes: s.responseBodySize + s.responseHeadersSize });
          },
          () => {
            target.push({ path, bytes: 0 });
          },
        ),
    );
  };
  context.on('response', onResponse);
  await page.goto(siteUrl + guidePath, { waitUntil: 'networkidle' });
  await Promise.all(pending.splice(0));
  const pageLoad = bucket.filter((r) => r.path.startsWith('/pagefind/'));
  bucket = [];

  await page.keyboard.press('/');
  const input = page.locator('pagefind-modal dialog[open] input[type="search"]');
  await input.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; rendered: number };
    w.lastKey = 0;
    w.rendered = 0;
    document.addEventListener(
      'keydown',
      () => {
        w.lastKey = performance.now();
        w.rendered = 0;
      },
      true,
    );
    new MutationObserver(() => {
      if (!w.rendered && w.lastKey && document.querySelector('pagefind-modal .pf-result-link')) w.rendered = performance.now();
    }).observe(document.body, { subtree: true, childList: true });
  });
  const perQuery: { query: string; bytes: { path: string; bytes: number }[]; ms: number }[] = [];
  for (const [i, query] of QUERIES.entries()) {
    // The first query counts everything fetched since the dialog opened (UI, library, WASM, …).
    if (i > 0) {
      await input.fill('');
      await page.waitForTimeout(DEBOUNCE_MS + 150);
      await page.waitForFunction(() => !document.querySelector('pagefind-modal .pf-result-link'));
      await Promise.all(pending.splice(0));
      bucket = [];
    }
    await page.evaluate(() => {
      (window as unknown as { rendered: number }).rendered = 0;
    });
    await input.pressSequentially(query, { delay: 40 });
    await page.waitForFunction(
      () => {
        const w = window as unknown as { lastKey: number; rendered: number };
        return w.rendered > w.lastKey;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
    const ms = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; rendered: number };
      return w.rendered - w.lastKey;
    });
    perQuery.push({ query, bytes: bucket, ms });
  }
  await browser.close();
  return { pageLoad, perQuery };
}

// ---------- run ----------
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// BENCH_SKIP_BUILD=1 measures the site built by the previous run again (the build takes minutes).
const reuse = process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(OUT, 'pagefind'));
let written: number;
let built = { seconds: NaN, indexMs: NaN };
if (reuse) {
  written = readdirSync(join(CONTENT, 'guides'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx')).length;
  console.log(`bench:search — measuring the existing build of ${written} guides in ${OUT}`);
} else {
  console.log(`bench:search — writing ${GUIDES} synthetic guides to ${CONTENT} …`);
  written = writeGuides();
  console.log(`building (astro build + Pagefind index) …`);
  built = build();
  writeFileSync(join(ROOT, 'build-times.json'), JSON.stringify(built));
}
if (reuse && existsSync(join(ROOT, 'build-times.json'))) built = JSON.parse(readFileSync(join(ROOT, 'build-times.json'), 'utf8'));
const pagefindDir = join(OUT, 'pagefind');
const indexBytes = dirSize(pagefindDir, (p) => /\/(index|fragment|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(p));
const bundleBytes = dirSize(pagefindDir);
const server = await serve(OUT);
const { pageLoad, perQuery } = await measure(server.url, '/chatgpt/training-1/');
server.close();

const sum = (rows: { bytes: number }[]) => rows.reduce((t, r) => t + r.bytes, 0);
const split = (rows: { path: string; bytes: number }[]) =>
  Object.fromEntries(KINDS.map((k) => [k, sum(rows.filter((r) => kindOf(r.path) === k))]));
const first = perQuery[0]!;
const later = perQuery.slice(1);
const firstSplit = split(first.bytes);
const laterTotals = later.map((q) => sum(q.bytes));
const laterSplitTotal = split(later.flatMap((q) => q.bytes));
const times = perQuery.map((q) => q.ms);
const afterDebounce = times.map((t) => t - DEBOUNCE_MS);

console.log(`\nSearch benchmark: ${written} guides, Chromium, gzip for text files as a static host would\n`);
console.log('| bytes transferred | first query | later queries (median per query) | later queries (all 19, total) |');
console.log('| --- | ---: | ---: | ---: |');
for (const k of KINDS) {
  const medianK = median(later.map((q) => sum(q.bytes.filter((r) => kindOf(r.path) === k))));
  if (!firstSplit[k] && !laterSplitTotal[k]) continue;
  console.log(`| ${k} | ${kb(firstSplit[k]!)} | ${kb(medianK)} | ${kb(laterSplitTotal[k]!)} |`);
}
console.log(
  `| **total** | **${kb(sum(first.bytes))}** | **${kb(median(laterTotals))}** (max ${kb(Math.max(...laterTotals))}) | ${kb(sum(later.flatMap((q) => q.bytes)))} |`,
);
console.log('');
console.log('| measure | value | target |');
console.log('| --- | ---: | ---: |');
console.log(`| first query, all bytes (UI included) | ${kb(sum(first.bytes))} | ≤ 200 KB |`);
console.log(`| later queries, median / max | ${kb(median(laterTotals))} / ${kb(Math.max(...laterTotals))} | ≤ 40 KB |`);
console.log(`| last keystroke → results rendered, median (incl. ${DEBOUNCE_MS} ms debounce) | ${Math.round(median(times))} ms | |`);
console.log(
  `| … after the debounce, median / max (first query included) | ${Math.round(median(afterDebounce))} ms / ${Math.round(Math.max(...afterDebounce))} ms | ≤ 100 ms |`,
);
console.log(`| … after the debounce, later queries median | ${Math.round(median(afterDebounce.slice(1)))} ms | ≤ 100 ms |`);
console.log(`| index on disk (index, filter, fragment chunks, metadata) | ${kb(indexBytes)} | |`);
console.log(`| whole /pagefind/ folder (with library, worker, WASM) | ${kb(bundleBytes)} | |`);
console.log(`| index build time (Pagefind Node API) | ${built.indexMs} ms | |`);
console.log(`| whole site build (astro build + index) | ${built.seconds.toFixed(1)} s | |`);
console.log(`| requests under /pagefind/ on article page load | ${pageLoad.length} | 0 |`);
console.log(
  '\nper query (ms after last keystroke, KB):',
  perQuery.map((q) => `${q.query}: ${Math.round(q.ms)} ms, ${kb(sum(q.bytes))}`).join('; '),
);
