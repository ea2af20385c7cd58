/**
 * Where an output really lands, so that `dump-curator clean --out` and the editor's Clean
 * Workspace to Folder write under their output folder and never, through a symbolic link in it,
 * outside it, never over an input, and never one file twice.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { writeIfChangedSync, type WriteOutcome } from './write-if-changed';

/** An output that is not written, and why (`is a symbolic link; not followed`). */
export class OutputRefused extends Error {}

/** The outputs under one folder, made and vetted one by one. */
export class OutputFolder {
  private readonly realRoot: string;
  /** Each folder's real location, found (and the folder made) once: a corpus has many files per folder. */
  private readonly folders = new Map<string, string>();
  /** The real locations written so far. */
  private readonly written = new Set<string>();

  /** `isInput` tells by device and inode (`fileId`) whether a file is one of the inputs. */
  constructor(root: string, private readonly isInput: (id: string) => boolean) {
    this.realRoot = realpathSync.native(root);
  }

  /**
   * Makes the folders `target` (a path under the root) goes into, and answers what lstat sees
   * there (undefined: nothing yet), for writeIfChangedSync. Throws OutputRefused when it would land
   * outside the root, is a symbolic link, is an input, or was written already from another input.
   */
  prepare(target: string): { existing: Stats | undefined; where: string } {
    const folder = dirname(target);
    let realFolder = this.folders.get(folder);
    if (realFolder === undefined) {
      realFolder = realLocation(folder);
      if (isInside(this.realRoot, realFolder)) mkdirSync(folder, { recursive: true });
      this.folders.set(folder, realFolder);
    }
    const where = join(realFolder, basename(target));
    const outside = 'would land outside the output folder (through a symbolic link); not written';
    if (!isInside(this.realRoot, where)) throw new OutputRefused(outside);
    if (this.written.has(where)) throw new OutputRefused('was already written from another dump; not overwritten');
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (existing?.isSymbolicLink()) throw new OutputRefused(leadsOutside(target, this.realRoot) ? outside : 'is a symbolic link; not followed');
    if (existing && this.isInput(statId(existing))) throw new OutputRefused('is an input file; not overwritten');
    return { existing, where };
  }

  /** Records that the output at `where` (from prepare) holds its text: no other input writes it. */
  wrote(where: string): void {
    this.written.add(where);
  }

  /**
   * Writes `text` at `target` (a path under the root) unless it holds it already. Throws
   * OutputRefused when it must not (see prepare), and the system's error when it cannot.
   */
  write(target: string, text: string): WriteOutcome {
    const { existing, where } = this.prepare(target);
    let outcome: WriteOutcome;
    try {
      outcome = writeIfChangedSync(target, text, existing);
    } catch (e) {
      // A link that took the place of an output of the text's size since prepare looked: the open
      // to compare refused to follow it. (A write renames over whatever is there, link or not.)
      if ((e as NodeJS.ErrnoException).code === 'ELOOP' && lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new OutputRefused('is a symbolic link; not followed');
      }
      throw e;
    }
    this.wrote(where);
    return outcome;
  }

  get count(): number {
    return this.written.size;
  }
}

/** Whether `path` is `root` or lies below it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}

/**
 * Where `path` really is: the real path of its deepest folder that exists, and the rest of it, which
 * creating the folders will make real folders.
 */
export function realLocation(path: string): string {
  const missing: string[] = [];
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync.native(existing), ...missing);
}

/** The same file however it is reached (symbolic or hard link): device and inode; the path when there is nothing. */
export function fileId(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? statId(stat) : path;
}

/** `fileId` of what a stat call saw. */
export function statId(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}

/** Whether a symbolic link points out of `realRoot` (a dangling one does not point anywhere). */
function leadsOutside(link: string, realRoot: string): boolean {
  try {
    return !isInside(realRoot, realpathSync.native(link));
  } catch {
    return false;
  }
}

/** No space left on the disk or in the quota: every write after this one would fail too. */
export function isDiskFull(code: string | undefined): boolean {
  return code === 'ENOSPC' || code === 'EDQUOT';
}
