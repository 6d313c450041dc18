// A static file server over a built site for browser tests: the same server as `npm start`
// (src/tooling/static-server.mjs), so pages arrive with the production headers from dist/_headers,
// including the Content-Security-Policy. Directory index.html, and 404.html with status 404.
import { startServer } from '../../src/tooling/static-server.mjs';

export async function startStaticServer(dir: string, base = '/') {
  return startServer({ dir, base });
}
