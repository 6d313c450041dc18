// Hostile and careless writer input, tested on the guide lint directly (no build): each case is one
// guide file, all linted in one call, as the build's pre-build check does. For every case the writer
// must get a line "<file>:<line>: <what is wrong and what to write instead>". A guide that uses every
// allowed feature gets no message at all, so the rules do not refuse real content.
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintGuides } from '../../src/integrations/guide-lint.mjs';
import { FIXTURE_REGISTRY, VALID_FRONTMATTER, guide } from '../helpers/build-fixture';

const ROOT = resolve('tests/.tmp/hostile-guides');
const CONTENT = join(ROOT, 'content');
const DIR = join(CONTENT, 'guides', 'chatgpt');
const LINE = VALID_FRONTMATTER.split('\n').length + 4; // the first body line of guide(body)

/** [what the writer did, body, what the message must say (after "file:line: ")] */
const cases: [string, string, RegExp][] = [
  // Guides are content, not code: nothing that runs, redirects or loads from elsewhere.
  [
    'sends readers off-site with <meta refresh>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
    /^raw <meta> is not allowed in a guide .*HTML a guide may use: a, abbr/,
  ],
  ['sets the page base with <base href>', '<base href="https://evil.example/" />', /^raw <base> is not allowed/],
  ['adds a form', '<form action="https://evil.example/"><input name="q" /></form>', /^raw <form> is not allowed/],
  ['links a stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css" />', /^raw <link> is not allowed/],
  ['embeds an object', '<object data="https://evil.example/x.swf"></object>', /^raw <object> is not allowed/],
  ['embeds a frame', '<iframe src="https://evil.example/"></iframe>', /^raw <iframe> is not allowed/],
  ['adds a raw <script>', '<script>alert(1)</script>', /^raw <script> is not allowed in a guide/],
  ['adds a raw <style>', '<style>{`p{color:red}`}</style>', /^raw <style> is not allowed in a guide/],
  ['hides a script in an SVG', '<svg><script>alert(1)</script></svg>', /^raw <svg> is not allowed/],
  [
    'prints raw HTML with set:html',
    '<Fragment set:html="<script>alert(1)</script>" />',
    /^<Fragment set:html>: Astro directives \(set:html, set:text, is:raw …\) are not allowed/,
  ],
  ["replaces a component's text with set:text", '<Aside set:text="Hi">Text</Aside>', /^<Aside set:text>: Astro directives/],
  [
    'writes a javascript: link in Markdown',
    '[Open](javascript:alert(1))',
    /^link "javascript:alert\(1\)": javascript: links are not allowed\. Link to a web page \(https:\/\/…\)/,
  ],
  ['hides the scheme in capitals', '[Open](JaVaScRiPt:alert(1))', /^link "JaVaScRiPt:alert\(1\)": javascript: links are not allowed/],
  [
    'writes a javascript: link in HTML',
    '<a href="javascript:alert(1)">Open</a>',
    /^<a href>: link "javascript:alert\(1\)": javascript: links are not allowed/,
  ],
  [
    'hides javascript: behind a character reference',
    '<a href="&#106;avascript:alert(1)">Open</a>',
    /^<a href>: link ".*": javascript: links are not allowed/,
  ],
  ['links a data: URL', '[Open](data:text/html,<h1>x</h1>)', /data: links are not allowed/],
  [
    'writes a reference link to javascript:',
    '[Open][x]\n\n[x]: javascript:alert(1)',
    /^link "javascript:alert\(1\)": javascript: links are not allowed/,
  ],
  [
    'links another host without a scheme',
    '[Open](//evil.example/)',
    /^link "\/\/evil\.example\/": write the full address, starting https:\/\//,
  ],
  ['adds an event handler to HTML', '<p onClick="alert(1)">Hi</p>', /^<p onClick>: event handlers are not allowed/],
  ['adds an event handler to a component', '<Aside onClick="alert(1)">Hi</Aside>', /^<Aside onClick>: event handlers are not allowed/],
  [
    'shows an image from another website',
    '![A tracking pixel](https://evil.example/pixel.png)',
    /^image "https:\/\/evil\.example\/pixel\.png": images must be files of this site/,
  ],
  [
    'shows an HTML image from another host',
    '<img src="//evil.example/x.png" alt="A picture" />',
    /^<img src>: image "\/\/evil\.example\/x\.png": images must be files of this site/,
  ],
  [
    'shows a data: image',
    '![A picture](data:image/png;base64,iVBORw0KGgo=)',
    /^image "data:image.*": images must be files of this site.*data: URLs are not allowed/,
  ],
  ['styles an element inline', '<div style="display:none">Hidden</div>', /^<div style>: inline styles are not allowed/],
  [
    'writes search data attributes',
    '<span data-pagefind-filter="assistant:Evil">x</span>',
    /^<span data-pagefind-filter>: attribute not allowed\. Allowed on <span>: id, class/,
  ],
  [
    'prints a build-time value',
    'Built with Node {process.version}.',
    /^\{process\.version\}: guides are content, not code; text in braces runs as code at build time/,
  ],
  [
    'reads a file of the build machine',
    "import fs from 'node:fs';\n\n{fs.readFileSync('/etc/hostname', 'utf8')}",
    /^"import fs from 'node:fs';": a guide can only import an image file/,
  ],
  [
    'exports code',
    'export const answer = 42;',
    /^"export const answer = 42;": guides are content, not code; a guide can only import images/,
  ],
  [
    'imports a file as text',
    "import notes from './notes.png?raw';",
    /^"import notes from '\.\/notes\.png\?raw';": a guide can only import an image file/,
  ],
  [
    'imports an image from outside the project',
    "import shot from '../../../../../../../../etc/shot.png';",
    /^".*": the image must be a file inside the project/,
  ],
  ['imports an image that is not there', "import shot from './no-such-shot.png';", /^".*": image "\.\/no-such-shot\.png" not found/],
  ['imports named bindings', "import { readFileSync } from './shot.png';", /^".*": import one image by its default name/],
  [
    'gives a prop code instead of text',
    '<Aside title={process.env.HOME}>Hi</Aside>',
    /^<Aside title=\{process\.env\.HOME\}>: a prop in braces must be a literal.*Write text in quotes: title="…"/,
  ],
  ['spreads props', '<Aside {...props}>Hi</Aside>', /^<Aside \{\.\.\.props\}>: spread props are not allowed/],
  ['uses an image reference', '![A picture][shot]\n\n[shot]: ./shot.png', /^image reference "!\[…\]\[shot\]": write the image inline/],
  // Component misuse, found before the build with the file and line.
  [
    'uses an unknown Aside type',
    '<Aside type="caution">Careful.</Aside>',
    /^<Aside type="caution">: unknown type\. Allowed: note, tip, warning, danger\./,
  ],
  [
    'puts a bullet list in Steps',
    '<Steps>\n\n- one\n- two\n\n</Steps>',
    /^<Steps> must contain exactly one numbered Markdown list .*Found: <ul>\./,
  ],
  ['writes Steps with nothing inside', '<Steps></Steps>', /^<Steps> must contain exactly one numbered Markdown list .*Found: nothing\./],
  [
    'names Steps with capitals',
    '<Steps name="iOS Steps">\n\n1. One\n\n</Steps>',
    /^<Steps name="iOS Steps">: name must be lowercase letters, digits and dashes/,
  ],
  [
    'names an unknown tab platform',
    '<PlatformTabs>\n<Tab platform="web">\n\nA\n\n</Tab>\n<Tab platform="linux">\n\nB\n\n</Tab>\n</PlatformTabs>',
    /^<Tab platform>: unknown platform "linux"\. Allowed: web, ios, android, macos, windows\./,
  ],
  [
    'gives PlatformTabs one tab',
    '<PlatformTabs>\n<Tab platform="web">\n\nA\n\n</Tab>\n</PlatformTabs>',
    /^<PlatformTabs> must contain two or more <Tab platform="…"> elements and nothing else \(found 1 panel\(s\)\)/,
  ],
  [
    'puts text between tabs',
    '<PlatformTabs>\n<Tab platform="web">\n\nA\n\n</Tab>\n\nStray words.\n\n<Tab platform="ios">\n\nB\n\n</Tab>\n</PlatformTabs>',
    /^<PlatformTabs> must contain two or more .*and "<p>"\)/,
  ],
  [
    'gives two tabs the same platform',
    '<PlatformTabs>\n<Tab platform="web">\n\nA\n\n</Tab>\n<Tab platform="web ios">\n\nB\n\n</Tab>\n</PlatformTabs>',
    /^<PlatformTabs>: platform "web" appears in two tabs\./,
  ],
  [
    'names an unknown illustration',
    '<Illustration name="chatgpt/web-settings" />',
    /^Unknown illustration "chatgpt\/web-settings"\. Known names: .*chatgpt\/web-data-controls/,
  ],
  [
    'gives an illustration an unknown prop',
    '<Illustration name="chatgpt/web-data-controls" caption="Mine" />',
    /^<Illustration>: unknown prop `caption`\. Allowed: name\./,
  ],
  [
    'gives a screenshot no alt text',
    'import shot from \'./shot.png\';\n\n<Screenshot src={shot} alt="" caption="A capture." platform="web" captured="2026-11-27" />',
    /^<Screenshot>: `alt` is required and must not be empty \(image: shot\.png\)/,
  ],
  [
    'gives a screenshot an unknown platform',
    'import shot from \'./shot.png\';\n\n<Screenshot src={shot} alt="The screen" caption="A capture." platform="linux" captured="2026-11-27" />',
    /^<Screenshot>: `platform` must be one of web, ios, android, macos, windows; got "linux"/,
  ],
  [
    'gives a screenshot a text src',
    '<Screenshot src="./shot.png" alt="The screen" caption="A capture." platform="web" captured="2026-11-27" />',
    /^<Screenshot>: `src` must be an imported local image/,
  ],
  [
    'uses an image before importing it',
    '<Screenshot src={shot} alt="The screen" caption="A capture." platform="web" captured="2026-11-27" />',
    /^<Screenshot src=\{shot\}>: "shot" is not an image imported above this line\. Import the image at the top of the guide/,
  ],
  [
    'gives a checklist a bad id',
    '<Checklist id="My List">\n\n- [One](/chatgpt/)\n\n</Checklist>',
    /^<Checklist id="My List">: id must be lowercase letters, digits and dashes/,
  ],
  [
    'puts a paragraph in a checklist',
    '<Checklist id="chatgpt">\n\nJust words.\n\n</Checklist>',
    /^<Checklist id="chatgpt"> must contain exactly one Markdown list .*Found: <p>\./,
  ],
  [
    'writes an empty label in a setting path',
    '<SettingPath path="Settings >> Data controls" />',
    /^<SettingPath path="Settings >> Data controls">: an empty label/,
  ],
  ['gives a setting path no path', '<SettingPath />', /^<SettingPath> needs a path/],
  // Already caught before this issue; kept here so the whole class list runs in one place.
  ['uses a component that does not exist', '<Callout>Hi</Callout>', /^unknown component <Callout>\. Guides can use: Steps, PlatformTabs/],
  ['writes an image with empty alt text', '![](./shot.png)', /^the image "\.\/shot\.png" has no alt text/],
  ['cites a source that is not in the registry', 'A claim.<Cite id="no-such-source" />', /^<Cite>: unknown source id "no-such-source"\./],
  ['quotes a fact that does not exist', '<Fact name="retension" />', /^<Fact>: unknown fact "retension"/],
];

/** Frontmatter mistakes: [what, frontmatter, message]; the line is the field's. */
const frontmatterCases: [string, string, RegExp][] = [
  [
    'writes a day that does not exist',
    VALID_FRONTMATTER.replace(/lastVerified: .*/, 'lastVerified: 2026-13-45'),
    /^lastVerified: write the date as YYYY-MM-DD, e\.g\. 2026-12-02$/,
  ],
  ['breaks the frontmatter YAML', VALID_FRONTMATTER.replace(/title: .*/, 'title: "Unclosed'), /^the frontmatter is not valid YAML: /],
];

/** Everything a guide may do, in one file: it must get no message. */
const ALLOWED = `import shot from './shot.png';

{/* A note for other writers. */}

Intro with a [link](https://help.openai.com/), an [email](mailto:privacy@example.com), a [guide](/chatgpt/memory/) and a [part](#steps).

![The Data controls screen](./shot.png)

<Screenshot src={shot} alt="The Data controls screen" caption="A capture." platform="web" captured="2026-11-27" priority={true} width={480} />

<Aside type="tip" title="Good to know">Text with <kbd>Ctrl</kbd>, <abbr title="Multi-factor authentication">MFA</abbr> and <a href="https://example.com/" hreflang="en">a link</a>.</Aside>

<FactSheet facts={["training", "optOut"]} path={false} />

<PlatformTabs>
<Tab platform="web">

<Steps name="web">

1. Select **Settings**.

</Steps>

</Tab>
<Tab platform="ios android">

<Steps name="phone">

1. Select <SettingPath path="Settings > Data controls" />.

</Steps>

</Tab>
</PlatformTabs>

<Illustration name="chatgpt/web-data-controls" />

<Checklist id="chatgpt">

<Steps name="path">

1. [Stop training](/chatgpt/stop-training/).

</Steps>

</Checklist>

<details><summary>More</summary><p>Hidden until opened.</p></details>

<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="1">B</td></tr></tbody></table>
`;

const fileName = (i: number) => `case-${String(i + 1).padStart(2, '0')}.mdx`;
let problems: string[] = [];

beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  copyFileSync('tests/fixtures/media/sample-capture.png', join(DIR, 'shot.png'));
  mkdirSync(join(CONTENT, 'sources'), { recursive: true });
  writeFileSync(join(CONTENT, 'sources', 'fixture.yaml'), FIXTURE_REGISTRY);
  cases.forEach(([, body], i) => writeFileSync(join(DIR, fileName(i)), guide(body)));
  frontmatterCases.forEach(([, fm], i) => writeFileSync(join(DIR, `fm-${i + 1}.mdx`), guide('Text.', fm)));
  writeFileSync(join(DIR, 'allowed.mdx'), guide(ALLOWED));
  problems = lintGuides(CONTENT);
});

const rel = (name: string) => `tests/.tmp/hostile-guides/content/guides/chatgpt/${name}`;
const linesOf = (name: string) => problems.filter((p) => p.startsWith(`${rel(name)}:`)).map((p) => p.slice(rel(name).length));

describe('hostile and careless writer input: one lint call, every file, each message with file and line', () => {
  it('a guide that uses every allowed feature gets no message', () => {
    expect(linesOf('allowed.mdx')).toEqual([]);
  });

  it('every hostile or wrong guide gets its own message, naming file and line', () => {
    const failures: string[] = [];
    cases.forEach(([what, body, expected], i) => {
      const mine = linesOf(fileName(i));
      // The line: the first body line, or a later line of the body when the case spans several.
      const ok = mine.some((m) => {
        const [, line, message] = m.match(/^:(\d+): ([\s\S]*)$/) ?? [];
        return Number(line) >= LINE && Number(line) < LINE + body.split('\n').length && expected.test(message ?? '');
      });
      if (!ok) failures.push(`${what} (${fileName(i)}): expected ${expected}\n    got: ${mine.join('\n         ') || 'no message'}`);
    });
    frontmatterCases.forEach(([what, , expected], i) => {
      const mine = linesOf(`fm-${i + 1}.mdx`);
      if (!mine.some((m) => /^:\d+(:\d+)?: /.test(m) && expected.test(m.replace(/^:\d+(:\d+)?: /, '')))) {
        failures.push(`${what} (fm-${i + 1}.mdx): expected ${expected}\n    got: ${mine.join('\n         ') || 'no message'}`);
      }
    });
    expect(
      failures,
      `${failures.length} of ${cases.length + frontmatterCases.length} cases without their message:\n${failures.join('\n')}`,
    ).toEqual([]);
  });
});
