// The site patches three things inside other packages, each behind one function because no public
// API does it. These tests fail, naming the package and its version, when the package changes the
// internals a patch relies on, or no longer needs the patch.
//   - Vite's preload helper (src/lib/vite-preload-helper.mjs)
//   - the Pagefind Component UI's 44 bundled languages (componentUiEnglishOnly in src/integrations/pagefind.mjs)
//   - the Component UI's private __pagefind__ field (src/scripts/search/pagefind-api.ts)
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, version as viteVersion, type Plugin } from 'vite';
import { tinyPreloadHelper } from '../../src/lib/vite-preload-helper.mjs';
import { componentUiEnglishOnly } from '../../src/integrations/pagefind.mjs';
import { wrapPagefindApi } from '../../src/scripts/search/pagefind-api';

const require = createRequire(import.meta.url);
const componentUi = JSON.parse(readFileSync('node_modules/@pagefind/component-ui/package.json', 'utf8')) as { version: string };
const componentUiCode = readFileSync('node_modules/@pagefind/component-ui/npm_dist/mjs/component-ui.mjs', 'utf8');
const CU = `@pagefind/component-ui ${componentUi.version}`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Bundles an entry with two dynamic imports that share a module (so Vite lists preload deps). */
async function bundle(plugins: Plugin[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'otr-vite-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'shared.js'), 'export const shared = (x) => [x, x * 2, String(x).repeat(3)].join("-");\n');
  writeFileSync(join(dir, 'a.js'), 'import { shared } from "./shared.js";\nexport default shared(1);\n');
  writeFileSync(join(dir, 'b.js'), 'import { shared } from "./shared.js";\nexport default shared(2);\n');
  writeFileSync(
    join(dir, 'entry.js'),
    'document.body.onclick = async () => console.log((await import("./a.js")).default, (await import("./b.js")).default);\n',
  );
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    plugins,
    build: { outDir: join(dir, 'dist'), rollupOptions: { input: join(dir, 'entry.js') } },
  });
  const out = join(dir, 'dist');
  return readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(out, f), 'utf8'))
    .join('\n');
}

describe(`Vite ${viteVersion}: the preload helper`, () => {
  it('is still injected by Vite itself (else the patch is no longer needed: remove src/lib/vite-preload-helper.mjs)', async () => {
    const stock = await bundle([]);
    expect(stock, `Vite ${viteVersion} no longer adds its modulepreload helper`).toContain('modulepreload');
    expect(stock, `Vite ${viteVersion} no longer lists preload deps with __vite__mapDeps`).toContain('__vite__mapDeps');
  }, 60_000);

  it('is replaced by the one-line helper, with no list of files to preload', async () => {
    const patched = await bundle([tinyPreloadHelper()]);
    const hint = `Vite ${viteVersion} changed its preload helper internals ('\\0vite/preload-helper.js', __vite__mapDeps): update src/lib/vite-preload-helper.mjs`;
    expect(patched, hint).not.toContain('modulepreload');
    expect(patched, hint).not.toContain('__vite__mapDeps');
    expect(patched, 'the dynamic imports are still there').toMatch(/import\(/);
  }, 60_000);
});

describe(`${CU}: bundled languages`, () => {
  it('the English-only transform finds the translations block and keeps only English', () => {
    const warnings: string[] = [];
    const plugin = componentUiEnglishOnly();
    const id = require.resolve('@pagefind/component-ui').replace(/cjs[\\/].*$/, 'mjs/component-ui.mjs');
    const result = plugin.transform.call({ warn: (m: string) => warnings.push(m) }, componentUiCode, id) as { code: string } | null;
    expect(warnings, `${CU} changed how it bundles translations: update componentUiEnglishOnly in src/integrations/pagefind.mjs`).toEqual(
      [],
    );
    expect(result, `${CU}: no English translations block found`).not.toBeNull();
    expect(result!.code).toContain('en_exports');
    expect(result!.code).not.toMatch(/\bde_exports\b|\bfr_exports\b/);
    expect(result!.code.length).toBeLessThan(componentUiCode.length - 10_000);
  });
});

describe(`${CU}: the Pagefind API it keeps in __pagefind__`, () => {
  it('is stored in and searched through the private __pagefind__ field', () => {
    const hint = `${CU} no longer keeps the Pagefind API in this.__pagefind__: update src/scripts/search/pagefind-api.ts`;
    expect(componentUiCode, hint).toMatch(/this\.__pagefind__ = \w+;/);
    expect(componentUiCode, hint).toContain('this.__pagefind__.search(');
  });

  it('wrapPagefindApi wraps what is there now and anything stored later', () => {
    const wrap = (api: { name: string }) => ({ name: `wrapped ${api.name}` });
    const later = { __pagefind__: null as { name: string } | null };
    wrapPagefindApi(later, wrap);
    later.__pagefind__ = { name: 'api' };
    expect(later.__pagefind__).toEqual({ name: 'wrapped api' });
    const now = { __pagefind__: { name: 'api' } as { name: string } | null };
    wrapPagefindApi(now, wrap);
    expect(now.__pagefind__).toEqual({ name: 'wrapped api' });
  });
});
