// Site search in Chromium against the built site: the relevance table (tests/search-queries.json),
// URL sync on /search/, the dialog by keyboard, highlighting on the page a result opens, the no-JS
// fallback, lazy loading (an article page fetches nothing of Pagefind), hostile input, and axe with
// the dialog open and results shown.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, openPage } from '../helpers/browser';
import { DIST } from '../helpers/dist';

const GUIDE = '/chatgpt/stop-training/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FIRST_RESULT = 'pagefind-results .pf-result-link';

interface Query {
  q: string;
  first: string;
  known?: string;
}
const table: Query[] = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')).queries;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function builtGuide(path: string) {
  return existsSync(join(DIST, path, 'index.html'));
}

/** Types the query into /search/ (already open on `page`) and returns the first result's path. */
async function firstResultPath(page: Page, q: string): Promise<string | null> {
  const input = page.locator('.search-app pagefind-input input');
  await input.fill(q);
  const summary = page.locator('.search-results pagefind-summary');
  await expect
    .poll(async () => summary.textContent(), { timeout: 30_000 })
    .toMatch(new RegExp(`(results? for|No results for) ${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  if (/^No results/.test((await summary.textContent()) ?? '')) return null;
  // Results load lazily and not always in order: take the one stamped as first.
  const link = page.locator('pagefind-results li[data-pf-result-index="0"] .pf-result-link');
  await link.waitFor({ timeout: 30_000 });
  return new URL((await link.getAttribute('href'))!, baseURL()).pathname;
}

async function gotoSearch(page: Page): Promise<Page> {
  await page.goto(new URL('/search/', baseURL()).href);
  return page;
}

async function openDialogWithResults(page: Page, q: string) {
  await page.keyboard.press('/');
  const input = page.locator('pagefind-modal dialog[open] input[type="search"]');
  await input.waitFor();
  await input.fill(q);
  await page.locator('pagefind-modal .pf-result-link').first().waitFor({ timeout: 15_000 });
  return input;
}

describe('relevance: the right guide comes first', () => {
  it('runs every query whose guide is built, and prints the table', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/search/', baseURL()).href);
    // Search loads when the reader first uses the box: click it and wait for Pagefind (its filters
    // are listed then), so every query below is timed the same way.
    await page.locator('.search-app pagefind-input input').click();
    await page.locator('.search-app pagefind-filter-pane input[name="assistant"]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const rows: { query: string; expected: string; got: string; status: string }[] = [];
    for (const { q, first, known } of table) {
      if (!builtGuide(first)) {
        rows.push({ query: q, expected: first, got: '', status: 'not yet available' });
        continue;
      }
      const got = await firstResultPath(page, q);
      const status = got === first ? 'passed' : known ? 'known failing' : 'FAILED';
      rows.push({ query: q, expected: first, got: got ?? '(no results)', status });
    }
    await context.close();
    const run = rows.filter((r) => r.status !== 'not yet available');
    const passed = run.filter((r) => r.status === 'passed');
    console.table(rows);
    console.log(
      `search relevance: ${table.length} queries — run ${run.length}, passed ${passed.length}, ` +
        `known failing ${run.filter((r) => r.status === 'known failing').length}, ` +
        `failed ${run.filter((r) => r.status === 'FAILED').length}, not yet available ${table.length - run.length} (guide not built yet)`,
    );
    // A query that names an assistant must at least put one of that assistant's guides first.
    const named = run.filter((r) => !r.expected.startsWith('/chatgpt/') || /chat ?gpt|openai/i.test(r.query));
    const sameAssistant = named.filter((r) => r.got.split('/')[1] === r.expected.split('/')[1]);
    console.log(`queries naming an assistant: ${named.length}; that assistant's guide first: ${sameAssistant.length}`);
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(table.filter((q) => !q.first.startsWith('/chatgpt/')).length).toBeGreaterThanOrEqual(25);
    expect(run.length).toBeGreaterThan(0);
    expect(run.filter((r) => r.status === 'FAILED')).toEqual([]);
  }, 300_000);
});

describe('/search/ keeps the query and filters in the URL', () => {
  it('loads ?q=, records a filter change, and back/forward restore both', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, '/search/?q=training');
    const input = page.locator('.search-app pagefind-input input');
    await expect.poll(async () => input.inputValue(), { timeout: 15_000 }).toBe('training');
    await page.locator(FIRST_RESULT).first().waitFor();
    expect(await page.locator('[data-search-browse]').isHidden()).toBe(true);

    const howTo = page.locator('pagefind-filter-pane input[name="kind"][value="How-to"]');
    await howTo.check();
    await expect.poll(async () => new URL(page.url()).searchParams.getAll('kind'), { timeout: 15_000 }).toEqual(['How-to']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('training');

    await page.goBack();
    await expect.poll(async () => new URL(page.url()).searchParams.has('kind'), { timeout: 15_000 }).toBe(false);
    await expect.poll(async () => howTo.isChecked(), { timeout: 15_000 }).toBe(false);
    expect(await input.inputValue()).toBe('training');

    await page.goForward();
    await expect.poll(async () => howTo.isChecked(), { timeout: 15_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('training');

    // A shared URL with a filter opens with that filter applied.
    await page.goto(new URL('/search/?q=chatgpt&assistant=ChatGPT', baseURL()).href);
    const chatgpt = page.locator('pagefind-filter-pane input[name="assistant"][value="ChatGPT"]');
    await expect.poll(async () => chatgpt.isChecked(), { timeout: 15_000 }).toBe(true);
    // Typing replaces the URL's query without adding history entries.
    await input.fill('memory');
    await expect.poll(async () => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe('memory');
    expect(new URL(page.url()).searchParams.get('assistant')).toBe('ChatGPT');
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });
});

/** Records every layout shift on the page from the start (Chromium's layout-shift entries). */
async function recordShifts(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; recentInput: boolean; nodes: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        w.shifts.push({
          value: e.value,
          recentInput: e.hadRecentInput,
          nodes: (e.sources ?? []).map((x) => (x.node as Element | undefined)?.className ?? x.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: { value: number; recentInput: boolean; nodes: string[] }[] }).shifts);
const UI_CODE = /\/_astro\/ui\.[\w-]+\.js$/;

describe('/search/ holds still and loads search when the reader uses it', () => {
  it.each([390, 1280])('%i px wide: nothing moves on arrival or when search starts, and typing shows results', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await recordShifts(context);
    const urls: string[] = [];
    context.on('request', (r) => urls.push(new URL(r.url()).pathname));
    const { page, problems } = await openPage(context, '/search/');
    const browse = page.locator('[data-search-browse]');
    const filters = page.locator('.search-filters');
    await page.waitForTimeout(1500);
    // On arrival: the box is ready for typing, the filter lists are there, and nothing has moved.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.search-app pagefind-input'))).toBe(true);
    expect(await page.locator('.search-filters input[type="checkbox"][name="assistant"]').count()).toBeGreaterThan(0);
    expect(await shifts(page)).toEqual([]);
    // The search UI and index are not loaded until the reader uses the box.
    expect(urls.filter((u) => UI_CODE.test(u) || u.startsWith('/pagefind/'))).toEqual([]);
    const before = { browse: await browse.boundingBox(), filters: await filters.boundingBox() };

    // Using the box loads search; Pagefind's filter lists take the place of the page's own, unmoved.
    await page.locator('.search-app pagefind-input input').click();
    const pane = page.locator('.search-app pagefind-filter-pane');
    await expect.poll(async () => pane.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.search-filters-static').count()).toBe(0);
    expect(await pane.locator('input[name="assistant"][value="ChatGPT"]').count()).toBe(1);
    await page.waitForTimeout(300);
    expect({ browse: await browse.boundingBox(), filters: await filters.boundingBox() }).toEqual(before);
    expect(await shifts(page)).toEqual([]);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.search-app pagefind-input'))).toBe(true);

    await page.keyboard.type('memory');
    await page.locator(FIRST_RESULT).first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe('memory');
    expect(await browse.isHidden()).toBe(true);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it('a shared ?q= link shows its results without the reader doing anything', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const { page, problems } = await openPage(context, '/search/?q=memory&platform=Web');
    await page.locator(FIRST_RESULT).first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.search-app pagefind-input input').inputValue()).toBe('memory');
    expect(await page.locator('.search-results pagefind-summary').textContent()).toMatch(/\d+ results? for memory/);
    const web = page.locator('pagefind-filter-pane input[name="platform"][value="Web"]');
    await expect.poll(async () => web.isChecked(), { timeout: 15_000 }).toBe(true);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it('what the reader types or ticks while search is still loading is kept and searched', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, '/search/');
    // A slow connection: the search UI arrives a second after it is asked for.
    await page.route(UI_CODE, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.keyboard.type('training', { delay: 20 });
    // Tick a filter from the keyboard, as it is before search has loaded.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('assistant');
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await page.locator(FIRST_RESULT).first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe('training');
    await expect.poll(async () => new URL(page.url()).searchParams.getAll('assistant'), { timeout: 15_000 }).toEqual([value]);
    expect(await page.locator('.search-app pagefind-input input').inputValue()).toBe('training');
    // Focus stays on the same filter, now Pagefind's, and it is ticked.
    await expect
      .poll(
        async () =>
          page.evaluate(() => {
            const el = document.activeElement as HTMLInputElement | null;
            return el?.closest('pagefind-filter-pane') ? `${el.name}=${el.value} ${el.checked}` : null;
          }),
        { timeout: 15_000 },
      )
      .toBe(`assistant=${value} true`);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });
});

describe('search dialog', () => {
  it('opens with the button, "/" and Ctrl+K, moves focus in, navigates by arrows, and gives focus back on close', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, GUIDE);
    const button = page.locator('button[data-search-open]');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('pagefind-modal dialog');
    await expect.poll(async () => dialog.getAttribute('open'), { timeout: 15_000 }).not.toBeNull();
    await expect
      .poll(async () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type), { timeout: 15_000 })
      .toBe('search');
    // Record what polite live regions say (Pagefind clears them again after a moment).
    await page.evaluate(() => {
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live="polite"]');
          if (region?.textContent) said.push(region.textContent);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.type('training');
    const firstLink = page.locator('pagefind-modal .pf-result-link').first();
    await firstLink.waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => page.evaluate(() => (window as unknown as { said: string[] }).said.join(' | ')), { timeout: 15_000 })
      .toMatch(/\d+ results? for training/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-result-link'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-heading-link'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => dialog.getAttribute('open'), { timeout: 15_000 }).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);

    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect.poll(async () => dialog.getAttribute('open'), { timeout: 15_000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(async () => dialog.getAttribute('open'), { timeout: 15_000 }).toBeNull();
    // Wait until focus has left the closing dialog before the next shortcut.
    await expect
      .poll(() => page.evaluate(() => !document.activeElement?.closest('pagefind-modal, dialog')), { timeout: 15_000 })
      .toBe(true);
    await page.keyboard.press('Control+k');
    await expect.poll(async () => dialog.getAttribute('open'), { timeout: 15_000 }).not.toBeNull();
    // The shared search page link follows the query.
    expect(await page.locator('.search-dialog-full').getAttribute('href')).toMatch(/\/search\/\?q=training$/);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it('Escape with a query typed and results shown closes the dialog at once, from the box or a filter, and focus goes back', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, GUIDE);
    const button = page.locator('button[data-search-open]');
    const dialog = page.locator('pagefind-modal dialog');
    const isOpen = () => dialog.evaluate((d) => (d as HTMLDialogElement).open);
    const focusOnButton = () => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open') ?? false);

    // From the search box, with the query still in it: one Escape closes (it does not just clear).
    await button.click();
    const input = page.locator('pagefind-modal dialog[open] input[type="search"]');
    await input.waitFor();
    await input.pressSequentially('delete', { delay: 30 });
    await page.locator('pagefind-modal .pf-result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('delete');
    // The keyboard hints say what Escape does.
    const hints = (await page.locator('pagefind-modal pagefind-keyboard-hints').textContent()) ?? '';
    expect(hints).toMatch(/esc\s*close/);
    expect(hints).not.toMatch(/clear/);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(false);
    await expect.poll(focusOnButton, { timeout: 5_000 }).toBe(true);
    expect(await dialog.isVisible()).toBe(false);

    // Reopened, the last search is still there; Escape from a filter checkbox closes too.
    await page.keyboard.press('Enter');
    await expect.poll(isOpen, { timeout: 15_000 }).toBe(true);
    expect(await input.inputValue()).toBe('delete');
    await page.locator('pagefind-modal .pf-result-link').first().waitFor({ timeout: 15_000 });
    await page.locator('pagefind-modal summary').first().click();
    await page.locator('pagefind-modal pagefind-filter-pane input[type="checkbox"]').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(false);
    await expect.poll(focusOnButton, { timeout: 5_000 }).toBe(true);

    // Focus lost inside the dialog (the focused result re-rendered away): Escape still closes.
    await page.keyboard.press('Enter');
    await expect.poll(isOpen, { timeout: 15_000 }).toBe(true);
    await page.locator('pagefind-modal .pf-result-link').first().waitFor({ timeout: 15_000 });
    await page.locator('pagefind-modal .pf-result-link').first().focus();
    await page.evaluate(() => document.activeElement?.closest('li')?.remove());
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(false);
    await expect.poll(focusOnButton, { timeout: 5_000 }).toBe(true);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it('Escape pressed while the dialog is still loading means it never pops up', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, GUIDE);
    // A slow connection: the dialog's code arrives a second after it is asked for.
    await page.route(/\/_astro\/dialog\.[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.locator('button[data-search-open]').click();
    await page.keyboard.press('Escape');
    await page.waitForResponse(/\/_astro\/dialog\.[\w-]+\.js$/, { timeout: 15_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    // Asked again, it opens.
    await page.locator('button[data-search-open]').click();
    await page.locator('pagefind-modal dialog[open]').waitFor({ timeout: 15_000 });
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it('"/" on /search/ focuses the page search box instead', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, '/search/?q=training');
    await page.locator(FIRST_RESULT).first().waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect
      .poll(async () => page.evaluate(() => !!document.activeElement?.closest('.search-app pagefind-input')), { timeout: 15_000 })
      .toBe(true);
    expect(await page.locator('pagefind-modal').count()).toBe(0);
    await context.close();
  });
});

describe('which assistant comes first', () => {
  it("a query naming an assistant, its company or product puts that assistant's guides first; one naming none hides no one", async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, '/claude/what-it-keeps/');
    await openDialogWithResults(page, 'stop training');
    // Nothing is hidden: the summary counts every assistant's guides, and the filter counts agree.
    const summary = page.locator('pagefind-modal pagefind-summary');
    const count = Number(/(\d+) results?/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(9);
    await page.locator('pagefind-modal summary').first().click();
    expect(await page.locator('pagefind-modal pagefind-filter-pane input[name="assistant"]').count()).toBeGreaterThanOrEqual(9);
    // The issue's examples, and vendor and product names (Pagefind ranks them by the guides' "who" metadata).
    const search = await gotoSearch(page);
    const firsts: Record<string, string | null> = {};
    for (const q of [
      'deepseek delete chat history',
      'copilot model training toggle',
      'anthropic privacy',
      'bard activity',
      'microsoft training',
      'whatsapp ai',
      'xai grok',
      'mistral training',
    ])
      firsts[q] = (await firstResultPath(search, q))?.split('/')[1] ?? null;
    expect(firsts).toEqual({
      'deepseek delete chat history': 'deepseek',
      'copilot model training toggle': 'copilot',
      'anthropic privacy': 'claude',
      'bard activity': 'gemini',
      'microsoft training': 'copilot',
      'whatsapp ai': 'meta-ai',
      'xai grok': 'grok',
      'mistral training': 'le-chat',
    });
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });
});

describe('the page a result opens', () => {
  it('highlights the searched words and lands on the matching section', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, '/search/?q=account');
    const sub = page.locator('pagefind-results .pf-heading-link').first();
    await sub.waitFor({ timeout: 15_000 });
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/[?&]highlight=account/);
    expect(href).toMatch(/#[\w-]+$/);
    await sub.click();
    await page.waitForURL(/highlight=account/);
    await page.locator('mark.search-highlight').first().waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    // The site scrolls smoothly; wait for the heading to settle near the top of the window.
    const top = () => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);
    await expect
      .poll(async () => {
        const t = await top();
        return t >= -2 && t < 400;
      })
      .toBe(true);
    // Only the guide body is marked, never chrome such as the table of contents.
    expect(await page.locator('.toc mark, .sources mark, header.site-header mark').count()).toBe(0);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });
});

describe('loading only when asked', () => {
  it('an article page load requests nothing under /pagefind/ and no search UI code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await page.goto(new URL(GUIDE, baseURL()).href, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);
    expect(urls.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    expect(urls.filter((u) => /\/_astro\/(ui|dialog|highlight|page)\./.test(u))).toEqual([]);
    // Opening search fetches it, once.
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('chat');
    await page.locator('pagefind-modal .pf-result-link').first().waitFor({ timeout: 15_000 });
    expect(urls.filter((u) => u === '/pagefind/pagefind.js')).toHaveLength(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('/search/ lists every guide by assistant and says search needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/search/', baseURL()).href);
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    expect(await page.locator('.search-app').isVisible()).toBe(false);
    expect(await page.locator(`.search-browse a[href="${GUIDE}"]`).isVisible()).toBe(true);
    expect(await page.locator('.search-browse h2', { hasText: 'ChatGPT' }).isVisible()).toBe(true);
    // The header offers a link to /search/ instead of a button that would do nothing.
    expect(await page.locator('header a[href="/search/"]').isVisible()).toBe(true);
    expect(await page.locator('header button[data-search-open]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('hostile input renders as text', () => {
  const inputs = ['<img src=x onerror=alert(1)>', 'x'.repeat(1990) + ' chat', '🔒 chat 🙈', 'مرحبا chat', 'שלום'];
  it.each(inputs.map((q) => [q.length > 60 ? `${q.slice(0, 20)}… (${q.length} chars)` : q, q]))('%s', async (_label, q) => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, GUIDE);
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.keyboard.press('/');
    const input = page.locator('pagefind-modal dialog[open] input[type="search"]');
    await input.waitFor();
    await input.fill(q);
    const summary = page.locator('pagefind-modal pagefind-summary');
    await expect.poll(async () => summary.textContent(), { timeout: 15_000 }).toMatch(/results? for|No results/);
    expect(await summary.textContent()).toContain(q.slice(0, 30));
    expect(await page.locator('pagefind-modal img, pagefind-modal [onerror]').count()).toBe(0);
    // Same through the shareable URL.
    await page.goto(new URL(`/search/?q=${encodeURIComponent(q)}`, baseURL()).href);
    const pageSummary = page.locator('.search-results pagefind-summary');
    await expect.poll(async () => pageSummary.textContent(), { timeout: 15_000 }).toMatch(/results? for|No results/);
    expect(await page.locator('.search-app img, .search-app [onerror]').count()).toBe(0);
    expect(alerted).toBe(false);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('axe with search open and results shown, %s theme', (theme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: theme });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('dialog: no violations', async () => {
    const { page, problems } = await openPage(context, GUIDE);
    await openDialogWithResults(page, 'training');
    await page.locator('pagefind-modal summary').first().click(); // a filter group open, with counts
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('/search/ with results and a filter: no violations', async () => {
    const { page, problems } = await openPage(context, '/search/?q=training&kind=How-to');
    await page.locator(FIRST_RESULT).first().waitFor({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect([...problems.console, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('390 px wide and 200% zoom: the dialog fits and its controls are reachable', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(new URL(GUIDE, baseURL()).href);
    await openDialogWithResults(page, 'training');
    const overflow = await page.evaluate(() => {
      const d = document.querySelector('pagefind-modal dialog')!;
      return d.scrollWidth - d.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await page.locator('pagefind-modal .pf-modal-close').isVisible()).toBe(true);
    await page.close();
    // 200% zoom at 1280 px is a 640 CSS px viewport.
    const zoomed = await context.newPage();
    await zoomed.setViewportSize({ width: 640, height: 450 });
    await zoomed.goto(new URL('/search/?q=training', baseURL()).href);
    await zoomed.locator('.search-results pagefind-results').scrollIntoViewIfNeeded();
    await zoomed.locator(FIRST_RESULT).first().waitFor({ timeout: 15_000 });
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await zoomed.close();
  });
});
