// Data files (content/data/assistants.yaml, content/sources/*.yaml) name the file and line of every
// mistake, never a line inside the YAML library; src/lib/yaml-file.ts is the one reader for them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readComparison } from '../../src/lib/comparison-loader';
import { parseYamlText, readYamlDocument, readYamlFile, YamlFileError } from '../../src/lib/yaml-file';

const DIR = resolve('tests/.tmp/data-files');
const REL = 'tests/.tmp/data-files';
beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
});

const errorOf = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
};

describe('src/lib/yaml-file.ts', () => {
  it('names the file, line and column of every syntax error at once', () => {
    const file = join(DIR, 'broken.yaml');
    writeFileSync(file, 'a: 1\nb: "unclosed\nc: [1, 2\n');
    const err = errorOf(() => readYamlFile(file)) as YamlFileError;
    expect(err).toBeInstanceOf(YamlFileError);
    expect(err.problems.length).toBeGreaterThan(0);
    for (const p of err.problems) expect(p).toMatch(new RegExp(`^${REL}/broken\\.yaml:\\d+:\\d+: \\S`));
    expect(err.problems[0]).toBe(`${REL}/broken.yaml:2:4: this "quoted value is never closed (add the closing ")`);
    expect(err.message).not.toMatch(/node_modules/);
  });

  it('gives the line of a value, for rules of the caller', () => {
    const file = join(DIR, 'ok.yaml');
    writeFileSync(file, '- id: one\n  url: "https://a.example/"\n- id: two\n  url: nope\n');
    const { data, lineOf, file: shown } = readYamlDocument(file);
    expect(data).toEqual([
      { id: 'one', url: 'https://a.example/' },
      { id: 'two', url: 'nope' },
    ]);
    expect(shown).toBe(`${REL}/ok.yaml`);
    expect(lineOf([1, 'url'])).toBe(4);
    expect(lineOf([5])).toBe(0);
    // Frontmatter: the text starts on the file's line 2.
    expect(errorOf(() => parseYamlText('title: "x\n', 'guide.mdx', { firstLine: 2 })).message).toMatch(/^guide\.mdx:2:\d+: /);
  });
});

describe('content/data/assistants.yaml', () => {
  it('invalid YAML names the data file and line, not the YAML library', async () => {
    const file = join(DIR, 'assistants.yaml');
    writeFileSync(file, 'assistants:\n  - id: chatgpt\n    facts: {training: [\n');
    const err = (await readComparison(file).catch((e: Error) => e)) as YamlFileError;
    expect(err.problems.length).toBeGreaterThan(0);
    for (const p of err.problems) expect(p).toMatch(new RegExp(`^${REL}/assistants\\.yaml:\\d+:\\d+: `));
    expect(err.message).not.toMatch(/node_modules/);
  });

  it('a broken rule names the line of the assistant and fact', async () => {
    const text = readFileSync('content/data/assistants.yaml', 'utf8');
    // The first fact's confidence becomes one that does not exist.
    const broken = text.replace(/confidence: official/, 'confidence: maybe');
    const file = join(DIR, 'assistants-rule.yaml');
    writeFileSync(file, broken);
    const line = broken.slice(0, broken.indexOf('confidence: maybe')).split('\n').length;
    const err = (await readComparison(file).catch((e: Error) => e)) as Error & { problems?: string[] };
    const mine = err.problems?.find((p) => p.includes('confidence'));
    const [, at] = mine?.match(new RegExp(`^${REL}/assistants-rule\\.yaml:(\\d+): `)) ?? [];
    // The fact's own line (a few lines above the broken field).
    expect(Number(at), mine).toBeGreaterThan(0);
    expect(Number(at)).toBeLessThanOrEqual(line);
    expect(line - Number(at)).toBeLessThan(8);
  });
});
