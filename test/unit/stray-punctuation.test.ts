/**
 * The stray-punctuation rule: a line of punctuation or symbols only goes; a review's star rating,
 * the verdict it gives, is text (CLEANING.md: "Precision first: when a rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** Whether `line`, as a paragraph of its own between two of an article's, is dropped as stray punctuation. */
function isStray(line: string): boolean {
  const dump = ['Kino', '', 'Ein Drama über einen Prozess', '', 'Der Film läuft ab Donnerstag im Kino.', '', line, '', 'Sandra Hüller spielt die Hauptrolle.', ''].join('\n');
  return clean(dump).removed.some((r) => r.text === line && r.codes.includes('stray-punctuation'));
}

describe('stray-punctuation', () => {
  for (const stray of [';', '•', '---', '***', '|', '★', '★ ★ ★', '★★★★★★', '✦✦✦', '»', '☆☆☆', '☆★★', '★☆★', '⭐', '⭐⭐⭐⭐⭐⭐', '⭐ ⭐ ⭐', '★★⭐']) {
    it(`drops ${JSON.stringify(stray)}`, () => assert.equal(isStray(stray), true));
  }
  for (const text of ['★★★★☆', '★★★★★', '★★☆☆☆', '★★', '⭐⭐⭐', '⭐\uFE0F⭐\uFE0F⭐\uFE0F⭐\uFE0F', '⭐⭐', '„Nein!“', '– 30 Prozent', '★★★½']) {
    it(`keeps ${JSON.stringify(text)}`, () => assert.equal(isStray(text), false));
  }
});
