// Small helpers for components that reshape their rendered slot (Steps, PlatformTabs): parse the HTML
// with a real parser (hast), change it, serialise it back.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';

export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

export function serialize(tree: Root | Element): string {
  return toHtml(tree, { allowDangerousHtml: true });
}

export function isElement(node: RootContent | undefined, tag?: string): node is Element {
  return !!node && node.type === 'element' && (!tag || node.tagName === tag);
}

/** Top-level element children, ignoring whitespace-only text and comments. */
export function elementChildren(parent: Root | Element): Element[] {
  return (parent.children as RootContent[]).filter((n): n is Element => n.type === 'element');
}

/** Non-whitespace content that is not an element (stray text) at the top level. */
export function strayText(parent: Root | Element): string[] {
  return parent.children.filter((n) => n.type === 'text' && n.value.trim() !== '').map((n) => (n as { value: string }).value.trim());
}
