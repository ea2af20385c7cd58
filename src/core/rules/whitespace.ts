/**
 * whitespace: indentation, trailing blanks, no-break or zero-width characters at a line's ends,
 * white space on an otherwise blank line, runs of blank lines, blank lines at the start or end,
 * a missing final newline. Only the ends of a line change; characters inside it stay.
 */
import type { DocLine } from '../document';
import { deleteLines, lineRange, replaceLineText } from '../edits';
import { msg, type Message } from '../message';
import type { Rule, RuleContext } from '../rule';

const SPECIAL = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;

export const whitespace: Rule = {
  code: 'whitespace',
  defaultSeverity: 'information',
  description: 'Indentation, trailing blanks, runs of blank lines, no-break or zero-width characters at line ends.',
  drops: false,
  check(ctx) {
    if (!ctx.changes) return;
    const { lines } = ctx.doc;
    const firstContent = lines.findIndex((l) => !l.blank);
    let lastContent = -1;
    for (let i = lines.length - 1; i >= 0; i--) if (!lines[i].blank) { lastContent = i; break; }

    for (let lineNo = 0; lineNo < lines.length; lineNo++) {
      const line = lines[lineNo];
      if (line.blank) {
        // A run of blank lines is one finding: a finding per line cost a file of blank lines a
        // gigabyte and seconds per megabyte.
        let end = lineNo;
        while (end + 1 < lines.length && lines[end + 1].blank) end++;
        checkBlankRun(ctx, lines, lineNo, end, firstContent, lastContent);
        lineNo = end;
        continue;
      }
      // Most lines have nothing to trim: told by two comparisons before asking about their units.
      if (!hasBlankEnds(line) || isDropped(ctx, line)) continue;
      checkEnds(ctx, line, lineNo);
    }

    const last = lines[lastContent];
    if (last && !last.eol && lastContent === lines.length - 1 && !isDropped(ctx, last)) {
      const end = last.text.length;
      ctx.change('whitespace', msg('No line end after the last line.'), lineRange(lastContent, end, end), {
        title: 'Add final newline',
        edits: [{ range: lineRange(lastContent, end, end), newText: '\n' }],
      });
    }
  },
};

function isDropped(ctx: RuleContext, line: DocLine): boolean {
  // A loop: `every` took a new function for each line.
  for (let i = line.firstUnit; i < line.firstUnit + line.unitCount; i++) if (!ctx.droppedBy(ctx.doc.units[i])) return false;
  return true;
}

/**
 * The blank lines `from` to `to` (a whole run): before or after the article they all go; between
 * paragraphs the first stays (emptied if it holds white space) and the others go. The finding of
 * the lines that go covers them all, and its fix deletes exactly those lines.
 */
function checkBlankRun(ctx: RuleContext, lines: readonly DocLine[], from: number, to: number, first: number, last: number): void {
  const n = to - from + 1;
  if (first < 0 || to < first) {
    const message = n === 1 ? msg('Blank line before the article starts.') : msg('{0} blank lines before the article starts.', n);
    removeLines(ctx, lines, from, to, message);
    return;
  }
  if (from > last) {
    const message = n === 1 ? msg('Blank line after the article ends.') : msg('{0} blank lines after the article ends.', n);
    removeLines(ctx, lines, from, to, message);
    return;
  }
  if (lines[from].text.length > 0) {
    const message = CONTROL.test(lines[from].text) ? msg('Control characters on an otherwise blank line.') : msg('White space on an otherwise blank line.');
    ctx.change('whitespace', message, lineRange(from, 0, lines[from].text.length), {
      title: 'Empty the blank line',
      edits: [replaceLineText(ctx.doc, from, '')],
    });
  }
  if (n > 1) removeLines(ctx, lines, from + 1, to, msg('More than one blank line between paragraphs.'));
}

/**
 * A control character that is no white space (not a tab, vertical tab or form feed, which
 * pdftotext leaves between pages), the C1 next-line among them. A line of nothing else is blank as
 * one of white space is (isEdgeSpace), but saying white space would send a curator looking for spaces.
 */
const CONTROL = /[\x00-\x08\x0e-\x1f\x85]/;

function removeLines(ctx: RuleContext, lines: readonly DocLine[], from: number, to: number, message: Message): void {
  const fix = from === to
    ? { title: 'Remove blank line', edits: [deleteLines(lines, from, to)] }
    : { title: 'Remove blank lines', edits: [deleteLines(lines, from, to)] };
  ctx.change('whitespace', message, { start: { line: from, character: 0 }, end: { line: to, character: lines[to].text.length } }, fix);
}

/** White space, or a no-break or zero-width character, at either end of the line. */
function hasBlankEnds(line: DocLine): boolean {
  return line.contentStart > 0 || line.contentEnd < line.text.length;
}

function checkEnds(ctx: RuleContext, line: DocLine, lineNo: number): void {
  const lead = line.text.slice(0, line.contentStart);
  const trail = line.text.slice(line.contentEnd);
  const fix = {
    title: 'Trim the line',
    edits: [replaceLineText(ctx.doc, lineNo, line.text.slice(line.contentStart, line.contentEnd))],
  };
  if (lead) {
    const message = lead === '\ufeff'
      ? msg('A byte order mark at the start of the line.')
      : SPECIAL.test(lead) ? msg('A no-break or zero-width character at the start of the line.') : msg('Indentation at the start of the line.');
    ctx.change('whitespace', message, lineRange(lineNo, 0, line.contentStart), fix);
  }
  if (trail) {
    const message = SPECIAL.test(trail) ? msg('A no-break or zero-width character at the end of the line.') : msg('Trailing blanks at the end of the line.');
    ctx.change('whitespace', message, lineRange(lineNo, line.contentEnd, line.text.length), fix);
  }
}
