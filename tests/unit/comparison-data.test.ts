// The comparison data (content/data/assistants.yaml) and the rules that guard it. Every rule is shown
// failing on a fixture, with a message that names the assistant and the fact a writer must fix.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assistantIds } from '../../src/data/assistants';
import { FACT_KEYS, FILTERS, NOT_DOCUMENTED, parseComparison, sortValue } from '../../src/data/comparison';
import { readComparison } from '../../src/lib/comparison-loader';
import { formatPartialDate, splitCitations } from '../../src/lib/comparison-format';
import { readRegistry } from '../../src/lib/sources';

const registry = readRegistry('tests/fixtures/comparison/sources');

type Raw = { assistants: { id: string; facts: Record<string, Record<string, unknown>> }[] };
const fixture = (name: string): Raw => parse(readFileSync(`tests/fixtures/comparison/${name}.yaml`, 'utf8'));
/** The valid fixture with one change applied. */
const broken = (change: (raw: Raw) => void) => {
  const raw = fixture('valid');
  change(raw);
  return () => parseComparison(raw, ['claude'], registry);
};
const claude = (raw: Raw) => raw.assistants[0]!.facts;

describe('content/data/assistants.yaml', () => {
  it('passes every rule and covers every assistant, in site order', async () => {
    const { assistants } = await readComparison('content/data/assistants.yaml');
    expect(assistants.map((a) => a.id)).toEqual(assistantIds);
  });

  it('gives every fact a source, unless it says Not documented', async () => {
    const { assistants } = await readComparison('content/data/assistants.yaml');
    for (const { id, facts } of assistants)
      for (const key of FACT_KEYS) {
        const fact = facts[key];
        if (fact.confidence === 'not-documented') expect(fact.value, `${id} › ${key}`).toBe(NOT_DOCUMENTED);
        else expect(fact.sources.length, `${id} › ${key}`).toBeGreaterThan(0);
        for (const s of fact.sources) expect(s.url, `${id} › ${key}`).toMatch(/^https?:\/\//);
      }
  });
});

describe('the filters on /compare/', () => {
  // A filter that no assistant can match always empties the table: a dead end for the reader.
  it.each(FILTERS.map((f) => [f.label, f] as const))('"%s" matches at least one assistant', async (_label, filter) => {
    const { assistants } = await readComparison('content/data/assistants.yaml');
    const matching = assistants.filter(({ facts }) => (filter.answers as readonly string[]).includes(facts[filter.fact].answer ?? ''));
    expect(matching.map((a) => a.id)).not.toEqual([]);
  });
});

describe('the rules', () => {
  it('accept the valid fixture and resolve source ids to full sources', () => {
    const { assistants } = parseComparison(fixture('valid'), ['claude'], registry);
    expect(assistants[0]!.facts.training.sources[0]).toMatchObject({ id: 'example-official', publisher: 'Example Co', kind: 'official' });
    expect(assistants[0]!.facts.memory.conflict?.sources.map((s) => s.id)).toEqual(['example-official', 'example-press']);
  });

  it('fail a fact without a source, naming the assistant and the fact', () => {
    expect(() => parseComparison(fixture('fact-without-source'), ['claude'], registry)).toThrow(
      /claude › humanReview: a fact needs at least one source \(or confidence: not-documented\)/,
    );
  });

  it('fail a source id that is not in the registry', () => {
    expect(
      broken((raw) => (claude(raw).export = { value: 'Yes.', confidence: 'press', since: 'unknown', sources: ['example-gone'] })),
    ).toThrow(/claude › export: unknown source id example-gone; add it to content\/sources/);
  });

  it('make the confidence word fit the kinds of the sources a cell cites', () => {
    expect(broken((raw) => (claude(raw).training!.sources = ['example-blog']))).toThrow(
      /claude › training: confidence official needs at least one official source .* these are other/,
    );
    expect(broken((raw) => (claude(raw).temporaryMode!.sources = ['example-official']))).toThrow(
      /claude › temporaryMode: confidence press needs at least one press source; these are official/,
    );
    // "unclear" may rest on anything, even a how-to blog.
    expect(() =>
      parseComparison(
        (() => {
          const raw = fixture('valid');
          Object.assign(claude(raw).training!, { confidence: 'unclear', sources: ['example-blog'] });
          return raw;
        })(),
        ['claude'],
        registry,
      ),
    ).not.toThrow();
  });

  it('fail a missing fact, naming it', () => {
    expect(broken((raw) => delete claude(raw).memory)).toThrow(/claude › memory: /);
  });

  it('fail an unknown field, naming the fact', () => {
    expect(broken((raw) => (claude(raw).training!.confidnce = 'press'))).toThrow(/claude › training: .*confidnce/);
  });

  it('fail a wrong confidence, listing the allowed values', () => {
    expect(broken((raw) => (claude(raw).training!.confidence = 'rumour'))).toThrow(
      /claude › training\.confidence: .*official.*press.*unclear.*not-documented/,
    );
  });

  it('keep "Not documented" and confidence not-documented together', () => {
    expect(broken((raw) => (claude(raw).export!.value = 'Probably not'))).toThrow(
      /claude › export: with confidence not-documented the value must be exactly "Not documented"/,
    );
    expect(broken((raw) => (claude(raw).retention!.value = 'Not documented'))).toThrow(
      /claude › retention: a "Not documented" value needs confidence: not-documented/,
    );
    expect(broken((raw) => (claude(raw).export!.answer = 'no'))).toThrow(/claude › export: a "Not documented" fact has no answer/);
  });

  it('ask for the date a fact became true, or "unknown"', () => {
    expect(broken((raw) => delete claude(raw).training!.since)).toThrow(/claude › training: say since when this is true/);
    expect(broken((raw) => (claude(raw).training!.since = 'August 2025'))).toThrow(/claude › training\.since: /);
  });

  it('make a conflict name both of its sources in its note', () => {
    const both = ['example-official', 'example-press'];
    expect(broken((raw) => (claude(raw).memory!.conflict = { note: 'They disagree.', sources: both }))).toThrow(
      /claude › memory: the conflict note must name its sources \(missing example-official, example-press\)/,
    );
    expect(broken((raw) => (claude(raw).memory!.conflict = { note: 'Only example-official.', sources: ['example-official'] }))).toThrow(
      /at least two sources/,
    );
    expect(
      broken(
        (raw) => (claude(raw).memory!.conflict = { note: 'example-official and example-press disagree with example-blog.', sources: both }),
      ),
    ).toThrow(/claude › memory: the conflict note names example-blog; add it to the conflict's sources/);
  });

  it('fail an unknown or missing assistant', () => {
    expect(() => parseComparison(fixture('valid'), ['claude', 'gemini'], registry)).toThrow(/gemini: missing from the file/);
    expect(broken((raw) => (raw.assistants[0]!.id = 'claud'))).toThrow(/claud: not an assistant id/);
  });

  it('only accept guide links shaped like /assistant/slug/', () => {
    expect(broken((raw) => (claude(raw).optOut!.guide = 'https://claude.ai/settings'))).toThrow(/claude › optOut\.guide: use a link like/);
  });

  it('list every problem at once', () => {
    const run = broken((raw) => {
      delete claude(raw).humanReview!.sources;
      claude(raw).export!.value = 'Maybe';
    });
    expect(run).toThrow(/2 problem\(s\)/);
  });
});

describe('sorting keys', () => {
  const facts = parseComparison(fixture('valid'), ['claude'], registry).assistants[0]!.facts;
  it('put the private answer first and "Not documented" nowhere (null)', () => {
    expect(sortValue('training', facts.training)).toBe(1); // partly
    expect(sortValue('optOut', facts.optOut)).toBe(0); // yes is the private answer for an opt-out
    expect(sortValue('humanReview', facts.humanReview)).toBe(2); // yes is the less private answer
    expect(sortValue('export', facts.export)).toBeNull();
    expect(sortValue('afterDelete', facts.afterDelete)).toBe(30);
    expect(sortValue('retention', facts.retention)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('page text helpers', () => {
  it('format partial dates the way the site writes dates', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-08')).toBe('August 2025');
    expect(formatPartialDate('2025-08-28')).toBe('28 August 2025');
  });

  it('turn source ids in a conflict note into citations', () => {
    const base = { kind: 'official' as const, date: 'undated', checked: '2026-12-02', quotes: [] as string[], file: 'x.yaml', line: 1 };
    const a = { ...base, id: 'C1', title: 'a', url: 'https://a/', publisher: 'A' };
    const b = { ...base, id: 'C10', title: 'b', url: 'https://b/', publisher: 'B' };
    expect(splitCitations('The company (C1) says yes; reports (C10, C1) say no. C10 again.', [a, b])).toEqual([
      'The company',
      ' ',
      a,
      ' says yes; reports',
      ' ',
      b,
      ' ',
      a,
      ' say no. ',
      b,
      ' again.',
    ]);
  });
});
