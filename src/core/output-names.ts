/** How dumps and what is made of them are named: the same for the CLI, the preview and Clean Workspace. */

const DUMP_SUFFIXES: readonly string[] = ['.dump', '.raw.txt'];

export function isDumpName(name: string): boolean {
  return DUMP_SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length);
}

/** `sub/NAME.dump` → `sub/NAME.clean.txt` (the article) or `sub/NAME.clean.json` (its record). */
export function cleanedName(path: string, kind: 'text' | 'record' = 'text'): string {
  const suffix = DUMP_SUFFIXES.find((s) => path.endsWith(s) && path.length > s.length) ?? '';
  return path.slice(0, path.length - suffix.length) + (kind === 'text' ? '.clean.txt' : '.clean.json');
}
