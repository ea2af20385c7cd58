/**
 * The normalised form two lines are compared by (CLEANING.md, duplicate-line): tags already
 * stripped and entities decoded by the caller; here Unicode NFKC, quotes unified, whitespace
 * collapsed, case folded.
 */
import { wordCount } from './text';

const QUOTES = /["'`´\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033]/g;
/** Runs of white space, and any single white space that is not a plain space. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2,}|[^\S ]|[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export interface Measure {
  fp: string;
  words: number;
}

/**
 * A unit's fingerprint and word count. Most news text is NFKC-stable (printable ASCII, Latin-1
 * letters, dashes, quotes, the euro sign) with plain spaces only: one pass over its characters
 * tells what it needs, and the costly normalisation runs only for the rest.
 */
export function measure(text: string): Measure {
  let words = 0;
  let space = true;
  let doubleSpace = false;
  let quote = false;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      doubleSpace ||= space && i > 0;
      space = true;
      continue;
    }
    if (space) words++;
    space = false;
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 34 || c === 39 || c === 96 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f)) quote = true;
    else if (c >= 0xc0 && c <= 0xff) {
      if (c === 0xd7 || c === 0xf7) return measureUnstable(text);
      if (c <= 0xde) upper = true;
    } else if (c < 0x20 || (c > 0x7e && c !== 0x2013 && c !== 0x2014 && c !== 0x20ac && !(c >= 0x2018 && c <= 0x201f))) {
      return measureUnstable(text);
    }
  }
  let fp = doubleSpace ? text.replace(/ {2,}/g, ' ') : text;
  if (quote) fp = fp.replace(QUOTES, '"');
  if (text.charCodeAt(0) === 32 || space) fp = fp.trim();
  return { fp: upper ? fp.toLowerCase() : fp, words };
}

function measureUnstable(text: string): Measure {
  let normal = text.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(QUOTES, '"');
  normal = normal.trim().toLowerCase();
  return { fp: normal, words: wordCount(text) };
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
