// The source registry (content/sources/*.yaml, src/lib/sources.ts): what a writer gets for a bad entry,
// and the guarantees the project makes about where its facts come from.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RegistryError, formatSourceDate, getRegistry, normalizeUrl, quotedBy, readRegistry } from '../../src/lib/sources';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A registry folder with the given files; returns every problem readRegistry reports (or []). */
function problems(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'otr-registry-'));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    readRegistry(dir, dir);
    return [];
  } catch (err) {
    if (err instanceof RegistryError) return err.problems;
    throw err;
  }
}
const entry = (over: Record<string, string> = {}) =>
  Object.entries({
    id: 'openai-example',
    title: '"Example"',
    url: 'https://help.openai.com/example',
    publisher: 'OpenAI',
    kind: 'official',
    date: '2026-05-06',
    checked: '2026-12-02',
    ...over,
  })
    .map(([k, v], i) => `${i ? '  ' : '- '}${k}: ${v}`)
    .join('\n');

describe('a writer who edits the registry gets every problem at once, with file and line', () => {
  it('accepts a valid entry, undated ones with a period, and a year written as a number', () => {
    expect(
      problems({
        'a.yaml': `${entry()}\n${entry({ id: 'openai-other', url: 'https://help.openai.com/other', date: 'undated', period: '"2026 copy"' })}\n${entry({ id: 'openai-y', url: 'https://openai.com/y', date: '2025' })}\n`,
      }),
    ).toEqual([]);
  });

  it('names the file, the line, the source and the field', () => {
    const found = problems({
      'a.yaml': `${entry()}\n${entry({ id: 'Bad_ID', url: 'https://x.example/b' })}\n${entry({ id: 'no-date', url: 'https://x.example/c', date: 'sometime' })}\n${entry({ id: 'undated', url: 'https://x.example/d', date: 'undated' })}\n${entry({ id: 'kindless', url: 'https://x.example/e', kind: 'blog' })}\n`,
    });
    expect(found).toEqual([
      expect.stringMatching(/^a\.yaml:8: Bad_ID › id: an id is lowercase letters/),
      expect.stringMatching(/^a\.yaml:20: no-date › date: date must be YYYY-MM-DD/),
      expect.stringMatching(/^a\.yaml:\d+: undated › period: an undated source needs `period`/),
      expect.stringMatching(/^a\.yaml:\d+: kindless › kind: kind must be one of official, press, other/),
    ]);
  });

  it('refuses an id or a page listed twice, pointing at both places', () => {
    const found = problems({
      'a.yaml': `${entry()}\n`,
      'b.yaml': `${entry()}\n${entry({ id: 'openai-copy', url: 'http://www.help.openai.com/example/' })}\n`,
    });
    expect(found).toContain('b.yaml:1: openai-example: this id is also used at a.yaml:1; ids must be unique');
    expect(found).toContainEqual(expect.stringMatching(/^b\.yaml:8: openai-copy: same URL as openai-example \(a\.yaml:1\)/));
  });

  it('asks for the language and an English title when a title is in another language', () => {
    const at = (n: number) => `https://x.example/${n}`;
    expect(
      problems({
        'a.yaml': [
          entry({ id: 'zh-bare', url: at(1), title: '"支持 DeepSeek 的分享页面"' }),
          entry({ id: 'zh-no-english', url: at(2), title: '"支持 DeepSeek 的分享页面"', lang: 'zh' }),
          entry({ id: 'english-alone', url: at(3), titleEnglish: '"Support share pages"' }),
          entry({ id: 'lang-en', url: at(4), lang: 'en-GB', titleEnglish: '"Example"' }),
          entry({ id: 'lang-bad', url: at(5), lang: 'Chinese', titleEnglish: '"Example"' }),
          entry({ id: 'zh-ok', url: at(6), title: '"支持 DeepSeek 的分享页面"', lang: 'zh', titleEnglish: '"Support share pages"' }),
          entry({ id: 'pt-ok', url: at(7), title: '"Como excluir uma conta"', lang: 'pt-BR', titleEnglish: '"How to delete an account"' }),
        ].join('\n'),
      }).map((p) => p.replace(/^a\.yaml:\d+: /, '')),
    ).toEqual([
      'zh-bare › lang: the title is not in English: add `lang` (its language, e.g. zh) and `titleEnglish` (the title in English)',
      'zh-no-english › titleEnglish: a title in another language needs `titleEnglish`: the title in English, for readers',
      'english-alone › lang: `titleEnglish` goes with `lang`: add the language of the title, e.g. zh',
      'lang-en › lang: lang is only for pages not in English: leave it out for English',
      'lang-bad › lang: lang is a language tag such as zh, fr or pt-BR',
    ]);
  });

  it('reports invalid YAML at its line, and a file that is not a list', () => {
    expect(problems({ 'a.yaml': `${entry()}\n  quotes: [unclosed\n` })).toEqual([expect.stringMatching(/^a\.yaml:\d+: invalid YAML: /)]);
    expect(problems({ 'a.yaml': 'id: lonely\n' })).toEqual([
      'a.yaml:1: the file must be a list of sources (each entry starts with "- id: …")',
    ]);
  });
});

describe('helpers', () => {
  it('treat the same page written two ways as one', () => {
    expect(normalizeUrl('http://www.example.com/a/')).toBe(normalizeUrl('https://example.com/a'));
  });
  it('match labels in quotes with straight or curly quotes, case-sensitively', () => {
    const s = [{ quotes: ['Turn off “Improve the model for everyone”.'] }] as never;
    expect(quotedBy('"Improve the model for everyone"', s)).toBe(true);
    expect(quotedBy('improve the model', s)).toBe(false);
  });
  it('write dates the way the site does', () => {
    expect(formatSourceDate('2026-05-06')).toBe('6 May 2026');
    expect(formatSourceDate('2026-05')).toBe('May 2026');
    expect(formatSourceDate('undated')).toBe('undated');
  });
});

describe('the site’s registry', () => {
  const { sources } = getRegistry();
  it('is read from content/sources and holds official, press and other sources', () => {
    const kinds = new Set(sources.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['official', 'other', 'press']);
    expect(sources.every((s) => s.file.startsWith('content/sources/'))).toBe(true);
  });
});

describe('the project stands on its own', () => {
  // A fresh clone has no research folder beside it, and another machine has other paths: no tracked
  // file may read outside the repository or name a path of one machine.
  it('no tracked file names a machine path or a folder outside the repository', () => {
    // git grep exits 1 when nothing matches: that is the pass.
    const run = spawnSync(
      'git',
      [
        'grep',
        '-n',
        '-I',
        '-E',
        String.raw`(/work/|/home/[a-z]|/Users/[A-Za-z]|C:\\Users|\.\./shared|shared/research)`,
        '--',
        '.',
        ':!tests/unit/source-registry.test.ts',
      ],
      { encoding: 'utf8' },
    );
    expect(run.status === 1 ? '' : run.stdout || run.stderr).toBe('');
  });
});
