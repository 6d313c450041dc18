// Reading one assistant's facts for the guides' <Fact> and <FactSheet> (content/data/assistants.yaml,
// checked when the site builds). Names are checked again here for pages that are not guides; in a
// guide, src/lib/remark-facts.mjs has already stopped the build with the file and line.
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
  if (!entry) throw new Error(`<${component} assistant="${assistant}">: no facts for it (content/data/assistants.yaml is missing from this build).`);
  return (names as FactKey[]).map((key) => ({
    key,
    label: FACTS.find((f) => f.key === key)!.label,
    fact: entry.data.facts[key] as ResolvedFact,
  }));
}

/** Numbers sources 1, 2, 3 … in the order they are first cited. */
export function sourceNumbers() {
  const numbers = new Map<string, number>();
  return (source: Source) => {
    if (!numbers.has(source.id)) numbers.set(source.id, numbers.size + 1);
    return numbers.get(source.id)!;
  };
}
