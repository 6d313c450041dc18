/**
 * The comparison data: what each assistant does with your chats.
 *
 * The facts live in `content/data/assistants.yaml`. This module says what a valid file looks
 * like (zod), checks the rules zod cannot express on one field alone (every source id resolves,
 * every fact has a source unless it is "Not documented", conflicts name two sources …) and
 * turns the file into the shape the comparison page renders.
 *
 * `src/content.config.ts` runs `parseComparison` from the `comparison` collection's loader, so a
 * broken file fails `astro build` with messages such as
 *   claude › humanReview: a fact needs at least one source (or confidence: not-documented)
 */
import { z } from 'astro/zod';
import type { Registry, RegistrySource } from '../lib/sources';

/** The columns of the comparison, in page order. */
export const FACTS = [
  {
    key: 'training',
    label: 'Trains on your chats by default',
    short: 'Trains by default',
    sort: 'answer',
    /** The answer that protects your privacy; sorting puts it first. */
    protective: 'no',
  },
  { key: 'optOut', label: 'How to opt out of training', short: 'Opt-out', sort: 'answer', protective: 'yes' },
  {
    key: 'temporaryMode',
    label: 'Temporary mode and how long it is kept',
    short: 'Temporary mode',
    sort: 'answer',
    protective: 'yes',
  },
  { key: 'retention', label: 'How long chats are kept', short: 'Kept for', sort: 'days' },
  { key: 'afterDelete', label: 'Kept after you delete', short: 'After deleting', sort: 'days' },
  { key: 'humanReview', label: 'People may read chats', short: 'Human review', sort: 'answer', protective: 'no' },
  { key: 'export', label: 'Export your chats', short: 'Export', sort: 'answer', protective: 'yes' },
  {
    key: 'memory',
    label: 'Memory on by default, and how to turn it off',
    short: 'Memory',
    sort: 'answer',
    protective: 'no',
  },
  {
    key: 'connectedData',
    label: 'Reads other apps you connect (mail, files, browsing)',
    short: 'Other apps',
    sort: 'answer',
    protective: 'no',
  },
  { key: 'ads', label: 'Uses your chats to choose ads', short: 'Ads', sort: 'answer', protective: 'no' },
] as const satisfies readonly {
  key: string;
  label: string;
  short: string;
  sort: 'answer' | 'days';
  protective?: 'yes' | 'no';
}[];

export type FactKey = (typeof FACTS)[number]['key'];
export const FACT_KEYS = FACTS.map((f) => f.key) as [FactKey, ...FactKey[]];

/**
 * The filters offered above the table. A row matches when its fact's `answer` is in `answers`; a row
 * that matches through "partly" is marked as a partial match. Every filter must match at least one
 * assistant in the data (tests/unit/comparison-data.test.ts): a filter that always empties the table is
 * a dead end. No assistant is recorded as "no training by default", so that filter also takes the
 * "partly" answers (Claude: you choose, but the 2025 pop-up had training preset to On).
 */
export const FILTERS = [
  { id: 'training-not-default', label: 'Training off by default, or only partly', fact: 'training', answers: ['no', 'partly'] },
  { id: 'opt-out', label: 'Training opt-out in the app', fact: 'optOut', answers: ['yes'] },
  { id: 'temporary', label: 'Has a temporary mode', fact: 'temporaryMode', answers: ['yes', 'partly'] },
  { id: 'export', label: 'Can export chats', fact: 'export', answers: ['yes'] },
  { id: 'memory-off', label: 'Memory off by default', fact: 'memory', answers: ['no'] },
] as const satisfies readonly { id: string; label: string; fact: FactKey; answers: readonly Answer[] }[];

export const CONFIDENCES = ['official', 'press', 'unclear', 'not-documented'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How the page names each confidence level, and what it means for the reader. */
export const CONFIDENCE_TEXT: Record<Confidence, { label: string; meaning: string }> = {
  official: { label: 'Official', meaning: 'The company’s own help pages, policy or announcement say so.' },
  press: { label: 'Press', meaning: 'News reports or privacy guides say so; the company’s own pages were not found.' },
  unclear: { label: 'Unclear', meaning: 'Only weak sources say so, or sources disagree.' },
  'not-documented': { label: 'Not documented', meaning: 'Our research found nothing on this.' },
};

export const NOT_DOCUMENTED = 'Not documented';

const ANSWERS = ['yes', 'no', 'partly'] as const;
export type Answer = (typeof ANSWERS)[number];

/** A date written as precisely as the source allows: 2025, 2025-08 or 2025-08-28. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD, or the word unknown');

const sourceId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id is a registry id, e.g. openai-data-controls-faq (content/sources/*.yaml)');

/** A source as the page shows it: a registry entry (src/lib/sources.ts). */
export type Source = RegistrySource;

/** One cell of the comparison: one fact about one assistant. */
export const FactSchema = z.strictObject({
  /** The fact in one or two short plain sentences. Exactly "Not documented" when nothing was found. */
  value: z.string().min(1).max(220),
  /**
   * The short answer to the column's question ("Trains by default?" → "yes"). Drives sorting and
   * filtering. Leave it out when the sources don't say.
   */
  answer: z.enum(ANSWERS).optional(),
  /** The menu path, labels exactly as the sources quote them, separated by " > ". */
  uiPath: z
    .string()
    .regex(/^[^>]+( > [^>]+)*$/, 'separate labels with " > "')
    .optional(),
  /** Our guide for this step: a root-relative page link, optionally with a heading anchor. */
  guide: z
    .string()
    .regex(/^\/[a-z-]+\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'use a link like /claude/stop-training/')
    .optional(),
  /** For the retention columns: the longest documented period in days, or open-ended. Used for sorting. */
  keptDays: z.union([z.number().positive(), z.literal('open-ended')]).optional(),
  /** The date the fact became true, as precisely as known, or `unknown`. */
  since: z.union([partialDate, z.literal('unknown')]).optional(),
  /** How sure we are: official, press, unclear or not-documented (see CONFIDENCE_TEXT). */
  confidence: z.enum(CONFIDENCES),
  /** Registry ids (content/sources/*.yaml) that back the value, note and date. Official ones first. */
  sources: z.array(sourceId).default([]),
  /** A short extra remark, shown under the value. Must be backed by `sources` too. */
  note: z.string().min(1).max(220).optional(),
  /** Where sources disagree: a note naming both sides, and the ids of both. */
  conflict: z
    .strictObject({
      note: z.string().min(1).max(400), // the ids in it print as [n], so readers see far fewer characters
      sources: z.array(sourceId).min(2, 'a conflict names at least two sources'),
    })
    .optional(),
});

export const AssistantFactsSchema = z.strictObject({
  /** The assistant id, as in src/data/assistants.ts. */
  id: z.string(),
  facts: z.strictObject(Object.fromEntries(FACT_KEYS.map((k) => [k, FactSchema])) as Record<FactKey, typeof FactSchema>),
});

export const ComparisonFileSchema = z.strictObject({
  assistants: z.array(AssistantFactsSchema),
});

export type Fact = z.infer<typeof FactSchema>;
export type ComparisonFile = z.infer<typeof ComparisonFileSchema>;

/** A fact with its source ids swapped for the registry entries: what the page renders. */
const ResolvedSourceSchema = z.custom<Source>((v) => typeof v === 'object' && v !== null && 'id' in v && 'url' in v);
export const ResolvedFactSchema = FactSchema.extend({
  sources: z.array(ResolvedSourceSchema),
  conflict: z.strictObject({ note: z.string(), sources: z.array(ResolvedSourceSchema) }).optional(),
});
/** One entry of the `comparison` content collection (see src/content.config.ts). */
export const AssistantComparisonSchema = z.strictObject({
  id: z.string(),
  facts: z.strictObject(Object.fromEntries(FACT_KEYS.map((k) => [k, ResolvedFactSchema])) as Record<FactKey, typeof ResolvedFactSchema>),
});
export type ResolvedFact = z.infer<typeof ResolvedFactSchema>;
export type AssistantComparison = z.infer<typeof AssistantComparisonSchema>;

/** Thrown when the file breaks a rule; `problems` holds one line per broken rule. */
export class ComparisonDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ComparisonDataError';
  }
}

/**
 * Check the parsed file and resolve its source ids.
 * @param raw the parsed YAML
 * @param assistantIds every assistant the site knows; each must appear exactly once
 * @param file the file name used in error messages
 * @returns one entry per assistant, in the order of `assistantIds`
 */
export function parseComparison(
  raw: unknown,
  assistantIds: readonly string[],
  registry: Registry,
  file = 'content/data/assistants.yaml',
): { assistants: AssistantComparison[] } {
  const parsed = ComparisonFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ComparisonDataError(
      file,
      parsed.error.issues.map((issue) => describeIssue(raw, issue)),
    );
  }
  const data = parsed.data;
  const problems: string[] = [];

  const byId = registry.byId;
  const seen = new Set<string>();
  for (const { id, facts } of data.assistants) {
    if (!assistantIds.includes(id)) problems.push(`${id}: not an assistant id (use one of ${assistantIds.join(', ')})`);
    if (seen.has(id)) problems.push(`${id}: listed twice`);
    seen.add(id);
    for (const key of FACT_KEYS) {
      const at = `${id} › ${key}`;
      const fact = facts[key];
      const notDocumented = fact.confidence === 'not-documented';
      if (notDocumented && fact.value !== NOT_DOCUMENTED) {
        problems.push(`${at}: with confidence not-documented the value must be exactly "${NOT_DOCUMENTED}"`);
      }
      if (!notDocumented && fact.value === NOT_DOCUMENTED) {
        problems.push(`${at}: a "${NOT_DOCUMENTED}" value needs confidence: not-documented`);
      }
      if (!notDocumented && fact.sources.length === 0) {
        problems.push(`${at}: a fact needs at least one source (or confidence: not-documented)`);
      }
      if (!notDocumented && fact.since === undefined) {
        problems.push(`${at}: say since when this is true (a date, or unknown)`);
      }
      if (notDocumented && (fact.answer || fact.uiPath || fact.keptDays !== undefined || fact.conflict)) {
        problems.push(`${at}: a "${NOT_DOCUMENTED}" fact has no answer, uiPath, keptDays or conflict`);
      }
      if (fact.note && fact.sources.length === 0) problems.push(`${at}: a note needs a source`);
      for (const ref of [...fact.sources, ...(fact.conflict?.sources ?? [])]) {
        if (!byId.has(ref))
          problems.push(`${at}: unknown source id ${ref}; add it to content/sources/<assistant>.yaml or check the spelling`);
      }
      // The confidence word follows from the kinds of the sources the cell cites.
      const kinds = new Set(fact.sources.map((ref) => byId.get(ref)?.kind));
      if (fact.sources.length === 0) {
        // reported above: a fact needs a source
      } else if (fact.confidence === 'official' && !kinds.has('official')) {
        problems.push(
          `${at}: confidence official needs at least one official source (the vendor's own pages); these are ${[...kinds].join(', ') || 'none'}`,
        );
      } else if (fact.confidence === 'press' && !kinds.has('press')) {
        problems.push(
          `${at}: confidence press needs at least one press source; these are ${[...kinds].join(', ') || 'none'} (official sources: use official; only other sources: use unclear)`,
        );
      }
      if (fact.conflict) {
        // The page turns the ids in the note into citations, so the note and the list must agree.
        const named = new Set([...byId.keys()].filter((ref) => new RegExp(`(?<![\\w-])${ref}(?![\\w-])`).test(fact.conflict!.note)));
        const missing = fact.conflict.sources.filter((ref) => !named.has(ref));
        const extra = [...named].filter((ref) => !fact.conflict!.sources.includes(ref));
        if (missing.length) problems.push(`${at}: the conflict note must name its sources (missing ${missing.join(', ')})`);
        if (extra.length) problems.push(`${at}: the conflict note names ${extra.join(', ')}; add it to the conflict's sources`);
      }
    }
  }
  for (const id of assistantIds) if (!seen.has(id)) problems.push(`${id}: missing from the file`);
  if (problems.length) throw new ComparisonDataError(file, problems);

  const resolve = (ids: string[]) => ids.map((ref) => byId.get(ref)!);
  const assistants = [...data.assistants]
    .sort((a, b) => assistantIds.indexOf(a.id) - assistantIds.indexOf(b.id))
    .map(({ id, facts }) => ({
      id,
      facts: Object.fromEntries(
        FACT_KEYS.map((key) => {
          const { sources, conflict, ...rest } = facts[key];
          const resolved: ResolvedFact = { ...rest, sources: resolve(sources) };
          if (conflict) resolved.conflict = { note: conflict.note, sources: resolve(conflict.sources) };
          return [key, resolved];
        }),
      ) as Record<FactKey, ResolvedFact>,
    }));
  return { assistants };
}

/** Turn a zod issue into "claude › humanReview: …" using the assistant id found in the raw data. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  if (path[0] === 'assistants' && typeof path[1] === 'number') {
    const entry = (raw as { assistants?: { id?: unknown }[] }).assistants?.[path[1]];
    const name = typeof entry?.id === 'string' ? entry.id : `assistants[${path[1]}]`;
    const rest = path.slice(path[2] === 'facts' ? 3 : 2).join('.');
    return `${name}${rest ? ` › ${rest}` : ''}: ${issue.message}`;
  }
  return `${path.join('.') || '(file)'}: ${issue.message}`;
}

/**
 * A number to sort one cell by: smaller sorts first when sorting "ascending". `null` (nothing
 * documented) always sorts last, whichever way the column is sorted.
 */
export function sortValue(factKey: FactKey, fact: ResolvedFact): number | null {
  const column = FACTS.find((f) => f.key === factKey)!;
  if (column.sort === 'days') {
    if (fact.keptDays === undefined) return null;
    return fact.keptDays === 'open-ended' ? Number.MAX_SAFE_INTEGER : fact.keptDays;
  }
  if (!fact.answer) return null;
  if (fact.answer === 'partly') return 1;
  return fact.answer === column.protective ? 0 : 2;
}
