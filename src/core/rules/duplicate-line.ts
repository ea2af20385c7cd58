/**
 * duplicate-line: a later line whose normalised text equals an earlier one's (tags stripped,
 * entities decoded, NFKC, quotes unified, white space collapsed, case folded). Short lines are
 * not compared (MIN_WORDS), and a line a little longer only where it cannot stand twice in earnest.
 */
import { blocksOf, previousInParagraph, type DumpDocument, type Unit } from '../document';
import { unitRange } from '../edits';
import { msg } from '../message';
import type { Rule, RuleContext } from '../rule';
import { isCaptionLine, standsWithCredit } from '../image-block';

/** Shorter lines are not compared: `Ja.` twice is an answer, not a scraping accident. */
const MIN_WORDS = 3;
/**
 * A line shorter than this may be said twice in earnest where it stands in another context: an
 * answer to another question (`Das kann ich nicht sagen.`), a row under another day or in a list
 * (`Sonnig, 24 bis 29 Grad`).
 */
const MIN_WORDS_ANYWHERE = 6;
/** A list's rows are short; a list is looked over up to this many rows each way. */
const MAX_ROW_WORDS = 6;
const MAX_ROWS = 30;
const MIN_LIST_ROWS = 3;
const ASKS_OR_LABELS = /[?:]/;
/** A speaker's label: a name of up to MAX_LABEL_WORDS capitalised words, then a colon. */
const MAX_LABEL_WORDS = 3;
const SPEAKER_LABEL = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,${MAX_LABEL_WORDS - 1}}: `, 'u');

export const duplicateLine: Rule = {
  code: 'duplicate-line',
  defaultSeverity: 'warning',
  description: 'A line that repeats an earlier line once tags, quotes, spaces and case are ignored.',
  drops: true,
  // Not the first pass only: whether a short line is said again in earnest rests on its
  // neighbours, and a later pass sees them as a second cleaning would, without the dropped ones.
  // Only short lines are judged again there; the first pass left no two long ones alike.
  check(ctx) {
    const { units } = ctx.doc;
    const first = new FirstByFingerprint();
    // A pull quote or an image caption repeats the body: the body's copy is the one to keep,
    // wherever it stands, so it is found for every body unit first (by unit index). Without them
    // the first occurrence is the one to keep, found in the loop below.
    const bodyCopy = new Array<Unit | undefined>(units.length);
    const again = ctx.pass > 0;
    const aside = again ? undefined : asides(ctx);
    if (aside) {
      for (const unit of units) if (unit.words >= MIN_WORDS && !aside[unit.index]) bodyCopy[unit.index] = first.claim(unit);
    }
    for (const unit of units) {
      if (unit.words < MIN_WORDS || (again && spokenWords(unit) >= MIN_WORDS_ANYWHERE)) continue;
      const original = bodyCopy[unit.index] ?? first.claim(unit);
      if (original === unit) continue;
      // An image caption the body repeats further down is no later copy: the caption rule takes it.
      if (original.index > unit.index && unit.role !== 'pullquote') continue;
      if (saidAgain(unit, original, ctx.doc)) continue;
      if (!aside?.[original.index]) original.memo.keptCopy = true;
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

/**
 * A line's words without its speaker's label (`Malenovic: Das kann ich nicht sagen.`, `A: No.`):
 * the answer is what is short.
 */
function spokenWords(unit: Unit): number {
  if (unit.words >= MIN_WORDS_ANYWHERE + MAX_LABEL_WORDS) return unit.words;
  const m = SPEAKER_LABEL.exec(unit.text);
  return m ? unit.words - m[0].trim().split(' ').length : unit.words;
}

/**
 * Whether a short line repeats in earnest: as the answer to another question or under another
 * label (the line before it ends in `?` or `:`, and is not the one before its copy; a speaker's
 * label is not counted then), or as a row of a list of short lines (a scraped list printed twice
 * has labelled rows too: `Ukraine: Putin droht …`).
 */
function saidAgain(unit: Unit, original: Unit, doc: DumpDocument): boolean {
  if (spokenWords(unit) >= MIN_WORDS_ANYWHERE) return false;
  const before = doc.units[unit.index - 1];
  // Printed again right after itself is a stutter of the page, not a thing said twice.
  if (before === undefined || before.fp === unit.fp) return false;
  if (ASKS_OR_LABELS.test(before.text.slice(-1)) && before.fp !== doc.units[original.index - 1]?.fp) return true;
  if (unit.words >= MIN_WORDS_ANYWHERE) return false;
  let rows = 1;
  for (let u: Unit | undefined = previousInParagraph(unit, doc); u && u.words <= MAX_ROW_WORDS && rows < MAX_ROWS; u = previousInParagraph(u, doc)) rows++;
  for (let i = unit.index + 1; i < doc.units.length && rows < MAX_ROWS; i++) {
    const next = doc.units[i];
    if (previousInParagraph(next, doc) !== doc.units[i - 1] || next.words > MAX_ROW_WORDS) break;
    rows++;
  }
  return rows >= MIN_LIST_ROWS;
}

/** Which units are pull quotes or stand in an image block to be dropped, by unit index; undefined when none does. */
function asides(ctx: RuleContext): boolean[] | undefined {
  const { doc } = ctx;
  let aside: boolean[] | undefined;
  for (const unit of doc.units) if (unit.role === 'pullquote') (aside ??= [])[unit.index] = true;
  // Kept captions (the option, or the caption rule off) are article text like any other: their first copy is the one kept.
  if (ctx.keepCaptions) return aside;
  for (const block of blocksOf(doc)) {
    if (!standsWithCredit(block, ctx)) continue;
    // Only the lines the caption rule drops: a caption that stayed would leave two alike.
    for (const unit of block) if (unit.index !== ctx.kicker && isCaptionLine(unit, ctx.phrases)) (aside ??= [])[unit.index] = true;
  }
  return aside;
}

/**
 * The first unit of each fingerprint. As a map key, a fingerprint is hashed over every character,
 * most of this rule's time. A unit is looked up by a number made of its fingerprint's length and
 * up to 64 characters spread over it instead, and compared with the few before it that share the
 * number; a number shared by more goes to a map by fingerprint. (The characters are spread, not
 * taken at the ends, for copies of a line that differ in a word or two: with the ends alone, the
 * 10 MB bench dump's copies shared numbers by the dozen, and the rule took longer than hashing.)
 */
class FirstByFingerprint {
  /** The units of a number: one (most numbers), a few, or many by fingerprint. */
  private readonly bySample = new Map<number, Unit | Unit[] | Map<string, Unit>>();

  /** The first unit with `unit`'s fingerprint, which is `unit` itself when it is the first. */
  claim(unit: Unit): Unit {
    const { fp } = unit;
    const key = sampleOf(fp);
    const found = this.bySample.get(key);
    if (found === undefined) this.bySample.set(key, unit);
    else if (found instanceof Map) {
      const earlier = found.get(fp);
      if (earlier) return earlier;
      found.set(fp, unit);
    } else if (!Array.isArray(found)) {
      if (found.fp === fp) return found;
      this.bySample.set(key, [found, unit]);
    } else {
      for (const earlier of found) if (earlier.fp === fp) return earlier;
      if (found.length < MAX_COMPARED) found.push(unit);
      else this.bySample.set(key, new Map([...found, unit].map((u) => [u.fp, u])));
    }
    return unit;
  }
}

/** Beyond this many fingerprints with one number, comparing each new one with all of them would cost more than hashing. */
const MAX_COMPARED = 8;

/** The length and up to 64 characters spread over `fp` (all of a short one), as a small integer: a fast map key. */
function sampleOf(fp: string): number {
  const step = (fp.length >> 6) + 1;
  let h = fp.length;
  for (let i = 0; i < fp.length; i += step) h = (Math.imul(h, 31) + fp.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}
