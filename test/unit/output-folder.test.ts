/** Where an output really lands and whether it may be written (src/node/output-folder.ts), shared by `clean --out` and Clean Workspace to Folder. */
import * as assert from 'node:assert/strict';
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileId, isInside, OutputFolder, OutputRefused, realLocation } from '../../src/node/output-folder';

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

describe('OutputFolder', () => {
  let root: string;
  let out: string;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dump-curator-outputs-')));
    out = join(root, 'out');
    mkdirSync(out);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const refused = (folder: OutputFolder, target: string, why: RegExp) =>
    assert.throws(() => folder.prepare(target), (e: Error) => e instanceof OutputRefused && why.test(e.message));

  it('makes the folders of an output and tells what is there', () => {
    const folder = new OutputFolder(out, () => false);
    const target = join(out, 'ws', 'sub', 'a.clean.txt');
    const { existing, where } = folder.prepare(target);
    assert.equal(existing, undefined);
    assert.equal(where, target);
    assert.ok(lstatSync(join(out, 'ws', 'sub')).isDirectory());
    writeFileSync(target, 'x');
    assert.equal(folder.prepare(target).existing?.size, 1);
  });

  it('refuses an output whose folder is a symbolic link out of the folder, and makes nothing there', () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, 'ws'));
    refused(new OutputFolder(out, () => false), join(out, 'ws', 'sub', 'a.clean.txt'), /would land outside the output folder/);
    assert.deepEqual(readdirSync(elsewhere), []);
  });

  it('refuses an output that is a symbolic link, saying whether it leads out', () => {
    writeFileSync(join(out, 'inside.txt'), 'x');
    writeFileSync(join(root, 'outside.txt'), 'x');
    symlinkSync(join(out, 'inside.txt'), join(out, 'a.clean.txt'));
    symlinkSync(join(root, 'outside.txt'), join(out, 'b.clean.txt'));
    const folder = new OutputFolder(out, () => false);
    refused(folder, join(out, 'a.clean.txt'), /^is a symbolic link; not followed$/);
    refused(folder, join(out, 'b.clean.txt'), /would land outside the output folder/);
  });

  it('refuses an output that is an input, by device and inode (a hard link to it)', () => {
    const input = join(root, 'source.dump');
    writeFileSync(input, 'Titel\n');
    linkSync(input, join(out, 'a.clean.txt'));
    const inputs = new Set([fileId(input)]);
    refused(new OutputFolder(out, (id) => inputs.has(id)), join(out, 'a.clean.txt'), /^is an input file; not overwritten$/);
  });

  it('refuses a second output at the real location of one written', () => {
    mkdirSync(join(out, 'a'));
    symlinkSync(join(out, 'a'), join(out, 'b'));
    const folder = new OutputFolder(out, () => false);
    folder.wrote(folder.prepare(join(out, 'a', 'x.clean.txt')).where);
    refused(folder, join(out, 'b', 'x.clean.txt'), /^was already written from another dump; not overwritten$/);
    assert.equal(folder.count, 1);
  });

  it('write: writes an output once, vetted as prepare vets it; a later run finds it unchanged', () => {
    const target = join(out, 'ws', 'a.clean.txt');
    const first = new OutputFolder(out, () => false);
    assert.equal(first.write(target, 'Titel\n'), 'written');
    assert.equal(readFileSync(target, 'utf8'), 'Titel\n');
    assert.throws(() => first.write(target, 'Titel\n'), (e: Error) => e instanceof OutputRefused && /already written/.test(e.message));
    assert.equal(new OutputFolder(out, () => false).write(target, 'Titel\n'), 'unchanged');
    symlinkSync(target, join(out, 'ws', 'b.clean.txt'));
    assert.throws(() => first.write(join(out, 'ws', 'b.clean.txt'), 'x'), (e: Error) => e instanceof OutputRefused && /^is a symbolic link; not followed$/.test(e.message));
    assert.equal(readFileSync(target, 'utf8'), 'Titel\n');
    assert.equal(first.count, 1);
  });
});
