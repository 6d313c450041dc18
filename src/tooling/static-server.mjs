// A static server for the built site that behaves like the production hosts: files from dist/, a
// directory's index.html, 404.html with status 404, and the headers from dist/_headers (the same file
// Netlify and Cloudflare Pages read), so the Content-Security-Policy is exercised locally as deployed.
// Used by `npm start` (src/tooling/serve.mjs) and by the browser tests (tests/helpers/server.ts).
//
// It treats every request as hostile, because `HOST=0.0.0.0 npm start` puts it on a network:
// - a request target it cannot read (`/%`, `*`, `http://host/x`, control characters) gets 400;
// - paths are decoded once and refused (400) when they hold "." or ".." segments, "//" or a backslash,
//   so nothing outside dist/ is ever looked up, and a redirect can never point at another host;
// - dotfiles, _headers and _redirects are not served (404);
// - only GET and HEAD (405 otherwise); a 404 or 400 is never cached (Cache-Control: no-cache);
// - files are sent compressed (brotli or gzip, whichever the browser takes) when dist/ holds the
//   precompressed copies that src/tooling/precompress.mjs writes for `npm start` and `npm run serve`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../lib/headers.mjs';

const HIDDEN = /^\/_(?:headers|redirects)(?:\/|$)/;
const NO_CACHE = 'no-cache';

/**
 * The decoded path of a request target, or an error status: 400 when it cannot be read or could
 * name something outside the served folder or another host.
 * @param {string} target the request target as sent ("/a/b?c")
 * @returns {{ path: string, search: string } | { status: 400, why: string }}
 */
export function readTarget(target) {
  if (!target.startsWith('/')) return { status: 400, why: 'the request target must be a path starting with "/"' };
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const search = q < 0 ? '' : target.slice(q);
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, why: 'the path is not valid percent-encoding' };
  }
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return { status: 400, why: 'the path holds a backslash or a control character' };
  if (path.includes('//')) return { status: 400, why: 'the path holds "//"' };
  if (path.split('/').some((s) => s === '.' || s === '..')) return { status: 400, why: 'the path holds "." or ".." segments' };
  return { path, search };
}

/** The path, percent-encoded again segment by segment (for sirv and for Location headers). */
const encodePath = (path) => path.split('/').map(encodeURIComponent).join('/');

/**
 * @param {{ dir: string, host?: string, port?: number, base?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir, host = '127.0.0.1', port = 0, base = '/' }) {
  const headersFile = join(dir, '_headers');
  if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: run "npm run build" first.`);
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const prefix = base.replace(/\/$/, '');
  const page404 = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const serve = sirv(dir, { dev: false, etag: false, dotfiles: false, brotli: true, gzip: true });

  /** Security headers for a path (every response carries them, errors too). */
  const securityFor = (path) => {
    const all = headersForPath(rules, path);
    delete all['cache-control'];
    return all;
  };
  const plain = (res, status, text, extra = {}) => {
    res.writeHead(status, { ...securityFor('/'), 'content-type': 'text/plain; charset=utf-8', 'cache-control': NO_CACHE, ...extra });
    res.end(text);
  };
  const notFound = (req, res, path) => {
    res.writeHead(404, { ...securityFor(path), 'content-type': 'text/html; charset=utf-8', 'cache-control': NO_CACHE });
    res.end(req.method === 'HEAD' ? undefined : page404);
  };
  const redirect = (res, status, location) => {
    res.writeHead(status, { ...securityFor('/'), location, 'cache-control': NO_CACHE });
    res.end();
  };

  const handle = (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    const target = readTarget(req.url ?? '');
    if ('status' in target) return plain(res, 400, `Bad request: ${target.why}.\n`);
    let { path } = target;
    // The query is kept on redirects, with anything unusual in it percent-encoded.
    const search = target.search.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
    if (prefix) {
      if (!path.startsWith(`${prefix}/`)) return redirect(res, 302, `${encodePath(prefix)}/`);
      path = path.slice(prefix.length);
    }
    if (HIDDEN.test(path) || path.split('/').some((s) => s.startsWith('.'))) return notFound(req, res, prefix + path);
    // Like the hosts: /about -> /about/ when that is a page. `path` starts with one "/" (no "//"
    // and no "\" above), so the Location is always a path on this host.
    if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && existsSync(join(dir, path, 'index.html'))) {
      return redirect(res, 301, `${encodePath(prefix + path)}/${search}`);
    }
    for (const [name, value] of Object.entries(headersForPath(rules, prefix + path))) res.setHeader(name, value);
    req.url = encodePath(path) + search;
    serve(req, res, () => notFound(req, res, prefix + path));
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      // A bug here must not stop the server: answer 500 and carry on.
      console.error(`static server: ${req.method} ${JSON.stringify(req.url)}: ${err?.stack ?? err}`);
      if (!res.headersSent) plain(res, 500, 'Server error\n');
      else res.destroy();
    }
  });
  // Requests Node cannot parse (bad request line, oversized headers …): 400, then close.
  server.on('clientError', (err, socket) => {
    if (!socket.writable || socket.destroyed) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nCache-Control: no-cache\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
