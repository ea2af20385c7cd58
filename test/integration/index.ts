// Entry of the integration suite. VS Code's extension host loads dist/test/integration/index.js
// (esbuild bundles this file and the suites into it) and calls run(); a rejection fails the run.
// The same module serves code-server (test/vscode-host/run.mjs) and desktop VS Code
// (test/electron/run.mjs). DUMP_CURATOR_GREP in the environment runs only matching tests.

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

  await new Promise<void>((resolve, reject) => {
    // The spec reporter has already printed each failure with its assertion message and stack.
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} of ${runner.total} integration tests failed`));
      else if (runner.total === 0) reject(new Error('no integration test ran (check DUMP_CURATOR_GREP and the suite list)'));
      else resolve();
    });
  });
}
