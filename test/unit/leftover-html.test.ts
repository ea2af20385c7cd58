/**
 * leftover-html on a comment that spans paragraphs: it runs from a paragraph that opens it to the
 * one that ends with `-->`; a `-->` with text after it (an arrow in a sentence) closes none, and
 * the sentence stays whole ("they never trim words out of a prose line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

const HEAD = ['Verkehr', '', 'SBB testen einen Fahrplan-Chat', '', 'Reisende können ihre Verbindungen neu im Chat abfragen.', ''];
const LAST = 'Die Funktion ist vorerst nur in der App verfügbar.';

/** The 0-based lines of the body (after HEAD) that leftover-html drops, and whether LAST was kept. */
function droppedBody(body: string[]): { dropped: number[]; keptLast: boolean } {
  const result = clean([...HEAD, ...body, '', LAST, ''].join('\n'));
  const dropped = result.removed.filter((r) => r.codes.includes('leftover-html')).map((r) => r.line - HEAD.length);
  return { dropped, keptLast: result.text.includes(LAST) };
}

describe('leftover-html: comments over paragraphs', () => {
  it('drops a comment from its opening paragraph to the one that ends with -->', () => {
    for (const body of [
      ['<!--', '  Ad slot: sidebar', '-->'],
      ['<!-- Teaser', '', 'Mehr zum Thema: Die neue App', '', 'Ende Teaser -->'],
      ['<!--', '', 'Werbung', '', '-->'],
    ]) {
      const lines = body.map((_, i) => i).filter((i) => body[i] !== '');
      assert.deepEqual(droppedBody(body), { dropped: lines, keptLast: true }, body.join(' | '));
    }
  });

  it('keeps a sentence whose --> is an arrow, and the paragraphs before it', () => {
    for (const body of [
      ['<!--', '', 'Ein Beispiel: Wer «Bern --> Zürich» eintippt, erhält drei Verbindungen.'],
      ['<!-- Teaser', '', 'Der Chat versteht auch Dialekt.', '', 'Die Route Bern --> Thun --> Spiez ist die schnellste.'],
      ['<!-- Teaser', '', 'Der Chat versteht auch Dialekt. --> Er lernt jeden Tag dazu.'],
    ]) {
      const { dropped } = droppedBody(body);
      const sentences = body.map((_, i) => i).filter((i) => body[i] !== '' && !body[i].startsWith('<!--'));
      for (const i of sentences) assert.ok(!dropped.includes(i), `${body[i]} is kept`);
    }
  });

  it('still drops a comment after an arrow that closed none', () => {
    const body = ['<!--', '', 'Wer «Bern --> Zürich» eintippt, erhält drei Verbindungen.', '', '<!--', '  Ad slot: sidebar', '-->'];
    assert.deepEqual(droppedBody(body).dropped, [4, 5, 6]);
  });
});
