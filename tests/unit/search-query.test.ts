// The reader's-words rewriting used before every search, and which assistant a search prefers.
import { describe, expect, it } from 'vitest';
import { fallbackQueries, namedAssistant, preference, rewriteQuery } from '../../src/scripts/search/query';

describe("readers' words become the guides' words", () => {
  it.each([
    ['how do I stop chatgpt saving my chats', 'history chats'],
    ['does chatgpt train on my data', 'training'],
    ['close my openai account', 'delete account'],
    ['export chat history', 'export chats'],
    ['chat without history', 'chat history'],
    ['chat history & training', 'old chat history training'],
    ['gemini activity off', 'turn off activity'],
    ['turn memory off', 'turn off memory'],
    ['incognito chatgpt', 'temporary'],
    ['perplexity incognito', 'incognito'],
    ['grok private chat', 'private chat'],
    ['chatgpt', 'chatgpt'],
    ['forget what I told it', 'memory'],
    ['temprary chat', 'temporary chat'],
    ['opt out of training', 'training'],
    ['shared link google', 'shared link search'],
    ['two factor authentication', 'multi-factor authentication'],
    ['delete all chats', 'delete all chats'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert 1 >'],
    ['my', 'my'],
  ])('%s → %s', (typed, searched) => {
    expect(rewriteQuery(typed)).toBe(searched);
  });

  it('falls back to leaving one word out', () => {
    expect(fallbackQueries('stop chatgpt saved')).toEqual(['chatgpt saved', 'stop saved', 'stop chatgpt']);
    expect(fallbackQueries('memory')).toEqual([]);
  });
});

describe('which assistant a search prefers', () => {
  it('the one the query names, strongly', () => {
    expect(namedAssistant('delete claude chats')).toBe('Claude');
    expect(namedAssistant('close my OpenAI account')).toBe('ChatGPT');
    expect(namedAssistant('le chat memory')).toBe('Le Chat');
    expect(namedAssistant('stop training')).toBeNull();
    expect(preference('copilot training', 'Gemini')).toEqual({ assistant: 'Microsoft Copilot', boost: 3 });
  });

  it("otherwise the page's assistant, then ChatGPT, only as a tie-break", () => {
    const onClaude = preference('stop training', 'Claude');
    const nowhere = preference('stop training', null);
    expect(onClaude.assistant).toBe('Claude');
    expect(nowhere.assistant).toBe('ChatGPT');
    expect(nowhere.boost).toBeGreaterThan(1);
    expect(nowhere.boost).toBeLessThan(preference('chatgpt training', null).boost);
  });
});
