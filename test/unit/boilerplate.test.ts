/**
 * The boilerplate rule's polls: a question with its options is page furniture, but a question with
 * a list under it, or an interview's answers, is article text (CLEANING.md: "Precision first: when
 * a rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

const ARTICLE = ['Zoo', '', 'Elefantenkalb zeigt sich zum ersten Mal', '', 'Das Kalb hat am Montag die Aussenanlage betreten.', ''];

/** The lines of `tail`, after a short article, that cleaning drops as boilerplate. */
function dropped(tail: string[]): string[] {
  const result = clean([...ARTICLE, ...tail, ''].join('\n'));
  return result.removed.filter((r) => r.codes.includes('boilerplate')).map((r) => r.text);
}

describe('boilerplate: polls', () => {
  it('drops a poll that ends the dump when an option answers as a reader does', () => {
    const poll = ['Wirst du das Kalb besuchen?', 'Ja, so bald wie möglich.', 'Vielleicht im Sommer.', 'Nein.'];
    assert.deepEqual(dropped(poll), poll);
  });

  it('keeps a question with a short list under it at the end of the dump', () => {
    assert.deepEqual(dropped(['Welche Parteien sind dafür?', 'Die SVP', 'Die SP', 'Die FDP']), []);
    assert.deepEqual(dropped(['Was braucht es dafür?', '200 g Mehl', '2 Eier', '1 Prise Salz']), []);
  });

  it('drops a poll inside the article up to its last answer, and keeps what follows', () => {
    const poll = ['Findest du das gut?', '', 'Ja, unbedingt.', '', 'Eher nicht.', '', 'Nein, das braucht es nicht.'];
    const after = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.', '', 'Am Wochenende bleibt die Anlage länger offen.'];
    assert.deepEqual(dropped([...poll, ...after]), poll.filter(Boolean));
  });

  it('keeps the answers of an interview', () => {
    const interview = [
      'Hatten Sie Angst?', '', 'Nein, ich hatte keine Zeit dafür.', '', 'Ich habe sofort mit der Suche begonnen.', '',
      'Würden Sie es wieder tun?', '', 'Ja, sofort.', '', 'Und warum?', '', 'Ich würde dieselbe Hilfe erwarten.',
    ];
    assert.deepEqual(dropped(interview), []);
  });
});
