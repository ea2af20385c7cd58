/**
 * Paragraphs wrapped over lines, as some dumps hold them: a line may end mid-sentence, and the
 * next one, read on its own, look like a credit or a publisher's name (`…berichtete die
 * Nachrichtenagentur` / `Reuters.`). The credit and byline rules ask here before they drop one.
 */
import { endsSentenceAt, nextInParagraph, previousInParagraph, type DumpDocument, type Unit } from './document';

/** The line before stops mid-sentence only if it is long enough to be a sentence; a caption may just lack its stop. */
const MIN_OPEN_WORDS = 6;
/** A line that leads into a name is a clause, not a label (`Foto von`). */
const MIN_LEAD_IN_WORDS = 4;
/** A name that ends a sentence on a line of its own: `Reuters.`, `20 Minuten`, `Tribune de Genève`. */
const MAX_NAME_WORDS = 4;
/** A bare name ending a sentence in mid-paragraph, with nothing but the line's end to tell: a word or two. */
const MAX_BARE_NAME_WORDS = 2;
/** Words a sentence cannot end on: the line before a name that ends on one goes on into it (`…die Redaktionen von` / `20 Minuten`). */
const FUNCTION_WORDS = new Set(
  (
    'von vom der die das den dem des laut gemäss gegenüber mit bei nach und oder für zur zum ' +
    'de du la le les selon par à au aux et di del della dei delle da secondo al alla e ' +
    'at of by from to the and with according'
  ).split(' '),
);
/**
 * Nouns that introduce a source by its name: the line before a name that ends on one goes on into
 * it only when the name closes the sentence (`…berichtete die Nachrichtenagentur` / `Reuters.`),
 * for a caption may end on one too (`…lors d'une conférence de presse` / `AFP`).
 */
const SOURCE_NOUNS = new Set(
  (
    'nachrichtenagentur agentur zeitung zeitschrift magazin sender portal newsportal onlineportal blatt ' +
    'agence quotidien journal chaîne presse agenzia quotidiano giornale emittente testata stampa ' +
    'agency newspaper outlet broadcaster wire service'
  ).split(' '),
);
const LAST_WORD = /[\p{L}\p{N}'’-]+$/u;
const ENDS_OPEN = /[\p{L}\p{N}]$/u;
/** The next line goes on with the sentence: in lower case, or after a comma (`, wie das Unternehmen mitteilte.`). */
const GOES_ON = /^(?:\p{Ll}|[,;] \p{L})/u;
const STARTS_NAME = /^[\p{L}\p{N}]/u;

/**
 * Whether `unit`, a short name, is part of a sentence that runs over lines rather than a line of
 * its own: the next line of the paragraph goes on with it (`Keystone-SDA` / `berichtete zuerst …`,
 * `…citing sources at` / `Reuters` / `and Bloomberg …`), the line before leads into it
 * (`…die Redaktionen von` / `20 Minuten`), or a long line that stops without punctuation comes
 * before a bare name that closes the sentence in mid-paragraph (`…meldete am Montag` / `Reuters.` /
 * `Die Opec …`). A line with a label (`Foto: Keystone.`) or in brackets (`(AFP)`) never is, nor
 * the credit that ends a caption's block.
 */
export function endsWrappedSentence(unit: Unit, doc: DumpDocument): boolean {
  if (unit.words > MAX_NAME_WORDS || !STARTS_NAME.test(unit.text) || unit.text.includes(':')) return false;
  const next = nextInParagraph(unit, doc);
  if (next && GOES_ON.test(next.text)) return true;
  const prev = previousInParagraph(unit, doc);
  // The line before may be long: only its end is tested.
  if (!prev || !ENDS_OPEN.test(prev.text.slice(-2))) return false;
  const lastWord = LAST_WORD.exec(prev.text.slice(-40))?.[0].toLowerCase();
  if (prev.words >= MIN_LEAD_IN_WORDS && lastWord !== undefined) {
    if (FUNCTION_WORDS.has(lastWord) || (SOURCE_NOUNS.has(lastWord) && endsSentenceAt(unit))) return true;
  }
  return next !== undefined && prev.words >= MIN_OPEN_WORDS && unit.words <= MAX_BARE_NAME_WORDS && endsSentenceAt(unit);
}
