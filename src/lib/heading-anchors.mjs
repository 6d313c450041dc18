// Every h2/h3 gets a visible, keyboard-reachable anchor link placed right after the heading (not inside
// it, so the heading's accessible name stays just its text). Used by rehype-autolink-headings.
import { toString } from 'hast-util-to-string';

/** @type {import('rehype-autolink-headings').Options} */
export const headingAnchorOptions = {
  behavior: 'after',
  test: ['h2', 'h3'],
  group: (heading) => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrap', `heading-wrap-${heading.tagName}`] },
    children: [],
  }),
  properties: { className: ['heading-anchor'] },
  content: (heading) => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: `Link to the section “${toString(heading)}”` }],
    },
  ],
};
