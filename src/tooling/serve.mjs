// `npm start`: serve the built site (dist/) on http://localhost:4321 with the production headers from
// dist/_headers. BASE_PATH (as used for a GitHub Pages build) serves it under that path.
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH || '/';
let url;
try {
  ({ url } = await startServer({ dir: 'dist', host: process.env.HOST ?? 'localhost', port, base }));
} catch (err) {
  if (err.code !== 'EADDRINUSE') throw err;
  console.error(`Port ${port} is in use by another program. Stop it, or run: PORT=4322 npm run serve`);
  process.exit(1);
}
console.log(`Off the Record: serving dist/ with the headers from dist/_headers on ${url}/  (Ctrl+C stops)`);
