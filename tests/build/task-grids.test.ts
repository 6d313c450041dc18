// The task grid on each assistant page, as a reader meets it in the built HTML: every cell either
// links to steps that exist (the guide page and its step id), or says "Not offered" or "Not documented"
// with a "why?" link to a note on the same page that explains and links to the guide. One test lists
// every bad cell across all grids.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { assistantIds } from '../../src/data/assistants';
import { $, $$, attr, builtPages, page, text } from '../helpers/dist';

const base = '/';
const pages = new Map(builtPages().map((p) => [p.route, p]));

describe('task grids on the assistant pages', () => {
  const problems: string[] = [];
  const counts = { steps: 0, notOffered: 0, notDocumented: 0 };
  for (const id of assistantIds) {
    const p = page(`/${id}/`);
    const grid = $('.task-grid', p.tree);
    if (!grid) {
      problems.push(`/${id}/: no task grid`);
      continue;
    }
    for (const row of $$('tbody tr', grid)) {
      const task = text($('th', row));
      $$('td', row).forEach((cell: Element, i) => {
        const where = `/${id}/ ${task} (column ${i + 1})`;
        const content = text(cell);
        const link = $('a', cell);
        const href = attr(link, 'href') ?? '';
        if (content.startsWith('Steps')) {
          counts.steps += 1;
          const [path, hash] = href.replace(base, '/').split('#');
          const target = pages.get(path!);
          if (!target) problems.push(`${where}: links to ${href}, which is not a page`);
          else if (!hash || !$(`[id="${hash}"]`, target.tree)) problems.push(`${where}: ${href} has no element #${hash}`);
        } else if (content.startsWith('Not offered') || content.startsWith('Not documented')) {
          if (content.startsWith('Not offered')) counts.notOffered += 1;
          else counts.notDocumented += 1;
          const note = href.startsWith('#') ? $(`[id="${href.slice(1)}"]`, p.tree) : undefined;
          if (!note) problems.push(`${where}: "why?" should link to a note on the page, got ${href || 'no link'}`);
          else if (text(note).length < 20 || !$('a[href]', note)) problems.push(`${where}: its note says too little or links to no guide`);
          if (content.startsWith('Not documented') && note && !/we searched/.test(text(note)))
            problems.push(`${where}: a "Not documented" note must say what was searched`);
        } else problems.push(`${where}: empty or unknown cell "${content}"`);
      });
    }
  }

  it('every cell links to steps that exist or explains why there are none', () => {
    console.log(`task grids: ${counts.steps} cells with steps, ${counts.notOffered} not offered, ${counts.notDocumented} not documented`);
    expect(problems).toEqual([]);
  });
});
