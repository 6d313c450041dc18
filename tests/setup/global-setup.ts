// Runs once before all tests: makes sure the site is built, a Chromium is available (installing
// Debian's package when we are root and it is missing), and serves dist/ on a local port for the
// browser tests. Browser tests are never skipped: without Chromium the run stops with one clear line.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../helpers/server';

export const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

function ensureChromium(): string {
  let found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian\'s "chromium" package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    found = findChromium();
    if (found) return found;
  }
  throw new Error(
    'Browser tests need Chromium and none was found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary, then run "npm test" again.',
  );
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run "npm test" (it builds first) or "npm run build".');
  }
  const chromium = ensureChromium();
  const server = await startStaticServer('dist');
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromium);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}
