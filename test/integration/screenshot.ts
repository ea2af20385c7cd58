// Screenshots of the whole workbench from inside a test, taken by the harness (harness.ts). The
// harness sets DUMP_CURATOR_REPO (the repo root, which `relPath` is relative to); where it is
// missing (desktop VS Code under test-electron) no harness listens, so the screenshot is skipped.
import path from 'node:path';
import { askHarness } from './harness';

export async function screenshot(relPath: string): Promise<void> {
  const repo = process.env.DUMP_CURATOR_REPO;
  if (!repo) {
    console.log(`(screenshot ${relPath} skipped: not running under test/vscode-host/run.mjs)`);
    return;
  }
  await askHarness(`screenshot ${relPath}`, path.resolve(repo, `${relPath}.done`));
}
