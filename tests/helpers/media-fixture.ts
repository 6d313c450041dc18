// A throw-away site (the real layouts) with one guide that shows the sample capture (light and
// dark) and two illustrations. The sample capture exists only in tests/fixtures/media/.
import { buildFixture, guide } from './build-fixture';

export const MEDIA_GUIDE_ROUTE = '/chatgpt/media-test/';

// From tests/.tmp/<name>/content/guides/chatgpt/ back to tests/.
const fixtures = '../../../../../fixtures/media';

export function buildMediaFixture(name: string) {
  const body = `import sample from '${fixtures}/sample-capture.png';
import sampleDark from '${fixtures}/sample-capture-dark.png';

## A capture

<Screenshot src={sample} dark={sampleDark} alt="Test page with a heading and four grey bars" caption="A sample capture used only by the tests." platform="web" captured="2026-11-27" appVersion="1.0" />

## Two drawings

<Illustration name="chatgpt/web-data-controls" />

<Illustration name="chatgpt/mobile-data-controls" />
`;
  return buildFixture(name, { 'guides/chatgpt/media-test.mdx': guide(body) });
}
