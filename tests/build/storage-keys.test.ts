// What the site stores on a reader's device is declared once (src/data/storage-keys.ts). The about page
// prints that list, the browser code uses the same keys (src/scripts/keys.ts), and no code writes a key
// spelled out by hand. The browser test (tests/browser/privacy.test.ts) checks what is really stored.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageKeys } from '../../src/data/storage-keys';
import * as keys from '../../src/scripts/keys';
import { $, $$, page, text } from '../helpers/dist';

const declared = storageKeys.map((k) => k.key).sort();

describe('storage the site declares', () => {
  it('the about page lists exactly the declared keys, each with what it is for', () => {
    const about = page('/about/');
    const list = $('[data-storage-keys]', about.tree)!;
    expect(
      $$('dt', list)
        .map((dt) => text(dt))
        .sort(),
    ).toEqual(declared);
    expect($$('dd', list).map((dd) => text(dd))).toEqual(storageKeys.map((k) => k.what));
  });

  it('the about page says there are no cookies and no analytics', () => {
    const body = text($('main', page('/about/').tree));
    expect(body).toMatch(/no cookies/i);
    expect(body).toMatch(/no analytics/i);
  });

  it('the browser code uses exactly the declared keys', () => {
    const used = Object.values(keys).map(String).sort();
    expect(used).toEqual(declared);
  });

  it('no source file spells out a storage key by hand (use src/scripts/keys.ts)', () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(astro|ts|mts|mjs|js)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name))
      // Installed or generated code (the bench's bare site keeps its own Vite cache) is not ours.
      .filter((f) => !/[\\/](node_modules|\.astro|dist)[\\/]/.test(f));
    const offenders = files.flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      return /(local|session)Storage\s*\.\s*(get|set|remove)Item\(\s*['"`]|(local|session)Storage\s*\[\s*['"`]/.test(src) ? [f] : [];
    });
    expect(offenders).toEqual([]);
    // And no document.cookie anywhere.
    expect(files.filter((f) => /document\s*\.\s*cookie/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
