// Records which Node ran the build, so a test can prove the build did not fall back to the system
// Node 20 (the project brings its own Node 24; see README "Runtime").
import { mkdirSync, writeFileSync } from 'node:fs';

export function buildInfo() {
  return {
    name: 'otr:build-info',
    hooks: {
      'astro:build:done': () => {
        mkdirSync('node_modules/.cache', { recursive: true });
        writeFileSync(
          'node_modules/.cache/otr-build-info.json',
          JSON.stringify({ node: process.versions.node, execPath: process.execPath }, null, 2),
        );
      },
    },
  };
}
