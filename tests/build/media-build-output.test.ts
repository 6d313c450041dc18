// Pictures on the built site (dist/): alt, width and height on every <img>, no raster file more
// than twice its display width, and every illustration captioned "Illustration: …".
// The same checks run on the fixture site in tests/fixtures/site.test.ts, which holds
// the sample capture (the site itself has no fake captures).
import { describe, expect, it } from 'vitest';
import { DIST, allHtmlPages } from '../helpers/dist';
import { captionProblems, imgProblems, oversizeProblems } from '../helpers/media-checks';

describe('pictures on the built site', () => {
  // The pages tests/helpers/dist.ts parsed once for the whole build project.
  const pages = allHtmlPages();

  it('reads the pages', () => expect(pages.length).toBeGreaterThan(0));

  it('every <img> has a non-empty alt, a width and a height', () => {
    expect(imgProblems(pages)).toEqual([]);
  });

  it('no raster image is served wider than 2x its display width', async () => {
    expect(await oversizeProblems(pages, DIST)).toEqual([]);
  });

  it('every illustration caption starts with "Illustration:" and its SVG is labelled', () => {
    expect(captionProblems(pages)).toEqual([]);
  });
});
