/** stray-punctuation: a line of punctuation or symbols only (`;`, `•`, `---`), but for a star rating (`★★★★☆`, `⭐⭐⭐`). */
import { msg } from '../message';
import type { Rule } from '../rule';
import { isAsciiAlphanumeric } from '../text';

const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;
/**
 * A review's rating, kept as its verdict: two to five stars, the filled ones first (`★★★★☆`,
 * `★★★★★`), or two to five emoji stars, each maybe with its emoji variation selector (`⭐⭐⭐`). Stars in
 * another shape are none: a lone `★`, a spaced-out `★ ★ ★` dividing sections, `☆☆☆`, `☆★★`.
 */
const STAR_RATING = /^(?:(?=[★☆]{2,5}$)★+☆*|(?:⭐\uFE0F?){2,5})$/;

export const strayPunctuation: Rule = {
  code: 'stray-punctuation',
  defaultSeverity: 'warning',
  description: 'A line of punctuation or symbols only.',
  drops: true,
  firstPassOnly: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      // Most lines start with an ASCII letter or digit: told by a comparison, without the Unicode expression.
      if (!isAsciiAlphanumeric(unit.text.charCodeAt(0)) && NO_LETTER_OR_DIGIT.test(unit.text) && !STAR_RATING.test(unit.text)) {
        ctx.drop(unit, 'stray-punctuation', { message: msg('Only punctuation or symbols (“{0}”): no article text here.', unit.text.slice(0, 20)), fixTitle: 'Remove stray punctuation' });
      }
    }
  },
};
