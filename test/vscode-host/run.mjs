#!/usr/bin/env node
// Runs an extension test suite (a CommonJS module exporting run()) in a real VS Code: code-server
// on 127.0.0.1, its workbench opened by headless Chromium through playwright-core. Exits with
// the suite's code (1 on failure or timeout). Why it is done this way: shared VSCODE-HOST.md.
//
//   node test/vscode-host/run.mjs [options]
//     --folder DIR          workspace folder to open (default: a fresh empty temp folder)
//     --extension-development-path DIR   extension under test (default: the repo root)
//     --tests-path FILE     module with run() (default: dist/test/integration/index.js)
//     --vsix FILE           install this .vsix into the fresh extensions dir instead of loading
//                           the extension from a development path
//     --settings FILE       JSON object of user settings (e.g. {"files.eol": "\r\n"})
//     --grep PATTERN        run only the tests whose title matches (DUMP_CURATOR_GREP)
//     --timeout SECONDS     overall limit (default 300)
//     --verbose             also print the workbench's own log and the server's output
//
// stdout carries the extension host's console output (the test report) and nothing else; the
// harness's own lines and the workbench's errors go to stderr. Paths are taken relative to the
// current directory. A test asks for a screenshot or a click in a webview by logging a request
// line (requests.mjs lists them; test/integration/harness.ts and screenshot.ts are the test side).
// The extension host gets DUMP_CURATOR_REPO=<repo root> and DUMP_CURATOR_HARNESS_DIR=<a scratch
// folder of this run> in its environment; the folder outlives a window reload, not the run. A
// test may reload the window (test/integration/reload.ts): the functions exposed to the page
// belong to the browser context, so the harness follows the reloaded workbench and the suite's
// new run in it, and takes that run's exit code.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { codeServerEntry, ensureInstalled, node24, repoRoot } from './install.mjs';
import { freePort } from './free-port.mjs';
import { handleRequest } from './requests.mjs';

const CHROMIUM = '/usr/bin/chromium';
// Without the networking flags Chromium keeps trying hosts that are closed on these machines.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Keeps the workbench quiet and offline; a --settings file is merged over these.
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};
// The workbench hands the extension host's console output (the test output) to
// codeAutomationLog mixed with its own log, and in a test run without any label. Only the former
// passes through MainThreadConsole.$logExtensionHostMessage, so the page-side codeAutomationLog
// looks for that frame on its call stack and tells the harness which kind each message is.
const TAG_EXTENSION_HOST_OUTPUT = `window.codeAutomationLog = (type, args) => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const stack = new Error().stack;
  Error.stackTraceLimit = limit;
  return window.dumpCuratorLog(type, args, stack.includes('$logExtensionHostMessage'));
};`;

const { values: opts } = parseArgs({
  options: {
    folder: { type: 'string' },
    'extension-development-path': { type: 'string' },
    'tests-path': { type: 'string' },
    vsix: { type: 'string' },
    settings: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    verbose: { type: 'boolean', default: false },
  },
});

function log(message) {
  console.error(`[vscode-host] ${message}`);
}

/** Everything started by this run, so that teardown can end it whatever happened. */
const state = { tmp: undefined, server: undefined, serverExited: undefined, browser: undefined, teardown: undefined };

/** Ends everything; a second call (a signal during the normal end) waits for the first. */
function teardown() {
  state.teardown ??= endEverything();
  return state.teardown;
}

async function endEverything() {
  await state.browser?.close().catch(() => {});
  if (state.server && state.server.exitCode === null && state.server.signalCode === null) {
    // The whole group: extension hosts and other helpers otherwise linger for hours.
    try {
      process.kill(-state.server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await state.serverExited;
  }
  if (state.tmp) rmSync(state.tmp, { recursive: true, force: true });
}

let abortedWith; // the exit code once a signal or the time limit ended the run

/** Ends the run from outside its normal course; whatever main() still awaits is then moot. */
function abort(message, exitCode) {
  if (abortedWith !== undefined) return;
  abortedWith = exitCode;
  log(message);
  teardown().finally(() => process.exit(exitCode));
}

for (const [signal, number] of [['SIGHUP', 1], ['SIGINT', 2], ['SIGTERM', 15]]) {
  process.on(signal, () => abort(`${signal}: tearing down`, 128 + number));
}

function readSettings() {
  if (!opts.settings) return BASE_SETTINGS;
  try {
    return { ...BASE_SETTINGS, ...JSON.parse(readFileSync(opts.settings, 'utf8')) };
  } catch (error) {
    throw new Error(`--settings ${opts.settings}: ${error.message}`);
  }
}

/** A copy of our environment for code-server and its extension hosts. */
function serverEnv(tmp, harnessDir) {
  const env = { ...process.env };
  // A VSCODE_IPC_HOOK_CLI inherited from a VS Code terminal would turn code-server into a client.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  Object.assign(env, {
    XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache'),
    DUMP_CURATOR_REPO: repoRoot,
    DUMP_CURATOR_HARNESS_DIR: harnessDir,
    // No extension gallery: nothing to reach here, and tests must not depend on one.
    EXTENSIONS_GALLERY: '{}',
  });
  if (opts.grep) env.DUMP_CURATOR_GREP = opts.grep;
  return env;
}

function installVsix(vsix, dirs, env) {
  const args = [codeServerEntry, '--install-extension', vsix, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData];
  return new Promise((resolve, reject) => {
    const child = spawn(node24, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`installing ${vsix} failed (exit ${code}):\n${output}`))));
  });
}

/** Starts code-server; its last lines of output are kept in `recent` for a timeout report. */
function startServer(port, dirs, env, recent) {
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--reconnection-grace-time', '5',
    // Without it the built workbench ignores the development and test paths and hangs silently.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  // detached: its own process group, so that teardown can end every process it started.
  const server = spawn(node24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      if (opts.verbose) console.error(`[code-server] ${line}`);
      recent.push(line);
      if (recent.length > 40) recent.shift();
    }
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  state.server = server;
  state.serverExited = new Promise((resolve) => server.once('exit', resolve));
  return server;
}

async function waitForHealthz(port, server) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}) before it answered`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('code-server did not answer /healthz within 30 s');
}

/** The workbench takes the test paths as vscode-remote URIs; plain paths or file:// hang. */
function workbenchUrl(port, folder, devPath, testsPath) {
  const remote = (p) => `vscode-remote://remote${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function launchBrowser(profileDir) {
  state.browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Our own handlers end the browser and the server together; Playwright's would exit early.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: { width: 1280, height: 800 },
  });
  return state.browser;
}

/**
 * Opens the workbench, which starts the suite, and relays its output until it reports its exit
 * code (a number) or the server or the browser goes away (a string saying which).
 */
async function runInWorkbench(browser, url) {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const requests = [];
  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  await browser.exposeFunction('dumpCuratorLog', (type, args, fromExtensionHost) => {
    const message = format(...args);
    if (fromExtensionHost) {
      for (const line of message.split('\n')) {
        const request = handleRequest(page, line.trim(), { repoRoot, log });
        if (request) requests.push(request);
        else console.log(line);
      }
    } else if (opts.verbose || type === 'error') {
      console.error(`[workbench ${type}] ${message}`);
    }
  });
  await browser.addInitScript(TAG_EXTENSION_HOST_OUTPUT);
  await browser.exposeFunction('codeAutomationExit', (code) => reportExit(code));

  const serverDied = state.serverExited.then((code) => `server exited (${code})`);
  const browserDied = new Promise((resolve) => browser.once('close', () => resolve('browser closed')));
  await page.goto(url);
  const outcome = await Promise.race([exited, serverDied, browserDied]);
  await Promise.all(requests);
  return outcome;
}

async function main() {
  const timeoutSeconds = Number(opts.timeout);
  if (!(timeoutSeconds > 0)) throw new Error(`--timeout must be a positive number of seconds, not ${opts.timeout}`);
  const testsPath = path.resolve(opts['tests-path'] ?? path.join(repoRoot, 'dist/test/integration/index.js'));
  if (!existsSync(testsPath)) throw new Error(`no test module at ${testsPath} (run \`npm run build\` first)`);
  if (opts.vsix && opts['extension-development-path']) throw new Error('give either --vsix or --extension-development-path');
  for (const option of ['folder', 'extension-development-path', 'vsix']) {
    if (opts[option] && !existsSync(opts[option])) throw new Error(`--${option} ${opts[option]} does not exist`);
  }

  await ensureInstalled();
  const started = Date.now();
  // The limit covers the whole round but not the one-time install.
  const recent = [];
  const timer = setTimeout(() => {
    const tail = opts.verbose ? '' : `\nlast server output:\n${recent.join('\n')}`;
    abort(`TIMEOUT: the suite did not finish within ${timeoutSeconds} s (a hanging test, or the workbench never started it)${tail}`, 1);
  }, timeoutSeconds * 1000);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-vscode-'));
  state.tmp = tmp;
  const dirs = {
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    browser: path.join(tmp, 'browser'),
    workspace: path.join(tmp, 'workspace'),
    // VS Code only runs extension tests when a development path is set: an empty one will do.
    emptyDevPath: path.join(tmp, 'no-development-extension'),
    harness: path.join(tmp, 'harness'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'));
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(readSettings(), null, 2));
  const env = serverEnv(tmp, dirs.harness);

  if (opts.vsix) {
    log(`installing ${opts.vsix}`);
    await installVsix(path.resolve(opts.vsix), dirs, env);
  }
  const devPath = opts.vsix ? dirs.emptyDevPath : path.resolve(opts['extension-development-path'] ?? repoRoot);
  const folder = opts.folder ? path.resolve(opts.folder) : dirs.workspace;

  const port = await freePort();
  const server = startServer(port, dirs, env, recent);
  await waitForHealthz(port, server);
  log(`code-server up on 127.0.0.1:${port} after ${Date.now() - started} ms`);

  const browser = await launchBrowser(dirs.browser);
  const outcome = await runInWorkbench(browser, workbenchUrl(port, folder, devPath, testsPath));
  clearTimeout(timer);
  if (typeof outcome !== 'number') throw new Error(`the run ended early: ${outcome}\n${recent.join('\n')}`);
  log(`suite exited with ${outcome} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outcome;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (abortedWith === undefined) log(`error: ${(opts.verbose && error.stack) || error.message || error}`);
}
// After an abort, teardown is under way and exits on its own; main()'s outcome is moot.
if (abortedWith === undefined) {
  await teardown();
  process.exit(exitCode);
}
