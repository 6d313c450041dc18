// What a writer sees when a guide is wrong: the build fails with one clear message that names the file
// and what to fix. Each case builds a tiny site with the real layouts.
import { describe, expect, it } from 'vitest';
import { VALID_FRONTMATTER, buildFixture, guide } from './helpers/build-fixture';

const FILE = 'guides/chatgpt/bad.mdx';

describe('the build stops with a clear message when a writer', () => {
  it('writes a title over 70 characters', () => {
    const fm = VALID_FRONTMATTER.replace('title: "A valid guide"', `title: "${'A very long title '.repeat(5)}"`);
    const r = buildFixture('long-title', { [FILE]: guide('Text.', fm) });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/chatgpt\/bad/);
    expect(r.output).toMatch(/title/);
    expect(r.output).toContain('title must be at most 70 characters');
  });

  it('puts a Steps around something that is not a numbered list', () => {
    const r = buildFixture('steps-no-list', { [FILE]: guide('<Steps>\n\n- one\n- two\n\n</Steps>') });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('<Steps> must contain exactly one numbered Markdown list');
  });

  it('uses an unknown platform in a tab', () => {
    const r = buildFixture('unknown-platform', {
      [FILE]: guide('<PlatformTabs>\n<Tab platform="web">\n\nA\n\n</Tab>\n<Tab platform="linux">\n\nB\n\n</Tab>\n</PlatformTabs>'),
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('unknown platform "linux". Allowed: web, ios, android, macos, windows.');
  });

  it('links to a page that does not exist, or to a missing heading', () => {
    const r = buildFixture('broken-links', {
      [FILE]: guide('## Real heading\n\nSee [nowhere](/chatgpt/no-such-guide/) and [a missing part](/chatgpt/bad/#no-such-heading).'),
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/guides/chatgpt/bad.mdx: broken link "/chatgpt/no-such-guide/"');
    expect(r.output).toContain('content/guides/chatgpt/bad.mdx: link "/chatgpt/bad/#no-such-heading" points to "#no-such-heading"');
  });

  it('adds a raw <script>', () => {
    const r = buildFixture('raw-script', { [FILE]: guide('Hello\n\n<script>alert(1)</script>') });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/bad\.mdx:\d+: raw <script> is not allowed in a guide/);
  });
});
