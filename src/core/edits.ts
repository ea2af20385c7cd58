/** Ranges and text edits on the source dump, and applying several of them at once. */
import type { DocLine, DumpDocument, Unit } from './document';
import type { Range, TextEdit } from './types';

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function unitRange(unit: Unit): Range {
  return lineRange(unit.line, unit.start, unit.end);
}

/** Deletes a whole line with its line end (or the one before it, for a last line without one). */
export function deleteLine(lines: readonly DocLine[], line: number): TextEdit {
  if (line + 1 < lines.length && lines[line].eol) {
    return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  }
  if (line > 0) {
    const prev = lines[line - 1];
    return {
      range: { start: { line: line - 1, character: prev.text.length }, end: { line, character: lines[line].text.length } },
      newText: '',
    };
  }
  return { range: lineRange(line, 0, lines[line].text.length), newText: '' };
}

/**
 * Deletes the lines `from` to `to` with their line ends, up to the end of the text when the last
 * of them has none (the line end before them stays: it is the final newline of what is left).
 */
export function deleteLines(lines: readonly DocLine[], from: number, to: number): TextEdit {
  const end = lines[to].eol ? { line: to + 1, character: 0 } : { line: to, character: lines[to].text.length };
  return { range: { start: { line: from, character: 0 }, end }, newText: '' };
}

/** Removes one unit: its line when it is all the line holds, else its element. */
export function deleteUnit(doc: DumpDocument, unit: Unit): TextEdit {
  if (unit.wholeLine) return deleteLine(doc.lines, unit.line);
  return { range: lineRange(unit.line, unit.outerStart, unit.outerEnd), newText: '' };
}

export function replaceLineText(doc: DumpDocument, line: number, newText: string): TextEdit {
  return { range: lineRange(line, 0, doc.lines[line].text.length), newText };
}

function compare(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Puts edits in order and leaves out any that overlaps one already taken (an edit inside a
 * removed line, the same removal offered by two findings), so they can be applied together. Two
 * removals that overlap remove what either removes: a last line without a line end is removed
 * with the line end before it, which removing the line before takes too.
 */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start) || compare(b.range.end, a.range.end));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && compare(e.range.start, last.range.end) < 0) {
      if (!e.newText && !last.newText && compare(e.range.end, last.range.end) > 0) {
        out[out.length - 1] = { range: { start: last.range.start, end: e.range.end }, newText: '' };
      }
      continue;
    }
    if (last && compare(e.range.start, last.range.end) === 0 && compare(e.range.start, e.range.end) === 0 && compare(last.range.start, last.range.end) === 0) continue;
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits to a text (used by the CLI's fixes and by tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const offset = (p: Range['start']): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  let out = '';
  let pos = 0;
  for (const e of mergeEdits(edits)) {
    const s = offset(e.range.start);
    out += text.slice(pos, s) + e.newText;
    pos = offset(e.range.end);
  }
  return out + text.slice(pos);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}
