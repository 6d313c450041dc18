/**
 * JSON-LD (schema.org) for search engines: Article + BreadcrumbList on guides, WebSite on the home
 * page. Plain objects; SeoHead.astro serialises them. Dates are days (YYYY-MM-DD).
 */
import type { Assistant } from '../data/assistants';
import { site } from '../data/site';
import { withBase, type GuideRef } from './guides';

const day = (d: Date) => d.toISOString().slice(0, 10);
const abs = (path: string, origin: URL | undefined) => new URL(path, origin ?? 'http://localhost/').href;

function publisher(origin: URL | undefined) {
  return { '@type': 'Organization', name: site.name, url: abs(withBase('/'), origin) };
}

export function guideJsonLd({
  guide,
  assistant,
  site: origin,
  image,
}: {
  guide: GuideRef;
  assistant: Assistant;
  site: URL | undefined;
  image: string;
}) {
  const data = guide.entry.data;
  const url = abs(withBase(guide.path), origin);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: data.title,
      description: data.description,
      url,
      mainEntityOfPage: url,
      image: abs(image, origin),
      datePublished: day(data.published),
      // lastVerified is the day every fact was last checked: the honest "modified" date.
      dateModified: day(data.lastVerified),
      inLanguage: site.lang,
      about: `${assistant.name} (${assistant.vendor})`,
      author: publisher(origin),
      publisher: publisher(origin),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: abs(withBase('/'), origin) },
        { '@type': 'ListItem', position: 2, name: assistant.name, item: abs(withBase(`/${assistant.id}/`), origin) },
        { '@type': 'ListItem', position: 3, name: data.title, item: url },
      ],
    },
  ];
}

export function websiteJsonLd(origin: URL | undefined) {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      description: site.description,
      url: abs(withBase('/'), origin),
      inLanguage: site.lang,
      publisher: publisher(origin),
    },
  ];
}
