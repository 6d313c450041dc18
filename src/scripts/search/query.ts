/**
 * Turns what a worried reader types into words the guides use, before Pagefind searches.
 *
 * Pagefind returns only pages that contain every word of the query, so a natural question
 * ("how do I stop chatgpt saving my chats") finds nothing if one filler word ("my": the guides say
 * "your") is missing. We drop filler words and map a few readers' words onto the site's words.
 * The reader still sees their own words in the box and in "N results for …".
 */

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
  [/\b(?:a|one|single) (chat|conversation)\b/g, 'one $1'],
  [/\b(?:google|bing|search engines?)\b/g, 'search'],
  [/\btwo[- ]?(?:factor|step)\b/g, 'multi-factor'],
];

/** Common misspellings of the words that matter here (Pagefind has no fuzzy matching). */
const MISSPELLINGS: Record<string, string> = {
  temprary: 'temporary', tempory: 'temporary', temporay: 'temporary', temperary: 'temporary', temorary: 'temporary',
  trainng: 'training', traning: 'training', trainig: 'training',
  histroy: 'history', hisotry: 'history', acount: 'account', accout: 'account',
  memroy: 'memory', memmory: 'memory', delte: 'delete', deleet: 'delete', privacey: 'privacy', pirvacy: 'privacy',
  chatgtp: 'chatgpt', chatgbt: 'chatgpt', 'chat-gpt': 'chatgpt',
};

/** A reader's word → the word the guides use. Keep it short and obvious. */
const SYNONYMS: Record<string, string> = {
  incognito: 'temporary',
  private: 'temporary',
  temp: 'temporary',
  forget: 'memory',
  forgets: 'memory',
  remember: 'memory',
  remembers: 'memory',
  memories: 'memory',
  saving: 'saved',
  save: 'saved',
  saves: 'saved',
  stores: 'stores',
  erase: 'delete',
  remove: 'delete',
  wipe: 'delete',
  clear: 'delete',
  close: 'delete',
  download: 'export',
  copy: 'export',
  gdpr: 'rights',
  '2fa': 'multi-factor',
  mfa: 'multi-factor',
  teach: 'training',
  train: 'training',
  trains: 'training',
  trained: 'training',
  learn: 'training',
  learns: 'training',
  optout: 'opt out',
  start: 'start',
  begin: 'start',
};

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

/** Queries to try, best first, when the full query finds nothing: each one leaves one word out. */
export function fallbackQueries(rewritten: string): string[] {
  const words = rewritten.split(' ');
  if (words.length < 2) return [];
  return words.map((_, i) => words.filter((__, j) => j !== i).join(' '));
}
