// Global setup of the build and browser projects: the built site must exist (npm test builds it
// first), and it is served on a local port with the production headers (dist/_headers), as `npm start`
// serves it. The fixtures and unit projects need neither.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../helpers/server';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run "npm test" (it builds first) or "npm run build".');
  }
  const server = await startStaticServer('dist');
  project.provide('baseURL', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
