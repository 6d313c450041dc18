// What a writer sees when a guide is wrong, before anything is built: the guide lint
// (src/integrations/guide-lint.mjs) and the content-file check (src/integrations/site-checks.mjs) read
// every guide and report EVERY problem in every file at once, each line naming the file. Run here on
// the functions themselves. The source-registry and citation cases run in the lint-stage build of
// tests/fixtures/writer-errors.test.ts, on the build's own output: under Vitest, Astro's zod words a
// missing registry field differently than in the build a writer runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintGuides } from '../../src/integrations/guide-lint.mjs';
import { checkContentFiles } from '../../src/integrations/site-checks.mjs';
import { FIXTURE_REGISTRY, VALID_FRONTMATTER, guide } from '../helpers/build-fixture';

const FM = VALID_FRONTMATTER;
const fm = (from: string, to: string) => {
  if (!FM.includes(from)) throw new Error(`fixture: "${from}" not in the valid frontmatter`);
  return FM.replace(from, to);
};
/** [what the writer did, file under content/, file text, what the message must say after "<file>: "] */
const beforeBuild: [string, string, string, string | RegExp][] = [
  [
    'leaves out the title',
    'guides/chatgpt/no-title.mdx',
    guide('Text.', fm('title: "A valid guide"\n', '')),
    'title: missing; every guide needs it',
  ],
  [
    'writes a title over 70 characters',
    'guides/chatgpt/long-title.mdx',
    guide('Text.', fm('title: "A valid guide"', `title: "${'A very long title '.repeat(5)}"`)),
    'title: title must be at most 70 characters',
  ],
  [
    'writes a description under 50 characters',
    'guides/chatgpt/short-description.mdx',
    guide('Text.', fm(/description: ".*"/.exec(FM)![0], 'description: "Too short."')),
    'description: description must be at least 50 characters',
  ],
  [
    'writes a description over 160 characters',
    'guides/chatgpt/long-description.mdx',
    guide('Text.', fm(/description: ".*"/.exec(FM)![0], `description: "${'Far too long. '.repeat(13)}"`)),
    'description: description must be at most 160 characters',
  ],
  [
    'names an unknown assistant',
    'guides/chatgpt/unknown-assistant.mdx',
    guide('Text.', fm('assistant: chatgpt', 'assistant: chatgtp')),
    'assistant: unknown assistant "chatgtp"; allowed: chatgpt, claude',
  ],
  [
    'names an unknown platform',
    'guides/chatgpt/unknown-platform.mdx',
    guide('Text.', fm('platforms: [web]', 'platforms: [web, linux]')),
    'platforms.1: unknown platform "linux"; allowed: web, ios, android, macos, windows',
  ],
  [
    'dates lastVerified in the future',
    'guides/chatgpt/future.mdx',
    guide('Text.', fm('lastVerified: 2026-01-01', 'lastVerified: 2999-01-01')),
    'lastVerified: lastVerified is in the future',
  ],
  [
    'puts a guide in a folder that is not its assistant (its URL would lie)',
    'guides/claude/wrong-folder.mdx',
    guide('Text.'),
    'field "assistant" is "chatgpt" but the file is in the "claude" folder',
  ],
  [
    'writes an image with empty alt text',
    'guides/chatgpt/empty-alt.mdx',
    guide('Intro.\n\n![](/favicon.svg)'),
    /^:\d+: the image "\/favicon.svg" has no alt text/,
  ],
  [
    'links an image that is not there',
    'guides/chatgpt/missing-image.mdx',
    guide('![The Data controls screen](./no-such-shot.png)'),
    /^:1[0-9]: image "\.\/no-such-shot\.png" not found next to the guide/,
  ],
  [
    'makes an MDX syntax error',
    'guides/chatgpt/syntax-error.mdx',
    guide('## Heading\n\nSome {unclosed text'),
    /^:\d+:\d+: MDX syntax error: Unexpected end of file in expression/,
  ],
  [
    'uses a component that does not exist',
    'guides/chatgpt/unknown-component.mdx',
    guide('<Callout>Hi</Callout>'),
    /^:\d+: unknown component <Callout>\. Guides can use: Steps, PlatformTabs/,
  ],
  [
    'quotes a fact that does not exist',
    'guides/chatgpt/unknown-fact.mdx',
    guide('Intro.\n\n<Fact name="retension" />'),
    /^:\d+: <Fact>: unknown fact "retension"\. Allowed: training, optOut, temporaryMode, retention, afterDelete, humanReview, export, memory, connectedData, ads\./,
  ],
  [
    'quotes a fact of an assistant that does not exist',
    'guides/chatgpt/unknown-fact-assistant.mdx',
    guide('<Fact assistant="bard" name="training" />'),
    /^:\d+: <Fact>: unknown assistant "bard"\. Allowed: chatgpt, claude, gemini/,
  ],
  [
    'lists an unknown fact in an At a glance box',
    'guides/chatgpt/unknown-sheet-fact.mdx',
    guide('<FactSheet facts={["training", "history"]} />'),
    /^:\d+: <FactSheet>: unknown fact "history"\. Allowed: training, optOut/,
  ],
  [
    'gives a fact no name',
    'guides/chatgpt/fact-without-name.mdx',
    guide('<Fact />'),
    /^:\d+: <Fact>: needs a name, e\.g\. <Fact name="retention" \/>\. Allowed: training/,
  ],
  [
    'adds a raw <script>',
    'guides/chatgpt/raw-script.mdx',
    guide('Hello\n\n<script>alert(1)</script>'),
    /^:\d+: raw <script> is not allowed in a guide/,
  ],
  [
    'adds a raw <style>',
    'guides/chatgpt/raw-style.mdx',
    guide('Hello\n\n<style>{`p{color:red}`}</style>'),
    /^:\d+: raw <style> is not allowed in a guide/,
  ],
  [
    'sends readers off-site with <meta refresh>',
    'guides/chatgpt/meta-refresh.mdx',
    guide('<meta http-equiv="refresh" content="0;url=https://evil.example/" />'),
    /^:\d+: raw <meta> is not allowed in a guide/,
  ],
  [
    'prints raw HTML with set:html',
    'guides/chatgpt/set-html.mdx',
    guide('<Fragment set:html="<script>alert(1)</script>" />'),
    /^:\d+: <Fragment set:html>: Astro directives/,
  ],
  [
    'prints a build-time value',
    'guides/chatgpt/expression.mdx',
    guide('Node {process.version}'),
    /^:\d+: \{process\.version\}: guides are content, not code/,
  ],
  [
    'puts a bullet list in Steps',
    'guides/chatgpt/steps-no-list.mdx',
    guide('<Steps>\n\n- one\n- two\n\n</Steps>'),
    /^:\d+: <Steps> must contain exactly one numbered Markdown list/,
  ],
  [
    'saves a guide as .md (it would be ignored)',
    'guides/chatgpt/notes.md',
    '# Notes\n',
    'only .mdx files become guides, so this file would be ignored',
  ],
  [
    'names a file with capitals and spaces',
    'guides/chatgpt/Stop Training.mdx',
    guide('Text.'),
    "the file name is the page's URL, so it must use only lowercase letters, digits and hyphens",
  ],
  [
    'tags steps with a task that does not exist',
    'guides/chatgpt/unknown-task.mdx',
    guide('<Steps task="wipe-everything">\n\n1. One.\n\n</Steps>'),
    /^:\d+: <Steps task="wipe-everything">: unknown task\. Allowed: stop-training,/,
  ],
  [
    'says a task is not documented without saying what was searched',
    'guides/chatgpt/not-documented-short.mdx',
    guide('Text.', `${FM}\nnotDocumented:\n  - { task: export, searched: "help", instead: "Use the website steps." }`),
    'notDocumented.0.searched: say what you searched',
  ],
  [
    'says a task is not documented on a platform the guide does not cover',
    'guides/chatgpt/not-documented-platform.mdx',
    guide(
      'Text.',
      `${FM}\nnotDocumented:\n  - { task: export, platforms: [web, ios], searched: "the help centre and press, December 2026", instead: "Use the website steps." }`,
    ),
    "notDocumented export: platform ios is not in the guide's platforms (web)",
  ],
  [
    'says a task is not documented where the guide gives its steps',
    'guides/chatgpt/not-documented-clash.mdx',
    guide(
      '<Steps task="export">\n\n1. One.\n\n</Steps>',
      `${FM}\nnotDocumented:\n  - { task: export, searched: "the help centre and press, December 2026", instead: "Use the website steps." }`,
    ),
    'notDocumented says export has no documented steps on web, but',
  ],
];
// Two files that would be one URL: Astro keeps one and drops the other without an error.
const duplicates = { 'guides/chatgpt/dup.mdx': guide('One.'), 'guides/chatgpt/Dup.mdx': guide('Two.') };

describe('before building, every problem in every guide is reported at once, each naming its file', () => {
  let output: string[];
  beforeAll(() => {
    const content = resolve('tests/.tmp/guide-lint/content');
    rmSync(content, { recursive: true, force: true });
    const files: [string, string][] = [
      ...beforeBuild.map(([, f, t]) => [f, t] as [string, string]),
      ...Object.entries(duplicates),
      ['sources/fixture.yaml', FIXTURE_REGISTRY],
    ];
    for (const [path, text] of files) {
      mkdirSync(dirname(join(content, path)), { recursive: true });
      writeFileSync(join(content, path), text);
    }
    output = [...checkContentFiles(content), ...lintGuides(content)];
  });

  it.each(beforeBuild)('when a writer %s', (_what, file, _text, expected) => {
    const prefix = `content/${file}`;
    const mine = output.filter((l) => l.includes(`${prefix}:`)).map((l) => l.slice(l.indexOf(prefix) + prefix.length));
    expect(mine.length, `no message names ${prefix}`).toBeGreaterThan(0);
    if (typeof expected === 'string')
      expect(
        mine.some((m) => m.includes(expected)),
        mine.join('\n'),
      ).toBe(true);
    else
      expect(
        mine.some((m) => expected.test(m)),
        mine.join('\n'),
      ).toBe(true);
  });

  it('when two files would become the same URL (duplicate slug)', () => {
    expect(output.join('\n')).toMatch(
      /duplicate slug: \S*content\/guides\/chatgpt\/Dup\.mdx and \S*content\/guides\/chatgpt\/dup\.mdx would both be the page \/chatgpt\/dup\//,
    );
  });
});
