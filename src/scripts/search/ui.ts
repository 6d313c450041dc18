// Shared set-up of Pagefind's Component UI for the search dialog and the /search/ page: one
// Pagefind instance per page (the index, once loaded, is reused for every later search), the
// result template, and a clear message when the search bundle is missing (as in `astro dev`).
import { getInstanceManager } from '@pagefind/component-ui';
// The stylesheets are linked when search is first used, not imported: Astro would otherwise hoist
// CSS imported by any script into every page's <head>, and each page would fetch it at load.
import pagefindCssUrl from '@pagefind/component-ui/css?url';
import siteCssUrl from './search.css?url';
import { fallbackQueries, rewriteQuery } from './query';
import { SEARCH_META_WEIGHTS } from '../../lib/search-index';
import { normalizeBase } from '../../lib/site-paths.mjs';
import { wrapPagefindApi } from './pagefind-api';

function linkStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/** Resolves when the search stylesheets (Pagefind's, then the site's overrides) have loaded. */
export const stylesReady = Promise.all([linkStylesheet(pagefindCssUrl), linkStylesheet(siteCssUrl)]).then(() => undefined);

/** URL parameter that carries the searched words to the page a result opens (see highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';
export { FILTER_NAMES, type Filters } from './url';

const base = normalizeBase(import.meta.env.BASE_URL);

// Static <pagefind-*> elements on /search/ are upgraded (and create the default instance) as soon as
// the package is imported, so the options are set on that instance; Pagefind itself is only loaded
// at the first search, after this.
export const instance = getInstanceManager().getInstance('default');
instance.options.bundlePath = `${base}pagefind/`;
Object.assign(instance.pagefindOptions as Record<string, unknown>, {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 26,
  // Pagefind's defaults, except that long guides are not penalised as much (a long how-to that is
  // all about one setting should still win over a short page that mentions it once). Matches in a
  // guide's metadata lift it (see SEARCH_META_WEIGHTS): its title, its lead, every name of its
  // assistant (so "deepseek delete chat history" ranks DeepSeek's guides first), its keywords, all
  // of these at once (`about`), and, for a query naming no assistant, ChatGPT's (`unnamed`).
  // termSimilarity 2 (Pagefind's default is 1): a query word counts less where it only starts a
  // longer word. Pagefind matches word starts, so "chat" also finds "ChatGPT" in every ChatGPT title,
  // and "delete a chat" tied the Memory guide ("See, delete and turn off ChatGPT memory") with the
  // Delete chats guide; at 2 and at 4 all 101 queries of tests/search-queries.json pass, at 1 one fails.
  ranking: { pageLength: 0.5, termFrequency: 1.0, termSaturation: 1.0, termSimilarity: 2.0, metaWeights: { ...SEARCH_META_WEIGHTS } },
});

// Search with the site's words (see query.ts). Ranking is Pagefind's own (above): nothing here
// reorders results. The wrapper is put on Pagefind's instance the moment the Component UI stores it
// (before any search can use it), so no search ever goes out unwrapped.
type Result = { id: string; score: number };
type Found = { results: Result[] } | null;
type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, unknown>; preload?: boolean };
type PagefindApi = { search: (t: string | null, o?: SearchOptions) => Promise<Found> };

function withSiteWords(pagefind: PagefindApi): PagefindApi {
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (t, o = {}) => {
    if (!t || o.preload) return search(t, o);
    const query = rewriteQuery(t);
    const found = await search(query, o);
    if (found?.results.length) return found;
    // Nothing has every word: the first search that leaves one word out and finds something
    // (fallbackQueries keeps the assistant's name to the last).
    for (const shorter of fallbackQueries(query)) {
      const other = await search(shorter, o);
      if (other?.results.length) return other;
    }
    return found;
  };
  return pagefind;
}
wrapPagefindApi(instance, withSiteWords);

export const MISSING_BUNDLE_MESSAGE = import.meta.env.DEV
  ? 'Search needs a build: the dev server has no search index. Run “npm run build”, then “npm start”, and search there.'
  : 'Search could not load. Check your connection and reload the page.';

/** Shows our own message (and hides Pagefind's technical one) when the search bundle cannot load. */
export function showErrors(container: HTMLElement) {
  const box = document.createElement('p');
  box.className = 'search-error';
  box.setAttribute('role', 'alert');
  box.hidden = true;
  container.prepend(box);
  instance.on('error', () => {
    box.textContent = MISSING_BUNDLE_MESSAGE;
    box.hidden = false;
  });
}

function formatDate(iso: string | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Pagefind excerpts are text with <mark> around matches; keep exactly that and nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: nothing in a template runs or loads
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

interface ResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/**
 * A result's address, only if it is a page of this site (a path on this origin); otherwise null. The
 * index is built here, but a result is data read from files: treat it as untrusted, like any input.
 */
export function sameSiteHref(url: unknown): string | null {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.origin === location.origin ? parsed.pathname + parsed.search + parsed.hash : null;
  } catch {
    return null;
  }
}

/** A link to a page of this site, or plain text when the address is not one. */
function siteLink(className: string, text: unknown, url: unknown): HTMLElement {
  const href = sameSiteHref(url);
  const node = el(href ? 'a' : 'span', className, String(text ?? ''));
  if (href) (node as HTMLAnchorElement).href = href;
  return node;
}

/** One result: title, assistant · kind · verified date, excerpt, and the matching sections. */
export function renderResult(result: ResultData): Element {
  const meta = result.meta ?? {};
  const link = siteLink('pf-result-link', meta.title ?? result.url, meta.url ?? result.url);
  const facts = [result.filters?.assistant?.[0], result.filters?.kind?.[0]].filter((f) => typeof f === 'string' && f) as string[];
  const verified = formatDate(meta.verified);
  if (verified) facts.push(`Verified ${verified}`);
  const content = el('div', 'pf-result-content', el('p', 'pf-result-title', link));
  if (facts.length) content.append(el('p', 'search-result-facts', facts.join(' · ')));
  if (typeof result.excerpt === 'string') content.append(el('p', 'pf-result-excerpt', ...excerptNodes(result.excerpt)));
  const item = el('li', 'pf-result', el('div', 'pf-result-card', content));
  const subs = instance.getDisplaySubResults(result as never, 3) as ResultData['sub_results'];
  if (subs?.length) {
    const list = el('ul', 'pf-heading-chips');
    list.setAttribute('aria-label', `Sections of “${meta.title ?? ''}”`);
    for (const sub of subs) {
      const subLink = siteLink('pf-heading-link', sub.title, sub.url);
      list.append(el('li', 'pf-heading-chip', subLink, el('p', 'pf-heading-excerpt', ...excerptNodes(String(sub.excerpt ?? '')))));
    }
    item.append(list);
  }
  return item;
}

/** Creates a Pagefind element with attributes. */
export function pf(tag: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export { searchPageUrl } from './url';
