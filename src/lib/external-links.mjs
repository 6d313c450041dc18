// Links to other websites, in guide prose: the browser sends them no referrer (rel="noopener
// noreferrer", referrerpolicy="no-referrer"), and readers can tell before following one that it leaves
// this site: a visible arrow (hidden from screen readers) and the words "(other website)" for screen
// readers. SourcesList.astro prints the same marker (EXTERNAL_MARK_HTML) for the sources list.
import { visit } from 'unist-util-visit';

export const EXTERNAL_REL = 'noopener noreferrer';
export const EXTERNAL_SR_TEXT = ' (other website)';
export const EXTERNAL_MARK_HTML = `<span class="external-mark" aria-hidden="true">↗</span><span class="sr-only">${EXTERNAL_SR_TEXT}</span>`;

/** True for an absolute http(s) or protocol-relative URL. */
export function isExternalHref(href) {
  return typeof href === 'string' && /^(?:https?:)?\/\//i.test(href);
}

function markNodes() {
  return [
    { type: 'element', tagName: 'span', properties: { className: ['external-mark'], ariaHidden: 'true' }, children: [{ type: 'text', value: '↗' }] },
    { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: EXTERNAL_SR_TEXT }] },
  ];
}

/** @returns {(tree: any) => void} */
export function rehypeExternalLinks() {
  return (tree) => {
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'a' && isExternalHref(node.properties?.href)) {
        const classes = [].concat(node.properties.className ?? []);
        node.properties = {
          ...node.properties,
          className: [...classes, 'external-link'],
          rel: EXTERNAL_REL.split(' '),
          referrerPolicy: 'no-referrer',
        };
        node.children.push(...markNodes());
        return 'skip';
      }
      // <a href="https://…"> written as JSX in MDX.
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
        const href = node.attributes.find((a) => a.name === 'href')?.value;
        if (!isExternalHref(href)) return;
        const set = (name, value) => {
          const existing = node.attributes.find((a) => a.name === name);
          if (existing) existing.value = value;
          else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
        };
        set('rel', EXTERNAL_REL);
        set('referrerpolicy', 'no-referrer');
        const cls = node.attributes.find((a) => a.name === 'class' || a.name === 'className');
        if (cls && typeof cls.value === 'string') cls.value += ' external-link';
        else set('class', 'external-link');
        node.children.push(...markNodes());
        return 'skip';
      }
    });
  };
}
