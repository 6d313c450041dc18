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
import { parse as parseYaml } from 'yaml';
import { assistantIds } from '../data/assistants';
import { ComparisonDataError, parseComparison } from '../data/comparison';
import { readRegistry } from './sources';

/** Read and check the YAML file; the result is what the page renders. */
export async function readComparison(path: string) {
  const text = await readFile(path, 'utf8');
  // The registry sits beside data/: content/sources/*.yaml.
  return parseComparison(parseYaml(text), assistantIds, readRegistry(join(dirname(path), '..', 'sources')), path);
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
          if (!(error instanceof ComparisonDataError)) throw error;
          // Log the list ourselves: Astro adds a "Browser APIs" hint to any error whose text contains
          // "document", and our messages often say "Not documented".
          logger.error(error.message);
          throw new Error(`${fileName}: ${error.problems.length} problem(s), listed above. Fix them and build again.`);
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
