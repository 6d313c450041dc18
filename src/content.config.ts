import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema';

// Writers' content lives outside src/ (content/guides/<assistant>/<slug>.mdx). Tests point
// OTR_CONTENT_DIR at fixture folders to check the errors a writer gets.
const contentDir = process.env.OTR_CONTENT_DIR ?? './content';

const guides = defineCollection({
  // Files starting with "_" are notes or partials, never pages.
  loader: glob({ pattern: ['**/[^_]*.mdx'], base: `${contentDir}/guides` }),
  schema: guideSchema,
});

export const collections = { guides };
