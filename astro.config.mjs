// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
// Markdown processor: Astro 7 renders Markdown/MDX with its Rust processor (satteri) by default, and
// that processor ignores remark/rehype plugins. This site needs plugins for writer safety (reject raw
// <script>/<style> in MDX) and for heading anchor links, so we choose the unified processor on purpose.
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkRejectRawElements } from './src/lib/remark-reject-raw-elements.mjs';
import { headingAnchorOptions } from './src/lib/heading-anchors.mjs';
import { siteChecks } from './src/integrations/site-checks.mjs';
import { buildInfo } from './src/integrations/build-info.mjs';
import { pagefindIndex } from './src/integrations/pagefind.mjs';

// The content folder can be swapped for tests (fixtures build a tiny site of their own).
const contentDir = process.env.OTR_CONTENT_DIR ?? './content';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://off-the-record.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: process.env.OTR_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkRejectRawElements],
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions]],
    }),
  },
  integrations: [mdx(), siteChecks({ contentDir }), buildInfo(), pagefindIndex()],
  vite: {
    plugins: [tailwindcss()],
  },
});
