// Reading one assistant's facts for the guides' <Fact> and <FactSheet> (content/data/assistants.yaml,
// checked when the site builds). Names are checked again here for pages that are not guides; in a
// guide, src/lib/markdown/checks/facts.mjs has already stopped the build with the file and line.
import { getEntry } from 'astro:content';
import { assistantIds } from '../data/assistants';
import { FACTS, FACT_KEYS, type FactKey, type ResolvedFact, type Source } from '../data/comparison';

export async function factsOf(component: string, assistant: string, names: readonly string[]) {
  if (!(assistantIds as readonly string[]).includes(assistant)) {
    throw new Error(`<${component} assistant="${assistant}">: unknown assistant. Allowed: ${assistantIds.join(', ')}.`);
  }
  for (const name of names) {
    if (!(FACT_KEYS as readonly string[]).includes(name)) {
      throw new Error(`<${component}>: unknown fact "${name}". Allowed: ${FACT_KEYS.join(', ')}.`);
    }
  }
  const entry = await getEntry('comparison', assistant);
  if (!entry)
    throw new Error(`<${component} assistant="${assistant}">: no facts for it (content/data/assistants.yaml is missing from this build).`);
  return (names as FactKey[]).map((key) => ({
    key,
    label: FACTS.find((f) => f.key === key)!.label,
    fact: entry.data.facts[key] as ResolvedFact,
  }));
}

/**
 * How a guide cites a fact's sources. `listed` holds the ids of the guide's own source list, in order
 * (added by src/lib/markdown/facts.mjs from the frontmatter): a source found there is cited by its number in
 * that list, linking to it. Any other source links to its page directly, numbered after the list.
 */
export function guideCitations(listed = '') {
  const ids = listed.split(' ');
  const extra = new Map<string, number>();
  return (source: Source) => {
    const i = source.id ? ids.indexOf(source.id) : -1;
    if (i >= 0) return { n: i + 1, external: false };
    if (!extra.has(source.id)) extra.set(source.id, ids.filter(Boolean).length + extra.size + 1);
    return { n: extra.get(source.id)!, external: true };
  };
}
