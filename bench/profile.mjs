/**
 * Where the engine's time goes: runs `clean` (as `dump-curator clean` does: `cleanText`) or
 * `analyze` under the V8 CPU profiler on the benchmark's inputs and prints the time inside that
 * call by source module and by function.
 *
 *   node bench/profile.mjs [corpus|1MB|10MB] [clean|analyze] [--mb N]
 *
 * corpus (default): the first N MB (default 10) of the benchmark corpus, one dump at a time.
 * The profile is written to bench/.data/prof/ (open it in Chrome DevTools for the call tree).
 * Regular-expression and native time is listed on its own line, and charged to the calling
 * module in the per-module table. Sampling every 250 us slows the run itself: read the shares.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigDump, corpus, DATA, fixtureDumps, MB } from './corpus.mjs';
import { ENGINE_FILE, loadEngine } from './engine.mjs';

const args = process.argv.slice(2);
const child = args.includes('--child');
const mbAt = args.indexOf('--mb');
const mb = mbAt >= 0 ? Number(args[mbAt + 1]) : 10;
const [input = 'corpus', op = 'clean'] = args.filter((a, i) => !a.startsWith('--') && (mbAt < 0 || i !== mbAt + 1));
if (!['corpus', '1MB', '10MB'].includes(input) || !['clean', 'analyze'].includes(op)) {
  console.error('usage: node bench/profile.mjs [corpus|1MB|10MB] [clean|analyze] [--mb N]');
  process.exit(2);
}
const PROF = join(DATA, 'prof');
/** The engine function each operation calls, as bench/run.mjs times it (`clean` is the CLI's). */
const ENGINE_FN = { clean: 'cleanText', analyze: 'analyze' }[op];

if (child) {
  const { engine, source } = await loadEngine();
  console.log(`engine: commit ${source.commit}${source.uncommitted.length ? ` + uncommitted ${source.uncommitted.join(', ')}` : ''}; bundle sha256 ${source.bundleSha256}`);
  const fixtures = fixtureDumps();
  const texts = input === 'corpus' ? corpus(mb * MB, fixtures).map((d) => d.text) : [bigDump(parseInt(input, 10) * MB, fixtures)];
  for (const t of texts.slice(0, 300)) engine[ENGINE_FN](t); // warm-up
  const start = performance.now();
  for (const t of texts) engine[ENGINE_FN](t);
  const ms = performance.now() - start;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`${op} over ${input === 'corpus' ? `${texts.length} dumps, ` : ''}${(bytes / MB).toFixed(2)} MB: ${ms.toFixed(0)} ms under the profiler`);
} else {
  rmSync(PROF, { recursive: true, force: true });
  mkdirSync(PROF, { recursive: true });
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', PROF,
    fileURLToPath(import.meta.url), ...args, '--child'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  summarize(join(PROF, readdirSync(PROF).find((f) => f.endsWith('.cpuprofile'))), ENGINE_FN);
}

function summarize(file, rootName) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  // Bundle line -> source file, from esbuild's `// path/to/file.ts` comments.
  const moduleAt = [];
  let current = '?';
  for (const line of readFileSync(ENGINE_FILE, 'utf8').split('\n')) {
    const m = /^\/\/ (?:\.\.\/)*(\S*(?:node_modules|src)\/\S+)$/.exec(line);
    if (m) current = m[1].replace(/^.*?node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1 (dependency)');
    moduleAt.push(current);
  }
  const inBundle = (n) => n.callFrame.url.endsWith('core.cjs');
  const where = (n) => (inBundle(n) ? moduleAt[n.callFrame.lineNumber] : n.callFrame.url ? n.callFrame.url.split('/').pop() : 'native');
  const label = (n) => `${n.callFrame.functionName || '(anonymous)'}  [${where(n)}]`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  const selfFn = new Map();
  const selfModule = new Map();
  const inclusive = new Map();
  const add = (m, k, d) => m.set(k, (m.get(k) ?? 0) + d);
  profile.samples.forEach((id, i) => {
    const d = profile.timeDeltas[i] ?? 0;
    const stack = [];
    for (let x = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x));
    if (!stack.some((n) => inBundle(n) && n.callFrame.functionName === rootName)) return;
    total += d;
    add(selfFn, label(stack[0]), d);
    add(selfModule, where(stack.find((n) => n.callFrame.url) ?? stack[0]), d);
    for (const k of new Set(stack.map(label))) add(inclusive, k, d);
  });
  const show = (title, m, n) => {
    console.log(`\n${title}`);
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
      .forEach(([k, t]) => console.log(`${((100 * t) / total).toFixed(1).padStart(6)}%  ${k.length > 150 ? k.slice(0, 147) + '...' : k}`));
  };
  console.log(`\ntime sampled inside ${rootName}(): ${(total / 1000).toFixed(0)} ms (profile: ${file})`);
  show('self time by source module (regular expressions and native code charged to their caller)', selfModule, 20);
  show('self time by function', selfFn, 30);
  show('inclusive time by function (engine and its dependencies)', new Map([...inclusive].filter(([k]) => /\[(src\/|.* \(dependency\))/.test(k))), 30);
}
