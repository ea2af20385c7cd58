/**
 * The normalised form two lines are compared by (CLEANING.md, duplicate-line): tags already
 * stripped and entities decoded by the caller; here Unicode NFKC, quotes unified, whitespace
 * collapsed, case folded.
 */
import { wordCount, WORDS_COUNTED } from './text';

const QUOTES = /["'`´\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033]/g;
/** Runs of white space, and any single white space that is not a plain space. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2,}|[^\S ]|[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export interface Measure {
  fp: string;
  /** Up to WORDS_COUNTED. */
  words: number;
}

/**
 * Text NFKC leaves as it is: printable ASCII, Latin-1 and Latin Extended-A letters (but for the
 * few NFKC spells out: ĳ, ŀ, ŉ, ſ), dashes, quotes, and § © ° • €. Most news text is, so the costly
 * normalisation runs only for the rest. Each class is tested by a sticky regular expression from a
 * given place: one native loop over the characters, about three times faster than a loop over
 * charCodeAt (a dump's lines are slices of one two-byte string) and than an unanchored search for
 * the first character outside the class, which starts the pattern afresh at every position.
 * Keep each class to 16 ranges or fewer: one of 17 took nine times as long (V8 tests so large a
 * class by a call per character).
 */
/** Characters that need no more than case folding, the plain space among them. */
const PLAIN_RUN = /[\x20\x21\x23-\x26\x28-\x5f\x61-\x7e\xa7\xa9\xb0\xc0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2013\u2014\u2022\u20ac]*/y;
/** PLAIN_RUN's characters and the quotes of QUOTES that NFKC leaves as they are. */
const STABLE_RUN = /[\x20-\x7e\xa7\xa9\xab\xb0\xbb\xc0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2013\u2014\u2018-\u201f\u2022\u20ac]*/y;
/** Two spaces or more. (Named here: written in place, a pattern is a new object at every call.) */
const SPACE_RUNS = / {2,}/g;
/** The quotes STABLE_RUN lets through. */
const STABLE_QUOTES = /["'`\u2018-\u201f\u00ab\u00bb]/g;
/**
 * The quote a fingerprint has for each of them, given by a function: V8 then writes the result out
 * in one piece. Given as a string, the result is a chain of pieces (one per quote) holding on to
 * the whole of the text before, all kept with the unit until a rule first reads the fingerprint.
 */
const toQuote = (): string => '"';

/**
 * STABLE_RUN's characters, the ellipsis and the no-break space, which NFKC turns into three points
 * and a space and that is all: news text that is not STABLE_RUN's mostly is this. Its 16 ranges
 * are the most a class may have (see above).
 */
const NEARLY_STABLE_RUN = /[\x20-\x7e\xa0\xa7\xa9\xab\xb0\xbb\xc0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2013\u2014\u2018-\u201f\u2022\u2026\u20ac]*/y;
/** What a fingerprint of NEARLY_STABLE_RUN's text spells otherwise: quotes, the no-break space, the ellipsis. */
const NEARLY_STABLE_SPECIALS = /["'`\u2018-\u201f\u00ab\u00bb\u00a0\u2026]/g;
const spelledOut = (c: string): string => (c === '\u2026' ? '...' : c === '\u00a0' ? ' ' : '"');

/** A unit's fingerprint and word count. */
export function measure(text: string): Measure {
  const stable = measureStable(text);
  if (stable !== undefined) return stable;
  // From where STABLE_RUN stopped (measureStable leaves it there).
  NEARLY_STABLE_RUN.lastIndex = STABLE_RUN.lastIndex;
  NEARLY_STABLE_RUN.test(text);
  if (NEARLY_STABLE_RUN.lastIndex === text.length) return measureNearlyStable(text);
  const normal = text.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(QUOTES, '"');
  return { fp: normal.trim().toLowerCase(), words: wordCount(text) };
}

/** `measure` for text NFKC leaves as it is (STABLE_RUN); undefined for other text. */
function measureStable(text: string): Measure | undefined {
  const length = text.length;
  // Most paragraphs of news text need case folding only, most of the rest quotes replaced too;
  // the second class is tested from where the first stopped, so no character is looked at twice.
  PLAIN_RUN.lastIndex = 0;
  PLAIN_RUN.test(text);
  const quotes = PLAIN_RUN.lastIndex < length;
  if (quotes) {
    STABLE_RUN.lastIndex = PLAIN_RUN.lastIndex;
    STABLE_RUN.test(text);
    if (STABLE_RUN.lastIndex < length) return undefined;
  }
  // The only white space is plain spaces. Words are the runs between spaces, found with the
  // engine's own search (a test per character is slower); an empty run after the start is two
  // spaces in a row, which the fingerprint collapses, so the count also tells whether to.
  // The search is called through String.prototype: the texts of a dump of Latin-1 text are strings
  // of other kinds than those of a dump with „“ or €, and once a call site has seen more than four
  // kinds, `text.indexOf` looks the method up the slow way on every call (over the bench corpus,
  // half of its dumps Latin-1, 1% of the instructions of cleanArticle). Written out in full, not
  // kept in a constant, so that the compiler knows which function it calls and calls it directly.
  let words = 0;
  let doubled = false;
  let start = 0;
  while (start < length) {
    const space = String.prototype.indexOf.call(text, ' ', start);
    const end = space < 0 ? length : space;
    if (end > start) {
      if (++words === WORDS_COUNTED) break;
    } else if (start > 0) {
      doubled = true;
    }
    start = end + 1;
  }
  // Counting stopped at the start of a word: the rest still may hold two spaces.
  if (!doubled && start < length) doubled = text.includes('  ', start - 1);
  let fp = doubled ? text.replace(SPACE_RUNS, ' ') : text;
  // A unit's text is trimmed already; trimming a string copies it.
  if (fp.charCodeAt(0) === 32 || fp.charCodeAt(fp.length - 1) === 32) fp = fp.trim();
  // (Folding case first, then replacing the quotes, took a sixth less time than the other way round.)
  fp = fp.toLowerCase();
  return { fp: quotes ? fp.replace(STABLE_QUOTES, toQuote) : fp, words };
}

/**
 * `measure` for NEARLY_STABLE_RUN's text: as for stable text, with its ellipses and no-break
 * spaces spelled out as NFKC spells them, and no normalisation run. (Normalised, such a paragraph
 * took eight passes over its text and as many copies: the bench's 10 MB dump has 400 of them, under
 * 1% of its paragraphs, and reading it takes 5 to 8% less this way.)
 */
function measureNearlyStable(text: string): Measure {
  let fp = text.toLowerCase().replace(NEARLY_STABLE_SPECIALS, spelledOut);
  if (fp.includes('  ')) fp = fp.replace(SPACE_RUNS, ' ');
  if (fp.charCodeAt(0) === 32 || fp.charCodeAt(fp.length - 1) === 32) fp = fp.trim();
  return { fp, words: wordCount(text) };
}

export function fingerprint(text: string): string {
  return measure(text).fp;
}

/** A fingerprint without the punctuation and spaces that may close it ("Anzeige:", "Werbung."). */
export function bare(fp: string): string {
  const end = bareEnd(fp);
  return end === fp.length ? fp : fp.slice(0, end);
}

/** Where `bare(fp)` ends: told by code, not by character, which on a two-byte string is a new string each. */
export function bareEnd(fp: string): number {
  let end = fp.length;
  while (end > 0 && isClosing(fp.charCodeAt(end - 1))) end--;
  return end;
}

/** A space, ':', '.', '!' or '…'. */
function isClosing(c: number): boolean {
  return c === 32 || c === 58 || c === 46 || c === 33 || c === 0x2026;
}
