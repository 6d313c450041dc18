// Where the site lives and how its files become URLs, in one place: the origin, the base path, the
// content folder, and the route ⇄ file mapping (content/guides/<assistant>/<slug>.mdx ⇄ /<assistant>/<slug>/,
// dist/<route>index.html ⇄ <route>). Plain string functions with no Node imports, so the config,
// the build hooks, the pages, the browser code and the tests all share them.

// ---------- origin ----------
// SITE_URL is the site's origin (canonical URLs, previews, feed, sitemap, and the address
// `npm run sources:check` gives in its User-Agent).

export const DEFAULT_SITE_URL = 'https://off-the-record.example';

/** The site's origin: $SITE_URL, or the placeholder the project builds with by default. */
export const siteOrigin = (env = globalThis.process?.env ?? {}) => env.SITE_URL || DEFAULT_SITE_URL;

// ---------- base path ----------
// BASE_PATH (read in astro.config.mjs only) is the folder the site is served from: "/" or e.g.
// "/off-the-record/" on a GitHub Pages project site. Writers link root-relative
// (`/chatgpt/temporary-chat/`); the guide processor prefixes those links (src/lib/markdown/base-links.mjs).

/** Normalises a base path to "/" or "/segment/…/". */
export function normalizeBase(base) {
  const trimmed = String(base ?? '/')
    .trim()
    .replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefixes a root-relative URL with the base ("/off-the-record/"); fragments (#…), full URLs,
 * protocol-relative (//host) and already-prefixed links are returned as they are.
 */
export function prefixBase(url, base) {
  const b = normalizeBase(base);
  if (b === '/' || typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === b.slice(0, -1) || url.startsWith(b)) return url;
  return b.slice(0, -1) + url;
}

/** A path under the site with the base taken off ("/off-the-record/chatgpt/" -> "/chatgpt/"). */
export function stripBase(path, base) {
  const b = normalizeBase(base);
  if (b === '/') return path;
  if (path === b.slice(0, -1)) return '/';
  return path.startsWith(b) ? path.slice(b.length - 1) : path;
}

// ---------- content folder ----------

/** The content folder: content/, or a fixture's (tests build small sites of their own). */
export function contentDir(env = globalThis.process?.env ?? {}) {
  return env.OTR_CONTENT_DIR ?? './content';
}

/** The guides folder inside a content folder. */
export const guidesDir = (content = contentDir()) => `${content.replace(/[\\/]+$/, '')}/guides`;

// ---------- routes ⇄ files ----------

/** The URL of a guide, without the base: /<assistant>/<slug>/. */
export const guideRoute = (assistant, slug) => `/${assistant}/${slug}/`;

/**
 * A guide file's URL from its path inside the guides folder ("chatgpt/stop-training.mdx", either
 * slash) -> "/chatgpt/stop-training/"; undefined when the file is not <assistant>/<slug>.mdx.
 */
export function routeOfGuideFile(pathInGuides) {
  const m = String(pathInGuides)
    .replace(/\\/g, '/')
    .match(/^([^/]+)\/([^/]+)\.mdx$/);
  return m ? guideRoute(m[1], m[2]) : undefined;
}

/** The guide file (inside the guides folder) a route would come from: "/chatgpt/x/" -> "chatgpt/x.mdx". */
export function guideFileOfRoute(route) {
  const m = String(route).match(/^\/([^/]+)\/([^/]+)\/$/);
  return m ? `${m[1]}/${m[2]}.mdx` : undefined;
}

/** The route of a built HTML file from its path inside dist/: "chatgpt/x/index.html" -> "/chatgpt/x/", "404.html" -> "/404". */
export function routeOfHtmlFile(pathInDist) {
  return (
    '/' +
    String(pathInDist)
      .replace(/\\/g, '/')
      .replace(/index\.html$/, '')
      .replace(/\.html$/, '')
  );
}
