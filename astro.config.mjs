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
import { remarkRequireAlt } from './src/lib/remark-require-alt.mjs';
import { remarkKnownComponents } from './src/lib/remark-known-components.mjs';
import { headingAnchorOptions } from './src/lib/heading-anchors.mjs';
import { rehypeExternalLinks } from './src/lib/rehype-external-links.mjs';
import { siteChecks } from './src/integrations/site-checks.mjs';
import { buildInfo } from './src/integrations/build-info.mjs';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { cspConfig } from './src/lib/csp.ts';

// The content folder can be swapped for tests (fixtures build a tiny site of their own).
const contentDir = process.env.OTR_CONTENT_DIR ?? './content';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://off-the-record.example',
  // GitHub Pages serves a project site under /<repo>/ (set by .github/workflows/deploy.yml).
  base: process.env.BASE_PATH || undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Strict Content-Security-Policy on every page, with hashes (see src/lib/csp.ts).
  security: { csp: cspConfig },
  cacheDir: process.env.OTR_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP forbids; guides need no colours.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkRejectRawElements, remarkRequireAlt, remarkKnownComponents],
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions], rehypeExternalLinks],
    }),
  },
  integrations: [mdx(), siteChecks({ contentDir }), buildInfo(), securityHeaders()],
  vite: {
    plugins: [tailwindcss()],
  },
});
