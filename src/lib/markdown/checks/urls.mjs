// Which URLs a guide may use. Links go to web pages (https:, http:) or email (mailto:), or to this
// site (/chatgpt/memory/, #a-heading); images are files of this site. Refused: javascript:, data:,
// vbscript: and every other scheme (they run code or hide content from review), and "//host" addresses
// (write https://). A browser ignores tabs, newlines and leading spaces or control characters in a
// scheme, and reads character references (&#106;avascript:), so those are undone before judging.
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The URL as a browser would read its start: references decoded, invisible characters dropped. */
function normalise(url) {
  return (
    String(url)
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
      .replace(/&colon;/gi, ':')
      .replace(/&(tab|newline);/gi, '')
      .replace(/[\t\n\r]/g, '')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point: browsers strip them from a URL's start
      .replace(/^[\u0000-\u0020]+/, '')
  );
}

/** "javascript", "https", "//" (another host without a scheme), or "" (a path on this site). */
export function urlScheme(url) {
  const u = normalise(url);
  if (/^[\\/]{2}/.test(u)) return '//';
  const m = u.match(/^([a-z][a-z0-9+.-]*):/i);
  return m ? m[1].toLowerCase() : '';
}

/** What is wrong with a link target, or undefined. */
export function linkUrlProblem(url) {
  const scheme = urlScheme(url);
  if (scheme === '' || LINK_SCHEMES.has(scheme)) return undefined;
  if (scheme === '//') return `link "${url}": write the full address, starting https://.`;
  return `link "${url}": ${scheme}: links are not allowed. Link to a web page (https://…), an email address (mailto:…) or a page of this site (/chatgpt/memory/).`;
}

/** What is wrong with an image source, or undefined. */
export function imageUrlProblem(url) {
  const scheme = urlScheme(url);
  if (scheme === '') return undefined;
  return `image "${String(url).slice(0, 60)}": images must be files of this site, next to the guide (./shot.png) or in public/ (/images/shot.png). Images from other websites${scheme === 'data' ? ' and data: URLs' : ''} are not allowed.`;
}

/** Markdown links, reference definitions and images. */
export function markdownUrlProblem(node) {
  if (node.type === 'link' || node.type === 'definition') return linkUrlProblem(node.url);
  if (node.type === 'image') return imageUrlProblem(node.url);
  return undefined;
}
