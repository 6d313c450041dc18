// Small readers for MDX JSX nodes, shared by the checks in this folder. Sätteri gives attribute
// expressions as source text (no estree), so a literal is read as JSON: a string in double quotes, a
// number, true/false, null, or a list or object of those. Anything else in braces is code.

export const isJsx = (node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A component (<Steps>) rather than an HTML element (<p>): its name starts with a capital. */
export const isComponent = (node) => isJsx(node) && /^[A-Z]/.test(node.name ?? '');

export const attribute = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * What an attribute's value is: { literal: value } (a quoted string, a bare attribute = true, or a
 * literal in braces), { image: name } (an image imported at the top of the guide), or { code: text }.
 * @param {any} attr @param {Map<string, string>} [images] local name -> import path
 */
export function attributeValue(attr, images) {
  const value = attr?.value;
  if (value === null || value === undefined) return { literal: true };
  if (typeof value === 'string') return { literal: value };
  const text = String(value.value ?? '').trim();
  if (IDENTIFIER.test(text) && images?.has(text)) return { image: text };
  try {
    return { literal: JSON.parse(text) };
  } catch {
    return { code: text };
  }
}

/** The value of a literal attribute, or undefined (absent, code, or an image). */
export function literalAttribute(node, name) {
  const attr = attribute(node, name);
  return attr ? attributeValue(attr).literal : undefined;
}

/** The blocks inside an element, named as the HTML they become ("<ol>", "<p>", "<Tab>"); a <Steps> becomes an <ol>. */
export function blockNames(node) {
  return (node.children ?? [])
    .map((child) => {
      if (child.type === 'list') return child.ordered ? '<ol>' : '<ul>';
      if (child.type === 'paragraph') return '<p>';
      if (child.type === 'heading') return `<h${child.depth}>`;
      if (child.type === 'code') return '<pre>';
      if (child.type === 'blockquote') return '<blockquote>';
      if (child.type === 'thematicBreak') return '<hr>';
      if (child.type === 'table') return '<table>';
      if (isJsx(child)) return child.name === 'Steps' ? '<ol>' : `<${child.name ?? ''}>`;
      if (child.type === 'text') return child.value.trim() ? `text "${child.value.trim().slice(0, 30)}"` : '';
      return child.type;
    })
    .filter(Boolean);
}

/** A short quote of code for a message. */
export const short = (text) => {
  const one = String(text).replace(/\s+/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 47)}…` : one;
};
