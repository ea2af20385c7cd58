/**
 * Names under an introduction: a list's items are article text ("lists and quotes included"), but
 * an introduction that ends on a preposition names the sources of the story: those are credits.
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** What goes of `block`, standing between two paragraphs of an article: each line's text and codes. */
function dropped(block: string): string[] {
  const dump = ['Medien', '', 'Verlage starten einen Faktencheck', '', 'Mehrere Medienhäuser wollen gemeinsam gegen Falschmeldungen vorgehen.', '', block, '', 'Das Portal geht im Januar online.', ''].join('\n');
  return clean(dump).removed.map((r) => `${r.text} (${r.codes.join(', ')})`);
}

describe('list items: names under an introduction', () => {
  it('a list under a short introduction keeps its names', () => {
    assert.deepEqual(dropped('Mit dabei sind:\nTamedia\nRingier\n20 Minuten'), []);
  });

  it('names under an introduction that ends on a preposition are credits, and the block of credits takes its first line as a caption', () => {
    assert.deepEqual(dropped('Mit Material von:\nAFP\nReuters'), ['Mit Material von: (caption)', 'AFP (credit)', 'Reuters (credit)']);
  });

  it('a publisher under "erschien zuerst bei:" is a byline', () => {
    assert.deepEqual(dropped('Dieser Artikel erschien zuerst bei:\n20 Minuten'), ['20 Minuten (byline)']);
  });

  it('an introduction of one word is a label, not a list: `Fotos:` / `Keystone` are credits', () => {
    assert.deepEqual(dropped('Fotos:\nKeystone\nReuters'), ['Fotos: (credit)', 'Keystone (credit)', 'Reuters (credit)']);
  });
});
