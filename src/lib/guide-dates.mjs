// Reads each guide's lastVerified date straight from the files, for config-time tools that run
// outside Astro's content layer (the sitemap's <lastmod>). Drafts are skipped, as they are not built.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { guidesDir, routeOfGuideFile } from './site-paths.mjs';

/**
 * @param {string} contentDir the content folder (holds guides/<assistant>/<slug>.mdx)
 * @returns {Map<string, string>} route without base ("/chatgpt/stop-training/") -> "YYYY-MM-DD"
 */
export function readGuideDates(contentDir) {
  const dir = guidesDir(contentDir);
  const dates = new Map();
  if (!existsSync(dir)) return dates;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !/\.mdx?$/.test(d.name)) continue;
    const file = join(d.parentPath, d.name);
    const m = readFileSync(file, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
    if (!m) continue;
    let data;
    try {
      data = parse(m[1]);
    } catch {
      continue;
    } // the content layer reports bad frontmatter
    if (!data || data.draft === true || !data.lastVerified) continue;
    const route = routeOfGuideFile(relative(dir, file));
    if (!route) continue; // not <assistant>/<slug>.mdx: the build reports it
    const day = data.lastVerified instanceof Date ? data.lastVerified.toISOString() : String(data.lastVerified);
    dates.set(route, day.slice(0, 10));
  }
  return dates;
}

/** lastmod for a route: a guide's own date; an assistant page or the home page: its newest guide's. */
export function lastmodFor(route, dates) {
  if (dates.has(route)) return dates.get(route);
  const matching = [...dates].filter(([r]) => route === '/' || r.startsWith(route)).map(([, d]) => d);
  if (!matching.length || !/^\/(?:[^/]+\/)?$/.test(route)) return undefined;
  return matching.sort().at(-1);
}
