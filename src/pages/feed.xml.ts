// RSS feed of guide updates: one item per guide, dated by the day it was last verified, newest first.
// Linked from every page's <head> (SeoHead.astro) and the footer.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAssistant } from '../data/assistants';
import { site } from '../data/site';
import { getGuides, withBase } from '../lib/guides';

/** The entries of a guide's "Changes to this page" that share its newest date. */
function newestChanges<T extends { date: Date }>(changes: readonly T[]): T[] {
  const newest = Math.max(...changes.map((c) => c.date.getTime()));
  return changes.filter((c) => c.date.getTime() === newest);
}

export const GET: APIRoute = async (context) => {
  const origin = context.site ?? new URL('http://localhost/');
  const abs = (path: string) => new URL(withBase(path), origin).href;
  const guides = [...(await getGuides())].sort(
    (a, b) => b.entry.data.lastVerified.getTime() - a.entry.data.lastVerified.getTime() || a.path.localeCompare(b.path),
  );
  return rss({
    title: `${site.name}: guide updates`,
    description: `${site.description} Each guide appears once, dated by the day we last checked it.`,
    site: abs('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${abs('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: guides.map((g) => ({
      title: g.entry.data.title,
      // A returning reader sees what changed: the newest "Changes to this page" entries lead the item.
      description: [
        ...newestChanges(g.entry.data.changes).map((c) => `Changed ${c.date.toISOString().slice(0, 10)}: ${c.text}`),
        g.entry.data.description,
      ].join(' '),
      link: abs(g.path),
      pubDate: g.entry.data.lastVerified,
      categories: [getAssistant(g.assistant).name],
    })),
  });
};
