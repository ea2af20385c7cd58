// Entry of the integration suite. VS Code's extension host loads dist/test/integration/index.js
// (esbuild bundles this file and the suites into it) and calls run(); a rejection fails the run.
// The same module serves code-server (test/vscode-host/run.mjs) and desktop VS Code
// (test/electron/run.mjs). DUMP_CURATOR_GREP in the environment runs only matching tests. A run
// that follows a window reload (reload.ts) leaves out what ran before it and counts it in.
import { resumeAfterReload, tallySoFar, track } from './reload';

/**
 * One loader per suite module, in run order; add new suites here as
 * `() => require('./name.test')`. A require(), not an import: imports run when the bundle loads,
 * before mocha's describe/it globals exist, while esbuild bundles a require() all the same.
 */
const suites: Array<() => unknown> = [
  () => require('./diagnostics.test'),
  () => require('./fixes.test'),
  () => require('./settings.test'),
  () => require('./corpus.test'),
  () => require('./robustness.test'),
  () => require('./preview.test'),
];

export function run(): Promise<void> {
  return runSuites(suites);
}

/** Runs the given suite modules under mocha's bdd ui with the spec reporter. */
export async function runSuites(loaders: ReadonlyArray<() => unknown>): Promise<void> {
  // mocha stays outside the bundle; a dynamic import loads it whether it is CommonJS or ESM.
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // the output ends up in a log, not a terminal
    timeout: 20_000,
    forbidOnly: Boolean(process.env.CI),
    grep: process.env.DUMP_CURATOR_GREP || undefined,
  });
  // What mocha.loadFiles() does for each file: put describe/it/... on the global object.
  mocha.suite.emit('pre-require', globalThis, 'test/integration', mocha);
  for (const load of loaders) load();
  const before = resumeAfterReload(mocha.suite);
  if (before) console.log(`(the window reloaded: ${before.passes} passing, ${before.failures.length} failing, ${before.pending} pending before it; those tests do not run again)`);

  await new Promise<void>((resolve, reject) => {
    // The spec reporter has already printed each failure with its assertion message and stack.
    const runner = mocha.run((failures) => {
      let failed = failures;
      let total = runner.total;
      if (before) {
        // The reporter's closing list in the run before the reload never came.
        for (const failure of before.failures) console.log(`failed before the window reload: ${failure}`);
        failed += before.failures.length;
        total += before.passes + before.failures.length + before.pending;
        const all = tallySoFar();
        console.log(`(with the tests before the window reload: ${all.passes} passing, ${all.failures.length} failing, ${all.pending} pending)`);
      }
      if (failed > 0) reject(new Error(`${failed} of ${total} integration tests failed`));
      else if (runner.total === 0) reject(new Error('no integration test ran (check DUMP_CURATOR_GREP and the suite list)'));
      else resolve();
    });
    track(runner);
  });
}
