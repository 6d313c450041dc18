// How guides are compiled: Astro 7's Rust Markdown processor (Sätteri, @astrojs/markdown-satteri) with
// this site's plugins, written against Sätteri's visitor API so only the nodes they ask for cross
// from Rust to JavaScript. (The unified processor ran the same steps as remark/rehype plugins and
// took about twice as long to bundle 1,000 guides; see the closing notes of issue #6.)
//
// mdast (Markdown tree), in order:
//   guide-checks  raw <script>/<style>, images without alt, unknown components: stop with file:line
//   cites         the registry ids the page cites, in order (<Cite>, <Fact>, <Illustration>); unknown id: file:line
// hast (HTML tree), in order:
//   facts            <Fact>/<FactSheet>: check, fill in the guide's assistant and sources, import them
//   cites            number each <Cite>, and give the page its Sources list (frontmatter sourceIds)
//   heading-anchors  ids on every heading, and a "#" link after each h2/h3
//   external-links   links to other websites: no referrer, and a visible "leaves this site" mark
//   base-links       root-relative links get the base path (only when the site is built under one)
import { satteri } from '@astrojs/markdown-satteri';
import { guideChecks } from './guide-checks.mjs';
import { facts } from './facts.mjs';
import { collectCitations, numberCitations } from './cites.mjs';
import { headingAnchors } from './heading-anchors.mjs';
import { externalLinks } from './external-links.mjs';
import { baseLinks } from './base-links.mjs';

/** @param {{ base: string }} options "/" or "/sub/path/" */
export function guideProcessor({ base }) {
  return satteri({
    mdastPlugins: [guideChecks, collectCitations],
    hastPlugins: [facts, numberCitations, headingAnchors, externalLinks, base === '/' ? null : baseLinks(base)],
    // Astro's default smart punctuation and GFM stay on, as with the unified processor.
  });
}
