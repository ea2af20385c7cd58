/**
 * The command-line tool, run as a user runs it: `node dist/cli.js …` in a child process (build
 * first: `npm test` does). Exit codes, the exact text and JSON shapes, `--out` mirroring and its
 * guards, `--config`, usage errors and every kind of bad input (one stderr line, no stack trace,
 * the other files still processed).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, chownSync, closeSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brief } from '../../src/cli/errors';
import { outputPathFor } from '../../src/cli/inputs';
import { RULE_CODES } from '../../src/core';
import { assertNoTrace, cli, CLI, filesUnder, ROOT, write, type Run } from './cli-run';
import { REAL, REFERENCE, TRAPS } from './fixtures';

const EXAMPLES = join(ROOT, 'test', 'fixtures', 'examples');
const DUMP = readFileSync(REFERENCE + '.dump');
const GOLDEN = readFileSync(REFERENCE + '.clean.txt', 'utf8');
const EXPECTED: { line: number; code: string; duplicateOf?: number }[] = JSON.parse(readFileSync(REFERENCE + '.findings.json', 'utf8'));
const CRLF = Buffer.from(DUMP.toString('utf8').replace(/\n/g, '\r\n'));
const BOM = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), DUMP]);
const OTHER = readFileSync(join(TRAPS, 'credits.dump'));
const OTHER_CLEAN = readFileSync(join(TRAPS, 'credits.clean.txt'), 'utf8');
/** The unprivileged user of Debian and most Linux systems. */
const NOBODY = 65534;

/** A dump whose article is about `kib` KiB: paragraphs that differ (a repeated one is a duplicate and goes). */
function longArticle(kib: number): string {
  const paragraphs = Array.from({ length: kib }, (_, i) => `Absatz ${i + 1}: ` + 'Ein langer Absatz, der im Artikel bleibt, weil er ein Satz ist. '.repeat(16));
  return 'Titel des langen Artikels\n\n' + paragraphs.join('\n\n') + '\n';
}

/** The stderr lines that are not the `--out` summary ("wrote N cleaned articles …"). */
function complaints(r: Run): string[] {
  return r.errors.filter((l) => !/^dump-curator: wrote \d+ cleaned articles? to /.test(l));
}

const FINDING_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) ([a-z-]+) (.+)$/;
const SUMMARY = /^(\d+) findings? \((\d+) errors, (\d+) warnings, (\d+) information, (\d+) hints\) in (\d+) of (\d+) files?(; (\d+) skipped)?$/;

describe('dump-curator CLI (dist/cli.js)', function () {
  this.timeout(60_000);
  let tmp: string;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first ("npm test" builds before running mocha)`);
  });
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'dump-curator-cli-'));
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  describe('check', () => {
    it('prints control characters of a file name or a dump as codes: no line split, no escape sent to the terminal', () => {
      const name = 'rot\x1b[31m\nzeile.dump';
      write(join(tmp, name), 'Kicker\n\nTitel hier\n\nDer Lead endet hier.\n\nGlocke \x07 im Text.\n\nReuters\n');
      const r = cli(['check', tmp, join(tmp, 'fehlt\x1b]0;x\x07.dump')]);
      assert.equal(r.status, 2, r.stderr);
      for (const out of [r.stdout, r.stderr]) assert.doesNotMatch(out, /[\x00-\x08\x0b-\x1f\x7f]/, 'a raw control character');
      const findings = r.stdout.split('\n').filter((l) => FINDING_LINE.test(l));
      assert.ok(findings.length > 0 && findings.every((l) => l.includes('rot\\x1b[31m\\x0azeile.dump:')), r.stdout);
      assert.deepEqual(complaints(r), [`dump-curator: ${join(tmp, 'fehlt\\x1b]0;x\\x07.dump')}: no such file or folder`]);
    });

    it('prints path:line:col severity code message per finding, then a summary, and exits 1', () => {
      const r = cli(['check', '20min-putin-kim.dump'], { cwd: EXAMPLES });
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stderr, '');
      const lines = r.stdout.split('\n');
      assert.equal(lines.pop(), '', 'output ends with a newline');
      const summary = lines.pop()!;
      assert.ok(lines.includes('20min-putin-kim.dump:9:1 warning duplicate-line Duplicate: the same text stands on line 8.'), r.stdout);
      for (const line of lines) assert.match(line, FINDING_LINE);
      assert.ok(lines.every((l) => l.startsWith('20min-putin-kim.dump:')), 'paths as given on the command line');
      const m = SUMMARY.exec(summary);
      assert.ok(m, `summary line: ${summary}`);
      assert.equal(Number(m[1]), lines.length, 'the summary counts the findings printed');
      assert.equal(Number(m[2]) + Number(m[3]) + Number(m[4]) + Number(m[5]), lines.length);
      assert.equal(Number(m[3]), lines.filter((l) => / warning /.test(l)).length);
      assert.deepEqual([m[6], m[7], m[9]], ['1', '1', undefined]);
      for (const want of EXPECTED) {
        assert.ok(lines.some((l) => FINDING_LINE.exec(l)?.[2] === String(want.line) && FINDING_LINE.exec(l)?.[5] === want.code), `${want.code} on line ${want.line}`);
      }
    });

    it('--format json: file, 1-based line/column/endLine/endColumn, code, severity, message, duplicateOf', () => {
      const r = cli(['check', '--format', 'json', '20min-putin-kim.dump'], { cwd: EXAMPLES });
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stderr, '');
      const findings = JSON.parse(r.stdout);
      assert.ok(Array.isArray(findings) && findings.length > 0);
      const source = DUMP.toString('utf8').split('\n');
      for (const f of findings) {
        const keys = ['file', 'line', 'column', 'endLine', 'endColumn', 'code', 'severity', 'message'];
        if (f.code === 'duplicate-line') keys.push('duplicateOf');
        assert.deepEqual(Object.keys(f).sort(), keys.sort(), JSON.stringify(f));
        assert.equal(f.file, '20min-putin-kim.dump');
        assert.ok(Number.isInteger(f.line) && f.line >= 1 && f.line <= source.length, JSON.stringify(f));
        assert.ok(Number.isInteger(f.column) && f.column >= 1 && f.column <= source[f.line - 1].length + 1, JSON.stringify(f));
        assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), JSON.stringify(f));
        assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
        assert.ok((RULE_CODES as readonly string[]).includes(f.code));
        assert.equal(typeof f.message, 'string');
      }
      const dup = findings.find((f: { line: number; code: string }) => f.line === 9 && f.code === 'duplicate-line');
      assert.deepEqual(dup, {
        file: '20min-putin-kim.dump',
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: source[8].length + 1,
        code: 'duplicate-line',
        severity: 'warning',
        message: 'Duplicate: the same text stands on line 8.',
        duplicateOf: 8,
      });
      for (const want of EXPECTED) {
        const hit: { duplicateOf?: number } | undefined = findings.find((f: { line: number; code: string }) => f.line === want.line && f.code === want.code);
        assert.ok(hit, `${want.code} on line ${want.line}`);
        if (want.duplicateOf !== undefined) assert.equal(hit.duplicateOf, want.duplicateOf);
      }
    });

    it('text and JSON report the same findings', () => {
      const text = cli(['check', '20min-putin-kim.dump'], { cwd: EXAMPLES }).stdout.split('\n').slice(0, -2);
      const json = JSON.parse(cli(['check', '--format', 'json', '20min-putin-kim.dump'], { cwd: EXAMPLES }).stdout);
      assert.deepEqual(
        json.map((f: Record<string, string>) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`),
        text,
      );
    });

    it('exits 0 on a clean article (the golden file itself) and prints [] as JSON', () => {
      const r = cli(['check', REFERENCE + '.clean.txt']);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, '0 findings (0 errors, 0 warnings, 0 information, 0 hints) in 0 of 1 file\n');
      const json = cli(['check', '--format', 'json', REFERENCE + '.clean.txt']);
      assert.equal(json.status, 0);
      assert.deepEqual(JSON.parse(json.stdout), []);
    });

    it('exits 0 when every finding is below warning (rules set to information by --config)', () => {
      const config = write(join(tmp, 'info.json'), JSON.stringify({ rules: Object.fromEntries(RULE_CODES.map((c) => [c, 'information'])) }));
      const r = cli(['check', '--config', config, REFERENCE + '.dump']);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.ok(lines.length > 1 && lines.slice(0, -1).every((l) => FINDING_LINE.exec(l)?.[4] === 'information'), r.stdout);
    });

    it('reports the same lines for a CRLF copy, a BOM copy and a CRLF+BOM copy', () => {
      const pairs = (r: Run) => JSON.parse(r.stdout).map((f: Record<string, unknown>) => `${f.line} ${f.code} ${f.duplicateOf ?? ''}`);
      const want = pairs(cli(['check', '--format', 'json', REFERENCE + '.dump']));
      for (const [name, bytes] of [['crlf', CRLF], ['bom', BOM], ['crlf-bom', Buffer.concat([BOM.subarray(0, 3), CRLF])]] as const) {
        const r = cli(['check', '--format', 'json', write(join(tmp, `${name}.dump`), bytes)]);
        assert.equal(r.status, 1, r.stderr);
        assert.deepEqual(pairs(r), want, name);
      }
    });

    it('searches folders recursively for *.dump and *.raw.txt only', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'sub', 'b.raw.txt'), DUMP);
      write(join(tmp, 'in', 'sub', 'deep', 'c.dump'), DUMP);
      write(join(tmp, 'in', 'notes.txt'), 'not a dump\n');
      write(join(tmp, 'in', 'sub', 'old.clean.txt'), DUMP);
      const r = cli(['check', '--format', 'json', 'in'], { cwd: tmp });
      assert.equal(r.status, 1, r.stderr);
      const files = [...new Set(JSON.parse(r.stdout).map((f: { file: string }) => f.file.split('\\').join('/')))].sort();
      assert.deepEqual(files, ['in/a.dump', 'in/sub/b.raw.txt', 'in/sub/deep/c.dump']);
      const text = cli(['check', 'in'], { cwd: tmp });
      assert.match(text.stdout.trimEnd().split('\n').pop()!, / in 3 of 3 files$/);
    });

    it('reads stdin for -', () => {
      const r = cli(['check', '-'], { input: CRLF });
      assert.equal(r.status, 1, r.stderr);
      assert.ok(r.stdout.includes('<stdin>:9:1 warning duplicate-line Duplicate: the same text stands on line 8.\n'), r.stdout);
    });
  });

  describe('clean', () => {
    it('prints the cleaned article, byte for byte, for the reference and its CRLF, BOM and CRLF+BOM copies', () => {
      const copies = { plain: DUMP, crlf: CRLF, bom: BOM, 'crlf-bom': Buffer.concat([BOM.subarray(0, 3), CRLF]) };
      for (const [name, bytes] of Object.entries(copies)) {
        const r = cli(['clean', write(join(tmp, `${name}.dump`), bytes)]);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stderr, '');
        assert.equal(r.bytes.toString('utf8'), GOLDEN, name);
        assert.ok(r.bytes.equals(Buffer.from(GOLDEN, 'utf8')), `${name}: byte for byte`);
      }
    });

    it('reads stdin for - (CRLF and BOM included)', () => {
      for (const input of [DUMP, Buffer.concat([BOM.subarray(0, 3), CRLF])]) {
        const r = cli(['clean', '-'], { input });
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, GOLDEN);
      }
    });

    it('cleaning twice equals cleaning once', () => {
      const once = cli(['clean', '-'], { input: DUMP }).stdout;
      assert.equal(cli(['clean', '-'], { input: once }).stdout, once);
    });

    it('--format json prints one record for one file, with 1-based lines throughout', () => {
      const r = cli(['clean', '--format', 'json', REFERENCE + '.dump']);
      assert.equal(r.status, 0, r.stderr);
      const rec = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(rec).sort(), ['file', 'record', 'removed', 'text']);
      assert.equal(rec.file, REFERENCE + '.dump');
      assert.equal(rec.text, GOLDEN);
      assert.deepEqual(rec.record.kicker, { text: 'Ukraine', line: 1 });
      assert.equal(rec.record.headline.line, 3);
      assert.deepEqual(rec.record.bylines, [{ text: '20 Minuten', line: 7 }]);
      assert.ok(rec.record.credits.some((c: { text: string; line: number }) => c.text === 'Reuters' && c.line === 10));
      const removed = rec.removed.map((x: { line: number; codes: string[] }) => `${x.line} ${x.codes.join(',')}`);
      assert.ok(removed.includes('7 byline') && removed.includes('10 credit'), removed.join('; '));
      assert.ok(rec.removed.some((x: { line: number; codes: string[] }) => x.line === 9 && x.codes.includes('duplicate-line')));
    });

    it('--format json prints a list for a folder, --format jsonl one record per line', () => {
      write(join(tmp, 'one', 'a.dump'), DUMP);
      const folder = JSON.parse(cli(['clean', '--format', 'json', join(tmp, 'one')]).stdout);
      assert.ok(Array.isArray(folder) && folder.length === 1 && folder[0].text === GOLDEN);
      write(join(tmp, 'two', 'a.dump'), DUMP);
      write(join(tmp, 'two', 'b.raw.txt'), OTHER);
      const r = cli(['clean', '--format', 'jsonl', join(tmp, 'two')]);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines.pop(), '');
      assert.deepEqual(lines.map((l) => JSON.parse(l).text), [GOLDEN, OTHER_CLEAN]);
    });

    it('refuses to print several articles to stdout without --out or jsonl (exit 2, nothing printed)', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'b.dump'), DUMP);
      for (const args of [['clean', join(tmp, 'in', 'a.dump'), join(tmp, 'in', 'b.dump')], ['clean', join(tmp, 'in')]]) {
        const r = cli(args);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.errors[0], /^dump-curator: clean prints one article to stdout/);
        assertNoTrace(r);
      }
    });

    it('--out writes NAME.clean.txt per dump, mirroring nested folders, for .dump and .raw.txt', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'sub', 'b.raw.txt'), CRLF);
      write(join(tmp, 'in', 'sub', 'deep', 'c.dump'), BOM);
      write(join(tmp, 'in', 'sub', 'deep', 'd.raw.txt'), OTHER);
      write(join(tmp, 'in', 'notes.txt'), 'not a dump\n');
      write(join(tmp, 'extra', 'e.dump'), OTHER);
      const r = cli(['clean', 'in', 'extra/e.dump', '--out', 'out'], { cwd: tmp });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.deepEqual(r.errors, ['dump-curator: wrote 5 cleaned articles to out']);
      assert.deepEqual(filesUnder(join(tmp, 'out')), ['a.clean.txt', 'e.clean.txt', 'sub/b.clean.txt', 'sub/deep/c.clean.txt', 'sub/deep/d.clean.txt']);
      for (const f of ['a', 'sub/b', 'sub/deep/c']) assert.equal(readFileSync(join(tmp, 'out', f + '.clean.txt'), 'utf8'), GOLDEN, f);
      for (const f of ['sub/deep/d', 'e']) assert.equal(readFileSync(join(tmp, 'out', f + '.clean.txt'), 'utf8'), OTHER_CLEAN, f);
      assert.ok(readFileSync(join(tmp, 'in', 'sub', 'b.raw.txt')).equals(CRLF), 'inputs untouched');
    });

    it('--out writes over outputs already there, longer or shorter ones, exactly', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'b.dump'), OTHER);
      write(join(tmp, 'in', 'c.dump'), DUMP);
      write(join(tmp, 'out', 'a.clean.txt'), 'x'.repeat(3 * GOLDEN.length) + '\n');
      write(join(tmp, 'out', 'b.clean.txt'), 'short');
      write(join(tmp, 'out', 'c.clean.txt'), '');
      const r = cli(['clean', 'in', '--out', 'out'], { cwd: tmp });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(readFileSync(join(tmp, 'out', 'a.clean.txt'), 'utf8'), GOLDEN);
      assert.equal(readFileSync(join(tmp, 'out', 'b.clean.txt'), 'utf8'), OTHER_CLEAN);
      assert.equal(readFileSync(join(tmp, 'out', 'c.clean.txt'), 'utf8'), GOLDEN);
    });

    it('--out leaves an output that holds its article already as it is, and rewrites one of the same size that does not', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'b.dump'), DUMP);
      write(join(tmp, 'out', 'a.clean.txt'), GOLDEN);
      write(join(tmp, 'out', 'b.clean.txt'), GOLDEN.replace('Kim', 'Kom'));
      const long = new Date('2001-02-03T04:05:06Z');
      for (const f of ['a', 'b']) utimesSync(join(tmp, 'out', `${f}.clean.txt`), long, long);
      const r = cli(['clean', 'in', '--out', 'out'], { cwd: tmp });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.errors, ['dump-curator: wrote 1 cleaned article to out; 1 was there already, unchanged']);
      assert.equal(statSync(join(tmp, 'out', 'a.clean.txt')).mtimeMs, long.getTime(), 'not written again');
      assert.equal(readFileSync(join(tmp, 'out', 'b.clean.txt'), 'utf8'), GOLDEN);
      assert.notEqual(statSync(join(tmp, 'out', 'b.clean.txt')).mtimeMs, long.getTime(), 'written');
    });

    it('--out into the input folder itself: outputs beside the dumps, no input overwritten, a rerun picks up no output', () => {
      const dir = join(tmp, 'in');
      write(join(dir, 'x.dump'), DUMP);
      write(join(dir, 'x.clean.txt.dump'), OTHER); // its output is x.clean.txt.clean.txt, not x.clean.txt
      write(join(dir, 'sub', 'y.raw.txt'), DUMP);
      for (let run = 0; run < 2; run++) {
        const r = cli(['clean', dir, '--out', dir]);
        assert.equal(r.status, 0, r.stderr);
        const summary = run === 0 ? `wrote 3 cleaned articles to ${dir}` : `wrote 0 cleaned articles to ${dir}; 3 were there already, unchanged`;
        assert.deepEqual(r.errors, [`dump-curator: ${summary}`], `run ${run + 1}`);
      }
      assert.deepEqual(filesUnder(dir), ['sub/y.clean.txt', 'sub/y.raw.txt', 'x.clean.txt', 'x.clean.txt.clean.txt', 'x.clean.txt.dump', 'x.dump']);
      assert.ok(readFileSync(join(dir, 'x.dump')).equals(DUMP));
      assert.ok(readFileSync(join(dir, 'x.clean.txt.dump')).equals(OTHER));
      assert.equal(readFileSync(join(dir, 'x.clean.txt'), 'utf8'), GOLDEN);
      assert.equal(readFileSync(join(dir, 'x.clean.txt.clean.txt'), 'utf8'), OTHER_CLEAN);
    });

    it('--out never writes over an input file given on the command line (also through a linked output folder)', function () {
      const dir = join(tmp, 'in');
      write(join(dir, 'a.dump'), DUMP);
      write(join(dir, 'a.clean.txt'), OTHER); // a dump with an unusual name, given as input
      const links = [dir];
      try {
        symlinkSync(dir, join(tmp, 'link'), 'dir');
        links.push(join(tmp, 'link'));
      } catch {
        // no symbolic links here (Windows without the right): the plain case still runs
      }
      for (const [i, out] of links.entries()) {
        const r = cli(['clean', join(dir, 'a.dump'), join(dir, 'a.clean.txt'), '--out', out]);
        assert.equal(r.status, 2, r.stderr);
        assert.deepEqual(complaints(r), [`dump-curator: ${join(dir, 'a.dump')}: its output ${join(out, 'a.clean.txt')} is an input file; not overwritten`]);
        // Through the link, the other input's output is the one the first run wrote.
        const summary = i === 0 ? `wrote 1 cleaned article to ${out}` : `wrote 0 cleaned articles to ${out}; 1 was there already, unchanged`;
        assert.ok(r.errors.includes(`dump-curator: ${summary}; 1 skipped`), r.stderr);
        assertNoTrace(r);
        assert.ok(readFileSync(join(dir, 'a.clean.txt')).equals(OTHER), 'the input is untouched');
        assert.equal(readFileSync(join(dir, 'a.clean.txt.clean.txt'), 'utf8'), OTHER_CLEAN, 'the other input is still cleaned');
        assert.ok(readFileSync(join(dir, 'a.dump')).equals(DUMP));
      }
    });

    it('--out never writes through a hard or symbolic link to an input', () => {
      const dump = write(join(tmp, 'in', 'a.dump'), DUMP);
      mkdirSync(join(tmp, 'hard'));
      linkSync(dump, join(tmp, 'hard', 'a.clean.txt'));
      const hard = cli(['clean', dump, '--out', join(tmp, 'hard')]);
      assert.equal(hard.status, 2);
      assert.match(complaints(hard).join('\n'), /^dump-curator: .*a\.dump: its output .*a\.clean\.txt is an input file; not overwritten$/);
      assert.ok(readFileSync(dump).equals(DUMP), 'hard-linked input untouched');
      try {
        symlinkSync(dump, join(tmp, 'in', 'a.clean.txt')); // in the output folder, pointing at an input
        mkdirSync(join(tmp, 'soft'));
        symlinkSync(dump, join(tmp, 'soft', 'a.clean.txt')); // in the output folder, pointing out of it
      } catch {
        return; // no symbolic links on this system
      }
      for (const [out, why] of [[join(tmp, 'in'), /is a symbolic link; not followed$/], [join(tmp, 'soft'), /would land outside the output folder/]] as const) {
        const soft = cli(['clean', dump, '--out', out]);
        assert.equal(soft.status, 2);
        assert.equal(complaints(soft).length, 1, soft.stderr);
        assert.ok(complaints(soft)[0].startsWith(`dump-curator: ${dump}: its output ${join(out, 'a.clean.txt')} `), soft.stderr);
        assert.match(complaints(soft)[0], why);
        assertNoTrace(soft);
        assert.ok(readFileSync(dump).equals(DUMP), 'symlinked input untouched');
      }
    });

    it('--out: a FIFO where an output goes is replaced by the article, not waited on for good', function () {
      const dump = write(join(tmp, 'in', 'a.dump'), DUMP);
      mkdirSync(join(tmp, 'out'));
      if (spawnSync('mkfifo', [join(tmp, 'out', 'a.clean.txt')]).status !== 0) this.skip(); // no FIFOs on this system
      const r = cli(['clean', dump, '--out', join(tmp, 'out')]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(readFileSync(join(tmp, 'out', 'a.clean.txt'), 'utf8'), GOLDEN);
    });

    /** A folder of `count` copies of the reference dump (b001.dump …), and z.dump, cleaned to about `zKiB` KiB. */
    function corpus(count: number, zKiB: number): string {
      const dir = join(tmp, 'in');
      for (let i = 1; i <= count; i++) write(join(dir, `b${String(i).padStart(3, '0')}.dump`), DUMP);
      write(join(dir, 'z.dump'), longArticle(zKiB));
      return dir;
    }

    /** Every output is whole (the article, or the old text) and no temporary file is left. */
    function assertWhole(out: string, old: string): void {
      for (const f of readdirSync(out)) {
        assert.match(f, /^[bz]\d*\.clean\.txt$/, `left behind: ${f}`);
        assert.equal(readFileSync(join(out, f), 'utf8'), f.startsWith('z') ? old : GOLDEN, f);
      }
    }

    // A 64 KiB tmpfs in a mount namespace of its own: no root needed where user namespaces are allowed.
    const UNSHARE = ['--user', '--map-root-user', '--mount', 'sh', '-c'];
    const MOUNT = 'mount -t tmpfs -o size=64k tmpfs "$0" || exit 99';

    /**
     * Runs clean `dir` --out onto the tmpfs, with `old` (if given) in the output folder first, and
     * copies what the run left there to `after`. What the run printed, and the folder it wrote to.
     */
    function cleanOntoTmpfs(dir: string, jobs: string, after: string, old?: string): { r: SpawnSyncReturns<string>; out: string } {
      const mnt = join(tmp, 'mnt');
      mkdirSync(mnt, { recursive: true });
      const copyOld = old !== undefined ? '&& cp "$1" "$0/out/"' : '';
      const script = `${MOUNT}; mkdir "$0/out" ${copyOld} || exit 98; "$2" "$3" clean "$4" --out "$0/out" --jobs ${jobs}; s=$?; cp -R "$0/out" "$5" && exit $s`;
      const r = spawnSync('unshare', [...UNSHARE, script, mnt, old ?? '', process.execPath, CLI, dir, after], { encoding: 'utf8', timeout: 60_000 });
      return { r, out: join(mnt, 'out') };
    }

    it('--out onto a full disk: the line naming the dump and its output, the summary, exit 2, no empty or cut output', function () {
      if (spawnSync('unshare', [...UNSHARE, MOUNT, tmp]).status !== 0) this.skip(); // no unshare, or no mounting allowed
      const dir = corpus(300, 1);
      for (const jobs of ['1', '4']) {
        const after = join(tmp, `after-${jobs}`);
        const { r, out } = cleanOntoTmpfs(dir, jobs, after);
        assert.equal(r.status, 2, r.stderr);
        const written = readdirSync(after).sort();
        assertWhole(after, '');
        // The first output missing is the one that did not fit.
        const stuck = `b${String(written.length + 1).padStart(3, '0')}`;
        assert.deepEqual(written, Array.from({ length: written.length }, (_, i) => `b${String(i + 1).padStart(3, '0')}.clean.txt`));
        assert.deepEqual(r.stderr.split('\n'), [
          `dump-curator: ${join(dir, `${stuck}.dump`)}: cannot write ${join(out, `${stuck}.clean.txt`)} (no space left on device, ENOSPC); stopped`,
          `dump-curator: wrote ${written.length} cleaned articles to ${out}; 1 skipped`,
          '',
        ]);
      }
    });

    it('--out onto a full disk: an output that needs room for its second copy is kept whole, and the run stops there', function () {
      if (spawnSync('unshare', [...UNSHARE, MOUNT, tmp]).status !== 0) this.skip(); // no unshare, or no mounting allowed
      // 16 pages of 4 KiB: 3 short outputs and the old z (8 pages) leave too little for the new z
      // (10 pages), which alone would fit beside the short ones.
      const dir = corpus(3, 40);
      const old = 'Das alte Ergebnis eines früheren Laufs.\n'.repeat(750);
      write(join(tmp, 'old', 'z.clean.txt'), old);
      const after = join(tmp, 'after');
      const { r, out } = cleanOntoTmpfs(dir, '1', after, join(tmp, 'old', 'z.clean.txt'));
      assert.equal(r.status, 2, r.stderr);
      assert.deepEqual(r.stderr.split('\n'), [
        `dump-curator: ${join(dir, 'z.dump')}: cannot write ${join(out, 'z.clean.txt')} (no space left on device, ENOSPC); stopped`,
        `dump-curator: wrote 3 cleaned articles to ${out}; 1 skipped`,
        '',
      ]);
      assertWhole(after, old);
      assert.deepEqual(readdirSync(after).sort(), ['b001.clean.txt', 'b002.clean.txt', 'b003.clean.txt', 'z.clean.txt']);
    });

    it('--out: a write that fails half way (a file size limit, EFBIG) leaves the old output whole; the others are written', function () {
      if (process.platform === 'win32') this.skip(); // no ulimit
      const dir = corpus(3, 400);
      const out = join(tmp, 'out');
      const old = 'Das alte Ergebnis eines früheren Laufs.\n';
      write(join(out, 'z.clean.txt'), old);
      // 256 KiB (sh counts 512 or 1024 bytes a block): the short articles fit, the long one does not.
      const r = spawnSync('/bin/sh', ['-c', `trap '' XFSZ; ulimit -f 512 && exec "$0" "$@"`, process.execPath, CLI, 'clean', dir, '--out', out], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2, r.stderr);
      assert.deepEqual(r.stderr.split('\n').filter(Boolean), [
        `dump-curator: ${join(dir, 'z.dump')}: cannot write ${join(out, 'z.clean.txt')} (EFBIG)`,
        `dump-curator: wrote 3 cleaned articles to ${out}; 1 skipped`,
      ]);
      assertWhole(out, old);
      assert.deepEqual(readdirSync(out).sort(), ['b001.clean.txt', 'b002.clean.txt', 'b003.clean.txt', 'z.clean.txt']);
    });

    it('--out as a user who may not write in the output folder: a writable output is written in place, a read-only one refused', function () {
      if (process.platform === 'win32') this.skip(); // no permission bits
      // Permissions do not stop root (CI runs as root): then the CLI runs as the unprivileged "nobody",
      // from a copy of the self-contained bundle that it can reach whatever the checkout's permissions.
      const uid = process.getuid?.() === 0 ? NOBODY : undefined;
      const script = uid !== undefined ? join(tmp, 'cli.js') : undefined;
      if (script) copyFileSync(CLI, script);
      chmodSync(tmp, 0o755);
      write(join(tmp, 'in', 'locked', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'open', 'b.dump'), DUMP);
      const old = 'Das alte Ergebnis eines früheren Laufs.\n';
      const [locked, open] = [join(tmp, 'out', 'locked'), join(tmp, 'out', 'open')];
      const a = write(join(locked, 'a.clean.txt'), old);
      const b = write(join(open, 'b.clean.txt'), old);
      if (uid !== undefined) for (const path of [join(tmp, 'out'), locked, a, open, b]) chownSync(path, uid, uid);
      chmodSync(b, 0o444);
      chmodSync(locked, 0o555);
      const inode = statSync(a).ino;
      try {
        const r = cli(['clean', 'in', '--out', 'out'], { cwd: tmp, uid, script });
        assert.equal(r.status, 2, r.stderr);
        assert.deepEqual(r.errors, [
          `dump-curator: ${join('in', 'open', 'b.dump')}: cannot write ${b} (EACCES)`,
          'dump-curator: wrote 1 cleaned article to out; 1 skipped',
        ]);
      } finally {
        chmodSync(locked, 0o755);
      }
      assert.equal(readFileSync(a, 'utf8'), GOLDEN);
      assert.equal(statSync(a).ino, inode, 'written in place');
      assert.equal(readFileSync(b, 'utf8'), old);
      assert.deepEqual([readdirSync(locked), readdirSync(open)], [['a.clean.txt'], ['b.clean.txt']]);
    });

    for (const [signal, jobs] of [['SIGINT', '1'], ['SIGTERM', '2']] as const) {
      it(`--out stopped by ${signal} (--jobs ${jobs}): ends by that signal between two outputs, no temporary file left`, async () => {
        const dir = join(tmp, 'in');
        const dump = longArticle(1000);
        for (let i = 10; i < 50; i++) write(join(dir, `a${i}.dump`), dump);
        const cleaned = cli(['clean', join(dir, 'a10.dump')]).stdout;
        const out = join(tmp, 'out');
        const child = spawn(process.execPath, [CLI, 'clean', dir, '--out', out, '--jobs', jobs], { stdio: 'ignore' });
        const exited = new Promise<[number | null, string | null]>((done) => child.on('exit', (code, sig) => done([code, sig])));
        const started = () => existsSync(out) && readdirSync(out).some((f) => f.endsWith('.clean.txt'));
        while (child.exitCode === null && !started()) await new Promise((r) => setTimeout(r, 5));
        child.kill(signal);
        assert.deepEqual(await exited, [null, signal]);
        const left = readdirSync(out);
        assert.ok(left.length < 40, `stopped before the end: ${left.length} of 40 written`);
        for (const f of left) {
          assert.match(f, /^a\d\d\.clean\.txt$/, `left behind: ${f}`);
          assert.equal(readFileSync(join(out, f), 'utf8'), cleaned, f);
        }
      });
    }

    it('--out: two dumps with one output name (a.dump, a.raw.txt): the first is written, the second reported', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'a.raw.txt'), OTHER);
      const r = cli(['clean', 'in', '--out', 'out'], { cwd: tmp });
      assert.equal(r.status, 2);
      assert.equal(complaints(r).length, 1, r.stderr);
      assert.match(complaints(r)[0], /^dump-curator: in[/\\]a\.raw\.txt: its output .*a\.clean\.txt was already written from another dump; not overwritten$/);
      assert.equal(readFileSync(join(tmp, 'out', 'a.clean.txt'), 'utf8'), GOLDEN);
    });

    it('--out never writes outside DIR, not even through a linked subfolder', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'sub', 'b.dump'), DUMP);
      mkdirSync(join(tmp, 'out'));
      mkdirSync(join(tmp, 'elsewhere'));
      try {
        symlinkSync(join(tmp, 'elsewhere'), join(tmp, 'out', 'sub'), 'dir');
      } catch {
        return;
      }
      const r = cli(['clean', 'in', '--out', 'out'], { cwd: tmp });
      assert.equal(r.status, 2);
      assert.equal(complaints(r).length, 1, r.stderr);
      assert.match(complaints(r)[0], /^dump-curator: in[/\\]sub[/\\]b\.dump: its output .* would land outside the output folder/);
      assert.deepEqual(filesUnder(join(tmp, 'elsewhere')), []);
      assert.equal(readFileSync(join(tmp, 'out', 'a.clean.txt'), 'utf8'), GOLDEN);
    });

    it('an output path is always NAME.clean.txt under DIR (outputPathFor)', () => {
      const out = join(tmp, 'out');
      assert.equal(outputPathFor({ path: 'x', relative: join('sub', 'a.dump') }, out), join(out, 'sub', 'a.clean.txt'));
      assert.equal(outputPathFor({ path: 'x', relative: 'b.raw.txt' }, out), join(out, 'b.clean.txt'));
      assert.equal(outputPathFor({ path: 'x', relative: 'notes' }, out), join(out, 'notes.clean.txt'));
      assert.throws(() => outputPathFor({ path: 'x', relative: join('..', 'a.dump') }, out), /outside/);
      assert.throws(() => outputPathFor({ path: 'x', relative: join('..', '..', 'etc', 'a.dump') }, out), /outside/);
    });

    it('--out to something that is not a folder: one line, exit 2', () => {
      const file = write(join(tmp, 'file'), 'x');
      const r = cli(['clean', REFERENCE + '.dump', '--out', file]);
      assert.equal(r.status, 2);
      assert.deepEqual(r.errors, [`dump-curator: --out ${file}: not a folder`]);
    });

    it('--out with stdin writes stdin.clean.txt', () => {
      const r = cli(['clean', '-', '--out', join(tmp, 'out')], { input: CRLF });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(readFileSync(join(tmp, 'out', 'stdin.clean.txt'), 'utf8'), GOLDEN);
    });

    it('cleans every real dump without error, never touches them, and cleaning the output again changes nothing', () => {
      const before = readdirSync(REAL).map((f) => readFileSync(join(REAL, f)));
      const r = cli(['clean', REAL, '--out', join(tmp, 'once')]);
      assert.equal(r.status, 0, r.stderr);
      assertNoTrace(r);
      const outputs = filesUnder(join(tmp, 'once'));
      assert.equal(outputs.length, readdirSync(REAL).filter((f) => f.endsWith('.dump')).length);
      for (const f of outputs) copyFileSync(join(tmp, 'once', f), join(tmp, 'once', f.replace(/\.clean\.txt$/, '.dump')));
      const again = cli(['clean', join(tmp, 'once'), '--out', join(tmp, 'twice')]);
      assert.equal(again.status, 0, again.stderr);
      for (const f of outputs) assert.equal(readFileSync(join(tmp, 'twice', f), 'utf8'), readFileSync(join(tmp, 'once', f), 'utf8'), f);
      readdirSync(REAL).forEach((f, i) => assert.ok(readFileSync(join(REAL, f)).equals(before[i]), `${f} untouched`));
    });
  });

  describe('--config', () => {
    it('{"rules":{"credit":"off"}} keeps the Reuters line and reports no credit', () => {
      const config = write(join(tmp, 'c.json'), '{"rules":{"credit":"off"}}');
      const r = cli(['clean', '--config', config, REFERENCE + '.dump']);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.split('\n').includes('Reuters'), r.stdout);
      assert.equal(r.stdout.replace('Reuters\n\n', ''), GOLDEN);
      const check = cli(['check', '--format', 'json', '--config', config, REFERENCE + '.dump']);
      assert.ok(!JSON.parse(check.stdout).some((f: { code: string }) => f.code === 'credit'));
    });

    it('accepts a config file with a BOM, as the editor does', () => {
      const config = write(join(tmp, 'c.json'), '\ufeff{"rules":{"credit":"off"}}');
      const r = cli(['clean', '--config', config, REFERENCE + '.dump']);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.split('\n').includes('Reuters'));
    });

    const bad: [string, string | undefined, RegExp][] = [
      ['not JSON', '{"rules": {', /not valid JSON/],
      ['an unknown rule', '{"rules":{"credits":"off"}}', /unknown rule "credits"/],
      ['a bad severity', '{"rules":{"credit":"of"}}', /rule "credit": "of" is not one of/],
      ['a severity with a line break', '{"rules":{"credit":"o\\nf"}}', /rule "credit"/],
      ['an unknown setting', '{"rulez":{}}', /unknown setting "rulez"/],
      ['a list', '[]', /must be a JSON object/],
      ['a missing file', undefined, /cannot read \(ENOENT\)/],
    ];
    for (const [what, content, reason] of bad) {
      it(`${what}: one line naming the file and the reason, exit 2, nothing processed`, () => {
        const config = join(tmp, 'bad.json');
        if (content !== undefined) write(config, content);
        for (const command of ['check', 'clean']) {
          const r = cli([command, '--config', config, REFERENCE + '.dump']);
          assert.equal(r.status, 2, r.stderr);
          assert.equal(r.stdout, '');
          assert.equal(r.errors.length, 1, r.stderr);
          assert.ok(r.errors[0].startsWith(`dump-curator: --config ${config}: `), r.errors[0]);
          assert.match(r.errors[0], reason);
          assertNoTrace(r);
        }
      });
    }

    it('a phrase list too large for the regular expression engine: one short line naming the file and the list, exit 2, no dump read', () => {
      const readMore = Array.from({ length: 40_000 }, (_, i) => `weiterlesen im dossier der redaktion ${i} xyz`);
      const config = write(join(tmp, 'big.json'), JSON.stringify({ phrases: { credits: ['Keystone-ATS'], readMore } }));
      for (const args of [['check', REFERENCE + '.dump'], ['clean', REFERENCE + '.dump', '--out', join(tmp, 'out')], ['clean', '--format', 'jsonl', '--jobs', '2', EXAMPLES]]) {
        const r = cli([...args, '--config', config]);
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.deepEqual(r.errors, [`dump-curator: --config ${config}: phrase list "readMore" (40000 phrases) cannot be used: Regular expression too large`]);
      }
      assert.ok(!existsSync(join(tmp, 'out')), 'nothing written');
      // A large list the engine can take is still fine.
      write(config, JSON.stringify({ phrases: { readMore: readMore.slice(0, 2000) } }));
      assert.equal(cli(['clean', REFERENCE + '.dump', '--config', config]).stdout, GOLDEN);
    });

    it('a reason is cut to a readable length, its start and end kept (brief)', () => {
      assert.equal(brief('short'), 'short');
      const cut = brief(`Invalid regular expression: /${'x|'.repeat(1_000_000)}/: Regular expression too large`);
      assert.ok(cut.length <= 300, String(cut.length));
      assert.match(cut, /^Invalid regular expression: \/x\|x.* … .*: Regular expression too large$/);
      // Never half an emoji (a surrogate pair) at either cut, wherever the emoji stand.
      for (let shift = 0; shift < 2; shift++) {
        const emoji = brief('x'.repeat(shift) + '😀'.repeat(500) + 'x'.repeat(shift));
        assert.ok(emoji.length <= 300, String(emoji.length));
        assert.doesNotMatch(emoji, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
    });

    it('a folder as config: one line, exit 2', () => {
      const r = cli(['check', '--config', tmp, REFERENCE + '.dump']);
      assert.equal(r.status, 2);
      assert.equal(r.errors.length, 1, r.stderr);
      assert.match(r.errors[0], /^dump-curator: --config .*: cannot read/);
    });
  });

  describe('usage', () => {
    const usageCases: [string, string[], RegExp][] = [
      ['an unknown command', ['frob', 'x.dump'], /unknown command "frob"/],
      ['an unknown option', ['check', '--bogus', 'x.dump'], /--bogus/],
      ['no command', [], /no command/],
      ['no PATH', ['check'], /give at least one PATH/],
      ['a bad check format', ['check', '--format', 'xml', 'x.dump'], /--format must be text or json/],
      ['a bad clean format', ['clean', '--format', 'yaml', 'x.dump'], /--format must be text, json or jsonl/],
      ['an option without its value', ['check', 'x.dump', '--format'], /format/],
      ['--out with check', ['check', '--out', 'o', 'x.dump'], /--out works with clean and index only/],
      ['clean --format json with --out', ['clean', '--format', 'json', 'x.dump', '--out', 'o'], /^dump-curator: clean: --format json prints records to stdout and --out writes NAME\.clean\.txt files; give one of them$/],
      ['clean --format jsonl with --out', ['clean', '--out', 'o', '--format', 'jsonl', '-'], /--format jsonl prints records to stdout and --out writes/],
      ['a repeated --format', ['clean', '--format', 'json', '--format', 'text', 'x.dump'], /^dump-curator: --format given more than once$/],
      ['a repeated --format, one of them --format=', ['check', '--format=json', 'x.dump', '--format', 'json'], /^dump-curator: --format given more than once$/],
      ['a repeated --config', ['check', '--config', 'a.json', '--config', 'b.json', 'x.dump'], /^dump-curator: --config given more than once$/],
      ['a repeated --out', ['clean', 'x.dump', '--out', 'o', '--out', 'p'], /^dump-curator: --out given more than once$/],
      ['an empty --config', ['check', '--config', '', 'x.dump'], /^dump-curator: --config needs a path$/],
      ['an empty --out', ['clean', '--out=', 'x.dump'], /^dump-curator: --out needs a path$/],
      ['an empty PATH', ['check', ''], /^dump-curator: check: an empty PATH names no file$/],
      ['an empty PATH with --out (no folder made)', ['clean', 'x.dump', '', '--out', 'o1'], /^dump-curator: clean: an empty PATH names no file$/],
      ['an empty INDEX', ['index', '--merge', 'a.idx', '', '--out', 'm.idx'], /^dump-curator: index: an empty INDEX names no file$/],
    ];
    for (const [what, args, reason] of usageCases) {
      it(`${what}: message, usage, exit 2`, () => {
        const r = cli(args, { cwd: tmp });
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.errors[0], /^dump-curator: /);
        assert.match(r.errors[0], reason);
        assert.match(r.stderr, /^Usage: dump-curator <command>/m);
        assertNoTrace(r);
        assert.deepEqual(readdirSync(tmp), [], 'nothing written');
      });
    }

    it('--help and -h print the usage on stdout and exit 0', () => {
      for (const flag of ['--help', '-h']) {
        const r = cli([flag]);
        assert.equal(r.status, 0);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^Usage: dump-curator <command>/);
        assert.match(r.stdout, /check PATH/);
        assert.match(r.stdout, /clean PATH/);
        assert.match(r.stdout, /--out DIR/);
        assert.match(r.stdout, /--config FILE/);
      }
    });

    it('--version prints the package version', () => {
      const r = cli(['--version']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version + '\n');
    });
  });

  describe('bad input: one line naming the file and the reason, the others processed, exit 2', () => {
    const cases: [string, (dir: string) => string, RegExp][] = [
      ['a missing path', (d) => join(d, 'missing.dump'), /no such file or folder/],
      ['a folder without dumps', (d) => (write(join(d, 'empty-folder', 'notes.txt'), 'no dump here\n'), join(d, 'empty-folder')), /no dumps/],
      ['a binary file (NUL bytes)', (d) => write(join(d, 'bin.dump'), Buffer.from('Kicker\n\nTitle\0\0\x01\x02 here\n', 'latin1')), /binary/],
      ['a UTF-16 file', (d) => write(join(d, 'utf16.dump'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kicker\n\nTitel\n', 'utf16le')])), /UTF-16 text \(little-endian\), not UTF-8; save it as UTF-8/],
      ['invalid UTF-8', (d) => write(join(d, 'latin1.dump'), Buffer.from('Kicker\n\nDer Pr\xe4sident sagt \xff\xfe ja.\n', 'latin1')), /not valid UTF-8/],
      ['an empty file', (d) => write(join(d, 'empty.dump'), ''), /empty/],
      ['a whitespace-only file', (d) => write(join(d, 'blank.dump'), ' \n\t\r\n\u00a0\n'), /empty/],
      ['a BOM-only file', (d) => write(join(d, 'bom.dump'), Buffer.from([0xef, 0xbb, 0xbf])), /empty/],
    ];

    for (const [what, make, reason] of cases) {
      it(`${what}`, () => {
        const good = write(join(tmp, 'good.dump'), DUMP);
        const bad = make(tmp);
        const line = (r: Run) => {
          assertNoTrace(r);
          const lines = complaints(r);
          assert.equal(lines.length, 1, `exactly one line:\n${r.stderr}`);
          assert.ok(lines[0].startsWith(`dump-curator: ${bad}: `), lines[0]);
          assert.match(lines[0], reason);
        };

        const check = cli(['check', bad, good]);
        assert.equal(check.status, 2, check.stderr);
        line(check);
        assert.ok(check.stdout.includes(`${good}:9:1 warning duplicate-line `), 'the good file is still checked');
        assert.match(check.stdout.trimEnd().split('\n').pop()!, / in 1 of 1 file; 1 skipped$/);

        const json = cli(['check', '--format', 'json', good, bad]);
        assert.equal(json.status, 2);
        line(json);
        assert.ok(JSON.parse(json.stdout).length > 0);

        const out = join(tmp, 'out');
        const clean = cli(['clean', bad, good, '--out', out]);
        assert.equal(clean.status, 2);
        line(clean);
        assert.deepEqual(filesUnder(out), ['good.clean.txt']);
        assert.equal(readFileSync(join(out, 'good.clean.txt'), 'utf8'), GOLDEN);

        const jsonl = cli(['clean', '--format', 'jsonl', bad, good]);
        assert.equal(jsonl.status, 2);
        line(jsonl);
        assert.equal(JSON.parse(jsonl.stdout).text, GOLDEN);

        const alone = cli(['clean', bad]);
        assert.equal(alone.status, 2);
        line(alone);
        assert.equal(alone.stdout, '', 'nothing printed for a skipped dump');
      });
    }

    it('all of them at once: one line each, in the order given, the good dumps still processed', () => {
      const good = write(join(tmp, 'good.dump'), DUMP);
      // Unreadable contents first, then a missing path: the messages follow the command line.
      const order = [2, 0, 3, 1, 4, 6, 5].map((i) => cases[i]);
      const bads = order.map(([, make]) => make(tmp));
      const r = cli(['check', bads[0], good, ...bads.slice(1)]);
      assert.equal(r.status, 2);
      assertNoTrace(r);
      assert.equal(r.errors.length, bads.length, r.stderr);
      r.errors.forEach((l, i) => {
        assert.ok(l.startsWith(`dump-curator: ${bads[i]}: `), l);
        assert.match(l, order[i][2]);
      });
      assert.match(r.stdout.trimEnd().split('\n').pop()!, new RegExp(`in 1 of 1 file; ${bads.length} skipped$`));
    });

    it('a bad dump inside a folder is reported by its path; the folder\'s other dumps are processed', () => {
      write(join(tmp, 'in', 'a.dump'), DUMP);
      write(join(tmp, 'in', 'sub', 'bin.raw.txt'), Buffer.from([0x41, 0, 0x42]));
      const r = cli(['clean', 'in', '--out', 'out'], { cwd: tmp });
      assert.equal(r.status, 2);
      assert.deepEqual(complaints(r), [`dump-curator: ${join('in', 'sub', 'bin.raw.txt')}: binary file (NUL bytes), not a text dump`]);
      assert.ok(r.errors.includes('dump-curator: wrote 1 cleaned article to out; 1 skipped'), r.stderr);
      assert.deepEqual(filesUnder(join(tmp, 'out')), ['a.clean.txt']);
    });

    it('bad bytes on stdin: one line naming <stdin>', () => {
      for (const [input, reason] of [[Buffer.from([0x41, 0, 0x42]), /binary/], [Buffer.from([0x41, 0xff]), /UTF-8/], ['', /empty/]] as const) {
        const r = cli(['check', '-'], { input });
        assert.equal(r.status, 2);
        assertNoTrace(r);
        assert.equal(r.errors.length, 1, r.stderr);
        assert.match(r.errors[0], /^dump-curator: <stdin>: /);
        assert.match(r.errors[0], reason);
      }
    });

  });

  describe('robustness: big and broken dumps', () => {
    it('a 1 MB single-line dump: cleaned whole, no hang, no word lost', () => {
      const sentences: string[] = [];
      for (let i = 0, size = 0; size < 1024 * 1024; i++) {
        sentences.push(`Satz ${i}: Der Gemeinderat hat am Abend lange über den Haushalt beraten.`);
        size += sentences[i].length + 1;
      }
      const line = sentences.join(' ');
      const file = write(join(tmp, 'big.dump'), line + '\n');
      const r = cli(['clean', file]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, line + '\n');
      const check = cli(['check', file]);
      assert.ok(check.status === 0 || check.status === 1, check.stderr);
      assertNoTrace(check);
    });

    it('a 1 MB single line of tag soup: paragraphs in order, tags converted, entities decoded', () => {
      const parts: string[] = [];
      const want: string[] = [];
      for (let i = 0, size = 0; size < 1024 * 1024; i++) {
        parts.push(`<p>Absatz ${i} erzählt: Der Text <b>geht</b> weiter &amp; weiter.</p>`);
        want.push(`Absatz ${i} erzählt: Der Text geht weiter & weiter.`);
        size += parts[i].length;
      }
      const file = write(join(tmp, 'soup.dump'), parts.join(' '));
      const r = cli(['clean', file]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, want.join('\n\n') + '\n');
    });

    it('unclosed tags (<strong>Text without end, <script>no end) keep their words', () => {
      const dump = [
        'Ukraine',
        '',
        'Putin und Kim wollen die Beziehung ausbauen',
        '',
        '<strong>Text without end and more words in this sentence.',
        '',
        'Ein Absatz dazwischen, der ganz normal bleibt.',
        '',
        '<script>no end to this script, but these words are article text',
        '',
        'Und der letzte Absatz steht hier am Ende.',
        '',
      ].join('\n');
      for (const args of [['clean', write(join(tmp, 'unclosed.dump'), dump)], ['clean', '-']]) {
        const r = cli(args, { input: dump });
        assert.equal(r.status, 0, r.stderr);
        for (const words of ['Text without end and more words in this sentence.', 'no end to this script, but these words are article text', 'Ein Absatz dazwischen', 'Und der letzte Absatz steht hier am Ende.']) {
          assert.ok(r.stdout.includes(words), `"${words}" kept:\n${r.stdout}`);
        }
        assert.doesNotMatch(r.stdout, /<\/?(strong|script)/);
      }
    });

    // Engine (src/core/markup.ts): the DOM walk is recursive, so thousands of nested unclosed tags
    // on one line overflow the stack. Expected per the standards: no crash, no word lost.
    it('a 1 MB single line with thousands of unclosed inline tags keeps every word', () => {
      const parts: string[] = [];
      for (let i = 0, size = 0; size < 1024 * 1024; i++) {
        parts.push(`Satz ${i} mit <strong>offenem Tag weiter.`);
        size += parts[i].length + 1;
      }
      const file = write(join(tmp, 'unclosed-deep.dump'), parts.join(' ') + '\n');
      const r = cli(['clean', file]);
      assertNoTrace(r);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, parts.join(' ').replace(/<strong>/g, '') + '\n');
    });


    it('a full disk (stdout to /dev/full): one line saying so, exit 2, no stack trace', function () {
      if (!existsSync('/dev/full')) this.skip();
      const full = openSync('/dev/full', 'w');
      try {
        for (const args of [['clean', 'examples/20min-putin-kim.dump'], ['check', 'test/fixtures'], ['check', '--format', 'json', '--jobs', '2', 'test/fixtures'], ['clean', '--format', 'jsonl', 'test/fixtures'], ['--help']]) {
          const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], timeout: 60_000 });
          const stderr = r.stderr.toString('utf8');
          assert.equal(r.status, 2, `${args.join(' ')}: ${stderr}`);
          assert.equal(stderr, 'dump-curator: cannot write to standard output (no space left on device, ENOSPC)\n', args.join(' '));
        }
      } finally {
        closeSync(full);
      }
    });

    it('a reader that stops early (| head) gets no stack trace', async () => {
      const child = spawn(process.execPath, [CLI, 'check', REAL, TRAPS, EXAMPLES], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
      assert.doesNotMatch(stderr, /^\s+at |EPIPE|internal error/m, stderr);
      assert.notEqual(status, null);
    });
  });
});
