// One link-preview image per guide, at /og/<assistant>/<slug>.png (built once, at build time).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssistant } from '../../../data/assistants';
import { site } from '../../../data/site';
import { formatDate, getGuides, type GuideRef } from '../../../lib/guides';
import { renderOgImage } from '../../../lib/og-image';

export const getStaticPaths = (async () => {
  const guides = await getGuides();
  return guides.map((guide) => ({ params: { assistant: guide.assistant, slug: guide.slug }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: GuideRef }> = async ({ props }) => {
  const { data } = props.guide.entry;
  const png = await renderOgImage(
    { title: data.title, kicker: getAssistant(data.assistant).name, footer: `Last verified ${formatDate(data.lastVerified)}` },
    site.name,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
