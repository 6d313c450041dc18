// Which guide shows how to do which core task (src/data/tasks.ts) on which platform, read from the
// guides themselves: every `<Steps task="…">` (inside `<Tab platform="…">` it covers that tab's
// platforms; outside tabs the guide's `platforms`, or its own `platform="…"`) and every frontmatter
// `notOffered` and `notDocumented` entry. The assistant pages' task grids, the home page's "What do you want to do?" and
// the privacy checkup (/checkup/) are all made from this, so they cannot drift from the guides.
//
// The guide lint (src/integrations/guide-lint.mjs) calls guideTasks() on the tree it has already
// parsed and reports gridProblems() before the build; pages call readTaskIndex(), which parses each
// guide once per build (Sätteri, the parser the lint uses) and keeps the result.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { tasks, taskIds } from '../data/tasks.ts';
import { platformIds } from '../data/platforms.ts';
import { assistantIds } from '../data/assistants.ts';
import { contentDir as siteContentDir } from './site-paths.mjs';

/**
 * @typedef {{ task: string, name: string | undefined, platforms: string[], anchor: string, line: number | undefined }} TaskSteps
 * @typedef {{ task: string, platforms: string[], why: string, source: string }} NotOffered
 * @typedef {{ task: string, platforms: string[], searched: string, instead: string }} NotDocumented
 * @typedef {{ file: string, assistant: string, slug: string, path: string, title: string, kind: string,
 *   order: number, platforms: string[], steps: TaskSteps[], notOffered: NotOffered[], notDocumented: NotDocumented[] }} GuideTasks
 * @typedef {{ platform: string, state: 'steps', href: string, guide: GuideTasks, steps: TaskSteps }
 *   | { platform: string, state: 'not-offered', href: string, guide: GuideTasks, why: string, source: string }
 *   | { platform: string, state: 'not-documented', href: string, guide: GuideTasks, searched: string, instead: string }
 *   | { platform: string, state: 'none' }} GridCell
 * @typedef {{ assistant: string, platforms: string[], rows: { task: typeof tasks[number], cells: GridCell[] }[] }} Grid
 */

const attr = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/** A plain-text attribute's value; an expression ({…}) is reported, since the grid reads text only. */
function textAttr(node, name, problem) {
  const a = attr(node, name);
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  problem(node, `<${node.name} ${name}>: write ${name}="…" as plain text, not an expression.`);
  return undefined;
}

const split = (value) =>
  String(value ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);

/**
 * The task-tagged step lists of one parsed guide (mdast from Sätteri's mdxToMdast).
 * @param {any} tree @param {{ platforms?: unknown }} data frontmatter
 * @param {(node: any, message: string) => void} problem called for each writer mistake
 * @returns {TaskSteps[]}
 */
export function guideTasks(tree, data, problem) {
  const guidePlatforms = Array.isArray(data?.platforms) ? data.platforms.map(String) : [];
  /** @type {TaskSteps[]} */
  const found = [];
  const walk = (node, tabPlatforms) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'Tab') tabPlatforms = split(textAttr(node, 'platform', problem));
      if (node.name === 'Steps') {
        const task = textAttr(node, 'task', problem);
        const own = textAttr(node, 'platform', problem);
        const name = textAttr(node, 'name', problem);
        if (task !== undefined && !taskIds.includes(task)) {
          problem(node, `<Steps task="${task}">: unknown task. Allowed: ${taskIds.join(', ')}.`);
        }
        const ownList = own === undefined ? undefined : split(own);
        for (const p of ownList ?? []) {
          if (!platformIds.includes(p))
            problem(node, `<Steps platform="${own}">: unknown platform "${p}". Allowed: ${platformIds.join(', ')}.`);
        }
        const outer = tabPlatforms ?? guidePlatforms;
        const stray = (ownList ?? []).filter((p) => platformIds.includes(p) && !outer.includes(p));
        if (stray.length) {
          problem(
            node,
            `<Steps platform="${own}">: ${stray.join(', ')} ${tabPlatforms ? `is not in its <Tab platform="${tabPlatforms.join(' ')}">` : `is not in the guide's platforms (${guidePlatforms.join(', ')})`}.`,
          );
        }
        if (task !== undefined && taskIds.includes(task)) {
          const list = node.children?.find((c) => c.type === 'list' && c.ordered);
          const start = Number(list?.start ?? 1) || 1;
          found.push({
            task,
            name,
            platforms: (ownList ?? outer).filter((p) => platformIds.includes(p)),
            anchor: `${name ? `${name}-step` : 'step'}-${start}`,
            line: node.position?.start?.line,
          });
        }
      }
    }
    for (const child of node.children ?? []) walk(child, tabPlatforms);
  };
  walk(tree, undefined);
  return found;
}

/**
 * A frontmatter list of task entries (notOffered, notDocumented) with their platforms filled in
 * (default: the guide's) and the named text fields as strings.
 */
function taskEntries(data, field, texts) {
  const guidePlatforms = Array.isArray(data?.platforms) ? data.platforms.map(String) : [];
  return (Array.isArray(data?.[field]) ? data[field] : [])
    .filter((n) => n && typeof n === 'object')
    .map((n) => ({
      task: String(n.task),
      platforms: Array.isArray(n.platforms) ? n.platforms.map(String) : guidePlatforms,
      ...Object.fromEntries(texts.map((t) => [t, String(n[t] ?? '')])),
    }));
}

/** The frontmatter's notOffered entries with their platforms filled in. @returns {NotOffered[]} */
export const notOfferedOf = (data) => /** @type {NotOffered[]} */ (taskEntries(data, 'notOffered', ['why', 'source']));

/** The frontmatter's notDocumented entries with their platforms filled in. @returns {NotDocumented[]} */
export const notDocumentedOf = (data) => /** @type {NotDocumented[]} */ (taskEntries(data, 'notDocumented', ['searched', 'instead']));

/**
 * Problems across one assistant's guides that no single file shows, one line each naming the file:
 * a notOffered or notDocumented platform the guide does not declare, a task that is "not offered" or
 * "not documented" and has steps on the same platform, and a task that is both.
 * @param {GuideTasks[]} guides
 */
export function gridProblems(guides) {
  const problems = [];
  const declared = (g) => [
    ...g.notOffered.map((n) => ({ field: 'notOffered', says: 'is not offered', ...n })),
    ...g.notDocumented.map((n) => ({ field: 'notDocumented', says: 'has no documented steps', ...n })),
  ];
  for (const g of guides) {
    for (const n of declared(g)) {
      const stray = n.platforms.filter((p) => !g.platforms.includes(p));
      if (stray.length)
        problems.push(
          `${g.file}: ${n.field} ${n.task}: platform ${stray.join(', ')} is not in the guide's platforms (${g.platforms.join(', ')}).`,
        );
    }
  }
  const byAssistant = Map.groupBy(guides, (g) => g.assistant);
  for (const [, list] of byAssistant) {
    for (const g of list) {
      for (const n of declared(g)) {
        for (const other of list) {
          const clash = other.steps.find((s) => s.task === n.task && s.platforms.some((p) => n.platforms.includes(p)));
          if (clash) {
            const where = `${other.file}${clash.line ? `:${clash.line}` : ''}`;
            problems.push(
              `${g.file}: ${n.field} says ${n.task} ${n.says} on ${n.platforms.filter((p) => clash.platforms.includes(p)).join(', ')}, but ${where} has <Steps task="${n.task}"> for it; remove one.`,
            );
          }
        }
        if (n.field !== 'notDocumented') continue;
        for (const other of list) {
          const both = other.notOffered.find((o) => o.task === n.task && o.platforms.some((p) => n.platforms.includes(p)));
          if (both)
            problems.push(
              `${g.file}: notDocumented ${n.task} and ${other.file}: notOffered ${n.task} cover the same platform (${n.platforms.filter((p) => both.platforms.includes(p)).join(', ')}); keep one.`,
            );
        }
      }
    }
  }
  return problems;
}

/** Guide files under <contentDir>/guides, sorted; notes (names starting with _) left out. Shared with the guide lint. */
export function guideFiles(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter(
      (d) =>
        d.isFile() &&
        d.name.endsWith('.mdx') &&
        !relative(root, join(d.parentPath, d.name))
          .split(sep)
          .some((p) => p.startsWith('_')),
    )
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * One guide's entry, from its frontmatter and parsed tree.
 * @returns {GuideTasks}
 */
export function guideEntry(file, root, data, steps) {
  const parts = relative(root, file).split(sep);
  const slug = parts.at(-1).replace(/\.mdx$/, '');
  return {
    file: relative(process.cwd(), file).split(sep).join('/'),
    assistant: parts[0],
    slug,
    path: `/${parts[0]}/${slug}/`,
    title: String(data?.title ?? slug),
    kind: String(data?.kind ?? ''),
    order: Number.isInteger(data?.order) ? data.order : 100,
    platforms: Array.isArray(data?.platforms) ? data.platforms.map(String) : [],
    steps,
    notOffered: notOfferedOf(data),
    notDocumented: notDocumentedOf(data),
  };
}

/** @type {Map<string, GuideTasks[]>} */
const cache = new Map();

/** The guide lint has parsed every guide already: keep what it found for readTaskIndex(). */
export function primeTaskIndex(contentDir, guides) {
  cache.set(contentDir, guides);
}

/**
 * Every published guide's tasks, read once per content folder. Throws on a guide it cannot read: the
 * guide lint has already reported that guide's problems before the build.
 * @returns {GuideTasks[]}
 */
export function readTaskIndex(contentDir = siteContentDir()) {
  const cached = cache.get(contentDir);
  if (cached) return cached;
  const root = join(contentDir, 'guides');
  const guides = [];
  for (const file of guideFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const fm = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
    const data = fm ? (parseYaml(fm[1]) ?? {}) : {};
    if (data.draft === true || !assistantIds.includes(relative(root, file).split(sep)[0])) continue;
    const body = fm ? fm[0].replace(/[^\n]/g, '') + text.slice(fm[0].length) : text;
    const tree = mdxToMdast(body, { position: true });
    guides.push(
      guideEntry(
        file,
        root,
        data,
        guideTasks(tree, data, () => {}),
      ),
    );
  }
  cache.set(contentDir, guides);
  return guides;
}

/**
 * The grid of one assistant: rows are the core tasks, columns the platforms its guides declare. A cell
 * links to the first step of the first matching step list (how-to guides first, then guide order), or
 * says "not offered", or "not documented" (searched, no source gives the steps), or is empty (a build
 * error: see emptyCells).
 * @param {GuideTasks[]} all @param {string} assistant
 * @returns {Grid}
 */
export function taskGrid(all, assistant) {
  const guides = all
    .filter((g) => g.assistant === assistant)
    .sort((a, b) => Number(b.kind === 'how-to') - Number(a.kind === 'how-to') || a.order - b.order || a.slug.localeCompare(b.slug));
  const declared = new Set(guides.flatMap((g) => g.platforms));
  const platforms = platformIds.filter((p) => declared.has(p));
  const rows = tasks.map((task) => ({
    task,
    cells: platforms.map((platform) => {
      for (const guide of guides) {
        const steps = guide.steps.find((s) => s.task === task.id && s.platforms.includes(platform));
        if (steps) return { platform, state: 'steps', href: `${guide.path}#${steps.anchor}`, guide, steps };
      }
      for (const guide of guides) {
        const n = guide.notOffered.find((x) => x.task === task.id && x.platforms.includes(platform));
        if (n) return { platform, state: 'not-offered', href: guide.path, guide, why: n.why, source: n.source };
      }
      for (const guide of guides) {
        const n = guide.notDocumented.find((x) => x.task === task.id && x.platforms.includes(platform));
        if (n) return { platform, state: 'not-documented', href: guide.path, guide, searched: n.searched, instead: n.instead };
      }
      return { platform, state: 'none' };
    }),
  }));
  return { assistant, platforms, rows };
}

/** The grid cells, over every assistant with guides, that have no steps and no notOffered or notDocumented entry. */
export function emptyCells(all) {
  const assistants = [...new Set(all.map((g) => g.assistant))];
  return assistants.flatMap((a) =>
    taskGrid(all, a).rows.flatMap((r) =>
      r.cells.filter((c) => c.state === 'none').map((c) => ({ assistant: a, task: r.task.id, platform: c.platform })),
    ),
  );
}

/**
 * One line per empty cell for a writer: the guide that has the task's steps on other platforms (or the
 * assistant's folder) and what would fill the cell.
 * @param {GuideTasks[]} all @param {{ assistant: string, task: string, platform: string }[]} empty
 */
export function emptyCellLines(all, empty) {
  const home = (c) =>
    all.find((g) => g.assistant === c.assistant && g.steps.some((s) => s.task === c.task))?.file ?? `content/guides/${c.assistant}/`;
  return empty.map(
    (c) =>
      `${home(c)}: ${c.assistant} "${c.task}" on ${c.platform} has no steps. Add <Steps task="${c.task}"> covering ${c.platform}, or a frontmatter notOffered entry (no such control, with a source) or notDocumented entry (what you searched, what to do instead).`,
  );
}
