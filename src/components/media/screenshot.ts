// Checks and layout for <Screenshot>. Kept out of the .astro file so it can be unit-tested.
import type { ImageMetadata } from 'astro';
import { platformIds, platforms, type PlatformId } from '../../data/platforms';

export type Platform = PlatformId;
export const platformLabel = (p: Platform): string => platforms[p].label;

function fail(message: string): never {
  throw new Error(`<Screenshot>: ${message}`);
}

/** The image's file name, for error messages. */
export function imageName(src: unknown): string {
  const path = typeof src === 'object' && src && 'src' in src ? String((src as ImageMetadata).src) : String(src);
  return path.split('?')[0].split('/').pop() ?? path;
}

const isImage = (value: unknown): value is ImageMetadata =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ImageMetadata).src === 'string' &&
  typeof (value as ImageMetadata).width === 'number' &&
  typeof (value as ImageMetadata).height === 'number';

const allowed = ['src', 'alt', 'caption', 'platform', 'captured', 'appVersion', 'dark', 'priority', 'width', 'illustration'];

/** Fails the build with a clear message when the props are wrong. */
export function checkScreenshotProps(input: object, today = new Date()): void {
  const props = input as Record<string, unknown>;
  for (const key of Object.keys(props)) {
    if (!allowed.includes(key)) fail(`unknown prop \`${key}\`. Allowed: ${allowed.join(', ')}.`);
  }
  const { src, alt, caption, platform, captured, appVersion, dark, width } = props;
  if (!isImage(src)) {
    fail(`\`src\` must be an imported local image (import shot from './shot.png'), got ${JSON.stringify(src)}.`);
  }
  const name = imageName(src);
  if (typeof alt !== 'string' || !alt.trim()) fail(`\`alt\` is required and must not be empty (image: ${name}).`);
  if (typeof caption !== 'string' || !caption.trim()) fail(`\`caption\` is required (image: ${name}).`);
  if (!platformIds.includes(platform as Platform)) {
    fail(`\`platform\` must be one of ${platformIds.join(', ')}; got "${String(platform)}" (image: ${name}).`);
  }
  if (typeof captured !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(captured) || Number.isNaN(Date.parse(captured))) {
    fail(`\`captured\` must be a date written YYYY-MM-DD; got "${String(captured)}" (image: ${name}).`);
  }
  if (new Date(`${captured}T00:00:00Z`).getTime() > today.getTime()) {
    fail(`\`captured\` ${captured} is in the future (image: ${name}).`);
  }
  if (appVersion !== undefined && (typeof appVersion !== 'string' || !appVersion.trim())) {
    fail(`\`appVersion\` must be a non-empty string when given (image: ${name}).`);
  }
  if (dark !== undefined) {
    if (!isImage(dark)) fail(`\`dark\` must be an imported local image (image: ${name}).`);
    const ratio = (i: ImageMetadata) => i.width / i.height;
    if (Math.abs(ratio(dark) / ratio(src) - 1) > 0.02) {
      fail(`the \`dark\` image ${imageName(dark)} must have the same shape as ${name}.`);
    }
  }
  if (props.priority !== undefined && typeof props.priority !== 'boolean') {
    fail(`\`priority\` is true or false (image: ${name}).`);
  }
  if (width !== undefined && (typeof width !== 'number' || !(width > 0))) {
    fail(`\`width\` must be a positive number of CSS pixels (image: ${name}).`);
  }
}

/**
 * Display size and the candidate widths: 1x and 2x the display width (plus half of it, for
 * small screens), never wider than the file, so no file is more than 2x its display width.
 */
export function screenshotLayout(src: ImageMetadata, platform: Platform, width?: number) {
  const wanted = width ?? (platform === 'ios' || platform === 'android' ? 320 : 720);
  const display = Math.min(Math.round(wanted), src.width);
  const height = Math.round((display * src.height) / src.width);
  const widths = [...new Set([Math.round(display / 2), display, display * 2])]
    .filter((w) => w <= src.width && w >= 160)
    .sort((a, b) => a - b);
  if (!widths.includes(display)) widths.push(display);
  return {
    width: display,
    height,
    widths: widths.sort((a, b) => a - b),
    sizes: `(min-width: ${display}px) ${display}px, 100vw`,
  };
}

const counters = new WeakMap<object, number>();
/** 0 for the first screenshot rendered for this request (page), then 1, 2 … */
export function nextIndex(request: object): number {
  const n = counters.get(request) ?? 0;
  counters.set(request, n + 1);
  return n;
}
