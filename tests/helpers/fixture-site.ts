// The one fixture site that builds successfully: a handful of small guides, built with the real
// layouts under a base path and another origin, as on a GitHub Pages project site. It carries what
// each successful-build test needs, so they share one build instead of one each:
//   - two guides that link to each other, a renamed one (tests/fixtures/redirects.fixture.ts);
//   - a data file whose Claude retention differs from the real one, and a guide quoting it (<Fact>);
//   - a guide with `search: false` next to one without;
//   - a guide with the sample capture (light and dark) and two illustrations (browser zoom tests);
//   - two guides with every MDX component and an external link (the determinism build).
// fixtureSite() builds it once and reuses the build while its inputs (these files, src/, the
// lockfile) are unchanged, so the browser project can reuse what the fixtures project built.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { assistants } from '../../src/data/assistants';
import { getRegistry } from '../../src/lib/sources';
import { FIXTURE_REGISTRY, VALID_FRONTMATTER, buildFixture, guide, type FixtureResult } from './build-fixture';

export const SITE_NAME = 'site';
export const BASE = '/off-the-record/';
export const SITE = 'https://example.github.io';
export const ENV = {
  BASE_PATH: BASE,
  SITE_URL: SITE,
  OTR_REDIRECTS_FILE: resolve('tests/fixtures/redirects.fixture.ts'),
};
/** The absolute URL of a route on the fixture site. */
export const abs = (route: string) => `${SITE}${BASE.slice(0, -1)}${route}`;

export const MEDIA_GUIDE_ROUTE = '/chatgpt/media-test/';
export const FACT_MARK = 'Kept for exactly 123 days (fixture value).';

const withTitle = (title: string, extra = '') => VALID_FRONTMATTER.replace('title: "A valid guide"', `title: "${title}"`) + extra;
const ordered = (title: string, order: number) =>
  VALID_FRONTMATTER.replace('title: "A valid guide"', `title: "${title}"`).replace('platforms: [web]', `platforms: [web]\norder: ${order}`);

// From tests/.tmp/site/content/guides/chatgpt/ back to tests/.
const media = '../../../../../fixtures/media';

const EVERY_COMPONENT = `Intro with a link to [the OpenAI Help Center](https://help.openai.com/en/articles/7730893-data-controls-faq).

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

type RawFact = { guide?: string; sources?: string[]; conflict?: { sources: string[] } };

/** The real comparison data with one value changed, and the registry entries its facts cite. */
function dataFiles(): Record<string, string> {
  const raw = parse(readFileSync('content/data/assistants.yaml', 'utf8'));
  raw.assistants.find((a: { id: string }) => a.id === 'claude').facts.retention.value = FACT_MARK;
  // This small site has none of the guides the comparison links to.
  for (const a of raw.assistants) for (const f of Object.values(a.facts) as RawFact[]) delete f.guide;
  // A source nothing cites would fail the build: only the ones the facts cite.
  const facts = raw.assistants.flatMap((a: { facts: Record<string, RawFact> }) => Object.values(a.facts)) as RawFact[];
  const cited = new Set(facts.flatMap((f) => [...(f.sources ?? []), ...(f.conflict?.sources ?? [])]));
  const registry = getRegistry()
    .sources.filter((s) => cited.has(s.id))
    .map(({ file, line, ...s }) => s);
  return { 'data/assistants.yaml': stringify(raw), 'sources/facts.yaml': stringify(registry), 'sources/fixture.yaml': FIXTURE_REGISTRY };
}

export function siteFiles(): Record<string, string> {
  return {
    // Base path and redirects.
    'guides/chatgpt/new-name.mdx': guide(
      `## Turn it off\n\n<Steps>\n\n1. Open **Settings**.\n2. Select **Data controls**.\n3. Turn it off.\n\n</Steps>\n\nSee [the other guide](/chatgpt/other/#what-it-does) and [step 2](#step-2).`,
      ordered('The renamed guide', 1),
    ),
    'guides/chatgpt/other.mdx': guide(
      `## What it does\n\nDo [step 3 of the first guide](/chatgpt/new-name/#step-3), or start at [the list](/chatgpt/).`,
      ordered('The other guide', 2),
    ),
    // Facts come from the data file. /compare/ links to every assistant's page, which needs a guide.
    ...dataFiles(),
    ...Object.fromEntries(
      assistants
        .filter((a) => a.id !== 'chatgpt')
        .map((a) => [`guides/${a.id}/a.mdx`, guide('Text.', VALID_FRONTMATTER.replace('assistant: chatgpt', `assistant: ${a.id}`))]),
    ),
    'guides/chatgpt/facts.mdx': guide(
      '## Claude\n\n<Fact assistant="claude" name="retention" />\n\n## This guide’s own assistant\n\n<FactSheet facts={["training", "export"]} />',
    ),
    // Search.
    'guides/chatgpt/found.mdx': guide('## Findable\n\nPineapple text.', withTitle('Found guide')),
    'guides/chatgpt/hidden.mdx': guide('## Hidden\n\nPineapple text.', withTitle('Hidden guide', '\nsearch: false')),
    // Pictures.
    'guides/chatgpt/media-test.mdx': guide(`import sample from '${media}/sample-capture.png';
import sampleDark from '${media}/sample-capture-dark.png';

## A capture

<Screenshot src={sample} dark={sampleDark} alt="Test page with a heading and four grey bars" caption="A sample capture used only by the tests." platform="web" captured="2026-11-27" appVersion="1.0" />

## Two drawings

<Illustration name="chatgpt/web-data-controls" />

<Illustration name="chatgpt/mobile-data-controls" />
`),
    // Every component, twice.
    'guides/chatgpt/first.mdx': guide(EVERY_COMPONENT),
    'guides/chatgpt/second.mdx': guide(EVERY_COMPONENT.replace('see next](/chatgpt/second/', 'see before](/chatgpt/first/')),
  };
}

/** Newest modification time of the files a build depends on, besides the fixture's own. */
function newestInput(): number {
  const roots = ['src', 'astro.config.mjs', 'package-lock.json', 'content/data', 'content/sources', 'tests/fixtures', 'tests/helpers'];
  let newest = 0;
  for (const r of roots) {
    if (!existsSync(r)) continue;
    const files = statSync(r).isDirectory()
      ? readdirSync(r, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name))
      : [r];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

let built: FixtureResult | undefined;

/** The fixture site, built now or earlier from the same inputs. Throws with Astro's output when it fails. */
export function fixtureSite(): FixtureResult {
  if (built) return built;
  const files = siteFiles();
  const stamp = createHash('sha256')
    .update(JSON.stringify({ files, ENV, newest: newestInput() }))
    .digest('hex');
  const root = resolve('tests/.tmp', SITE_NAME);
  const stampFile = join(root, 'built-from');
  const outDir = join(root, 'dist');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(outDir, 'index.html'))) {
    return (built = { ok: true, output: '(reused an earlier build of the same inputs)', outDir });
  }
  const result = buildFixture(SITE_NAME, files, ENV);
  if (!result.ok) throw new Error(`the fixture site did not build:\n${result.output}`);
  writeFileSync(stampFile, stamp);
  return (built = result);
}
