/** Site-wide words and settings used by the layouts. */
export const site = {
  name: 'Off the Record',
  tagline: 'Keep AI chat assistants from keeping your conversations.',
  description:
    'Plain, dated, sourced guides to turning off training, history and memory in ChatGPT and other AI assistants, deleting what is stored, and checking it worked.',
  lang: 'en',
  /** A guide verified longer ago than this shows a "may be out of date" notice. */
  staleAfterDays: 180,
} as const;
