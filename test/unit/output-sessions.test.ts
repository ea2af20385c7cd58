/** Clean Workspace to Folder's writes in the analysis worker (src/extension/corpus/output-sessions.ts): the CLI's checks, the editor's wording. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeSession, openSession, SessionLost, writeInSession } from '../../src/extension/corpus/output-sessions';

describe('output sessions', () => {
  let root: string;
  let out: string;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dump-curator-sessions-')));
    out = join(root, 'out');
    mkdirSync(out);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const refused = (session: number, relative: string, why: string) =>
    assert.throws(() => writeInSession(session, join(out, relative), relative, 'x'), (e: Error) => !(e instanceof SessionLost) && e.message === why);

  it('writes under the folder, then finds an output unchanged; refusals and failures are worded as the CLI words them', () => {
    const dump = join(root, 'a.dump');
    writeFileSync(dump, 'Titel\n');
    openSession(1, out, [dump, join(root, 'gone.dump')]);
    try {
      assert.equal(writeInSession(1, join(out, 'ws', 'a.clean.txt'), 'ws/a.clean.txt', 'Titel\n'), 'written');
      assert.equal(readFileSync(join(out, 'ws', 'a.clean.txt'), 'utf8'), 'Titel\n');
      refused(1, 'ws/a.clean.txt', 'ws/a.clean.txt was already written from another dump; not overwritten');
      symlinkSync(join(out, 'ws', 'a.clean.txt'), join(out, 'ws', 'b.clean.txt'));
      refused(1, 'ws/b.clean.txt', 'ws/b.clean.txt is a symbolic link; not followed');
      linkSync(dump, join(out, 'ws', 'c.clean.txt'));
      refused(1, 'ws/c.clean.txt', 'ws/c.clean.txt is an input file; not overwritten');
      mkdirSync(join(out, 'ws', 'd.clean.txt'));
      refused(1, 'ws/d.clean.txt', 'cannot write ws/d.clean.txt (EISDIR)');
      assert.equal(readFileSync(dump, 'utf8'), 'Titel\n');
    } finally {
      closeSession(1);
    }
    openSession(2, out, []);
    assert.equal(writeInSession(2, join(out, 'ws', 'a.clean.txt'), 'ws/a.clean.txt', 'Titel\n'), 'unchanged');
    closeSession(2);
  });

  it('a full disk is a DiskFull, which stops the run (every write after it would fail too), worded as the CLI words it', function () {
    // A 64 KiB tmpfs at the output folder, in a mount namespace of its own: no root needed where user namespaces are allowed.
    const unshare = ['--user', '--map-root-user', '--mount', 'sh', '-c'];
    const mount = 'mount -t tmpfs -o size=64k tmpfs "$0" || exit 99';
    if (spawnSync('unshare', [...unshare, mount, out]).status !== 0) this.skip(); // no unshare, or no mounting allowed
    const script = `const { DiskFull, openSession, writeInSession } = require(${JSON.stringify(join(__dirname, '../../src/extension/corpus/output-sessions.ts'))});
      const out = process.argv[1];
      openSession(1, out, []);
      try { writeInSession(1, out + '/a.clean.txt', 'a.clean.txt', 'x'.repeat(1 << 17)); } catch (e) { process.stdout.write(JSON.stringify([e instanceof DiskFull, e.message])); }`;
    const run = `${mount}; exec "$1" -r "$2" -e "$3" "$0"`;
    const r = spawnSync('unshare', [...unshare, run, out, process.execPath, join(__dirname, '../register-ts.cjs'), script], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(r.stdout || 'null'), [true, 'cannot write a.clean.txt (ENOSPC)'], r.stderr);
  });

  it('a session this worker does not hold (it restarted) is lost, and so said', () => {
    assert.throws(() => writeInSession(3, join(out, 'a.clean.txt'), 'a.clean.txt', 'x'),
      (e: Error) => e instanceof SessionLost && e.message === 'a.clean.txt was not written: the worker that writes the outputs restarted');
  });

  it('refuses to open a session into a folder that cannot be resolved', () => {
    assert.throws(() => openSession(4, join(root, 'missing'), []), { code: 'ENOENT' });
  });
});
