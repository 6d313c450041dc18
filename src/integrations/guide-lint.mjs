// Before anything is built, read every guide once and report EVERY problem in every file together, each
// line naming the file: frontmatter that breaks the schema (src/lib/guide-schema.ts), an `assistant`
// field that does not match the folder, MDX that does not parse, and every node check in
// src/lib/markdown/checks/index.mjs (code in a guide, HTML outside the allow-list, unsafe URLs, unknown
// components and their misuse, images without alt text). Astro alone would stop at the first bad file,
// one rebuild per fix, and find component misuse only while rendering, without the file.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
// Sätteri is the Rust MDX parser Astro 7 ships (@astrojs/markdown-satteri); it returns the same mdast
// as @mdx-js/mdx's parser, faster: with it, the lint of 1,000 guides went from 7.3 s to 3.4 s (same load).
import { mdxToMdast } from 'satteri';
import { eachNode } from '../lib/each-node.mjs';
import { parseYamlText } from '../lib/yaml-file.ts';
import { z } from 'astro/zod';
import { guideSchema } from '../lib/guide-schema.ts';
import { located } from '../lib/markdown/checks/raw-elements.mjs';
import { checkContext, nodeProblems } from '../lib/markdown/checks/index.mjs';
import { factAttributes } from '../lib/markdown/checks/facts.mjs';
import { guidesDir } from '../lib/site-paths.mjs';
import { gridProblems, guideEntry, guideFiles, guideTasks, primeTaskIndex } from '../lib/task-index.mjs';
import { citationContext, citedIds, pageCitationProblems } from '../lib/markdown/checks/cites.mjs';
import { quotedBy } from '../lib/sources.ts';

function describeIssue(issue, data) {
  const path = issue.path?.length ? issue.path.join('.') : '(frontmatter)';
  if (issue.path?.length === 1 && data[issue.path[0]] === undefined) {
    return `${path}: missing; every guide needs it (see src/lib/guide-schema.ts)`;
  }
  return `${path}: ${issue.message}`;
}

/** Images next to the guide (./shot.png) must exist; Vite would stop at the first missing one. */
function missingImageProblem(node, absFile) {
  if (node.type !== 'image' || !/^\.{1,2}\//.test(node.url)) return undefined;
  if (existsSync(join(dirname(absFile), decodeURIComponent(node.url.split(/[?#]/)[0])))) return undefined;
  return `image "${node.url}" not found next to the guide (check the file name and folder).`;
}

// If the schema becomes a function of Astro's helpers (({ image }) => z.object(…)), give it a stand-in
// image() here; Astro still checks the image itself when it loads the collection.
const schema = typeof guideSchema === 'function' ? guideSchema({ image: () => z.string() }) : guideSchema;

/**
 * @param {string} contentDir
 * @param {{ citations?: number, sources?: number }} [stats] filled with counts for the build log
 * @returns {string[]} one line per problem
 */
export function lintGuides(contentDir, stats = {}) {
  stats.citations = 0;
  const root = guidesDir(contentDir);
  const problems = [];
  // What each guide says about the core tasks (task grids, checkup): read from the same parse.
  const taskEntries = [];
  let complete = true;
  // The source registry, the facts' and the drawings' sources (src/lib/markdown/checks/cites.mjs).
  // A bad registry entry is reported, and the guides are still checked against the valid ones.
  const cites = citationContext(contentDir, { lenient: true });
  problems.push(...cites.registryProblems);
  /** Every registry id something cites, to find sources nothing cites. */
  const citedAnywhere = new Set();
  for (const file of guideFiles(root)) {
    const rel = relative(process.cwd(), file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    const fm = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
    let data;
    let lineOf = () => 0;
    if (!fm) {
      problems.push(`${rel}: no frontmatter (the file must start with --- and the fields in src/lib/guide-schema.ts)`);
    } else {
      try {
        // Line 1 is the opening ---, so the YAML starts on line 2.
        const doc = parseYamlText(fm[1], rel, { firstLine: 2 });
        data = doc.data ?? {};
        lineOf = doc.lineOf;
      } catch (err) {
        if (!err.problems) throw err;
        for (const p of err.problems) problems.push(p.replace(/^(\S+?:\d+:\d+): /, '$1: the frontmatter is not valid YAML: '));
      }
      if (data) {
        const result = schema.safeParse(data);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const line = issue.path?.length ? lineOf(issue.path) || lineOf(issue.path.slice(0, 1)) : 0;
            problems.push(`${rel}${line ? `:${line}` : ''}: ${describeIssue(issue, data)}`);
          }
        }
        const folder = relative(root, file).split(sep)[0];
        if (typeof data.assistant === 'string' && data.assistant !== folder) {
          problems.push(
            `${rel}:${lineOf(['assistant'])}: field "assistant" is "${data.assistant}" but the file is in the "${folder}" folder; they must match (the folder is the URL).`,
          );
        }
      }
    }
    // The body: keep line numbers by blanking the frontmatter instead of cutting it.
    const body = fm ? fm[0].replace(/[^\n]/g, '') + text.slice(fm[0].length) : text;
    const report = (err) => {
      const msg = String(err.reason ?? err.message);
      if (msg.startsWith(rel)) return problems.push(msg);
      // The parser starts its message with "line:column: ".
      const [, line, column, reason] = msg.match(/^(\d+):(\d+): ([\s\S]*)$/) ?? [null, undefined, undefined, msg];
      problems.push(`${rel}${line ? `:${line}:${column}` : ''}: MDX syntax error: ${reason}`);
    };
    let tree;
    try {
      tree = mdxToMdast(body, { position: true });
    } catch (err) {
      report(err);
      complete = false;
      continue;
    }
    const steps = guideTasks(tree, data ?? {}, (node, message) => problems.push(located(rel, node, message)));
    if (data?.draft !== true) taskEntries.push(guideEntry(file, root, data ?? {}, steps));
    // One walk over the tree, in document order (an image must be imported before it is used); every
    // problem of every node is reported. The checks are the processor's own (src/lib/markdown/checks/).
    const ctx = checkContext({ file });
    const cited = [];
    const paths = [];
    let citeCount = 0;
    const guideAssistant = relative(root, file).split(sep)[0];
    // Citations are read on every node, so one unknown id neither hides the next nor makes the page
    // look as if it cited nothing.
    const citations = (node) => {
      let ids;
      try {
        ids = citedIds(node, { guideAssistant }, cites);
      } catch (err) {
        problems.push(located(rel, node, err.message));
        return;
      }
      if (ids && node.name === 'Cite') citeCount += 1;
      for (const id of ids ?? []) if (!cited.includes(id)) cited.push(id);
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'SettingPath') {
        const path = node.attributes?.find((a) => a.name === 'path')?.value;
        if (typeof path === 'string') paths.push({ path, line: node.position?.start.line });
      }
    };
    eachNode(tree, (node) => {
      citations(node);
      const found = [...nodeProblems(node, ctx), missingImageProblem(node, file)].filter(Boolean);
      try {
        factAttributes(node, { path: rel, frontmatter: data ?? {} });
      } catch (err) {
        report(err);
      }
      for (const problem of new Set(found)) problems.push(located(rel, node, problem));
    });
    if (data) {
      for (const entry of Array.isArray(data.notOffered) ? data.notOffered : []) {
        if (typeof entry?.source === 'string' && !cites.registry.byId.has(entry.source)) {
          problems.push(`${rel}: notOffered (${entry.task}): unknown source id "${entry.source}" (content/sources/*.yaml)`);
        } else if (typeof entry?.source === 'string' && !cited.includes(entry.source)) {
          problems.push(
            `${rel}: notOffered (${entry.task}): cite ${entry.source} in the text too (<Cite id="${entry.source}" />), where the page says so`,
          );
        }
      }
      problems.push(...pageCitationProblems({ cited, paths, where: (line) => `${rel}${line ? `:${line}` : ''}` }, cites));
      for (const id of cited) citedAnywhere.add(id);
      stats.citations += citeCount;
    }
  }
  if (existsSync(root)) {
    // The drawings (src/illustrations/) cite the site's own registry; a test content folder has its own.
    const own = resolve(contentDir) === resolve('content');
    const { labels, uncited } = registryProblems(own ? cites : { ...cites, illustrationSources: new Map() }, citedAnywhere);
    problems.push(...labels, ...uncited);
    stats.sources = cites.registry.sources.length;
  }
  problems.push(...gridProblems(taskEntries));
  if (complete) primeTaskIndex(contentDir, taskEntries);
  return problems;
}

/**
 * Rules across the whole site: every label drawn in an illustration is quoted by a source the drawing
 * follows (and so cites on every page that shows it), and every registry source is cited by something:
 * a guide, a /compare/ cell or an illustration.
 */
function registryProblems(cites, citedByGuides) {
  const labels = [];
  const uncited = [];
  const used = new Set(citedByGuides);
  for (const ids of cites.factSources.values()) for (const id of ids) used.add(id);
  for (const [name, ids] of cites.illustrationSources) {
    for (const id of ids) used.add(id);
    const where = `src/illustrations/${name}.svg`;
    const unknown = ids.filter((id) => !cites.registry.byId.has(id));
    if (unknown.length)
      uncited.push(`src/illustrations/${name.split('/')[0]}/index.ts: ${name}: follows.ids has unknown source id(s) ${unknown.join(', ')}`);
    const svgFile = join('src', 'illustrations', `${name}.svg`);
    if (!existsSync(svgFile)) continue;
    const sources = ids.map((id) => cites.registry.byId.get(id)).filter(Boolean);
    for (const label of drawnLabels(readFileSync(svgFile, 'utf8'))) {
      if (!quotedBy(label, sources)) {
        labels.push(
          `${where}: the drawn label "${label}" is not in the quotes of the sources the drawing follows (${ids.join(', ') || 'none'}); add it to the source that shows it, exactly as spelled there`,
        );
      }
    }
  }
  for (const s of cites.registry.sources) {
    if (!used.has(s.id))
      uncited.push(
        `${s.file}:${s.line}: ${s.id}: no guide, /compare/ cell or illustration cites this source; cite it where it backs a claim, or remove it`,
      );
  }
  return { labels, uncited };
}

/** The text labels of a drawing (src/tooling/illustrations/primitives.mjs writes them as <text class="i-text">). */
export function drawnLabels(svg) {
  return [...svg.matchAll(/<text class="i-text"[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]
      .replace(/<tspan[^>]*>/g, ' ')
      .replace(/<\/tspan>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}
