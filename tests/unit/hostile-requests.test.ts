// The local server (`npm start`, the browser tests) against hostile requests, sent raw over a socket
// so nothing normalises them first. It runs on a small folder made here (no build): a page, a 404
// page, a hashed asset with its brotli and gzip copies, a dotfile, _headers, and a secret file next
// to the served folder. After every request the server must still answer.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../src/lib/headers.mjs';
import { precompress } from '../../src/tooling/precompress.mjs';
import { startServer } from '../../src/tooling/static-server.mjs';

const ROOT = resolve('tests/.tmp/hostile-requests');
const DIST = join(ROOT, 'dist');
const PAGE = `<!doctype html><title>About</title><p>${'About this site. '.repeat(100)}</p>`;
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title>',
  'about/index.html': PAGE,
  '404.html': '<!doctype html><title>Not found</title>',
  '_astro/page.abc123.js': `console.log(${JSON.stringify('x'.repeat(3000))});`,
  'pagefind/pagefind-entry.json': '{}',
  '.env': 'SECRET=dotfile',
  '.git/config': 'SECRET=git',
};

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

let base: { host: string; port: number };
let close: () => Promise<void>;

/** Sends one raw request (the request line exactly as given) and reads the reply. */
function raw(requestLine: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const socket = connect(base.port, base.host);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', fail);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all
        .subarray(0, split < 0 ? all.length : split)
        .toString('latin1')
        .split('\r\n');
      const status = Number(head[0]?.split(' ')[1] ?? 0);
      const h: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) h[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      done({ status, headers: h, body: split < 0 ? Buffer.alloc(0) : all.subarray(split + 4) });
    });
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    // write, not end: a half-closed socket lets Node drop a reply still streaming from disk.
    socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`, 'latin1');
    socket.setTimeout(5000, () => socket.destroy(new Error('no reply within 5 s')));
  });
}
const get = (target: string, headers?: Record<string, string>) => raw(`GET ${target} HTTP/1.1`, headers);

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(DIST, name, '..'), { recursive: true });
    writeFileSync(join(DIST, name), text);
  }
  writeFileSync(join(ROOT, 'secret.txt'), 'SECRET=outside');
  mkdirSync(join(ROOT, 'outside-folder'), { recursive: true });
  writeFileSync(join(ROOT, 'outside-folder', 'index.html'), 'SECRET=outside-page');
  writeFileSync(join(DIST, '_headers'), renderHeadersFile({ metaCsp: "default-src 'self'", base: '/' }));
  precompress(DIST);
  const server = await startServer({ dir: DIST });
  const url = new URL(server.url);
  base = { host: url.hostname, port: Number(url.port) };
  close = server.close;
});
afterAll(() => close?.());

/** [request target or full request line, the status it must get, what else must hold] */
const hostile: [string, number][] = [
  ['/%', 400],
  ['/%E0%A4%A', 400],
  ['/about/%', 400],
  ['//evil.example/..%2fabout', 400],
  ['//evil.example/', 400],
  ['/\\evil.example/', 400],
  ['/%5Cevil.example/', 400],
  ['/%2F%2Fevil.example/', 400],
  ['/about//', 400],
  ['/..%2fsecret.txt', 400],
  ['/..%2f..%2fetc%2fpasswd', 400],
  ['/%2e%2e/secret.txt', 400],
  ['/..%5csecret.txt', 400],
  ['/about/..%2f..%2foutside-folder', 400],
  ['/./about/', 400],
  ['/about%00.html', 400],
  ['/about%0d%0aSet-Cookie:%20x=1', 400],
  ['*', 400],
  ['http://evil.example/about/', 400],
  ['/.env', 404],
  ['/.git/config', 404],
  ['/%2eenv', 404],
  ['/_headers', 404],
  ['/_headers/', 404],
  ['/_redirects', 404],
  ['/_headers/x', 404],
  ['/%5fheaders', 404],
  ['/_astro/no-such.abc.js', 404],
  ['/no-such-page/', 404],
  [`/${'a'.repeat(20_000)}`, 431],
];

describe('the local server against hostile requests', () => {
  it('answers each with the right status, redirects only to its own paths, reveals nothing, and stays up', async () => {
    const failures: string[] = [];
    for (const [target, status] of hostile) {
      const r = await get(target).catch((e: Error) => ({ status: -1, headers: {}, body: Buffer.from(e.message) }) as Reply);
      const body = r.body.toString('latin1');
      if (r.status !== status) failures.push(`${target.slice(0, 60)}: status ${r.status}, expected ${status}`);
      if (body.includes('SECRET')) failures.push(`${target.slice(0, 60)}: revealed a file that is not served`);
      if (r.headers.location) failures.push(`${target.slice(0, 60)}: redirected to ${r.headers.location}`);
      if (r.status >= 400 && r.headers['cache-control'] !== 'no-cache')
        failures.push(`${target.slice(0, 60)}: ${r.status} with Cache-Control "${r.headers['cache-control']}"`);
      // (Node itself answers requests too large to read, before any handler sees them.)
      if (r.status >= 400 && r.status !== 431 && !r.headers['content-security-policy'])
        failures.push(`${target.slice(0, 60)}: ${r.status} without the security headers`);
      const alive = await get('/about/');
      if (alive.status !== 200) failures.push(`after ${target.slice(0, 60)}: the server no longer answers (${alive.status})`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses methods other than GET and HEAD, and requests it cannot parse, and stays up', async () => {
    expect((await raw('POST /about/ HTTP/1.1')).status).toBe(405);
    expect((await raw('DELETE /about/ HTTP/1.1')).status).toBe(405);
    expect((await raw('GET /about/ HTTP/9.9 extra')).status).toBe(400);
    expect((await raw('\u0000\u0001garbage')).status).toBe(400);
    const head = await raw('HEAD /about/ HTTP/1.1');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get('/about/')).status).toBe(200);
  });

  it('redirects a page without its slash to the same host, keeping the query', async () => {
    const r = await get('/about?x=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/about/?x=1');
  });

  it('caches hashed assets for a year, pages and the search index never without asking, 404s not at all', async () => {
    expect((await get('/_astro/page.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/about/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/pagefind/pagefind-entry.json')).headers['cache-control']).toBe('no-cache');
    expect((await get('/_astro/missing.js')).headers['cache-control']).toBe('no-cache');
  });

  it('serves brotli or gzip as the browser asks, and plain text otherwise', async () => {
    const br = await get('/about/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.body.length).toBeLessThan(brotliCompressSync(PAGE).length + 1);
    const gz = await get('/about/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    const js = await get('/_astro/page.abc123.js', { 'Accept-Encoding': 'br' });
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['cache-control']).toContain('immutable');
    const none = await get('/about/');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(PAGE);
  });

  it('under a base path, sends other paths to the base on the same host', async () => {
    writeFileSync(join(DIST, '_headers'), renderHeadersFile({ metaCsp: "default-src 'self'", base: '/repo/' }));
    const other = await startServer({ dir: DIST, base: '/repo/' });
    const saved = base;
    base = { host: new URL(other.url).hostname, port: Number(new URL(other.url).port) };
    try {
      expect((await get('/')).headers.location).toBe('/repo/');
      expect((await get('/evil.example/x')).headers.location).toBe('/repo/');
      expect((await get('//evil.example/repo/')).status).toBe(400);
      expect((await get('/repo/about')).headers.location).toBe('/repo/about/');
      expect((await get('/repo/about/')).status).toBe(200);
      expect((await get('/repo/_headers')).status).toBe(404);
    } finally {
      base = saved;
      await other.close();
    }
  });
});
