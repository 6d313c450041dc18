// Checks over every page of the built site, read with a real HTML parser.
import { describe, expect, it } from 'vitest';
import { $, $$, attr, builtPages, guidePages, page, text } from '../helpers/dist';

describe('every built page', () => {
  const pages = builtPages();

  it('finds the pages', () => {
    expect(pages.map((p) => p.route)).toEqual(expect.arrayContaining(['/', '/about/', '/404', '/chatgpt/', '/chatgpt/stop-training/']));
  });

  it('every page has lang, a title, a meta description of 50–160 characters and one h1', () => {
    const problems = pages.flatMap((p) => {
      const wrong: string[] = [];
      if (attr($('html', p.tree), 'lang') !== 'en') wrong.push('lang is not "en"');
      if (text($('head > title', p.tree)).length <= 5) wrong.push('no title');
      const description = attr($('meta[name=description]', p.tree), 'content') ?? '';
      if (description.length < 50 || description.length > 160) wrong.push(`description of ${description.length} characters`);
      const h1 = $$('h1', p.tree).length;
      if (h1 !== 1) wrong.push(`${h1} h1`);
      return wrong.map((w) => `${p.route}: ${w}`);
    });
    expect(problems).toEqual([]);
  });

  // Broken internal links, missing anchors and repeated ids stop the build itself
  // (src/integrations/site-checks.mjs; tests/fixtures/writer-errors.test.ts shows it failing).
});

describe('guide pages', () => {
  const guides = guidePages();

  it('exist', () => expect(guides.length).toBeGreaterThan(0));

  it.each(guides.map((p) => [p.route, p] as const))(
    '%s: TOC lists exactly the h2/h3 headings, each with an id and an anchor link',
    (_r, p) => {
      const prose = $('article .prose', p.tree)!;
      const headings = $$('h2, h3', prose).filter((h) => !attr(h, 'className')?.includes('tab-heading'));
      // Two copies: the wide screens' sidebar and, closed, the narrow screens' (under the title).
      const wide = $$('.guide-aside nav.toc a', p.tree).map((a) => attr(a, 'href'));
      const narrow = $$('.toc-narrow nav.toc a', p.tree).map((a) => attr(a, 'href'));
      expect(wide).toEqual(headings.map((h) => `#${attr(h, 'id')}`));
      expect(narrow).toEqual(wide);
      if (narrow.length) expect(attr($('.toc-narrow details', p.tree), 'open'), 'narrow TOC starts closed').toBeUndefined();
      for (const h of headings) {
        const id = attr(h, 'id');
        expect(id, text(h)).toBeTruthy();
        // The anchor sits right after the heading, inside the heading's wrapper.
        expect($(`.heading-wrap > a.heading-anchor[href="#${id}"]`, prose), `anchor for #${id}`).toBeTruthy();
      }
    },
  );

  it.each(guides.map((p) => [p.route, p] as const))('%s shows its verified date, platforms and sources', (_r, p) => {
    const time = $('time[data-last-verified]', p.tree);
    expect(attr(time, 'dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text($('[data-platforms]', p.tree))).toMatch(/Applies to: \S/);
    const sources = $$('.sources li a', p.tree);
    expect(sources.length).toBeGreaterThan(0);
    for (const a of sources) expect(attr(a, 'href')).toMatch(/^https?:\/\//);
  });

  it('numbers steps with stable ids', () => {
    const p = page('/chatgpt/stop-training/');
    expect(attr($('#web-step-1', p.tree), 'id')).toBe('web-step-1');
    expect($$('ol.steps > li[id]', p.tree).length).toBeGreaterThanOrEqual(3);
  });
});

describe('assistant pages', () => {
  it('list their guides in order', () => {
    const p = page('/chatgpt/');
    const links = $$('.guide-list a', p.tree).map((a) => attr(a, 'href'));
    expect(links).toContain('/chatgpt/stop-training/');
  });
});

describe('link text', () => {
  // Lighthouse's link-text audit (SEO): a link that says only "more" or "here" tells a screen-reader
  // user and a search engine nothing about where it goes.
  const GENERIC = new Set([
    'click here',
    'click this',
    'go',
    'here',
    'information',
    'learn more',
    'more',
    'more info',
    'more information',
    'right here',
    'read more',
    'see more',
    'start',
    'this',
  ]);
  it('no link on any page says only "more", "here" or the like', () => {
    const generic = builtPages().flatMap((p) =>
      $$('a', p.tree)
        .map((a) => text(a).trim().toLowerCase())
        .filter((t) => GENERIC.has(t))
        .map((t) => `${p.route}: "${t}"`),
    );
    expect(generic).toEqual([]);
  });
});
