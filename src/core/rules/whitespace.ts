/**
 * whitespace: indentation, trailing blanks, no-break or zero-width characters at a line's ends,
 * white space on an otherwise blank line, runs of blank lines, blank lines at the start or end,
 * a missing final newline. Only the ends of a line change; characters inside it stay.
 */
import type { DocLine } from '../document';
import { deleteLine, lineRange, replaceLineText } from '../edits';
import { msg } from '../message';
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

    lines.forEach((line, lineNo) => {
      if (line.blank) {
        checkBlank(ctx, lines, lineNo, firstContent, lastContent);
        return;
      }
      if (isDropped(ctx, line)) return;
      checkEnds(ctx, line, lineNo);
    });

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
  return line.units.length === 0 || line.units.every((i) => ctx.droppedBy(ctx.doc.units[i]));
}

function checkBlank(ctx: RuleContext, lines: readonly DocLine[], lineNo: number, first: number, last: number): void {
  const line = lines[lineNo];
  const fix = { title: 'Remove blank line', edits: [deleteLine(lines, lineNo)] };
  const range = lineRange(lineNo, 0, line.text.length);
  if (first < 0 || lineNo < first) ctx.change('whitespace', msg('Blank line before the article starts.'), range, fix);
  else if (lineNo > last) ctx.change('whitespace', msg('Blank line after the article ends.'), range, fix);
  else if (lines[lineNo - 1]?.blank) ctx.change('whitespace', msg('More than one blank line between paragraphs.'), range, fix);
  else if (line.text.length > 0) {
    ctx.change('whitespace', msg('White space on an otherwise blank line.'), range, {
      title: 'Empty the blank line',
      edits: [replaceLineText(ctx.doc, lineNo, '')],
    });
  }
}

function checkEnds(ctx: RuleContext, line: DocLine, lineNo: number): void {
  const lead = line.text.slice(0, line.contentStart);
  const trail = line.text.slice(line.contentEnd);
  if (!lead && !trail) return;
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
