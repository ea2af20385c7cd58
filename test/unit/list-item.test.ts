/**
 * Names under an introduction: a list's items are article text ("lists and quotes included"), but
 * an introduction that ends on a preposition names the sources of the story: those are credits.
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** What goes of `block`, standing between two paragraphs of an article, by line text. */
function dropped(block: string): string[] {
  const dump = ['Medien', '', 'Verlage starten einen Faktencheck', '', 'Mehrere Medienhäuser wollen gemeinsam gegen Falschmeldungen vorgehen.', '', block, '', 'Das Portal geht im Januar online.', ''].join('\n');
  return clean(dump).removed.map((r) => r.text);
}

describe('list items: names under an introduction', () => {
  it('a list under a short introduction keeps its names', () => {
    assert.deepEqual(dropped('Mit dabei sind:\nTamedia\nRingier\n20 Minuten'), []);
  });

  it('names under an introduction that ends on a preposition are credits, and go with it', () => {
    assert.deepEqual(dropped('Mit Material von:\nAFP\nReuters'), ['Mit Material von:', 'AFP', 'Reuters']);
  });

  it('a publisher under "erschien zuerst bei:" is a byline', () => {
    assert.deepEqual(dropped('Dieser Artikel erschien zuerst bei:\n20 Minuten'), ['20 Minuten']);
  });
});
