/**
 * Old URLs that must keep working after a guide is renamed or moved. ONE map for the whole site:
 * astro.config.mjs hands it to Astro's `redirects`, which writes a small page at each old URL that
 * sends the reader (and search engines, via rel=canonical) to the new one.
 *
 * When you rename content/guides/chatgpt/old-name.mdx to new-name.mdx, add:
 *   '/chatgpt/old-name/': '/chatgpt/new-name/',
 * Keys and values are root-relative, without the base path, and end with "/" (the site's one
 * trailing-slash policy). A test (tests/build/sharing.test.ts) checks that every old URL here is built
 * and sends readers to a page that exists. A fragment cannot be redirected: if a heading id changes,
 * keep the old id reachable or update the links that point to it.
 *
 * The test also builds a fixture site with an
 * entry (tests/fixtures/redirects.fixture.ts) to prove the mechanism works.
 */
export const redirects: Record<string, string> = {
  // The Private Chat how-to rested only on two [unclear] third-party sites that do not say where the
  // mode is; what they say now sits, marked as unconfirmed, in the Private Chat part of this guide.
  '/grok/temporary-chat/': '/grok/what-it-keeps/',
};
