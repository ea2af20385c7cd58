/**
 * The corpus index behind `corpus-boilerplate`: for each line fingerprint, in how many files of a
 * corpus it occurs (CCNet-style line counting). Pure: no fs, no editor; bytes in, bytes out.
 *
 * What is counted: the engine's units (`parseDump`: a plain line, or one paragraph of a line of
 * tag soup) with at least three words, the ones the rule looks at, each distinct fingerprint once
 * per file. A JSONL record counts as a file.
 *
 * Memory stays bounded whatever the lines hold: a line is kept as a fixed 64-bit key
 * (`fingerprintKey`, two 32-bit MurmurHash3 lanes over the fingerprint's UTF-16 code units) and a
 * 32-bit count (saturating) in one open-addressing table over a Uint32Array (linear probing,
 * power-of-two capacity, at most 3/4 full): 12 bytes per slot, so 16 to 32 bytes per distinct line
 * depending on how full the table is. Two different lines share a key with probability about
 * n²/2^65 (one pair in 37 for a billion distinct lines).
 *
 * File format (version 1), all integers little-endian, 24 + 12·n bytes, deterministic (the same
 * counts give the same bytes, so merges are reproducible):
 *
 *   offset  size  field
 *   0       4     magic "DCIX"
 *   4       2     format version (1)
 *   6       2     key function (1: fingerprintKey below, over units of ≥ 3 words)
 *   8       8     number of files counted (u64)
 *   16      8     n, number of distinct keys (u64)
 *   24      8·n   keys (u64, hi·2^32 + lo), strictly ascending
 *   24+8n   4·n   counts (u32, ≥ 1), in the order of the keys
 *
 * Merging indexes sums the counts (and the files), which is how a corpus split over many
 * machines is counted: one pass per part, then one merge.
 */
import { stripBom } from './analyze';
import { parseDump } from './document';

/** Units shorter than this are not counted (and the rule does not look them up). */
export const INDEX_MIN_WORDS = 3;
export const INDEX_FORMAT_VERSION = 1;
export const INDEX_KEY_FUNCTION = 1;
export const INDEX_HEADER_BYTES = 24;
const MAGIC = [0x44, 0x43, 0x49, 0x58]; // "DCIX"
const MAX_COUNT = 0xffffffff;
const STRIDE = 3; // hi, lo, count
const MIN_CAPACITY = 1024;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A file that is not a version-1 index, or a damaged one. */
export class IndexFormatError extends Error {}

/**
 * The 64-bit key of a fingerprint, written as two unsigned 32-bit words (hi, lo) into `out` at
 * `at`. MurmurHash3 (x86, 32-bit) run twice with two seeds over the code units, two per block.
 */
export function fingerprintKey(fp: string, out: Uint32Array, at = 0): void {
  let h1 = 0x9747b28c;
  let h2 = 0x5bd1e995;
  const n = fp.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    let k = fp.charCodeAt(i) | (fp.charCodeAt(i + 1) << 16);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 ^= k;
    h2 = (h2 << 13) | (h2 >>> 19);
    h2 = (Math.imul(h2, 5) + 0xe6546b64) | 0;
  }
  if (i < n) {
    let k = fp.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h1 ^= k;
    h2 ^= k;
  }
  out[at] = fmix(h2 ^ (n * 2)) >>> 0;
  out[at + 1] = fmix(h1 ^ (n * 2)) >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/**
 * The keys of the lines a dump contributes to the index: its units of at least three words,
 * each distinct fingerprint once, as (hi, lo) pairs in order of first occurrence.
 */
export function dumpKeys(text: string): Uint32Array {
  const seen = new Set<string>();
  for (const unit of parseDump(stripBom(text), false).units) {
    if (unit.words >= INDEX_MIN_WORDS) seen.add(unit.fp);
  }
  const keys = new Uint32Array(seen.size * 2);
  let at = 0;
  for (const fp of seen) {
    fingerprintKey(fp, keys, at);
    at += 2;
  }
  return keys;
}

const scratch = new Uint32Array(2);

export class CorpusIndex {
  /** How many files (dumps, records) were counted into this index. */
  files = 0;
  private table: Uint32Array;
  private mask: number;
  private used = 0;

  constructor(capacity = MIN_CAPACITY) {
    let cap = MIN_CAPACITY;
    while (cap < capacity) cap *= 2;
    this.table = new Uint32Array(cap * STRIDE);
    this.mask = cap - 1;
  }

  /** Distinct keys held. */
  get size(): number {
    return this.used;
  }

  /** Bytes the table takes (the index's memory, all of it fixed-size). */
  get byteLength(): number {
    return this.table.byteLength;
  }

  /** In how many files the line with this fingerprint occurs (0 if none). */
  countOf(fp: string): number {
    fingerprintKey(fp, scratch);
    return this.countOfKey(scratch[0], scratch[1]);
  }

  countOfKey(hi: number, lo: number): number {
    const t = this.table;
    for (let slot = lo & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const count = t[at + 2];
      if (count === 0) return 0;
      if (t[at + 1] === lo && t[at] === hi) return count;
    }
  }

  /** The `corpusBoilerplate` option of the engine: fingerprint to file count. */
  lookup(): (fp: string) => number {
    return (fp) => this.countOf(fp);
  }

  /** Adds `n` (default 1) to a key's count, saturating at 2^32 - 1. */
  addKey(hi: number, lo: number, n = 1): void {
    if (n <= 0) return;
    if ((this.used + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const t = this.table;
    for (let slot = lo & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const count = t[at + 2];
      if (count === 0) {
        t[at] = hi;
        t[at + 1] = lo;
        t[at + 2] = Math.min(n, MAX_COUNT);
        this.used++;
        return;
      }
      if (t[at + 1] === lo && t[at] === hi) {
        t[at + 2] = Math.min(count + n, MAX_COUNT);
        return;
      }
    }
  }

  /** Takes `n` off a key's count; a count that reaches 0 removes the key. */
  subtractKey(hi: number, lo: number, n = 1): void {
    const t = this.table;
    const mask = this.mask;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const count = t[at + 2];
      if (count === 0) return;
      if (t[at + 1] !== lo || t[at] !== hi) continue;
      if (count > n) {
        t[at + 2] = count - n;
        return;
      }
      // Backward-shift deletion: later keys of the probe run move up, so no tombstones are needed.
      let hole = slot;
      for (let next = (hole + 1) & mask; ; next = (next + 1) & mask) {
        const nat = next * STRIDE;
        if (t[nat + 2] === 0) break;
        const home = t[nat + 1] & mask;
        const movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
        if (movable) {
          const hat = hole * STRIDE;
          t[hat] = t[nat];
          t[hat + 1] = t[nat + 1];
          t[hat + 2] = t[nat + 2];
          hole = next;
        }
      }
      t[hole * STRIDE + 2] = 0;
      this.used--;
      return;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.used = 0;
    for (let at = 0; at < old.length; at += STRIDE) if (old[at + 2] !== 0) this.addKey(old[at], old[at + 1], old[at + 2]);
  }

  /** Counts one file: `keys` are its distinct line keys as (hi, lo) pairs (`dumpKeys`). */
  addFile(keys: Uint32Array): void {
    for (let i = 0; i + 1 < keys.length; i += 2) this.addKey(keys[i], keys[i + 1]);
    this.files++;
  }

  /** Takes a file counted earlier back out (the editor, when a file changes or goes). */
  removeFile(keys: Uint32Array): void {
    for (let i = 0; i + 1 < keys.length; i += 2) this.subtractKey(keys[i], keys[i + 1]);
    if (this.files > 0) this.files--;
  }

  /** Counts a dump's text as one file. */
  addDump(text: string): void {
    this.addFile(dumpKeys(text));
  }

  /** Sums another index into this one. */
  merge(other: CorpusIndex): void {
    const t = other.table;
    for (let at = 0; at < t.length; at += STRIDE) if (t[at + 2] !== 0) this.addKey(t[at], t[at + 1], t[at + 2]);
    this.files += other.files;
  }

  /**
   * Sums a serialized index into this one, keeping only keys counted at least `minCount` times
   * there. A damaged index is refused whole (IndexFormatError) before anything is added.
   */
  mergeSerialized(bytes: Uint8Array, minCount = 1): void {
    const { files, n, view } = readHeader(bytes);
    const countsAt = INDEX_HEADER_BYTES + 8 * n;
    let prevHi = -1;
    let prevLo = -1;
    for (let i = 0; i < n; i++) {
      const lo = view.getUint32(INDEX_HEADER_BYTES + 8 * i, true);
      const hi = view.getUint32(INDEX_HEADER_BYTES + 8 * i + 4, true);
      if (hi < prevHi || (hi === prevHi && lo <= prevLo)) throw new IndexFormatError(`damaged: keys out of order at entry ${i + 1}`);
      if (view.getUint32(countsAt + 4 * i, true) === 0) throw new IndexFormatError(`damaged: a zero count at entry ${i + 1}`);
      prevHi = hi;
      prevLo = lo;
    }
    for (let i = 0; i < n; i++) {
      const count = view.getUint32(countsAt + 4 * i, true);
      if (count >= minCount) this.addKey(view.getUint32(INDEX_HEADER_BYTES + 8 * i + 4, true), view.getUint32(INDEX_HEADER_BYTES + 8 * i, true), count);
    }
    this.files += files;
  }

  /** The index in the version-1 file format (see the top of this file). */
  serialize(): Uint8Array {
    const n = this.used;
    const t = this.table;
    // Keys as u64 in the host's byte order, so the typed array's own numeric sort orders them.
    const sorted = new ArrayBuffer(8 * n);
    const words = new Uint32Array(sorted);
    const [loWord, hiWord] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
    let e = 0;
    for (let at = 0; at < t.length; at += STRIDE) {
      if (t[at + 2] === 0) continue;
      words[2 * e + hiWord] = t[at];
      words[2 * e + loWord] = t[at + 1];
      e++;
    }
    new BigUint64Array(sorted).sort();
    const out = new Uint8Array(INDEX_HEADER_BYTES + 12 * n);
    const view = new DataView(out.buffer);
    out.set(MAGIC, 0);
    view.setUint16(4, INDEX_FORMAT_VERSION, true);
    view.setUint16(6, INDEX_KEY_FUNCTION, true);
    setU64(view, 8, this.files);
    setU64(view, 16, n);
    const countsAt = INDEX_HEADER_BYTES + 8 * n;
    for (let i = 0; i < n; i++) {
      const hi = words[2 * i + hiWord];
      const lo = words[2 * i + loWord];
      view.setUint32(INDEX_HEADER_BYTES + 8 * i, lo, true);
      view.setUint32(INDEX_HEADER_BYTES + 8 * i + 4, hi, true);
      view.setUint32(countsAt + 4 * i, this.countOfKey(hi, lo), true);
    }
    return out;
  }

  /** Reads a serialized index; `minCount` keeps only the keys counted at least that often (for lookups). */
  static deserialize(bytes: Uint8Array, minCount = 1): CorpusIndex {
    const { n } = readHeader(bytes);
    const index = new CorpusIndex(minCount <= 1 ? Math.ceil((n * 4) / 3) + 1 : MIN_CAPACITY);
    index.mergeSerialized(bytes, minCount);
    return index;
  }
}

/** The header fields of a serialized index, after checking it is one, whole. */
export function readHeader(bytes: Uint8Array): { files: number; n: number; view: DataView } {
  if (bytes.length < INDEX_HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new IndexFormatError('not a Dump Curator index (no "DCIX" header)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== INDEX_FORMAT_VERSION) throw new IndexFormatError(`index format version ${version}; this build reads version ${INDEX_FORMAT_VERSION}`);
  const keyFunction = view.getUint16(6, true);
  if (keyFunction !== INDEX_KEY_FUNCTION) throw new IndexFormatError(`key function ${keyFunction}; this build uses ${INDEX_KEY_FUNCTION}`);
  const files = getU64(view, 8);
  const n = getU64(view, 16);
  const expected = INDEX_HEADER_BYTES + 12 * n;
  if (bytes.length !== expected) throw new IndexFormatError(`damaged: ${bytes.length} bytes, the header says ${expected}${bytes.length < expected ? ' (truncated?)' : ''}`);
  return { files, n, view };
}

/** Sums serialized indexes into one (the bytes of `index --merge`). */
export function mergeIndexes(parts: readonly Uint8Array[]): Uint8Array {
  const index = new CorpusIndex();
  for (const part of parts) index.mergeSerialized(part);
  return index.serialize();
}

function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

function getU64(view: DataView, at: number): number {
  const value = view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
  if (!Number.isSafeInteger(value)) throw new IndexFormatError('damaged: a count in the header is too large');
  return value;
}
