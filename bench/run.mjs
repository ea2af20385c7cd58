/**
 * `npm run bench`: how fast the cleaning engine is, against peers measured in the same run on the
 * same text. A benchmark, not a timed test: it prints figures and never fails on them.
 *
 *   1. Per-MB cost: `analyze` (what `dump-curator check` runs) and `clean` (`cleanText`, what
 *      `dump-curator clean` runs to print or write the article) on one 1 MB and one 10 MB dump,
 *      target under 20 ms per MB. Shown beside them for reference: `cleanArticle` (the article
 *      with its record and what went, what `clean --format json` and `jsonl` run) and `analyze` with every
 *      rule off, the cost of reading the dump (lines, markup, paragraphs, fingerprints) that
 *      every rule builds on.
 *   2. Throughput: `clean` over a corpus of at least 50 MB, one dump at a time as the CLI does,
 *      in MB/s, against stripping the same dumps with cheerio alone and with string-strip-html
 *      (strip only, no rules); target at least as fast as the faster of the two.
 *
 * The engine measured is the product's: src/core/index.ts bundled by esbuild with the options
 * scripts/build.mjs uses for dist/cli.js (bench/engine.mjs). Options are `{}`, as the CLI without
 * --config. The run records the commit, the uncommitted files of src/core and the bundle's hash,
 * and checks that the reference dump still cleans to its golden file (a warning if not).
 *
 * Inputs come from the fixtures, deterministically (bench/corpus.mjs). MB means 10^6 bytes of
 * UTF-8, the size of the file on disk. Every operation of a section runs in the same process and
 * the same round as the others, in an order that rotates from round to round, after warm-up
 * runs (V8 needs about four 1 MB runs to reach steady speed). Reported: median wall-clock time,
 * its min-max, the median CPU time of the process (on a shared machine, wall time well above CPU
 * time is time spent waiting for a core; the targets use wall time) and the number of runs.
 *
 * Peers, both given the whole dump at once:
 *   cheerio        `cheerio.load(dump).text()`. Per dump, not per line: that is how cheerio is used
 *                  to get the text of a document, a tag spanning two lines stays a tag, and it is
 *                  the peer's best case (one load per line was slower when this was written: about
 *                  1.2x for cheerio and 2.5x for cheerio/slim on the first 5 MB of the corpus).
 *                  The default `cheerio` entry parses with parse5; this is the peer the target names.
 *   cheerio/slim   the same call through `cheerio/slim` (htmlparser2, the parser the engine
 *                  itself uses): the bare parsing cost, shown for reference, not a target.
 *   strip-html     `stripHtml(dump).result` from string-strip-html.
 *
 * Time budget (the whole run should take under about 3 minutes on 2 cores): an operation of the
 * 10 MB section stops taking runs once it has used `budgetS` (20 s), so an engine far off target
 * there gets fewer runs (shown as "1/5 (budget)"); `--full` takes every run regardless.
 *
 * Output: tables, a summary of the targets, bench/.data/results.json, and as the very last line
 * of stdout the same results as one JSON object.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { bigDump, corpus, DATA, fixtureDumps, MB, ROOT } from './corpus.mjs';
import { loadEngine } from './engine.mjs';

const FULL = process.argv.includes('--full');
const TARGET_MS_PER_MB = 20;
const CORPUS_MB = 50;
const SMALL = [
  { id: '1MB', mb: 1, runs: 7, warmups: 4, budgetS: Infinity },
  // No warm-up run here: the 1 MB section already warmed the same code, and a run lasts seconds.
  { id: '10MB', mb: 10, runs: 5, warmups: 0, budgetS: 20 },
];
const CORPUS_RUNS = 3;
/** The corpus warm-up: every op once over its first dumps (all fixtures, several copies). */
const CORPUS_WARMUP_MB = 3;

const require = createRequire(import.meta.url);
const startedAt = performance.now();
mkdirSync(DATA, { recursive: true });

// --- machine --------------------------------------------------------------------------------

const cpus = os.cpus();
const machine = {
  node: process.version,
  v8: process.versions.v8,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  cores: os.availableParallelism?.() ?? cpus.length,
  memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
};
console.log('Dump Curator benchmark');
console.log(`node ${machine.node} (V8 ${machine.v8}), ${machine.os}`);
console.log(`cpu: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM`);
console.log(`load average at start: ${machine.loadAverage.join(' ')}` +
  (machine.loadAverage[0] > machine.cores * 0.75 ? '  (busy machine: absolute figures are noisy; ratios, measured interleaved, hold better)' : ''));

// --- engine and peers -----------------------------------------------------------------------

const { engine, source: engineSource } = await loadEngine();
const cheerio = require('cheerio');
const cheerioSlim = require('cheerio/slim');
const { stripHtml } = await import('string-strip-html');
const versions = {
  cheerio: require('cheerio/package.json').version,
  'string-strip-html': JSON.parse(readFileSync(join(ROOT, 'node_modules/string-strip-html/package.json'), 'utf8')).version,
  esbuild: engineSource.esbuild,
};
console.log(`engine: src/core/index.ts bundled by esbuild ${versions.esbuild} (options of dist/cli.js), commit ${engineSource.commit}` +
  (engineSource.uncommitted.length ? ` + uncommitted changes in ${engineSource.uncommitted.join(', ')}` : ', no uncommitted change in src/core') +
  `; bundle sha256 ${engineSource.bundleSha256}`);
console.log(engineSource.referenceOk
  ? 'engine check: the reference dump cleans to 20min-putin-kim.clean.txt byte for byte'
  : '!! engine check FAILED: the reference dump no longer cleans to 20min-putin-kim.clean.txt; figures below time a broken engine');
console.log(`peers: cheerio ${versions.cheerio}, string-strip-html ${versions['string-strip-html']}`);

const NO_RULES = Object.fromEntries(engine.RULE_CODES.map((code) => [code, 'off']));
// Every op returns a number derived from its output, summed, so that no work can be skipped.
const OPS = {
  analyze: { label: 'analyze  (dump-curator check)', engine: true, one: (t) => engine.analyze(t).findings.length },
  // What `dump-curator clean` runs to print the article or write it (--out): the article alone,
  // without the findings that only change text (the editor's `clean` builds those: `analyze`
  // shows their cost), its record or what went.
  clean: { label: 'clean    (dump-curator clean)', engine: true, one: (t) => engine.cleanText(t).length },
  // For reference: what `clean --format json` and `jsonl` run, the article with its record and what went.
  record: { label: 'clean --format json, jsonl (cleanArticle)', reference: true, one: (t) => engine.cleanArticle(t).text.length },
  // For reference, not a target: what reading the dump costs (lines, markup, paragraphs and their
  // fingerprints) before any rule runs, to be set against the per-MB target.
  reading: { label: 'analyze, every rule off', reference: true, one: (t) => engine.analyze(t, { rules: NO_RULES }).doc.units.length },
  cheerio: { label: 'cheerio  load(dump).text()', one: (t) => cheerio.load(t).text().length },
  slim: { label: 'cheerio/slim load(dump).text()', one: (t) => cheerioSlim.load(t).text().length },
  strip: { label: 'string-strip-html stripHtml()', one: (t) => stripHtml(t).result.length },
};
/** The peers the target names; cheerio/slim is shown for reference. */
const TARGET_PEERS = ['cheerio', 'strip'];

// --- inputs ---------------------------------------------------------------------------------

const t0 = performance.now();
const fixtures = fixtureDumps();
const bytesOf = (s) => Buffer.byteLength(s, 'utf8');
const MARKUP = /<[A-Za-z!/]|&#?[A-Za-z0-9]+;/;
function describe(texts) {
  let bytes = 0;
  let lines = 0;
  let markupBytes = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const b = bytesOf(line) + 1;
      lines++;
      if (MARKUP.test(line)) markupBytes += b;
    }
    bytes += bytesOf(text);
  }
  return { dumps: texts.length, bytes, mb: bytes / MB, lines, markupShare: markupBytes / bytes };
}
const smallInputs = SMALL.map((s) => ({ ...s, text: bigDump(s.mb * MB, fixtures) }));
const dumps = corpus(CORPUS_MB * MB, fixtures).map((d) => d.text);
const inputs = {
  fixtures: describe(fixtures.map((f) => f.text)),
  ...Object.fromEntries(smallInputs.map((s) => [s.id, describe([s.text])])),
  corpus: { ...describe(dumps), copies: Math.ceil(dumps.length / fixtures.length) },
};
console.log(`\ninputs (built in ${((performance.now() - t0) / 1000).toFixed(1)} s from ${fixtures.length} fixture dumps, ${fmtMB(inputs.fixtures.bytes)}; ` +
  `${pct(inputs.fixtures.markupShare)} of their bytes on lines with markup):`);
for (const s of smallInputs) {
  const d = inputs[s.id];
  console.log(`  ${s.id.padEnd(5)} one dump, ${fmtMB(d.bytes)}, ${d.lines} lines, ${pct(d.markupShare)} of bytes on lines with markup: the fixtures one after another, copy after copy`);
}
console.log(`  corpus ${inputs.corpus.dumps} dumps, ${fmtMB(inputs.corpus.bytes)}: every fixture, ${inputs.corpus.copies} copies with words varied, processed one dump at a time`);
const mix = {};
for (const f of engine.analyze(smallInputs[0].text).findings) mix[f.code] = (mix[f.code] ?? 0) + 1;
console.log(`  rule mix of the 1MB dump (findings): ${Object.entries(mix).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);

// --- measuring ------------------------------------------------------------------------------

/**
 * Wall-clock time, and the process's CPU time (user + system, GC helper threads included).
 * No forced GC before a run: with a full `gc()` before each run, the engine and cheerio alike ran
 * 2-3x slower in steady state when this was written (V8 resizing its heap after a forced
 * collection, presumably), which is not what a real run sees.
 */
function timeOnce(fn) {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const out = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, out };
}

/**
 * Runs `ops` in rounds over the same input, rotating their order each round.
 * `work(op)` does one full run of op and returns a number derived from its output.
 */
function measure(opIds, work, { runs, warmups, budgetS = Infinity, minRuns = 1 }) {
  const res = Object.fromEntries(opIds.map((id) => [id, { times: [], cpu: [], out: 0, spent: 0, stopped: false }]));
  for (let w = 0; w < warmups; w++) for (const id of opIds) work(id, true);
  for (let round = 0; round < runs; round++) {
    const order = opIds.map((_, i) => opIds[(i + round) % opIds.length]);
    for (const id of order) {
      const r = res[id];
      if (r.stopped) continue;
      const { ms, cpuMs, out } = timeOnce(() => work(id, false));
      r.times.push(ms);
      r.cpu.push(cpuMs);
      r.out = out;
      r.spent += ms / 1000;
      if (!FULL && r.times.length >= minRuns && r.spent >= budgetS && round < runs - 1) r.stopped = true;
    }
  }
  return Object.fromEntries(opIds.map((id) => [id, stats(res[id], runs)]));
}

function medianOf(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  return { median: n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2, min: sorted[0], max: sorted[n - 1] };
}

function stats({ times, cpu, out }, planned) {
  const { median, min, max } = medianOf(times);
  return {
    median, min, max, cpuMedian: medianOf(cpu).median, runs: times.length, planned,
    times: times.map((t) => +t.toFixed(2)), cpuTimes: cpu.map((t) => +t.toFixed(2)), out,
  };
}

const results = { machine, versions, engineSource, inputs, sections: {}, targets: [] };

function report(title, opIds, st, mb) {
  console.log(`\n${title}`);
  const head = ['operation', 'median ms', 'ms/MB', 'MB/s', 'min-max ms', 'cpu ms', 'runs'];
  const rows = opIds.map((id) => {
    const s = st[id];
    s.msPerMB = s.median / mb;
    s.mbPerS = mb / (s.median / 1000);
    return [OPS[id].label, fmt(s.median), fmt(s.msPerMB), fmt(s.mbPerS), `${fmt(s.min)}-${fmt(s.max)}`, fmt(s.cpuMedian),
      s.runs === s.planned ? String(s.runs) : `${s.runs}/${s.planned} (budget)`];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  const ratios = {};
  for (const e of opIds.filter((id) => OPS[id].engine)) {
    ratios[e] = {};
    const parts = [];
    for (const p of opIds.filter((id) => !OPS[id].engine && !OPS[id].reference)) {
      const speedup = st[p].median / st[e].median; // > 1: the engine is faster
      ratios[e][p] = +speedup.toFixed(3);
      parts.push(speedup >= 1 ? `${fmt(speedup)}x faster than ${p}` : `${fmt(1 / speedup)}x slower than ${p}`);
    }
    console.log(`  ${e} is ${parts.join(', ')}`);
  }
  return ratios;
}

// --- 1. per-MB cost -------------------------------------------------------------------------

for (const s of smallInputs) {
  const opIds = ['analyze', 'clean', 'record', 'reading', 'cheerio', 'slim', 'strip'];
  const st = measure(opIds, (id) => OPS[id].one(s.text), { runs: s.runs, warmups: s.warmups, budgetS: s.budgetS });
  const mb = inputs[s.id].mb;
  const ratios = report(`Per-MB cost: one ${fmtMB(inputs[s.id].bytes)} dump (${s.id}), target under ${TARGET_MS_PER_MB} ms/MB for analyze and clean`, opIds, st, mb);
  results.sections[s.id] = { mb, ops: st, ratios };
  for (const id of ['analyze', 'clean']) {
    const v = st[id].msPerMB;
    results.targets.push({
      name: `${id} ${s.id} < ${TARGET_MS_PER_MB} ms/MB`, met: v < TARGET_MS_PER_MB,
      value: +v.toFixed(2), unit: 'ms/MB', detail: `${fmt(v)} ms/MB (${fmt(v / TARGET_MS_PER_MB)}x the target)`,
    });
  }
}

// --- 2. throughput over the corpus ----------------------------------------------------------

{
  const opIds = ['clean', 'cheerio', 'slim', 'strip'];
  let warmCount = 0;
  for (let b = 0; warmCount < dumps.length && b < CORPUS_WARMUP_MB * MB; warmCount++) b += bytesOf(dumps[warmCount]);
  const st = measure(opIds, (id, warm) => {
    const one = OPS[id].one;
    const n = warm ? warmCount : dumps.length;
    let out = 0;
    for (let i = 0; i < n; i++) out += one(dumps[i]);
    return out;
  }, { runs: CORPUS_RUNS, warmups: 1, minRuns: CORPUS_RUNS });
  const mb = inputs.corpus.mb;
  const ratios = report(`Throughput: ${inputs.corpus.dumps} dumps, ${fmtMB(inputs.corpus.bytes)}, one dump at a time; target: clean at least as fast as the faster of cheerio and string-strip-html`, opIds, st, mb);
  results.sections.corpus = { mb, ops: st, ratios };
  const best = TARGET_PEERS.reduce((a, b) => (st[a].mbPerS >= st[b].mbPerS ? a : b));
  const v = st.clean.mbPerS;
  results.targets.push({
    name: 'clean throughput >= faster of cheerio and string-strip-html', met: v >= st[best].mbPerS,
    value: +v.toFixed(2), unit: 'MB/s', detail: `${fmt(v)} MB/s vs ${best} ${fmt(st[best].mbPerS)} MB/s (${fmt(v / st[best].mbPerS)}x)`,
  });
  console.log(`  for reference: clean vs cheerio/slim (the bare parser the engine uses): ${fmt(v / st.slim.mbPerS)}x its speed`);
}

// --- summary --------------------------------------------------------------------------------

console.log('\nTargets');
for (const t of results.targets) console.log(`  [${t.met ? 'met ' : 'MISS'}] ${t.name.padEnd(62)} ${t.detail}`);
results.totalSeconds = +((performance.now() - startedAt) / 1000).toFixed(1);
results.finishedAt = new Date().toISOString();
results.full = FULL;
console.log(`\ntotal ${results.totalSeconds} s; results in bench/.data/results.json and on the next line`);
writeFileSync(join(DATA, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results));

// --- formatting -----------------------------------------------------------------------------

function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}
function fmtMB(bytes) {
  return `${(bytes / MB).toFixed(2)} MB`;
}
function pct(x) {
  return `${(100 * x).toFixed(0)}%`;
}
