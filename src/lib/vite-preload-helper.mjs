// Patches another package's internals: Vite's dynamic-import preload helper. There is no public
// option for this (build.modulePreload: false still wraps every import(); vitejs/vite#13952 and
// #18551 are open), so it lives here, behind one function, and tests/unit/package-internals.test.ts
// builds a two-file bundle with it and fails, naming the Vite version, when Vite's internals change.
/**
 * Code loaded on demand (zoom dialog, search) needs no preloading: it has no CSS or shared chunks
 * of its own. Vite still wraps every import() in a ~1.5 KB preload helper (vitejs/vite#13952,
 * #18551), which every page would run before the reader does anything. Serve a one-line helper.
 * @returns {import('vite').Plugin}
 */
export function tinyPreloadHelper() {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'otr:tiny-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : undefined),
    // Vite also prints the list of files to preload into each chunk (`__vite__mapDeps`): about 150
    // bytes of hashed file names on every page that the one-line helper above never reads. Drop it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.code.startsWith('const __vite__mapDeps=')) continue;
          chunk.code = chunk.code
            .replace(/^const __vite__mapDeps=[^\n]*?=>i\.map\(i=>d\[i\]\);\n?/, '')
            .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
          if (chunk.code.includes('__vite__mapDeps')) this.error(`could not drop the preload list of ${chunk.fileName}`);
        }
      },
    },
  };
}
