/**
 * One cached read of the guides collection for the whole build. Calling getCollection() on every
 * page re-walks the collection (slow at a thousand guides), so every page goes through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assistants, type AssistantId } from '../data/assistants';
import { guideRoute, prefixBase } from './site-paths.mjs';

export type Guide = CollectionEntry<'guides'>;

export interface GuideRef {
  entry: Guide;
  assistant: AssistantId;
  /** The file name without extension: the URL's second segment. */
  slug: string;
  /** Root-relative URL without the base path, e.g. /chatgpt/stop-training/. */
  path: string;
}

let cache: Promise<GuideRef[]> | undefined;

function toRef(entry: Guide): GuideRef {
  const [folder, ...rest] = entry.id.split('/');
  const slug = rest.join('/');
  const file = entry.filePath ?? entry.id;
  if (!slug || rest.length !== 1) {
    throw new Error(`${file}: guides live in content/guides/<assistant>/<slug>.mdx (one folder deep).`);
  }
  if (folder !== entry.data.assistant) {
    throw new Error(
      `${file}: field "assistant" is "${entry.data.assistant}" but the file is in the "${folder}" folder; they must match (the folder is the URL).`,
    );
  }
  return { entry, assistant: entry.data.assistant, slug, path: guideRoute(folder, slug) };
}

/** Every published guide, by assistant order then guide order then title. */
export function getGuides(): Promise<GuideRef[]> {
  cache ??= getCollection('guides', ({ data }) => !data.draft).then((entries) => {
    const order = new Map(assistants.map((a, i) => [a.id as string, i]));
    return entries
      .map(toRef)
      .sort(
        (a, b) =>
          (order.get(a.assistant) ?? 99) - (order.get(b.assistant) ?? 99) ||
          a.entry.data.order - b.entry.data.order ||
          a.entry.data.title.localeCompare(b.entry.data.title),
      );
  });
  return cache;
}

export async function getGuidesFor(assistant: string): Promise<GuideRef[]> {
  return (await getGuides()).filter((g) => g.assistant === assistant);
}

/** Assistants that have at least one guide, with their guides in order. */
export async function getGuidesByAssistant() {
  const guides = await getGuides();
  return assistants
    .map((a) => ({ assistant: a, guides: guides.filter((g) => g.assistant === a.id) }))
    .filter((group) => group.guides.length > 0);
}

/** Adds the configured base path to a root-relative path (rules: src/lib/site-paths.mjs). */
export function withBase(path: string): string {
  return prefixBase(path, import.meta.env.BASE_URL);
}

/** Days between a date and the build. */
export function ageInDays(date: Date, now = new Date()): number {
  return Math.floor((now.getTime() - date.getTime()) / 86_400_000);
}

// One formatter for the whole build: toLocaleDateString() with options builds a new one on every
// call, and a build formats thousands of dates (every guide list shows each guide's date).
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
