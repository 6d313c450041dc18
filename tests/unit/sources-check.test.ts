// `npm run sources:check` end to end, against pages on a local server (127.0.0.1, random port)
// instead of the internet. The pages (tests/fixtures/sources-check/pages/) are modelled on help-centre
// articles: one unchanged, one whose label changed, one 404, one redirect on the same host and one to
// another host, one that never answers, one PDF, and one that is busy (503) once.
// The registry is tests/fixtures/sources-check/registry/ with http://ORIGIN pointed at the server.
// The CLI runs as a child process, as a maintainer runs it, so the table and exit codes are real.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/sources-check';
const page = (name: string) => readFileSync(join(FIXTURES, 'pages', name));

let server: Server;
let origin: string;
let dir: string;
const hits: Record<string, number> = {};
const userAgents = new Set<string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    userAgents.add(req.headers['user-agent'] ?? '');
    const html = (name: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(name));
    switch (path) {
      case '/help/data-controls':
        return html('data-controls.html');
      case '/help/memory':
        return html('memory.html');
      case '/help/old-place':
        return res.writeHead(301, { location: '/help/new-place' }).end();
      case '/help/new-place':
        return html('new-place.html');
      case '/blog/moved-away':
        // Same server, another host name: a redirect off the source's host.
        return res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/help/new-place` }).end();
      case '/help/busy':
        if (hits[path] % 2 === 1) return res.writeHead(503, { 'retry-after': '0' }).end('busy');
        return html('new-place.html');
      case '/news/slow':
        return; // never answers; the test's --timeout gives up
      case '/legal/privacy.pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n%…\n');
      default:
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page not found</h1>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'otr-sources-check-'));
  cpSync(join(FIXTURES, 'registry'), join(dir, 'registry'), { recursive: true });
  for (const f of readdirSync(join(dir, 'registry'))) {
    const file = join(dir, 'registry', f);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('http://ORIGIN', origin));
  }
});

afterAll(() => {
  server?.closeAllConnections();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A source as the JSON report lists it. */
type ReportSource = { id: string; [field: string]: unknown };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
/** Run the CLI as `npm run sources:check -- …` would, on the Node running the tests. */
function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['src/tooling/sources-check.mjs', '--registry', join(dir, 'registry'), '--timeout', '400', '--retries', '1', ...args],
      { env: { ...process.env, SITE_URL: 'https://otr.test', BASE_PATH: '' } },
      (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

/** The table row of a source: [status, result, id, missing, final URL]. */
const row = (stdout: string, id: string) =>
  stdout
    .split('\n')
    .find((l) => l.split(/\s{2,}/)[2] === id)
    ?.split(/\s{2,}/);

describe('npm run sources:check on fixture pages', () => {
  let plain: Run;
  let strict: Run;
  let report: { sources: ReportSource[]; summary: Record<string, unknown> };

  beforeAll(async () => {
    const json = join(dir, 'report.json');
    // One after the other: /help/busy answers 503 to every other request.
    plain = await run('--json', json);
    strict = await run('--strict', '--json', join(dir, 'strict.json'));
    if (plain.stderr) throw new Error(`sources:check failed (exit ${plain.code}):\n${plain.stderr}`);
    report = JSON.parse(readFileSync(json, 'utf8'));
    console.log(
      `sources:check on the fixtures (exit ${plain.code}; --strict exit ${strict.code}):\n${plain.stdout.replaceAll(origin, 'http://127.0.0.1:PORT')}`,
    );
  }, 30_000);

  it('prints one line per source: status, result, missing quotes, final URL when it changed', () => {
    const rows = Object.fromEntries(
      [
        'example-data-controls-faq',
        'example-memory-faq',
        'example-delete-account',
        'example-busy-page',
        'press-removed-article',
        'press-slow-article',
        'example-privacy-policy-pdf',
        'blog-moved-away',
      ].map((id) => [id, row(plain.stdout, id)]),
    );
    const port = new URL(origin).port;
    expect(rows).toEqual({
      'example-data-controls-faq': ['200', 'OK', 'example-data-controls-faq', '0/6'],
      'example-memory-faq': ['200', 'CHANGED', 'example-memory-faq', '1/3'],
      'example-delete-account': ['200', 'OK', 'example-delete-account', '0/2', `${origin}/help/new-place`],
      'example-busy-page': ['200', 'OK', 'example-busy-page', '0/1'],
      'press-removed-article': ['404', 'GONE', 'press-removed-article', '-'],
      'press-slow-article': ['---', 'ERROR', 'press-slow-article', '-'],
      'example-privacy-policy-pdf': ['200', 'NOT-HTML', 'example-privacy-policy-pdf', '-'],
      'blog-moved-away': ['200', 'MOVED', 'blog-moved-away', '0/0', `http://localhost:${port}/help/new-place`],
    });
  });

  it('names each missing quote, and what is wrong with each page that needs a look', () => {
    const details = plain.stdout.slice(plain.stdout.indexOf('Details:'));
    expect(details).toContain(
      `example-memory-faq  (${relative(process.cwd(), join(dir, 'registry', 'example.yaml'))}:18)  ${origin}/help/memory`,
    );
    expect(details).toContain('1 of 3 quote(s) no longer on the page:\n      - "Reference saved memories"');
    expect(details).toContain('HTTP 404: the page is gone');
    expect(details).toContain('no answer within 400 ms (2 attempts)');
    expect(details).toContain('not HTML (application/pdf): status only, quotes not checked');
    expect(details).toMatch(/redirected to another host: http:\/\/localhost:\d+\/help\/new-place/);
    // Sources that are fine have no details.
    expect(details).not.toContain('example-data-controls-faq');
    expect(details).not.toContain('example-busy-page');
    expect(plain.stdout).toContain('8 source(s) checked: 3 ok, 1 changed, 1 gone, 1 moved, 1 not-html, 1 error; 1 quote(s) missing.');
  });

  it('writes the same findings to the JSON report', () => {
    const by = Object.fromEntries(report.sources.map((s) => [s.id, s]));
    expect(report.summary).toMatchObject({ sources: 8, quotesMissing: 1, strictFailures: 3 });
    expect(by['example-memory-faq']).toMatchObject({
      status: 200,
      verdict: 'changed',
      missing: ['Reference saved memories'],
      kind: 'html',
    });
    expect(by['example-delete-account']).toMatchObject({ verdict: 'ok', finalUrl: `${origin}/help/new-place`, movedHost: false });
    expect(by['blog-moved-away']).toMatchObject({ verdict: 'moved', movedHost: true });
    expect(by['press-removed-article']).toMatchObject({ status: 404, verdict: 'gone' });
    expect(by['press-slow-article']).toMatchObject({ status: null, verdict: 'error', attempts: 2 });
    expect(by['example-privacy-policy-pdf']).toMatchObject({ status: 200, verdict: 'not-html', contentType: 'application/pdf' });
    // 503 with Retry-After: 0, then the page: one retry, no wait.
    expect(by['example-busy-page']).toMatchObject({ status: 200, verdict: 'ok', attempts: 2 });
  });

  it('exits 0 with findings, and 1 with --strict when a quote or a page is gone', async () => {
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('--strict: 3 source(s) need an update (exit 1).');
    // A page that is not HTML does not fail --strict: nothing says it changed.
    const clean = await run(
      '--strict',
      '--only',
      'example-data-controls-faq,example-privacy-policy-pdf',
      '--json',
      join(dir, 'clean.json'),
    );
    expect([clean.code, clean.stdout]).toEqual([0, expect.stringContaining('2 source(s) checked: 1 ok, 1 not-html; 0 quote(s) missing.')]);
  });

  it('says who is asking, with the address of the About page', () => {
    expect([...userAgents]).toEqual(['OffTheRecord-sources-check/1.0 (+https://otr.test/about/)']);
  });

  it('checks one assistant (a registry file) or one id with --only, and names an unknown one', async () => {
    const [, unknown] = await Promise.all([
      run('--only', 'example', '--json', join(dir, 'only.json')),
      run('--only', 'example-memory-faq,nobody', '--json', join(dir, 'unknown.json')),
    ]);
    const ids = JSON.parse(readFileSync(join(dir, 'only.json'), 'utf8')).sources.map((s: ReportSource) => s.id);
    expect(ids).toEqual(['example-data-controls-faq', 'example-memory-faq', 'example-delete-account', 'example-busy-page']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      2,
      'sources:check: --only nobody: no source id or registry file (assistant) has that name',
    ]);
  });
});
