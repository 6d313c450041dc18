// The rules for using the guide components, one function per rule, each returning the message a
// writer reads (or undefined when the use is fine). The components throw these while a page renders
// (e.g. under `astro dev`), and the guide lint (src/lib/markdown/checks/component-props.mjs) runs the
// same functions on every guide before the build, where the message gets the file and line.
import { parsePlatformList } from '../../data/platforms';
import { taskIds } from '../../data/tasks';

export const ASIDE_TYPES = ['note', 'tip', 'warning', 'danger'] as const;
export type AsideType = (typeof ASIDE_TYPES)[number];

/** Names and ids that become parts of URLs and element ids. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function asideTypeProblem(type: unknown): string | undefined {
  if ((ASIDE_TYPES as readonly unknown[]).includes(type)) return undefined;
  return `<Aside type="${String(type)}">: unknown type. Allowed: ${ASIDE_TYPES.join(', ')}.`;
}

export function stepsNameProblem(name: unknown): string | undefined {
  if (name === undefined || (typeof name === 'string' && SLUG.test(name))) return undefined;
  return `<Steps name="${String(name)}">: name must be lowercase letters, digits and dashes (e.g. "ios").`;
}

export function stepsTaskProblem(task: unknown): string | undefined {
  if (task === undefined || (taskIds as readonly unknown[]).includes(task)) return undefined;
  return `<Steps task="${String(task)}">: unknown task. Allowed: ${taskIds.join(', ')}.`;
}

/** `found`: the blocks inside, as tag names ("<ol>", "<p>" …). */
export function stepsContentProblem(found: string[]): string | undefined {
  if (found.length === 1 && found[0] === '<ol>') return undefined;
  return `<Steps> must contain exactly one numbered Markdown list (lines starting "1.", "2." …) and nothing else, with blank lines after <Steps> and before </Steps>. Found: ${found.join(', ') || 'nothing'}.`;
}

export function checklistIdProblem(id: unknown): string | undefined {
  if (typeof id === 'string' && SLUG.test(id)) return undefined;
  return `<Checklist id="${String(id)}">: id must be lowercase letters, digits and dashes, e.g. id="claude".`;
}

export function checklistContentProblem(id: unknown, found: string[]): string | undefined {
  if (found.length === 1 && (found[0] === '<ul>' || found[0] === '<ol>')) return undefined;
  return `<Checklist id="${String(id)}"> must contain exactly one Markdown list (lines starting "- ") and nothing else, with blank lines after <Checklist> and before </Checklist>. Found: ${found.join(', ') || 'nothing'}.`;
}

/** `panels`: how many <Tab> children; `stray`: the first text or other element found beside them. */
export function platformTabsContentProblem(panels: number, stray?: string): string | undefined {
  if (panels >= 2 && stray === undefined) return undefined;
  return `<PlatformTabs> must contain two or more <Tab platform="…"> elements and nothing else (found ${panels} panel(s)${stray !== undefined ? ` and "${stray.slice(0, 40)}"` : ''}).`;
}

export function duplicatePlatformProblem(platform: string): string {
  return `<PlatformTabs>: platform "${platform}" appears in two tabs.`;
}

/** The platforms of a <Tab>, or the problem. */
export function tabPlatformProblem(platform: unknown): string | undefined {
  try {
    parsePlatformList(platform, '<Tab platform>');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

export function settingPathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || !path.trim()) return '<SettingPath> needs a path, e.g. path="Settings > Data controls".';
  if (path.split('>').some((l) => !l.trim())) return `<SettingPath path="${path}">: an empty label; separate labels with a single ">".`;
  return undefined;
}

/** Throws the problem, if any: what the components call. */
export function must(problem: string | undefined): void {
  if (problem) throw new Error(problem);
}
