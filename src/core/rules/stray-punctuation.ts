/**
 * stray-punctuation: a line of punctuation or symbols only (`;`, `•`, `---`), but for a star rating
 * (`★★★★☆`, `⭐⭐⭐`) and a bracket of a code snippet (`}` under `if (x > 0) {`).
 */
import type { DocLine, DumpDocument, Unit } from '../document';
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

/** A code snippet's lines looked over from a bracket's line, each way: a function or an object printed whole. */
const MAX_CODE_LINES = 40;

/**
 * Whether a line of punctuation is a bracket of a code snippet printed in the article: it closes
 * what a line above it in its block opened at its end (`module.exports = {` … `};`, `(async () => {`
 * … `})();`), or it opens what a line below it closes at its start (`{` … `}` of a JSON object).
 * Told by the bracket first: a stray `;` or `•` holds none.
 */
function isCodeBracket(unit: Unit, doc: DumpDocument): boolean {
  const { text } = unit;
  if (!BRACKET.test(text)) return false;
  const { units } = doc;
  // The partner or a line between holds code: two brackets alone (`{` / `}`, `}` / `}`) are no snippet.
  let code = false;
  for (let k = unit.index - 1; k >= 0 && k >= unit.index - MAX_CODE_LINES && units[k].block === unit.block; k--) {
    code ||= !NO_LETTER_OR_DIGIT.test(units[k].text);
    if (code && OPENS.includes(units[k].text.charAt(units[k].text.length - 1))) return true;
  }
  code = false;
  for (let k = unit.index + 1; k < units.length && k <= unit.index + MAX_CODE_LINES && units[k].block === unit.block; k++) {
    code ||= !NO_LETTER_OR_DIGIT.test(units[k].text);
    if (code && CLOSES.includes(units[k].text.charAt(0))) return true;
  }
  return false;
}

/**
 * The dumps, by their lines (which every pass's view shares), where a bracket stayed for its code: a
 * line's text is the same in every pass, so only there may a later pass judge otherwise. Elsewhere
 * it does not walk the dump again (a walk costs a third of a millisecond per MB).
 */
const codeKept = new WeakSet<readonly DocLine[]>();

const BRACKET = /[{}[\]()]/;
const OPENS = '{[(';
const CLOSES = '}])';

export const strayPunctuation: Rule = {
  code: 'stray-punctuation',
  defaultSeverity: 'warning',
  description: 'A line of punctuation or symbols only.',
  drops: true,
  // Judged again in later passes: a code bracket stays for its partner, which another rule may drop
  // (`Mehr zum Thema: … (` as a teaser); a later pass sees the lines left, as a second cleaning would.
  check(ctx) {
    const { doc } = ctx;
    if (ctx.pass > 0 && !codeKept.has(doc.lines)) return;
    for (const unit of doc.units) {
      // Most lines start with an ASCII letter or digit: told by a comparison, without the Unicode expression.
      if (isAsciiAlphanumeric(unit.text.charCodeAt(0)) || !NO_LETTER_OR_DIGIT.test(unit.text) || STAR_RATING.test(unit.text)) continue;
      if (isCodeBracket(unit, doc)) codeKept.add(doc.lines);
      else ctx.drop(unit, 'stray-punctuation', { message: msg('Only punctuation or symbols (“{0}”): no article text here.', unit.text.slice(0, 20)), fixTitle: 'Remove stray punctuation' });
    }
  },
};
