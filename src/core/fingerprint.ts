/**
 * The normalised form two lines are compared by (CLEANING.md, duplicate-line): tags already
 * stripped and entities decoded by the caller; here Unicode NFKC, quotes unified, whitespace
 * collapsed, case folded.
 */
import { wordCount, wordCountBySpace, WORDS_COUNTED } from './text';

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
 * Text NFKC leaves as it is: printable ASCII, Latin-1 letters, dashes, quotes, the euro sign.
 * Most news text is, so the costly normalisation runs only for the rest. (Tests by the engine's
 * regular expressions: each is a native pass, several times faster than a loop over the characters.)
 */
const NFKC_STABLE = /^[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2013\u2014\u2018-\u201f\u00ab\u00bb\u20ac]*$/;
/** The quotes of QUOTES that are NFKC-stable: all of them that NFKC-stable text can hold. */
const STABLE_QUOTES = /["'`\u2018-\u201f\u00ab\u00bb]/g;
/** The first thing that needs more than case folding: a quote, two spaces, a character NFKC may change. */
const NOT_PLAIN = /[^\x20-\x21\x23-\x26\x28-\x5f\x61-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2013\u2014\u20ac]| {2}/;

/** A unit's fingerprint and word count. */
export function measure(text: string): Measure {
  // Most paragraphs of news text need case folding only: one pass tells.
  if (!NOT_PLAIN.test(text)) {
    const fp = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 ? text.trim() : text;
    return { fp: fp.toLowerCase(), words: wordCountBySpace(text, WORDS_COUNTED) };
  }
  if (!NFKC_STABLE.test(text)) {
    const normal = text.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(QUOTES, '"');
    return { fp: normal.trim().toLowerCase(), words: wordCount(text) };
  }
  // Its only white space is plain spaces, and its only quotes are in STABLE_QUOTES. (Folding case
  // first, then replacing that shorter class, took a third less time than the other way round.)
  let fp = text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  // A unit's text is trimmed already; trimming a string copies it.
  if (fp.charCodeAt(0) === 32 || fp.charCodeAt(fp.length - 1) === 32) fp = fp.trim();
  return { fp: fp.toLowerCase().replace(STABLE_QUOTES, '"'), words: wordCountBySpace(text, WORDS_COUNTED) };
}

export function fingerprint(text: string): string {
  return measure(text).fp;
}

/** A fingerprint without the punctuation and spaces that may close it ("Anzeige:", "Werbung."). */
export function bare(fp: string): string {
  let end = fp.length;
  while (end > 0 && ' :.!…'.includes(fp[end - 1])) end--;
  return end === fp.length ? fp : fp.slice(0, end);
}
