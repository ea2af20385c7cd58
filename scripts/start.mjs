// `npm start`: builds the product, runs the CLI on the bundled examples, then opens the extension
// on the examples/ folder: in desktop VS Code where the `code` command exists, otherwise in the
// real VS Code for the browser that the tests use (code-server), at a local URL it prints.
//   npm start -- --no-editor    only the build and the CLI part
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/vscode-host/free-port.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const examples = path.join(repo, 'examples');
process.chdir(repo);

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const cli = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
console.log('\n$ dump-curator check examples/');
cli(['check', 'examples/']);
console.log('\n$ dump-curator clean examples/20min-putin-kim.dump');
cli(['clean', 'examples/20min-putin-kim.dump']);
if (process.argv.includes('--no-editor')) process.exit(0);

if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
  console.log('\nOpening examples/ in VS Code with the extension loaded from this folder.');
  spawn('code', [`--extensionDevelopmentPath=${repo}`, examples], { stdio: 'inherit', detached: true }).unref();
} else {
  await openInBrowserVsCode();
}

/** No desktop VS Code: code-server (installed by the test harness) with the packed extension. */
async function openInBrowserVsCode() {
  const { ensureInstalled, node24, codeServerEntry } = await import('../test/vscode-host/install.mjs');
  await ensureInstalled();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-start-'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const vsix = path.join(tmp, `dump-curator-${version}.vsix`);
  execFileSync('npx', ['vsce', 'package', '--no-dependencies', '-o', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dirs = ['--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'extensions')];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_DATA_HOME: path.join(tmp, 'xdg'), XDG_CACHE_HOME: path.join(tmp, 'xdg'), EXTENSIONS_GALLERY: '{}' };
  execFileSync(node24, [codeServerEntry, '--install-extension', vsix, ...dirs], { env, stdio: 'ignore' });
  // A quiet workbench that opens on the reference dump's folder, trusted (it is this repository's).
  mkdirSync(path.join(tmp, 'user', 'User'), { recursive: true });
  writeFileSync(path.join(tmp, 'user', 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false }));
  const port = await freePort();
  const server = spawn(node24, [codeServerEntry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...dirs, examples], { env, stdio: 'ignore' });
  const stop = () => {
    server.kill();
    rmSync(tmp, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`\nDump Curator in VS Code for the browser: http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}`);
  console.log('Open that address in a browser on this machine; Ctrl+C stops the server.');
}

