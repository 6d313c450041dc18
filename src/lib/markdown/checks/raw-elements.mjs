// Guides carry no scripts, styles, forms, frames or page settings of their own: everything interactive
// comes from the site's components, so a guide cannot run code, send readers elsewhere (<meta refresh>,
// <base>, <form>) or load anything from another website, whatever the CSP would have stopped. Plain
// HTML is limited to an allow-list of inert elements and attributes; links and image sources follow
// the URL rules in ./urls.mjs. Each refusal names the file and line and what to write instead.
// Each check in this folder is one function of an mdast node, run in two places: the guide lint
// (src/integrations/guide-lint.mjs: every guide before the build, every problem at once) and the
// processor (src/lib/markdown/guide-checks.mjs: while a guide compiles, e.g. under `astro dev`).
import { attributeValue, isJsx, short } from './jsx.mjs';
import { imageUrlProblem, linkUrlProblem } from './urls.mjs';

/** Inert HTML a guide may write (Markdown covers most of it; these are for what Markdown cannot say). */
export const ALLOWED_ELEMENTS = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption ' +
    'figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary ' +
    'sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Attributes any allowed element may carry (data-* is left out: the site's scripts and the search index read it). */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'className', 'title', 'lang', 'dir', 'translate', 'hidden', 'role']);
const ELEMENT_ATTRIBUTES = {
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  details: ['open'],
};
const URL_ATTRIBUTES = { href: linkUrlProblem, cite: linkUrlProblem, src: imageUrlProblem };

const allowedOn = (name) => [...(ELEMENT_ATTRIBUTES[name] ?? []), ...GLOBAL_ATTRIBUTES, 'aria-*'];

/** Problems with one HTML element and its attributes: [name, [attribute name, value]] in, messages out. */
function elementProblems(name, attributes) {
  const tag = String(name).toLowerCase();
  if (!ALLOWED_ELEMENTS.has(tag)) {
    return [
      `raw <${name}> is not allowed in a guide (guides carry no scripts, styles, forms, frames or page settings; use Markdown or the site's components). HTML a guide may use: ${[...ALLOWED_ELEMENTS].join(', ')}.`,
    ];
  }
  const problems = [];
  for (const [attr, value] of attributes) {
    const key = String(attr);
    if (/^on/i.test(key)) {
      problems.push(`<${name} ${key}>: event handlers are not allowed (guides carry no scripts).`);
    } else if (key.toLowerCase() === 'style') {
      problems.push(`<${name} style>: inline styles are not allowed (the site's CSP blocks them); use Markdown or the site's components.`);
    } else if (!(GLOBAL_ATTRIBUTES.has(key) || /^aria-[a-z]+$/.test(key) || (ELEMENT_ATTRIBUTES[tag] ?? []).includes(key))) {
      problems.push(`<${name} ${key}>: attribute not allowed. Allowed on <${tag}>: ${allowedOn(tag).join(', ')}.`);
    } else if (URL_ATTRIBUTES[key] && typeof value === 'string') {
      const p = URL_ATTRIBUTES[key](value);
      if (p) problems.push(`<${name} ${key}>: ${p}`);
    }
  }
  return problems;
}

/** Tags and attributes of raw HTML text (Markdown files; MDX parses HTML as JSX). */
function htmlTags(html) {
  const tags = [];
  for (const [, name, rest] of String(html).matchAll(/<\s*([a-zA-Z][\w:.-]*)([^>]*)>/g)) {
    const attrs = [...rest.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((m) => [
      m[1],
      m[2] ?? m[3] ?? m[4] ?? '',
    ]);
    tags.push([name, attrs]);
  }
  if (/<!--|<!\[CDATA\[|<\?/.test(html)) tags.push(['!--', []]);
  return tags;
}

/** What is wrong with this mdast node (one message or a list), or undefined. */
export function rawElementProblem(node) {
  if (node.type === 'html') return htmlTags(node.value).flatMap(([name, attrs]) => elementProblems(name, attrs));
  if (!isJsx(node) || !node.name || /^[A-Z]/.test(node.name)) return undefined;
  const attrs = (node.attributes ?? [])
    .filter((a) => a.type === 'mdxJsxAttribute')
    .map((a) => {
      const v = attributeValue(a);
      return [a.name, typeof v.literal === 'string' ? v.literal : v.code !== undefined ? short(v.code) : String(v.literal)];
    });
  return elementProblems(node.name, attrs);
}

/** "file:line: problem" for an mdast node. */
export function located(path, node, problem) {
  return `${path}${node.position ? `:${node.position.start.line}` : ''}: ${problem}`;
}
