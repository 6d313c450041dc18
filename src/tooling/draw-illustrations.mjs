#!/usr/bin/env node
// Writes the UI illustrations in src/illustrations/<assistant>/<name>.svg.
//
// Where things are:
// - src/tooling/illustrations/primitives.mjs: the shared visual language (frames, placeholder bars,
//   switches, buttons, the highlight ring and numbered callouts, settings dialogs, phone lists).
// - src/tooling/illustrations/<assistant>.mjs: that assistant's screens, one function per drawing.
// - src/illustrations/<assistant>/index.ts: each drawing's caption, alt text and callout names.
//
// The output is readable SVG and is committed. It is optimized with svgo at build time by
// src/illustrations/index.ts, so edit the drawings in src/tooling/illustrations/, then run:
//   node src/tooling/draw-illustrations.mjs              (all drawings)
//   node src/tooling/draw-illustrations.mjs claude       (one assistant)
//   node src/tooling/draw-illustrations.mjs web-export   (one drawing, by name)
//
// Rules for drawing (see README, "Writing a guide"):
// - Only labels a source in the registry quotes (content/sources/*.yaml), copied exactly. Anything else on a screen is a
//   neutral placeholder bar (`bar`), never invented text.
// - Callout numbers are the order you click on that screen (1, 2, 3 ...). The list in
//   src/illustrations/<assistant>/index.ts names them, in the same order.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawings as chatgpt } from './illustrations/chatgpt.mjs';
import { drawings as claude } from './illustrations/claude.mjs';
import { drawings as copilot } from './illustrations/copilot.mjs';
import { drawings as deepseek } from './illustrations/deepseek.mjs';
import { drawings as gemini } from './illustrations/gemini.mjs';
import { drawings as grok } from './illustrations/grok.mjs';
import { drawings as leChat } from './illustrations/le-chat.mjs';
import { drawings as metaAi } from './illustrations/meta-ai.mjs';
import { drawings as perplexity } from './illustrations/perplexity.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Assistant id (folder in src/illustrations/) -> its drawings by name. */
const sets = {
  chatgpt,
  claude,
  gemini,
  copilot,
  'meta-ai': metaAi,
  perplexity,
  grok,
  deepseek,
  'le-chat': leChat,
};

const only = process.argv.slice(2);
for (const [assistant, drawings] of Object.entries(sets)) {
  const outDir = join(root, 'src/illustrations', assistant);
  mkdirSync(outDir, { recursive: true });
  for (const [name, draw] of Object.entries(drawings)) {
    if (only.length && !only.includes(name) && !only.includes(assistant)) continue;
    const file = join(outDir, `${name}.svg`);
    writeFileSync(file, draw());
    console.log(`wrote ${file}`);
  }
}
