// A real capture replacing a drawing, in a fixture build (the site itself has no capture): the
// capture carries EXIF and XMP, its sidecar names a dark twin. <Illustration name=…> in the guide is
// unchanged; the page must show the capture with the drawing's alt and callouts, a "Screenshot …
// captured" caption, the drawing's sources, and serve files without the metadata. A wrong sidecar
// fails the build naming the file and the field.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_REGISTRY, buildFixture, guide, type FixtureResult } from '../helpers/build-fixture';
import { htmlPages } from '../helpers/media-checks';
import { $, $$, attr, text } from '../helpers/dist';
import { getIllustration } from '../../src/illustrations';
import { captureAlt } from '../../src/components/media/caption';

const NAME = 'chatgpt/web-data-controls';
const SAMPLE = 'tests/fixtures/media/sample-capture.png';
const SAMPLE_DARK = 'tests/fixtures/media/sample-capture-dark.png';
// The registry also holds the drawing's own sources, so the page can list them.
const files = (ids: readonly string[]) => ({
  'guides/chatgpt/captures.mdx': guide(body),
  'sources/fixture.yaml': FIXTURE_REGISTRY + ids.map((id) => FIXTURE_REGISTRY.replaceAll('fixture-data-controls-faq', id).replace('example.com/fixture/', `example.com/${id}/`)).join(''),
});
const body = `<Illustration name="${NAME}" />\n\n<Illustration name="chatgpt/mobile-data-controls" />\n`;

/** A captures folder (inside the project, as Vite needs) with one capture that carries personal metadata. */
async function capturesDir(name: string, sidecar: object): Promise<string> {
  const dir = resolve('tests/.tmp', `${name}-captures`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'chatgpt'), { recursive: true });
  await sharp(SAMPLE)
    .withExif({ IFD0: { Artist: 'Jane Private', Copyright: 'Jane Private' }, IFD2: { UserComment: 'jane@example.com' } })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane Private</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .jpeg()
    .toFile(join(dir, 'chatgpt/web-data-controls.jpg'));
  writeFileSync(join(dir, 'chatgpt/web-data-controls.dark.png'), readFileSync(SAMPLE_DARK));
  writeFileSync(join(dir, 'chatgpt/web-data-controls.json'), JSON.stringify(sidecar));
  return dir;
}

describe('a capture in place of a drawing', () => {
  let build: FixtureResult;
  let source: Metadata;
  beforeAll(async () => {
    const dir = await capturesDir('captures', { captured: '2026-11-30', platform: 'web', appVersion: '1.2026.330', dark: 'web-data-controls.dark.png' });
    source = await sharp(join(dir, 'chatgpt/web-data-controls.jpg')).metadata();
    build = buildFixture('captures', files(getIllustration(NAME).meta.follows.ids), { OTR_CAPTURES_DIR: dir });
  });

  it('shows the capture with the drawing’s alt, callouts and sources, and a screenshot caption', () => {
    expect(build.ok, build.output).toBe(true);
    const page = htmlPages(build.outDir).find((p) => p.file.endsWith(join('chatgpt', 'captures', 'index.html')))!;
    const { meta } = getIllustration(NAME);
    const figure = $(`figure[data-illustration="${NAME}"]`, page.tree)!;
    const drawing = $('figure[data-illustration="chatgpt/mobile-data-controls"]', page.tree)!;
    const sources = $$('.sources li', page.tree).map((li) => String(li.properties.id));
    expect({
      svg: !!$('svg', figure),
      alts: $$('img', figure).map((img) => attr(img, 'alt')),
      callouts: $$('.media-callouts li', figure).map((li) => text(li)),
      caption: text($('figcaption', figure)),
      otherStillDrawn: !!$('svg', drawing),
    }).toEqual({
      svg: false,
      alts: [captureAlt(meta.alt), captureAlt(meta.alt)],
      callouts: meta.callouts,
      // The date line is a block of its own (.media-shot-meta), so no space between them in the HTML.
      caption: `ChatGPT on the web, ${meta.screen}.Screenshot: Web · captured 2026-11-30 · app version 1.2026.330`,
      otherStillDrawn: true,
    });
    expect(text($('figcaption', figure))).not.toMatch(/illustration/i);
    // The drawing's sources stay on the page (cites.mjs reads <Illustration> in the MDX).
    expect(sources).toEqual(expect.arrayContaining(meta.follows.ids.map((id) => `source-${id}`)));
  });

  it('serves every image file of the capture without the EXIF and XMP it was saved with', async () => {
    expect([!!source.exif, !!source.xmp]).toEqual([true, true]);
    const page = htmlPages(build.outDir).find((p) => p.file.endsWith(join('chatgpt', 'captures', 'index.html')))!;
    const figure = $(`figure[data-illustration="${NAME}"]`, page.tree)!;
    const urls = new Set<string>();
    for (const el of [...$$('img', figure), ...$$('source', figure)]) {
      for (const part of [el.properties.srcSet, el.properties.src].flat().join(',').split(',')) {
        if (part.trim()) urls.add(part.trim().split(/\s+/)[0]);
      }
    }
    // Light and dark, each AVIF, WebP and the original format.
    expect([...urls].map((u) => u.split('.').pop()).sort().join()).toMatch(/avif.*jpg.*png.*webp/);
    const leaks: string[] = [];
    for (const url of urls) {
      const bytes = readFileSync(join(build.outDir, url.replace(/^\//, '')));
      const m = await sharp(bytes).metadata();
      if (m.exif || m.xmp || m.iptc || bytes.includes('Jane Private')) leaks.push(`${url}: ${[m.exif && 'EXIF', m.xmp && 'XMP', m.iptc && 'IPTC'].filter(Boolean).join(', ') || 'text'}`);
    }
    expect(leaks).toEqual([]);
  });
});

describe('a wrong sidecar', () => {
  it('fails the build naming the file and the field', async () => {
    const dir = await capturesDir('captures-bad', { captured: '30 November', platform: 'web' });
    const bad = buildFixture('captures-bad', files([]), { OTR_CAPTURES_DIR: dir });
    expect(bad.ok).toBe(false);
    expect(bad.output).toContain('Capture sidecar src/assets/captures/chatgpt/web-data-controls.json: `captured`: a date written YYYY-MM-DD');
  });
});
