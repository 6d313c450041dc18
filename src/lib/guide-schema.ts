/**
 * The frontmatter of a guide (content/guides/<assistant>/<slug>.mdx). Every field is documented here,
 * where it is defined. A value that breaks a rule fails the build with the file and the field named.
 */
import { z } from 'astro/zod';
import { assistantIds } from '../data/assistants';
import { platformIds } from '../data/platforms';
import { taskIds } from '../data/tasks';

/** End of today (UTC): a guide cannot claim to be verified on a day that has not happened yet. */
function endOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59, 999));
}

/** The core tasks of the per-assistant task grid (contract: a Steps with `task="…"` performs one); listed, with their labels, in src/data/tasks.ts. */
export const TASK_IDS = taskIds;
export type TaskId = (typeof TASK_IDS)[number];

const day = z.coerce.date({ error: () => 'write the date as YYYY-MM-DD, e.g. 2026-12-02' });

/** One dated line of "Changes to this page": a correction or an addition a returning reader should know. */
export const changeSchema = z
  .object({
    /** The day the change went live (YYYY-MM-DD). */
    date: day,
    /** One sentence: what changed, in the reader's words ("Temporary Chat: the button is now …"). */
    text: z.string().min(10, 'say what changed in one sentence').max(300, 'keep a change to one sentence (at most 300 characters)'),
  })
  .strict();

/** A core task the assistant offers no control for, on some or all of the guide's platforms. */
export const notOfferedSchema = z
  .object({
    /** The task (one of TASK_IDS). */
    task: z.enum(TASK_IDS, { error: (issue) => `unknown task ${JSON.stringify(issue.input)}; allowed: ${TASK_IDS.join(', ')}` }),
    /** The platforms it is missing on; default: all the guide's platforms. */
    platforms: z.array(z.enum(platformIds)).min(1).optional(),
    /** One sentence for readers: what there is instead, or that there is nothing. */
    why: z.string().min(10).max(200),
    /** The registry id of the source that shows it (content/sources/*.yaml); cite it in the text too. */
    source: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a registry source id, e.g. perplexity-export-faq'),
  })
  .strict();

/**
 * A core task whose steps no source gives on some platforms, after a real search: the task grid says
 * "Not documented", with what was searched and what the reader can do instead. Without this (or steps,
 * or notOffered) an empty grid cell fails the build, so "not documented" is always a statement of a
 * search, never a gap nobody looked at.
 */
export const notDocumentedSchema = z
  .object({
    /** The task (one of TASK_IDS). */
    task: z.enum(TASK_IDS, { error: (issue) => `unknown task ${JSON.stringify(issue.input)}; allowed: ${TASK_IDS.join(', ')}` }),
    /** The platforms no source gives steps for; default: all the guide's platforms. */
    platforms: z.array(z.enum(platformIds)).min(1).optional(),
    /** What you searched, for readers: "Anthropic's help centre and press, December 2026". */
    searched: z.string().min(20, 'say what you searched (at least 20 characters)').max(200),
    /** One sentence: what the reader can do instead ("Use the website steps in your phone's browser."). */
    instead: z.string().min(10).max(200),
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
    // `day` for every date: zod's own message for a day that does not exist (2026-13-45) is
    // "expected date, received Date".
    lastVerified: day.refine((d) => d <= endOfTodayUtc(), {
      message: 'lastVerified is in the future; use the day you actually checked the guide',
    }),
    /** The day the guide first went live. */
    published: day,
    /** The day the text last changed in a way readers should know about (optional; the newest `changes` date wins). */
    updated: day.optional(),
    /** "Changes to this page", newest first: one entry per correction or addition. Shown on the page and in the feed. */
    changes: z.array(changeSchema).default([]),
    /** Words readers type that the text does not use (e.g. "wipe", "forget me"); indexed by search with weight. */
    keywords: z.array(z.string().min(2).max(60)).max(20).default([]),
    /** Core tasks this assistant offers no control for (see TASK_IDS), so its task grid can say so. */
    notOffered: z.array(notOfferedSchema).default([]),
    /** Core tasks whose steps no source gives on some platforms, after a search (see notDocumentedSchema). */
    notDocumented: z.array(notDocumentedSchema).default([]),
    /** Position among its assistant's guides (1 comes first). */
    order: z.number().int().min(0).default(100),
    /** Drafts are not built. */
    draft: z.boolean().default(false),
    /** false keeps the guide out of site search. */
    search: z.boolean().default(true),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
