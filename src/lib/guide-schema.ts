/**
 * The frontmatter of a guide (content/guides/<assistant>/<slug>.mdx). Every field is documented here,
 * where it is defined. A value that breaks a rule fails the build with the file and the field named.
 */
import { z } from 'astro/zod';
import { assistantIds } from '../data/assistants';
import { platformIds } from '../data/platforms';

/** End of today (UTC): a guide cannot claim to be verified on a day that has not happened yet. */
function endOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999));
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A day, written YYYY-MM-DD (YAML reads it as a date; text is converted). Zod's own message for a
 * day that does not exist (2026-13-45) would be "expected date, received Date". */
const day = (field: string) => z.coerce.date({ error: `${field} must be a real date written YYYY-MM-DD, e.g. 2026-12-02` });

export const sourceSchema = z
  .object({
    /** The source's own title, e.g. "Data Controls FAQ". */
    title: z.string().min(1, 'a source needs a title'),
    /** Full https URL of the page relied on. */
    url: z.url({ protocol: /^https?$/, message: 'a source url must be a full http(s) URL, e.g. https://help.openai.com/…' }),
    /** Who published it, e.g. "OpenAI Help Center" or "Fast Company". */
    publisher: z.string().min(1, 'a source needs a publisher'),
    /** The date the source shows, as YYYY-MM-DD, or a note such as "undated copy, ~2024". */
    date: z.union([z.string(), z.date().transform(isoDay)]).optional(),
    /** The research dossier's id for this source (e.g. S2), so facts can be traced back. */
    id: z.string().optional(),
  })
  .strict();

export const guideSchema = z
  .object({
    /** Page title and h1. Short enough for a search result: at most 70 characters. */
    title: z.string().min(1).max(70, 'title must be at most 70 characters (it is shown in search results)'),
    /** One or two sentences for search results, link previews and cards: 50–160 characters. */
    description: z
      .string()
      .min(50, 'description must be at least 50 characters (say what the reader will be able to do)')
      .max(160, 'description must be at most 160 characters (search engines cut longer text)'),
    /** Which assistant the guide is about; one of src/data/assistants.ts. Also the URL's first segment. */
    assistant: z.enum(assistantIds, {
      error: (issue) => `unknown assistant ${JSON.stringify(issue.input)}; allowed: ${assistantIds.join(', ')}`,
    }),
    /** explainer (why/what), how-to (steps to follow) or reference (tables, lists). */
    kind: z.enum(['explainer', 'how-to', 'reference']),
    /** Platforms the guide covers: any of web, ios, android, macos, windows. */
    platforms: z
      .array(
        z.enum(platformIds, {
          error: (issue) => `unknown platform ${JSON.stringify(issue.input)}; allowed: ${platformIds.join(', ')}`,
        }),
      )
      .min(1, `list at least one platform (${platformIds.join(', ')})`),
    /** The day a writer last checked every fact against the sources. Not in the future. */
    lastVerified: day('lastVerified').refine((d) => d <= endOfTodayUtc(), {
      message: 'lastVerified is in the future; use the day you actually checked the guide',
    }),
    /** The day the guide first went live. */
    published: day('published'),
    /** The day the text last changed in a way readers should know about (optional). */
    updated: day('updated').optional(),
    /** What the guide relies on, official sources first. At least one. */
    sources: z.array(sourceSchema).min(1, 'list at least one source the guide relies on'),
    /** Position among its assistant's guides (1 comes first). */
    order: z.number().int().min(0).default(100),
    /** Drafts are not built. */
    draft: z.boolean().default(false),
    /** false keeps the guide out of site search. */
    search: z.boolean().default(true),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
