/**
 * The comparison as open data (/compare.json and /compare.csv): every cell's value, short answer,
 * confidence, since-date, sources (with URL, kind, date and the day we checked them), the date of the
 * data and a licence. Built from the same collection the /compare/ page renders, so the files and the
 * page cannot disagree (tests/build/compare-data-files.test.ts checks it).
 */
import { getCollection } from 'astro:content';
import { assistants } from '../data/assistants';
import { FACTS, type ResolvedFact } from '../data/comparison';
import { site } from '../data/site';
import { withBase } from './guides';

export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export interface ExportCell {
  assistant: string;
  assistantName: string;
  fact: string;
  question: string;
  value: string;
  answer: string | null;
  confidence: ResolvedFact['confidence'];
  since: string | null;
  keptDays: number | 'open-ended' | null;
  uiPath: string | null;
  guide: string | null;
  note: string | null;
  conflict: string | null;
  /** `lang` and `titleEnglish` only for a source whose page is not in English. */
  sources: {
    id: string;
    title: string;
    lang?: string;
    titleEnglish?: string;
    url: string;
    publisher: string;
    kind: string;
    date: string;
    checked: string;
  }[];
}

export async function comparisonExport(origin: URL) {
  const entries = new Map((await getCollection('comparison')).map((e) => [e.id, e.data.facts]));
  const abs = (path: string) => new URL(withBase(path), origin).href;
  const cells: ExportCell[] = [];
  for (const a of assistants) {
    const facts = entries.get(a.id);
    if (!facts) continue;
    for (const { key, label } of FACTS) {
      const f = facts[key];
      const sources = [...f.sources, ...(f.conflict?.sources ?? [])].filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i);
      cells.push({
        assistant: a.id,
        assistantName: a.name,
        fact: key,
        question: label,
        value: f.value,
        answer: f.answer ?? null,
        confidence: f.confidence,
        since: f.since && f.since !== 'unknown' ? f.since : null,
        keptDays: f.keptDays ?? null,
        uiPath: f.uiPath ?? null,
        guide: f.guide ? abs(f.guide) : null,
        note: f.note ?? null,
        conflict: f.conflict?.note ?? null,
        sources: sources.map(({ id, title, lang, titleEnglish, url, publisher, kind, date, checked }) => ({
          id,
          title,
          ...(lang ? { lang, titleEnglish } : {}),
          url,
          publisher,
          kind,
          date,
          checked,
        })),
      });
    }
  }
  // The data is as new as the newest day anyone checked a source it cites.
  const dataDate =
    cells
      .flatMap((c) => c.sources.map((s) => s.checked))
      .sort()
      .at(-1) ?? null;
  return {
    title: `${site.name}: what AI chat assistants do with your chats`,
    description: 'One row per assistant and question, each answer with its sources. Personal (consumer) accounts.',
    page: abs('/compare/'),
    dataDate,
    license: LICENSE,
    questions: FACTS.map(({ key, label }) => ({ fact: key, question: label })),
    cells,
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. */
const field = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_COLUMNS = [
  'assistant',
  'fact',
  'question',
  'value',
  'answer',
  'confidence',
  'since',
  'kept_days',
  'ui_path',
  'guide',
  'note',
  'conflict',
  'source_ids',
  'source_urls',
  'source_kinds',
  'source_dates',
  'source_checked',
] as const;

export function toCsv(cells: ExportCell[]): string {
  const rows = cells.map((c) => {
    const list = (pick: (s: ExportCell['sources'][number]) => string) => c.sources.map(pick).join(' ');
    return [
      c.assistant,
      c.fact,
      c.question,
      c.value,
      c.answer,
      c.confidence,
      c.since,
      c.keptDays,
      c.uiPath,
      c.guide,
      c.note,
      c.conflict,
      list((s) => s.id),
      list((s) => s.url),
      list((s) => s.kind),
      list((s) => s.date),
      list((s) => s.checked),
    ]
      .map(field)
      .join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
