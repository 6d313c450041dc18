// <Fact> and <FactSheet> quote content/data/assistants.yaml in a guide. A wrong name (an assistant or
// fact that does not exist) stops the build here, with the file, the line and the allowed values,
// instead of a render error without a file. Without an `assistant`, the guide's own assistant is used
// (its frontmatter field, which must match its folder), so most guides write just <Fact name="…" />.
import { fileURLToPath } from 'node:url';
import { assistantIds } from '../../../data/assistants.ts';
import { FACT_KEYS } from '../../../data/comparison.ts';

/**
 * The components and their files. They are not in src/components/mdx/index.ts's map: this plugin adds
 * an import to each guide (src/lib/markdown/facts.mjs) that uses one, so their styles load only on those pages (Astro bundles the
 * styles of a guide's own imports with that guide, and the map's with every guide).
 */
export const FACT_COMPONENTS = {
  Fact: fileURLToPath(new URL('../../../components/mdx/Fact.astro', import.meta.url)),
  FactSheet: fileURLToPath(new URL('../../../components/mdx/FactSheet.astro', import.meta.url)),
};
const COMPONENTS = Object.keys(FACT_COMPONENTS);

/** The guide's assistant: its frontmatter field, else its folder (content/guides/<assistant>/…). */
function guideAssistant(path, frontmatter) {
  const fromFm = frontmatter?.assistant;
  if (typeof fromFm === 'string') return fromFm;
  return String(path ?? '')
    .replace(/\\/g, '/')
    .match(/guides\/([^/]+)\/[^/]+\.mdx$/)?.[1];
}

/** A literal list such as {["training", "optOut"]}; undefined when it is anything else. */
function literalList(value) {
  const expr = value?.data?.estree?.body?.[0]?.expression;
  if (expr?.type === 'ArrayExpression' && expr.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string')) {
    return expr.elements.map((e) => e.value);
  }
  try {
    const parsed = JSON.parse(String(value?.value ?? ''));
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed;
  } catch {
    // Not a JSON list either: the caller then asks the writer for a list of facts.
  }
  return undefined;
}

/**
 * Checks one mdast node; for a <Fact> or <FactSheet>, returns the attributes to add to it (the guide's
 * assistant where none is written, and the guide's source ids), and throws "file:line: <Fact>: …" when
 * it is used wrongly. Returns undefined for any other node. Shared by the guide lint and the processor.
 * @param {any} node @param {{ path: string, frontmatter?: Record<string, any>, listed?: string[] }} guide
 */
export function factAttributes(node, { path, frontmatter, listed }) {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  if (!COMPONENTS.includes(node.name)) return undefined;
  const where = `${path}${node.position ? `:${node.position.start.line}` : ''}: <${node.name}>`;
  const fail = (msg) => {
    throw new Error(`${where}: ${msg}`);
  };
  const attr = (name) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const add = [];

  const a = attr('assistant');
  if (a && typeof a.value !== 'string')
    fail(`write the assistant as plain text, e.g. assistant="claude". Allowed: ${assistantIds.join(', ')}.`);
  const assistant = a ? a.value : guideAssistant(path, frontmatter);
  if (!assistantIds.includes(assistant)) {
    fail(`unknown assistant "${assistant}". Allowed: ${assistantIds.join(', ')}.`);
  }
  if (!a) add.push({ type: 'mdxJsxAttribute', name: 'assistant', value: assistant });
  // The page's Sources list (registry ids, in the order the page cites them; src/lib/markdown/cites.mjs):
  // a fact cites those as [n], pointing to the list at the end of the page.
  if (Array.isArray(listed) && !attr('listed')) {
    add.push({ type: 'mdxJsxAttribute', name: 'listed', value: listed.join(' ') });
  }

  let names;
  if (node.name === 'Fact') {
    const n = attr('name');
    if (!n) fail(`needs a name, e.g. <Fact name="retention" />. Allowed: ${FACT_KEYS.join(', ')}.`);
    if (typeof n.value !== 'string') fail(`write the name as plain text, e.g. name="retention". Allowed: ${FACT_KEYS.join(', ')}.`);
    names = [n.value];
  } else {
    const f = attr('facts');
    names = f && typeof f.value === 'object' ? literalList(f.value) : undefined;
    if (!names || names.length === 0) {
      fail(`needs a list of facts, e.g. facts={["training", "optOut"]}. Allowed: ${FACT_KEYS.join(', ')}.`);
    }
  }
  for (const name of names) {
    if (!FACT_KEYS.includes(name)) fail(`unknown fact "${name}". Allowed: ${FACT_KEYS.join(', ')}.`);
  }
  return add;
}

/** The line that imports a fact component into a guide. */
export const factImport = (name) => `import ${name} from ${JSON.stringify(FACT_COMPONENTS[name])};`;
