/**
 * A dump as the rules see it: source lines, and the paragraphs ("units") they hold.
 *
 * A plain line is one unit. A line with block tags (`<p>`, `<br>`, 20 Minuten's `<zt>`) holds one
 * unit per paragraph, each with its source span, so a rule can drop one paragraph of a one-line
 * tag soup without touching the others, and cleaning twice gives what cleaning once gave.
 */
import { measure } from './fingerprint';
import type { Message } from './message';
import { convertMarkup, scanMarkup, type MarkupToken, type Role } from './markup';
import { contentEnd, contentStart, endsSentence, forEachLine } from './text';

export interface Unit {
  index: number;
  /** Zero-based source line. */
  line: number;
  /** The visible text, ends trimmed, markup converted. */
  text: string;
  /** Span of the text in the source line (for ranges). */
  start: number;
  end: number;
  /** Span a removal deletes; the whole line when `wholeLine`. */
  outerStart: number;
  outerEnd: number;
  /** The unit is all the content of its line, so removing it removes the line. */
  wholeLine: boolean;
  fp: string;
  /** Up to WORDS_COUNTED (text.ts). */
  words: number;
  /** The source line starts with white space. */
  indented: boolean;
  /** A blank line or a block tag separates this unit from the one before. */
  gapBefore: boolean;
  /** Paragraph number: units without a gap between them share one. */
  block: number;
  role?: Role;
  /** Converted from a line with markup. */
  markup: boolean;
  /** What the rules found out about the unit, mostly its own text, kept for the engine's later passes. */
  memo: UnitMemo;
  /**
   * creditAt's answer for this unit where it stands (null: none), once asked. Each later pass's
   * view clears it (a new object, or the unit narrowed in place), so the answer is asked again
   * there, among its new neighbours.
   */
  creditHere: Message | null | undefined;
}

/**
 * Verdicts that rest on a unit's text alone (and keptCopy, stepSaidAgain and refrain, which do not); `null` when worked out and empty. Several rules ask,
 * and again in every pass, so each is worked out once; reading one costs less than reading the
 * text again, a string elsewhere in memory. A rule reads and writes its own key by name
 * (`memo.credit`): through one helper given the key, a lookup by a key that varies from call to
 * call was a slow one, tens of thousands of times per MB.
 */
export interface UnitMemo {
  credit?: Message | null;
  byline?: Message | null;
  /** A short name with no sentence punctuation (byline's isNameAboveImage). */
  shortName?: boolean;
  readMore?: string | null;
  teaserHeading?: boolean | null;
  furniture?: Message | null;
  /** A promotion heading (boilerplate's isPromoHeading). */
  promoHeading?: boolean;
  /** The text ends with a question mark. */
  question?: boolean;
  /** The text reports what somebody said (boilerplate's REPORTED_SPEECH). */
  reportedSpeech?: boolean;
  /** The text ends a sentence (endsSentenceAt). */
  sentenceEnd?: boolean;
  /** The text starts with a lower-case letter (image-block.ts). */
  startsLower?: boolean;
  /** The photo credit that ends the text: glued to it, in brackets or after a space (caption). */
  captionCredit?: CaptionCredit | null;
  /** Not about the text: a later copy of the unit went as its duplicate, so this one is kept (duplicate-line). */
  keptCopy?: true;
  /** Not about the text: the unit is a step said again in its list, or the step it repeats (duplicate-line), judged again in later passes. */
  stepSaidAgain?: true;
  /** Not about the text: the unit is a verse said again right after itself, or the verse it repeats (duplicate-line), judged again in later passes. */
  refrain?: true;
}

export type CaptionCredit = 'glued' | 'bracketed' | 'spaced';

/**
 * A memo with every key present from the start: memos that gained their keys in different orders
 * would each have a shape of their own, and every lookup would be a slow one.
 */
function emptyMemo(): UnitMemo {
  return {
    credit: undefined, byline: undefined, shortName: undefined, readMore: undefined, teaserHeading: undefined, furniture: undefined,
    promoHeading: undefined, question: undefined, reportedSpeech: undefined, sentenceEnd: undefined, startsLower: undefined,
    captionCredit: undefined, keptCopy: undefined, stepSaidAgain: undefined, refrain: undefined,
  };
}

/** The kicker, headline and lead: the units that open an article (a poll, a caption, a list are never among them). */
export const ARTICLE_TOP = 3;

export interface DocLine {
  text: string;
  eol: string;
  /** The line holds tags, comments or entities. */
  markup: boolean;
  /**
   * The line's tags, comments and entities (scanMarkup), kept only when findings are built
   * (parseDump's `keepTokens`): leftover-html's findings name them, and nothing else reads them.
   * Kept when cleaning, they were a tenth of the time parseDump took.
   */
  tokens: MarkupToken[] | undefined;
  /**
   * The line's units: `unitCount` of them, from index `firstUnit` on (0 when it holds none). Not a
   * list per line: most lines hold one unit, and their lists were a tenth of the objects parseDump made.
   */
  firstUnit: number;
  unitCount: number;
  /** Nothing but white space (markup-only lines are not blank: they hold tags). */
  blank: boolean;
  /** Content span once the ends are trimmed. */
  contentStart: number;
  contentEnd: number;
}

export interface DumpDocument {
  lines: DocLine[];
  units: Unit[];
  /** blocksOf's answer, once asked. */
  blocks?: Unit[][];
  /**
   * The image-block verdict of each of those blocks (image-block.ts, imageBlocks), once asked: a
   * pass's view is a document of its own, so each pass asks anew.
   */
  imageBlocks?: Uint8Array;
  /** Whether weekday stamps head a live ticker's entries here (byline.ts, isTicker), once asked. */
  weekdayTicker?: boolean;
}

/** `keepTokens`: keep each line's tags, comments and entities (DocLine.tokens), which only findings read. */
export function parseDump(text: string, keepTokens: boolean): DumpDocument {
  const lines: DocLine[] = [];
  const units: Unit[] = [];
  let gap = false;
  let block = -1;
  /** Adds the next unit, measured and placed in its paragraph. */
  const push = (
    lineNo: number, text: string, start: number, end: number, outerStart: number, outerEnd: number,
    wholeLine: boolean, indented: boolean, breakBefore: boolean, role: Role | undefined, markup: boolean,
  ): void => {
    const gapBefore = gap || breakBefore;
    if (gapBefore || block < 0) block++;
    const index = units.length;
    const { fp, words } = measure(text);
    units.push({
      index, line: lineNo, text, start, end, outerStart, outerEnd, wholeLine,
      fp, words, indented, gapBefore, block, role, markup, memo: emptyMemo(), creditHere: undefined,
    });
    gap = false;
  };

  forEachLine(text, (lineText, eol, lineNo) => {
    const start = contentStart(lineText);
    const end = contentEnd(lineText, start);
    const blank = start === end;
    if (blank) {
      lines.push(lineText === '' ? emptyLine(eol) : { text: lineText, eol, markup: false, tokens: undefined, firstUnit: 0, unitCount: 0, blank, contentStart: start, contentEnd: end });
      gap = true;
      return;
    }
    const scan = scanMarkup(lineText);
    const { tokens } = scan;
    const indented = start > 0 && lineText.charCodeAt(0) !== 0xfeff;
    const firstUnit = units.length;
    if (tokens.length === 0) {
      push(lineNo, lineText.slice(start, end), start, end, 0, lineText.length, true, indented, false, undefined, false);
      lines.push({ text: lineText, eol, markup: false, tokens: undefined, firstUnit, unitCount: 1, blank, contentStart: start, contentEnd: end });
      return;
    }
    const { pieces, breakAfter } = convertMarkup(lineText, scan);
    const whole = pieces.length === 1;
    const unitCount = pieces.length;
    for (let k = 0; k < unitCount; k++) {
      const piece = pieces[k];
      push(
        lineNo, piece.text, piece.start, piece.end, whole ? 0 : piece.outerStart, whole ? lineText.length : piece.outerEnd,
        whole, indented, piece.breakBefore, piece.role, true,
      );
    }
    lines.push({ text: lineText, eol, markup: true, tokens: keepTokens ? tokens : undefined, firstUnit: unitCount ? firstUnit : 0, unitCount, blank, contentStart: start, contentEnd: end });
    // A line of entities that decode to white space (`&nbsp;`) is a blank line as a page shows it.
    if (breakAfter || (unitCount === 0 && tokens.every((t) => t.kind === 'entity'))) gap = true;
  });
  return { lines, units };
}

const EMPTY_LINES = new Map<string, DocLine>();

/**
 * An empty line with the given line end: one object for all of them (a line holds no position of
 * its own), so a dump of a million blank lines costs no million objects. Not to be changed.
 */
function emptyLine(eol: string): DocLine {
  let line = EMPTY_LINES.get(eol);
  if (!line) {
    line = Object.freeze({ text: '', eol, markup: false, tokens: undefined, firstUnit: 0, unitCount: 0, blank: true, contentStart: 0, contentEnd: 0 });
    EMPTY_LINES.set(eol, line);
  }
  return line;
}

/**
 * The paragraph blocks (lines with no blank line or block tag between them) of more than one unit;
 * not to be changed. The rules that ask look at a unit's neighbours in its block, and most units
 * stand alone: grouping those too made an array for nearly every unit, in every pass.
 */
export function blocksOf(doc: DumpDocument): Unit[][] {
  return (doc.blocks ??= groupBlocks(doc));
}

function groupBlocks(doc: DumpDocument): Unit[][] {
  const { units } = doc;
  const out: Unit[][] = [];
  for (let i = 0, end = 1; i < units.length; i = end++) {
    while (end < units.length && units[end].block === units[i].block) end++;
    if (end - i > 1) out.push(units.slice(i, end));
  }
  return out;
}

/** A blank line or block tag anywhere between two units (by index) separates their paragraphs. */
export function gapBetween(doc: DumpDocument, from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (doc.units[i].gapBefore) return true;
  return false;
}

/**
 * Whether the unit's text ends a sentence (endsSentence), kept in its memo: the rules ask it of the
 * lines around a unit (of every line of a block), again in every pass.
 */
export function endsSentenceAt(unit: Unit): boolean {
  const { memo } = unit;
  if (memo.sentenceEnd === undefined) memo.sentenceEnd = endsSentence(unit.text);
  return memo.sentenceEnd;
}

/** A word of signs only (`=`, `<`, `–`, `|`). */
const SIGNS_ONLY = /(?<!\S)[^\p{L}\p{N}\s]+(?!\S)/gu;

/**
 * Whether a line holds fewer than `min` words, words of signs only not counted (`p < 0.05` is two):
 * the rules that take a short line printed again for a copy ask it alike. `unit.words`, which the
 * others use, counts the signs. Only a line of under twice `min` words is searched for them: a
 * longer one is long enough whatever its signs.
 */
export function isShortLine(unit: Unit, min: number): boolean {
  if (unit.words < min) return true;
  if (unit.words >= 2 * min) return false;
  const signs = unit.text.match(SIGNS_ONLY);
  return signs !== null && unit.words - signs.length < min;
}

/** The unit in the same paragraph just before `unit`, if any. */
export function previousInParagraph(unit: Unit, doc: DumpDocument): Unit | undefined {
  return unit.gapBefore ? undefined : doc.units[unit.index - 1];
}

/** The unit in the same paragraph just after `unit`, if any. */
export function nextInParagraph(unit: Unit, doc: DumpDocument): Unit | undefined {
  const next = doc.units[unit.index + 1];
  return next === undefined || next.gapBefore ? undefined : next;
}
