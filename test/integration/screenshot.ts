// Screenshots of the whole workbench from inside a test. The extension host cannot reach the
// browser, so the test asks test/vscode-host/run.mjs by logging a line that the harness watches
// for; the harness writes the PNG, then `<path>.done` (empty, or the error when it failed).
// The harness sets DUMP_CURATOR_REPO (the repo root, which `relPath` is relative to) in the
// extension host's environment; where it is missing (desktop VS Code under test-electron) no
// harness listens, so the screenshot is skipped.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const POLL_MS = 100;
const LIMIT_MS = 30_000;

export async function screenshot(relPath: string): Promise<void> {
  const repo = process.env.DUMP_CURATOR_REPO;
  if (!repo) {
    console.log(`(screenshot ${relPath} skipped: not running under test/vscode-host/run.mjs)`);
    return;
  }
  const done = path.resolve(repo, `${relPath}.done`);
  rmSync(done, { force: true }); // a marker left by an aborted run would end the wait at once
  console.log(`[[dump-curator:screenshot ${relPath}]]`);
  for (const deadline = Date.now() + LIMIT_MS; !existsSync(done); ) {
    if (Date.now() > deadline) throw new Error(`screenshot ${relPath}: no answer from the harness within ${LIMIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const error = readFileSync(done, 'utf8');
  rmSync(done);
  if (error) throw new Error(`screenshot ${relPath} failed: ${error}`);
}
