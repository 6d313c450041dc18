// Readability of every built guide: the article prose (built HTML), scored with the Flesch-Kincaid
// grade level, must be at or below US grade 9 (the spec's plain-language rule).
//
// Scoring: `flesch-kincaid` (the formula) and `syllable` (syllable counts), both from wooorm's unified
// collective. Sentences and words are counted here from the HTML structure: every paragraph, list item
// and aside line is its own block, so a list item without a full stop is still one sentence (counting
// raw text would glue list items into giant "sentences"). Left out: headings (labels, not sentences),
// tables, code, navigation, the sources list, illustration captions and screen-reader-only text.
import { describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Element, ElementContent, Root } from 'hast';
import { $, guidePages } from '../helpers/dist';

export const MAX_GRADE = 9;

const SKIP_TAGS = new Set([
  'table',
  'pre',
  'code',
  'nav',
  'figure',
  'figcaption',
  'script',
  'style',
  'svg',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
]);
const SKIP_CLASSES = ['sr-only', 'heading-anchor', 'aside-title', 'sep', 'tab-heading', 'tablist'];
const BLOCK_TAGS = new Set(['p', 'li', 'ul', 'ol', 'div', 'aside', 'section', 'blockquote', 'dd', 'dt', 'br']);

function classes(el: Element): string[] {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/** The prose of a node as text blocks: a new block starts at every paragraph, list item, div … */
export function proseBlocks(root: Root | Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: Root | ElementContent) => {
    if (node.type === 'text') {
      current += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIP_TAGS.has(node.tagName)) return;
      if (String(node.properties?.ariaHidden) === 'true') return;
      if (classes(node).some((c) => SKIP_CLASSES.includes(c))) return;
    }
    const isBlock = node.type === 'element' && BLOCK_TAGS.has(node.tagName);
    if (isBlock) flush();
    for (const child of node.children) walk(child as ElementContent);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export interface Score {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
}

/** Counts sentences (ending in . ! ? or the end of a block), words and syllables, then the FK grade. */
export function score(blocks: string[]): Score {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?:])["”’)]*\s+/)) {
      const w = sentence.match(WORD) ?? [];
      if (w.length === 0) continue;
      sentences += 1;
      words += w.length;
      for (const word of w) syllables += Math.max(1, syllable(word));
    }
  }
  const grade = words ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) : 0;
  return { sentences, words, syllables, grade };
}

describe('score() itself', () => {
  it('scores plain short sentences low and long, polysyllabic ones high', () => {
    expect(score(['Open Settings. Turn it off.']).grade).toBeLessThan(3);
    expect(
      score([
        'Notwithstanding the aforementioned considerations, organisational accountability necessitates comprehensive documentation of retention methodologies.',
      ]).grade,
    ).toBeGreaterThan(15);
  });

  it('counts each list item as its own sentence', () => {
    expect(score(['Open Settings', 'Select Data Controls']).sentences).toBe(2);
  });
});

describe(`guide prose is at or below US grade ${MAX_GRADE} (Flesch-Kincaid)`, () => {
  const rows = guidePages().map((p) => {
    const prose = $('article .prose', p.tree);
    return { route: p.route, ...score(prose ? proseBlocks(prose) : []) };
  });

  it('prints a per-guide table', () => {
    const width = Math.max(...rows.map((r) => r.route.length), 5);
    const lines = [
      `${'guide'.padEnd(width)}  words  sentences  grade`,
      ...rows.map(
        (r) =>
          `${r.route.padEnd(width)}  ${String(r.words).padStart(5)}  ${String(r.sentences).padStart(9)}  ${r.grade.toFixed(1).padStart(5)}${r.grade > MAX_GRADE ? '  TOO HIGH' : ''}`,
      ),
    ];
    console.log(`Flesch-Kincaid grade of each guide's prose (max ${MAX_GRADE}):\n${lines.join('\n')}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows.map((r) => [r.route, r] as const))('%s', (_route, r) => {
    expect(r.words, 'no prose found').toBeGreaterThan(0);
    expect(r.grade, `${r.route}: grade ${r.grade.toFixed(1)}; use shorter sentences and plainer words`).toBeLessThanOrEqual(MAX_GRADE);
  });
});
