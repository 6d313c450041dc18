// Writers link to other guides root-relative (`/chatgpt/temporary-chat/`). When the site is built for
// a subpath (BASE_PATH=/off-the-record/, as on a GitHub Pages project site) those links must carry the
// base: root-relative href/src in guide bodies get it (rules: prefixBase in src/lib/site-paths.mjs).
import { prefixBase } from '../site-paths.mjs';

/** @param {string} base @returns {import('satteri').HastPluginDefinition} */
export function baseLinks(base) {
  return {
    name: 'otr:base-links',
    element: {
      filter: [],
      visit(node, ctx) {
        for (const prop of ['href', 'src']) {
          const value = node.properties?.[prop];
          if (typeof value !== 'string') continue;
          const prefixed = prefixBase(value, base);
          if (prefixed !== value) ctx.setProperty(node, prop, prefixed);
        }
      },
    },
  };
}
