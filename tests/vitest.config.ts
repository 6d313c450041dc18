/// <reference types="vitest/config" />
// The suite as four Vitest projects, cheapest first. `npm test` runs them in this order in one Vitest
// run (sequence.groupOrder); each runs alone with `npm run test:<name>`. Put a new test in the folder
// of the project that fits what it needs:
//   tests/unit/      pure functions and components (Container API): no build, no browser (seconds)
//   tests/build/     reads the built site in dist/ (npm run build first); pages parsed once per worker
//   tests/fixtures/  builds its own small site under tests/.tmp/ (writer errors, base path, determinism)
//   tests/browser/   drives the one shared Chromium against dist/ (or a fixture site)
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
// getViteConfig lets component tests render .astro files with Astro's Container API.
import { getViteConfig } from 'astro/config';

const PROJECTS = ['unit', 'build', 'fixtures', 'browser'];

// A test file outside the four folders would silently never run: stop and say where it belongs.
const tests = fileURLToPath(new URL('.', import.meta.url));
const stray = readdirSync(tests, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.test.ts'))
  .map((d) => `${d.parentPath.slice(tests.length)}/${d.name}`.replace(/\\/g, '/').replace(/^\//, ''))
  .filter((f) => !f.startsWith('.tmp/') && !PROJECTS.some((p) => f.startsWith(`${p}/`)));
if (stray.length) {
  throw new Error(
    `These tests are outside the project folders and would not run: ${stray.map((f) => `tests/${f}`).join(', ')}. ` +
      'Move each to tests/unit/ (no build), tests/build/ (reads dist/), tests/fixtures/ (builds its own site) or tests/browser/ (Chromium).',
  );
}

const project = (name: string, groupOrder: number, test: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include: [`tests/${name}/**/*.test.ts`], sequence: { groupOrder }, ...test },
});

export default getViteConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Every core the machine has (2 here). Fixture builds take turns through a lock
    // (tests/helpers/build-fixture.ts); browser files share one Chromium.
    maxWorkers: availableParallelism(),
    // A loaded 2-core machine can take seconds to paint; poll longer than Vitest's 1 s default.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's own summary, then one plain closing line "Tests: N passed, N failed" that CI reads.
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    projects: [
      project('unit', 1),
      // Files of this project share their modules within a worker, so tests/helpers/dist.ts parses
      // each built page once per worker instead of once per file. The tests only read dist/.
      project('build', 2, { globalSetup: ['tests/setup/dist.ts'], isolate: false }),
      project('fixtures', 3),
      project('browser', 4, { globalSetup: ['tests/setup/dist.ts', 'tests/setup/browser.ts'] }),
    ],
  },
});
