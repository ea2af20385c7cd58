/**
 * Finding the dumps a command was given and reading them safely. A bad file gets one line
 * saying which and why; it never stops the others.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const DUMP_SUFFIXES = ['.dump', '.raw.txt'];

export interface DumpFile {
  /** As the user should see it (relative when given relative). */
  path: string;
  /** Path relative to the root it was found under, for mirroring into an output folder. */
  relative: string;
  /** Read from standard input: there is no file to protect from an export. */
  stdin?: boolean;
}

export class InputError extends Error {}

export function isDumpName(name: string): boolean {
  return DUMP_SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length);
}

/** Expands files and folders (recursively, following no symlinked folders twice) into dump files. */
export function collectDumps(paths: readonly string[], report: (message: string) => void): DumpFile[] {
  const out: DumpFile[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      report(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isFile()) {
      out.push({ path: p, relative: basename(p) });
      continue;
    }
    if (!stat.isDirectory()) {
      report(`${p}: not a file or folder`);
      continue;
    }
    const found: DumpFile[] = [];
    walk(p, p, new Set(), found, report);
    if (found.length === 0) report(`${p}: no dumps (*.dump, *.raw.txt) in this folder`);
    out.push(...found);
  }
  return out;
}

function walk(root: string, dir: string, seen: Set<string>, out: DumpFile[], report: (m: string) => void): void {
  let real: string;
  let entries: string[];
  try {
    real = realpathSync(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries = readdirSync(dir).sort();
  } catch (e) {
    report(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  for (const name of entries) {
    const full = join(dir, name);
    let stat;
    try {
      stat = lstatSync(full).isSymbolicLink() ? statSync(full) : lstatSync(full);
    } catch {
      continue; // vanished, or a dangling link
    }
    if (stat.isDirectory()) walk(root, full, seen, out, report);
    else if (stat.isFile() && isDumpName(name)) out.push({ path: full, relative: relative(root, full) });
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a dump as text, refusing what is not a text dump. */
export function readDump(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeDump(bytes, path);
}

export function decodeDump(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: empty file`);
  if (bytes.includes(0)) throw new InputError(`${name}: binary file (NUL bytes), not a text dump`);
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
  const suffix = DUMP_SUFFIXES.find((s) => file.relative.endsWith(s)) ?? '';
  const stem = file.relative.slice(0, file.relative.length - suffix.length);
  const target = resolve(outDir, stem + '.clean.txt');
  if (!isInside(resolve(outDir), target)) throw new InputError(`${file.path}: its output would land outside ${outDir}; not written`);
  return target;
}

/** Whether `path` is `root` or lies below it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}
