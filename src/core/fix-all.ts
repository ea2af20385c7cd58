/** One edit that turns a dump into its cleaned article, touching only the lines that change. */
import { splitLines } from './text';
import type { TextEdit } from './types';

/**
 * `source` must be the text the positions refer to (without a byte order mark, as editors show
 * it); `cleaned` is `clean(source).text`. Lines equal at the start and the end are left alone so
 * that the cursor and folding there survive; the edit's text uses "\n".
 */
export function fixAllEdit(source: string, cleaned: string): TextEdit | undefined {
  const from = splitLines(source).map((l) => l.text + (l.eol ? '\n' : ''));
  if (from.length === 1 && from[0] === '') from.pop();
  const to = cleaned ? cleaned.slice(0, -1).split('\n').map((l) => l + '\n') : [];
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (
    tail < from.length - head &&
    tail < to.length - head &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail]
  ) tail++;
  if (head === from.length && head === to.length) return undefined;
  const lines = splitLines(source);
  const endLine = from.length - tail;
  const last = lines[lines.length - 1];
  // After a final line end the document has one more, empty line (as editors count).
  const end =
    endLine < lines.length || last.eol
      ? { line: endLine, character: 0 }
      : { line: lines.length - 1, character: last.text.length };
  const start = head < lines.length ? { line: head, character: 0 } : end;
  return { range: { start, end }, newText: to.slice(head, to.length - tail).join('') };
}
