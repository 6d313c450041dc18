// Numbered citations while a guide compiles (the checks are src/lib/markdown/checks/cites.mjs, shared
// with the guide lint):
//   mdast phase  collect the ids the page cites, in order (<Cite>, <Fact>, <FactSheet>, <Illustration>),
//                stopping with file:line on an unknown id;
//   hast phase   give each <Cite> its numbers (`n="2 5"`), each fact its place in the list (`listed`),
//                and the page its list (frontmatter `sourceIds`, read by the guide layout's Sources list).
// Sätteri lets only a hast-phase plugin add attributes to an MDX element; its data bag carries the list
// from one phase to the other.
import { CITING, citationContext, citedIds } from './checks/cites.mjs';
import { located } from './checks/raw-elements.mjs';
import { guidePath } from './guide-checks.mjs';

let context;
/** The registry is read once per build (a dev server restart picks up registry edits). */
const ctx = () => (context ??= citationContext());

const guideAssistant = (fileURL) => String(fileURL?.pathname ?? '').match(/guides\/([^/]+)\/[^/]+\.mdx$/)?.[1];

/** @type {import('satteri').MdastPluginDefinition} */
export const collectCitations = {
  name: 'otr:collect-citations',
  options: { position: true },
  ...Object.fromEntries(
    ['mdxJsxFlowElement', 'mdxJsxTextElement'].map((type) => [
      type,
      (node, c) => {
        if (!CITING.includes(node.name)) return;
        let ids;
        try {
          ids = citedIds(node, { guideAssistant: guideAssistant(c.fileURL) }, ctx()) ?? [];
        } catch (err) {
          throw new Error(located(guidePath(c.fileURL), node, err.message), { cause: err });
        }
        const list = (c.data.otrSourceIds ??= []);
        for (const id of ids) if (!list.includes(id)) list.push(id);
      },
    ]),
  ),
};

/** @type {import('satteri').HastPluginEntry} */
// Every guide needs it: the page reads its Sources list (frontmatter sourceIds) from here.
export const numberCitations = () => {
  return {
    name: 'otr:number-citations',
    mdxJsxFlowElement: { filter: ['Cite'], visit: number },
    mdxJsxTextElement: { filter: ['Cite'], visit: number },
    after(_root, c) {
      const fm = c.data.astro?.frontmatter;
      if (fm) fm.sourceIds = c.data.otrSourceIds ?? [];
    },
  };
};

/** @param {any} node @param {import('satteri').HastVisitorContext} c */
function number(node, c) {
  const list = c.data.otrSourceIds ?? [];
  const id = node.attributes.find((a) => a.name === 'id')?.value ?? '';
  c.setProperty(
    node,
    'n',
    String(id)
      .trim()
      .split(/\s+/)
      .map((i) => list.indexOf(i) + 1)
      .join(' '),
  );
}
