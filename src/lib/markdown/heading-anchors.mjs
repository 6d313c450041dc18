// Every heading gets an id (the slug of its text, as GitHub makes them), and every h2/h3 a visible,
// keyboard-reachable "#" link placed right after it, not inside it, so the heading's accessible name
// stays just its text:
//   <div class="heading-wrap heading-wrap-h2"><h2 id="x">…</h2><a class="heading-anchor" href="#x">…</a></div>
// Astro's own heading-ids step runs after this one and keeps these ids for getHeadings().
import Slugger from 'github-slugger';

const ANCHORED = new Set(['h2', 'h3']);

/** @param {string} slug @param {string} text */
function anchor(slug, text) {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${slug}` },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: `Link to the section “${text}”` }],
      },
    ],
  };
}

/** @type {import('satteri').HastPluginEntry} */
export const headingAnchors = () => {
  // One slugger per guide, fed every heading in order, so repeated titles get -1, -2 as in getHeadings().
  const slugger = new Slugger();
  return {
    name: 'otr:heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const written = node.properties?.id;
        const slug = typeof written === 'string' ? written : slugger.slug(text);
        if (typeof written !== 'string') ctx.setProperty(node, 'id', slug);
        if (!ANCHORED.has(node.tagName)) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrap', `heading-wrap-${node.tagName}`] },
          children: [anchor(slug, text)],
        });
      },
    },
  };
};
