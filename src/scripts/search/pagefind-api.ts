// The one place that reaches into @pagefind/component-ui's internals. The Component UI has no public
// hook around its searches (its options go to Pagefind, whose processTerm maps one term to another
// and cannot run the several searches the site's words need), so the site wraps the Pagefind API
// object the Instance keeps in its private `__pagefind__` field, the moment the Instance stores it.
// tests/unit/package-internals.test.ts fails, naming the package version, when that field changes.

/** Calls `wrap` on the Pagefind API object `instance` holds now or stores later; every search goes through it. */
export function wrapPagefindApi<Api extends object>(instance: object, wrap: (api: Api) => Api): void {
  const holder = instance as { __pagefind__?: Api | null };
  let stored: Api | null = holder.__pagefind__ ? wrap(holder.__pagefind__) : (holder.__pagefind__ ?? null);
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => stored,
    set: (value: Api | null) => {
      stored = value ? wrap(value) : value;
    },
  });
}
