// The task grids of the real content (src/lib/task-index.mjs): every cell of every assistant's grid
// has steps, or a frontmatter notOffered (no such control, with a source) or notDocumented (what was
// searched, what to do instead) entry. The build only warns about an empty cell, so that a guide in
// progress or a fixture site still builds; this is where the published site is held to it. One test
// lists every empty cell with the guide to fix.
import { describe, expect, it } from 'vitest';
import { emptyCellLines, emptyCells, readTaskIndex, taskGrid } from '../../src/lib/task-index.mjs';
import { assistantIds } from '../../src/data/assistants';

const index = readTaskIndex('./content');

describe('task grids of the published guides', () => {
  it('have no empty cell', () => {
    const empty = emptyCells(index);
    expect(emptyCellLines(index, empty).join('\n')).toBe('');
  });

  it('cover every assistant, each with at least web or a phone platform', () => {
    const missing = assistantIds.filter((a) => taskGrid(index, a).platforms.length === 0);
    expect(missing).toEqual([]);
  });
});
