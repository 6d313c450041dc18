import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from '../../../../lib/guide-schema';

const contentDir = process.env.OTR_CONTENT_DIR ?? './content';

export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '**/[^_]*.mdx', base: `${contentDir}/guides` }), schema: guideSchema }),
};
