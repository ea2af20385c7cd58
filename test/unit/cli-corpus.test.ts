/**
 * The corpus-scale command line, run as a user runs it (`node dist/cli.js …`, build first):
 * `index` and `index --merge`, `clean`/`check --boilerplate-index`, `--jobs N` (the same output
 * for any N), JSONL records on stdin and stdout (a mapper for Hadoop streaming, Spark's pipe,
 * GNU parallel), and bad input at scale: bad records, bad index files, symbolic link loops,
 * files that vanish, many files.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../src/cli/index-command';
import { execute, makeJob } from '../../src/cli/work';
import { CorpusIndex, fingerprint } from '../../src/core';
import { assertNoTrace, cli, CLI, filesUnder, write } from './cli-run';
import { REAL, REFERENCE, TRAPS } from './fixtures';

const DUMP = readFileSync(REFERENCE + '.dump', 'utf8');
const GOLDEN = readFileSync(REFERENCE + '.clean.txt', 'utf8');

/** The unprivileged user of Debian and most Linux systems. */
const NOBODY = 65534;

const PROMO = 'Folgen Sie uns auf allen Kanälen für mehr News aus der Region.';
const SHORT = 'Alles klar.';
/** An article of its own, with the promo line every article of the site carries. */
const article = (i: number): string =>
  `Region\n\nDer Gemeinderat hat heute über Vorlage ${i} entschieden\n\n` +
  `Die Sitzung ${i} dauerte lange und endete mit einem klaren Ergebnis für alle.\n\n` +
  `${PROMO}\n\n${SHORT}\n`;
const articleClean = (i: number, promo: boolean): string =>
  `Region\n\nDer Gemeinderat hat heute über Vorlage ${i} entschieden\n\n` +
  `Die Sitzung ${i} dauerte lange und endete mit einem klaren Ergebnis für alle.\n\n` +
  (promo ? `${PROMO}\n\n` : '') +
  `${SHORT}\n`;

/** One JSONL record line. */
const rec = (o: object): string => JSON.stringify(o) + '\n';

describe('dump-curator CLI at corpus scale (dist/cli.js)', function () {
  this.timeout(120_000);
  let tmp: string;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  });
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'dump-curator-corpus-'));
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Four articles with the promo under `dir`, the reference dump beside them. */
  function site(dir: string, n = 4): string {
    for (let i = 0; i < n; i++) write(join(dir, `a${i}.dump`), article(i));
    write(join(dir, 'ref.dump'), DUMP);
    return dir;
  }

  describe('index', () => {
    it('counts each line (3+ words) once per file into a versioned binary index; writes nothing else', () => {
      const dir = site(join(tmp, 'in'));
      write(join(dir, 'a0-again.dump'), article(0) + PROMO + '\n'); // the promo twice in one file still counts once
      const r = cli(['index', 'in', '--out', 'corpus.idx'], { cwd: tmp });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^dump-curator: indexed 6 files into corpus\.idx: \d+ distinct lines\n$/);
      assert.deepEqual(readdirSync(tmp).sort(), ['corpus.idx', 'in'], 'no temporary file left behind');
      const bytes = readFileSync(join(tmp, 'corpus.idx'));
      assert.equal(bytes.subarray(0, 4).toString('latin1'), 'DCIX');
      const index = CorpusIndex.deserialize(bytes);
      assert.equal(index.files, 6);
      assert.equal(index.countOf(fingerprint(PROMO)), 5);
      assert.equal(index.countOf(fingerprint('Der Gemeinderat hat heute über Vorlage 0 entschieden')), 2);
      assert.equal(index.countOf(fingerprint(SHORT)), 0, 'two words: not counted');
      assert.equal(bytes.length, 24 + 12 * index.size);
    });

    it('is deterministic: the same corpus gives the same bytes, for any --jobs', () => {
      const outs = ['1', '2', '3'].map((jobs) => {
        const out = join(tmp, `j${jobs}.idx`);
        const r = cli(['index', REAL, TRAPS, '--out', out, '--jobs', jobs]);
        assert.equal(r.status, 0, r.stderr);
        return readFileSync(out);
      });
      assert.ok(outs[0].equals(outs[1]) && outs[0].equals(outs[2]));
    });

    it('--merge sums part indexes: two halves merged give the bytes of indexing the whole, in any order', () => {
      const all = site(join(tmp, 'all'), 6);
      const dumps = readdirSync(all).sort();
      for (const [i, name] of dumps.entries()) write(join(tmp, i % 2 ? 'odd' : 'even', name), readFileSync(join(all, name)));
      for (const part of ['all', 'odd', 'even']) assert.equal(cli(['index', part, '--out', `${part}.idx`], { cwd: tmp }).status, 0);
      const m1 = cli(['index', '--merge', 'odd.idx', 'even.idx', '--out', 'm1.idx'], { cwd: tmp });
      assert.equal(m1.status, 0, m1.stderr);
      assert.match(m1.stderr, /^dump-curator: merged 2 indexes \(7 files\) into m1\.idx: \d+ distinct lines\n$/);
      assert.equal(cli(['index', '--merge', 'even.idx', 'odd.idx', '--out', 'm2.idx'], { cwd: tmp }).status, 0);
      const whole = readFileSync(join(tmp, 'all.idx'));
      assert.ok(readFileSync(join(tmp, 'm1.idx')).equals(whole));
      assert.ok(readFileSync(join(tmp, 'm2.idx')).equals(whole));
      // Merging into one of its own inputs is safe: the output is written whole, then renamed.
      assert.equal(cli(['index', '--merge', 'odd.idx', 'even.idx', '--out', 'odd.idx'], { cwd: tmp }).status, 0);
      assert.ok(readFileSync(join(tmp, 'odd.idx')).equals(whole));
    });

    it('--merge: a part that is missing, not an index or damaged gets one line; the rest is merged; exit 2', () => {
      site(join(tmp, 'in'));
      assert.equal(cli(['index', 'in', '--out', 'good.idx'], { cwd: tmp }).status, 0);
      const good = readFileSync(join(tmp, 'good.idx'));
      write(join(tmp, 'text.idx'), 'not an index at all\n');
      write(join(tmp, 'short.idx'), good.subarray(0, good.length - 4));
      const r = cli(['index', '--merge', 'good.idx', 'missing.idx', 'text.idx', 'short.idx', '--out', 'm.idx'], { cwd: tmp });
      assert.equal(r.status, 2);
      assertNoTrace(r);
      assert.deepEqual(r.errors, [
        'dump-curator: missing.idx: cannot read (no such file or folder, ENOENT); not merged',
        'dump-curator: text.idx: not a Dump Curator index (no "DCIX" header); not merged',
        `dump-curator: short.idx: damaged: ${good.length - 4} bytes, the header says ${good.length} (truncated?); not merged`,
        `dump-curator: merged 1 index (5 files) into m.idx: ${CorpusIndex.deserialize(good).size} distinct lines; 3 skipped`,
      ]);
      assert.ok(readFileSync(join(tmp, 'm.idx')).equals(good));
      const none = cli(['index', '--merge', 'text.idx', '--out', 'n.idx'], { cwd: tmp });
      assert.equal(none.status, 2);
      assert.equal(none.errors[1], 'dump-curator: nothing to merge; n.idx not written');
      assert.ok(!existsSync(join(tmp, 'n.idx')));
    });

    it('writes through a temporary file of a random name, and removes no file it did not make', async () => {
      const dir = site(join(tmp, 'in'));
      // The name the temporary file had (.NAME.PID.tmp), which another user could make first: the
      // write failed (EEXIST), and removed that file as if it were its own. Run here, for a known PID.
      const guessed = write(join(tmp, `.i.idx.${process.pid}.tmp`), 'not the index');
      const said: string[] = [];
      const stderrWrite = process.stderr.write;
      process.stderr.write = ((line: string) => said.push(line) > 0) as typeof process.stderr.write;
      let status: number;
      try {
        status = await runIndex([dir], { out: join(tmp, 'i.idx'), merge: false, format: 'text', jobs: 1, textField: 'text' });
      } finally {
        process.stderr.write = stderrWrite;
      }
      assert.equal(status, 0, said.join(''));
      assert.equal(readFileSync(guessed, 'utf8'), 'not the index');
      assert.deepEqual(readdirSync(tmp).sort(), [`.i.idx.${process.pid}.tmp`, 'i.idx', 'in']);
      assert.equal(CorpusIndex.deserialize(readFileSync(join(tmp, 'i.idx'))).files, 5);
    });

    it('never writes over an input, nor into a folder', () => {
      const dump = write(join(tmp, 'a.dump'), DUMP);
      const r = cli(['index', dump, '--out', dump]);
      assert.equal(r.status, 2);
      assert.deepEqual(r.errors, [`dump-curator: --out ${dump}: is one of the inputs; not overwritten`]);
      assert.equal(readFileSync(dump, 'utf8'), DUMP);
      const folder = cli(['index', dump, '--out', tmp]);
      assert.equal(folder.status, 2);
      assert.match(folder.errors[0], /is a folder/);
      assert.deepEqual(readdirSync(tmp), ['a.dump']);
    });
  });

  describe('clean and check --boilerplate-index', () => {
    it('drop the lines the index counts in --min-files files or more, and only those', () => {
      site(join(tmp, 'in'));
      assert.equal(cli(['index', 'in', '--out', 'corpus.idx'], { cwd: tmp }).status, 0);
      const with4 = cli(['clean', '--boilerplate-index', 'corpus.idx', '--min-files', '4', join('in', 'a1.dump')], { cwd: tmp });
      assert.equal(with4.status, 0, with4.stderr);
      assert.equal(with4.stdout, articleClean(1, false));
      const with5 = cli(['clean', '--boilerplate-index', 'corpus.idx', '--min-files', '5', join('in', 'a1.dump')], { cwd: tmp });
      assert.equal(with5.stdout, articleClean(1, true));
      assert.equal(cli(['clean', join('in', 'a1.dump')], { cwd: tmp }).stdout, articleClean(1, true), 'no index: kept');
      // The default threshold is the engine's (3), or corpusMinFiles from --config.
      assert.equal(cli(['clean', '--boilerplate-index', 'corpus.idx', join('in', 'a1.dump')], { cwd: tmp }).stdout, articleClean(1, false));
      write(join(tmp, 'c.json'), '{"corpusMinFiles": 6}');
      assert.equal(cli(['clean', '--config', 'c.json', '--boilerplate-index', 'corpus.idx', join('in', 'a1.dump')], { cwd: tmp }).stdout, articleClean(1, true));
      // The reference article has no recurring line: untouched.
      assert.equal(cli(['clean', '--boilerplate-index', 'corpus.idx', join('in', 'ref.dump')], { cwd: tmp }).stdout, GOLDEN);

      const check = cli(['check', '--format', 'json', '--boilerplate-index', 'corpus.idx', '--min-files', '4', 'in'], { cwd: tmp });
      assert.equal(check.status, 1, check.stderr);
      const hits = JSON.parse(check.stdout).filter((f: { code: string }) => f.code === 'corpus-boilerplate');
      assert.deepEqual(hits.map((f: { file: string; line: number }) => `${f.file}:${f.line}`), [0, 1, 2, 3].map((i) => `${join('in', `a${i}.dump`)}:7`));
      assert.match(hits[0].message, /^Recurs in 4 files of the corpus/);
    });

    it('a missing or damaged index: one line, exit 2, nothing processed', () => {
      const dump = write(join(tmp, 'a.dump'), DUMP);
      // A version-1 header promising 5 entries, and nothing after it.
      write(join(tmp, 'bad.idx'), Buffer.from([0x44, 0x43, 0x49, 0x58, 1, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0]));
      for (const [idx, reason] of [[join(tmp, 'missing.idx'), /cannot read \(no such file or folder, ENOENT\)/], [join(tmp, 'bad.idx'), /damaged/]] as const) {
        for (const command of ['check', 'clean']) {
          const r = cli([command, '--boilerplate-index', idx, dump]);
          assert.equal(r.status, 2);
          assert.equal(r.stdout, '');
          assert.equal(r.errors.length, 1, r.stderr);
          assert.ok(r.errors[0].startsWith(`dump-curator: --boilerplate-index ${idx}: `), r.errors[0]);
          assert.match(r.errors[0], reason);
          assertNoTrace(r);
        }
      }
    });
  });

  describe('--jobs N', () => {
    it('gives the same output as --jobs 1, in input order, bad files and their messages included', () => {
      const bad = write(join(tmp, 'bad', 'bin.dump'), Buffer.from([0x41, 0, 0x42]));
      const inputs = [REAL, bad, join(tmp, 'missing.dump'), TRAPS, REFERENCE + '.dump'];
      const runs = (args: string[]) => ['1', '2', '4'].map((jobs) => cli([...args, ...inputs, '--jobs', jobs]));
      for (const args of [['check'], ['check', '--format', 'json'], ['clean', '--format', 'jsonl'], ['clean', '--format', 'json']]) {
        const [one, ...more] = runs(args);
        assert.equal(one.status, 2, one.stderr);
        assertNoTrace(one);
        assert.equal(one.errors.length, 2, one.stderr);
        for (const r of more) {
          assert.equal(r.status, one.status);
          assert.equal(r.stdout, one.stdout, args.join(' '));
          assert.equal(r.stderr, one.stderr, args.join(' '));
        }
      }
      const outs = ['1', '2'].map((jobs) => {
        const out = join(tmp, `out${jobs}`);
        const r = cli(['clean', REAL, TRAPS, '--out', out, '--jobs', jobs]);
        assert.equal(r.status, 0, r.stderr);
        return out;
      });
      const files = filesUnder(outs[0]);
      assert.ok(files.length > 50);
      assert.deepEqual(filesUnder(outs[1]), files);
      for (const f of files) assert.equal(readFileSync(join(outs[1], f), 'utf8'), readFileSync(join(outs[0], f), 'utf8'), f);
    });

    it('with stdin and with an index', () => {
      site(join(tmp, 'in'));
      assert.equal(cli(['index', 'in', '--out', 'c.idx', '--jobs', '2'], { cwd: tmp }).status, 0);
      const r = cli(['clean', '--jobs', '2', '--boilerplate-index', 'c.idx', '-'], { cwd: tmp, input: article(2) });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, articleClean(2, false));
    });

    it('refuses a --jobs that is not a whole number from 1 to 256', () => {
      for (const jobs of ['0', '1.5', 'two', '257', '']) {
        const r = cli(['check', '--jobs', jobs, REFERENCE + '.dump']);
        assert.equal(r.status, 2, jobs);
        assert.match(r.errors[0], /--jobs must be a whole number from 1 to 256/);
      }
    });
  });

  describe('JSONL records on stdin and stdout (clean --format jsonl -)', () => {
    const records = [
      { id: 'ref', lang: 'de', text: DUMP, meta: { url: 'https://example.org/a' } },
      { text: article(1), id: 7 },
      { id: 'empty', text: '' },
    ];

    it('writes each record back with text cleaned and removed added, other fields kept in place; bad lines get one line each, exit 2', () => {
      const input =
        rec(records[0]) +
        'this is not JSON\n' +
        rec(records[1]) +
        '\n' + // a blank line is no record
        rec({ id: 'no text' }) +
        rec([1, 2]) +
        rec({ id: 'number', text: 42 }) +
        rec(records[2]).replace('\n', '\r\n') +
        rec({ id: 'last', text: article(3) }).trimEnd(); // no final newline
      for (const jobs of ['1', '2']) {
        const r = cli(['clean', '--format', 'jsonl', '--jobs', jobs, '-'], { input });
        assert.equal(r.status, 2, r.stderr);
        assertNoTrace(r);
        assert.equal(r.errors.length, 4, r.stderr);
        assert.match(r.errors[0], /^dump-curator: <stdin>:2: not valid JSON \(.*\); skipped$/);
        assert.equal(r.errors[1], 'dump-curator: <stdin>:5: no "text" field holding a string; skipped');
        assert.equal(r.errors[2], 'dump-curator: <stdin>:6: not a JSON object; skipped');
        assert.equal(r.errors[3], 'dump-curator: <stdin>:7: no "text" field holding a string; skipped');
        const lines = r.stdout.split('\n');
        assert.equal(lines.pop(), '');
        const out = lines.map((l) => JSON.parse(l));
        assert.deepEqual(out.map((o) => o.id), ['ref', 7, 'empty', 'last']);
        assert.deepEqual(Object.keys(out[0]), ['id', 'lang', 'text', 'meta', 'removed']);
        assert.deepEqual(Object.keys(out[1]), ['text', 'id', 'removed']);
        assert.equal(out[0].text, GOLDEN);
        assert.deepEqual(out[0].meta, records[0].meta);
        assert.ok(out[0].removed.some((x: { line: number; codes: string[] }) => x.line === 9 && x.codes.includes('duplicate-line')));
        assert.deepEqual(Object.keys(out[0].removed[0]).sort(), ['codes', 'line', 'reason', 'text']);
        assert.equal(out[1].text, articleClean(1, true));
        assert.deepEqual(out[2], { id: 'empty', text: '', removed: [] });
        assert.equal(out[3].text, articleClean(3, true));
      }
    });

    it('cleans each record as `clean` cleans the same dump; a *.jsonl file works as stdin does', () => {
      const path = write(join(tmp, 'c.jsonl'), records.map(rec).join(''));
      const r = cli(['clean', '--format', 'jsonl', path]);
      assert.equal(r.status, 0, r.stderr);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(out[0].text, cli(['clean', '-'], { input: DUMP }).stdout);
      assert.equal(r.stdout, cli(['clean', '--format', 'jsonl', '-'], { input: readFileSync(path) }).stdout);
    });

    it('bad bytes on a line: that line is reported and skipped', () => {
      const input = Buffer.concat([Buffer.from(rec(records[1])), Buffer.from('{"text": "Pr\xe4sident"}\n', 'latin1'), Buffer.from(rec(records[1]))]);
      const r = cli(['clean', '--format', 'jsonl', '-'], { input });
      assert.equal(r.status, 2);
      assert.deepEqual(r.errors, ['dump-curator: <stdin>:2: not valid UTF-8; skipped']);
      assert.equal(r.stdout.trimEnd().split('\n').length, 2);
    });

    it('--text-field names the field that holds the dump', () => {
      const r = cli(['clean', '--format', 'jsonl', '--text-field', 'raw_content', '-'], { input: rec({ url: 'u', raw_content: DUMP }) });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).raw_content, GOLDEN);
    });

    for (const jobs of ['1', '2']) {
      it(`streams with --jobs ${jobs}: each record is answered before the next one is sent (a mapper on an endless input)`, async () => {
        const child = spawn(process.execPath, [CLI, 'clean', '--format', 'jsonl', '--jobs', jobs, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        const lines: string[] = [];
        let waiting: (() => void) | undefined;
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString('utf8');
          while (stdout.includes('\n')) {
            lines.push(stdout.slice(0, stdout.indexOf('\n')));
            stdout = stdout.slice(stdout.indexOf('\n') + 1);
          }
          waiting?.();
        });
        const nextLine = (n: number) =>
          new Promise<void>((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no output line ${n} while stdin is still open`)), 30_000);
            waiting = () => {
              if (lines.length >= n) {
                clearTimeout(timer);
                done();
              }
            };
            waiting();
          });
        for (let n = 1; n <= 3; n++) {
          child.stdin.write(rec({ n, text: article(n) }));
          await nextLine(n);
        }
        child.stdin.end(rec({ n: 4, text: article(4) }));
        const status = await new Promise<number | null>((done) => child.on('close', done));
        assert.equal(status, 0);
        assert.deepEqual(lines.map((l) => JSON.parse(l).n), [1, 2, 3, 4]);
        assert.equal(JSON.parse(lines[1]).text, articleClean(2, true));
      });
    }

    it('waits while stdout is full: a reader that stops reading stops the reading of input', async function () {
      // 20,000 records (about 5 MB out) against a reader that takes nothing for a while: the
      // mapper must not read all of stdin ahead into memory; it finishes once the reader reads.
      const child = spawn(process.execPath, [CLI, 'clean', '--format', 'jsonl', '--jobs', '2', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdout.pause();
      const record = rec({ text: article(1) });
      const N = 20_000;
      let written = 0;
      while (written < N) {
        const ok = child.stdin.write(record);
        written++;
        if (ok) continue;
        const drained = await Promise.race([once(child.stdin, 'drain').then(() => true), new Promise((r) => setTimeout(() => r(false), 1500))]);
        if (!drained) break; // the mapper stopped reading stdin
      }
      assert.ok(written < N / 2, `the mapper read ${written} of ${N} records ahead while its stdout was not read`);
      let out = 0;
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8').split('\n').length - 1));
      child.stdout.resume();
      for (; written < N; written++) if (!child.stdin.write(record)) await once(child.stdin, 'drain');
      child.stdin.end();
      const status = await new Promise<number | null>((done) => child.on('close', done));
      assert.equal(status, 0);
      assert.equal(out, N);
    });

    it('index --format jsonl counts each record as a file; clean then drops what recurs (a two-pass run)', () => {
      const corpus = [0, 1, 2, 3].map((i) => rec({ id: i, text: article(i) })).join('');
      const r = cli(['index', '--format', 'jsonl', '-', '--out', join(tmp, 'j.idx')], { input: corpus });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(CorpusIndex.deserialize(readFileSync(join(tmp, 'j.idx'))).countOf(fingerprint(PROMO)), 4);
      const c = cli(['clean', '--format', 'jsonl', '--boilerplate-index', join(tmp, 'j.idx'), '--min-files', '4', '-'], { input: corpus });
      assert.equal(c.status, 0, c.stderr);
      const out = c.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(out.map((o) => o.text), [0, 1, 2, 3].map((i) => articleClean(i, false)));
      assert.ok(out[0].removed.some((x: { codes: string[]; text: string }) => x.codes.includes('corpus-boilerplate') && x.text === PROMO));
    });

    it('without --format jsonl, stdin is one dump as before', () => {
      const r = cli(['clean', '--format', 'json', '-'], { input: DUMP });
      assert.equal(JSON.parse(r.stdout).text, GOLDEN);
    });
  });

  describe('bad input and limits', () => {
    it('a symbolic link loop: said once, not followed again; a link that cannot be followed: one line; the rest goes on', function () {
      const dir = site(join(tmp, 'in'));
      try {
        symlinkSync(dir, join(dir, 'loop'), 'dir');
        symlinkSync(join(dir, 'self.dump'), join(dir, 'self.dump'));
      } catch {
        this.skip();
      }
      const r = cli(['index', 'in', '--out', 'i.idx'], { cwd: tmp });
      assert.equal(r.status, 2);
      assertNoTrace(r);
      assert.deepEqual(r.errors, [
        `dump-curator: ${join('in', 'loop')}: a symbolic link to in, which is already searched; not searched again`,
        `dump-curator: ${join('in', 'self.dump')}: a symbolic link that cannot be followed (a loop of symbolic links, ELOOP)`,
        `dump-curator: indexed 5 files into i.idx: ${CorpusIndex.deserialize(readFileSync(join(tmp, 'i.idx'))).size} distinct lines; 1 skipped`,
      ]);
    });

    it('a FIFO named like a dump in a folder: one line, not waited on; the rest goes on', function () {
      const dir = site(join(tmp, 'in'));
      if (spawnSync('mkfifo', [join(dir, 'pipe.dump')]).status !== 0) this.skip(); // no FIFOs on this system
      const r = cli(['index', 'in', '--out', 'i.idx'], { cwd: tmp });
      assert.equal(r.status, 2);
      assert.deepEqual(r.errors, [
        `dump-curator: ${join('in', 'pipe.dump')}: not a file (a FIFO, socket or device); not read`,
        `dump-curator: indexed 5 files into i.idx: ${CorpusIndex.deserialize(readFileSync(join(tmp, 'i.idx'))).size} distinct lines; 1 skipped`,
      ]);
    });

    it('an unreadable dump and an unreadable folder: one line each, the rest goes on', () => {
      // Permissions do not stop root (CI runs as root): then the CLI runs as the unprivileged "nobody".
      const asRoot = process.getuid?.() === 0;
      const uid = asRoot ? NOBODY : undefined;
      const dir = site(join(tmp, 'in'));
      // The bundle is self-contained; a copy in the temp folder is reachable whatever the checkout's permissions.
      const script = asRoot ? join(tmp, 'cli.js') : undefined;
      if (script) {
        copyFileSync(CLI, script);
        chmodSync(tmp, 0o777);
      }
      chmodSync(write(join(dir, 'locked.dump'), DUMP), 0o000);
      mkdirSync(join(dir, 'closed'));
      write(join(dir, 'closed', 'x.dump'), DUMP);
      chmodSync(join(dir, 'closed'), 0o000);
      try {
        const r = cli(['index', 'in', '--out', 'i.idx', '--jobs', '2'], { cwd: tmp, uid, script });
        assert.equal(r.status, 2, r.stderr);
        assertNoTrace(r);
        assert.deepEqual(r.errors.slice(0, 2), [
          `dump-curator: ${join('in', 'closed')}: cannot read folder (permission denied, EACCES)`,
          `dump-curator: ${join('in', 'locked.dump')}: cannot read (permission denied, EACCES)`,
        ]);
        assert.match(r.errors[2], /^dump-curator: indexed 5 files into i\.idx: \d+ distinct lines; 2 skipped$/);
      } finally {
        chmodSync(join(dir, 'closed'), 0o755);
      }
    });

    it('a dump that vanishes between the scan and its reading: one line naming it', () => {
      const job = makeJob({ kind: 'clean-text', options: {}, textField: 'text' });
      const gone = join(tmp, 'gone.dump');
      assert.deepEqual(execute(job, { kind: 'file', path: gone, relative: 'gone.dump' }), { error: `${gone}: vanished before it could be read (ENOENT)` });
      assert.deepEqual(execute(job, { kind: 'file', path: tmp, relative: 'x.dump' }), { error: `${tmp}: cannot read (it is a folder, EISDIR)` });
    });

    it('a folder of 100,000 dumps: each counted, one bad one reported, the rest goes on', function () {
      const dir = join(tmp, 'many');
      mkdirSync(dir);
      for (let i = 0; i < 100_000; i++) writeFileSync(join(dir, `${String(i).padStart(6, '0')}.dump`), `Zeile ${i % 7} mit genug Worten hier\n`);
      writeFileSync(join(dir, '050000.dump'), '');
      const r = cli(['index', dir, '--out', join(tmp, 'many.idx'), '--jobs', '2']);
      assert.equal(r.status, 2);
      assert.deepEqual(r.errors, [`dump-curator: ${join(dir, '050000.dump')}: empty file`, `dump-curator: indexed 99999 files into ${join(tmp, 'many.idx')}: 7 distinct lines; 1 skipped`]);
      const index = CorpusIndex.deserialize(readFileSync(join(tmp, 'many.idx')));
      assert.equal(index.countOf(fingerprint('Zeile 3 mit genug Worten hier')), 14286);
    });

    it('usage: index without --out, --merge elsewhere, --min-files without an index, an index option on index', () => {
      const cases: [string[], RegExp][] = [
        [['index', 'x.dump'], /index: give --out INDEX/],
        [['clean', '--merge', 'x.dump'], /--merge works with index only/],
        [['clean', '--min-files', '3', 'x.dump'], /--min-files works with --boilerplate-index only/],
        [['clean', '--boilerplate-index', 'i.idx', '--min-files', '1', 'x.dump'], /--min-files must be a whole number from 2/],
        [['index', '--boilerplate-index', 'i.idx', 'x.dump', '--out', 'o.idx'], /are for check and clean/],
        [['index', '--format', 'json', 'x.dump', '--out', 'o.idx'], /--format must be text \(dumps\) or jsonl \(records\)/],
        [['index', '--merge', '--out', 'o.idx'], /give at least one INDEX/],
      ];
      for (const [args, reason] of cases) {
        const r = cli(args, { cwd: tmp });
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.errors[0], reason);
        assert.match(r.stderr, /^Usage: dump-curator <command>/m);
        assertNoTrace(r);
      }
      assert.deepEqual(readdirSync(tmp), []);
    });
  });
});
