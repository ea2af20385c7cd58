/**
 * Deterministic benchmark inputs, built from the test fixtures (no randomness, no network).
 *
 *   fixtureDumps()            every *.dump under test/fixtures/{examples,real,traps}, sorted, BOM dropped
 *   variant(text, k)          copy k of a dump: k = 0 is the dump itself; k > 0 swaps two inner letters
 *                             in most longer lower-case words of the prose, so copies are not duplicates
 *                             of one another while every line keeps its shape, length and rule mix
 *   bigDump(bytes, fixtures)  one dump of at least `bytes` UTF-8 bytes: fixture dumps, copy after copy,
 *                             separated by a blank line (a dump that size is unusual; the point is per-MB cost)
 *   corpus(bytes, fixtures)   many dumps (every fixture, copy after copy) totalling at least `bytes`
 *
 * What the variation leaves alone, so that the rules see what they would see in the original:
 * tags, entities and URLs; capitalised words (names, agencies, publishers); words shorter than
 * five letters; and every word that occurs anywhere in src/core (the shipped phrase lists, and
 * the rules' own regular expressions, e.g. "contributed" of a contributor byline). The same word
 * gets the same variant throughout one copy, so a line repeated inside a dump (a caption printed
 * twice, a teaser as HTML and as text) stays a repeat. When this was written, every fixture gave
 * the same findings per rule code in copies 1, 7 and 123 as in the original. A swap keeps the
 * byte length, so sizes do not depend on k. (The inputs are a function of the fixtures and of
 * the words in src/core, so a change there may vary a few words of the copies.)
 *
 * `node bench/corpus.mjs` writes the inputs to bench/.data/ (git-ignored) for use with the CLI
 * or a profiler: 1MB.dump, 10MB.dump and corpus/NNNNN-NAME.dump.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA = join(ROOT, 'bench', '.data');
const FIXTURE_DIRS = ['examples', 'real', 'traps'];
const SEPARATOR = '\n\n';

/** @returns {{ name: string, text: string }[]} */
export function fixtureDumps() {
  const out = [];
  for (const dir of FIXTURE_DIRS) {
    const base = join(ROOT, 'test', 'fixtures', dir);
    for (const file of readdirSync(base).filter((f) => f.endsWith('.dump')).sort()) {
      const text = readFileSync(join(base, file), 'utf8');
      out.push({ name: `${dir}/${file}`, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
    }
  }
  if (out.length === 0) throw new Error('no fixture dumps found under test/fixtures');
  return out;
}

/**
 * Words the rules may look for: every letter run in the shipped phrase lists and in the engine's
 * own source (the rules' regular expressions: "contributed", "weiterlesen", "publiziert"...), lower case.
 */
function phraseWords() {
  const words = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) {
        for (const w of readFileSync(path, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
      }
    }
  };
  walk(join(ROOT, 'src', 'core'));
  return words;
}

let protectedWords;

function hash(s, k) {
  let h = (0x811c9dc5 ^ k) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// Tags, entities and URLs are matched (and kept) first; a word is a lower-case letter run of 5+
// letters that does not continue a longer word.
const TOKEN = /<[^<>]*>|&#?[A-Za-z0-9]+;|https?:\/\/[^\s<>"]+|(?<!\p{L})\p{Ll}\p{L}{4,}/gu;

/** A dump cut once into kept text and variable words: [text, word, text, word, ..., text]. */
const pieces = new Map();
function piecesOf(text) {
  let out = pieces.get(text);
  if (out) return out;
  protectedWords ??= phraseWords();
  out = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c === 60 /* < */ || c === 38 /* & */ || w.startsWith('http') || protectedWords.has(w.toLowerCase())) continue;
    out.push(text.slice(last, m.index), w);
    last = m.index + w.length;
  }
  out.push(text.slice(last));
  pieces.set(text, out);
  return out;
}

export function variant(text, k) {
  if (k === 0) return text;
  const parts = piecesOf(text);
  const memo = new Map();
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const word = parts[i];
    let v = memo.get(word);
    if (v === undefined) {
      v = word;
      const h = hash(word, k);
      if ((h & 3) !== 0) {
        const chars = Array.from(word);
        const j = 1 + ((h >>> 2) % (chars.length - 3)); // inner letters only: first and last stay
        [chars[j], chars[j + 1]] = [chars[j + 1], chars[j]];
        v = chars.join('');
      }
      memo.set(word, v);
    }
    out += v + parts[i + 1];
  }
  return out;
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** A flat string, as reading the file would give (not a rope of concatenations the first reader pays to flatten). */
const flat = (s) => Buffer.from(s, 'utf8').toString('utf8');

/** One dump of at least `min` bytes, ending at a fixture boundary. */
export function bigDump(min, fixtures = fixtureDumps()) {
  const parts = [];
  let size = 0;
  for (let k = 0; size < min; k++) {
    for (const f of fixtures) {
      const text = variant(f.text, k).replace(/\s+$/, '');
      parts.push(text);
      size += bytes(text) + (parts.length > 1 ? SEPARATOR.length : 0);
      if (size >= min) break;
    }
  }
  return flat(parts.join(SEPARATOR) + '\n');
}

/** Many dumps totalling at least `min` bytes: every fixture, copy 0, 1, 2, ... @returns {{ name: string, text: string }[]} */
export function corpus(min, fixtures = fixtureDumps()) {
  const out = [];
  let size = 0;
  for (let k = 0; size < min; k++) {
    for (const f of fixtures) {
      const text = variant(f.text, k);
      out.push({ name: `${String(out.length).padStart(5, '0')}-${f.name.replace(/\//g, '_')}`, text: flat(text) });
      size += bytes(text);
      if (size >= min) break;
    }
  }
  return out;
}

export const MB = 1_000_000;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fixtures = fixtureDumps();
  mkdirSync(DATA, { recursive: true });
  writeFileSync(join(DATA, '1MB.dump'), bigDump(1 * MB, fixtures));
  writeFileSync(join(DATA, '10MB.dump'), bigDump(10 * MB, fixtures));
  const dir = join(DATA, 'corpus');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const dumps = corpus(50 * MB, fixtures);
  for (const d of dumps) writeFileSync(join(dir, d.name), d.text);
  console.log(`wrote ${join(DATA, '1MB.dump')}, 10MB.dump and ${dumps.length} dumps in ${dir}`);
}
