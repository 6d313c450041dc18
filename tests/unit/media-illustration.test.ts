// <Illustration>: registry checks, rendered markup and caption, via Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readdirSync, readFileSync } from 'node:fs';
import { drawnLabels } from '../../src/integrations/guide-lint.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import Illustration from '../../src/components/media/Illustration.astro';
import { getIllustration, illustrationNames, optimizeSvg, unregisteredDrawings } from '../../src/illustrations';
import { captionFor } from '../../src/components/media/caption';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (name: unknown) => container.renderToString(Illustration, { props: { name } });

const chatgptSet = [
  'chatgpt/web-profile-menu',
  'chatgpt/web-data-controls',
  'chatgpt/web-signed-out-settings',
  'chatgpt/mobile-data-controls',
  'chatgpt/web-chat-menu',
  'chatgpt/web-shared-links',
  'chatgpt/web-export',
  'chatgpt/web-delete-account',
  'chatgpt/web-mfa',
  'chatgpt/mobile-delete-account',
];

describe('registry', () => {
  test('holds every ChatGPT drawing the spec names', () => {
    expect(illustrationNames).toEqual(expect.arrayContaining(chatgptSet));
  });

  test('every assistant with guides has drawings, each placed in one of its own guides', () => {
    const guidesDir = new URL('../../content/guides/', import.meta.url);
    for (const assistant of readdirSync(guidesDir)) {
      const names = illustrationNames.filter((n) => n.startsWith(`${assistant}/`));
      expect(names.length, `drawings for ${assistant}`).toBeGreaterThan(0);
      const guides = readdirSync(new URL(`${assistant}/`, guidesDir))
        .map((f) => readFileSync(new URL(`${assistant}/${f}`, guidesDir), 'utf8'))
        .join('\n');
      for (const name of names) expect(guides, `${name} in a ${assistant} guide`).toContain(`<Illustration name="${name}" />`);
    }
  });

  test('every SVG file has metadata', () => {
    expect(unregisteredDrawings()).toEqual([]);
  });

  test('an unknown name fails, listing the known names', () => {
    expect(() => getIllustration('chatgpt/nope')).toThrow(/Unknown illustration "chatgpt\/nope"/);
    expect(() => getIllustration('chatgpt/nope')).toThrow(/chatgpt\/web-data-controls/);
  });

  test.each(illustrationNames)('%s: drawing and metadata agree', (name) => {
    const { meta, svg, width, height } = getIllustration(name);
    expect(meta.alt.length).toBeGreaterThan(20);
    expect(meta.screen).not.toBe('');
    expect(meta.follows.date).not.toBe('');
    expect(meta.platforms.length).toBeGreaterThan(0);
    // Callouts are numbered 1..n in the drawing, one per metadata entry.
    const numbers = [...svg.matchAll(/class="i-callout-num"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(meta.callouts.map((_, i) => i + 1));
    // Themed only through classes: no colours, no ids (the same drawing may appear twice).
    expect(svg).not.toMatch(/\b(fill|stroke)="#/);
    expect(svg).not.toMatch(/\sid="/);
    expect(svg).not.toMatch(/<script|<foreignObject|<image/);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  // Drawn labels are checked against the quotes of the sources each drawing follows by the guide lint
  // (src/integrations/guide-lint.mjs, drawnLabels), before every build; this checks that it reads them.
  const labelsIn = (name: string) => drawnLabels(readFileSync(new URL(`../../src/illustrations/${name}.svg`, import.meta.url), 'utf8'));
  test('the label check reads the labels (only icon-only drawings have none)', () => {
    const iconOnly = illustrationNames.filter((name) => labelsIn(name).length === 0);
    expect(iconOnly).toEqual(['claude/incognito']);
    expect(labelsIn('chatgpt/web-data-controls')).toContain('Improve the model for everyone');
  });

  test('every class a drawing uses is painted by the theme (an unstyled shape would show black)', () => {
    const css = readFileSync(new URL('../../src/styles/media.css', import.meta.url), 'utf8');
    const painted = new Set([...css.matchAll(/\.ill-svg \.(i-[\w-]+)/g)].map((m) => m[1]));
    for (const name of illustrationNames) {
      const used = new Set([...getIllustration(name).svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
      used.delete('i-callout'); // the group around a callout's dot and number, not a shape
      for (const cls of used) expect(painted, `${name}: .${cls}`).toContain(cls);
    }
  });

  test('svgo output is no larger than the source', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of illustrationNames) {
      const source = await readFile(new URL(`../../src/illustrations/${name}.svg`, import.meta.url), 'utf8');
      expect(optimizeSvg(source).length).toBeLessThanOrEqual(source.length);
    }
  });
});

describe('<Illustration>', () => {
  test('renders an inline, labelled SVG inside a zoom button', async () => {
    const html = await render('chatgpt/web-data-controls');
    const tree = fromHtml(html, { fragment: true });
    const { meta } = getIllustration('chatgpt/web-data-controls');
    const svg = select('figure > button[data-media-zoom] > svg', tree);
    expect(svg).toBeTruthy();
    expect(svg!.properties.role).toBe('img');
    expect(svg!.properties.ariaLabel).toBe(meta.alt);
    expect(toString(select('svg > title', tree)!)).toBe(meta.alt);
    expect(select('button', tree)!.properties.type).toBe('button');
  });

  test('lists the callouts in click order', async () => {
    const tree = fromHtml(await render('chatgpt/web-delete-account'), { fragment: true });
    const items = selectAll('ol.media-callouts > li', tree).map((li) => toString(li));
    expect(items).toEqual(getIllustration('chatgpt/web-delete-account').meta.callouts);
  });

  test.each(illustrationNames)('%s: caption starts with "Illustration:" and dates its source', async (name) => {
    const tree = fromHtml(await render(name), { fragment: true });
    const caption = toString(select('figcaption', tree)!);
    const { meta } = getIllustration(name);
    expect(caption.startsWith('Illustration:')).toBe(true);
    expect(caption).toContain(meta.screen);
    expect(caption).toContain(meta.follows.date);
    expect(caption).toBe(captionFor(name, meta));
  });

  test('says which platform the screen is on', () => {
    expect(captionFor('chatgpt/web-mfa', getIllustration('chatgpt/web-mfa').meta)).toMatch(/^Illustration: ChatGPT on the web, /);
    expect(captionFor('chatgpt/mobile-data-controls', getIllustration('chatgpt/mobile-data-controls').meta)).toMatch(
      /^Illustration: ChatGPT in the iPhone and Android apps, /,
    );
  });

  test('fails the build for an unknown or missing name', async () => {
    await expect(render('chatgpt/web-nope')).rejects.toThrow(/Known names: .*chatgpt\/web-mfa/);
    await expect(render(undefined)).rejects.toThrow(/needs a `name`/);
    await expect(container.renderToString(Illustration, { props: { name: 'chatgpt/web-mfa', caption: 'x' } })).rejects.toThrow(
      /unknown prop `caption`. Allowed: name/,
    );
  });
});
