// The guide processor (src/lib/markdown/): what a writer's MDX becomes, and the error a writer gets
// while a guide compiles (e.g. edited under `astro dev`, after the guide lint has run). Compiled with
// Sätteri and the site's own plugin list, as Astro does; assertions read the compiled component code.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { guideProcessor } from '../../src/lib/markdown/index.mjs';
import { getRegistry } from '../../src/lib/sources';

/** Claude's /compare/ cells, as the processor reads them (content/data/assistants.yaml). */
const claudeFacts = (
  parse(readFileSync('content/data/assistants.yaml', 'utf8')) as {
    assistants: { id: string; facts: Record<string, { sources?: string[]; conflict?: { sources: string[] } }> }[];
  }
).assistants.find((a) => a.id === 'claude')!.facts;
const factIds = (...names: string[]) => [
  ...new Set(names.flatMap((n) => [...(claudeFacts[n]!.sources ?? []), ...(claudeFacts[n]!.conflict?.sources ?? [])])),
];

const FILE = resolve('content/guides/claude/example.mdx');

function compile(source: string, { base = '/', frontmatter = { assistant: 'claude' } as Record<string, unknown> } = {}) {
  const { options } = guideProcessor({ base });
  const astro = {
    frontmatter: { ...frontmatter } as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const result = mdxToJs(source, {
    mdastPlugins: options.mdastPlugins,
    hastPlugins: options.hastPlugins,
    fileURL: pathToFileURL(FILE),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro },
  });
  return { code: (result as { code: string }).code.replace(/\s+/g, ' '), frontmatter: astro.frontmatter };
}

describe('a writer error stops the compile with the file and line', () => {
  it.each([
    [
      'raw <script> as JSX',
      'Intro.\n\n<script>alert(1)</script>\n',
      /content\/guides\/claude\/example\.mdx:3: raw <script> is not allowed/,
    ],
    ['raw <iframe> in a paragraph', 'Intro.\n\nText <iframe src="x"></iframe> more.\n', /example\.mdx:3: raw <iframe> is not allowed/],
    ['an image without alt text', 'Intro.\n\n\n![](./shot.png)\n', /example\.mdx:4: the image "\.\/shot\.png" has no alt text/],
    ['an <img> without alt', '<img src="/a.png" />\n', /example\.mdx:1: the image "\/a\.png" has no alt text/],
    ['an unknown component', 'Intro.\n\n<Callout>Hi</Callout>\n', /example\.mdx:3: unknown component <Callout>\. Guides can use: .*Steps/],
    ['a fact that does not exist', '<Fact name="shoeSize" />\n', /example\.mdx:1: <Fact>: unknown fact "shoeSize"\. Allowed: .*retention/],
    ['a fact for an unknown assistant', '<Fact name="retention" assistant="clippy" />\n', /<Fact>: unknown assistant "clippy"/],
  ])('%s', (_label, source, message) => {
    expect(() => compile(source)).toThrow(message);
  });
});

describe('headings', () => {
  it('get GitHub-style ids, repeated titles numbered, and h2/h3 an anchor link after the heading', () => {
    const { code } = compile('# Title\n\n## Turn off training\n\n### On your phone\n\n## Turn off training\n\n#### Small\n');
    expect(code).toContain('id: "turn-off-training"');
    expect(code).toContain('id: "turn-off-training-1"');
    expect(code).toContain(
      'class: "heading-wrap heading-wrap-h2", children: [_jsx(_components.h2, { id: "turn-off-training", children: "Turn off training" }), _jsxs(_components.a, { class: "heading-anchor", href: "#turn-off-training"',
    );
    expect(code).toContain('"aria-hidden": "true", children: "#"');
    expect(code).toContain('children: "Link to the section “On your phone”"');
    // h1 and h4 get an id, no anchor.
    expect(code).toContain('_jsx(_components.h4, { id: "small", children: "Small" })');
    expect(code.match(/heading-anchor/g)).toHaveLength(3);
  });
});

describe('links', () => {
  it('to another website send no referrer and say they leave the site; links inside the site are untouched', () => {
    const { code } = compile('Go to [the portal](https://privacy.example/) or [this guide](/claude/delete/).\n');
    expect(code).toContain(
      'href: "https://privacy.example/", class: "external-link", rel: "noopener noreferrer", referrerpolicy: "no-referrer"',
    );
    expect(code).toContain('class: "external-mark", "aria-hidden": "true", children: "↗"');
    expect(code).toContain('children: " (other website)"');
    expect(code).toContain('_jsx(_components.a, { href: "/claude/delete/", children: "this guide" })');
  });

  it('written as JSX <a> get the same attributes and mark', () => {
    const { code } = compile('See <a href="https://privacy.example/">the portal</a>.\n');
    expect(code).toMatch(
      /href: "https:\/\/privacy\.example\/", rel: "noopener noreferrer", referrerpolicy: "no-referrer", class: "external-link"/,
    );
    expect(code).toContain('children: " (other website)"');
  });

  it('root-relative links and images get the base path when the site is built under one', () => {
    const source = 'See [this guide](/claude/delete/), [a section](#steps) and [the portal](https://privacy.example/).\n';
    expect(compile(source, { base: '/off-the-record/' }).code).toContain('href: "/off-the-record/claude/delete/"');
    expect(compile(source, { base: '/off-the-record/' }).code).toContain('href: "#steps"');
    expect(compile(source, { base: '/off-the-record/' }).code).toContain('href: "https://privacy.example/"');
    expect(compile(source).code).toContain('href: "/claude/delete/"');
  });
});

describe('facts', () => {
  it('are imported, get the guide’s assistant, and cite their sources in the page’s Sources list', () => {
    const { code, frontmatter } = compile('Intro.\n\n<Fact name="retention" />\n\n<FactSheet facts={["training", "optOut"]} />\n');
    expect(code).toMatch(/import Fact from ".*\/src\/components\/mdx\/Fact\.astro";/);
    expect(code).toMatch(/import FactSheet from ".*\/src\/components\/mdx\/FactSheet\.astro";/);
    const ids = factIds('retention', 'training', 'optOut');
    expect(ids.length).toBeGreaterThan(0);
    expect(frontmatter.sourceIds).toEqual(ids);
    expect(code).toContain(`name: "retention", assistant: "claude", listed: "${ids.join(' ')}"`);
  });

  it('a guide without facts imports nothing and cites nothing', () => {
    const { code, frontmatter } = compile('Intro.\n');
    expect(code).not.toContain('Fact.astro');
    expect(frontmatter.sourceIds).toEqual([]);
  });
});

describe('citations', () => {
  const [a, b] = getRegistry().sources.map((s) => s.id);
  it('number each <Cite> in the order the page first cites a source, and hand the page its list', () => {
    const { code, frontmatter } = compile(`One.<Cite id="${a}" />\n\nTwo.<Cite id="${b} ${a}" />\n`);
    expect(frontmatter.sourceIds).toEqual([a, b]);
    expect(code).toContain(`id: "${a}", n: "1"`);
    expect(code).toContain(`id: "${b} ${a}", n: "2 1"`);
  });

  it('stop on an unknown id with the file and line', () => {
    expect(() => compile('Intro.\n\nText.<Cite id="no-such-source" />\n')).toThrow(
      /content\/guides\/claude\/example\.mdx:3: <Cite>: unknown source id "no-such-source"/,
    );
  });
});
