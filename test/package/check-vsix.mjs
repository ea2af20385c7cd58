// `npm run test:package`: packs the VSIX as a user would get it, checks what is inside it against
// the allow-list and its size, then runs the smoke tests in a fresh code-server with the VSIX
// installed (not the development folder).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-vsix-'));
const vsix = path.join(dir, `dump-curator-${version}.vsix`);
let passed = 0;
let failed = 0;

function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✖ ${name}\n${e.message}`);
  }
}

/** Entry names from a zip's central directory. */
function zipEntries(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(offset), 0x02014b50, 'broken central directory');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extra = buffer.readUInt16LE(offset + 30);
    const comment = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

try {
  console.log(`packing ${path.basename(vsix)}`);
  execFileSync('npx', ['vsce', 'package', '--no-dependencies', '-o', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
  const bytes = readFileSync(vsix);
  const files = zipEntries(bytes).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).sort();
  console.log(files.map((f) => `    ${f}`).join('\n'));

  const allowed = [
    /^dist\/(extension|worker)\.js$/,
    /^syntaxes\/rawdump\.tmLanguage\.json$/,
    /^language-configuration\.json$/,
    /^media\/(icon\.png|preview\.js|preview\.css)$/,
    /^package(\.nls(\.[a-z-]+)?)?\.json$/,
    /^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
    /^(readme\.md|changelog\.md|LICENSE\.txt)$/,
  ];
  check('every file is on the allow-list', () => {
    const stray = files.filter((f) => !allowed.some((re) => re.test(f)));
    assert.deepEqual(stray, [], `not allowed in the VSIX: ${stray.join(', ')}`);
  });
  check('the extension, its worker, grammar, icon, manifest and documents are there', () => {
    for (const f of ['dist/extension.js', 'dist/worker.js', 'syntaxes/rawdump.tmLanguage.json', 'media/icon.png', 'package.json', 'readme.md', 'changelog.md', 'LICENSE.txt']) {
      assert.ok(files.includes(f), `${f} is missing`);
    }
  });
  check('no sources, tests, node_modules or source maps', () => {
    assert.deepEqual(files.filter((f) => /^(src|test|node_modules)\/|\.map$|\.ts$/.test(f)), []);
  });
  // Stat calls, link resolution and folders made for Clean Workspace to Folder's outputs are the
  // worker's (src/extension/corpus/output-sessions.ts): on a slow disk they would hold up every extension.
  check('the extension host makes no blocking file system call', () => {
    const calls = new Set(readFileSync('dist/extension.js', 'utf8').match(/\b\w+Sync\b/g));
    assert.deepEqual([...calls], []);
  });
  check(`the VSIX is under 1 MB (${(bytes.length / 1024).toFixed(0)} KB)`, () => assert.ok(bytes.length < 1024 * 1024));

  console.log('smoke tests against the installed VSIX');
  const smoke = spawnSync(process.execPath, ['test/vscode-host/run.mjs', '--vsix', vsix, '--grep', '@smoke'], { stdio: 'inherit' });
  check('the smoke suite passes in code-server with the VSIX installed', () => assert.equal(smoke.status, 0, `exit ${smoke.status}`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
