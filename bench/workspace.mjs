// Workspace benchmark: "Check Workspace" in a real VS Code (code-server, as the integration tests
// run it) over a synthetic corpus of 20,000 dumps built from the fixtures, cold and warm, against
// the CLI's `check` of the same folder measured in the same run.
//
//   node bench/workspace.mjs [--dumps N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA, fixtureDumps, ROOT, variant } from './corpus.mjs';

const { values } = parseArgs({ options: { dumps: { type: 'string', default: '20000' } } });
const count = Number(values.dumps);
const folder = join(DATA, `workspace-${count}`);

function buildCorpus() {
  rmSync(folder, { recursive: true, force: true });
  const fixtures = fixtureDumps();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const f = fixtures[i % fixtures.length];
    const dir = join(folder, String(Math.floor(i / 200)).padStart(3, '0'));
    if (i % 200 === 0) mkdirSync(dir, { recursive: true });
    const text = variant(f.text, Math.floor(i / fixtures.length));
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${f.name.replace(/\//g, '_')}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

const run = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });

console.log(`building ${count} dumps in ${folder}`);
const bytes = buildCorpus();
console.log(`  ${(bytes / 1e6).toFixed(1)} MB`);
if (!existsSync(join(ROOT, 'dist', 'test', 'integration', 'bench-workspace.js'))) run(process.execPath, ['scripts/build.mjs']);

const cliRuns = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const r = run(process.execPath, ['dist/cli.js', 'check', '--format', 'json', folder]);
  cliRuns.push(performance.now() - t0);
  if (r.status === 2) console.log(r.stderr.split('\n').slice(0, 3).join('\n'));
}
cliRuns.sort((a, b) => a - b);

const host = run(process.execPath, ['test/vscode-host/run.mjs', '--folder', folder, '--tests-path', 'dist/test/integration/bench-workspace.js', '--timeout', '1500']);
const line = host.stdout.split('\n').find((l) => l.includes('[[bench]]'));
if (!line) {
  console.error(host.stdout.slice(-3000), host.stderr.slice(-3000));
  throw new Error('the workspace benchmark did not report');
}
const editor = JSON.parse(line.slice(line.indexOf('{')));
const cli = cliRuns[1];
const mbps = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`
Check Workspace, ${editor.files} dumps, ${(bytes / 1e6).toFixed(1)} MB (one run each in a fresh code-server)
  editor, cold (index + check)   ${(editor.coldMs / 1000).toFixed(1)} s   ${mbps(editor.coldMs)} MB/s
  editor, warm (index kept)      ${(editor.warmMs / 1000).toFixed(1)} s   ${mbps(editor.warmMs)} MB/s
  CLI check --jobs 1 (median 3)  ${(cli / 1000).toFixed(1)} s   ${mbps(cli)} MB/s
  editor cold / CLI: ${(editor.coldMs / cli).toFixed(2)}x the time; warm / CLI: ${(editor.warmMs / cli).toFixed(2)}x`);
console.log(JSON.stringify({ dumps: editor.files, mb: bytes / 1e6, editorColdMs: editor.coldMs, editorWarmMs: editor.warmMs, cliMedianMs: Math.round(cli) }));
