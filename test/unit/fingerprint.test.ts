/** The one-pass fingerprint and word count against the rule as CLEANING.md states it, written plainly. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fingerprint, measure } from '../../src/core/fingerprint';
import { isEdgeSpace, WORDS_COUNTED } from '../../src/core/text';

/** NFKC, invisible characters out, white space collapsed, quotes unified, ends trimmed, case folded. */
function reference(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .replace(/["'`´\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033]/g, '"')
    .trim()
    .toLowerCase();
}

/** Runs of characters that are not edge spaces (text.ts). */
function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const space = isEdgeSpace(ch.charCodeAt(0));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const newsText = fc.array(
  fc.oneof(
    fc.constantFrom('Die', 'Regierung', 'ÄRGER', 'Öl', 'süß', 'naïve', '«Nein»', '„Ja“', '‚so‘', "l'été", '"x"', '`y´', '–', '—', '€', '…', 'ﬁ', '×', '÷'),
    // Either side of the quick way's classes (fingerprint.ts): letters and signs NFKC leaves as
    // they are, and neighbours it changes or the rule replaces.
    fc.constantFrom('Œuvre', 'cœur', 'Erdoğan', 'İstanbul', 'ılık', 'Łódź', '© AFP', '§ 218', '20 °C', '• ', 'ĳs', 'Ŀ', 'ŉ', 'ſ', '¨', 'ª', 'µ', '²', '‹a›', '′', '″', '\u2011', '\u0301', '\u00b7', '\u2030'),
    fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u200b', '\u2009', '\ufeff', '\u00ad', '\n'),
    fc.string({ unit: 'grapheme', maxLength: 5 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  { maxLength: 12 },
).map((parts) => parts.join(''));

describe('fingerprint', () => {
  it('equals the plain rule, and counts words as runs between spaces', () => {
    fc.assert(fc.property(newsText, (text) => {
      const m = measure(text);
      assert.equal(m.fp, reference(text), JSON.stringify(text));
      assert.equal(m.words, Math.min(words(text), WORDS_COUNTED), JSON.stringify(text));
    }), { numRuns: 20000 });
  });

  it('folds every character, alone and beside a letter, as the plain rule does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `Ab${ch}c`]) assert.equal(measure(text).fp, reference(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`);
    }
  });

  // The quick way takes text of its classes as NFKC-normalised. NFKC composes neighbours only,
  // so every pair of characters near the classes' edges stands for every longer text.
  it('folds every pair of Latin and punctuation characters as the plain rule does', () => {
    const near: string[] = [];
    for (const [from, to] of [[0x20, 0x24f], [0x2000, 0x206f], [0x20a0, 0x20cf]]) {
      for (let c = from; c <= to; c++) near.push(String.fromCharCode(c));
    }
    for (const a of near) {
      for (const b of near) {
        const text = a + b;
        if (measure(text).fp !== reference(text)) assert.fail(`${JSON.stringify(text)}: ${measure(text).fp} ≠ ${reference(text)}`);
      }
    }
  });

  it('collapses two spaces wherever they stand, before or after the counting stops', () => {
    for (let before = 95; before <= 105; before++) {
      for (const gap of ['  ', '   ', ' \u00a0']) {
        const text = 'Wort '.repeat(before) + 'Wort' + gap + 'Ende „Zitat“';
        assert.deepEqual(measure(text), { fp: reference(text), words: Math.min(words(text), WORDS_COUNTED) }, `${before} ${JSON.stringify(gap)}`);
      }
    }
  });

  it('counts words up to WORDS_COUNTED', () => {
    assert.equal(measure('Wort '.repeat(99) + 'Ende.').words, 100);
    assert.equal(measure('Wort '.repeat(500)).words, WORDS_COUNTED);
    assert.equal(measure('Wort\u00a0'.repeat(500)).words, WORDS_COUNTED);
  });

  it('folds the reference dump’s doubled caption and its quotes to one form', () => {
    assert.equal(fingerprint('  Kim  Jong-un  empfängt „Putin“ '), 'kim jong-un empfängt "putin"');
    assert.equal(fingerprint('ÄRGER « Nein »'), 'ärger " nein "');
    assert.equal(fingerprint('Die ﬁnale Runde…'), 'die finale runde...');
  });
});
