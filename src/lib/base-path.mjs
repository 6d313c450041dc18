// Writers link to other guides root-relative (`/chatgpt/temporary-chat/`). When the site is built for
// a subpath (BASE_PATH=/off-the-record/, as on a GitHub Pages project site) those links must carry the
// base. The guide processor prefixes root-relative href/src in guide bodies with these rules
// (src/lib/markdown/base-links.mjs); fragments (#…), full URLs, protocol-relative (//host) and
// already-prefixed links are left alone.
/** Normalises a base path to "/" or "/segment/…/". */
export function normalizeBase(base) {
  const trimmed = String(base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative URL with the base ("/off-the-record/"); anything else is returned as is. */
export function prefixBase(url, base) {
  const b = normalizeBase(base);
  if (b === '/' || typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === b.slice(0, -1) || url.startsWith(b)) return url;
  return b.slice(0, -1) + url;
}
