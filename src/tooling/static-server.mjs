// A static server for the built site that behaves like the production hosts: files from dist/, a
// directory's index.html, 404.html with status 404, and the headers from dist/_headers (the same file
// Netlify and Cloudflare Pages read), so the Content-Security-Policy is exercised locally as deployed.
// Used by `npm start` (src/tooling/serve.mjs) and by the browser tests (tests/helpers/server.ts).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../lib/headers.mjs';

/**
 * @param {{ dir: string, host?: string, port?: number, base?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir, host = '127.0.0.1', port = 0, base = '/' }) {
  const headersFile = join(dir, '_headers');
  if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: run "npm run build" first.`);
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const prefix = base.replace(/\/$/, '');
  const serve = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersForPath(rules, url.pathname))) res.setHeader(name, value);
    if (prefix) {
      if (!url.pathname.startsWith(`${prefix}/`)) {
        res.writeHead(302, { location: `${prefix}/` });
        return res.end();
      }
      req.url = url.pathname.slice(prefix.length) + url.search;
    }
    const local = decodeURIComponent(req.url.split('?')[0]);
    // Like the hosts: /about -> /about/ when that is a page.
    if (!local.endsWith('/') && !/\.[a-z0-9]+$/i.test(local) && existsSync(join(dir, local, 'index.html'))) {
      res.writeHead(301, { location: `${prefix}${local}/` });
      return res.end();
    }
    if (local === '/_headers') req.url = '/__no_such_file__';
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(dir, '404.html')));
    });
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
