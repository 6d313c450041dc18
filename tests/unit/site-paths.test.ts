// The one module for where the site lives (src/lib/site-paths.mjs): base path, content folder, and
// the route ⇄ file mapping every part of the build and the tests use.
import { describe, expect, it } from 'vitest';
import {
  contentDir,
  guideFileOfRoute,
  guideRoute,
  guidesDir,
  normalizeBase,
  prefixBase,
  routeOfGuideFile,
  routeOfHtmlFile,
  stripBase,
} from '../../src/lib/site-paths.mjs';

describe('base path', () => {
  it('is normalised to "/" or "/segment/…/" however it is written', () => {
    expect(['', '/', ' / ', undefined, null].map(normalizeBase)).toEqual(['/', '/', '/', '/', '/']);
    expect(['off-the-record', '/off-the-record', 'off-the-record/', '//off-the-record//', '/a/b'].map(normalizeBase)).toEqual([
      '/off-the-record/',
      '/off-the-record/',
      '/off-the-record/',
      '/off-the-record/',
      '/a/b/',
    ]);
  });

  it('is added to root-relative URLs only, once, and taken off again', () => {
    const base = '/off-the-record/';
    expect(prefixBase('/chatgpt/', base)).toBe('/off-the-record/chatgpt/');
    expect(prefixBase('/', base)).toBe('/off-the-record/');
    for (const untouched of [
      '#step-2',
      'https://example.com/',
      '//cdn.example/x',
      '/off-the-record/chatgpt/',
      '/off-the-record',
      'img.png',
    ]) {
      expect(prefixBase(untouched, base)).toBe(untouched);
    }
    expect(prefixBase('/chatgpt/', '/')).toBe('/chatgpt/');
    expect(stripBase('/off-the-record/chatgpt/', base)).toBe('/chatgpt/');
    expect(stripBase('/off-the-record', base)).toBe('/');
    expect(stripBase('/chatgpt/', '/')).toBe('/chatgpt/');
  });
});

describe('content folder', () => {
  it('is content/, or the fixture folder tests name', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ OTR_CONTENT_DIR: '/tmp/x/content' })).toBe('/tmp/x/content');
    expect(guidesDir('./content/')).toBe('./content/guides');
  });
});

describe('routes and files', () => {
  it('map guide files to URLs and back', () => {
    expect(guideRoute('chatgpt', 'stop-training')).toBe('/chatgpt/stop-training/');
    expect(routeOfGuideFile('chatgpt/stop-training.mdx')).toBe('/chatgpt/stop-training/');
    expect(routeOfGuideFile('chatgpt\\stop-training.mdx')).toBe('/chatgpt/stop-training/');
    expect(routeOfGuideFile('chatgpt/deeper/x.mdx')).toBeUndefined();
    expect(routeOfGuideFile('chatgpt/notes.md')).toBeUndefined();
    expect(guideFileOfRoute('/chatgpt/stop-training/')).toBe('chatgpt/stop-training.mdx');
    expect(guideFileOfRoute('/chatgpt/')).toBeUndefined();
  });

  it('map built HTML files to routes', () => {
    expect(routeOfHtmlFile('index.html')).toBe('/');
    expect(routeOfHtmlFile('chatgpt/stop-training/index.html')).toBe('/chatgpt/stop-training/');
    expect(routeOfHtmlFile('chatgpt\\index.html')).toBe('/chatgpt/');
    expect(routeOfHtmlFile('404.html')).toBe('/404');
  });
});
