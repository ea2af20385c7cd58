/**
 * src/node/write-if-changed.ts (the CLI's and the extension worker's): an output that holds its text already is left alone, modification time
 * included; anything else there is replaced by exactly the text, whole or not at all; a symbolic link is never followed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeIfChangedSync, type WriteOutcome } from '../../src/node/write-if-changed';

const TEXT = 'Überschrift\n\nDer erste Absatz des Artikels.\n';
const LONG_AGO = new Date('2001-02-03T04:05:06Z');
/** The unprivileged user "nobody". */
const NOBODY = 65534;

/** The write, as the callers make it: with what lstat sees at the output. */
const write = (path: string, text: string): WriteOutcome => writeIfChangedSync(path, text, lstatSync(path, { throwIfNoEntry: false }));

describe('writeIfChangedSync', () => {
  let tmp: string;
  let out: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'dump-curator-write-'));
    out = join(tmp, 'a.clean.txt');
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  /** An output already there with `content`, last modified long ago. */
  function existing(content: string | Buffer): void {
    writeFileSync(out, content);
    utimesSync(out, LONG_AGO, LONG_AGO);
  }

  it('creates a missing output', () => {
    assert.equal(write(out, TEXT), 'written');
    assert.equal(readFileSync(out, 'utf8'), TEXT);
  });

  it('leaves an output that holds the text already as it is, modification time included', () => {
    existing(TEXT);
    assert.equal(write(out, TEXT), 'unchanged');
    assert.equal(statSync(out).mtimeMs, LONG_AGO.getTime());
    assert.equal(readFileSync(out, 'utf8'), TEXT);
  });

  const others: [string, string | Buffer][] = [
    ['longer', TEXT + 'ein alter Rest, der weg muss\n'],
    ['shorter', TEXT.slice(0, 10)],
    ['empty', ''],
    ['of the same size', TEXT.replace('erste', 'beste')],
    // F0 9F 98 (a cut-off four-byte sequence) reads as U+FFFD, three bytes like the text's own.
    ['of other bytes that decode to the same text', Buffer.from([0xf0, 0x9f, 0x98])],
  ];
  for (const [what, content] of others) {
    it(`rewrites an output that is ${what} to exactly the text`, () => {
      const text = Buffer.isBuffer(content) ? '\uFFFD' : TEXT;
      existing(content);
      assert.equal(write(out, text), 'written');
      assert.ok(readFileSync(out).equals(Buffer.from(text)), readFileSync(out, 'utf8'));
      assert.notEqual(statSync(out).mtimeMs, LONG_AGO.getTime());
    });
  }

  // A link there is refused (ELOOP), as the CLI refuses it: neither the link nor what it points at
  // changes, not even when that holds the text, and a dangling link creates nothing. The text is
  // the link's own target path, so the link is as large as the text (lstat): only its being no
  // regular file keeps it from being read through.
  for (const what of ['a file with other text', 'a file that holds the text', 'nothing'] as const) {
    it(`does not follow a symbolic link to ${what}`, function () {
      const target = join(tmp, 'elsewhere.txt');
      const pointedAt = { 'a file with other text': 'other', 'a file that holds the text': target, nothing: undefined }[what];
      if (pointedAt !== undefined) writeFileSync(target, pointedAt);
      try {
        symlinkSync(target, out);
      } catch {
        this.skip(); // no symbolic links on this system
      }
      assert.throws(() => write(out, target), { code: 'ELOOP' });
      assert.equal(readlinkSync(out), target, 'the link is still there');
      if (pointedAt === undefined) assert.ok(!existsSync(target), 'nothing created through the link');
      else assert.equal(readFileSync(target, 'utf8'), pointedAt, 'what it points at is untouched');
    });
  }

  /** The call with what lstat saw at some earlier moment, not now. */
  const withSeen = (seen: Stats | undefined) => () => writeIfChangedSync(out, TEXT, seen);

  it('refuses an output lstat saw as a symbolic link, whatever is there now (the only guard without O_NOFOLLOW)', function () {
    const link = join(tmp, 'link');
    try {
      symlinkSync(join(tmp, 'nowhere'), link);
    } catch {
      this.skip(); // no symbolic links on this system
    }
    existing('other');
    assert.throws(withSeen(lstatSync(link)), { code: 'ELOOP' });
    assert.equal(readFileSync(out, 'utf8'), 'other');
  });

  it('replaces a symbolic link that took the output\'s place after it was looked at, never writing through it', function () {
    const target = join(tmp, 'elsewhere.txt');
    writeFileSync(target, 'other');
    try {
      symlinkSync(target, out);
    } catch {
      this.skip(); // no symbolic links on this system
    }
    // lstat saw nothing there: the rename replaces the link itself, as it would any entry there.
    assert.equal(withSeen(undefined)(), 'written');
    assert.ok(lstatSync(out).isFile());
    assert.equal(readFileSync(out, 'utf8'), TEXT);
    assert.equal(readFileSync(target, 'utf8'), 'other');
  });

  // The race below is closed by the compare's O_NOFOLLOW, which Windows lacks.
  const racing = constants.O_NOFOLLOW === undefined ? it.skip : it;

  racing('does not compare through a symbolic link that took the place of a file of the text\'s size', function () {
    existing(TEXT.replace('erste', 'beste'));
    const seen = lstatSync(out);
    const target = join(tmp, 'elsewhere.txt');
    writeFileSync(target, TEXT); // what the link leads to holds the text: read through it, the output would pass for unchanged
    rmSync(out);
    try {
      symlinkSync(target, out);
    } catch {
      this.skip(); // no symbolic links on this system
    }
    assert.throws(withSeen(seen), { code: 'ELOOP' });
  });

  it('replaces a FIFO where the output goes instead of waiting on it for good', function () {
    for (const seen of [(): Stats => lstatSync(out), (): undefined => undefined]) {
      if (spawnSync('mkfifo', [out]).status !== 0) this.skip(); // no FIFOs on this system
      assert.equal(withSeen(seen())(), 'written');
      assert.ok(lstatSync(out).isFile());
      assert.equal(readFileSync(out, 'utf8'), TEXT);
      rmSync(out);
    }
  });

  it('keeps the permissions of the output it replaces; a new output gets those of a new file', function () {
    if (process.platform === 'win32') this.skip(); // no permission bits to keep
    // No umask takes 0666 to 0604 in practice: a file made anew does not get it by chance.
    assert.notEqual(0o666 & ~process.umask(), 0o604);
    existing('other');
    chmodSync(out, 0o604);
    assert.equal(write(out, TEXT), 'written');
    assert.equal(statSync(out).mode & 0o777, 0o604);
    const fresh = join(tmp, 'b.clean.txt');
    assert.equal(write(fresh, TEXT), 'written');
    assert.equal(statSync(fresh).mode & 0o777, 0o666 & ~process.umask());
  });

  it('makes the temporary file private when it replaces an output: its permissions are set once the text is in', function () {
    if (process.platform === 'win32') this.skip(); // no permission bits
    existing('other');
    chmodSync(out, 0o644);
    // The permissions the temporary file has when it is created: anyone who opens it then may read what is written to it later.
    const created: number[] = [];
    const fs = require('node:fs') as typeof import('node:fs');
    const openSync = fs.openSync;
    fs.openSync = ((...args: Parameters<typeof openSync>) => {
      const fd = openSync(...args);
      const path = args[0];
      if (String(path).endsWith('.tmp')) created.push(fs.fstatSync(fd).mode & 0o777);
      return fd;
    }) as typeof fs.openSync;
    try {
      assert.equal(write(out, TEXT), 'written');
    } finally {
      fs.openSync = openSync;
    }
    assert.deepEqual(created, [0o600 & ~process.umask()]);
    assert.equal(statSync(out).mode & 0o777, 0o644);
    assert.equal(readFileSync(out, 'utf8'), TEXT);
  });

  // Root passes permission checks: a user's file is written by root in place, read-only or not.
  const asRoot = process.getuid?.() === 0 ? it : it.skip;

  asRoot('as root: keeps the owner and group of another user\'s output, and replaces a read-only one', () => {
    existing('other');
    chownSync(out, NOBODY, NOBODY);
    chmodSync(out, 0o444);
    assert.equal(write(out, TEXT), 'written');
    const after = statSync(out);
    assert.deepEqual([after.uid, after.gid, after.mode & 0o777], [NOBODY, NOBODY, 0o444]);
    assert.equal(readFileSync(out, 'utf8'), TEXT);
    assert.deepEqual(readdirSync(tmp), ['a.clean.txt']);
  });

  it('leaves no temporary file when the output cannot be replaced (a folder in its place)', () => {
    mkdirSync(out);
    writeFileSync(join(out, 'inside.txt'), 'x');
    assert.throws(() => write(out, TEXT), { code: 'EISDIR' });
    assert.deepEqual(readdirSync(tmp), ['a.clean.txt']);
    assert.deepEqual(readdirSync(out), ['inside.txt']);
  });

  // A write that fails half way, as on a full disk: a file size limit (ulimit -f) makes it fail
  // with EFBIG, without root or a small file system. SIGXFSZ is ignored, so the write returns.
  it('leaves the old output whole and no temporary file when the write fails half way', function () {
    if (process.platform === 'win32') this.skip(); // no ulimit
    existing(TEXT);
    const script = `const { lstatSync } = require('node:fs');
      const { writeIfChangedSync } = require(${JSON.stringify(join(__dirname, '../../src/node/write-if-changed.ts'))});
      const out = process.argv[1];
      try { writeIfChangedSync(out, 'x'.repeat(1 << 20), lstatSync(out)); } catch (e) { process.stdout.write(String(e.code)); }`;
    const r = spawnSync('/bin/sh', ['-c', `trap '' XFSZ; ulimit -f 64 && exec "$0" "$@"`, process.execPath, '-r', join(__dirname, '../register-ts.cjs'), '-e', script, out], { encoding: 'utf8' });
    assert.equal(r.stdout, 'EFBIG', r.stderr);
    assert.equal(readFileSync(out, 'utf8'), TEXT);
    assert.equal(statSync(out).mtimeMs, LONG_AGO.getTime());
    assert.deepEqual(readdirSync(tmp), ['a.clean.txt']);
  });
});
