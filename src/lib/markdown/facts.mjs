// <Fact> and <FactSheet> (src/components/mdx/): checked and completed by the same function as in the
// guide lint (src/lib/markdown/checks/facts.mjs), then imported into the guide that uses them, so their styles
// load on those pages only. Facts cite the page's Sources list (src/lib/markdown/cites.mjs numbers it).
// A hast-phase plugin: that is where Sätteri lets a plugin add attributes to an MDX element.
import { FACT_COMPONENTS, factAttributes, factImport } from './checks/facts.mjs';
import { guidePath } from './guide-checks.mjs';

const NAMES = Object.keys(FACT_COMPONENTS);

/** @type {import('satteri').HastPluginEntry} */
export const facts = ({ source }) => {
  // Most guides have no facts: leave the plugin out without visiting anything.
  if (!NAMES.some((name) => source.includes(`<${name}`))) return null;
  const used = new Set();
  /** @param {any} node @param {import('satteri').HastVisitorContext} ctx */
  const visit = (node, ctx) => {
    const add = factAttributes(node, {
      path: guidePath(ctx.fileURL),
      frontmatter: ctx.data.astro?.frontmatter,
      listed: ctx.data.otrSourceIds ?? [],
    });
    for (const { name, value } of add ?? []) ctx.setProperty(node, name, value);
    used.add(node.name);
  };
  return {
    name: 'otr:facts',
    options: { position: true },
    mdxJsxFlowElement: { filter: NAMES, visit },
    mdxJsxTextElement: { filter: NAMES, visit },
    after(root, ctx) {
      if (!used.size) return;
      ctx.prependChild(
        root,
        [...used].map((name) => ({ type: 'mdxjsEsm', value: factImport(name) })),
      );
    },
  };
};
