// A guide can use only the site's MDX components (src/components/mdx/index.ts) and plain HTML. An
// unknown component (<Callout>, a typo like <Step>) stops the build with the file, the line and the
// allowed names, instead of MDX's render-time "Expected component … to be defined" without a file.
import { readFileSync } from 'node:fs';
import { FACT_COMPONENTS } from './facts.mjs';

/** Component names exported in src/components/mdx/index.ts's `mdxComponents` object. */
export function mdxComponentNames(indexFile = 'src/components/mdx/index.ts') {
  const src = readFileSync(indexFile, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '');
  const body = src.match(/export const mdxComponents\s*=\s*\{([^}]*)\}/)?.[1];
  // Only a plain list of names can be read here; with a spread (…others) leave the check to MDX.
  if (!body || body.includes('...')) return undefined;
  return body
    .split(',')
    .map((part) => part.split(':')[0].trim())
    .filter((name) => /^[A-Z]\w*$/.test(name));
}

/** Every name a guide may use: the map's, plus <Fact> and <FactSheet> (imported by src/lib/markdown/facts.mjs). */
export function allowedComponentNames(names = mdxComponentNames()) {
  return names && [...names, ...Object.keys(FACT_COMPONENTS)];
}

/** What is wrong with this mdast node, or undefined (`names` undefined: no check). */
export function componentProblem(node, names) {
  if (!names || (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')) return undefined;
  const name = node.name;
  if (!name || !/^[A-Z]/.test(name) || names.includes(name) || name === 'Fragment') return undefined;
  return `unknown component <${name}>. Guides can use: ${names.join(', ')}.`;
}
