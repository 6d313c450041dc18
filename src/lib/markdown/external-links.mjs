// Links to other websites, in guide prose: the browser sends them no referrer, and readers can tell
// before following one that it leaves this site (markup and reasons: src/lib/external-links.mjs,
// shared with the sources list).
import { EXTERNAL_REL, EXTERNAL_SR_TEXT, isExternalHref } from '../external-links.mjs';

const mark = () => [
  {
    type: 'element',
    tagName: 'span',
    properties: { className: ['external-mark'], ariaHidden: 'true' },
    children: [{ type: 'text', value: '↗' }],
  },
  { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: EXTERNAL_SR_TEXT }] },
];

/** <a href="https://…"> written as JSX in MDX: set its attributes (Sätteri upserts them). */
function jsxLink(node, ctx) {
  const attrs = node.attributes ?? [];
  if (!isExternalHref(attrs.find((a) => a.name === 'href')?.value)) return;
  ctx.setProperty(node, 'rel', EXTERNAL_REL);
  ctx.setProperty(node, 'referrerpolicy', 'no-referrer');
  const cls = attrs.find((a) => a.name === 'class' || a.name === 'className');
  if (cls && typeof cls.value === 'string') ctx.setProperty(node, cls.name, `${cls.value} external-link`);
  else ctx.setProperty(node, 'class', 'external-link');
  ctx.appendChild(node, mark());
}

/** @type {import('satteri').HastPluginEntry} */
export const externalLinks = ({ source }) =>
  // A guide without "//" has no link to another website.
  source.includes('//')
    ? {
        name: 'otr:external-links',
        element: {
          filter: ['a'],
          visit(node, ctx) {
            if (!isExternalHref(node.properties?.href)) return;
            ctx.setProperty(node, 'className', [...[].concat(node.properties.className ?? []), 'external-link']);
            ctx.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
            ctx.setProperty(node, 'referrerPolicy', 'no-referrer');
            ctx.appendChild(node, mark());
          },
        },
        mdxJsxFlowElement: { filter: ['a'], visit: jsxLink },
        mdxJsxTextElement: { filter: ['a'], visit: jsxLink },
      }
    : null;
