// Where the site lives: SITE_URL is its origin (canonical URLs, previews, feed, sitemap, and the
// address `npm run sources:check` gives in its User-Agent). Read here only; BASE_PATH is read in
// astro.config.mjs and normalised by src/lib/base-path.mjs.
export const DEFAULT_SITE_URL = 'https://off-the-record.example';

/** The site's origin: $SITE_URL, or the placeholder the project builds with by default. */
export const siteOrigin = (env = process.env) => env.SITE_URL || DEFAULT_SITE_URL;
