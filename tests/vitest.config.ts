/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
// getViteConfig lets component tests render .astro files with Astro's Container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: browser tests and fixture builds are heavy, so run at most two files at once.
    maxWorkers: 2,
    // A loaded 2-core machine can take seconds to paint; poll longer than Vitest's 1 s default.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
