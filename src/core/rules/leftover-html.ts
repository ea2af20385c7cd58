/** leftover-html: tags, comments and entities inside the text. Fixed by converting, never by deleting words. */
import type { DumpDocument } from '../document';
import { lineRange, replaceLineText } from '../edits';
import { decodeEntity, scanMarkup, type MarkupToken } from '../markup';
import { msg, type Message } from '../message';
import type { Rule, RuleContext } from '../rule';
import { commentSpans, elementSpans } from '../spanning-markup';

/** Beyond this many on one line, the rest are reported as one finding: a tag soup line must not flood the editor. */
const MAX_PER_LINE = 100;

export const leftoverHtml: Rule = {
  code: 'leftover-html',
  defaultSeverity: 'warning',
  description: 'A tag, comment or entity left in the text; converted to plain text.',
  drops: false,
  check(ctx) {
    const { doc } = ctx;
    // One message per tag name or entity, so that the engine renders each once.
    const described = new Map<string, Message>();
    const describe = (token: MarkupToken): Message => {
      let message = described.get(token.name);
      if (!message) described.set(token.name, (message = description(token)));
      return message;
    };
    const inside = dropSpanningMarkup(ctx);
    doc.lines.forEach((line, lineNo) => {
      if (!line.markup || inside?.[lineNo]) return;
      if (line.unitCount === 0) {
        ctx.drop(lineNo, 'leftover-html', {
          message: msg('Only markup on this line: nothing of the article is here.'),
          fixTitle: 'Remove markup-only line',
        });
        return;
      }
      if (!ctx.changes) return;
      const fix = { title: 'Convert HTML to text', edits: [replaceLineText(doc, lineNo, convertedLine(doc, lineNo))] };
      // A document read without them (parseDump's keepTokens) finds them again.
      const tokens = line.tokens ?? scanMarkup(line.text).tokens;
      // By index: a copy of the shown tokens was an array per line.
      const shown = Math.min(tokens.length, MAX_PER_LINE);
      for (let k = 0; k < shown; k++) {
        const token = tokens[k];
        ctx.change('leftover-html', describe(token), lineRange(lineNo, token.start, token.end), fix);
      }
      const rest = tokens.length - shown;
      if (rest > 0) {
        const first = tokens[MAX_PER_LINE];
        const last = tokens[tokens.length - 1];
        ctx.change('leftover-html', msg('{0} more tags and entities on this line.', rest), lineRange(lineNo, first.start, last.end), fix);
      }
    });
  },
};

/**
 * Drops markup that spans lines (spanning-markup.ts): an element's lines, those of its start and
 * end tags included, and a comment's paragraphs. Answers the element's lines (undefined: none),
 * which hold nothing else to report.
 */
function dropSpanningMarkup(ctx: RuleContext): Uint8Array | undefined {
  const { doc } = ctx;
  let inside: Uint8Array | undefined;
  for (const { name, open, close } of elementSpans(doc)) {
    const report = { message: msg('Inside a <{0}> element that spans lines: not article text.', name), fixTitle: 'Remove markup-only line' };
    inside ??= new Uint8Array(doc.lines.length);
    for (let lineNo = open; lineNo <= close; lineNo++) {
      const line = doc.lines[lineNo];
      inside[lineNo] = 1;
      if (line.unitCount === 0) {
        if (!line.blank) ctx.drop(lineNo, 'leftover-html', report);
      } else for (let index = line.firstUnit; index < line.firstUnit + line.unitCount; index++) ctx.drop(doc.units[index], 'leftover-html', report);
    }
  }
  const comment = { message: msg('Inside an HTML comment that spans lines: not article text.'), fixTitle: 'Remove HTML comment' };
  for (const { first, last } of commentSpans(doc, (unit) => inside?.[unit.line] === 1)) {
    for (let index = first; index <= last; index++) ctx.drop(doc.units[index], 'leftover-html', comment);
  }
  return inside;
}

/**
 * The line as text: its paragraphs, one per line, separated as the cleaned article separates them,
 * and a blank line before or after it where a block tag at its start or end parts it from the text
 * of the line next to it (`</p> Text` under a line of text).
 */
function convertedLine(doc: DumpDocument, lineNo: number): string {
  const { lines, units } = doc;
  const { firstUnit, unitCount } = lines[lineNo];
  let out = '';
  for (let index = firstUnit; index < firstUnit + unitCount; index++) {
    const unit = units[index];
    if (out) out += unit.gapBefore ? '\n\n' : '\n';
    out += unit.text;
  }
  const first = units[firstUnit];
  const after = units[firstUnit + unitCount];
  if (first.gapBefore && lineNo > 0 && !lines[lineNo - 1].blank) out = '\n' + out;
  if (after?.gapBefore && after.line === lineNo + 1) out += '\n';
  return out;
}

function description(token: MarkupToken): Message {
  switch (token.kind) {
    case 'comment':
      return msg('HTML comment left in the text: it is removed.');
    case 'entity':
      return msg('HTML entity {0} stands for “{1}”: it is decoded.', token.name, visible(decodeEntity(token.name) ?? ''));
    default:
      return msg('Leftover HTML tag <{0}>: converted to plain text.', token.name);
  }
}

function visible(ch: string): string {
  return ch === '\u00a0' ? ' ' : ch;
}

