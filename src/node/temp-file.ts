/**
 * The temporary files that outputs are written to before they are renamed into place
 * (write-if-changed.ts, `dump-curator index --out`).
 */
import { randomBytes } from 'node:crypto';
import { constants, openSync } from 'node:fs';
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
export function createTempBeside(path: string, mode: number): { temp: string; fd: number } {
  const temp = join(dirname(path), `.dump-curator-${randomBytes(6).toString('hex')}.tmp`);
  return { temp, fd: openSync(temp, CREATE, mode) };
}
