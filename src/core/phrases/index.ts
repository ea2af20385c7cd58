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
  'boilerplateLines',
  'pollEnd',
  'pollAnswers',
  'promoHeadings',
  'bylinePrefixes',
  'publishers',
];

export const SHIPPED: readonly PhraseLists[] = [de, fr, it, en];

/** One phrase list, indexed by first characters, so matching costs a few comparisons per word. */
export class PhraseList {
  private readonly all: ReadonlySet<string>;
  private readonly byFirst = new ByChar<string[]>();
  /**
   * The phrases of two characters or more by their first two, and the others by their first, for a
   * lookup at a place in a line: two lookups tell the few phrases that may start there, where the
   * list of the first character held up to 21 of them, each compared.
   */
  private readonly byFirstTwo = new ByChar<ByChar<string[]>>();
  private readonly shortByFirst = new ByChar<string[]>();
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
  private lastClosers: string | undefined;
  private lastClosed: ClosedPhrases | undefined;

  constructor(phrases: readonly string[]) {
    this.all = new Set(phrases);
    // Longest first, so that "mehr zum thema" wins over "mehr zu".
    const longestFirst = [...this.all].sort((a, b) => b.length - a.length);
    for (const p of longestFirst) {
      this.byFirst.entry(p.charCodeAt(0), () => []).push(p);
      if (p.length >= 2) this.byFirstTwo.entry(p.charCodeAt(0), () => new ByChar()).entry(p.charCodeAt(1), () => []).push(p);
      else this.shortByFirst.entry(p.charCodeAt(0), () => []).push(p);
    }
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

  /** The first `end` characters of `fp` are one of the phrases (asked without cutting them off, a new string). */
  hasStart(fp: string, end: number): boolean {
    return this.isPhrase(fp, end);
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
    for (const p of this.byFirst.get(fp.charCodeAt(0)) ?? NONE) if (p.length === end && fp.startsWith(p)) return true;
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
    for (const p of this.byFirst.get(fp.charCodeAt(0)) ?? NONE) {
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
    for (const p of this.startingAt(fp, index)) if (fp.startsWith(p, index)) return true;
    for (const p of this.shortByFirst.get(fp.charCodeAt(index)) ?? NONE) if (fp.startsWith(p, index)) return true;
    return false;
  }

  /** The phrases of two characters or more that start as `fp` does at `index`, longest first. */
  private startingAt(fp: string, index: number): readonly string[] {
    return this.byFirstTwo.get(fp.charCodeAt(index))?.get(fp.charCodeAt(index + 1)) ?? NONE;
  }

  /**
   * Whether a phrase may end at `end` of `fp` once the characters of `closers` that close it are
   * set aside: what is left of it ends right before `end`. A phrase of closers only may end anywhere.
   */
  mayEndAt(fp: string, end: number, closers: string): boolean {
    const { byLast, closersOnly } = this.withoutClosers(closers);
    if (closersOnly) return true;
    const beforeLast = fp.charCodeAt(end - 2);
    for (const q of byLast.get(fp.charCodeAt(end - 1)) ?? NONE) if (mayEndWith(q, beforeLast) && fp.startsWith(q, end - q.length)) return true;
    return false;
  }

  /**
   * The phrases without the `closers` that close them, by their last character, worked out once per
   * set of closers. The set asked last is answered without a lookup: a rule asks with one set, once per line.
   */
  private withoutClosers(closers: string): ClosedPhrases {
    if (closers === this.lastClosers) return this.lastClosed!;
    let index = this.closed.get(closers);
    if (!index) index = this.indexWithoutClosers(closers);
    this.lastClosers = closers;
    this.lastClosed = index;
    return index;
  }

  private indexWithoutClosers(closers: string): ClosedPhrases {
    const index: ClosedPhrases = { byLast: new ByChar<string[]>(), closersOnly: false };
    // An empty phrase is never found (findAll leaves it out).
    for (const p of this.all) {
      if (p === '') continue;
      let end = p.length;
      while (end > 0 && closers.includes(p[end - 1])) end--;
      if (end === 0) index.closersOnly = true;
      else index.byLast.entry(p.charCodeAt(end - 1), () => []).push(p.slice(0, end));
    }
    this.closed.set(closers, index);
    return index;
  }

  /** The longest phrase at `index` of `fp` as whole words: the phrases of two characters or more come first, all longer than the others. */
  private at(fp: string, index: number): string | undefined {
    for (const p of this.startingAt(fp, index)) if (fp.startsWith(p, index) && endsWord(fp, index, p)) return p;
    for (const p of this.shortByFirst.get(fp.charCodeAt(index)) ?? NONE) if (fp.startsWith(p, index) && endsWord(fp, index, p)) return p;
    return undefined;
  }
}

const NONE: readonly string[] = [];

/** Whether `phrase`, found at `index` of `fp`, stands as whole words there: it does not run on into a word. */
function endsWord(fp: string, index: number, phrase: string): boolean {
  const end = index + phrase.length;
  return end === fp.length || !isWordChar(fp.charCodeAt(end)) || !isWordChar(phrase.charCodeAt(phrase.length - 1));
}

/**
 * Whether a phrase of a last character's list may end as the text does, told by its character
 * before the last: most of the list differ from the text there, each told by one comparison rather
 * than a call of startsWith.
 */
function mayEndWith(phrase: string, beforeLast: number): boolean {
  return phrase.length < 2 || phrase.charCodeAt(phrase.length - 2) === beforeLast;
}

/**
 * Entries by a character code: in an array for ASCII, where most lookups fall, else in a map. A
 * map lookup per word start cost more than the comparisons that follow it.
 */
class ByChar<T> {
  private readonly ascii: (T | undefined)[] = new Array<T | undefined>(128).fill(undefined);
  private readonly other = new Map<number, T>();

  /** The entry of `c`, made by `make` if there is none yet. */
  entry(c: number, make: () => T): T {
    let entry = this.get(c);
    if (entry === undefined) {
      entry = make();
      if (c < 128) this.ascii[c] = entry;
      else this.other.set(c, entry);
    }
    return entry;
  }

  get(c: number): T | undefined {
    return c < 128 ? this.ascii[c] : this.other.get(c);
  }
}

/** A list's phrases without their closing characters, for `mayEndAt`. */
interface ClosedPhrases {
  byLast: ByChar<string[]>;
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
