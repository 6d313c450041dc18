/**
 * Turns what a worried reader types into words the guides use, before Pagefind searches.
 *
 * Pagefind returns only pages that contain every word of the query, so a natural question
 * ("how do I stop chatgpt saving my chats") finds nothing if one filler word ("my": the guides say
 * "your") is missing. We drop filler words, fix common misspellings and turn a few phrasings into
 * the guides' words. The reader still sees their own words in the box and in "N results for …".
 *
 * What is about one guide lives in that guide, not here: its frontmatter `keywords` (the words
 * readers type that its text does not use) and its assistant's names (src/data/assistants.ts) are
 * indexed as weighted metadata (src/lib/search-index.ts), so Pagefind's own ranking puts the right
 * guide, and the named assistant's guides, first. Nothing here reorders results.
 */
import { assistants } from '../../data/assistants';

/** Words that carry no meaning for these guides. */
const FILLER = new Set(
  `a an the i me my mine im i'm it its it's is are was were be been do does did doing done can could should would will
   how what where when why which who whom whose there their them they this that these those to of on in at by for from
   with without about into onto up out over so as if or and but not no yes please just really still ever even any some
   you your yours we our us he she his her want wants wanted need needs make makes made get gets getting got let lets way
   told tell say said see know`.split(/\s+/),
);

/** Phrases a reader types → the guides' phrasing. */
const PHRASES: [RegExp, string][] = [
  [/\bopt(?:ing)?[- ]?out( of)?\b/g, ' '],
  // "does it train on my data": the question is about training, not about the data download.
  [/\b(train(?:s|ed|ing)?) on (?:my|your|our|the)? ?(?:data|chats?|conversations?|info(?:rmation)?|prompts?)\b/g, '$1'],
  // Two-word spellings of one-word names.
  [/\bopen ai\b/g, 'openai'],
  [/\bchat[- ]gpt\b/g, 'chatgpt'],
  [/\bdeep seek\b/g, 'deepseek'],
  // "activity off", "turn memory off": the guides say "Turn off Keep Activity", "turn memory off".
  [/\b(?:turn |switch |shut )?(?!(?:turn|switch|shut|opt)\b)(\w+) off\b/g, 'turn off $1'],
  // "Chat history & training" is the name of a switch OpenAI removed in 2024; the guides call it
  // "the old" setting, and What changed explains it (Pagefind's quoted phrase search finds nothing
  // here: the "&" is not indexed).
  [/\bchat history (?:&|and|\+) training\b/g, 'old chat history training'],
  // "export my chat history": the export guide says "chats"; "chat history" alone means Temporary Chat.
  [/\b(export|download|copy|save)((?: (?:my|your|all|the|of))*) (?:chat |conversation )?history\b/g, '$1$2 chats'],
  [/\btwo[- ]?(?:factor|step)\b/g, 'multi-factor'],
];

/** Common misspellings of the words that matter here (Pagefind has no fuzzy matching). */
const MISSPELLINGS: Record<string, string> = {
  temprary: 'temporary',
  tempory: 'temporary',
  temporay: 'temporary',
  temperary: 'temporary',
  temorary: 'temporary',
  trainng: 'training',
  traning: 'training',
  trainig: 'training',
  histroy: 'history',
  hisotry: 'history',
  acount: 'account',
  accout: 'account',
  memroy: 'memory',
  memmory: 'memory',
  delte: 'delete',
  deleet: 'delete',
  privacey: 'privacy',
  pirvacy: 'privacy',
  chatgtp: 'chatgpt',
  chatgbt: 'chatgpt',
  'chat-gpt': 'chatgpt',
};

/**
 * A reader's word → the word every assistant's guides use for the same thing. Only words that mean
 * the same in every guide belong here; a word for one guide's subject goes in that guide's
 * `keywords` instead. (Pagefind stems English words itself: "trains", "trained" find "training".)
 */
const SYNONYMS: Record<string, string> = {
  erase: 'delete',
  remove: 'delete',
  wipe: 'delete',
  clear: 'delete',
  teach: 'training',
  learn: 'training',
  learns: 'training',
  optout: 'opt out',
};

/** Words of every assistant's names (src/data/assistants.ts), the query words kept longest. */
const NAME_WORDS = new Set(
  assistants
    .flatMap((a) => [a.name, a.vendor, ...a.searchNames])
    .flatMap((n) => n.toLowerCase().split(/\s+/))
    .filter((w) => w.length > 2 && w !== 'chat'),
);

export function rewriteQuery(term: string): string {
  let text = term.toLowerCase();
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const words = text
    .replace(/[“”"?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !FILLER.has(w)).map((w) => MISSPELLINGS[w] ?? SYNONYMS[w] ?? w);
  // Never turn a query into nothing: a query of only filler words is searched as typed.
  return kept.length ? [...new Set(kept)].join(' ') : term;
}

/**
 * Queries to try, best first, when the full query finds nothing: each one leaves one word out. Words
 * that name an assistant are left out last, so "deepseek delete chat history" still prefers DeepSeek.
 */
export function fallbackQueries(rewritten: string): string[] {
  const words = rewritten.split(' ');
  if (words.length < 2) return [];
  const order = words.map((w, i) => ({ w, i })).sort((a, b) => Number(NAME_WORDS.has(a.w)) - Number(NAME_WORDS.has(b.w)) || a.i - b.i);
  return order.map(({ i }) => words.filter((_, j) => j !== i).join(' '));
}
