/**
 * CLI throughput at corpus scale, and the corpus index's memory. A benchmark, not a test: it
 * prints figures and never fails on them.
 *
 *   node bench/cli-throughput.mjs [--dumps N] [--runs R]      (after `npm run build`)
 *
 * Input: a synthetic corpus of N dumps (default 20,000, about 53 MB), built deterministically from
 * the test fixtures with bench/corpus.mjs (copy k of every fixture, words varied so copies are not
 * duplicates), written once to bench/.data/cli/ (git-ignored) as dumps/DDD/NNNNN.dump (200 per
 * folder) and as corpus.jsonl (one record per dump, {"id", "text"}); reused while N and the
 * fixtures are unchanged.
 *
 * Measured, each with --jobs 1 and --jobs 2, runs interleaved (1, 2, 1, 2, ...), median of R (3):
 *   clean --out     `dump-curator clean dumps --out OUT`, the files mode, run again over the outputs
 *                   of an untimed first run, which hold their articles already and are left as they
 *                   are (creating 20,000 files measures the file system)
 *   clean --out, rewrite   the same over outputs that each differ by a byte (appended, untimed,
 *                   before each run): every file written again
 *   clean jsonl     `dump-curator clean --format jsonl - < corpus.jsonl > /dev/null`: the mapper mode
 *   index           `dump-curator index dumps --out corpus.idx`
 * Reported: wall time, MB/s (10^6 bytes of input per wall second), the CPU time of the process
 * (all threads) and its peak RSS, and the --jobs 2 speed-up (wall time ratio). On a machine
 * busier than its cores, wall time grows and the ratio shrinks: the load average is printed.
 *
 * Index memory: in a child with --expose-gc, the index module (src/core/corpus-index.ts, bundled
 * by esbuild as the CLI is) counts 1,000,000 distinct line fingerprints; reported are the table's
 * bytes per line, the growth of heap and ArrayBuffer memory per line after GC (and of the RSS,
 * which keeps pages the grown-out tables freed), and the file's bytes per line.
 *
 * Output: tables, bench/.data/cli-throughput.json, and as the very last line the same results as
 * one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DATA, fixtureDumps, ROOT, variant } from './corpus.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DUMPS = arg('--dumps', 20_000);
const RUNS = arg('--runs', 3);
const PER_FOLDER = 200;
const MB = 1e6;
const HERE = join(DATA, 'cli');
const CLI = join(ROOT, 'dist', 'cli.js');

if (process.argv.includes('--memory-child')) {
  memoryChild();
} else {
  await main();
}

async function main() {
  if (!existsSync(CLI)) {
    console.error('dist/cli.js is missing: run "npm run build" first (npm run bench does)');
    process.exit(2);
  }
  mkdirSync(HERE, { recursive: true });
  const machine = {
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  };
  console.log('Dump Curator CLI throughput');
  console.log(`node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.join(' ')}`);

  const corpus = buildCorpus();
  console.log(`corpus: ${corpus.dumps} dumps, ${(corpus.bytes / MB).toFixed(1)} MB (${HERE})\n`);

  const hook = join(HERE, 'rusage.cjs');
  writeFileSync(
    hook,
    "const { isMainThread } = require('node:worker_threads');\n" +
      "if (isMainThread && process.env.DC_RUSAGE) process.on('exit', () => require('node:fs').writeFileSync(process.env.DC_RUSAGE, JSON.stringify(process.resourceUsage())));\n",
  );
  const out = join(HERE, 'out');
  const cases = [
    // The outputs of the untimed first run stay: timed runs find them (creating 20,000 new files
    // costs the file system more than cleaning them costs the CLI, and varies far more).
    { id: 'clean --out', args: ['clean', join(HERE, 'dumps'), '--out', out] },
    { id: 'clean --out, rewrite', args: ['clean', join(HERE, 'dumps'), '--out', out], before: () => spoil(out) },
    { id: 'clean jsonl', args: ['clean', '--format', 'jsonl', '-'], stdin: join(HERE, 'corpus.jsonl') },
    { id: 'index', args: ['index', join(HERE, 'dumps'), '--out', join(HERE, 'corpus.idx')] },
  ];
  rmSync(out, { recursive: true, force: true });
  const results = [];
  for (const c of cases) {
    const samples = { 1: [], 2: [] };
    // One untimed run first: the file cache warm for both.
    run(c, 1, hook);
    for (let r = 0; r < RUNS; r++) for (const jobs of r % 2 ? [2, 1] : [1, 2]) samples[jobs].push(run(c, jobs, hook));
    const row = { case: c.id };
    for (const jobs of [1, 2]) {
      const s = samples[jobs];
      const wall = median(s.map((x) => x.wall));
      row[`jobs${jobs}`] = {
        wallS: +wall.toFixed(2),
        mbPerS: +(corpus.bytes / MB / wall).toFixed(2),
        cpuS: +median(s.map((x) => x.cpu)).toFixed(2),
        maxRssMB: +median(s.map((x) => x.rss)).toFixed(0),
        wallRangeS: [+Math.min(...s.map((x) => x.wall)).toFixed(2), +Math.max(...s.map((x) => x.wall)).toFixed(2)],
      };
    }
    row.speedup = +(row.jobs1.wallS / row.jobs2.wallS).toFixed(2);
    results.push(row);
  }
  rmSync(out, { recursive: true, force: true });

  console.log('| case | --jobs 1 | --jobs 2 | speed-up |');
  console.log('| --- | --- | --- | --- |');
  const cell = (j) => `${j.mbPerS} MB/s (${j.wallS} s, CPU ${j.cpuS} s, ${j.maxRssMB} MB RSS)`;
  for (const r of results) console.log(`| ${r.case} | ${cell(r.jobs1)} | ${cell(r.jobs2)} | ${r.speedup}x |`);
  console.log(`median of ${RUNS} runs each; wall ranges: ${results.map((r) => `${r.case} ${r.jobs1.wallRangeS.join('-')} / ${r.jobs2.wallRangeS.join('-')} s`).join('; ')}`);

  const idx = readFileSync(join(HERE, 'corpus.idx'));
  const view = new DataView(idx.buffer, idx.byteOffset);
  const n = view.getUint32(16, true);
  let lines = 0;
  for (let i = 0; i < n; i++) lines += view.getUint32(24 + 8 * n + 4 * i, true);
  const corpusIndex = { files: view.getUint32(8, true), distinctLines: n, lineOccurrences: lines, fileBytes: idx.length };
  console.log(`\ncorpus index: ${corpusIndex.files} files, ${lines} line occurrences, ${n} distinct lines, ${idx.length} bytes`);

  const memory = memoryRun();
  console.log(
    `index memory, 1,000,000 distinct lines: table ${memory.tableBytesPerLine} B/line (${(memory.tableBytes / MB).toFixed(1)} MB), ` +
      `heap and buffers growth ${memory.processBytesPerLine} B/line (RSS ${memory.rssGrowthBytesPerLine}, freed pages not all returned), file ${memory.fileBytesPerLine} B/line; counted in ${memory.countMs} ms`,
  );

  const summary = { machine, corpus, runs: RUNS, throughput: results, corpusIndex, indexMemory: memory, loadAverageAtEnd: os.loadavg().map((l) => +l.toFixed(2)) };
  writeFileSync(join(DATA, 'cli-throughput.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary));
}

/** The corpus on disk, rebuilt only when the dump count or the fixtures change. */
function buildCorpus() {
  const fixtures = fixtureDumps();
  const stamp = createHash('sha256').update(String(DUMPS)).update(JSON.stringify(fixtures)).digest('hex').slice(0, 16);
  const stampFile = join(HERE, 'stamp.json');
  if (existsSync(stampFile)) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (old.stamp === stamp && existsSync(join(HERE, 'corpus.jsonl'))) return old.corpus;
  }
  rmSync(join(HERE, 'dumps'), { recursive: true, force: true });
  const jsonl = openSync(join(HERE, 'corpus.jsonl'), 'w');
  let bytes = 0;
  let n = 0;
  for (let k = 0; n < DUMPS; k++) {
    for (const f of fixtures) {
      if (n >= DUMPS) break;
      const text = variant(f.text, k);
      const dir = join(HERE, 'dumps', String(Math.floor(n / PER_FOLDER)).padStart(3, '0'));
      if (n % PER_FOLDER === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${String(n).padStart(5, '0')}.dump`), text);
      writeFileSync(jsonl, JSON.stringify({ id: n, source: f.name, text }) + '\n');
      bytes += Buffer.byteLength(text);
      n++;
    }
  }
  closeSync(jsonl);
  const corpus = { dumps: n, bytes, jsonlBytes: statSync(join(HERE, 'corpus.jsonl')).size };
  writeFileSync(stampFile, JSON.stringify({ stamp, corpus }));
  return corpus;
}

/** Makes every output under `dir` differ from its article, by a byte at its end. */
function spoil(dir) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) appendFileSync(join(entry.parentPath ?? entry.path, entry.name), '~');
  }
}

function run(c, jobs, hook) {
  c.before?.();
  const usage = join(HERE, `rusage-${process.pid}.json`);
  rmSync(usage, { force: true });
  const stdin = c.stdin ? openSync(c.stdin, 'r') : 'ignore';
  const stdout = openSync('/dev/null', 'w');
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', hook, CLI, ...c.args, '--jobs', String(jobs)], {
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, DC_RUSAGE: usage },
    maxBuffer: 64 * MB,
  });
  const wall = (performance.now() - start) / 1000;
  if (typeof stdin === 'number') closeSync(stdin);
  closeSync(stdout);
  if (r.status !== 0) throw new Error(`${c.id} --jobs ${jobs}: exit ${r.status}\n${r.stderr}`);
  const u = JSON.parse(readFileSync(usage, 'utf8'));
  rmSync(usage, { force: true });
  return { wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rss: u.maxRSS / 1024 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Bundles the index module (as scripts/build.mjs bundles the CLI) and measures it in a child with --expose-gc. */
function memoryRun() {
  const bundle = join(HERE, 'corpus-index.cjs');
  const esbuild = spawnSync(process.execPath, ['-e', `require('esbuild').buildSync({ entryPoints: ['src/core/corpus-index.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: ${JSON.stringify(bundle)}, logLevel: 'warning' })`], { cwd: ROOT, encoding: 'utf8' });
  if (esbuild.status !== 0) throw new Error(`bundling the index module failed:\n${esbuild.stderr}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'bench', 'cli-throughput.mjs'), '--memory-child', bundle], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`memory run failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function memoryChild() {
  const { createRequire } = await import('node:module');
  const { CorpusIndex, fingerprintKey } = createRequire(import.meta.url)(process.argv[process.argv.indexOf('--memory-child') + 1]);
  const LINES = 1_000_000;
  const key = new Uint32Array(2);
  // The lines' text is made (and dropped) as they are counted: only the fixed-size keys stay.
  // GC, then a pause: V8 frees the backing stores of dead ArrayBuffers (the table before it grew) concurrently.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await settle();
  const before = process.memoryUsage();
  const start = performance.now();
  const index = new CorpusIndex();
  for (let i = 0; i < LINES; i++) {
    fingerprintKey(`zeile ${i} aus dem korpus, mit einem satz dazu`, key);
    index.addKey(key[0], key[1]);
  }
  const countMs = Math.round(performance.now() - start);
  await settle();
  const after = process.memoryUsage();
  const grown = after.arrayBuffers - before.arrayBuffers + (after.heapUsed - before.heapUsed);
  const file = index.serialize().length;
  console.log(
    JSON.stringify({
      lines: LINES,
      distinct: index.size,
      tableBytes: index.byteLength,
      tableBytesPerLine: +(index.byteLength / LINES).toFixed(1),
      processBytesPerLine: +(grown / LINES).toFixed(1),
      rssGrowthBytesPerLine: +((after.rss - before.rss) / LINES).toFixed(1),
      fileBytesPerLine: +(file / LINES).toFixed(1),
      countMs,
    }),
  );
}
