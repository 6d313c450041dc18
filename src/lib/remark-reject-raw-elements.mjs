// Guides carry no scripts or styles of their own: everything interactive comes from the site's
// components, so the CSP stays strict and a writer cannot break the page. Reject raw elements early,
// with the file and line, instead of letting them reach the HTML.
// One check per node (`rawElementProblem`), walked twice: by the guide lint before the build (all
// files, every problem) and by the Markdown processor while it compiles a guide (src/lib/markdown/).
import { visit } from 'unist-util-visit';

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

/** @returns {(tree: any, file: any) => void} */
export function remarkRejectRawElements() {
  return (tree, file) => {
    visit(tree, (node) => {
      const problem = rawElementProblem(node);
      if (problem) throw new Error(located(file.path, node, problem));
    });
  };
}
