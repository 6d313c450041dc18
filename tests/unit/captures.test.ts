// Which capture replaces which drawing, and the error a maintainer gets for a wrong sidecar
// (src/components/media/captures.ts). The build that shows one is tests/fixtures/captures.test.ts.
import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { findCapture, type CaptureFiles } from '../../src/components/media/captures';
import { captureAlt, captureCaptionFor } from '../../src/components/media/caption';
import { getIllustration } from '../../src/illustrations';

const img = (src: string): ImageMetadata => ({ src, width: 1280, height: 800, format: 'png' }) as ImageMetadata;
const DIR = '/abs/src/assets/captures';
const today = new Date('2026-12-02T12:00:00Z');
const files = (images: string[], sidecars: Record<string, unknown>): CaptureFiles => ({
  images: Object.fromEntries(images.map((f) => [`${DIR}/${f}`, img(f)])),
  sidecars: Object.fromEntries(Object.entries(sidecars).map(([f, v]) => [`${DIR}/${f}`, v])),
});
const find = (f: CaptureFiles, name = 'chatgpt/web-data-controls', platforms = ['web'] as const) => findCapture(name, f, platforms, today);
const error = (f: CaptureFiles) => {
  try {
    find(f);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('findCapture', () => {
  it('picks the capture with the drawing’s name, its sidecar fields and its dark twin; none when absent', () => {
    const f = files(['chatgpt/web-data-controls.png', 'chatgpt/web-data-controls.dark.png', 'chatgpt/other.webp'], {
      'chatgpt/web-data-controls.json': {
        captured: '2026-11-30',
        platform: 'web',
        appVersion: '1.2026.330',
        dark: 'web-data-controls.dark.png',
      },
      'chatgpt/other.json': { captured: '2026-11-30', platform: 'web' },
    });
    expect(find(f)).toEqual({
      src: img('chatgpt/web-data-controls.png'),
      dark: img('chatgpt/web-data-controls.dark.png'),
      captured: '2026-11-30',
      platform: 'web',
      appVersion: '1.2026.330',
    });
    expect(find(f, 'chatgpt/mobile-data-controls')).toBeUndefined();
    expect(find(f, 'claude/web-data-controls')).toBeUndefined();
    expect(
      find(files(['chatgpt/web-data-controls.jpg'], { 'chatgpt/web-data-controls.json': { captured: '2026-11-30', platform: 'web' } }))?.src
        .src,
    ).toBe('chatgpt/web-data-controls.jpg');
  });

  it('fails naming the file and the field for every wrong capture', () => {
    const one = (sidecar: unknown, images = ['chatgpt/web-data-controls.png']) =>
      error(files(images, { 'chatgpt/web-data-controls.json': sidecar }));
    const J = 'Capture sidecar src/assets/captures/chatgpt/web-data-controls.json';
    expect({
      missingDate: one({ platform: 'web' }),
      badDate: one({ captured: '30/11/2026', platform: 'web' }),
      future: one({ captured: '2027-01-01', platform: 'web' }),
      badPlatform: one({ captured: '2026-11-30', platform: 'ipad' }),
      otherPlatform: one({ captured: '2026-11-30', platform: 'ios' }),
      unknownField: one({ captured: '2026-11-30', platform: 'web', by: 'me' }),
      missingDark: one({ captured: '2026-11-30', platform: 'web', dark: 'web-data-controls.dark.png' }),
      noImage: one({ captured: '2026-11-30', platform: 'web' }, []),
      noSidecar: error(files(['chatgpt/web-data-controls.png'], {})),
      twoImages: one({ captured: '2026-11-30', platform: 'web' }, ['chatgpt/web-data-controls.png', 'chatgpt/web-data-controls.jpg']),
    }).toEqual({
      missingDate: expect.stringMatching(new RegExp(`^${J}: \`captured\`: `)),
      badDate: expect.stringContaining(`${J}: \`captured\`: a date written YYYY-MM-DD`),
      future: `${J}: \`captured\` 2027-01-01 is in the future.`,
      badPlatform: expect.stringMatching(new RegExp(`^${J}: \`platform\`: `)),
      otherPlatform: `${J}: \`platform\` "ios" is not a platform the drawing shows (web).`,
      unknownField: expect.stringMatching(/^Capture sidecar .*web-data-controls\.json: .*by/),
      missingDark: `${J}: \`dark\` names src/assets/captures/chatgpt/web-data-controls.dark.png, which does not exist.`,
      noImage: `${J} has no image web-data-controls.png (or .jpg, .webp) next to it.`,
      noSidecar: expect.stringMatching(
        /^Capture src\/assets\/captures\/chatgpt\/web-data-controls\.png has no src\/assets\/captures\/chatgpt\/web-data-controls\.json/,
      ),
      twoImages: expect.stringContaining('are the same screen; keep one'),
    });
  });
});

describe('capture caption and alt', () => {
  it('never says Illustration or Drawing', () => {
    const { meta } = getIllustration('chatgpt/web-data-controls');
    const caption = captureCaptionFor('chatgpt/web-data-controls', meta, 'web');
    expect(caption).toMatch(/^ChatGPT on the web, /);
    expect(`${caption} ${captureAlt(meta.alt)}`).not.toMatch(/illustration|drawing|drawn/i);
  });
});
