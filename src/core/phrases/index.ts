/**
 * The shipped phrase lists (German, French, Italian, English), merged with a workspace's own.
 * Matching is on the line's fingerprint (NFKC, quotes unified, case folded), so the lists are
 * written in lower case and a user's additions are normalised the same way.
 */
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import it from './it.json';
import { bareEnd, fingerprint } from '../fingerprint';
import type { PhraseLists } from '../types';

const KEYS: (keyof PhraseLists)[] = [
  'credits',
  'creditPrefixes',
  'readMore',
  'teaserHeadings',
  'boilerplate',
  'pollEnd',
  'pollAnswers',
  'promoHeadings',
  'bylinePrefixes',
  'publishers',
];

export const SHIPPED: readonly PhraseLists[] = [de, fr, it, en];

/** One phrase list, indexed by first character, so matching costs a few comparisons per word. */
export class PhraseList {
  private readonly all: ReadonlySet<string>;
  private readonly byFirst = new ByChar();
  /** Length of the longest phrase, to bound where one is looked for. */
  readonly longest: number;
  /**
   * Every phrase as whole words, longest first, for `findAll`: the engine's own search skips through
   * a line about twice as fast as a lookup at each word start (most of the teaser rule's time).
   */
  private readonly anywhere: RegExp | undefined;
  /**
   * Where a phrase can stand at all: the longest word of each phrase, anywhere. Most lines hold
   * none, and this search, free of look-arounds, runs several times faster than `anywhere`.
   */
  private readonly candidates: RegExp | undefined;
  private readonly closed = new Map<string, ClosedPhrases>();

  constructor(phrases: readonly string[]) {
    this.all = new Set(phrases);
    // Longest first, so that "mehr zum thema" wins over "mehr zu".
    const longestFirst = [...this.all].sort((a, b) => b.length - a.length);
    for (const p of longestFirst) this.byFirst.add(p.charCodeAt(0), p);
    this.longest = Math.max(0, ...[...this.all].map((p) => p.length));
    const alternatives = longestFirst.filter((p) => p.length > 0).map(asWholeWords);
    this.anywhere = alternatives.length ? new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})`, 'g') : undefined;
    const longestWords = new Set(longestFirst.filter((p) => p.length > 0).map(longestWord));
    this.candidates = longestWords.size ? new RegExp([...longestWords].map(escape).join('|')) : undefined;
  }

  /** The whole fingerprint is one of the phrases. */
  has(fp: string): boolean {
    return this.isPhrase(fp, fp.length);
  }

  /** `bare(fp)` is one of the phrases. */
  hasBare(fp: string): boolean {
    return this.isPhrase(fp, bareEnd(fp));
  }

  /**
   * Whether the first `end` characters of `fp` are a phrase: compared with the phrases of its first
   * character, by length first. A set lookup hashed every new string it was asked about (most of
   * the lookups), and cutting `fp` to `end` would be a new string too.
   */
  private isPhrase(fp: string, end: number): boolean {
    if (end > this.longest) return false;
    if (end === 0) return this.all.has('');
    for (const p of this.byFirst.get(fp.charCodeAt(0))) if (p.length === end && fp.startsWith(p)) return true;
    return false;
  }

  /**
   * Whether the first `end` characters of `fp` and then `last` (`foto` and `:`) are a phrase,
   * asked without joining them: most lines ask it of their first word, a new string each.
   */
  hasJoined(fp: string, end: number, last: string): boolean {
    const length = end + last.length;
    if (length > this.longest) return false;
    if (end === 0) return this.has(last);
    for (const p of this.byFirst.get(fp.charCodeAt(0))) {
      if (p.length !== length || !p.endsWith(last)) continue;
      let i = 1;
      while (i < end && fp.charCodeAt(i) === p.charCodeAt(i)) i++;
      if (i === end) return true;
    }
    return false;
  }

  /** The phrase `fp` starts with, as whole words. */
  startOf(fp: string): string | undefined {
    return this.at(fp, 0);
  }

  /** Every phrase that stands in `fp` as whole words, left to right, each with its position. */
  findAll(fp: string): readonly PhraseMatch[] {
    if (!this.anywhere || !this.candidates!.test(fp)) return NO_MATCHES;
    const found: PhraseMatch[] = [];
    this.anywhere.lastIndex = 0;
    for (let m = this.anywhere.exec(fp); m; m = this.anywhere.exec(fp)) found.push({ phrase: m[0], index: m.index });
    return found;
  }

  /** Whether `fp` holds a phrase at `index`, as a string (a quick test of where a whole-word phrase may stand). */
  startsAt(fp: string, index: number): boolean {
    for (const p of this.byFirst.get(fp.charCodeAt(index))) if (fp.startsWith(p, index)) return true;
    return false;
  }

  /**
   * Whether a phrase may end at `end` of `fp` once the characters of `closers` that close it are
   * set aside: what is left of it ends right before `end`. A phrase of closers only may end anywhere.
   */
  mayEndAt(fp: string, end: number, closers: string): boolean {
    const { byLast, closersOnly } = this.withoutClosers(closers);
    if (closersOnly) return true;
    for (const q of byLast.get(fp.charCodeAt(end - 1))) if (fp.startsWith(q, end - q.length)) return true;
    return false;
  }

  /** The phrases without the `closers` that close them, by their last character, worked out once per set of closers. */
  private withoutClosers(closers: string): ClosedPhrases {
    let index = this.closed.get(closers);
    if (index) return index;
    index = { byLast: new ByChar(), closersOnly: false };
    // An empty phrase is never found (findAll leaves it out).
    for (const p of this.all) {
      if (p === '') continue;
      let end = p.length;
      while (end > 0 && closers.includes(p[end - 1])) end--;
      if (end === 0) index.closersOnly = true;
      else index.byLast.add(p.charCodeAt(end - 1), p.slice(0, end));
    }
    this.closed.set(closers, index);
    return index;
  }

  private at(fp: string, index: number): string | undefined {
    for (const p of this.byFirst.get(fp.charCodeAt(index))) {
      const end = index + p.length;
      if (fp.startsWith(p, index) && (end === fp.length || !isWordChar(fp.charCodeAt(end)) || !isWordChar(p.charCodeAt(p.length - 1)))) {
        return p;
      }
    }
    return undefined;
  }
}

const NONE: readonly string[] = [];

/**
 * Phrases by a character code: in an array for ASCII, where most lookups fall, else in a map. A
 * map lookup per word start cost more than the comparisons that follow it.
 */
class ByChar {
  private readonly ascii: (string[] | undefined)[] = new Array<string[] | undefined>(128).fill(undefined);
  private readonly other = new Map<number, string[]>();

  add(c: number, phrase: string): void {
    let list = c < 128 ? this.ascii[c] : this.other.get(c);
    if (!list) {
      list = [];
      if (c < 128) this.ascii[c] = list;
      else this.other.set(c, list);
    }
    list.push(phrase);
  }

  get(c: number): readonly string[] {
    return (c < 128 ? this.ascii[c] : this.other.get(c)) ?? NONE;
  }
}

/** A list's phrases without their closing characters, for `mayEndAt`. */
interface ClosedPhrases {
  byLast: ByChar;
  /** Some phrase is closers only. */
  closersOnly: boolean;
}

const NO_MATCHES: readonly PhraseMatch[] = [];

export interface PhraseMatch {
  phrase: string;
  index: number;
}

export type CompiledPhrases = { readonly [K in keyof PhraseLists]: PhraseList };

export function compilePhrases(extra?: Partial<PhraseLists>): CompiledPhrases {
  const compiled = {} as { [K in keyof PhraseLists]: PhraseList };
  for (const key of KEYS) {
    const all: string[] = [];
    for (const lists of SHIPPED) for (const p of lists[key]) all.push(fingerprint(p));
    for (const p of extra?.[key] ?? []) if (typeof p === 'string' && p.trim()) all.push(fingerprint(p));
    compiled[key] = new PhraseList(all);
  }
  return compiled;
}

/** What isWordChar accepts, as a character class of UTF-16 code units. */
const WORD_CHAR = '[0-9A-Za-z\\u0080-\\uffff]';

/** A phrase as `at` matches it: a phrase ending in a word character may not run on into a word. */
function asWholeWords(phrase: string): string {
  const escaped = escape(phrase);
  return isWordChar(phrase.charCodeAt(phrase.length - 1)) ? `${escaped}(?!${WORD_CHAR})` : escaped;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function longestWord(phrase: string): string {
  return phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}
