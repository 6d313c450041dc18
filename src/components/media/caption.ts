// The caption under every illustration.
import { getAssistant } from '../../data/assistants';
import type { PlatformId } from '../../data/platforms';
import type { IllustrationMeta } from '../../illustrations';

const platformPhrase: Record<PlatformId, string> = {
  web: 'on the web',
  ios: 'on iPhone and iPad',
  android: 'on Android',
  macos: 'in the Mac app',
  windows: 'in the Windows app',
};

/** "on the web", "in the iPhone and Android apps" … */
export function platformsPhrase(ids: readonly PlatformId[]): string {
  const set = new Set(ids);
  if (set.size === 2 && set.has('ios') && set.has('android')) return 'in the iPhone and Android apps';
  const parts = [...set].map((id) => platformPhrase[id]);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * "Illustration: ChatGPT on the web, Settings > Data controls. Drawn from OpenAI’s Data Controls
 * FAQ (undated copy, after 2024)." Always starts with "Illustration:", names the app screen and
 * the dated description the drawing follows.
 */
export function captionFor(name: string, meta: IllustrationMeta): string {
  const app = getAssistant(name.split('/')[0]).name;
  const first = `Illustration: ${app} ${platformsPhrase(meta.platforms)}, ${meta.screen}.`;
  const follows = `Drawn from ${meta.follows.source} (${meta.follows.date}).`;
  return [first, follows, meta.note].filter(Boolean).join(' ');
}

/**
 * The caption of a real capture shown in place of a drawing: "ChatGPT on the web, Settings > Data
 * controls." (<Screenshot> adds "Screenshot: Web · captured YYYY-MM-DD" after it; never "Illustration").
 */
export function captureCaptionFor(name: string, meta: IllustrationMeta, platform: PlatformId): string {
  const app = getAssistant(name.split('/')[0]).name;
  return `${app} ${platformsPhrase([platform])}, ${meta.screen}.`;
}

/** The drawing's alt text, said of a capture: "Drawing of the …" becomes "Screenshot of the …". */
export function captureAlt(alt: string): string {
  return alt.replace(/^Drawing of /, 'Screenshot of ');
}
