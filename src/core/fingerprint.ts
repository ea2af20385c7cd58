/**
 * The normalised form two lines are compared by (CLEANING.md, duplicate-line): tags already
 * stripped and entities decoded by the caller; here Unicode NFKC, quotes unified, whitespace
 * collapsed, case folded.
 */
const QUOTES = /["'`´\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033]/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function fingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, '"')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/** A fixed-size key for a fingerprint (FNV-1a, 52 bits), for indexes that must stay small. */
export function fingerprintHash(fp: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < fp.length; i++) {
    const c = fp.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + (h2 & 0xfffff).toString(16).padStart(5, '0'));
}
