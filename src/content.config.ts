import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema';
import { AssistantComparisonSchema } from './data/comparison';
import { comparisonLoader } from './lib/comparison-loader';
import { contentDir as contentDirOf, guidesDir } from './lib/site-paths.mjs';

// Writers' content lives outside src/ (content/guides/<assistant>/<slug>.mdx). Tests point
// OTR_CONTENT_DIR at fixture folders to check the errors a writer gets.
const contentDir = contentDirOf();

const guides = defineCollection({
  // Files starting with "_" are notes or partials, never pages.
  loader: glob({ pattern: ['**/[^_]*.mdx'], base: guidesDir(contentDir) }),
  schema: guideSchema,
});

// What each assistant does with your chats (the /compare/ page): one YAML file, checked as a whole
// (every source id resolves, every fact has a source unless "Not documented"). A broken rule stops
// the build. Test builds with their own content folder may leave the file out.
const comparison = defineCollection({
  loader: comparisonLoader(`${contentDir}/data/assistants.yaml`, { optional: contentDir !== './content' }),
  schema: AssistantComparisonSchema,
});

export const collections = { guides, comparison };
