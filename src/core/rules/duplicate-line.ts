/**
 * duplicate-line: a later line whose normalised text equals an earlier one's (tags stripped,
 * entities decoded, NFKC, quotes unified, white space collapsed, case folded). Short lines are
 * not compared (MIN_WORDS), and a line a little longer only where it cannot stand twice in earnest.
 */
import { blocksOf, endsSentenceAt, isShortLine, previousInParagraph, type DumpDocument, type Unit } from '../document';
import { unitRange } from '../edits';
import { msg } from '../message';
import type { DropReport, Rule, RuleContext } from '../rule';
import { holdsWords } from '../text';
import { holdsCaptionPrintedTwice, ImageBlock, imageBlocks, isCaptionAmongCopies, isCaptionLine, isCaptionPrintedTwice, isRefrain } from '../image-block';

/**
 * Shorter lines are not compared: `Ja.` twice is an answer, not a scraping accident, and `n = 1,200`
 * or `p < 0.05` twice are rows of a table under another heading (words of signs only not counted).
 */
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
/** A step of a list of instructions is a line of a sentence or two (isStep). */
const MAX_STEP_WORDS = 20;
const ASKS_OR_LABELS = /[?:]/;
/** A speaker's label: a name of up to MAX_LABEL_WORDS capitalised words, then a colon. */
const MAX_LABEL_WORDS = 3;
const SPEAKER_LABEL = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,${MAX_LABEL_WORDS - 1}}: `, 'u');

export const duplicateLine: Rule = {
  code: 'duplicate-line',
  defaultSeverity: 'warning',
  description: 'A line that repeats an earlier line once tags, quotes, spaces and case are ignored.',
  drops: true,
  // Not the first pass only: whether a short line, a step or a verse is said again in earnest rests
  // on its neighbours, and a later pass sees them as a second cleaning would, without the dropped
  // ones. Only those are judged again there; the first pass left no two other lines alike.
  check(ctx) {
    const copies = new Copies(ctx);
    const { units } = ctx.doc;
    if (ctx.pass > 0) {
      for (const unit of units) if (!isShortLine(unit, MIN_WORDS) && (saysLittle(unit) || unit.memo.stepSaidAgain || unit.memo.refrain)) copies.judge(unit);
      return;
    }
    // The body's units claim their fingerprints before any aside does, in one walk: the asides are
    // few, and are judged after it (the order of a rule's drops of different units changes nothing).
    const asides: Unit[] = [];
    for (const unit of units) {
      if (isShortLine(unit, MIN_WORDS)) continue;
      if (copies.isAside(unit)) asides.push(unit);
      else copies.judge(unit);
    }
    for (const unit of asides) copies.judge(unit);
    for (const unit of asides) if (unit.role === 'pullquote' && !ctx.droppedBy(unit)) copies.judgeQuoted(unit);
  },
};

/** The quotes and closing marks around a pull quote's words, in a fingerprint (quotes are `"` there). */
const AROUND_QUOTE = /^[" ]+|[" .!?…]+$/g;
/** How many paragraphs before and after a pull quote the one that quotes it may stand. */
const QUOTE_REACH = 300;
/** A paragraph that quotes a pull quote is this many words longer than it (`«…», sagte der Trainer.`). */
const MIN_PARAGRAPH_WORDS_OVER_QUOTE = 3;

/**
 * The lines of one pass, judged one by one against the first of their fingerprint. (Methods, not
 * closures made by `check`: its optimised code, which inlined them, was thrown away at every call.)
 */
class Copies {
  private readonly first = new FirstByFingerprint();
  private readonly captions: Uint8Array | undefined;
  /**
   * The reports of the copies, by their original's index and wording (reportOf): the copies of a
   * line share one (the 10 MB bench dump's 20,000 copies have 3,400 originals), and so does the
   * engine's rendering of it.
   */
  private readonly reports = new Map<number, DropReport>();

  constructor(private readonly ctx: RuleContext) {
    this.captions = ctx.pass > 0 ? undefined : droppedCaptions(ctx);
  }

  /** A pull quote or an image caption repeats the body: the body's copy is the one to keep, wherever it stands. */
  isAside(unit: Unit): boolean {
    return unit.role === 'pullquote' || this.captions?.[unit.index] === 1;
  }

  /** Drops `unit` if it is a later copy of the first unit of its fingerprint. */
  judge(unit: Unit): void {
    const original = this.first.claim(unit);
    if (original === unit) return;
    // An image caption the body repeats further down is no later copy: the caption rule takes it.
    if (original.index > unit.index && unit.role !== 'pullquote') return;
    if (saidAgain(unit, original, this.ctx.doc)) return;
    // A verse said again right after itself, its sentence going on below: no stutter of the page.
    // Judged again in later passes, which see the line below as a second cleaning would.
    const { units } = this.ctx.doc;
    const before = units[unit.index - 1];
    if (before?.fp === unit.fp && before.block === unit.block && isRefrain(units, unit.index, this.ctx.phrases)) {
      unit.memo.refrain = original.memo.refrain = true;
      return;
    }
    if (isStepRepeated(unit, original, this.ctx.doc)) {
      unit.memo.stepSaidAgain = original.memo.stepSaidAgain = true;
      return;
    }
    if (!this.isAside(original)) original.memo.keptCopy = true;
    this.ctx.drop(unit, 'duplicate-line', this.reportOf(unit, original));
  }

  /**
   * Drops a pull quote whose words stand inside a paragraph of the body (`«Juan, nous sommes tous avec
   * toi et ta famille!»` over `… «Juan, nous sommes tous avec toi et ta famille!», avait écrit …`):
   * the body quotes it, so the quote loses nothing. Only a paragraph of the body or the lead, longer
   * than the quote and ending a sentence, holds it for this: a caption (isAside: marked, over its
   * credit, printed twice), a byline or a teaser's title (`Amherd: «…» – das Interview`) may go too,
   * and the quote's words with it. Whole words: `«Das ist gut»` is not in `«Das ist gute Arbeit»`.
   * Looked for among the paragraphs around the quote, its article's: a dump of many articles has a
   * pull quote in each, and looking through all of it for each was a third of this rule's time.
   */
  judgeQuoted(quote: Unit): void {
    const words = quote.fp.replace(AROUND_QUOTE, '');
    const count = words.split(' ').length;
    if (count < MIN_WORDS) return;
    const { units } = this.ctx.doc;
    for (let i = Math.max(0, quote.index - QUOTE_REACH), end = Math.min(units.length, quote.index + QUOTE_REACH); i < end; i++) {
      const unit = units[i];
      if ((unit.role !== undefined && unit.role !== 'lead') || unit.words < count + MIN_PARAGRAPH_WORDS_OVER_QUOTE || this.ctx.droppedBy(unit)) continue;
      if (!endsSentenceAt(unit) || this.isAside(unit) || !holdsWords(unit.fp, words)) continue;
      this.ctx.drop(quote, 'duplicate-line', this.reportOf(quote, unit));
      return;
    }
  }

  private reportOf(copy: Unit, original: Unit): DropReport {
    const pullQuote = copy.role === 'pullquote';
    const sameLine = original.line === copy.line;
    const key = original.index * 4 + (pullQuote ? 2 : 0) + (sameLine ? 1 : 0);
    let report = this.reports.get(key);
    if (!report) this.reports.set(key, (report = copyReport(original, pullQuote, sameLine, this.ctx.changes)));
    return report;
  }
}

function copyReport(original: Unit, pullQuote: boolean, sameLine: boolean, findings: boolean): DropReport {
  const message = pullQuote
    ? sameLine ? msg('Pull quote: it repeats the text earlier on this line.') : msg('Pull quote: it repeats the text on line {0}.', original.line + 1)
    : sameLine ? msg('Duplicate: the same text stands earlier on this line.') : msg('Duplicate: the same text stands on line {0}.', original.line + 1);
  return {
    message,
    fixTitle: 'Remove duplicate line',
    // Only a finding shows where the original stands: cleaning needs the message alone.
    related: findings ? [{ range: unitRange(original), message: 'First occurrence' }] : undefined,
    duplicateOf: original.line,
  };
}

/**
 * Whether a line is short without its speaker's label (`Malenovic: Das kann ich nicht sagen.`,
 * `A: No.`): the answer is what is short. The label is looked for only where it makes the difference.
 */
function saysLittle(unit: Unit): boolean {
  if (unit.words < MIN_WORDS_ANYWHERE) return true;
  if (unit.words >= MIN_WORDS_ANYWHERE + MAX_LABEL_WORDS) return false;
  // Most lines hold no `: `, told without the expression, which took a microsecond a line.
  const m = unit.text.includes(': ') ? SPEAKER_LABEL.exec(unit.text) : null;
  return m !== null && unit.words - m[0].trim().split(' ').length < MIN_WORDS_ANYWHERE;
}

/**
 * Whether a short line repeats in earnest: as the answer to another question or under another
 * label (the line before it ends in `?` or `:`, and is not the one before its copy; a speaker's
 * label is not counted then), or as a row of a list of short lines, but for a list printed again
 * (a scraped list printed twice has labelled rows too: `Ukraine: Putin droht …`).
 */
function saidAgain(unit: Unit, original: Unit, doc: DumpDocument): boolean {
  if (!saysLittle(unit)) return false;
  const before = doc.units[unit.index - 1];
  // Printed again right after itself is a stutter of the page, not a thing said twice.
  if (before === undefined || before.fp === unit.fp) return false;
  if (ASKS_OR_LABELS.test(before.text.slice(-1)) && before.fp !== doc.units[original.index - 1]?.fp) return true;
  if (unit.words >= MIN_WORDS_ANYWHERE) return false;
  if (isListPrintedAgain(unit, original, doc.units)) return false;
  let rows = 1;
  for (let u: Unit | undefined = previousInParagraph(unit, doc); u && u.words <= MAX_ROW_WORDS && rows < MAX_ROWS; u = previousInParagraph(u, doc)) rows++;
  for (let i = unit.index + 1; i < doc.units.length && rows < MAX_ROWS; i++) {
    const next = doc.units[i];
    if (previousInParagraph(next, doc) !== doc.units[i - 1] || next.words > MAX_ROW_WORDS) break;
    rows++;
  }
  return rows >= MIN_LIST_ROWS;
}

/**
 * Whether a copy is a step said again in its list: the copy (and so its original) and every line
 * between them are steps (isStep) of one block, with at least one other step between them
 * (`Stir well and season.` after each of two steps of a recipe). A list printed again repeats its
 * lines in a run, so the copy's neighbours are not the original's. A paragraph's sentence said
 * again (a dump with no blank lines holds its article in one block) has paragraphs between, and
 * a wrapped paragraph's copy ends no sentence.
 */
function isStepRepeated(unit: Unit, original: Unit, doc: DumpDocument): boolean {
  const gap = unit.index - original.index;
  // A dump's first block is its top, or all of it when it has no blank lines: no list's, and the
  // lead printed again there is a copy. (Counted by blocks, not units: a kicker left out shifts
  // the units, not which block comes first.)
  if (unit.block !== original.block || gap < 2 || gap > MAX_ROWS || original.block === 0 || !isStep(unit)) return false;
  const { units } = doc;
  // A third copy between them makes a stutter (`… im Sturm?` three times), not a step said again.
  for (let i = original.index + 1; i < unit.index; i++) if (!isStep(units[i]) || units[i].fp === unit.fp) return false;
  return !sameText(units[unit.index - 1], units[original.index - 1]) && !sameText(units[unit.index + 1], units[original.index + 1]);
}

/** A step of a list of instructions: a line of a sentence or two (`Stir well and season.`), not a paragraph. */
function isStep(unit: Unit): boolean {
  return unit.words <= MAX_STEP_WORDS && endsSentenceAt(unit);
}

/**
 * Whether a copy stands in a list printed again: at least MIN_LIST_ROWS rows around it repeat, in
 * step, those around its original. Two lists that share a row or two (`1 Prise Salz` / `1 EL
 * Zucker` in a dough's and a topping's) are two lists.
 */
function isListPrintedAgain(unit: Unit, original: Unit, units: readonly Unit[]): boolean {
  let rows = 1;
  for (let k = 1; original.index + k < unit.index && sameText(units[unit.index + k], units[original.index + k]); k++) rows++;
  for (let k = 1; unit.index - k > original.index && sameText(units[unit.index - k], units[original.index - k]); k++) rows++;
  return rows >= MIN_LIST_ROWS;
}

/** Whether two lines, either of which may be none, say the same. */
function sameText(a: Unit | undefined, b: Unit | undefined): boolean {
  return a !== undefined && b !== undefined && a.fp === b.fp;
}

/**
 * Which units stand in an image block as the captions the caption rule drops: 1 by unit index;
 * undefined when none does. (Bytes: an array given a few entries far apart became a slow sparse one.)
 */
function droppedCaptions(ctx: RuleContext): Uint8Array | undefined {
  // Kept captions (the option, or the caption rule off) are article text like any other: their first copy is the one kept.
  if (ctx.keepCaptions) return undefined;
  let captions: Uint8Array | undefined;
  const blocks = blocksOf(ctx.doc);
  const verdicts = imageBlocks(ctx);
  for (let i = 0; i < blocks.length; i++) {
    if (verdicts[i] !== ImageBlock.Credited) continue;
    const block = blocks[i];
    const printedTwice = holdsCaptionPrintedTwice(block, ctx.phrases);
    // Only the lines the caption rule drops: a caption that stayed would leave two alike.
    for (let k = 0; k < block.length; k++) {
      const unit = block[k];
      if (printedTwice && !isCaptionAmongCopies(block, k, ctx.phrases)) continue;
      if (unit.index !== ctx.kicker && isCaptionLine(unit, ctx.phrases)) (captions ??= new Uint8Array(ctx.doc.units.length))[unit.index] = 1;
    }
  }
  // A caption the markup marks, and one printed twice in paragraphs of their own above its credit
  // (both copies): asides.
  const { units } = ctx.doc;
  for (const unit of units) {
    // (Printed again right under it, it is a caption printed twice, both copies asides or none.)
    if (unit.role === 'caption' && unit.index !== ctx.kicker && units[unit.index + 1]?.fp !== unit.fp) {
      (captions ??= new Uint8Array(units.length))[unit.index] = 1;
    }
    if (isCaptionPrintedTwice(unit, ctx)) {
      (captions ??= new Uint8Array(units.length))[unit.index] = 1;
      captions[unit.index + 1] = 1;
    }
  }
  return captions;
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
