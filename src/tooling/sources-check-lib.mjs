// The pure parts of `npm run sources:check` (src/tooling/sources-check.mjs): command line, which
// sources to check, the visible text of a page, which quotes are gone, how long to wait before a
// retry, what a result means, and the terminal table. No network and no files here, so
// tests/unit/sources-check-lib.test.ts can test each piece; the fetching lives in the script.
import { parseArgs } from 'node:util';
import { basename, extname } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { normalizeQuoteText, normalizeUrl } from '../lib/sources.ts';

export const DEFAULTS = {
  registry: 'content/sources',
  json: 'node_modules/.cache/off-the-record/sources-report.json',
  concurrency: 4,
  timeout: 20_000,
  retries: 2,
};

export const USAGE = `npm run sources:check -- [options]

Fetches every source in the registry and reports, per source, the HTTP status, the final URL and
which quotes are no longer on the page.

  --only <id|assistant>   check one source (its id) or one registry file (chatgpt, general …);
                          repeat it or separate with commas for several
  --strict                exit 1 when a quote is gone, a page is gone (404/410) or it moved
                          to another host (default: exit 0 and just report)
  --json <file>           where to write the JSON report
                          (default ${DEFAULTS.json})
  --registry <dir>        the registry folder (default ${DEFAULTS.registry})
  --concurrency <n>       pages fetched at once (default ${DEFAULTS.concurrency})
  --timeout <ms>          give up on one request after this long (default ${DEFAULTS.timeout})
  --retries <n>           retries after a network error, a timeout, 429 or 5xx (default ${DEFAULTS.retries})
  --help                  show this`;

export class UsageError extends Error {
  name = 'UsageError';
}

/** The command line as options; throws a UsageError naming the bad option. */
export function parseCliArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        only: { type: 'string', multiple: true },
        strict: { type: 'boolean', default: false },
        json: { type: 'string', default: DEFAULTS.json },
        registry: { type: 'string', default: DEFAULTS.registry },
        concurrency: { type: 'string', default: String(DEFAULTS.concurrency) },
        timeout: { type: 'string', default: String(DEFAULTS.timeout) },
        retries: { type: 'string', default: String(DEFAULTS.retries) },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(err.message);
  }
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${values[name]}")`);
    return n;
  };
  return {
    only: (values.only ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
    strict: values.strict,
    json: values.json,
    registry: values.registry,
    concurrency: int('concurrency', 1),
    timeout: int('timeout', 1),
    retries: int('retries', 0),
    help: values.help,
  };
}

/** The assistant a source belongs to: its registry file's name (`content/sources/chatgpt.yaml` → chatgpt). */
export const assistantOf = (source) => basename(source.file, extname(source.file));

/**
 * The sources `--only` names, by id or by assistant (registry file name), in registry order.
 * `unknown` lists the names that match nothing.
 * @template {{ id: string, file: string }} S
 * @param {readonly S[]} sources
 * @param {readonly string[]} only
 * @returns {{ selected: S[], unknown: string[] }}
 */
export function selectSources(sources, only) {
  if (!only.length) return { selected: [...sources], unknown: [] };
  const wanted = new Set(only);
  const unknown = only.filter((name) => !sources.some((s) => s.id === name || assistantOf(s) === name));
  return { selected: sources.filter((s) => wanted.has(s.id) || wanted.has(assistantOf(s))), unknown };
}

/** What a response is, from its Content-Type: html (quotes checked), text (checked as is), other. */
export function contentKind(contentType) {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return 'other';
}

/**
 * The text a reader sees on an HTML page, as the browser's innerText would give it: no script, style,
 * noscript, template or head; entities decoded; a line break between blocks, so words from two
 * paragraphs never run together. Content behind the `hidden` attribute counts (collapsed sections
 * that a reader opens), so a quote in a closed accordion is not reported missing.
 */
export function visibleText(html) {
  const tree = fromHtml(html);
  const reveal = (node) => {
    if (node.type === 'element' && node.properties?.hidden) delete node.properties.hidden;
    for (const child of node.children ?? []) reveal(child);
  };
  reveal(tree);
  return toText(tree);
}

/** The quotes not found in `text`, compared as src/lib/sources.ts normalizeQuoteText does (case kept). */
export function missingQuotes(quotes, text) {
  const haystack = normalizeQuoteText(text);
  return quotes.filter((q) => !haystack.includes(normalizeQuoteText(q)));
}

/** Worth asking again: too many requests, or a server error. */
export const isRetryableStatus = (status) => status === 429 || status >= 500;

/** Never wait longer than this for one retry; a longer Retry-After means "not today". */
export const MAX_RETRY_WAIT_MS = 60_000;

/**
 * How long to wait before retry number `attempt + 1`: what the server's Retry-After says (seconds or
 * an HTTP date), else `baseMs` doubled per attempt (1 s, 2 s, 4 s …). Returns undefined when the
 * server asks for more than MAX_RETRY_WAIT_MS.
 * @param {{ attempt: number, retryAfter?: string | null, now?: number, baseMs?: number }} options
 * @returns {number | undefined}
 */
export function retryDelay({ attempt, retryAfter, now = Date.now(), baseMs = 1000 }) {
  let wait = baseMs * 2 ** attempt;
  if (retryAfter != null && String(retryAfter).trim() !== '') {
    const value = String(retryAfter).trim();
    const asDate = Date.parse(value);
    if (/^\d+$/.test(value)) wait = Number(value) * 1000;
    else if (!Number.isNaN(asDate)) wait = Math.max(0, asDate - now);
  }
  return wait > MAX_RETRY_WAIT_MS ? undefined : wait;
}

/** Same host, ignoring a leading "www." (help.openai.com and openai.com are two hosts). */
export function sameHost(a, b) {
  const host = (u) => new URL(u).hostname.replace(/^www\./, '');
  return host(a) === host(b);
}

/** The URL changed beyond http→https, "www." or a trailing slash. */
export const urlChanged = (from, to) => !!to && normalizeUrl(from) !== normalizeUrl(to);

/**
 * What a result means, most serious first:
 *   error     no answer (network error, timeout) or an HTTP error other than 404/410 (403, 5xx …)
 *   gone      404 or 410
 *   moved     redirected to another host
 *   changed   the page is there but at least one quote is not
 *   not-html  a PDF, JSON … : status reported, quotes not checked
 *   ok        every quote found (or the source has none)
 */
export function verdictOf(r) {
  if (r.status == null) return 'error';
  if (r.status === 404 || r.status === 410) return 'gone';
  if (r.status >= 400) return 'error';
  if (r.movedHost) return 'moved';
  if (r.missing?.length) return 'changed';
  if (r.kind === 'other') return 'not-html';
  return 'ok';
}

/** `--strict` fails on these: a quote is gone, the page is gone, or it moved to another host. */
export const failsStrict = (r) => r.verdict === 'gone' || r.movedHost === true || (r.missing?.length ?? 0) > 0;

const WORD = { ok: 'OK', changed: 'CHANGED', gone: 'GONE', moved: 'MOVED', 'not-html': 'NOT-HTML', error: 'ERROR' };

/** One sentence for a result that needs a look, or undefined when it is fine. */
function explain(r) {
  switch (r.verdict) {
    case 'error':
      return r.error ?? `HTTP ${r.status}: the server refused or failed (try again later, or open it in a browser)`;
    case 'gone':
      return `HTTP ${r.status}: the page is gone; find where it moved or replace the source`;
    case 'moved':
      return `redirected to another host: ${r.finalUrl}`;
    case 'not-html':
      return `not HTML (${r.contentType || 'no Content-Type'}): status only, quotes not checked`;
    default:
      return undefined;
  }
}

/** The terminal report: one line per source, then the details of what needs a look, then a summary. */
export function formatTable(results, { strict = false, reportPath } = {}) {
  const rows = results.map((r) => [
    r.status == null ? '---' : String(r.status),
    WORD[r.verdict],
    r.id,
    r.checked ? `${r.missing.length}/${r.quotes}` : '-',
    urlChanged(r.url, r.finalUrl) ? r.finalUrl : '',
  ]);
  const head = ['status', 'result', 'id', 'missing', 'final URL (when it changed)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(head), ...rows.map(line)];

  const details = results.filter((r) => r.verdict !== 'ok' || r.missing.length);
  if (details.length) {
    out.push('', 'Details:');
    for (const r of details) {
      out.push(`  ${r.id}  (${r.file}:${r.line})  ${r.url}`);
      const why = explain(r);
      if (why) out.push(`    ${why}`);
      if (r.missing.length) {
        out.push(`    ${r.missing.length} of ${r.quotes} quote(s) no longer on the page:`);
        for (const q of r.missing) out.push(`      - "${q}"`);
        if (r.textLength < 150)
          out.push(
            `    (the page has only ${r.textLength} characters of text: it may need JavaScript or block robots; open it in a browser)`,
          );
      }
    }
  }

  const counts = summarize(results);
  const parts = Object.entries(counts.byVerdict)
    .filter(([, n]) => n)
    .map(([v, n]) => `${n} ${WORD[v].toLowerCase()}`);
  out.push('', `${results.length} source(s) checked: ${parts.join(', ')}; ${counts.quotesMissing} quote(s) missing.`);
  if (counts.strictFailures) {
    out.push(
      strict
        ? `--strict: ${counts.strictFailures} source(s) need an update (exit 1).`
        : `${counts.strictFailures} source(s) need an update (--strict would exit 1).`,
    );
  }
  if (results.length > 1 && counts.byVerdict.error === results.length) {
    out.push('No source answered: is this machine online? (A proxy or firewall can also block the requests.)');
  }
  if (reportPath) out.push(`JSON report: ${reportPath}`);
  return out.join('\n');
}

export function summarize(results) {
  const byVerdict = Object.fromEntries(Object.keys(WORD).map((v) => [v, 0]));
  for (const r of results) byVerdict[r.verdict]++;
  return {
    sources: results.length,
    byVerdict,
    quotesChecked: results.reduce((n, r) => n + (r.checked ? r.quotes : 0), 0),
    quotesMissing: results.reduce((n, r) => n + r.missing.length, 0),
    strictFailures: results.filter(failsStrict).length,
  };
}

/** 0, or 1 with --strict when a source fails it. */
export const exitCodeFor = (results, strict) => (strict && results.some(failsStrict) ? 1 : 0);
