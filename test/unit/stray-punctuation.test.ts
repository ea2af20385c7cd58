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

describe('stray-punctuation: a code snippet’s brackets', () => {
  /** The removed lines of a how-to with the code `lines` as a paragraph between two of its own. */
  const removedFrom = (...lines: string[]) =>
    clean(['Digital', '', 'So konfigurieren Sie das Tool', '', 'Die Datei config.js steuert den Server.', '', ...lines, '', 'Danach starten Sie den Server neu.', ''].join('\n')).removed.map((r) => r.text);

  it('keeps the bracket that closes what a line above opened', () => {
    assert.deepEqual(removedFrom('module.exports = {', '  port: 8080', '};'), []);
    assert.deepEqual(removedFrom('(async () => {', '  await start();', '})();'), []);
    assert.deepEqual(removedFrom('if (x > 0) {', '  return x;', '} else {', '  return -x;', '}'), []);
  });
  it('keeps the bracket that opens what a line below closes', () => assert.deepEqual(removedFrom('{', '  "name": "foo"', '}'), []));
  it('drops a bracket with no code around it, and what is no bracket', () => {
    assert.deepEqual(removedFrom('}'), ['}']);
    assert.deepEqual(removedFrom('Der Server startet neu.', '}'), ['}']);
    assert.deepEqual(removedFrom('module.exports = {', '  port: 8080', ';'), [';']);
    assert.deepEqual(removedFrom('if (x > 0) {', '  return x;', '', '}'), ['}']);
  });
  it('drops brackets that pair only with each other: no line holds code', () => {
    assert.deepEqual(removedFrom('{', '}'), ['{', '}']);
    assert.deepEqual(removedFrom('}', '}'), ['}', '}']);
    assert.deepEqual(removedFrom('};', '};', 'Danach starten Sie neu.'), ['};', '};']);
  });
  it('drops a bracket whose partner another rule drops, as a second cleaning would', () => {
    const dump = ['Digital', '', 'So richten Sie den Server ein', '', 'Die Datei steuert den Server.', '', 'Mehr zum Thema: So sichern Sie Ihren Server (', ')', 'Danach starten Sie neu.', ''].join('\n');
    const { removed, text } = clean(dump);
    assert.deepEqual(removed.map((r) => [r.text, r.codes[0]]), [['Mehr zum Thema: So sichern Sie Ihren Server (', 'teaser'], [')', 'stray-punctuation']]);
    assert.equal(clean(text).text, text);
  });
});
