// `npm run sources:check`: the maintainer's alarm for the source registry (content/sources/*.yaml).
// Fetches every source's URL (a few at a time, with a timeout per request and retries with backoff),
// follows redirects, and reports per source the HTTP status, the final URL, and which `quotes` are no
// longer in the page's visible text. Prints a table and writes a JSON report; exits 1 with --strict
// when a quote or a page is gone. Never part of `npm test` (tests/unit/sources-check.test.ts runs it
// against a local server). Options: `--help`, or USAGE in sources-check-lib.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { readRegistry, RegistryError } from '../lib/sources.ts';
import { normalizeBase, siteOrigin } from '../lib/site-paths.mjs';
import {
  USAGE,
  UsageError,
  contentKind,
  exitCodeFor,
  formatTable,
  isRetryableStatus,
  missingQuotes,
  parseCliArgs,
  retryDelay,
  sameHost,
  selectSources,
  summarize,
  verdictOf,
  visibleText,
} from './sources-check-lib.mjs';

/** Who is asking, and where to read why: the About page says how sources are checked. */
export const userAgent = () =>
  `OffTheRecord-sources-check/1.0 (+${new URL(`${normalizeBase(process.env.BASE_PATH)}about/`, siteOrigin()).href})`;

/** One request, body included, within `timeout` ms. */
async function fetchOnce(url, timeout) {
  const res = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(timeout),
    headers: {
      'user-agent': userAgent(),
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      'accept-language': 'en',
    },
  });
  const contentType = res.headers.get('content-type') ?? '';
  const kind = contentKind(contentType);
  let text = '';
  if (res.ok && kind !== 'other') {
    const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
    const bytes = await res.arrayBuffer();
    let decoder;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    text = decoder.decode(bytes);
  } else {
    await res.body?.cancel();
  }
  return { status: res.status, finalUrl: res.url || url, contentType, kind, text, retryAfter: res.headers.get('retry-after') };
}

function describeError(err, timeout) {
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeout} ms`;
  const cause = err?.cause;
  return `network error: ${cause?.code ?? cause?.message ?? err?.message ?? String(err)}`;
}

/** Fetch one source (retrying network errors, timeouts, 429 and 5xx) and compare its quotes. */
export async function checkSource(source, { timeout = 20_000, retries = 2, backoffMs = 1000 } = {}) {
  const started = Date.now();
  const base = { id: source.id, file: source.file, line: source.line, url: source.url, quotes: source.quotes.length };
  let answer;
  let error;
  let attempts = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    attempts++;
    let wait;
    try {
      answer = await fetchOnce(source.url, timeout);
      error = undefined;
      if (!isRetryableStatus(answer.status)) break;
      wait = retryDelay({ attempt, retryAfter: answer.retryAfter, baseMs: backoffMs });
      if (wait === undefined) break; // the server asks us to come back much later
    } catch (err) {
      answer = undefined;
      error = describeError(err, timeout);
      wait = retryDelay({ attempt, baseMs: backoffMs });
    }
    if (attempt < retries) await sleep(wait);
  }
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  if (!answer)
    return finish({
      ...base,
      status: null,
      finalUrl: null,
      contentType: null,
      kind: null,
      checked: false,
      missing: [],
      textLength: 0,
      error: error + tries,
      attempts,
      ms: Date.now() - started,
    });
  const readable = answer.status < 400 && answer.kind !== 'other';
  const text = readable ? (answer.kind === 'html' ? visibleText(answer.text) : answer.text) : '';
  return finish({
    ...base,
    status: answer.status,
    finalUrl: answer.finalUrl,
    movedHost: !sameHost(source.url, answer.finalUrl),
    contentType: answer.contentType,
    kind: answer.kind,
    checked: readable,
    missing: readable ? missingQuotes(source.quotes, text) : [],
    textLength: text.length,
    error: isRetryableStatus(answer.status)
      ? `HTTP ${answer.status}${tries}${answer.retryAfter ? `; Retry-After: ${answer.retryAfter}` : ''}`
      : null,
    attempts,
    ms: Date.now() - started,
  });
}

const finish = (r) => ({ ...r, verdict: verdictOf(r) });

/** Check sources `concurrency` at a time; results come back in the registry's order. */
export async function checkSources(sources, { concurrency = 4, onResult, ...options } = {}) {
  const limit = pLimit(concurrency);
  return Promise.all(
    sources.map((s) =>
      limit(async () => {
        const r = await checkSource(s, options);
        onResult?.(r);
        return r;
      }),
    ),
  );
}

/** The command: returns the exit code (0, 1 with --strict and findings, 2 for a usage or registry error). */
export async function main(argv, { log = console.log, error = console.error } = {}) {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    error(`sources:check: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    log(USAGE);
    return 0;
  }
  let registry;
  try {
    registry = readRegistry(options.registry);
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    error(`sources:check: ${err.message}`);
    return 2;
  }
  if (!registry.sources.length) {
    error(`sources:check: no sources in ${options.registry} (a folder of *.yaml files; see src/lib/sources.ts)`);
    return 2;
  }
  const { selected, unknown } = selectSources(registry.sources, options.only);
  if (unknown.length) {
    error(`sources:check: --only ${unknown.join(', ')}: no source id or registry file (assistant) has that name`);
    return 2;
  }

  const progress = process.stderr.isTTY ? (n) => process.stderr.write(`\rchecked ${n}/${selected.length}`) : () => {};
  let done = 0;
  const started = Date.now();
  const results = await checkSources(selected, { ...options, onResult: () => progress(++done) });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

  const reportPath = resolve(options.json);
  const report = {
    generatedAt: new Date().toISOString(),
    userAgent: userAgent(),
    registry: options.registry,
    options: {
      only: options.only,
      strict: options.strict,
      concurrency: options.concurrency,
      timeout: options.timeout,
      retries: options.retries,
    },
    ms: Date.now() - started,
    summary: summarize(results),
    sources: results,
  };
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  log(formatTable(results, { strict: options.strict, reportPath }));
  return exitCodeFor(results, options.strict);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
