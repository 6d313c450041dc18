// The comparison site for `npm run bench`: the same synthetic guides and MDX components, rendered by
// a bare Astro + MDX + Tailwind page with no site chrome (no header, TOC, sources, checks, search).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: 'https://bench.example',
  cacheDir: process.env.OTR_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
