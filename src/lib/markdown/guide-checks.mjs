// Writer safety while a guide compiles (the guide lint runs the same checks on every guide before the
// build; this catches a guide edited while `astro dev` runs). The checks are one list, shared with the
// lint: src/lib/markdown/checks/index.mjs. A factory gives each guide its own context (the images it
// imports), and the visitors run in document order, so an image must be imported before it is used.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { located } from './checks/raw-elements.mjs';
import { checkContext, nodeProblems } from './checks/index.mjs';

/** The guide's path for messages: relative to the project, as the lint prints it. */
export function guidePath(fileURL) {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(guide)';
}

/** @type {import('satteri').MdastPluginEntry} */
export const guideChecks = ({ fileURL }) => {
  const ctx = checkContext({ file: fileURL ? fileURLToPath(fileURL) : undefined });
  const check = (node) => {
    const [problem] = nodeProblems(node, ctx);
    if (problem) throw new Error(located(guidePath(fileURL), node, problem));
  };
  return {
    name: 'otr:guide-checks',
    // The line number in a message needs positions (a slightly slower parse, worth a clear error).
    options: { position: true },
    mdxjsEsm: check,
    mdxFlowExpression: check,
    mdxTextExpression: check,
    html: check,
    link: check,
    definition: check,
    image: check,
    imageReference: check,
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  };
};
