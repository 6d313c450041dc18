// Links to other websites, in guide prose: the browser sends them no referrer (rel="noopener
// noreferrer", referrerpolicy="no-referrer"), and readers can tell before following one that it leaves
// this site: a visible arrow (hidden from screen readers) and the words "(other website)" for screen
// readers. The guide processor adds them to links in prose (src/lib/markdown/external-links.mjs), and
// SourcesList.astro prints the same marker (EXTERNAL_MARK_HTML) for the sources list.
export const EXTERNAL_REL = 'noopener noreferrer';
export const EXTERNAL_SR_TEXT = ' (other website)';
export const EXTERNAL_MARK_HTML = `<span class="external-mark" aria-hidden="true">↗</span><span class="sr-only">${EXTERNAL_SR_TEXT}</span>`;

/** True for an absolute http(s) or protocol-relative URL. */
export function isExternalHref(href) {
  return typeof href === 'string' && /^(?:https?:)?\/\//i.test(href);
}
