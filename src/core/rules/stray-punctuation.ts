/** stray-punctuation: a line of punctuation or symbols only (`;`, `•`, `---`). */
import { msg } from '../message';
import type { Rule } from '../rule';

const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;

export const strayPunctuation: Rule = {
  code: 'stray-punctuation',
  defaultSeverity: 'warning',
  description: 'A line of punctuation or symbols only.',
  drops: true,
  firstPassOnly: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      if (!startsWithAsciiLetterOrDigit(unit.text) && NO_LETTER_OR_DIGIT.test(unit.text)) {
        ctx.drop(unit, 'stray-punctuation', { message: msg('Only punctuation or symbols (“{0}”): no article text here.', unit.text.slice(0, 20)), fixTitle: 'Remove stray punctuation' });
      }
    }
  },
};

/** Most lines start with one: they are told apart by a comparison, without a Unicode expression. */
function startsWithAsciiLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  const lower = c | 0x20; // an ASCII letter in lower case
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
