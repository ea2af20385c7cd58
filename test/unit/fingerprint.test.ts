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
