/**
 * Image blocks: the few lines of a caption, standing with a photo credit. The caption and
 * duplicate-line rules both ask, so that they agree on which lines are captions.
 */
import type { DumpDocument, Unit } from '../document';
import type { CompiledPhrases } from '../phrases';
import { bylineReason } from './byline';
import { creditAt, creditReason, isSourceTag } from './credit';

/** An image block: a caption of a few lines with its credit. */
export const MAX_IMAGE_BLOCK_LINES = 6;
/** A line longer than this is a paragraph, even in an image block. */
export const MAX_CAPTION_WORDS = 60;
/** A paragraph this long above the agency at the end of a story is the story's, not a caption. */
const MIN_SIGNED_OFF_WORDS = 12;
const ENDS_SENTENCE = /[.!?…]$/;

/**
 * Whether `block` (units with no blank line between them) is an image block: a few lines that
 * stand with a photo credit. A source tag (`(AFP)`) ends a story and makes no image block, nor
 * does the agency under a story's last paragraph (`… ins Spital gebracht.` / `ATS/ANSA`).
 */
export function standsWithCredit(block: readonly Unit[], doc: DumpDocument, phrases: CompiledPhrases): boolean {
  if (block.length > MAX_IMAGE_BLOCK_LINES) return false;
  return block.some((u) => !isSourceTag(u.text) && creditAt(u, doc, phrases) !== undefined && !signsOff(u, block, doc));
}

/** Whether a line of an image block is its caption (dropped with it): not its credit or byline, and no paragraph. */
export function isCaptionLine(unit: Unit, phrases: CompiledPhrases): boolean {
  return unit.words <= MAX_CAPTION_WORDS && !creditReason(unit, phrases) && !bylineReason(unit, phrases);
}

/** The last line of the dump, right under a long paragraph that ends a sentence: the story's agency. */
function signsOff(credit: Unit, block: readonly Unit[], doc: DumpDocument): boolean {
  const [paragraph, last] = block;
  return (
    block.length === 2 && last === credit && credit === doc.units[doc.units.length - 1] &&
    paragraph.words >= MIN_SIGNED_OFF_WORDS && ENDS_SENTENCE.test(paragraph.text.slice(-1))
  );
}
