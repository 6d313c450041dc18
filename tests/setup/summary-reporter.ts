// Prints, after Vitest's own summary, how long each project took (first file start to last file end)
// and one plain closing line ("Tests: N passed, N failed, N skipped"), so CI logs state the count in a
// form any tool can read.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  private spans = new Map<string, { start: number; end: number; tests: number }>();

  onTestModuleStart(mod: TestModule) {
    const name = mod.project.name || 'default';
    const span = this.spans.get(name) ?? { start: performance.now(), end: 0, tests: 0 };
    this.spans.set(name, span);
  }

  onTestModuleEnd(mod: TestModule) {
    const span = this.spans.get(mod.project.name || 'default');
    if (!span) return;
    span.end = performance.now();
    span.tests += [...mod.children.allTests()].length;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0,
      failed = 0,
      skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++;
    }
    const projects = [...this.spans].map(([name, s]) => `${name} ${((s.end - s.start) / 1000).toFixed(1)} s (${s.tests} tests)`);
    if (projects.length > 1) process.stdout.write(`\nProjects: ${projects.join(', ')}`);
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
