/**
 * A real window reload in the middle of the suite. The reload ends the extension host that runs
 * the tests, and the reloaded workbench starts the suite again (its URL carries the test paths).
 * So a test that reloads first leaves a checkpoint in the harness's scratch folder: the tests that
 * ran so far, how they went, and its own data. The next run (index.ts) takes the checkpoint,
 * leaves those tests out, adds their counts to its own, and runs the reloading test again, which
 * finds its data with `afterReload` and checks what the reload left.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Mocha from 'mocha';
import * as vscode from 'vscode';
import { harnessDir } from './harness';
import { waitFor } from './helpers';

export interface Tally {
  passes: number;
  pending: number;
  /** What failed, with the error: the reporter's closing list, which had it, never came. */
  failures: string[];
}

interface Checkpoint {
  /** The full title of the test that reloaded. */
  test: string;
  data: unknown;
  /** Full titles of the tests that ended before the reload. */
  ended: string[];
  tally: Tally;
}

const ended: string[] = [];
const tally: Tally = { passes: 0, pending: 0, failures: [] };
let resumed: Checkpoint | undefined;

function checkpointFile(): string | undefined {
  const dir = harnessDir();
  return dir && path.join(dir, 'reload-checkpoint.json');
}

/** Whether this suite can reload its window: only the harness keeps a checkpoint across it. */
export function canReload(): boolean {
  return checkpointFile() !== undefined;
}

/**
 * Before the run: takes the checkpoint a reload left, if any, and leaves out of `root` the tests
 * that ended before it. Returns their tally (undefined when this run follows no reload).
 */
export function resumeAfterReload(root: Mocha.Suite): Tally | undefined {
  const file = checkpointFile();
  if (!file || !existsSync(file)) return undefined;
  resumed = JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  rmSync(file); // one resume per reload
  const done = new Set(resumed.ended);
  const prune = (suite: Mocha.Suite): void => {
    suite.tests = suite.tests.filter((t) => !done.has(t.fullTitle()));
    suite.suites.forEach(prune);
  };
  prune(root);
  return resumed.tally;
}

/** Keeps count of the tests that end in this run, for a checkpoint. */
export function track(runner: Mocha.Runner): void {
  runner.on('pass', () => tally.passes++);
  runner.on('fail', (test, error: Error) => tally.failures.push(`${test.fullTitle()}: ${error.stack ?? error.message}`));
  runner.on('pending', () => tally.pending++);
  runner.on('test end', (test) => ended.push(test.fullTitle()));
}

/** The tally of the tests that ended, in this run and before the reloads that led to it. */
export function tallySoFar(): Tally {
  const before = resumed?.tally ?? { passes: 0, pending: 0, failures: [] };
  return { passes: before.passes + tally.passes, pending: before.pending + tally.pending, failures: [...before.failures, ...tally.failures] };
}

/** The data `test` left when it reloaded the window, in the run after that reload. */
export function afterReload<T>(test: Mocha.Runnable): T | undefined {
  return resumed?.test === test.fullTitle() ? (resumed.data as T) : undefined;
}

/**
 * Reloads the window. The suite goes on in the reloaded window, where `test` runs again and
 * `afterReload` gives it `data`; in this run it never returns, and fails if no reload comes.
 */
export async function reloadWindow(test: Mocha.Runnable, data: unknown): Promise<never> {
  const file = checkpointFile();
  if (!file) throw new Error('a window reload needs test/vscode-host/run.mjs');
  const checkpoint: Checkpoint = { test: test.fullTitle(), data, ended: [...(resumed?.ended ?? []), ...ended], tally: tallySoFar() };
  writeFileSync(file, JSON.stringify(checkpoint));
  // Not awaited: the command may not answer before the reload ends this extension host.
  void vscode.commands.executeCommand('workbench.action.reloadWindow');
  try {
    return (await waitFor('the window to reload', () => false, 30_000)) as never;
  } finally {
    // Still here: no reload came, and none that comes later may resume from this checkpoint.
    rmSync(file, { force: true });
  }
}
