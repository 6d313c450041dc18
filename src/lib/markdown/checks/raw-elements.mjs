// Guides carry no scripts or styles of their own: everything interactive comes from the site's
// components, so the CSP stays strict and a writer cannot break the page. Reject raw elements early,
// with the file and line, instead of letting them reach the HTML.
// Each check in this folder is one function of an mdast node, run in two places: the guide lint
// (src/integrations/guide-lint.mjs: every guide before the build, every problem at once) and the
// processor (src/lib/markdown/guide-checks.mjs: while a guide compiles, e.g. under `astro dev`).
const FORBIDDEN = new Set(['script', 'style', 'iframe', 'object', 'embed']);

/** What is wrong with this mdast node, or undefined. */
export function rawElementProblem(node) {
  const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  const isHtml = node.type === 'html' && /<\s*(script|style|iframe|object|embed)\b/i.test(node.value);
  if ((isJsx && FORBIDDEN.has(String(node.name).toLowerCase())) || isHtml) {
    const name = isJsx ? node.name : String(node.value).match(/<\s*(\w+)/)?.[1];
    return `raw <${name}> is not allowed in a guide (guides carry no scripts or styles; use the site's components).`;
  }
  return undefined;
}

/** "file:line: problem" for an mdast node. */
export function located(path, node, problem) {
  return `${path}${node.position ? `:${node.position.start.line}` : ''}: ${problem}`;
}
