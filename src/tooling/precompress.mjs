// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every text file of a built
// site, so `npm start` serves it compressed as a CDN would (sirv's `brotli`/`gzip` options pick the
// copy the browser accepts). Netlify, Cloudflare Pages and GitHub Pages compress by themselves, so this
// runs when the local server starts, not in `npm run build`: deployed folders and the test builds stay
// free of the copies, and a build is not slowed by brotli's slowest setting. Up-to-date copies are kept.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing (Pagefind's index and fragments, images and fonts are compressed already). */
const TEXT = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$/i;
/** Below this, the headers of a compressed response cost more than they save. */
const MIN_BYTES = 1024;

/** @returns {{ files: number, written: number }} */
export function precompress(dir) {
  let files = 0;
  let written = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !TEXT.test(d.name)) continue;
    const file = join(d.parentPath, d.name);
    const stats = statSync(file);
    if (stats.size < MIN_BYTES) continue;
    files += 1;
    let source;
    for (const [ext, compress] of [
      [
        '.br',
        (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }),
      ],
      ['.gz', (b) => gzipSync(b, { level: 9 })],
    ]) {
      let fresh = false;
      try {
        fresh = statSync(file + ext).mtimeMs >= stats.mtimeMs;
      } catch {
        // No compressed copy yet: write one.
      }
      if (fresh) continue;
      source ??= readFileSync(file);
      writeFileSync(file + ext, compress(source));
      written += 1;
    }
  }
  return { files, written };
}
