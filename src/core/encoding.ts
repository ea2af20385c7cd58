/**
 * Whether a file can be a dump at all: dumps are UTF-8 text in a file. Told before decoding, so
 * that a file saved as UTF-16 (Windows' "Unicode") is named as such, not as binary for its NULs.
 */

/** Why a path named like a dump is not read: a read of a FIFO would wait for a writer. */
export const NOT_A_FILE = 'not a file (a FIFO, socket or device)';

/** Why `bytes` are no UTF-8 text, in a few words, or undefined when they may be. */
export function notTextReason(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 text (little-endian), not UTF-8; save it as UTF-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 text (big-endian), not UTF-8; save it as UTF-8';
  if (bytes.includes(0)) return 'binary file (NUL bytes), not a text dump';
  return undefined;
}
