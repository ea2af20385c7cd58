/** Line splitting and the trimming rules of CLEANING.md ("Only the ends of a line are trimmed"). */

export interface SourceLine {
  /** The line without its line end. */
  text: string;
  /** "\n", "\r\n", "\r" or "" for a last line without one. */
  eol: string;
}

/** Empty lines by their line end, one object each: a dump of a million blank lines needs no million objects. */
const EMPTY: Readonly<Record<string, SourceLine>> = {
  '\n': Object.freeze({ text: '', eol: '\n' }),
  '\r\n': Object.freeze({ text: '', eol: '\r\n' }),
  '\r': Object.freeze({ text: '', eol: '\r' }),
};

/** The lines of a text; empty lines with the same line end are one shared object, not to be changed. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  forEachLine(text, (line, eol) => void lines.push(line === '' ? (EMPTY[eol] ?? { text: line, eol }) : { text: line, eol }));
  return lines;
}

/**
 * Calls `each` with every line of a text (without its line end), without making a list of them.
 * Line ends are found with the engine's own search for each of the two characters, rather than
 * char by char or by a regular expression (a match object per line).
 */
export function forEachLine(text: string, each: (line: string, eol: string, lineNo: number) => void): void {
  let lineNo = 0;
  let start = 0;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    const eol = at === lf ? '\n' : text.charCodeAt(at + 1) === 10 ? '\r\n' : '\r';
    each(at === start ? '' : text.slice(start, at), eol, lineNo++);
    start = at + eol.length;
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
  }
  if (start < text.length || lineNo === 0) each(text.slice(start), '', lineNo);
}

/** Where `ch` next stands in `s` at or after `from`, or the end of `s`. */
export function indexOrEnd(s: string, ch: string, from: number): number {
  const i = s.indexOf(ch, from);
  return i < 0 ? s.length : i;
}

/** Spaces, tabs, no-break and zero-width spaces, joiners and the BOM: what a line end may lose. */
export function isEdgeSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where a line's content starts once its ends are trimmed (its length when it is blank). */
export function contentStart(line: string): number {
  let start = 0;
  while (start < line.length && isEdgeSpace(line.charCodeAt(start))) start++;
  return start;
}

/** Where a line's content ends (exclusive) once its ends are trimmed, given where it starts. */
export function contentEnd(line: string, start: number): number {
  let end = line.length;
  while (end > start && isEdgeSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/** Nothing but edge spaces: trimming would leave nothing (without making the trimmed copy). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isEdgeSpace(text.charCodeAt(i))) return false;
  return true;
}

export function trimEdges(line: string): string {
  const start = contentStart(line);
  const end = contentEnd(line, start);
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** Edge spaces other than the plain space (see isEdgeSpace). */
const OTHER_SPACE = /[\x00-\x1f\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * Where word counting stops. The rules only ask whether a paragraph is short (80 words at most
 * for the longest of their limits), so a paragraph of 100 words and one of 900 look the same.
 */
export const WORDS_COUNTED = 100;

/** Runs of characters between edge spaces, counted up to `cap`. */
export function wordCount(text: string, cap = WORDS_COUNTED): number {
  return OTHER_SPACE.test(text) ? wordCountByChar(text, cap) : wordCountBySpace(text, cap);
}

/**
 * Most lines separate words by plain spaces only: their words are the runs between spaces, found
 * with the engine's own search (several times faster than a test per character).
 */
export function wordCountBySpace(text: string, cap: number): number {
  let count = 0;
  for (let start = 0; start < text.length && count < cap; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    if (end > start) count++;
    start = end + 1;
  }
  return count;
}

function wordCountByChar(text: string, cap: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < cap; i++) {
    const c = text.charCodeAt(i);
    const space = c > 32 && c < 0x7f ? false : isEdgeSpace(c);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** `fp` without the point that ends it. (Not by `/\.$/`, which looks for a point all through the line.) */
export function withoutFinalPoint(fp: string): string {
  return fp.endsWith('.') ? fp.slice(0, -1) : fp;
}

/** Where withoutFinalPoint's answer would end: for asking about it in place, without the copy. */
export function finalPointEnd(fp: string): number {
  return fp.endsWith('.') ? fp.length - 1 : fp.length;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/** A sentence that ends inside its closing quote or bracket: `«Das stimmt nicht.»`, `"Really?"`, `(… gesehen.)`. */
export const SENTENCE_IN_QUOTE = /[.!?…][»«"“”'’)]$/;

/** A full stop or an ellipsis at the end, maybe inside a closing quote or bracket: how a lead ends, and a headline does not. */
export const FULL_STOP = /[.…][»«"“”')]?$/;

/** Whether `text` ends a sentence (`.`, `!`, `?`, `…`): its last character, by code (a pattern anchored at the end tries every position of a long text). */
export function endsSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `text` holds `words` as words of their own, no letter or digit right before or after (not `Überblick` for `Blick`). */
export function holdsWords(text: string, words: string): boolean {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!WORD_CHARACTER.test(text.charAt(i - 1)) && !WORD_CHARACTER.test(text.charAt(i + words.length))) return true;
  }
  return false;
}
