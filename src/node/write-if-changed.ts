/**
 * Writing an output only when it does not hold its text already, and never through a symbolic
 * link: `dump-curator clean --out` and the editor's Clean Workspace to Folder (in its analysis
 * worker) share it. Node-only code of the CLI and the extension lives in src/node/; the
 * engine (src/core) stays free of fs, src/shared of anything the webview cannot compile.
 */
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, openSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import { replaceFileSync } from './temp-file';

/** What became of an output: written, or left as it was because it held its text already. */
export type WriteOutcome = 'written' | 'unchanged';

/** Without O_NOFOLLOW (Windows), the flags follow a link: lstat's verdict is the only guard there. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/** A FIFO put where an output goes fails the open (ENXIO) instead of holding it up for good. Regular files ignore it. */
const NONBLOCK = constants.O_NONBLOCK ?? 0;
/**
 * Opening an output to compare: not through a link, and not held up by a FIFO put in its place (a
 * FIFO there is no regular file, so it is not read but replaced).
 */
const READ = constants.O_RDONLY | NOFOLLOW | NONBLOCK;
/** Writing an output in place: emptied first (no old tail is left behind), not through a link. */
const IN_PLACE = constants.O_WRONLY | constants.O_TRUNC | NOFOLLOW | NONBLOCK;

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
  const old = existing?.isFile() ? existing : undefined;
  // A read-only output is refused (EACCES), as when every output was written in place: the rename
  // needs only the folder's permission. Root may write any file, so it replaces this one too.
  if (old) accessSync(path, constants.W_OK);
  try {
    replaceSync(path, bytes, old);
  } catch (e) {
    // A folder this process may not write in, holding an output it may write: written in place.
    const code = (e as NodeJS.ErrnoException).code;
    if (!old || (code !== 'EACCES' && code !== 'EPERM')) throw e;
    writeInPlaceSync(path, bytes, e);
  }
  return 'written';
}

/**
 * Puts `bytes` at `path` whole or not at all: written to a temporary file beside it, which is then
 * renamed over it. A full disk or any failed write leaves the old output as it was and no
 * temporary file behind; a reader never sees half an article. The rename replaces whatever entry
 * stands at `path` (a link that took the output's place included) and never writes through it.
 * There is no fsync: the rename guards against a failed write, and one per article would cost more
 * than the cleaning.
 *
 * A new output gets the permissions a newly created file gets (0666 less the umask). A replaced
 * one, `old`, keeps its permissions, and its owner and group where this process may set them;
 * until then the temporary file is private, as `old` may be.
 */
function replaceSync(path: string, bytes: Buffer, old: Stats | undefined): void {
  replaceFileSync(path, bytes, old ? 0o600 : 0o666, old && ((fd) => keepAttributes(fd, old)));
}

/**
 * Gives the file open at `fd` the owner and group of `old` (root may; a member of its group may
 * give it that group), then its permissions. Where the owner cannot be kept, the replaced output
 * belongs to whoever ran the write, as a new one does.
 */
function keepAttributes(fd: number, old: Stats): void {
  const made = fstatSync(fd);
  if (made.uid !== old.uid || made.gid !== old.gid) {
    for (const uid of [old.uid, -1]) {
      try {
        fchownSync(fd, uid, old.gid);
        break;
      } catch (e) {
        // EINVAL: an id this system (a user namespace) cannot map.
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'EPERM' && code !== 'EINVAL') throw e;
      }
    }
  }
  fchmodSync(fd, old.mode & 0o777);
}

/**
 * Writes an output in place, emptied and filled again: where no temporary file can be made or
 * renamed beside it (a folder this process may not write in), as outputs were written before they
 * were replaced. Not atomic: a failed write leaves it empty or cut off. Only the regular file lstat
 * saw is written; anything else now there fails with `cause`, the reason it could not be replaced.
 */
function writeInPlaceSync(path: string, bytes: Buffer, cause: unknown): void {
  const fd = openSync(path, IN_PLACE);
  try {
    if (!fstatSync(fd).isFile()) throw cause;
    writeFileSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
