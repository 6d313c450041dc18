// Writer safety while a guide compiles (the guide lint runs the same checks on every guide before the
// build; this catches a guide edited while `astro dev` runs). Each check is one function of a node,
// shared with the lint: src/lib/markdown/checks/.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { located, rawElementProblem } from './checks/raw-elements.mjs';
import { altProblem } from './checks/alt-text.mjs';
import { allowedComponentNames, componentProblem } from './checks/components.mjs';

const names = allowedComponentNames();

/** The guide's path for messages: relative to the project, as the lint prints it. */
export function guidePath(fileURL) {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(guide)';
}

/** @param {(node: any) => string | undefined} check */
const stopOn = (check) => (node, ctx) => {
  const problem = check(node);
  if (problem) throw new Error(located(guidePath(ctx.fileURL), node, problem));
};

const jsx = stopOn((node) => rawElementProblem(node) ?? altProblem(node) ?? componentProblem(node, names));

/** @type {import('satteri').MdastPluginDefinition} */
export const guideChecks = {
  name: 'otr:guide-checks',
  // The line number in a message needs positions (a slightly slower parse, worth a clear error).
  options: { position: true },
  html: stopOn(rawElementProblem),
  image: stopOn(altProblem),
  imageReference: stopOn(altProblem),
  mdxJsxFlowElement: jsx,
  mdxJsxTextElement: jsx,
};
