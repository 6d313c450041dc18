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
}

export const assistants = [
  { id: 'chatgpt', name: 'ChatGPT', vendor: 'OpenAI' },
  { id: 'claude', name: 'Claude', vendor: 'Anthropic' },
  { id: 'gemini', name: 'Gemini', vendor: 'Google' },
  { id: 'copilot', name: 'Microsoft Copilot', vendor: 'Microsoft' },
  { id: 'meta-ai', name: 'Meta AI', vendor: 'Meta' },
  { id: 'perplexity', name: 'Perplexity', vendor: 'Perplexity AI' },
  { id: 'grok', name: 'Grok', vendor: 'xAI' },
  { id: 'deepseek', name: 'DeepSeek', vendor: 'DeepSeek' },
  { id: 'le-chat', name: 'Le Chat', vendor: 'Mistral AI' },
] as const satisfies readonly Assistant[];

export type AssistantId = (typeof assistants)[number]['id'];

export const assistantIds = assistants.map((a) => a.id) as [AssistantId, ...AssistantId[]];

export function getAssistant(id: string): Assistant {
  const found = assistants.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown assistant "${id}". Allowed: ${assistantIds.join(', ')}.`);
  return found;
}
