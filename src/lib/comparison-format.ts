// Small text helpers for the comparison page, kept out of the .astro file so they can be tested.
import type { Source } from '../data/comparison';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025" → "2025", "2025-08" → "August 2025", "2025-08-28" → "28 August 2025" (the site's date style). */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Split a conflict note into text and citations, so "Anthropic's announcement (C1) says …" can
 * render its source ids as links. A parenthesis holding only ids, "(C10, C11)", becomes the citations
 * alone; an id elsewhere in the text becomes one citation.
 */
export function splitCitations(note: string, sources: Source[]): (string | Source)[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[-]/g, '\\-'));
  if (!ids.length) return [note];
  const one = `(?:${ids.join('|')})`;
  const pattern = new RegExp(`\\s?\\((${one}(?:,\\s*${one})*)\\)|\\b(${one})\\b`, 'g');
  const parts: (string | Source)[] = [];
  let last = 0;
  for (const m of note.matchAll(pattern)) {
    if (m.index > last) parts.push(note.slice(last, m.index));
    const found = (m[1] ?? m[2]!).split(/,\s*/);
    if (m[1]) parts.push(' ');
    found.forEach((id, i) => {
      if (i > 0) parts.push(' ');
      parts.push(byId.get(id)!);
    });
    last = m.index + m[0].length;
  }
  if (last < note.length) parts.push(note.slice(last));
  return parts;
}
