// A privacy site that leaks nothing, checked in Chromium with the production headers (the test server
// serves dist/_headers, so the real Content-Security-Policy applies). Every built page is visited and
// every interactive part on it is used; then: no CSP violation (securitypolicyviolation events and
// console), no request to any other origin, no cookie, and localStorage holds only declared keys.
//
// Interactive parts are found by selector, so parts added by other branches (copy link, share, search
// dialog, search page filters, image zoom) are exercised as soon as they exist. The run prints which
// parts were exercised and how often. Pages are visited several at a time (tests/helpers/browser.ts),
// each lane a page with its own listeners; the test lists every problem on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseURL, inLanes, launch } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { templateOf } from '../helpers/templates';
import { storageKeys } from '../../src/data/storage-keys';

const routes = builtPages().map((p) => p.route);
// The search dialog is the same on every page (one module, one policy): it is opened, searched and
// closed on the first page of each template, not on all of them.
const firstOfTemplate = new Map<string, string>();
for (const p of builtPages()) if (!firstOfTemplate.has(templateOf(p))) firstOfTemplate.set(templateOf(p), p.route);
const searchOn = new Set(firstOfTemplate.values());
const declaredKeys = new Set<string>(storageKeys.map((k) => k.key));
const origin = new URL(baseURL()).origin;

/** What each interaction did, e.g. "theme toggle" -> 12. Printed at the end. */
const exercised = new Map<string, number>();
const count = (name: string, n = 1) => exercised.set(name, (exercised.get(name) ?? 0) + n);

let browser: Browser;
let context: BrowserContext;
/** Requests to other origins from any page or worker of the context. */
const foreignRequests: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Collected from the first moment of every document, before any page script runs.
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  context.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) foreignRequests.push(`${req.frame()?.url() ?? '(a worker)'} -> ${url}`);
  });
});

afterAll(async () => {
  const lines = [...exercised].map(([k, v]) => `  ${k}: ${v}`);
  console.log(`privacy check: ${routes.length} pages visited; interactions exercised:\n${lines.join('\n') || '  (none)'}`);
  await browser?.close();
});

/** A page of its own, recording CSP messages and uncaught errors. */
interface Lane {
  page: Page;
  consoleCsp: string[];
  pageErrors: string[];
}

async function openLane(): Promise<Lane> {
  const page = await context.newPage();
  const lane: Lane = { page, consoleCsp: [], pageErrors: [] };
  page.on('console', (m) => {
    if (/content[- ]security[- ]policy|refused to/i.test(m.text())) lane.consoleCsp.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => lane.pageErrors.push(`${page.url()}: ${String(e)}`));
  page.on('websocket', (ws) => foreignRequests.push(`websocket ${ws.url()}`));
  return lane;
}

async function visible(locator: Locator): Promise<Locator[]> {
  const all = await locator.all();
  const out: Locator[] = [];
  for (const l of all) if (await l.isVisible()) out.push(l);
  return out;
}

/** Closes an open <dialog> or popover the way a reader would; lists a dialog that stays open. */
async function closeDialogs(page: Page, problems: string[]) {
  // Escape goes to the focused element: put focus inside the open dialog first, as a reader would
  // be. On a loaded machine a dialog may take a moment to close.
  for (let i = 0; i < 3 && (await page.locator('dialog[open]').count()) > 0; i++) {
    const focusable = page.locator('dialog[open]').last().locator('input, button, [tabindex]').first();
    if ((await focusable.count()) > 0) await focusable.focus().catch(() => {});
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 500 * (i + 1) }).catch(() => {});
  }
  // Every dialog on the site (search, image zoom) closes with Escape.
  const left = await page.evaluate(() =>
    [...document.querySelectorAll('dialog[open]')].map(
      (d) => `${d.outerHTML.slice(0, 120)} (focus: ${document.activeElement?.outerHTML.slice(0, 80)})`,
    ),
  );
  for (const d of left) problems.push(`${page.url()}: a dialog stayed open after Escape: ${d}`);
}

async function typeSearch(scope: Locator, name: string) {
  const inputs = await visible(scope.locator('input[type=search], input[type=text], [role=searchbox], [role=combobox]'));
  if (!inputs.length) return false;
  await inputs[0]!.fill('delete');
  // Pagefind loads its index and WebAssembly on demand: wait until results show.
  await scope.locator('.pf-result-link').first().waitFor({ timeout: 20_000 });
  count(name);
  return true;
}

/**
 * Finds, in one round trip, the visible controls of each kind (by selector, or by a button's accessible
 * label) and tags them data-otr-probe="<kind>-<n>" so they can be clicked. Returns how many per kind.
 */
async function probe(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const kinds: Record<string, [string, RegExp]> = {
      copy: ['[data-copy-link], copy-link button, button[data-copy]', /copy (the )?link/i],
      share: ['[data-share], share-button button, share-link button', /^share\b/i],
      search: ['[data-search-open], search-dialog > button, site-search > button, pagefind-modal-trigger button', /search/i],
      zoom: ['[data-zoom], zoom-dialog button, button[data-zoomable]', /zoom|enlarge|larger|full size/i],
    };
    const isVisible = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const label = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    const counts: Record<string, number> = {};
    for (const [kind, [selector, name]] of Object.entries(kinds)) {
      const found = new Set(document.querySelectorAll(selector));
      for (const b of document.querySelectorAll('button, [role=button]')) if (name.test(label(b))) found.add(b);
      let n = 0;
      for (const el of found) if (isVisible(el) && !el.closest('dialog:not([open])')) el.setAttribute('data-otr-probe', `${kind}-${n++}`);
      counts[kind] = n;
    }
    return counts;
  });
}

async function exercisePage(page: Page, route: string, problems: string[]) {
  const probed = (kind: string, i: number) => page.locator(`[data-otr-probe="${kind}-${i}"]`);
  // Theme toggle: switch and switch back.
  for (const button of await page.locator('theme-toggle button').all()) {
    await button.click();
    await button.click();
    count('theme toggle');
  }
  // Platform tabs: choose each tab.
  for (const tab of await page.locator('platform-tabs > [role=tablist] > [role=tab]').all()) {
    await tab.click();
    count('platform tab');
  }
  const found = await probe(page);
  // Copy link (page, heading or step links with a copy button).
  for (let i = 0; i < Math.min(found.copy!, 3); i++) {
    await probed('copy', i).click();
    count('copy link');
  }
  // Share (headless Chromium may have no share sheet; the fallback runs).
  for (let i = 0; i < Math.min(found.share!, 2); i++) {
    await probed('share', i)
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await closeDialogs(page, problems);
    count('share');
  }
  // Search dialog (opened from the header): open, type a query, close.
  if (found.search! > 0 && searchOn.has(route) && !/^\/search\/?$/.test(route)) {
    await probed('search', 0).click();
    // The dialog's code loads on first use: wait until it is open, as a reader would.
    const dialog = page.locator('dialog[open]').first();
    await dialog.waitFor({ timeout: 15_000 });
    count('search dialog opened');
    await typeSearch(dialog, 'search dialog query');
    await closeDialogs(page, problems);
  }
  // Search page with filters.
  if (/^\/search\/?$/.test(route)) {
    if (await typeSearch(page.locator('main'), 'search page query')) {
      for (const filter of (await visible(page.locator('main input[type=checkbox], main [role=checkbox], main select'))).slice(0, 4)) {
        if (await filter.evaluate((el) => el.tagName === 'SELECT')) {
          const values = await filter.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
          if (values[1] !== undefined) await filter.selectOption(values[1]);
        } else {
          // Pagefind draws its own box and keeps the real checkbox visually hidden; a reader clicks
          // the label. Results re-render after each filter, so look the label up afresh.
          const id = await filter.getAttribute('id');
          const label = id ? page.locator(`label[for="${id}"]`) : undefined;
          if (label && (await label.count()) > 0 && (await label.first().isVisible())) await label.first().click();
          else await filter.dispatchEvent('click');
        }
        count('search page filter');
      }
      await page.waitForTimeout(500);
    }
  }
  // Zoom an illustration or screenshot: open, close.
  for (let i = 0; i < Math.min(found.zoom!, 2); i++) {
    // Choosing another platform tab (above) can hide a drawing that was visible when probed.
    if (!(await probed('zoom', i).isVisible())) continue;
    await probed('zoom', i).click();
    // The dialog's code loads on first use: wait for it to open before closing it.
    await page.locator('dialog[open]').first().waitFor({ timeout: 10_000 });
    count('zoom dialog');
    await closeDialogs(page, problems);
  }
}

describe('privacy: every page, every interactive part, production headers', () => {
  it('every page: no CSP violation, no third-party request, no cookie, only declared storage', async () => {
    const problems: string[] = [];
    const lanes = await inLanes(routes, openLane, async ({ page }, route) => {
      const response = await page.goto(new URL(route, baseURL()).href, { waitUntil: 'load' });
      if (!response?.headers()['content-security-policy']?.includes("default-src 'self'")) {
        problems.push(`${route}: the server sent no CSP header from dist/_headers`);
      }
      count('pages visited');
      await exercisePage(page, route, problems);
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      for (const v of violations) problems.push(`${route}: CSP violation: ${v}`);
      const keys = await page.evaluate(() => Object.keys(localStorage));
      for (const k of keys.filter((key) => !declaredKeys.has(key)))
        problems.push(`${route}: undeclared localStorage key "${k}" (declare it in src/data/storage-keys.ts)`);
      for (const k of await page.evaluate(() => Object.keys(sessionStorage))) problems.push(`${route}: sessionStorage key "${k}"`);
    });
    for (const lane of lanes) problems.push(...lane.consoleCsp, ...lane.pageErrors);
    problems.push(...foreignRequests.map((r) => `request to another origin: ${r}`));
    for (const c of await context.cookies()) problems.push(`cookie ${c.name} from ${c.domain}`);
    expect(problems).toEqual([]);
  }, 900_000);

  it('exercised the interactive parts this branch has', () => {
    expect(exercised.get('pages visited')).toBe(routes.length);
    expect(exercised.get('theme toggle') ?? 0).toBeGreaterThanOrEqual(routes.length);
    expect(exercised.get('platform tab') ?? 0).toBeGreaterThan(0);
  });

  it("a script that is not the site's is blocked (the policy is really enforced)", async () => {
    const page = await context.newPage();
    await page.goto(new URL('/', baseURL()).href);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __cspViolations: string[]; __injected?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      let evalBlocked = false;
      try {
        (0, eval)('1');
      } catch {
        evalBlocked = true;
      }
      return { injected: w.__injected === true, evalBlocked, violations: w.__cspViolations.length };
    });
    expect(result.injected).toBe(false);
    expect(result.evalBlocked).toBe(true);
    expect(result.violations).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
