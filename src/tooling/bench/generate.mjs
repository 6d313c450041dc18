// Generates N synthetic guides that use every component the real guides use (Steps, PlatformTabs,
// Aside, SettingPath, Illustration, and one raster Screenshot each), into <dir>/guides/…, never inside
// content/. Words are drawn from a fixed vocabulary with a seeded generator, so runs are comparable.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const ASSISTANTS = ['chatgpt', 'claude', 'gemini', 'copilot', 'meta-ai', 'perplexity', 'grok', 'deepseek', 'le-chat'];
const WORDS = (
  'chat history training memory delete account settings data controls privacy export share link ' +
  'temporary model improve retention days policy request portal device browser phone app switch turn off on ' +
  'saved stored kept review safety legal order court copy file library voice audio search engine page guide ' +
  'step profile menu icon select open tap check worked reader plain words short sentence sources date verified'
).split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(r, n = 8 + Math.floor(r() * 10)) {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
}
const para = (r, n = 4) => Array.from({ length: n }, () => sentence(r)).join(' ');

// BENCH_NO_MEDIA=1 leaves out Illustration and Screenshot (for a site without the media components).
const MEDIA = !process.env.BENCH_NO_MEDIA;
// Every guide has one raster screenshot, drawn from BENCH_SHOTS distinct captures (default 100) taken
// in turn. Encoding a capture to AVIF and WebP costs the same in the site and the bare build (about
// 1 s each on this 2-core machine) and is cached after the first build; with 1,000 distinct captures
// a cold run would take most of an hour and measure only the image encoder. BENCH_SHOTS=1000 for that.
const SHOTS = Number(process.env.BENCH_SHOTS ?? 100);
const shotName = (i) => `synthetic-${String(i % SHOTS).padStart(4, '0')}.png`;

function guide(i, r) {
  const assistant = ASSISTANTS[i % ASSISTANTS.length];
  const steps = (name) => `<Steps name="${name}">\n\n${[1, 2, 3, 4].map((n) => `${n}. ${sentence(r, 7)}`).join('\n')}\n\n</Steps>`;
  return {
    assistant,
    slug: `synthetic-${String(i).padStart(4, '0')}`,
    text: `---
title: "Synthetic guide ${i}: ${sentence(r, 4).slice(0, 40)}"
description: "${para(r, 2).slice(0, 150)}"
assistant: ${assistant}
kind: how-to
platforms: [web, ios, android]
lastVerified: 2026-11-01
published: 2026-11-01
order: ${i}
sources:
  - title: "Synthetic source ${i}"
    url: "https://example.com/source/${i}"
    publisher: "Example"
    date: "2026-11-01"
---
${MEDIA ? `import shot from '../shots/${shotName(i)}';` : ''}

${para(r, 5)}

## ${sentence(r, 4).slice(0, -1)}

${para(r, 6)}

<PlatformTabs>
<Tab platform="web">

${steps('web')}

The path is <SettingPath path="Settings > Data controls > Improve the model for everyone" />.

</Tab>
<Tab platform="ios android">

${steps('app')}

</Tab>
</PlatformTabs>

${MEDIA ? '<Illustration name="chatgpt/web-data-controls" />' : ''}

### ${sentence(r, 3).slice(0, -1)}

${para(r, 6)}

<Aside type="warning" title="Sources disagree">
${para(r, 2)}
</Aside>

${MEDIA ? `<Screenshot src={shot} alt="Synthetic capture ${i} of a settings screen" caption="Synthetic capture used only for benchmarks." platform="web" captured="2026-11-01" />` : ''}

## ${sentence(r, 4).slice(0, -1)}

${Array.from({ length: 5 }, () => `- ${sentence(r)}`).join('\n')}

${para(r, 8)}

## Check it worked

${para(r, 4)}

## What this does not do

${para(r, 6)}
`,
  };
}

/** Writes N guides into dir/guides/<assistant>/ and up to BENCH_SHOTS 1200x675 PNGs into dir/guides/shots/. Returns the folder. */
export async function generate(dir, n, seed = 42) {
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const g = guide(i, r);
    const folder = join(dir, 'guides', g.assistant);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${g.slug}.mdx`), g.text);
    const hue = Math.floor(r() * 255);
    if (!MEDIA || i >= SHOTS) continue;
    mkdirSync(join(dir, 'guides', 'shots'), { recursive: true });
    await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: hue, g: 200, b: 255 - hue } } })
      .composite([
        {
          input: Buffer.from(
            `<svg width="1200" height="675"><rect x="60" y="60" width="${300 + (i % 700)}" height="80" fill="#222"/><text x="80" y="300" font-size="64">Capture ${i}</text></svg>`,
          ),
          top: 0,
          left: 0,
        },
      ])
      .png({ compressionLevel: 9 })
      .toFile(join(dir, 'guides', 'shots', shotName(i)));
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'tests/.tmp/synthetic', n = '100'] = process.argv.slice(2);
  await generate(dir, Number(n));
  console.log(`wrote ${n} guides to ${dir}`);
}
