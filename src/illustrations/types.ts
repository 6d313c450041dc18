import type { PlatformId } from '../data/platforms';

/**
 * Metadata for one UI illustration. The drawing itself is `<assistant>/<name>.svg` next to the
 * `<assistant>/index.ts` that holds this record under the key `<name>`.
 */
export interface IllustrationMeta {
  /** The app screen the drawing represents, in plain words: "Settings, Data controls". */
  screen: string;
  /** Where that screen is: one platform, or several when the apps share it. */
  platforms: readonly PlatformId[];
  /**
   * The description the drawing follows: the source as readers know it and its date (both shown in the
   * caption), and its registry ids (content/sources/*.yaml), whose quotes must hold every drawn label.
   */
  follows: {
    /** Source title as readers know it: "OpenAI’s Data Controls FAQ". */
    source: string;
    /** The source's date as the registry gives it: "undated, 2026 copy", "2026-02". */
    date: string;
    /** Registry ids of the sources it follows: ["openai-data-controls-faq"]. The page that shows the drawing cites them. */
    ids: readonly string[];
  };
  /** Accessible name of the drawing (what a screen-reader user hears instead of seeing it). */
  alt: string;
  /**
   * What each numbered callout marks, in click order. Item 1 is callout "1" in the SVG, and so
   * on; the SVG must draw exactly this many callouts.
   */
  callouts: readonly string[];
  /** Optional extra caption sentence, e.g. where sources disagree about the screen. */
  note?: string;
}

/** Helper that type-checks an assistant's metadata file while keeping its literal keys. */
export function defineIllustrations<const T extends Record<string, IllustrationMeta>>(meta: T): T {
  return meta;
}
