/**
 * The shipped phrase lists (German, French, Italian, English), merged with a workspace's own.
 * Matching is on the line's fingerprint (NFKC, quotes unified, case folded), so the lists are
 * written in lower case and a user's additions are normalised the same way.
 */
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import it from './it.json';
import { fingerprint } from '../fingerprint';
import type { PhraseLists } from '../types';

const KEYS: (keyof PhraseLists)[] = [
  'credits',
  'creditPrefixes',
  'readMore',
  'teaserHeadings',
  'boilerplate',
  'pollEnd',
  'promoHeadings',
  'bylinePrefixes',
  'publishers',
];

export const SHIPPED: readonly PhraseLists[] = [de, fr, it, en];

export type CompiledPhrases = { [K in keyof PhraseLists]: readonly string[] } & {
  /** Whole-line lookups. */
  creditSet: ReadonlySet<string>;
  boilerplateSet: ReadonlySet<string>;
  publisherSet: ReadonlySet<string>;
  pollEndSet: ReadonlySet<string>;
  teaserHeadingSet: ReadonlySet<string>;
  /** Length of the longest read-more marker, to bound where one is looked for. */
  longestReadMore: number;
};

export function compilePhrases(extra?: Partial<PhraseLists>): CompiledPhrases {
  const merged = {} as { [K in keyof PhraseLists]: string[] };
  for (const key of KEYS) {
    const all = new Set<string>();
    for (const lists of SHIPPED) for (const p of lists[key]) all.add(fingerprint(p));
    for (const p of extra?.[key] ?? []) if (typeof p === 'string' && p.trim()) all.add(fingerprint(p));
    // Longest first, so that "mehr zum thema" wins over "mehr zu".
    merged[key] = [...all].sort((a, b) => b.length - a.length);
  }
  return {
    ...merged,
    creditSet: new Set(merged.credits),
    boilerplateSet: new Set(merged.boilerplate),
    publisherSet: new Set(merged.publishers),
    pollEndSet: new Set(merged.pollEnd),
    teaserHeadingSet: new Set(merged.teaserHeadings),
    longestReadMore: merged.readMore[0]?.length ?? 0,
  };
}

/** The first phrase that `fp` starts with as whole words, if any. */
export function startsWithPhrase(fp: string, phrases: readonly string[]): string | undefined {
  for (const p of phrases) {
    if (fp.startsWith(p) && (fp.length === p.length || !isWordChar(fp.charCodeAt(p.length)) || !isWordChar(p.charCodeAt(p.length - 1)))) {
      return p;
    }
  }
  return undefined;
}

/** The first phrase that occurs in `fp` as whole words, with its position. */
export function findPhrase(fp: string, phrases: readonly string[]): { phrase: string; index: number } | undefined {
  for (const p of phrases) {
    let from = 0;
    for (;;) {
      const index = fp.indexOf(p, from);
      if (index < 0) break;
      const before = index === 0 || !isWordChar(fp.charCodeAt(index - 1));
      const after = index + p.length === fp.length || !isWordChar(fp.charCodeAt(index + p.length));
      if (before && after) return { phrase: p, index };
      from = index + 1;
    }
  }
  return undefined;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}
