// The MDX components writers use, rendered with Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Steps from '../../src/components/mdx/Steps.astro';
import PlatformTabs from '../../src/components/mdx/PlatformTabs.astro';
import Tab from '../../src/components/mdx/Tab.astro';
import Aside from '../../src/components/mdx/Aside.astro';
import SettingPath from '../../src/components/mdx/SettingPath.astro';
import { fromHtml } from 'hast-util-from-html';
import { $, $$, attr, text } from '../helpers/dist';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const parse = (html: string) => fromHtml(html, { fragment: true });

describe('Steps', () => {
  it('numbers each item with a stable id', async () => {
    const html = await container.renderToString(Steps, { slots: { default: '<ol><li>Open</li><li>Select</li><li>Turn off</li></ol>' } });
    const ids = $$('ol.steps > li', parse(html)).map((li) => attr(li, 'id'));
    expect(ids).toEqual(['step-1', 'step-2', 'step-3']);
  });

  it('prefixes ids with its name', async () => {
    const html = await container.renderToString(Steps, { props: { name: 'ios' }, slots: { default: '<ol><li>a</li><li>b</li></ol>' } });
    expect($$('li', parse(html)).map((li) => attr(li, 'id'))).toEqual(['ios-step-1', 'ios-step-2']);
  });

  it('fails without an ordered list, saying what it needs', async () => {
    await expect(container.renderToString(Steps, { slots: { default: '<p>Open settings</p>' } })).rejects.toThrow(
      /<Steps> must contain exactly one numbered Markdown list.*Found: <p>/,
    );
  });

  it('rejects a name that cannot be an id', async () => {
    await expect(
      container.renderToString(Steps, { props: { name: 'My Steps' }, slots: { default: '<ol><li>a</li></ol>' } }),
    ).rejects.toThrow(/lowercase letters, digits and dashes/);
  });
});

describe('PlatformTabs and Tab', () => {
  it('renders the ARIA tabs pattern with one panel per platform', async () => {
    const web = await container.renderToString(Tab, { props: { platform: 'web' }, slots: { default: '<p>web steps</p>' } });
    const mobile = await container.renderToString(Tab, { props: { platform: 'ios android' }, slots: { default: '<p>app steps</p>' } });
    const html = await container.renderToString(PlatformTabs, { slots: { default: web + mobile } });
    const tree = parse(html);
    const tabs = $$('[role=tablist] > [role=tab]', tree);
    const panels = $$('[role=tabpanel]', tree);
    expect(tabs.map((t) => text(t))).toEqual(['Web', 'iPhone & iPad and Android']);
    expect(tabs.map((t) => attr(t, 'ariaSelected'))).toEqual(['true', 'false']);
    expect(panels.map((p) => attr(p, 'dataPlatforms'))).toEqual(['web', 'ios android']);
    tabs.forEach((t, i) => {
      expect(attr(t, 'ariaControls')).toBe(attr(panels[i], 'id'));
      expect(attr(panels[i], 'ariaLabelledBy')).toBe(attr(t, 'id'));
    });
    // Without JS, each panel keeps a visible heading.
    expect(panels.map((p) => text($('.tab-heading', p)))).toEqual(['In a web browser', 'In the iPhone & iPad and Android apps']);
  });

  it('names the allowed platforms when given an unknown one', async () => {
    await expect(container.renderToString(Tab, { props: { platform: 'linux' } })).rejects.toThrow(
      'unknown platform "linux". Allowed: web, ios, android, macos, windows.',
    );
  });

  it('needs at least two tabs', async () => {
    const web = await container.renderToString(Tab, { props: { platform: 'web' }, slots: { default: '<p>x</p>' } });
    await expect(container.renderToString(PlatformTabs, { slots: { default: web } })).rejects.toThrow(/two or more <Tab/);
  });

  it('refuses the same platform in two tabs', async () => {
    const a = await container.renderToString(Tab, { props: { platform: 'web ios' }, slots: { default: '<p>x</p>' } });
    const b = await container.renderToString(Tab, { props: { platform: 'ios' }, slots: { default: '<p>y</p>' } });
    await expect(container.renderToString(PlatformTabs, { slots: { default: a + b } })).rejects.toThrow(/"ios" appears in two tabs/);
  });
});

describe('Aside', () => {
  it.each(['note', 'tip', 'warning', 'danger'])('renders type %s', async (type) => {
    const html = await container.renderToString(Aside, { props: { type, title: 'Sources disagree' }, slots: { default: '<p>Body</p>' } });
    const aside = $('aside', parse(html));
    expect(attr(aside, 'className')).toContain(`aside-${type}`);
    expect(attr(aside, 'ariaLabel')).toBe('Sources disagree');
  });

  it('names the allowed types when given an unknown one', async () => {
    await expect(container.renderToString(Aside, { props: { type: 'caution' } })).rejects.toThrow(
      '<Aside type="caution">: unknown type. Allowed: note, tip, warning, danger.',
    );
  });
});

describe('SettingPath', () => {
  it('renders each label as an interface element, in order', async () => {
    const html = await container.renderToString(SettingPath, {
      props: { path: 'Settings > Data Controls > Improve the model for everyone' },
    });
    const tree = parse(html);
    expect($$('kbd.setting-path > kbd > samp', tree).map((s) => text(s))).toEqual([
      'Settings',
      'Data Controls',
      'Improve the model for everyone',
    ]);
    expect(text($('kbd.setting-path', tree))).toMatch(/^Settings\s*›\s*then Data Controls\s*›\s*then Improve/);
  });

  it('fails on an empty label', async () => {
    await expect(container.renderToString(SettingPath, { props: { path: 'Settings >> Data' } })).rejects.toThrow(/an empty label/);
  });
});
