/**
 * duplicate-line: a later line whose normalised text equals an earlier one's (tags stripped,
 * entities decoded, NFKC, quotes unified, white space collapsed, case folded). Short lines are
 * not compared: "Ja." twice is an answer, not a scraping accident.
 */
import type { Unit } from '../document';
import { unitRange } from '../edits';
import { msg } from '../message';
import type { Rule } from '../rule';

export const MIN_WORDS = 3;

export const duplicateLine: Rule = {
  code: 'duplicate-line',
  defaultSeverity: 'warning',
  description: 'A line that repeats an earlier line once tags, quotes, spaces and case are ignored.',
  drops: true,
  // Every later copy of a line is dropped (or ignored, as its first copy is), so the units left
  // hold no two alike: a later pass finds nothing.
  firstPassOnly: true,
  check(ctx) {
    // A pull quote repeats the body: the body's copy is the one to keep, wherever it stands.
    // (Without pull quotes the first occurrence is the one to keep, found in the loop below.)
    const first = new Map<string, Unit>();
    if (ctx.doc.units.some((u) => u.role === 'pullquote')) {
      for (const unit of ctx.doc.units) {
        if (unit.words >= MIN_WORDS && unit.role !== 'pullquote' && !first.has(unit.fp)) first.set(unit.fp, unit);
      }
    }
    for (const unit of ctx.doc.units) {
      if (unit.words < MIN_WORDS) continue;
      const original = first.get(unit.fp);
      if (!original) {
        first.set(unit.fp, unit);
        continue;
      }
      if (original === unit) continue;
      const sameLine = original.line === unit.line;
      const message = unit.role === 'pullquote'
        ? sameLine ? msg('Pull quote: it repeats the text earlier on this line.') : msg('Pull quote: it repeats the text on line {0}.', original.line + 1)
        : sameLine ? msg('Duplicate: the same text stands earlier on this line.') : msg('Duplicate: the same text stands on line {0}.', original.line + 1);
      ctx.drop(unit, 'duplicate-line', {
        message,
        fixTitle: 'Remove duplicate line',
        related: [{ range: unitRange(original), message: 'First occurrence' }],
        duplicateOf: original.line,
      });
    }
  },
};
