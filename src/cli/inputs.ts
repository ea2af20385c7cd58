/**
 * Finding the dumps a command was given and reading them safely. A bad file gets one line
 * saying which and why; it never stops the others.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { cleanedName, isDumpName, NOT_A_FILE, notTextReason } from '../core';
import { isInside } from '../node/output-folder';

export interface DumpFile {
  /** As the user should see it (relative when given relative). */
  path: string;
  /** Path relative to the root it was found under, for mirroring into an output folder. */
  relative: string;
  /** Read from standard input: there is no file to protect from an export. */
  stdin?: boolean;
}

export class InputError extends Error {}


/** A found dump, or the line saying why a path gave none; in the order of the command line. */
export type Found = { file: DumpFile } | { error: string } | { note: string };

/**
 * Expands files and folders into dump files, recursively, in sorted order. A path that is missing
 * or yields nothing gives an `error`; a symbolic link loop (or a folder reached twice through
 * links) is searched once and gives a `note`; a link to a dump that cannot be followed, an `error`.
 */
export function collectDumps(paths: readonly string[]): Found[] {
  const out: Found[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ error: code === 'ENOENT' || code === 'ENOTDIR' ? `${p}: no such file or folder` : `${p}: cannot read (${describeCode(code)})` });
      continue;
    }
    if (stat.isFile()) {
      out.push({ file: { path: p, relative: basename(p) } });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ error: `${p}: not a file or folder` });
      continue;
    }
    const before = out.length;
    walk(p, p, new Map(), out);
    if (!out.slice(before).some((f) => 'file' in f)) out.push({ error: `${p}: no dumps (*.dump, *.raw.txt) in this folder` });
  }
  return out;
}

function walk(root: string, dir: string, seen: Map<string, string>, out: Found[]): void {
  let real: string;
  let entries;
  try {
    real = realpathSync(dir);
    const first = seen.get(real);
    if (first !== undefined) {
      out.push({ note: `${dir}: a symbolic link to ${first}, which is already searched; not searched again` });
      return;
    }
    seen.set(real, dir);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    out.push({ error: `${dir}: cannot read folder (${describeCode((e as NodeJS.ErrnoException).code)})` });
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (e) {
        // A dangling link or a loop of links: worth a line only where a dump was expected.
        if (isDumpName(entry.name)) out.push({ error: `${full}: a symbolic link that cannot be followed (${describeCode((e as NodeJS.ErrnoException).code)})` });
        continue;
      }
    }
    if (isDir) walk(root, full, seen, out);
    else if (!isDumpName(entry.name)) continue;
    else if (isFile) out.push({ file: { path: full, relative: relative(root, full) } });
    // A FIFO is not read: a read would wait for a writer that may never come.
    else out.push({ error: `${full}: ${NOT_A_FILE}; not read` });
  }
}

/** An error code in words, code kept: "permission denied (EACCES)". */
export function describeCode(code: string | undefined): string {
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder',
    ELOOP: 'a loop of symbolic links',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
  };
  if (!code) return 'error';
  return words[code] ? `${words[code]}, ${code}` : code;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a dump as text, refusing what is not a text dump. */
export function readDump(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: vanished before it could be read (ENOENT)`);
    throw new InputError(`${path}: cannot read (${describeCode(code)})`);
  }
  return decodeDump(bytes, path);
}

export function decodeDump(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: empty file`);
  const notText = notTextReason(bytes);
  if (notText) throw new InputError(`${name}: ${notText}`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${name}: empty file (white space only)`);
  return text;
}

/** Where a dump's cleaned article goes under an output folder: NAME.clean.txt, mirroring its folder. */
export function outputPathFor(file: DumpFile, outDir: string): string {
  const target = resolve(outDir, cleanedName(file.relative));
  if (!isInside(resolve(outDir), target)) throw new InputError(`${file.path}: its output would land outside ${outDir}; not written`);
  return target;
}
