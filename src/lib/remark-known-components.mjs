// A guide can use only the site's MDX components (src/components/mdx/index.ts) and plain HTML. An
// unknown component (<Callout>, a typo like <Step>) stops the build with the file, the line and the
// allowed names, instead of MDX's render-time "Expected component … to be defined" without a file.
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { FACT_COMPONENTS } from './remark-facts.mjs';

/** Component names exported in src/components/mdx/index.ts's `mdxComponents` object. */
export function mdxComponentNames(indexFile = 'src/components/mdx/index.ts') {
  const src = readFileSync(indexFile, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const body = src.match(/export const mdxComponents\s*=\s*\{([^}]*)\}/)?.[1];
  // Only a plain list of names can be read here; with a spread (…others) leave the check to MDX.
  if (!body || body.includes('...')) return undefined;
  return body
    .split(',')
    .map((part) => part.split(':')[0].trim())
    .filter((name) => /^[A-Z]\w*$/.test(name));
}

/** @param {{ names?: string[] }} [options] @returns {(tree: any, file: any) => void} */
export function remarkKnownComponents(options = {}) {
  const listed = options.names ?? mdxComponentNames();
  // <Fact> and <FactSheet> are imported into the guides that use them (remark-facts.mjs).
  const names = listed && [...listed, ...Object.keys(FACT_COMPONENTS)];
  return (tree, file) => {
    if (!names) return;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      if (!name || !/^[A-Z]/.test(name) || names.includes(name) || name === 'Fragment') return;
      const where = node.position ? `:${node.position.start.line}` : '';
      throw new Error(`${file.path}${where}: unknown component <${name}>. Guides can use: ${names.join(', ')}.`);
    });
  };
}
