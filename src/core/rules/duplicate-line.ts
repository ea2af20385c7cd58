/**
 * duplicate-line: a later line whose normalised text equals an earlier one's (tags stripped,
 * entities decoded, NFKC, quotes unified, white space collapsed, case folded). Short lines are
 * not compared: "Ja." twice is an answer, not a scraping accident.
 */
import type { Unit } from '../document';
import { unitRange } from '../edits';
import type { Rule } from '../rule';

export const MIN_WORDS = 3;

export const duplicateLine: Rule = {
  code: 'duplicate-line',
  defaultSeverity: 'warning',
  description: 'A line that repeats an earlier line once tags, quotes, spaces and case are ignored.',
  drops: true,
  check(ctx) {
    // A pull quote repeats the body: the body's copy is the one to keep, wherever it stands.
    const first = new Map<string, Unit>();
    for (const unit of ctx.doc.units) {
      if (unit.words >= MIN_WORDS && unit.role !== 'pullquote' && !first.has(unit.fp)) first.set(unit.fp, unit);
    }
    for (const unit of ctx.doc.units) {
      if (unit.words < MIN_WORDS) continue;
      const original = first.get(unit.fp);
      if (!original) {
        first.set(unit.fp, unit);
        continue;
      }
      if (original === unit) continue;
      const where = original.line === unit.line ? 'earlier on this line' : `on line ${original.line + 1}`;
      ctx.drop(unit, 'duplicate-line', {
        message: unit.role === 'pullquote'
          ? `Pull quote: it repeats the text ${where}.`
          : `Duplicate: the same text stands ${where}.`,
        fixTitle: 'Remove duplicate line',
        related: [{ range: unitRange(original), message: 'First occurrence' }],
        duplicateOf: original.line,
      });
    }
  },
};
