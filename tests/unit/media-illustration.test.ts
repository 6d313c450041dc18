// <Illustration>: registry checks, rendered markup and caption, via Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  'chatgpt/temporary-chat',
  'chatgpt/web-memory',
  'chatgpt/web-chat-menu',
  'chatgpt/web-archived-chats',
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

  // Only labels the research dossier quotes may appear in a drawing. The dossier lives in the
  // shared folder next to the repository (not in it), so this runs where that folder exists.
  const dossierDir = ['../shared/research', '../../shared/research', '/work/shared/research']
    .map((dir) => new URL(`${dir}/`, `file://${process.cwd()}/`))
    .find((dir) => existsSync(dir));
  // ChatGPT has its own dossier; the other assistants share one, with a "## N. <name>" section each,
  // and a label must be quoted in that assistant's own section (not just anywhere in the file).
  const sectionHeading: Record<string, string> = {
    claude: 'Anthropic Claude',
    gemini: 'Google Gemini',
    copilot: 'Microsoft Copilot',
    'meta-ai': 'Meta AI',
    perplexity: 'Perplexity',
    grok: 'xAI Grok',
    deepseek: 'DeepSeek',
    'le-chat': 'Mistral Le Chat',
  };
  function dossierFor(assistant: string): string {
    if (assistant === 'chatgpt') return readFileSync(new URL('chatgpt.md', dossierDir), 'utf8');
    const heading = sectionHeading[assistant];
    expect(heading, `no dossier section known for "${assistant}"`).toBeTruthy();
    const all = readFileSync(new URL('other-assistants.md', dossierDir), 'utf8');
    const start = all.search(new RegExp(`^## \\d+\\. ${heading}\\b`, 'm'));
    expect(start, `section "${heading}" in other-assistants.md`).toBeGreaterThanOrEqual(0);
    const end = all.indexOf('\n## ', start + 1);
    return all.slice(start, end);
  }
  const labelsIn = (name: string) => {
    const source = readFileSync(new URL(`../../src/illustrations/${name}.svg`, import.meta.url), 'utf8');
    return [...source.matchAll(/<text class="i-text"[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1].replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, '').replace(/\s+/g, ' ').trim().replace(/&amp;/g, '&'),
    );
  };
  test.skipIf(!dossierDir).each(illustrationNames)('%s: every label is quoted in the dossier', (name) => {
    const dossier = dossierFor(name.split('/')[0]);
    for (const label of labelsIn(name)) expect(dossier, `label "${label}"`).toContain(label);
  });
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
    expect(captionFor('chatgpt/web-mfa', getIllustration('chatgpt/web-mfa').meta)).toMatch(
      /^Illustration: ChatGPT on the web, /,
    );
    expect(
      captionFor('chatgpt/mobile-data-controls', getIllustration('chatgpt/mobile-data-controls').meta),
    ).toMatch(/^Illustration: ChatGPT in the iPhone and Android apps, /);
  });

  test('fails the build for an unknown or missing name', async () => {
    await expect(render('chatgpt/web-nope')).rejects.toThrow(/Known names: .*chatgpt\/web-mfa/);
    await expect(render(undefined)).rejects.toThrow(/needs a `name`/);
    await expect(
      container.renderToString(Illustration, { props: { name: 'chatgpt/web-mfa', caption: 'x' } }),
    ).rejects.toThrow(/unknown prop `caption`. Allowed: name/);
  });
});
