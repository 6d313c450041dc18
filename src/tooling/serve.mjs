// `npm start`: serve the built site (dist/) on http://localhost:4321 with the production headers from
// dist/_headers, compressed as a CDN would (brotli or gzip, precompressed here on start). BASE_PATH (as
// used for a GitHub Pages build) serves it under that path.
import { existsSync } from 'node:fs';
import { precompress } from './precompress.mjs';
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH || '/';
const started = performance.now();
// Without a build, startServer says what to run.
const { files, written } = existsSync('dist/_headers') ? precompress('dist') : { files: 0, written: 0 };
if (written) console.log(`compressed ${files} text files (brotli and gzip) in ${Math.round(performance.now() - started)} ms`);
let url;
try {
  ({ url } = await startServer({ dir: 'dist', host: process.env.HOST ?? 'localhost', port, base }));
} catch (err) {
  if (err.code !== 'EADDRINUSE') throw err;
  console.error(`Port ${port} is in use by another program. Stop it, or run: PORT=4322 npm run serve`);
  process.exit(1);
}
console.log(`Off the Record: serving dist/ with the headers from dist/_headers on ${url}/  (Ctrl+C stops)`);
