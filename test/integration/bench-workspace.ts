// Entry of the workspace benchmark (bench/workspace.mjs), not of the test suite: it times
// "Check Workspace" over the folder the harness opened, cold (nothing indexed) and again warm
// (index kept, files unchanged), and logs the figures as one line for the benchmark to read.
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('dump-curator.dump-curator');
  await extension?.activate();
  const times: Record<string, number> = {};
  let files = 0;
  for (const pass of ['cold', 'warm']) {
    const t0 = Date.now();
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; skipped: unknown[] }>('dumpCurator.checkWorkspace');
    times[pass] = Date.now() - t0;
    if (!summary) throw new Error('Check Workspace returned nothing');
    files = summary.files;
    console.log(`${pass}: ${summary.files} dumps, ${summary.findings} findings, ${summary.skipped.length} skipped in ${times[pass]} ms`);
  }
  console.log(`[[bench]] ${JSON.stringify({ files, coldMs: times.cold, warmMs: times.warm })}`);
}
