// A guide with a wrong picture stops the build with a message that says what to fix.
import { describe, expect, it } from 'vitest';
import { buildFixture, guide } from './helpers/build-fixture';

const FILE = 'guides/chatgpt/bad.mdx';

describe('the build stops when a writer', () => {
  it('names an illustration that does not exist, listing the known names', () => {
    const r = buildFixture('media-unknown-illustration', {
      [FILE]: guide('<Illustration name="chatgpt/web-settings" />'),
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('Unknown illustration "chatgpt/web-settings"');
    expect(r.output).toMatch(/Known names: .*chatgpt\/web-data-controls/);
  });

  it('gives a screenshot an empty alt, naming the image', () => {
    const r = buildFixture('media-empty-alt', {
      [FILE]: guide(
        `import sample from '../../../../../fixtures/media/sample-capture.png';\n\n<Screenshot src={sample} alt="" caption="A capture." platform="web" captured="2026-11-27" />`,
      ),
    });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/`alt` is required and must not be empty \(image: sample-capture[^)]*\.png\)/);
  });
});
