// Every writer check that is a function of one mdast node, in one list: the guide lint
// (src/integrations/guide-lint.mjs, every guide before the build, every problem at once) and the
// processor (src/lib/markdown/guide-checks.mjs, while a guide compiles) both run exactly these.
import { altProblem } from './alt-text.mjs';
import { allowedComponentNames, componentProblem } from './components.mjs';
import { componentPropsProblem } from './component-props.mjs';
import { codeProblem } from './content-not-code.mjs';
import { rawElementProblem } from './raw-elements.mjs';
import { markdownUrlProblem } from './urls.mjs';

const names = allowedComponentNames();

/** @type {((node: any, ctx: import('./content-not-code.mjs').CheckContext) => string | string[] | undefined)[]} */
export const NODE_CHECKS = [
  codeProblem,
  rawElementProblem,
  (node) => componentProblem(node, names),
  componentPropsProblem,
  altProblem,
  markdownUrlProblem,
  (node) =>
    node.type === 'imageReference'
      ? `image reference "![…][${node.identifier}]": write the image inline, ![What it shows](./shot.png).`
      : undefined,
];

/** A fresh context for one guide. @param {{ file?: string, root?: string }} [where] */
export const checkContext = (where = {}) => ({ ...where, images: new Map() });

/** Every problem with one node, as messages (without the file and line). */
export function nodeProblems(node, ctx) {
  const out = [];
  for (const check of NODE_CHECKS) {
    const found = check(node, ctx);
    if (Array.isArray(found)) out.push(...found.filter(Boolean));
    else if (found) out.push(found);
  }
  return out;
}
