// How the site's components are used: an unknown Aside type, a Steps without a numbered list, an
// unknown Tab platform, an unknown Illustration, a Screenshot without alt text … The rules are the
// components' own (src/components/mdx/rules.ts, src/components/media/screenshot.ts, the illustration
// registry), run here on the guide's tree so the lint reports them with the file and line, every file
// at once, instead of the first page that fails to render. Props that are not literals are left to
// ./content-not-code.mjs.
import {
  asideTypeProblem,
  checklistContentProblem,
  checklistIdProblem,
  duplicatePlatformProblem,
  platformTabsContentProblem,
  settingPathProblem,
  stepsContentProblem,
  stepsNameProblem,
  tabPlatformProblem,
} from '../../../components/mdx/rules.ts';
import { checkScreenshotProps } from '../../../components/media/screenshot.ts';
import { illustrationNames } from '../../../illustrations/index.ts';
import { attribute, attributeValue, blockNames, isJsx, literalAttribute } from './jsx.mjs';

const has = (node, name) => attribute(node, name) !== undefined;
const isCode = (node, name, images) => attributeValue(attribute(node, name), images).code !== undefined;

/** Stand-in image metadata for an imported image, so <Screenshot>'s own prop check can run. */
const stubImage = (path) => ({ src: path, width: 1000, height: 1000, format: 'png' });

const RULES = {
  Aside: (node) => (has(node, 'type') && !isCode(node, 'type') ? asideTypeProblem(literalAttribute(node, 'type')) : undefined),
  Steps: (node) => [
    has(node, 'name') && !isCode(node, 'name') ? stepsNameProblem(literalAttribute(node, 'name')) : undefined,
    // task= and platform= are read (and checked) by the task index: src/lib/task-index.mjs.
    stepsContentProblem(blockNames(node)),
  ],
  Checklist: (node) => {
    const id = literalAttribute(node, 'id');
    return [isCode(node, 'id') ? undefined : checklistIdProblem(id), checklistContentProblem(id, blockNames(node))];
  },
  SettingPath: (node) => (isCode(node, 'path') ? undefined : settingPathProblem(literalAttribute(node, 'path'))),
  Tab: (node) => (isCode(node, 'platform') ? undefined : tabPlatformProblem(literalAttribute(node, 'platform'))),
  PlatformTabs: (node) => {
    const blocks = blockNames(node);
    const tabs = (node.children ?? []).filter((c) => isJsx(c) && c.name === 'Tab');
    const problems = [
      platformTabsContentProblem(
        tabs.length,
        blocks.find((b) => b !== '<Tab>'),
      ),
    ];
    const seen = new Set();
    for (const tab of tabs) {
      const platform = literalAttribute(tab, 'platform');
      for (const p of typeof platform === 'string' ? platform.trim().split(/\s+/) : []) {
        if (seen.has(p)) problems.push(duplicatePlatformProblem(p));
        seen.add(p);
      }
    }
    return problems;
  },
  Illustration: (node) => {
    const unknown = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name !== 'name');
    if (unknown.length) return `<Illustration>: unknown prop \`${unknown[0].name}\`. Allowed: name.`;
    if (isCode(node, 'name')) return undefined;
    const name = literalAttribute(node, 'name');
    if (typeof name !== 'string' || !name) return '<Illustration> needs a `name`, e.g. <Illustration name="chatgpt/web-data-controls" />.';
    if (illustrationNames.includes(name)) return undefined;
    return `Unknown illustration "${name}". Known names: ${illustrationNames.join(', ')}. Add the drawing to src/illustrations/<assistant>/<name>.svg and its metadata to src/illustrations/<assistant>/index.ts.`;
  },
  Screenshot: (node, ctx) => {
    const props = {};
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute') continue;
      const value = attributeValue(attr, ctx.images);
      if (value.code !== undefined) return undefined; // reported by content-not-code
      props[attr.name] = value.image !== undefined ? stubImage(ctx.images.get(value.image)) : value.literal;
    }
    // Set only by <Illustration> when a capture replaces its drawing (src/components/media/captures.ts).
    if ('illustration' in props) {
      return '<Screenshot>: `illustration` is not for guides. To replace a drawing with a capture, save it as src/assets/captures/<assistant>/<name>.png (README, "Replace a drawing with a real screenshot").';
    }
    try {
      checkScreenshotProps(props);
      return undefined;
    } catch (err) {
      return err.message;
    }
  },
};

/** What is wrong with how this node uses a component (one message or a list), or undefined. */
export function componentPropsProblem(node, ctx) {
  if (!isJsx(node) || !Object.hasOwn(RULES, node.name ?? '')) return undefined;
  const found = RULES[node.name](node, ctx);
  return Array.isArray(found) ? found.filter(Boolean) : found;
}
