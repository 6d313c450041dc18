/**
 * The assistants this site covers. One list, used by the content schema (a guide's `assistant` must be
 * one of these ids), by the navigation and by the assistant pages. Order here is display order.
 */
export interface Assistant {
  /** URL segment and the value writers put in a guide's `assistant` field. */
  id: string;
  /** Name as readers know it. */
  name: string;
  /** Company that runs it. */
  vendor: string;
  /**
   * Every other word a reader may use to mean it: the company, earlier names, the products it lives
   * in. Site search indexes these on each of its guides with weight (src/lib/search-index.ts), so a
   * query naming any of them ranks this assistant's guides first.
   */
  searchNames: readonly string[];
}

export const assistants = [
  { id: 'chatgpt', name: 'ChatGPT', vendor: 'OpenAI', searchNames: ['GPT', 'Chat GPT'] },
  { id: 'claude', name: 'Claude', vendor: 'Anthropic', searchNames: [] },
  { id: 'gemini', name: 'Gemini', vendor: 'Google', searchNames: ['Bard', 'Google Gemini'] },
  { id: 'copilot', name: 'Microsoft Copilot', vendor: 'Microsoft', searchNames: ['Copilot', 'Bing', 'Bing Chat'] },
  { id: 'meta-ai', name: 'Meta AI', vendor: 'Meta', searchNames: ['Facebook', 'Instagram', 'WhatsApp', 'Messenger', 'Llama'] },
  { id: 'perplexity', name: 'Perplexity', vendor: 'Perplexity AI', searchNames: [] },
  { id: 'grok', name: 'Grok', vendor: 'xAI', searchNames: ['Twitter', 'X AI'] },
  { id: 'deepseek', name: 'DeepSeek', vendor: 'DeepSeek', searchNames: ['Deep Seek'] },
  { id: 'le-chat', name: 'Le Chat', vendor: 'Mistral AI', searchNames: ['Mistral'] },
] as const satisfies readonly Assistant[];

export type AssistantId = (typeof assistants)[number]['id'];

export const assistantIds = assistants.map((a) => a.id) as [AssistantId, ...AssistantId[]];

export function getAssistant(id: string): Assistant {
  const found = assistants.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown assistant "${id}". Allowed: ${assistantIds.join(', ')}.`);
  return found;
}
