// The reader's-words rewriting used before every search.
import { describe, expect, it } from 'vitest';
import { fallbackQueries, rewriteQuery } from '../../src/scripts/search/query';

describe("readers' words become the guides' words", () => {
  it.each([
    // "stop saving" is searched as typed: the guides that answer it carry it in their keywords.
    ['how do I stop chatgpt saving my chats', 'stop chatgpt saving chats'],
    // "a" is a filler word; "one" would also find "OneDrive" (Pagefind matches word starts).
    ['delete a chat', 'delete chat'],
    ['does chatgpt train on my data', 'chatgpt train'],
    ['close my open ai account', 'close openai account'],
    ['export chat history', 'export chats'],
    ['chat without history', 'chat history'],
    ['chat history & training', 'old chat history training'],
    ['gemini activity off', 'gemini turn off activity'],
    ['turn memory off', 'turn off memory'],
    ['wipe my chat gpt history', 'delete chatgpt history'],
    ['temprary chat', 'temporary chat'],
    ['opt out of training', 'training'],
    ['two factor authentication', 'multi-factor authentication'],
    ['delete all chats', 'delete all chats'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert 1 >'],
    ['my', 'my'],
  ])('%s → %s', (typed, searched) => {
    expect(rewriteQuery(typed)).toBe(searched);
  });

  it('keeps the assistant a query names: it is searched, and left out last when nothing has every word', () => {
    expect(rewriteQuery('deepseek delete chat history')).toBe('deepseek delete chat history');
    expect(fallbackQueries('deepseek delete chat')).toEqual(['deepseek chat', 'deepseek delete', 'delete chat']);
    expect(fallbackQueries('stop training saved')).toEqual(['training saved', 'stop saved', 'stop training']);
    expect(fallbackQueries('memory')).toEqual([]);
  });
});
