// Registry of the UI illustrations: `<assistant>/<name>.svg` + the `<name>` record in
// `<assistant>/index.ts`. The SVG sources are readable files written by
// src/tooling/draw-illustrations.mjs (screens in src/tooling/illustrations/); they are optimized with svgo here, at build time.
import { optimize, type Config } from 'svgo';
import type { IllustrationMeta } from './types';

export type { IllustrationMeta } from './types';

const svgFiles = import.meta.glob<string>('./*/*.svg', { query: '?raw', import: 'default', eager: true });
const metaFiles = import.meta.glob<Record<string, IllustrationMeta>>('./*/index.ts', {
  import: 'default',
  eager: true,
});

const meta = new Map<string, IllustrationMeta>();
for (const [file, records] of Object.entries(metaFiles)) {
  const assistant = file.split('/')[1];
  for (const [name, record] of Object.entries(records)) meta.set(`${assistant}/${name}`, record);
}
const sources = new Map<string, string>(Object.entries(svgFiles).map(([file, svg]) => [file.slice(2, -'.svg'.length), svg]));

/** Every illustration name, e.g. "chatgpt/web-data-controls", sorted. */
export const illustrationNames: readonly string[] = [...meta.keys()].sort();

export interface Illustration {
  name: string;
  meta: IllustrationMeta;
  /** Optimized SVG markup, without the outer accessibility attributes (the component adds them). */
  svg: string;
  /** Width and height from the viewBox, in drawing units (1 unit = 1 CSS px at natural size). */
  width: number;
  height: number;
}

const cache = new Map<string, Illustration>();

/** svgo settings: the default preset, but classes (they carry the theme) and sizes stay. */
const svgoConfig = {
  multipass: true,
  plugins: [
    {
      name: 'preset-default',
      params: { overrides: { removeUnknownsAndDefaults: { keepDataAttrs: true } } },
    },
    'removeDimensions',
  ],
} satisfies Config;

/** The svgo-optimized markup of one SVG source. Exported for the size report and tests. */
export function optimizeSvg(source: string): string {
  return optimize(source, svgoConfig).data;
}

/**
 * Looks up an illustration by name. Throws, listing the known names, when it does not exist,
 * and when a drawing and its metadata disagree (missing file, wrong number of callouts).
 */
export function getIllustration(name: string): Illustration {
  const hit = cache.get(name);
  if (hit) return hit;
  const record = meta.get(name);
  const source = sources.get(name);
  if (!record) {
    throw new Error(
      `Unknown illustration "${name}". Known names: ${illustrationNames.join(', ')}. ` +
        'Add the drawing to src/illustrations/<assistant>/<name>.svg and its metadata to src/illustrations/<assistant>/index.ts.',
    );
  }
  if (!source) throw new Error(`Illustration "${name}" has metadata but no file src/illustrations/${name}.svg.`);
  const drawn = (source.match(/class="i-callout"/g) ?? []).length;
  if (drawn !== record.callouts.length) {
    throw new Error(`Illustration "${name}" draws ${drawn} callouts but its metadata lists ${record.callouts.length}.`);
  }
  const svg = optimizeSvg(source);
  const box = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1].trim().split(/\s+/).map(Number);
  if (!box || box.length !== 4) throw new Error(`Illustration "${name}" has no viewBox.`);
  const result: Illustration = { name, meta: record, svg, width: box[2], height: box[3] };
  cache.set(name, result);
  return result;
}

/** SVG files that have no metadata record (a test fails on any). */
export function unregisteredDrawings(): string[] {
  return [...sources.keys()].filter((name) => !meta.has(name)).sort();
}
