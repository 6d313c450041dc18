// Real captures that replace drawings: `src/assets/captures/<assistant>/<name>.png` (or .jpg, .jpeg,
// .webp) plus the sidecar `<name>.json`. When both exist, <Illustration name="<assistant>/<name>" />
// shows the capture instead of the drawing (alt text, callouts and cited sources still come from the
// drawing's metadata). Fixture builds point the `@captures` alias elsewhere (OTR_CAPTURES_DIR).
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { platformIds, type PlatformId } from '../../data/platforms';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a real date');

export const captureSidecarSchema = z.strictObject({
  captured: date,
  platform: z.enum(platformIds),
  appVersion: z.string().trim().min(1).optional(),
  /** File name of the dark-mode capture, next to the light one: "web-data-controls.dark.png". */
  dark: z
    .string()
    .regex(/^[\w.-]+\.(png|jpe?g|webp)$/, 'a file name next to the capture, e.g. "<name>.dark.png"')
    .optional(),
});
export type CaptureSidecar = z.infer<typeof captureSidecarSchema>;

export interface Capture {
  src: ImageMetadata;
  dark?: ImageMetadata;
  captured: string;
  platform: PlatformId;
  appVersion?: string;
}

/** What the globs return: file path (ending "<assistant>/<file>") → module default. */
export interface CaptureFiles {
  images: Record<string, ImageMetadata>;
  sidecars: Record<string, unknown>;
}

const IMAGE = /\.(png|jpe?g|webp)$/;
/** "…/chatgpt/web-data-controls.png" → "chatgpt/web-data-controls.png" */
const tail = (path: string) => path.split('/').slice(-2).join('/');
/** Where a maintainer finds the file. */
const shown = (path: string) => `src/assets/captures/${tail(path)}`;

/**
 * The capture for an illustration name, or undefined when there is none. Throws, naming the file and
 * the field, when a capture has no sidecar, a sidecar no capture, or a sidecar is wrong.
 */
export function findCapture(
  name: string,
  files: CaptureFiles,
  illustrationPlatforms: readonly PlatformId[],
  today = new Date(),
): Capture | undefined {
  const images = new Map(Object.entries(files.images).map(([path, image]) => [tail(path), { path, image }]));
  const sidecarEntry = Object.entries(files.sidecars).find(([path]) => tail(path) === `${name}.json`);
  const light = [...images.keys()].filter((key) => key.replace(IMAGE, '') === name);
  if (light.length > 1) throw new Error(`Captures: ${light.map(shown).join(' and ')} are the same screen; keep one.`);
  if (!sidecarEntry) {
    if (light.length) {
      throw new Error(
        `Capture ${shown(images.get(light[0])!.path)} has no ${shown(`${name}.json`)} ` +
          '(write { "captured": "YYYY-MM-DD", "platform": "web" } next to it).',
      );
    }
    return undefined;
  }
  const [jsonPath, raw] = sidecarEntry;
  const file = shown(jsonPath);
  if (!light.length) throw new Error(`Capture sidecar ${file} has no image ${name.split('/')[1]}.png (or .jpg, .webp) next to it.`);
  const parsed = captureSidecarSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `\`${i.path.join('.') || '(file)'}\`: ${i.message}`);
    throw new Error(`Capture sidecar ${file}: ${problems.join('; ')}.`);
  }
  const sidecar = parsed.data;
  if (new Date(`${sidecar.captured}T00:00:00Z`).getTime() > today.getTime()) {
    throw new Error(`Capture sidecar ${file}: \`captured\` ${sidecar.captured} is in the future.`);
  }
  if (!illustrationPlatforms.includes(sidecar.platform)) {
    throw new Error(
      `Capture sidecar ${file}: \`platform\` "${sidecar.platform}" is not a platform the drawing shows ` +
        `(${illustrationPlatforms.join(', ')}).`,
    );
  }
  let dark: ImageMetadata | undefined;
  if (sidecar.dark) {
    const key = `${name.split('/')[0]}/${sidecar.dark}`;
    dark = images.get(key)?.image;
    if (!dark) throw new Error(`Capture sidecar ${file}: \`dark\` names ${shown(key)}, which does not exist.`);
  }
  return {
    src: images.get(light[0])!.image,
    dark,
    captured: sidecar.captured,
    platform: sidecar.platform,
    appVersion: sidecar.appVersion,
  };
}

let projectFiles: CaptureFiles | undefined;
/** The project's captures (or a fixture's, through the `@captures` alias). */
export function captureFiles(): CaptureFiles {
  projectFiles ??= {
    images: import.meta.glob<ImageMetadata>('@captures/*/*.{png,jpg,jpeg,webp}', { import: 'default', eager: true }),
    sidecars: import.meta.glob<unknown>('@captures/*/*.json', { import: 'default', eager: true }),
  };
  return projectFiles;
}
