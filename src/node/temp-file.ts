/**
 * The temporary files that outputs are written to before they are renamed into place
 * (write-if-changed.ts, `dump-curator index --out`).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A new file only: the open fails (EEXIST) where anything stands at the name, a symbolic link
 * included, as O_EXCL never follows one. O_NOFOLLOW is missing on Windows.
 */
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Creates a temporary file in the folder of `path` with permissions `mode` (less the umask) and
 * opens it to write. The name is random (48 bits: no other process can guess it beforehand) and
 * of a fixed length, so a long output name does not make it too long; the dot hides it. The
 * caller owns the file: it renames it into place or removes it.
 */
function createTempBeside(path: string, mode: number): { temp: string; fd: number } {
  const temp = join(dirname(path), `.dump-curator-${randomBytes(6).toString('hex')}.tmp`);
  return { temp, fd: openSync(temp, CREATE, mode) };
}

/**
 * Puts `bytes` at `path` whole or not at all: written to a temporary file beside it (created with
 * `mode`), `finish` run on it while it is open (its attributes, an fsync), then renamed over
 * `path`. On any failure the temporary file is removed and the error thrown.
 */
export function replaceFileSync(path: string, bytes: Uint8Array, mode: number, finish?: (fd: number) => void): void {
  const { temp, fd } = createTempBeside(path, mode);
  try {
    try {
      writeFileSync(fd, bytes);
      finish?.(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
