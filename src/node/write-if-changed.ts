/**
 * Writing an output only when it does not hold its text already, and never through a symbolic
 * link: `dump-curator clean --out` and the editor's Clean Workspace to Folder (in its analysis
 * worker) share it. Node-only code of the CLI and the extension lives in src/node/; the
 * engine (src/core) stays free of fs, src/shared of anything the webview cannot compile.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, writeFileSync, type Stats } from 'node:fs';

/** What became of an output: written, or left as it was because it held its text already. */
export type WriteOutcome = 'written' | 'unchanged';

/** Without O_NOFOLLOW (Windows), the flags follow a link: lstat's verdict is the only guard there. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/**
 * A FIFO where an output goes fails the open (ENXIO, when nobody reads it) instead of holding it
 * up for good, and with it the process, which cannot exit while a thread waits on the open.
 * Regular files ignore the flag.
 */
const NONBLOCK = constants.O_NONBLOCK ?? 0;
/**
 * Opening an output to write it: created or emptied, and not through a symbolic link (the open
 * fails with ELOOP), not even one that took its place since it was looked at. Emptied first, not
 * written over in place: a crash or a failed write cannot leave the old text's tail behind.
 */
const WRITE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NOFOLLOW | NONBLOCK;
/** Opening it to compare: not through a link, and not held up by a FIFO put in its place. */
const READ = constants.O_RDONLY | NOFOLLOW | NONBLOCK;

/**
 * Whether an output (as lstat saw it) may hold `bytes`: only a regular file of their size is read
 * and compared, as bytes (two byte strings can decode to the same text: invalid UTF-8 reads as
 * U+FFFD). A rerun leaves an output that holds its text as it is, modification time included:
 * emptying a file and filling it again cost ten times as much as reading it on ext4 (a rerun over
 * 20,000 unchanged outputs: 4.1 s, of them 1.75 s in the kernel, instead of 2.6 s). A symbolic
 * link is refused as the open would refuse it, also where the open cannot.
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
  const fd = openSync(path, WRITE);
  try {
    writeFileSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return 'written';
}
