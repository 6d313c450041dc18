// Runs the Astro CLI (`node src/tooling/astro.mjs build`) the same way on every system: checks the Node
// first, and turns Astro's telemetry off here rather than with `VAR=value` in package.json, which
// Windows shells do not understand.
import { checkNode } from './check-node.mjs';

checkNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro's own bin (its package exports do not list it, so found next to its main module) reads its
// command from process.argv[2…], which is where ours are.
await import(new URL('../bin/astro.mjs', import.meta.resolve('astro')).href);
