/**
 * Paragraphs wrapped over lines, as some dumps hold them: a line may end mid-sentence, and the
 * next one, read on its own, look like a credit or a publisher's name (`…berichtete die
 * Nachrichtenagentur` / `Reuters.`). The credit and byline rules ask here before they drop one.
 */
import { previousInParagraph, type DumpDocument, type Unit } from './document';
import { endsSentence } from './text';

/** The line before stops mid-sentence only if it is long enough to be a sentence; a caption may just lack its stop. */
const MIN_OPEN_WORDS = 6;
/** What may end a wrapped sentence on a line of its own: a name (`Reuters.`, `Associated Press`). */
const MAX_NAME_WORDS = 2;
const ENDS_OPEN = /[\p{L}\p{N}]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_LETTER = /^\p{L}/u;

/**
 * Whether `unit`, a name of a word or two in the middle of a paragraph, goes on with the sentence
 * of the line before, a long one that stops mid-sentence: the name closes the sentence
 * (`…die Nachrichtenagentur` / `Reuters.` / `Die Opec …`) or the next line goes on in lower case
 * (`…citing sources at` / `Reuters` / `and Bloomberg …`). A line with a label or in brackets (`Foto: Keystone.`, `(AFP)`) is never
 * part of a sentence, nor is an author line (`Von Anna Muster, Moskau.`).
 */
export function endsWrappedSentence(unit: Unit, doc: DumpDocument): boolean {
  if (unit.words > MAX_NAME_WORDS || !STARTS_LETTER.test(unit.text) || unit.text.includes(':')) return false;
  const prev = previousInParagraph(unit, doc);
  // The line before may be long: only its end is tested.
  if (!prev || prev.words < MIN_OPEN_WORDS || !ENDS_OPEN.test(prev.text.slice(-2))) return false;
  // The paragraph goes on after the name: a caption's credit ends its block.
  const next = doc.units[unit.index + 1];
  if (next === undefined || previousInParagraph(next, doc) !== unit) return false;
  return endsSentence(unit.text) || STARTS_LOWER.test(next.text);
}
