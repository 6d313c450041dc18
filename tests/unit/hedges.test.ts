// Hedge phrases per guide ("not documented", "sources disagree", "we could not" …; src/lib/hedges.mjs).
// Prints the figures on every run and fails when an assistant's guides go over their limit: answers
// the vendor's own pages give belong in the guide, not a hedge.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { countHedges } from '../../src/lib/hedges.mjs';

// Set after the December 2026 rewrite (ChatGPT 31 → 6; the eight others 90 → 0): the goals were
// under 10 across the ChatGPT guides and under 30 across the other eight assistants.
const LIMITS = { chatgpt: 9, others: 29 };

it('hedge phrases stay under the limit for ChatGPT and for the other eight assistants', () => {
  const root = 'content/guides';
  const rows: [string, number][] = [];
  for (const assistant of readdirSync(root)) {
    for (const file of readdirSync(join(root, assistant)).filter((f) => f.endsWith('.mdx'))) {
      rows.push([`${assistant}/${file}`, countHedges(readFileSync(join(root, assistant, file), 'utf8')).total]);
    }
  }
  const sum = (pick: (path: string) => boolean) => rows.filter(([p]) => pick(p)).reduce((n, [, c]) => n + c, 0);
  const chatgpt = sum((p) => p.startsWith('chatgpt/'));
  const others = sum((p) => !p.startsWith('chatgpt/'));
  console.log(
    `hedge phrases: ChatGPT ${chatgpt} (limit ${LIMITS.chatgpt}), other assistants ${others} (limit ${LIMITS.others})\n` +
      rows
        .filter(([, c]) => c > 0)
        .map(([p, c]) => `  ${String(c).padStart(3)}  ${p}`)
        .join('\n'),
  );
  expect({ chatgpt: chatgpt <= LIMITS.chatgpt, others: others <= LIMITS.others }).toEqual({ chatgpt: true, others: true });
});
