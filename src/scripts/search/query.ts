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
  // "stop it saving my chats": the guides say a chat is kept "out of your history".
  [/\b(?:stop|don'?t|not|without) ((?:chatgpt |it |them |\w+ )?)(?:saving|storing|keeping|recording|save|store|keep)\b/g, '$1 history'],
  // "does it train on my data": the question is about training, not about the data download.
  [/\b(train(?:s|ed|ing)?) on (?:my|your|our|the)? ?(?:data|chats?|conversations?|info(?:rmation)?|prompts?)\b/g, '$1'],
  // "my OpenAI account" is the ChatGPT account the guides talk about.
  [/\bopen ?ai account\b/g, 'account'],
  // "activity off", "turn memory off": the guides say "Turn off Keep Activity", "turn memory off".
  [/\b(?:turn |switch |shut )?(?!(?:turn|switch|shut|opt)\b)(\w+) off\b/g, 'turn off $1'],
  // "Chat history & training" is the name of a switch OpenAI removed in 2024; the guides call it
  // "the old" setting, and What changed explains it (Pagefind's quoted phrase search finds nothing
  // here: the "&" is not indexed).
  [/\bchat history (?:&|and|\+) training\b/g, 'old chat history training'],
  // "export my chat history": the export guide says "chats"; "chat history" alone means Temporary Chat.
  [/\b(export|download|copy|save)((?: (?:my|your|all|the|of))*) (?:chat |conversation )?history\b/g, '$1$2 chats'],
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

/** Reader's words that are an assistant's own name for a feature: kept as typed when the query names it. */
const OWN_WORDS: Record<string, string[]> = {
  Claude: ['incognito'],
  'Meta AI': ['incognito'],
  Perplexity: ['incognito'],
  Grok: ['private'],
};

export function rewriteQuery(term: string): string {
  let text = term.toLowerCase();
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const words = text
    .replace(/[“”"?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const own = OWN_WORDS[namedAssistant(term) ?? ''] ?? [];
  let kept = words.filter((w) => !FILLER.has(w)).map((w) => MISSPELLINGS[w] ?? (own.includes(w) ? w : SYNONYMS[w]) ?? w);
  // An assistant's name says which guides the reader wants, not which words: every guide of that
  // assistant has the name in its title, which would outweigh the words that matter. The name
  // becomes a preference instead (see preferredAssistant).
  const topical = kept.filter((w) => !ASSISTANT_NAME_WORDS.has(w));
  if (topical.length) kept = topical;
  // Never turn a query into nothing: a query of only filler words is searched as typed.
  return kept.length ? [...new Set(kept)].join(' ') : term;
}

/** Queries to try, best first, when the full query finds nothing: each one leaves one word out. */
export function fallbackQueries(rewritten: string): string[] {
  const words = rewritten.split(' ');
  if (words.length < 2) return [];
  return words.map((_, i) => words.filter((__, j) => j !== i).join(' '));
}

/**
 * Words that name an assistant (or its company), and the assistant filter value they mean.
 * Searched in the query as typed (before misspellings are fixed, so the usual ones are listed).
 */
const ASSISTANT_WORDS: [RegExp, string][] = [
  [/\b(?:chat-?gpt|chatgtp|chatgbt|openai|open ai|gpt)\b/, 'ChatGPT'],
  [/\b(?:claude|anthropic)\b/, 'Claude'],
  [/\b(?:gemini|bard)\b/, 'Gemini'],
  [/\b(?:copilot|microsoft)\b/, 'Microsoft Copilot'],
  [/\b(?:meta ai|meta|llama)\b/, 'Meta AI'],
  [/\bperplexity\b/, 'Perplexity'],
  [/\b(?:grok|xai)\b/, 'Grok'],
  [/\bdeepseek\b/, 'DeepSeek'],
  [/\b(?:le chat|mistral)\b/, 'Le Chat'],
];

/** Single words that only name an assistant or its company: dropped from the searched words. */
const ASSISTANT_NAME_WORDS = new Set(['chatgpt', 'openai', 'gpt', 'claude', 'anthropic', 'gemini', 'bard', 'copilot', 'perplexity', 'grok', 'xai', 'deepseek', 'mistral']);

/** The site's main subject: preferred when neither the query nor the page names an assistant. */
export const DEFAULT_ASSISTANT = 'ChatGPT';

/** The assistant a query names ("delete claude chats" → "Claude"), or null. */
export function namedAssistant(term: string): string | null {
  const text = term.toLowerCase();
  return ASSISTANT_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * Whose guides a search prefers, and how strongly. Pagefind ranks by words only and cannot prefer
 * one assistant, and every assistant has a guide on the same subject with the same kind of title
 * ("Stop Grok training on your chats"), so this is done after Pagefind ranks: the preferred
 * assistant's results get their score multiplied by `boost`, and the list is sorted again.
 * Nothing is removed: every other assistant's results stay in the list, and in the filter counts.
 *
 * - The query names an assistant ("delete claude chats"): that assistant, strongly (its name is
 *   not searched as a word, see rewriteQuery).
 * - Otherwise, the assistant of the guide the reader is on, as a tie-break.
 * - Otherwise ChatGPT, the site's main subject, as a tie-break.
 */
export function preference(term: string, pageAssistant: string | null): { assistant: string; boost: number } {
  const named = namedAssistant(term);
  if (named) return { assistant: named, boost: NAMED_BOOST };
  return { assistant: pageAssistant || DEFAULT_ASSISTANT, boost: TIE_BREAK_BOOST };
}

/**
 * A tie-break: enough to win between two assistants' guides on the same subject (scores within
 * about 30% of each other), not enough to lift a guide that barely matches above one that is
 * about the query.
 */
export const TIE_BREAK_BOOST = 1.4;
/** The reader named the assistant: its guides come before other assistants' unless they barely match. */
export const NAMED_BOOST = 3;
