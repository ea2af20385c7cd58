/**
 * The normalised form two lines are compared by (CLEANING.md, duplicate-line): tags already
 * stripped and entities decoded by the caller; here Unicode NFKC, quotes unified, whitespace
 * collapsed, case folded.
 */
const QUOTES = /["'`´\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033]/g;
/** The same class, to test for: most lines quote nobody, and a test copies nothing. */
const QUOTE = new RegExp(QUOTES.source);
/** Runs of white space, and any single white space that is not a plain space. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2,}|[^\S ]|[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/**
 * Text NFKC leaves as it is: printable ASCII, Latin-1 letters, dashes, quotes, the euro sign.
 * Most news text is, so the costly normalisation runs only for the rest.
 */
const NFKC_STABLE = /^[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2013\u2014\u2018-\u201f\u00ab\u00bb\u20ac]*$/;

export function fingerprint(text: string): string {
  let normal: string;
  if (NFKC_STABLE.test(text)) {
    // Its only white space is plain spaces.
    normal = text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  } else {
    normal = text.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ');
  }
  if (QUOTE.test(normal)) normal = normal.replace(QUOTES, '"');
  return normal.trim().toLowerCase();
}

/** A fingerprint without the punctuation and spaces that may close it ("Anzeige:", "Werbung."). */
export function bare(fp: string): string {
  let end = fp.length;
  while (end > 0 && ' :.!…'.includes(fp[end - 1])) end--;
  return end === fp.length ? fp : fp.slice(0, end);
}

