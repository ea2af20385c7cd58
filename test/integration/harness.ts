// Requests to the harness (test/vscode-host/run.mjs, requests.mjs there lists them): the
// extension host cannot reach the browser, so a test logs a request line and polls for the done
// file that the harness writes when it has acted (empty, or the error). The harness sets
// DUMP_CURATOR_HARNESS_DIR; where it is missing (desktop VS Code under test-electron) nobody
// would answer, and the tests that need the browser skip themselves.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const POLL_MS = 100;
const LIMIT_MS = 30_000;

/** The run's scratch folder, which outlives a window reload; undefined outside the harness. */
export function harnessDir(): string | undefined {
  return process.env.DUMP_CURATOR_HARNESS_DIR || undefined;
}

/** Logs `[[dump-curator:<request>]]` and waits until the harness has written `done`. */
export async function askHarness(request: string, done: string): Promise<void> {
  rmSync(done, { force: true }); // a marker left by an aborted run would end the wait at once
  console.log(`[[dump-curator:${request}]]`);
  for (const deadline = Date.now() + LIMIT_MS; !existsSync(done); ) {
    if (Date.now() > deadline) throw new Error(`${request}: no answer from the harness within ${LIMIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const error = readFileSync(done, 'utf8');
  rmSync(done);
  if (error) throw new Error(`${request} failed: ${error}`);
}

let clicks = 0;

/**
 * A real mouse click, through the browser, on the one element that matches `selector` (a
 * Playwright selector: CSS, or e.g. `p:has-text("…")`) in the one webview that has it.
 */
export async function clickInWebview(selector: string): Promise<void> {
  const dir = harnessDir();
  if (!dir) throw new Error('clicks in a webview need test/vscode-host/run.mjs');
  const done = path.join(dir, `click-${++clicks}.done`);
  await askHarness(`click ${selector} ${done}`, done);
}
