// The project brings its own Node 24; the system Node here is 20. Prove the build and the tests ran
// on the project's Node, not on a silent fallback.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function atLeast2212(version: string) {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  return major > 22 || (major === 22 && minor >= 12);
}

describe('runtime', () => {
  it('runs the tests under Node >= 22.12', () => {
    expect(atLeast2212(process.versions.node), `tests ran on Node ${process.versions.node}`).toBe(true);
  });

  it('built the site under Node >= 22.12', () => {
    const info = JSON.parse(readFileSync('node_modules/.cache/otr-build-info.json', 'utf8')) as { node: string };
    expect(atLeast2212(info.node), `build ran on Node ${info.node}`).toBe(true);
  });
});
