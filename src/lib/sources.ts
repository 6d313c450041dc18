/**
 * The source registry: every page the site relies on, once, in `content/sources/*.yaml` (one file per
 * assistant, plus `general.yaml` for sources about several). Guides cite sources by id with
 * `<Cite id="…" />`; /compare/ cells and illustrations cite the same ids. Each source keeps the exact
 * strings the site relies on (`quotes`), so a maintainer can learn when a vendor page changes
 * (`npm run sources:check`) and the build can check that every menu label a guide shows is quoted.
 *
 * This module is plain TypeScript with no Astro or Vite imports: the guide lint (Node, before the
 * build), the Markdown processor, the content collection and the sources:check tool all read the
 * registry through `readRegistry`. Keep it to TypeScript that Node can strip (no enums or parameter
 * properties): `npm run sources:check` runs it on plain Node.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { isSeq, isMap } from 'yaml';
import { parseYamlText, YamlFileError, type YamlDocument } from './yaml-file.ts';
import { contentDir } from './site-paths.mjs';

/** official: the vendor's own help centre, policy, blog, release notes or app text (a verbatim, dated
 * copy counts); press: a newsroom with an editor; other: anything else (how-to sites, blogs, trackers). */
export const SOURCE_KINDS = ['official', 'press', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How the Sources list names each kind for readers. */
export const KIND_LABEL: Record<SourceKind, string> = { official: 'Official', press: 'Press', other: 'Other' };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A letter of a script other than Latin (Han, Cyrillic, Arabic …): such a title needs `lang`. */
const OTHER_SCRIPT = /(?!\p{Script=Latin})\p{L}/u;
/** YAML may hand us a Date for an unquoted 2026-05-06: keep the day as written. */
const dayString = z.union([
  z.string(),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  z.number().int().transform(String), // date: 2025
]);

export const SourceSchema = z
  .strictObject({
    /** Stable id, unique across the registry: lowercase words joined by "-", publisher first
     * (`openai-temporary-chat-faq`). Guides cite it; never change it once cited. */
    id: z.string().regex(ID, 'an id is lowercase letters, digits and dashes, e.g. openai-temporary-chat-faq'),
    /** The page's own title, in the page's language. */
    title: z.string().min(1, 'a source needs a title'),
    /** The page's language when it is not English, as a BCP 47 tag (`zh`, `fr`, `pt-BR`). The title is
     * marked with it, so a screen reader reads it in that language (WCAG 3.1.2). Required when the
     * title has letters of another script than Latin. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang is a language tag such as zh, fr or pt-BR')
      .refine((l) => !/^en\b/.test(l), 'lang is only for pages not in English: leave it out for English')
      .optional(),
    /** The title in English, shown in brackets after a title in another language. Required with `lang`. */
    titleEnglish: z.string().min(1).optional(),
    /** Where the page can be read: a full http(s) URL. */
    url: z.url({ protocol: /^https?$/, message: 'url must be a full http(s) URL, e.g. https://help.openai.com/…' }),
    /** Who published it, e.g. "OpenAI Help Center" or "The Verge". */
    publisher: z.string().min(1, 'a source needs a publisher'),
    /** official, press or other (see SOURCE_KINDS). */
    kind: z.enum(SOURCE_KINDS, { error: () => `kind must be one of ${SOURCE_KINDS.join(', ')}` }),
    /** The date the page shows (published or last updated): YYYY-MM-DD, YYYY-MM or YYYY; or "undated". */
    date: dayString.pipe(
      z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/, 'date must be YYYY-MM-DD, YYYY-MM, YYYY or the word undated'),
    ),
    /** Required when `date` is undated: the period the copy reflects, and how we know. */
    period: z.string().min(1).optional(),
    /** The day someone last read the page against what the site says (YYYY-MM-DD). */
    checked: dayString.pipe(z.string().regex(DAY, 'checked must be a day, YYYY-MM-DD')),
    /** Exact strings copied from the page: every UI label a guide shows from it, and the key sentences
     * behind numbers and policies. `sources:check` looks for each one on the live page. */
    quotes: z.array(z.string().min(1, 'a quote cannot be empty')).default([]),
    /** One line for maintainers, e.g. "read through a mirror of the help centre". */
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.date !== 'undated' || s.period, {
    message: 'an undated source needs `period`: the time the copy reflects and how you know',
    path: ['period'],
  })
  .refine((s) => s.lang || !OTHER_SCRIPT.test(s.title), {
    message: 'the title is not in English: add `lang` (its language, e.g. zh) and `titleEnglish` (the title in English)',
    path: ['lang'],
  })
  .refine((s) => !s.lang || s.titleEnglish, {
    message: 'a title in another language needs `titleEnglish`: the title in English, for readers',
    path: ['titleEnglish'],
  })
  .refine((s) => s.lang || !s.titleEnglish, {
    message: '`titleEnglish` goes with `lang`: add the language of the title, e.g. zh',
    path: ['lang'],
  });

export type Source = z.infer<typeof SourceSchema>;
/** A source with where it is written: `content/sources/claude.yaml`. */
export type RegistrySource = Source & { file: string; line: number };

export interface Registry {
  sources: RegistrySource[];
  byId: Map<string, RegistrySource>;
}

/** Thrown when the registry breaks a rule; `problems` holds one "file:line: message" per rule. */
// (No parameter properties: Node runs this file directly for `npm run sources:check`, and its type
// stripping accepts only TypeScript that erases to JavaScript.)
export class RegistryError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The source registry has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

/** The same URL written two ways (http/https, www., a trailing slash) is one page. */
export function normalizeUrl(url: string): string {
  return url
    .trim()
    .replace(/^http:/, 'https:')
    .replace('://www.', '://')
    .replace(/\/+$/, '')
    .replace(/#.*$/, '');
}

/**
 * Read every `*.yaml` in `dir` (content/sources). Throws a RegistryError listing every problem, each
 * naming the file and line: invalid YAML, a field that breaks the schema, an id or URL used twice.
 */
export function readRegistry(dir: string, cwd = process.cwd()): Registry {
  const { problems, ...registry } = readRegistryWithProblems(dir, cwd);
  if (problems.length) throw new RegistryError(problems);
  return registry;
}

/**
 * The same, without throwing: the valid entries, and one "file:line: message" per problem. The guide
 * lint uses it so that one bad entry does not hide the guides' own citation problems.
 */
export function readRegistryWithProblems(dir: string, cwd = process.cwd()): Registry & { problems: string[] } {
  const problems: string[] = [];
  const sources: RegistrySource[] = [];
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(cwd, path).split(sep).join('/');
    // src/lib/yaml-file.ts: every syntax error with its line (an unclosed quote at the line that opened it).
    let parsed: YamlDocument;
    try {
      parsed = parseYamlText(readFileSync(path, 'utf8'), file);
    } catch (e) {
      if (!(e instanceof YamlFileError)) throw e;
      for (const p of e.problems) problems.push(p.replace(/^(.+?:\d+):\d+: /, '$1: invalid YAML: '));
      continue;
    }
    const { document: doc, lineAt: at } = parsed;
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      problems.push(`${file}:1: the file must be a list of sources (each entry starts with "- id: …")`);
      continue;
    }
    doc.contents.items.forEach((item, i) => {
      const line = at(item && 'range' in item ? item.range?.[0] : undefined);
      const raw = isMap(item) ? item.toJSON() : undefined;
      const label = typeof raw?.id === 'string' ? raw.id : `entry ${i + 1}`;
      const result = SourceSchema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = issue.path.join('.') || '(entry)';
          const fieldNode = isMap(item) && typeof issue.path[0] === 'string' ? item.get(issue.path[0], true) : undefined;
          const fieldLine = fieldNode && typeof fieldNode === 'object' && 'range' in fieldNode ? at(fieldNode.range?.[0]) : line;
          const missing = issue.code !== 'custom' && raw && issue.path.length === 1 && raw[issue.path[0] as string] === undefined;
          problems.push(
            `${file}:${fieldLine}: ${label} › ${field}: ${missing ? 'missing; every source needs it (see src/lib/sources.ts)' : issue.message}`,
          );
        }
        return;
      }
      sources.push({ ...result.data, file, line });
    });
  }
  const byId = new Map<string, RegistrySource>();
  const byUrl = new Map<string, RegistrySource>();
  for (const s of sources) {
    const twin = byId.get(s.id);
    if (twin) {
      problems.push(`${s.file}:${s.line}: ${s.id}: this id is also used at ${twin.file}:${twin.line}; ids must be unique`);
      continue;
    }
    byId.set(s.id, s);
    const sameUrl = byUrl.get(normalizeUrl(s.url));
    if (sameUrl)
      problems.push(`${s.file}:${s.line}: ${s.id}: same URL as ${sameUrl.id} (${sameUrl.file}:${sameUrl.line}); keep one entry per page`);
    else byUrl.set(normalizeUrl(s.url), s);
  }
  return { sources, byId, problems };
}

/** "2026-05-06" → "6 May 2026"; "2026-05" → "May 2026"; "undated" stays. */
export function formatSourceDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return date;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * Text as compared with a quote: the same words typed differently are the same text. Folds Unicode
 * compatibility forms (NFKC: a non-breaking space is a space, "…" is "..."), curly and straight
 * quotes and apostrophes, non-breaking and other Unicode hyphens, drops soft hyphens and zero-width
 * characters, and collapses whitespace. Case is kept: "Temporary chat" and "Temporary Chat" are two
 * labels. Used by the build (`quotedBy`) and by `npm run sources:check` (quotes on the live page).
 */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does a quote of one of these sources contain `label`? (case-sensitive; see normalizeQuoteText) */
export function quotedBy(label: string, sources: readonly Source[]): boolean {
  const want = normalizeQuoteText(label);
  return sources.some((s) => s.quotes.some((q) => normalizeQuoteText(q).includes(want)));
}

let cached: Registry | undefined;
/** The site's registry, read once per build (content/sources, or the test content folder's). */
export function getRegistry(): Registry {
  return (cached ??= readRegistry(join(contentDir(), 'sources')));
}
