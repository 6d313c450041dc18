// The Checklist and ConfidenceBadge components, rendered with Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import Checklist from '../../src/components/Checklist.astro';
import ConfidenceBadge from '../../src/components/compare/ConfidenceBadge.astro';
import { CONFIDENCES, CONFIDENCE_TEXT } from '../../src/data/comparison';
import { $, $$, attr, text } from '../helpers/dist';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const parse = (html: string) => fromHtml(html, { fragment: true });
const LIST = '<ul><li><a href="/claude/what-it-keeps/">See what it keeps</a></li><li>Make your prompts private.</li></ul>';

describe('Checklist', () => {
  it('keys each item by its first link, or its text, so ticks survive reordering', async () => {
    const html = await container.renderToString(Checklist, { props: { id: 'claude' }, slots: { default: LIST } });
    const tree = parse(html);
    expect(attr($('otr-checklist', tree), 'dataChecklist')).toBe('claude');
    expect($$('li', tree).map((li) => attr(li, 'dataItem'))).toEqual(['claude-what-it-keeps', 'make-your-prompts-private']);
    expect(attr($('ul', tree), 'ariaLabel')).toBe('Your checklist');
  });

  it('renders its tools hidden, for the script to reveal (a plain list without JavaScript)', async () => {
    const html = await container.renderToString(Checklist, { props: { id: 'claude' }, slots: { default: LIST } });
    const tree = parse(html);
    expect(attr($('[data-tools]', tree), 'hidden')).toBeDefined();
    expect($$('input', tree)).toHaveLength(0);
    expect(text($('[data-tools]', tree))).toContain('saved in this browser only');
  });

  it('keeps the classes and ids of a Steps list it wraps', async () => {
    const steps = '<ol class="steps" role="list"><li id="path-step-1"><a href="/chatgpt/stop-training/">Stop</a></li></ol>';
    const html = await container.renderToString(Checklist, { props: { id: 'chatgpt' }, slots: { default: steps } });
    const ol = $('ol', parse(html))!;
    expect(attr(ol, 'className')).toBe('steps checklist-items');
    expect(attr($('li', ol), 'id')).toBe('path-step-1');
  });

  it('fails without a list, saying what it needs', async () => {
    await expect(container.renderToString(Checklist, { props: { id: 'claude' }, slots: { default: '<p>Do this</p>' } })).rejects.toThrow(
      /<Checklist id="claude"> must contain exactly one Markdown list.*Found: <p>/,
    );
  });

  it('rejects an id that cannot name a checklist, and two items with the same key', async () => {
    await expect(container.renderToString(Checklist, { props: { id: 'My List' }, slots: { default: LIST } })).rejects.toThrow(
      /lowercase letters, digits and dashes/,
    );
    const twice = '<ul><li><a href="/a/b/">One</a></li><li><a href="/a/b/">Again</a></li></ul>';
    await expect(container.renderToString(Checklist, { props: { id: 'x' }, slots: { default: twice } })).rejects.toThrow(
      /two items share the key "a-b"/,
    );
  });
});

describe('ConfidenceBadge', () => {
  it('shows each level in words and with its own icon shape, not colour alone', async () => {
    const shapes = new Set<string>();
    for (const level of CONFIDENCES) {
      const tree = parse(await container.renderToString(ConfidenceBadge, { props: { level } }));
      expect(text($('.confidence-label', tree))).toBe(CONFIDENCE_TEXT[level].label);
      expect(text($('.sr-only', tree))).toBe('Confidence:');
      const svg = $('svg', tree)!;
      expect(attr(svg, 'ariaHidden')).toBe('true');
      shapes.add(
        $$('*', svg)
          .map((n) => `${n.tagName}${attr(n, 'strokeDasharray') ?? ''}${attr(n, 'fill') ?? ''}`)
          .join('|'),
      );
    }
    expect(shapes.size).toBe(CONFIDENCES.length);
  });
});
