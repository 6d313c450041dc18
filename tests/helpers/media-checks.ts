// Checks on built HTML for pictures: every <img> has a non-empty alt, width and height; no raster
// file is more than twice the width it is displayed at (its width attribute); every illustration
// caption starts with "Illustration:". Used on the site's dist/ and on the media fixture build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import sharp from 'sharp';

export interface HtmlPage {
  file: string;
  tree: Root;
}

/** Every HTML page under a built site folder (the Pagefind UI is not ours and is skipped). */
export function htmlPages(distDir: string): HtmlPage[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'))
    .map((d) => join(d.parentPath, d.name))
    .map((file) => ({ file, tree: fromHtml(readFileSync(file, 'utf8')) }));
}

const prop = (el: Element, name: string) => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v == null ? undefined : String(v);
};

/** [url, descriptor width] pairs of a srcset. */
function srcset(value: string | undefined): [string, number | undefined][] {
  if (!value) return [];
  return value.split(',').map((part) => {
    const [url, descriptor] = part.trim().split(/\s+/);
    const w = descriptor?.endsWith('w') ? Number(descriptor.slice(0, -1)) : undefined;
    return [url, w];
  });
}

export function imgProblems(pages: HtmlPage[]): string[] {
  const problems: string[] = [];
  for (const { file, tree } of pages) {
    for (const img of selectAll('img', tree)) {
      const where = `${file}: <img src="${prop(img, 'src')}">`;
      if (!prop(img, 'alt')?.trim()) problems.push(`${where} has no alt text`);
      for (const dim of ['width', 'height']) {
        if (!(Number(prop(img, dim)) > 0)) problems.push(`${where} has no ${dim}`);
      }
    }
  }
  return problems;
}

/** Raster files wider than 2x the width their <img> is displayed at. */
export async function oversizeProblems(pages: HtmlPage[], distDir: string, base = '/'): Promise<string[]> {
  const problems: string[] = [];
  const widths = new Map<string, number>();
  const fileWidth = async (url: string) => {
    if (!widths.has(url)) {
      const pathname = decodeURIComponent(new URL(url, 'http://x/').pathname);
      const path = join(distDir, pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname);
      widths.set(url, (await sharp(path).metadata()).width ?? 0);
    }
    return widths.get(url)!;
  };
  for (const { file, tree } of pages) {
    for (const img of selectAll('img', tree)) {
      const display = Number(prop(img, 'width'));
      const src = prop(img, 'src');
      if (!src || /^(data:|https?:)/.test(src) || src.endsWith('.svg') || !(display > 0)) continue;
      const picture = selectAll('picture', tree).find((p) => p.children.includes(img));
      const sources = picture ? selectAll('source', picture) : [];
      const candidates: [string, number | undefined][] = [
        [src, undefined],
        ...srcset(prop(img, 'srcSet')),
        ...sources.flatMap((s) => srcset(prop(s, 'srcSet'))),
      ];
      for (const [url, descriptor] of candidates) {
        const actual = await fileWidth(url);
        const widest = Math.max(actual, descriptor ?? 0);
        if (widest > display * 2) {
          problems.push(`${file}: ${url} is ${widest}px wide, shown at ${display}px (more than 2x)`);
        }
      }
    }
  }
  return problems;
}

export function captionProblems(pages: HtmlPage[]): string[] {
  const problems: string[] = [];
  for (const { file, tree } of pages) {
    for (const figure of selectAll('figure.media-figure--illustration', tree)) {
      const caption = selectAll('figcaption', figure)[0];
      const text = caption ? toString(caption).trim() : '';
      if (!text.startsWith('Illustration:')) problems.push(`${file}: illustration caption "${text}" does not start with "Illustration:"`);
      const svg = selectAll('svg', figure)[0];
      if (!svg || prop(svg, 'role') !== 'img' || !prop(svg, 'ariaLabel')?.trim()) {
        problems.push(`${file}: illustration SVG without role="img" and aria-label`);
      }
    }
  }
  return problems;
}
