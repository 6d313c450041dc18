// The site-wide link-preview image, for every page that is not a guide.
import type { APIRoute } from 'astro';
import { site } from '../../data/site';
import { renderOgImage } from '../../lib/og-image';

export const GET: APIRoute = async () => {
  const png = await renderOgImage({ title: site.tagline, footer: 'Plain guides · dated · sourced · no tracking' }, site.name);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
