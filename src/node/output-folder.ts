/**
 * Where an output really lands, so that `dump-curator clean --out` and the editor's Clean
 * Workspace to Folder write under their output folder and never, through a symbolic link in it,
 * outside it.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

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
