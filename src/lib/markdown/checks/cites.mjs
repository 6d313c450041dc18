// Citations in a guide. Four components cite registry sources (content/sources/*.yaml, src/lib/sources.ts):
//   <Cite id="openai-temporary-chat-faq" />          the ids written in `id` (several: separated by spaces)
//   <Fact name="…" />, <FactSheet facts={[…]} />      the sources of those /compare/ cells (content/data/assistants.yaml)
//   <Illustration name="…" />                         the sources the drawing follows (src/illustrations/*/index.ts)
// The page's numbered Sources list is every id these cite, in the order the page first cites them.
// One function per node (`citedIds`), shared by the guide lint (every guide, before the build) and the
// processor (src/lib/markdown/cites.mjs, while a guide compiles).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readRegistry, readRegistryWithProblems, quotedBy } from '../../sources.ts';
import { contentDir as siteContentDir } from '../../site-paths.mjs';

export const CITING = ['Cite', 'Fact', 'FactSheet', 'Illustration'];

const ILLUSTRATIONS_DIR = fileURLToPath(new URL('../../../illustrations/', import.meta.url));

/** name → follows.ids for every illustration ("chatgpt/web-data-controls" → ["openai-data-controls-faq"]). */
async function readIllustrationSources() {
  const out = new Map();
  for (const d of readdirSync(ILLUSTRATIONS_DIR, { withFileTypes: true })) {
    const index = join(ILLUSTRATIONS_DIR, d.name, 'index.ts');
    if (!d.isDirectory() || !existsSync(index)) continue;
    const records = (await import(/* @vite-ignore */ pathToFileURL(index).href)).default;
    for (const [name, meta] of Object.entries(records)) out.set(`${d.name}/${name}`, [...(meta.follows?.ids ?? [])]);
  }
  return out;
}
// Read once per process (the drawings' metadata is code, not content).
const illustrationSources = await readIllustrationSources();

/** fact key → source ids, per assistant, from the /compare/ data (missing file: no facts). */
function readFactSources(file) {
  const out = new Map();
  if (!existsSync(file)) return out;
  let data;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch {
    return out; // the comparison loader reports a broken file with its line
  }
  for (const a of data?.assistants ?? []) {
    for (const [key, fact] of Object.entries(a?.facts ?? {})) {
      out.set(`${a.id}/${key}`, [...(fact?.sources ?? []), ...(fact?.conflict?.sources ?? [])]);
    }
  }
  return out;
}

/**
 * Everything the checks need, read from a content folder: the registry, the facts' sources and the
 * illustrations' sources. Throws the registry's RegistryError (every problem, with file and line),
 * unless `lenient`: then the valid entries are used and the problems are handed back.
 */
export function citationContext(contentDir = siteContentDir(), { lenient = false } = {}) {
  const dir = join(contentDir, 'sources');
  const { problems = [], ...registry } = lenient ? readRegistryWithProblems(dir) : readRegistry(dir);
  return {
    registry,
    registryProblems: problems,
    factSources: readFactSources(join(contentDir, 'data', 'assistants.yaml')),
    illustrationSources,
  };
}

const attr = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/** The literal strings of an attribute such as facts={["training", "optOut"]}. */
function literalList(value) {
  const expr = value?.data?.estree?.body?.[0]?.expression;
  if (expr?.type === 'ArrayExpression') return expr.elements.filter((e) => e?.type === 'Literal').map((e) => String(e.value));
  try {
    const parsed = JSON.parse(String(value?.value ?? ''));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * The registry ids one mdast/hast node cites, in order; undefined for nodes that cite nothing.
 * Throws a message (without the file, which the caller adds) when a <Cite> is wrong.
 * @param {any} node
 * @param {{ guideAssistant?: string }} guide
 * @param {ReturnType<typeof citationContext>} ctx
 */
export function citedIds(node, guide, ctx) {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  if (!CITING.includes(node.name)) return undefined;
  if (node.name === 'Cite') {
    const id = attr(node, 'id');
    if (!id || typeof id.value !== 'string' || !id.value.trim()) {
      throw new Error('<Cite> needs the source ids as plain text: <Cite id="openai-data-controls-faq" /> (several: separated by spaces).');
    }
    const extra = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'id');
    if (extra.length) throw new Error('<Cite> takes only `id`, e.g. <Cite id="openai-data-controls-faq" />.');
    const ids = id.value.trim().split(/\s+/);
    const unknown = ids.filter((i) => !ctx.registry.byId.has(i));
    if (unknown.length) {
      throw new Error(
        `<Cite>: unknown source id ${unknown.map((u) => `"${u}"`).join(', ')}. Add it to content/sources/<assistant>.yaml (fields in src/lib/sources.ts), or check the spelling.`,
      );
    }
    return ids;
  }
  if (node.name === 'Illustration') {
    const name = attr(node, 'name');
    // Only ids the registry has: a test content folder has its own registry; on the site, the lint
    // reports a drawing's unknown ids on their own (src/integrations/guide-lint.mjs).
    const ids = typeof name?.value === 'string' ? (ctx.illustrationSources.get(name.value) ?? []) : [];
    return ids.filter((id) => ctx.registry.byId.has(id));
  }
  const assistant = typeof attr(node, 'assistant')?.value === 'string' ? attr(node, 'assistant').value : guide.guideAssistant;
  const names =
    node.name === 'Fact' ? [attr(node, 'name')?.value].filter((n) => typeof n === 'string') : literalList(attr(node, 'facts')?.value);
  return names.flatMap((n) => ctx.factSources.get(`${assistant}/${n}`) ?? []);
}

/**
 * Page-level rules, once the whole guide has been read: it cites at least one source, and every label
 * of every <SettingPath> is quoted by a source it cites. Returns one message per problem.
 * @param {{ cited: string[], paths: { path: string, line?: number }[], where: (line?: number) => string }} page
 * @param {ReturnType<typeof citationContext>} ctx
 */
export function pageCitationProblems({ cited, paths, where }, ctx) {
  const problems = [];
  if (cited.length === 0) {
    problems.push(
      `${where()}: the guide cites no source. Put <Cite id="…" /> after each sentence a source backs (ids in content/sources/*.yaml).`,
    );
  }
  const sources = cited.map((id) => ctx.registry.byId.get(id)).filter(Boolean);
  for (const { path, line } of paths) {
    for (const label of path.split(' > ').map((l) => l.trim())) {
      if (!quotedBy(label, sources)) {
        problems.push(
          `${where(line)}: <SettingPath>: the label "${label}" is not in the quotes of any source this guide cites. Cite the source that shows it, and add the label to that source's quotes (exactly as the page spells it).`,
        );
      }
    }
  }
  return problems;
}
