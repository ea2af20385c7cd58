/** Where an output really lands (src/node/output-folder.ts), shared by `clean --out` and Clean Workspace to Folder. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInside, realLocation } from '../../src/node/output-folder';

describe('output folder', () => {
  let root: string;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dump-curator-outfolder-')));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('isInside: the root itself and what lies below it, not a sibling that shares its name\'s start', () => {
    assert.equal(isInside('/a/out', '/a/out'), true);
    assert.equal(isInside('/a/out', '/a/out/x/y.clean.txt'), true);
    assert.equal(isInside('/a/out', '/a/outside/y.clean.txt'), false);
    assert.equal(isInside('/a/out', '/a/y.clean.txt'), false);
    assert.equal(isInside('/a/out', '/a/out/../y'), false);
  });

  it('realLocation: a path not made yet lies where its deepest existing folder really is', () => {
    mkdirSync(join(root, 'out'));
    assert.equal(realLocation(join(root, 'out', 'new', 'deeper', 'a.clean.txt')), join(root, 'out', 'new', 'deeper', 'a.clean.txt'));
  });

  it('realLocation: a symbolic link on the way is followed, so a write through it is seen to leave the folder', () => {
    const out = join(root, 'out');
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, 'linked'));
    const where = realLocation(join(out, 'linked', 'sub', 'a.clean.txt'));
    assert.equal(where, join(elsewhere, 'sub', 'a.clean.txt'));
    assert.equal(isInside(out, where), false);
  });
});
