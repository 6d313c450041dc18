import { mdxToMdast } from 'satteri';
import { readFileSync, readdirSync } from 'node:fs';
import { eachNode } from './src/lib/each-node.mjs';
const roots = process.argv.slice(2);
const els = new Map(), attrs = new Map(), exprs = [], esm = [], urls = new Set(), comps = new Map();
for (const root of roots) for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!d.name.endsWith('.mdx')) continue;
  const f = d.parentPath + '/' + d.name; const t = readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  let tree; try { tree = mdxToMdast(t); } catch (e) { console.log('PARSE', f, e.message.slice(0,80)); continue; }
  eachNode(tree, (n) => {
    if (n.type === 'mdxjsEsm') esm.push(f + ': ' + n.value);
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') exprs.push(f + ': ' + n.value);
    if (n.type === 'html') exprs.push('HTML ' + f + ': ' + n.value);
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && !/^(https?:|\/|#|\.)/.test(n.url)) urls.add(n.url);
    if (n.type.startsWith('mdxJsx') && n.type.endsWith('Element')) {
      const m = /^[A-Z]/.test(n.name ?? '') ? comps : els;
      m.set(n.name, (m.get(n.name) ?? 0) + 1);
      for (const a of n.attributes) {
        const k = `${n.name}.${a.name ?? '{...}'}${typeof a.value === 'object' && a.value ? '={' + a.value.value + '}' : ''}`;
        attrs.set(k, (attrs.get(k) ?? 0) + 1);
      }
    }
  });
}
console.log({ els, comps, esm, exprs, urls });
console.log([...attrs.keys()].filter(k => k.includes('={') || /^[a-z]/.test(k)).join('\n'));
console.log([...new Set([...attrs.keys()].map(k => k.split('=')[0]))].join(' '));
