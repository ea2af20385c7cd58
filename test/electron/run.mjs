#!/usr/bin/env node
// Runs the integration suite (dist/test/integration/index.js) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code; machines that cannot use
// test/vscode-host/run.mjs (code-server) with the same suite. On Linux without a display, run it
// under `xvfb-run -a`. Screenshots are skipped here (no harness answers them).
//
//   node test/electron/run.mjs [options]
//     --folder DIR           workspace folder to open (default: a fresh empty temp folder)
//     --extension-development-path DIR   (default: the repo root)
//     --tests-path FILE      (default: dist/test/integration/index.js)
//     --settings FILE        JSON object of user settings for the fresh profile
//     --grep PATTERN         run only the tests whose title matches (DUMP_CURATOR_GREP)
//     --vscode-version V     "stable" (default), "insiders" or a version such as 1.100.0
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: opts } = parseArgs({
  options: {
    folder: { type: 'string' },
    'extension-development-path': { type: 'string' },
    'tests-path': { type: 'string' },
    settings: { type: 'string' },
    grep: { type: 'string' },
    'vscode-version': { type: 'string', default: 'stable' },
  },
});

function log(message) {
  console.error(`[test-electron] ${message}`);
}

async function download() {
  try {
    // Cached in the git-ignored .vscode-test/, as test-electron does by default.
    return await downloadAndUnzipVSCode({ version: opts['vscode-version'], cachePath: path.join(repoRoot, '.vscode-test') });
  } catch (error) {
    throw new Error(
      `could not download VS Code ${opts['vscode-version']} (${error.message}).\n` +
        'This machine cannot reach VS Code\'s download server; run the suite in code-server instead:\n' +
        '  node test/vscode-host/run.mjs',
    );
  }
}

async function main() {
  const testsPath = path.resolve(opts['tests-path'] ?? path.join(repoRoot, 'dist/test/integration/index.js'));
  if (!existsSync(testsPath)) throw new Error(`no test module at ${testsPath} (run \`npm run build\` first)`);
  const vscodeExecutablePath = await download();

  // A fresh profile per run, so that no earlier run's state or settings leak in.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-electron-'));
  try {
    const userData = path.join(tmp, 'user-data');
    const workspace = path.join(tmp, 'workspace');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    mkdirSync(workspace);
    if (opts.settings) writeFileSync(path.join(userData, 'User', 'settings.json'), readFileSync(opts.settings));
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: path.resolve(opts['extension-development-path'] ?? repoRoot),
      extensionTestsPath: testsPath,
      extensionTestsEnv: opts.grep ? { DUMP_CURATOR_GREP: opts.grep } : undefined,
      launchArgs: [
        opts.folder ? path.resolve(opts.folder) : workspace,
        '--disable-extensions', // only the extension under test
        '--disable-telemetry',
        '--user-data-dir', userData,
        '--extensions-dir', path.join(tmp, 'extensions'),
      ],
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // runTests rejects with "Test run failed with code 1" when the suite fails; its output is above.
  log(error.message);
  process.exitCode = 1;
}
