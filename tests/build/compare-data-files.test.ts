// /compare.json and /compare.csv: the comparison as open data. What a researcher downloads must say
// exactly what the /compare/ page says, cell by cell, with each cell's sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { $, $$, attr, page, text } from '../helpers/dist';
import { FACTS } from '../../src/data/comparison';
import { CSV_COLUMNS } from '../../src/lib/comparison-export';

const json = JSON.parse(readFileSync('dist/compare.json', 'utf8'));
const csv = readFileSync('dist/compare.csv', 'utf8');
const compare = page('/compare/');

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(textIn: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i++) {
    const c = textIn[i]!;
    if (quoted) {
      if (c === '"' && textIn[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && textIn[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the comparison as open data', () => {
  it('has the date of the data, a licence, every question and one cell per assistant and question', () => {
    expect(json.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.license.name).toBe('CC BY 4.0');
    expect(json.questions.map((q: { fact: string }) => q.fact)).toEqual(FACTS.map((f) => f.key));
    const rows = $$('tbody tr[data-assistant]', compare.tree);
    expect(json.cells.length).toBe(rows.length * FACTS.length);
  });

  it('says what the page says in every cell: value, answer, confidence and sources', () => {
    const differ: string[] = [];
    for (const cell of json.cells) {
      const td = $(`tr[data-assistant="${cell.assistant}"] td[data-fact="${cell.fact}"]`, compare.tree);
      const where = `${cell.assistant} › ${cell.fact}`;
      if (!td) {
        differ.push(`${where}: no cell on the page`);
        continue;
      }
      const shown = cell.confidence === 'not-documented' ? 'Not documented' : text($('.cell-value', td)!);
      if (!shown.includes(cell.value.replace(/\s+/g, ' ').trim())) differ.push(`${where}: value`);
      if ((attr(td, 'dataAnswer') || null) !== cell.answer) differ.push(`${where}: answer`);
      if (attr(td, 'dataConfidence') !== cell.confidence) differ.push(`${where}: confidence`);
      const cited = $$('.cell-sources a, .cell-conflict a', td).map((a) => String(attr(a, 'href')).replace(/^#source-/, ''));
      const ids = cell.sources.map((s: { id: string }) => s.id);
      if ([...new Set(cited)].sort().join() !== [...ids].sort().join()) differ.push(`${where}: sources ${cited} vs ${ids}`);
      for (const s of cell.sources)
        if (!/^https?:\/\//.test(s.url) || !s.kind || !s.date || !s.checked) differ.push(`${where}: source ${s.id} lacks a field`);
    }
    expect(differ).toEqual([]);
  });

  it('the CSV holds the same cells as the JSON, one row each', () => {
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(json.cells.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const bad = rows.filter((r, i) => {
      const c = json.cells[i];
      return (
        r[col('assistant')] !== c.assistant ||
        r[col('fact')] !== c.fact ||
        r[col('value')] !== c.value ||
        r[col('source_ids')] !== c.sources.map((s: { id: string }) => s.id).join(' ')
      );
    });
    expect(bad).toEqual([]);
  });

  it('the page links to both files', () => {
    const hrefs = $$('a', compare.tree).map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/compare.json');
    expect(hrefs).toContain('/compare.csv');
  });
});
