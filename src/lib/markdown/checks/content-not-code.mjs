// Guides are content, not code. MDX runs a guide's imports and {expressions} at build time, on the
// build machine: {process.version} would print the Node version, and an import of node:fs could put
// any file of the machine into the page and the search index. So a guide may
//   - import only images, by a relative path to a file inside the project (for <Screenshot src={shot}>),
//     before it uses them: `import shot from './shot.png';`;
//   - write no {expressions} in its text (a {/* comment */} is fine);
//   - give components and HTML only literal props: text in quotes, or in braces a number, true/false,
//     or a list such as facts={["training"]}; or an image it imported;
//   - use no spread props ({...props}), no Astro directives (set:html, set:text, is:raw …) and no on…
//     event handlers.
// The guide's imports are collected in ctx.images (local name -> path) as the tree is walked in order.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parse } from 'acorn';
import { attributeValue, isJsx, short } from './jsx.mjs';

const IMAGE = /\.(png|jpe?g|webp|avif|gif)$/i;
const IMPORT_EXAMPLE = `import shot from './shot.png'; then <Screenshot src={shot} … />`;

/** @typedef {{ file?: string, root?: string, images: Map<string, string> }} CheckContext */

/** Problems with an import/export block; records the images it imports in ctx.images. */
function esmProblems(node, ctx) {
  let program;
  try {
    program = parse(node.value, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch (err) {
    return [`cannot read this import: ${err.message}. A guide can only import images: ${IMPORT_EXAMPLE}.`];
  }
  const problems = [];
  for (const statement of program.body) {
    const text = short(node.value.slice(statement.start, statement.end));
    if (statement.type !== 'ImportDeclaration') {
      problems.push(`"${text}": guides are content, not code; a guide can only import images (${IMPORT_EXAMPLE}).`);
      continue;
    }
    const from = String(statement.source.value);
    const [spec] = statement.specifiers;
    if (statement.specifiers.length !== 1 || spec.type !== 'ImportDefaultSpecifier' || statement.attributes?.length) {
      problems.push(`"${text}": import one image by its default name, e.g. ${IMPORT_EXAMPLE}.`);
      continue;
    }
    if (!/^\.{1,2}\//.test(from) || /[?#]/.test(from) || !IMAGE.test(from)) {
      problems.push(
        `"${text}": a guide can only import an image file (.png, .jpg, .webp, .avif, .gif) by a relative path, e.g. ${IMPORT_EXAMPLE}.`,
      );
      continue;
    }
    if (ctx.file) {
      const target = resolve(dirname(ctx.file), from);
      const inside = relative(ctx.root ?? process.cwd(), target);
      if (inside.startsWith('..') || isAbsolute(inside)) {
        problems.push(`"${text}": the image must be a file inside the project (next to the guide, or in src/assets/).`);
        continue;
      }
      if (!existsSync(target)) {
        problems.push(`"${text}": image "${from}" not found (check the file name and folder).`);
        continue;
      }
    }
    ctx.images.set(spec.local.name, from);
  }
  return problems;
}

const onlyComments = (code) =>
  !String(code)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .trim();

/** What is wrong with this mdast node (one message or a list), or undefined. @param {CheckContext} ctx */
export function codeProblem(node, ctx) {
  if (node.type === 'mdxjsEsm') return esmProblems(node, ctx);
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    if (onlyComments(node.value)) return undefined;
    return `{${short(node.value)}}: guides are content, not code; text in braces runs as code at build time. Write the text itself (to show a brace, write \\{ ).`;
  }
  if (!isJsx(node)) return undefined;
  const name = node.name ?? '';
  const problems = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name} {${short(attr.value)}}>: spread props are not allowed; write each prop as name="value".`);
      continue;
    }
    const key = String(attr.name);
    if (key.includes(':')) {
      problems.push(
        `<${name} ${key}>: Astro directives (set:html, set:text, is:raw …) are not allowed in a guide; write the content as Markdown inside the element or component.`,
      );
      continue;
    }
    if (/^on/i.test(key) && /^[A-Z]/.test(name)) {
      problems.push(`<${name} ${key}>: event handlers are not allowed (guides carry no scripts).`);
      continue;
    }
    const value = attributeValue(attr, /^[A-Z]/.test(name) ? ctx.images : undefined);
    if (value.code !== undefined && /^[A-Za-z_$][\w$]*$/.test(value.code) && /^[A-Z]/.test(name)) {
      problems.push(
        `<${name} ${key}={${value.code}}>: "${value.code}" is not an image imported above this line. Import the image at the top of the guide: import ${value.code} from './${value.code}.png';`,
      );
    } else if (value.code !== undefined) {
      const imported = ctx.images.size ? ` or an image imported at the top of the guide (${[...ctx.images.keys()].join(', ')})` : '';
      problems.push(
        `<${name} ${key}={${short(value.code)}}>: a prop in braces must be a literal: a number, true or false, or a list like facts={["training"]}${imported}. Write text in quotes: ${key}="…".`,
      );
    }
  }
  return problems;
}
