// Flags Debian's Chromium needs here: no sandbox as root; no background networking, which the closed
// network would refuse. One list for the browser tests (tests/setup/browser.ts), Lighthouse and the
// screenshot tool.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
