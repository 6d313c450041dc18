/**
 * Reading a YAML data file (content/data/assistants.yaml, content/sources/*.yaml, a guide's
 * frontmatter) so that every mistake names the file and line the writer must open, never a line inside
 * the YAML library: "content/data/assistants.yaml:12:5: Nested mappings are not allowed in compact
 * mappings". All syntax errors of the file are listed at once.
 *
 *   const data = readYamlFile('content/sources/chatgpt.yaml');             // throws YamlFileError
 *   const { data, lineOf } = readYamlDocument('content/sources/chatgpt.yaml');
 *   problems.push(`${file}:${lineOf([3, 'url'])}: …`);                        // a rule of your own, with its line
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** Thrown for a file that is not valid YAML; `problems` holds one "file:line:column: message" per error. */
// (No parameter properties: src/lib/sources.ts imports this file and runs on plain Node for
// `npm run sources:check`, whose type stripping accepts only TypeScript that erases to JavaScript.)
export class YamlFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${file} is not valid YAML:\n  ${problems.join('\n  ')}`);
    this.name = 'YamlFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** The path as a writer would type it: relative to the project, with forward slashes. */
export function displayPath(path: string): string {
  const rel = isAbsolute(path) ? relative(process.cwd(), path) : path;
  return rel.split(sep).join('/');
}

export interface YamlDocument {
  data: unknown;
  file: string;
  /** The line (1-based) where the value at `path` starts, e.g. lineOf(['assistants', 0, 'training']); 0 if absent. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** The line of a character offset (a node's range[0]); line 1 when there is none. */
  lineAt: (offset: number | undefined) => number;
  /** The parsed document, for callers that walk its nodes. */
  document: Document.Parsed;
}

/**
 * Parses YAML text. `file` names it in messages; `firstLine` is the file's line where the text starts
 * (2 for frontmatter after its "---" line).
 */
export function parseYamlText(text: string, file: string, { firstLine = 1 }: { firstLine?: number } = {}): YamlDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    throw new YamlFileError(
      file,
      doc.errors.map((error) => {
        let message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        let offset = error.pos[0];
        // An unclosed quote is noticed where the text ends; point at the quote that opened it.
        const quote = message.match(/^Missing closing (["'])quote/)?.[1];
        if (quote && text.lastIndexOf(quote, offset - 1) >= 0) {
          offset = text.lastIndexOf(quote, offset - 1);
          message = `this ${quote}quoted value is never closed (add the closing ${quote})`;
        }
        const at = lines.linePos(offset);
        return `${file}:${at.line + firstLine - 1}:${at.col}: ${message}`;
      }),
    );
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? firstLine : lines.linePos(offset).line + firstLine - 1);
  return {
    data: doc.toJS(),
    file,
    document: doc,
    lineAt,
    lineOf: (path) => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineAt(node.range[0]) : 0;
    },
  };
}

/** Reads and parses a YAML file; throws YamlFileError naming the file and line of every syntax error. */
export function readYamlDocument(path: string): YamlDocument {
  return parseYamlText(readFileSync(path, 'utf8'), displayPath(path));
}

/** The data of a YAML file; throws YamlFileError naming the file and line of every syntax error. */
export function readYamlFile(path: string): unknown {
  return readYamlDocument(path).data;
}
