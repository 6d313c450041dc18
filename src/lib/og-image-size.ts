/** Link-preview image size (Open Graph's recommended 1.91:1). Kept apart from og-image.ts so pages
 * can read it without loading the renderer. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
