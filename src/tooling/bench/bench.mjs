// npm run bench: builds 100 and 1,000 synthetic guides with the real site (search index included) and
// with a bare Astro + MDX page (src/tooling/bench/bare), cold (caches cleared) and warm, 3 runs each,
// and prints wall time, peak memory, pages per second, dist and index size, and the site/bare ratio.
// Synthetic content goes to tests/.tmp/bench (git-ignored), never into content/.
// Options: BENCH_SIZES=100,1000  BENCH_RUNS=3
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join, resolve } from 'node:path';
import { generate } from './generate.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = resolve('tests/.tmp/bench');
if (!existsSync('/usr/bin/time')) throw new Error('GNU time is needed for peak memory: apt-get install -y time');

function du(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

function timed(command, env) {
  const run = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', command], {
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`build failed: ${command}\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-3000)}`);
  const wall = run.stderr.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/);
  const rss = run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  // CPU time (user + system, child processes such as Pagefind's included) barely moves with the
  // machine's load, unlike wall time: it tells a slower build from a busier machine.
  const cpu =
    Number(run.stderr.match(/User time \(seconds\): ([\d.]+)/)[1]) + Number(run.stderr.match(/System time \(seconds\): ([\d.]+)/)[1]);
  return { seconds, cpu, peakMiB: Number(rss[1]) / 1024, phases: phasesOf(run.stdout + run.stderr) };
}

/**
 * Where a build's time goes, read from Astro's own log: this site's guide lint (before Astro starts),
 * content sync and type generation, Vite's bundling, rendering the pages (MDX, layouts, preview
 * images, pictures), and this site's post-build steps (link checker, search index). Seconds; a phase the log does not show is left out.
 */
function phasesOf(log) {
  const plain = stripVTControlCharacters(log);
  // Astro writes "706ms", "43.10s" or, past a minute, "1m 3s"; this site's hooks "9305 ms".
  const D = '((?:\\d+m\\s+)?[\\d.]+\\s?m?s)';
  const toSeconds = (d) => {
    const m = d.match(/^(?:(\d+)m\s+)?([\d.]+)\s?(m?s)$/);
    return Number(m[1] ?? 0) * 60 + Number(m[2]) * (m[3] === 'ms' ? 0.001 : 1);
  };
  const secs = (source) => {
    const m = plain.match(new RegExp(source.replace('DURATION', D)));
    return m ? toSeconds(m[1]) : undefined;
  };
  return {
    'guide lint': secs('guides checked before the build in DURATION'),
    'content + types': secs('Collecting build info\\.\\.\\.\\s*\\n.*✓ Completed in DURATION'),
    bundle: secs('\\[vite\\] ✓ built in DURATION'),
    render: secs('generating static routes[\\s\\S]*?✓ Completed in DURATION'),
    total: secs('\\[build\\] \\d+ page\\(s\\) built in DURATION'),
    images: secs('generating optimized images[\\s\\S]*?✓ Completed in DURATION'),
    'link check': secs('links and ids checked on \\d+ pages in DURATION'),
    'search index': secs('guide\\(s\\) indexed in DURATION'),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const n of SIZES) {
  const content = await generate(join(ROOT, `content-${n}`), n);
  // Site and bare take turns run by run, so a change in the machine's load hits both alike.
  for (const mode of ['cold', 'warm']) {
    const runs = { site: [], bare: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const variant of ['site', 'bare']) {
        const out = join(ROOT, `dist-${variant}-${n}`);
        const cache = join(ROOT, `cache-${variant}-${n}`);
        const env = { OTR_CONTENT_DIR: content, OTR_CACHE_DIR: cache };
        const cmd =
          variant === 'site'
            ? `node_modules/.bin/astro build --outDir ${out}` // the search index is built inside (src/integrations/pagefind.mjs)
            : `node_modules/.bin/astro build --root src/tooling/bench/bare --outDir ${out}`;
        rmSync(out, { recursive: true, force: true });
        if (mode === 'cold') {
          rmSync(cache, { recursive: true, force: true });
          rmSync('src/tooling/bench/bare/.astro', { recursive: true, force: true });
        }
        const load = loadavg()[0];
        runs[variant].push(timed(cmd, env));
        process.stderr.write(
          `${variant} ${n} ${mode} run ${i + 1}: ${runs[variant].at(-1).seconds.toFixed(1)} s, CPU ${runs[variant].at(-1).cpu.toFixed(1)} s (load average before: ${load.toFixed(1)})\n`,
        );
      }
    }
    for (const variant of ['site', 'bare']) {
      const list = runs[variant];
      const out = join(ROOT, `dist-${variant}-${n}`);
      const seconds = median(list.map((r) => r.seconds));
      rows.push({
        n,
        variant,
        mode,
        seconds,
        range: [Math.min(...list.map((r) => r.seconds)), Math.max(...list.map((r) => r.seconds))],
        phases: list.find((r) => r.seconds === seconds)?.phases ?? list[0].phases,
        cpu: median(list.map((r) => r.cpu)),
        peakMiB: median(list.map((r) => r.peakMiB)),
        pagesPerSec: n / seconds,
        distMiB: du(out) / 2 ** 20,
        indexMiB: du(join(out, 'pagefind')) / 2 ** 20,
      });
    }
  }
  report(n);
}

/** Prints the tables for one size as soon as it is measured, so a long run's early results survive. */
function report(size) {
  console.log(
    `\nBuild benchmark: median of ${RUNS} runs (range in brackets); screenshots: ${process.env.BENCH_SHOTS ?? 100} distinct captures in turn\n`,
  );
  console.log(
    '| guides | build | cache | wall | CPU | peak memory | pages/s | dist | search index |\n|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows.filter((x) => x.n === size)) {
    console.log(
      `| ${r.n} | ${r.variant} | ${r.mode} | ${r.seconds.toFixed(1)} s [${r.range[0].toFixed(1)}–${r.range[1].toFixed(1)}] | ${r.cpu.toFixed(1)} s | ${Math.round(r.peakMiB)} MiB | ${r.pagesPerSec.toFixed(1)} | ${r.distMiB.toFixed(1)} MiB | ${r.variant === 'site' ? `${r.indexMiB.toFixed(1)} MiB` : '–'} |`,
    );
  }
  console.log('\n| guides | cache | site / bare, wall | site / bare, CPU |\n|---|---|---|---|');
  for (const n of [size])
    for (const mode of ['cold', 'warm']) {
      const s = rows.find((r) => r.n === n && r.mode === mode && r.variant === 'site');
      const b = rows.find((r) => r.n === n && r.mode === mode && r.variant === 'bare');
      console.log(`| ${n} | ${mode} | ${(s.seconds / b.seconds).toFixed(2)}x | ${(s.cpu / b.cpu).toFixed(2)}x |`);
    }

  console.log('\nWhere the time goes (seconds, from the median run\'s build log; "–" = not in the log)\n');
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.phases)))];
  console.log(`| guides | build | cache | ${names.join(' | ')} |\n|---|---|---|${names.map(() => '---').join('|')}|`);
  for (const r of rows.filter((x) => x.n === size)) {
    console.log(
      `| ${r.n} | ${r.variant} | ${r.mode} | ${names.map((k) => (r.phases[k] === undefined ? '–' : r.phases[k].toFixed(1))).join(' | ')} |`,
    );
  }
}
