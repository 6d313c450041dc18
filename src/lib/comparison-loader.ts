/**
 * Content-layer loader for the comparison data (content/data/assistants.yaml).
 *
 * Astro's own file() loader only logs a parse error and carries on with no data, so a broken file
 * would build a page with empty cells. This loader throws instead: `astro build` stops and prints
 * every broken rule, one line each, naming the assistant and the fact.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { assistantIds } from '../data/assistants';
import { ComparisonDataError, parseComparison } from '../data/comparison';
import { readRegistry } from './sources';
import { displayPath, parseYamlText, YamlFileError, type YamlDocument } from './yaml-file';

/**
 * "chatgpt › training: …" becomes "content/data/assistants.yaml:24: chatgpt › training: …": the
 * line of that assistant's fact (or of the assistant) in the file, so the writer can jump to it.
 */
function withLine(problem: string, doc: YamlDocument): string {
  const [, id, key] = problem.match(/^([\w-]+)(?: › ([\w.]+))?:/) ?? [];
  const list = (doc.data as { assistants?: { id?: unknown }[] } | null)?.assistants;
  const index = Array.isArray(list) ? list.findIndex((a) => a?.id === id) : -1;
  const line = index < 0 ? 0 : (key && doc.lineOf(['assistants', index, 'facts', ...key.split('.')])) || doc.lineOf(['assistants', index]);
  return line ? `${doc.file}:${line}: ${problem}` : `${doc.file}: ${problem}`;
}

/** Read and check the YAML file; the result is what the page renders. */
export async function readComparison(path: string) {
  const doc = parseYamlText(await readFile(path, 'utf8'), displayPath(path));
  try {
    // The registry sits beside data/: content/sources/*.yaml.
    return parseComparison(doc.data, assistantIds, readRegistry(join(dirname(path), '..', 'sources')), doc.file);
  } catch (error) {
    if (!(error instanceof ComparisonDataError)) throw error;
    throw new ComparisonDataError(
      doc.file,
      error.problems.map((p) => withLine(p, doc)),
    );
  }
}

export interface ComparisonLoaderOptions {
  /**
   * Let the file be missing (an empty collection, and /compare/ says there is no data). Only for test
   * builds whose content folder holds a few guides and no data; the real site always needs the file.
   */
  optional?: boolean;
}

export function comparisonLoader(fileName: string, { optional = false }: ComparisonLoaderOptions = {}): Loader {
  return {
    name: 'otr:comparison',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const path = fileURLToPath(new URL(fileName, config.root));
      // The store wants a path inside the project (test builds may read a folder elsewhere).
      const inRoot = relative(fileURLToPath(config.root), path).split(sep).join('/');
      const filePath = inRoot.startsWith('..') ? undefined : inRoot;
      const sync = async () => {
        if (optional && !existsSync(path)) {
          store.clear();
          logger.warn(`no ${fileName} in this content folder: /compare/ is built without data`);
          return;
        }
        let assistants;
        try {
          ({ assistants } = await readComparison(path));
        } catch (error) {
          if (error instanceof YamlFileError) {
            logger.error(error.message);
            throw new Error(`${error.file}: not valid YAML, see the line(s) above.`, { cause: error });
          }
          if (!(error instanceof ComparisonDataError)) throw error;
          // Log the list ourselves: Astro adds a "Browser APIs" hint to any error whose text contains
          // "document", and our messages often say "Not documented".
          logger.error(error.message);
          throw new Error(`${fileName}: ${error.problems.length} problem(s), listed above. Fix them and build again.`, { cause: error });
        }
        store.clear();
        for (const entry of assistants) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry } }), filePath });
        }
        logger.info(`${assistants.length} assistants checked in ${fileName}`);
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
