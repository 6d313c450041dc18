// Two builds of the same commit give byte-identical output: a small site with every MDX component, an
// external link and the search index is built twice and every file is hashed.
// Files that must carry a timestamp: none. (Guides show their own dates; the "may be out of date"
// notice depends on the day of the build, so builds on different days may differ there, by design.)
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, guide } from './helpers/build-fixture';

const BODY = `Intro with a link to [the OpenAI Help Center](https://help.openai.com/en/articles/7730893-data-controls-faq).

## Turn it off

<PlatformTabs>
<Tab platform="web">

<Steps name="web">

1. Open <SettingPath path="Settings > Data controls" />.
2. Turn it off.

</Steps>

</Tab>
<Tab platform="ios android">

<Steps name="app">

1. Open the menu.
2. Turn it off.

</Steps>

</Tab>
</PlatformTabs>

<Aside type="note" title="Note">Something to [see next](/chatgpt/second/#check-it-worked).</Aside>

## Check it worked

Look again.
`;

const FILES = {
  'guides/chatgpt/first.mdx': guide(BODY),
  'guides/chatgpt/second.mdx': guide(BODY.replace('see next](/chatgpt/second/', 'see before](/chatgpt/first/')),
};

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const file = join(d.parentPath, d.name);
    out[relative(dir, file).split(sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

function buildAndHash() {
  const r = buildFixture('determinism', FILES);
  expect(r.ok, r.output).toBe(true);
  const pagefind = spawnSync('npx', ['pagefind', '--site', r.outDir], { encoding: 'utf8' });
  expect(pagefind.status, pagefind.stderr).toBe(0);
  return hashTree(r.outDir);
}

describe('determinism', () => {
  it('two builds of the same sources are byte-identical, search index included', () => {
    const first = buildAndHash();
    const second = buildAndHash();
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(Object.keys(first).some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(Object.keys(first)).toContain('_headers');
    const differ = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
    expect(differ).toEqual([]);
  }, 300_000);
});
