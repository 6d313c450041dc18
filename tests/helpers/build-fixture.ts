// Builds a small throw-away site from given guide files (the real layouts and components, another
// content folder) and returns whether it failed and what the writer would read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const VALID_FRONTMATTER = `title: "A valid guide"
description: "A description that is long enough to pass the fifty character minimum rule."
assistant: chatgpt
kind: how-to
platforms: [web]
lastVerified: 2026-01-01
published: 2026-01-01`;

/** The source every fixture guide cites (a fixture without its own sources/ folder gets it). */
export const FIXTURE_SOURCE = 'fixture-data-controls-faq';
export const FIXTURE_REGISTRY = `- id: ${FIXTURE_SOURCE}
  title: "Data Controls FAQ (test fixture)"
  url: "https://example.com/fixture/data-controls-faq"
  publisher: "OpenAI Help Center"
  kind: official
  date: undated
  period: "a test fixture"
  checked: 2026-12-02
  quotes: ["Settings", "Data controls", "Improve the model for everyone"]
`;

/** A guide file: frontmatter, the body, and a last paragraph citing the fixture source (after the body, so line numbers hold). */
export function guide(body: string, frontmatter = VALID_FRONTMATTER) {
  return `---\n${frontmatter}\n---\n\n${body}\n\nSource.<Cite id="${FIXTURE_SOURCE}" />\n`;
}

export interface FixtureResult {
  ok: boolean;
  output: string;
  outDir: string;
}

/**
 * files: paths relative to the content folder, e.g. "guides/chatgpt/a.mdx".
 * env: extra environment for the build, e.g. { BASE_PATH: '/off-the-record/', SITE_URL: '…' }.
 */
export function buildFixture(name: string, files: Record<string, string>, env: Record<string, string> = {}): FixtureResult {
  const root = resolve('tests/.tmp', name);
  rmSync(root, { recursive: true, force: true });
  if (!Object.keys(files).some((path) => path.startsWith('sources/'))) files = { ...files, 'sources/fixture.yaml': FIXTURE_REGISTRY };
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const outDir = join(root, 'dist');
  // Vitest puts Vite's import.meta.env values (BASE_URL=/, SITE, MODE …) into process.env; a child
  // build would read them back as its own import.meta.env, overriding its base. Leave them out.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX'].includes(k)),
  );
  const release = lockBuilds();
  let run;
  try {
    run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: {
        ...inherited,
        ASTRO_TELEMETRY_DISABLED: '1',
        OTR_CONTENT_DIR: join(root, 'content'),
        OTR_CACHE_DIR: join(root, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      timeout: 120_000,
    });
  } finally {
    release();
  }
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/**
 * One fixture build at a time across test workers: every build writes the project's shared
 * .astro/ folder (content-modules.mjs), so two at once can render one fixture's guide with the
 * other's module list ("Unexpected error while rendering"). A lock directory serializes them.
 */
function lockBuilds(): () => void {
  const lock = resolve('tests/.tmp/.build-lock');
  mkdirSync(dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      // A lock older than the build timeout was left by a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 150_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() - started > 600_000) throw new Error('waited 10 minutes for another fixture build');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}
