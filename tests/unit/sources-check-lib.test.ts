// The pure parts of `npm run sources:check` (src/tooling/sources-check-lib.mjs): what counts as the
// text a reader sees, when a quote counts as found, how long to wait before a retry, which sources
// --only picks, and what each kind of result means for --strict. The fetching is tested end to end
// against a local server in sources-check.test.ts.
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  UsageError,
  contentKind,
  exitCodeFor,
  failsStrict,
  missingQuotes,
  parseCliArgs,
  retryDelay,
  sameHost,
  selectSources,
  urlChanged,
  verdictOf,
  visibleText,
} from '../../src/tooling/sources-check-lib.mjs';

describe('the visible text of a page', () => {
  const html = `<!doctype html><html><head><title>Memory FAQ</title><style>p::after{content:"Style text"}</style>
    <script>var label = "Script text";</script></head><body>
    <ul><li>Settings</li><li>Personalization</li></ul>
    <p>Turn off <b>Reference</b> <i>saved memories</i> &amp; wait&nbsp;30&nbsp;days.</p>
    <noscript>Noscript text</noscript><template><p>Template text</p></template>
    <div hidden><p>Collapsed answer</p></div>
    <script type="application/json">{"old":"JSON text"}</script></body></html>`;
  const text = visibleText(html);

  it('keeps what a reader can read and drops code, head and templates', () => {
    expect(missingQuotes(['Reference saved memories & wait 30 days.', 'Collapsed answer', 'Settings', 'Personalization'], text)).toEqual(
      [],
    );
    expect(missingQuotes(['Memory FAQ', 'Style text', 'Script text', 'Noscript text', 'Template text', 'JSON text'], text)).toEqual([
      'Memory FAQ',
      'Style text',
      'Script text',
      'Noscript text',
      'Template text',
      'JSON text',
    ]);
  });

  it('never runs two blocks together into one word', () => {
    expect(text).not.toContain('SettingsPersonalization');
    expect(missingQuotes(['SettingsPersonalization'], text)).toEqual(['SettingsPersonalization']);
  });
});

describe('a quote counts as found', () => {
  it('however the page types quotes, apostrophes, spaces and hyphens, but not in another case', () => {
    const page = "You can\u2019t undo this.  \u201cImprove the model\nfor everyone\u201d \u00a0non\u2011training opt\u00adout don't";
    const cases: [string, boolean][] = [
      ["You can't undo this.", true], // curly apostrophe on the page, straight in the quote
      ['don\u2019t', true], // and the other way round
      ['"Improve the model for everyone"', true], // curly double quotes, a line break
      ['non-training', true], // non-breaking hyphen
      ['optout', true], // soft hyphen
      ['improve the model', false], // case is kept: a label whose case changed has changed
      ['You can undo this.', false],
    ];
    expect(cases.map(([q]) => [q, missingQuotes([q], page).length === 0])).toEqual(cases);
  });
});

describe('retries', () => {
  it('wait 1 s, 2 s, 4 s …, or what Retry-After says, and give up on a wait over a minute', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect([0, 1, 2].map((attempt) => retryDelay({ attempt }))).toEqual([1000, 2000, 4000]);
    expect(retryDelay({ attempt: 2, retryAfter: '0' })).toBe(0);
    expect(retryDelay({ attempt: 0, retryAfter: '5' })).toBe(5000);
    expect(retryDelay({ attempt: 0, retryAfter: 'Wed, 02 Dec 2026 12:00:07 GMT', now })).toBe(7000);
    expect(retryDelay({ attempt: 0, retryAfter: 'Wed, 02 Dec 2026 11:00:00 GMT', now })).toBe(0);
    expect(retryDelay({ attempt: 0, retryAfter: '3600' })).toBeUndefined();
    expect(retryDelay({ attempt: 1, retryAfter: 'soon' })).toBe(2000);
  });
});

describe('the command line', () => {
  it('has defaults that leave the repository clean, and takes --only as a list', () => {
    expect(parseCliArgs([])).toEqual({ ...DEFAULTS, only: [], strict: false, help: false });
    expect(DEFAULTS.json).toMatch(/^node_modules\/\.cache\//);
    expect(parseCliArgs(['--only', 'chatgpt,claude', '--only', 'openai-memory-faq', '--strict']).only).toEqual([
      'chatgpt',
      'claude',
      'openai-memory-faq',
    ]);
  });

  it('names a bad option', () => {
    const message = (argv: string[]) => {
      try {
        parseCliArgs(argv);
      } catch (err) {
        expect(err).toBeInstanceOf(UsageError);
        return (err as Error).message;
      }
    };
    expect(message(['--timeout', 'soon'])).toBe('--timeout must be a whole number of at least 1 (got "soon")');
    expect(message(['--concurrency', '0'])).toBe('--concurrency must be a whole number of at least 1 (got "0")');
    expect(message(['--nope'])).toContain("Unknown option '--nope'");
  });

  it('--only picks sources by id or by registry file (assistant), in registry order', () => {
    const s = (id: string, file: string) => ({ id, file: `content/sources/${file}.yaml` });
    const sources = [s('openai-a', 'chatgpt'), s('anthropic-b', 'claude'), s('openai-c', 'chatgpt'), s('verge-d', 'general')];
    const ids = (only: string[]) => selectSources(sources, only).selected.map((x) => x.id);
    expect(ids([])).toEqual(['openai-a', 'anthropic-b', 'openai-c', 'verge-d']);
    expect(ids(['chatgpt'])).toEqual(['openai-a', 'openai-c']);
    expect(ids(['verge-d', 'claude'])).toEqual(['anthropic-b', 'verge-d']);
    expect(selectSources(sources, ['claude', 'nobody']).unknown).toEqual(['nobody']);
  });
});

describe('what a result means', () => {
  it('for the table, and for --strict', () => {
    const base = { movedHost: false, missing: [] as string[], kind: 'html' };
    const cases = [
      [{ ...base, status: 200 }, 'ok', false],
      [{ ...base, status: 200, missing: ['Temporary Chat'] }, 'changed', true],
      [{ ...base, status: 404 }, 'gone', true],
      [{ ...base, status: 410 }, 'gone', true],
      [{ ...base, status: 200, movedHost: true }, 'moved', true],
      [{ ...base, status: 200, kind: 'other' }, 'not-html', false],
      [{ ...base, status: 403 }, 'error', false], // a bot wall says nothing about the page
      [{ ...base, status: 503 }, 'error', false],
      [{ ...base, status: null }, 'error', false], // timeout or network error
    ] as const;
    const got = cases.map(([r]) => {
      const verdict = verdictOf(r);
      return [r, verdict, failsStrict({ ...r, verdict })];
    });
    expect(got).toEqual(cases);
    const results = cases.map(([r, verdict]) => ({ ...r, verdict }));
    expect([
      exitCodeFor(results, false),
      exitCodeFor(results, true),
      exitCodeFor(
        results.filter((r) => !failsStrict(r)),
        true,
      ),
    ]).toEqual([0, 1, 0]);
  });

  it('knows HTML from other content, and a move to another host from a new path', () => {
    expect(
      ['text/html; charset=utf-8', 'application/xhtml+xml', 'text/plain', 'application/pdf', 'application/json', null].map(contentKind),
    ).toEqual(['html', 'html', 'text', 'other', 'other', 'other']);
    expect(sameHost('https://help.openai.com/a', 'https://help.openai.com/b')).toBe(true);
    expect(sameHost('https://www.anthropic.com/a', 'https://anthropic.com/a')).toBe(true);
    expect(sameHost('https://help.openai.com/a', 'https://openai.com/a')).toBe(false);
    expect(urlChanged('http://example.com/a/', 'https://www.example.com/a')).toBe(false);
    expect(urlChanged('https://example.com/a', 'https://example.com/b')).toBe(true);
  });
});
