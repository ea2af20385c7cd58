/**
 * caption: an image caption. Recognised by structure: a line in a block of lines with no blank
 * between them that holds a photo credit or a line printed twice (or such lines split into paragraphs
 * by block tags, printed twice above their credit); a paragraph marked as a caption
 * by its markup (`<figcaption>`); a short paragraph with a credit glued to its end
 * (`…en plein match.AFP`), closed by a photo credit in brackets (`… (AP Photo/Carolyn Kaster)`) or
 * by one after its last sentence (`… old town. Photograph: Alamy`).
 */
import { blocksOf, type CaptionCredit, type Unit } from '../document';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule, RuleContext } from '../rule';
import { isAuthorSentence } from './byline';
import { creditReason, endsWithBracketedPhotoCredit, isSourceLike } from './credit';
import {
  holdsCaptionPrintedTwice,
  ImageBlock,
  imageBlocks,
  isCaptionAmongCopies,
  isCaptionLine,
  isCaptionPrintedTwice,
  MAX_CAPTION_WORDS,
} from '../image-block';

const MAX_GLUED_CAPTION_WORDS = 50;
const PRINTED_TWICE = msg('Image caption: it is printed twice, as image captions are.');
/** A glued credit is a name or two, an agency: `Screenshot Ricardo`, `REUTERS/Aaron P. Bernstein`. */
const MAX_CREDIT_WORDS = 5;
/** Sentence end, then a credit with no space: `versteigert.Screenshot Ricardo`, `Sorge.»URS JAUDAS`. */
const GLUED_CREDIT = /[\p{L}\p{N})](?:[.!?…][»"”)]?|[»"”)])([\p{Lu}\d@][^.!?"”»«]{2,60}\.?)$/u;
/**
 * Two letters in a row. A constant, not a literal in place: the bundler writes a literal with a
 * counted `\p{…}` as `new RegExp(…)`, which compiled it again on every call.
 */
const TWO_LETTERS = /\p{L}{2}/u;
/**
 * A photo credit after its caption's last sentence, a space between: `The narrow lanes of the old
 * town. Photograph: Alamy`, `… Foto: Keystone/Peter Klaunzer`, `… Picture: Supplied`. The photo word
 * and its colon, or `courtesy of` after it (`… Image courtesy of NASA`), then a source (creditReason
 * judges it). `Source:` is none: the source of a paragraph's figures.
 */
const SPACED_PHOTO_CREDIT = /[.!?…»"”)] ((?:Photograph|Photo|Foto|Bild|Image|Picture)s?(?: ?: ?| (?=[Cc]ourtesy of ))([^:]{2,60}))$/u;
/** How far from the end of a paragraph the colon (or the `courtesy of`) of a spaced credit may stand. */
const SPACED_CREDIT_REACH = 62;
/** `courtesy of` or `Courtesy of`, as indexOf looks for it. */
const COURTESY_OF = 'ourtesy of ';
/**
 * A short caption's length. A longer paragraph ending `… Photo: Reuters` is the article's, quoting
 * it; up to MAX_GLUED_CAPTION_WORDS, one ending in a photographer's name or a slash credit (`…
 * this year. Photograph: Louisa Gouliamaki/AFP/Getty Images`) is a long caption.
 */
const MAX_SPACED_CAPTION_WORDS = 20;
/**
 * Where a sentence may open with an author's `Von`, `By`, `Par` or `Di` (isAuthorSentence judges
 * what follows): at the paragraph's start or after a sentence end.
 */
const AUTHOR_WORD_OPENS = /(?:^|[.!?…»"”)] )(?=(?:Von|By|Par|Di) )/gu;
/** A GLUED_CREDIT match that starts in a number: `39.90 Franken.` */
const DECIMAL_POINT = /^\d\.\d/;

export const caption: Rule = {
  code: 'caption',
  defaultSeverity: 'warning',
  description: 'An image caption: it stands with a photo credit, is printed twice, or is marked as a caption.',
  drops: true,
  check(ctx) {
    if (ctx.keepCaptions) return;
    const { doc } = ctx;
    for (const unit of doc.units) {
      if (unit.role === 'caption') dropCaption(ctx, unit, msg('Image caption: marked as a caption in the markup.'));
    }
    const blocks = blocksOf(doc);
    const verdicts = imageBlocks(ctx);
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const reason = imageBlockReason(block, verdicts[i], ctx.phrases);
      if (!reason) continue;
      for (let k = 0; k < block.length; k++) {
        const unit = block[k];
        if (reason === PRINTED_TWICE && !isCaptionAmongCopies(block, k, ctx.phrases)) continue;
        // A block may read as an image block only once a later pass has dropped lines around it:
        // a line whose copy in the body went as its duplicate by then is the copy kept.
        if (isCaptionLine(unit, ctx.phrases) && !unit.memo.keptCopy) dropCaption(ctx, unit, reason);
      }
    }
    for (const unit of doc.units) {
      // A unit whose credit is not worked out yet is first asked whether it is dropped already (in
      // the first pass, many are: the duplicates). Once it is known, it is read first: asking what
      // dropped a unit of a later pass reads the first pass's unit, elsewhere in memory.
      if (unit.words > MAX_CAPTION_WORDS || (unit.memo.captionCredit === undefined && ctx.droppedBy(unit))) continue;
      if (isCaptionPrintedTwice(unit, ctx)) {
        // Both copies, as in a block: the second went as a duplicate already unless the body
        // repeats them further down (duplicate-line counts both as asides, the body's copy is kept).
        dropCaption(ctx, unit, PRINTED_TWICE);
        dropCaption(ctx, doc.units[unit.index + 1], PRINTED_TWICE);
        continue;
      }
      const credit = closingCredit(unit, ctx.phrases);
      if (credit === 'glued') dropCaption(ctx, unit, msg('Image caption: a photo credit is glued to its end.'));
      else if (credit === 'bracketed') dropCaption(ctx, unit, msg('Image caption: it ends with a photo credit in brackets.'));
      else if (credit === 'spaced') dropCaption(ctx, unit, msg('Image caption: it ends with a photo credit.'));
    }
  },
};

function dropCaption(ctx: RuleContext, unit: Unit, reason: Message): void {
  if (unit.index === ctx.kicker || ctx.droppedBy(unit)) return;
  ctx.drop(unit, 'caption', { message: reason, fixTitle: 'Remove image caption' });
}

/** Why the lines of `block` are image captions, given its ImageBlock verdict (imageBlocks). */
function imageBlockReason(block: readonly Unit[], verdict: ImageBlock, phrases: CompiledPhrases): Message | undefined {
  if (verdict === ImageBlock.None) return undefined;
  if (holdsCaptionPrintedTwice(block, phrases)) return PRINTED_TWICE;
  if (verdict === ImageBlock.Credited) return msg('Image caption: it stands with a photo credit.');
  return undefined;
}

/**
 * . ! ? … » " ” ) « by character code: the back-scan compares numbers, not one-letter strings,
 * and comparisons rather than a Set lookup per character, with which the scan took 1.7 times as long.
 */
function isSentenceEnd(c: number): boolean {
  if (c >= 0x41 && c <= 0x7a) return false; // ASCII letters (and [\]^_`), most characters: two comparisons
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0xbb || c === 0x22 || c === 0x201d || c === 0x29 || c === 0xab;
}

/** How far from the end of a paragraph the sentence end before a glued credit may stand (a credit is at most 60 characters). */
const SENTENCE_END_REACH = 62;

/**
 * Where the sentence end a glued credit follows stands: the last one, within SENTENCE_END_REACH
 * characters of the end, and with no more than MAX_CREDIT_WORDS words after it, which ends
 * the walk back through most paragraphs early. -1 when there is none.
 */
function lastSentenceEnd(text: string): number {
  let words = 0;
  for (let k = text.length - (text.endsWith('.') ? 2 : 1); k >= 0 && text.length - k <= SENTENCE_END_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x20) {
      // A space before a printable ASCII character ends a run of white space between two words.
      const next = text.charCodeAt(k + 1);
      if (next > 0x20 && next < 0x7f && ++words === MAX_CREDIT_WORDS) return -1;
    } else if (isSentenceEnd(c)) return k;
  }
  return -1;
}

/**
 * The photo credit that ends a short paragraph, kept in the memo: the text is read once, not in
 * every pass (its last character, looked at for a bracket, is elsewhere in memory for each unit).
 */
function closingCredit(unit: Unit, phrases: CompiledPhrases): CaptionCredit | undefined {
  const { memo } = unit;
  if (memo.captionCredit === undefined) memo.captionCredit = closingCreditIn(unit, phrases) ?? null;
  return memo.captionCredit ?? undefined;
}

function closingCreditIn(unit: Unit, phrases: CompiledPhrases): CaptionCredit | undefined {
  if (unit.words <= MAX_GLUED_CAPTION_WORDS && hasGluedCredit(unit, phrases)) return 'glued';
  // A caption carries no byline (endsWithAuthor), asked once the credit is found: `… Von Anna Muster. (Foto: Keystone)`.
  if (endsWithBracketedPhotoCredit(unit.text)) return endsWithAuthor(unit.text.slice(0, unit.text.lastIndexOf('(')).trimEnd(), phrases) ? undefined : 'bracketed';
  if (unit.words <= MAX_GLUED_CAPTION_WORDS && hasSpacedCredit(unit, phrases, unit.words > MAX_SPACED_CAPTION_WORDS)) return 'spaced';
  return undefined;
}

/** `long`: past a short caption's length, the credit names more than one word (MAX_SPACED_CAPTION_WORDS). */
function hasSpacedCredit(unit: Unit, phrases: CompiledPhrases, long: boolean): boolean {
  const { text } = unit;
  // The credit's colon or `courtesy of` stands near the end: most paragraphs have neither there, and are not searched.
  const reach = text.length - SPACED_CREDIT_REACH;
  let at = text.indexOf(':', reach);
  if (at < 0) at = text.indexOf(COURTESY_OF, reach);
  if (at < 0) return false;
  const from = Math.max(0, at - SPACED_CREDIT_REACH);
  const m = SPACED_PHOTO_CREDIT.exec(text.slice(from));
  // After a sentence, ordinary words are its prose (`Bild: ein Kind am Fenster`): a source's names only.
  if (!m || (long && !m[2].includes(' ') && !m[2].includes('/')) || !isSourceLike(m[2], phrases)) return false;
  const credit = m[1];
  if (creditReason({ text: credit, fp: credit.toLowerCase(), words: credit.split(/\s+/).length }, phrases) === undefined) return false;
  // A caption carries no byline: `… zum Streik auf. Von Anna Muster. Foto: Keystone` is the
  // article's lead run together with its author and its photo's credit, and stays.
  return !endsWithAuthor(text.slice(0, from + m.index + 1), phrases);
}

/**
 * Whether `text` ends in an author line: some run from an opening `Von`, `By`, `Par` or `Di` (at
 * the start or after a sentence end) to the end is one (isAuthorSentence), as in `… zum Streik auf.
 * Von Anna Muster.`. Every such opening is tried, not the last sentence's only: a name's
 * abbreviation (`Von Anna M. Muster.`) ends no sentence.
 */
function endsWithAuthor(text: string, phrases: CompiledPhrases): boolean {
  for (const opens of text.matchAll(AUTHOR_WORD_OPENS)) {
    if (isAuthorSentence(text.slice(opens.index + opens[0].length), phrases)) return true;
  }
  return false;
}

function hasGluedCredit(unit: Unit, phrases: CompiledPhrases): boolean {
  const { text } = unit;
  if (!endsNearCreditStart(text)) return false;
  const k = lastSentenceEnd(text);
  if (k < 1) return false;
  // The credit starts right after that sentence end, with a capital, a digit or `@`: after most
  // sentence ends stands a space, and the expression is not run.
  if (!mayStartCredit(text.charCodeAt(k + 1))) return false;
  const m = GLUED_CREDIT.exec(text.slice(k - 2));
  // A point between digits is a decimal point, not a sentence end: `kostet 39.90 Franken.`
  if (!m || DECIMAL_POINT.test(m[0])) return false;
  const tail = m[1].replace(/\.$/, '');
  const words = tail.split(/\s+/);
  if (words.length > MAX_CREDIT_WORDS || !TWO_LETTERS.test(tail)) return false;
  const tailText = { text: tail, fp: tail.toLowerCase(), words: words.length };
  const credited =
    creditReason(tailText, phrases) !== undefined ||
    tail.includes('/') ||
    tail === tail.toUpperCase() ||
    words.every((w) => /^[\p{Lu}\d@]/u.test(w));
  // A caption carries no byline: `… Von Anna Muster.Foto: Keystone` is a lead, as with a spaced credit.
  return credited && !endsWithAuthor(text.slice(0, k + 1), phrases);
}

/**
 * A sentence end (isSentenceEnd) and right after it what a credit may start with (mayStartCredit),
 * where lastSentenceEnd looks: what a glued credit needs. Most paragraphs hold no such pair there,
 * and the engine's own search tells so in half the time of that walk back through the text, whose
 * every character is read through the slice of the dump that the text is.
 */
const SENTENCE_END_BEFORE_CREDIT = /[.!?\u2026\xbb"\u201d)\xab][A-Z0-9@\u0080-\uffff]/g;

function endsNearCreditStart(text: string): boolean {
  SENTENCE_END_BEFORE_CREDIT.lastIndex = Math.max(0, text.length - SENTENCE_END_REACH);
  return SENTENCE_END_BEFORE_CREDIT.test(text);
}

/** What GLUED_CREDIT's credit may start with (`[\p{Lu}\d@]`), told by comparisons for ASCII. */
function mayStartCredit(c: number): boolean {
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x40;
}
