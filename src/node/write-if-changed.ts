/**
 * Writing an output only when it does not hold its text already, and never through a symbolic
 * link: `dump-curator clean --out` and the editor's Clean Workspace to Folder (in its analysis
 * worker) share it. Node-only code of the CLI and the extension lives in src/node/; the
 * engine (src/core) stays free of fs, src/shared of anything the webview cannot compile.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/** What became of an output: written, or left as it was because it held its text already. */
export type WriteOutcome = 'written' | 'unchanged';

/** Without O_NOFOLLOW (Windows), the flags follow a link: lstat's verdict is the only guard there. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/**
 * Opening an output to compare: not through a link, and not held up by a FIFO put in its place (a
 * FIFO there is no regular file, so it is not read but replaced). Regular files ignore O_NONBLOCK.
 */
const READ = constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0);
/**
 * Creating the temporary file: a new one, or the open fails (EEXIST), also where a symbolic link
 * stands at its name; O_EXCL never follows a link.
 */
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;

/**
 * Whether an output (as lstat saw it) may hold `bytes`: only a regular file of their size is read
 * and compared, as bytes (two byte strings can decode to the same text: invalid UTF-8 reads as
 * U+FFFD). A rerun leaves an output that holds its text as it is, modification time included:
 * writing a file anew cost ten times as much as reading it on ext4 (a rerun over 20,000 unchanged
 * outputs: 4.1 s, of them 1.75 s in the kernel, instead of 2.6 s). A symbolic link is refused as
 * the open would refuse it, also where the open cannot.
 */
function mayHold(existing: Stats | undefined, bytes: Buffer, path: string): boolean {
  if (existing?.isSymbolicLink()) throw Object.assign(new Error(`${path} is a symbolic link`), { code: 'ELOOP' });
  return existing !== undefined && existing.isFile() && existing.size === bytes.length;
}

/** What is read from an opened output still is the regular file of that size lstat saw. */
function sameFile(opened: Stats, bytes: Buffer): boolean {
  return opened.isFile() && opened.size === bytes.length;
}

/**
 * Writes `text` to `path` unless the regular file there holds exactly it already. `existing` is
 * the lstat of `path` (undefined: nothing there), which the callers take anyway to vet the target.
 */
export function writeIfChangedSync(path: string, text: string, existing: Stats | undefined): WriteOutcome {
  const bytes = Buffer.from(text);
  if (mayHold(existing, bytes, path)) {
    const fd = openSync(path, READ);
    try {
      if (sameFile(fstatSync(fd), bytes) && readFileSync(fd).equals(bytes)) return 'unchanged';
    } finally {
      closeSync(fd);
    }
  }
  replaceSync(path, bytes, existing?.isFile() ? existing.mode & 0o777 : undefined);
  return 'written';
}

/**
 * Puts `bytes` at `path` whole or not at all: written to a temporary file beside it, which is then
 * renamed over it. A full disk or any failed write leaves the old output as it was and no
 * temporary file behind; a reader never sees half an article. The rename replaces whatever entry
 * stands at `path` (a link that took the output's place included) and never writes through it.
 * The new file keeps the permissions `mode` of the one it replaces. There is no fsync: the rename
 * guards against a failed write, and one per article would cost more than the cleaning.
 */
function replaceSync(path: string, bytes: Buffer, mode: number | undefined): void {
  // A name of fixed length, so a long output name does not make it too long; the dot hides it.
  const temp = join(dirname(path), `.dump-curator-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, CREATE);
  try {
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      writeFileSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
