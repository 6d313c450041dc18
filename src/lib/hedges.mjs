// Hedge phrases: words that tell a reader "we are not sure" instead of giving the answer. A guide may
// need a few ("not documented" after a search that it names), but many mean research left undone.
// tests/unit/hedges.test.ts prints the count per guide and holds each assistant under a limit.

/** One pattern per phrase, case-insensitive; counted per occurrence in the guide's body (not its frontmatter). */
export const HEDGE_PATTERNS = [
  /our sources do(?: not|n['’]t)/gi,
  /not documented/gi,
  /unconfirmed/gi,
  /not confirmed/gi,
  /we could not/gi,
  /could not confirm/gi,
  /sources disagree/gi,
  /we found no/gi,
  /we did not find/gi,
  /\bunclear\b/gi,
  /as far as we know/gi,
];

/** @param {string} mdx a guide file @returns {{ total: number, byPhrase: Record<string, number> }} */
export function countHedges(mdx) {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const byPhrase = {};
  let total = 0;
  for (const re of HEDGE_PATTERNS) {
    const n = body.match(re)?.length ?? 0;
    if (n) byPhrase[re.source] = n;
    total += n;
  }
  return { total, byPhrase };
}
