/** stray-punctuation: a line of punctuation or symbols only (`;`, `•`, `---`). */
import type { Rule } from '../rule';

const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;

export const strayPunctuation: Rule = {
  code: 'stray-punctuation',
  defaultSeverity: 'warning',
  description: 'A line of punctuation or symbols only.',
  drops: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      if (NO_LETTER_OR_DIGIT.test(unit.text)) {
        ctx.drop(unit, 'stray-punctuation', { message: `Only punctuation or symbols (“${unit.text.slice(0, 20)}”): no article text here.`, fixTitle: 'Remove stray punctuation' });
      }
    }
  },
};
