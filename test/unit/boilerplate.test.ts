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

  it('drops a poll whose answers a promotion ends, whatever its question', () => {
    const poll = ['Schafft Servette noch die Wende?', '', 'Ja, der kaputte Rasen wird zum Trumpf für die Genfer.', '', 'Nein, auch auf einem Acker ist Chelsea zu gut.'];
    const promo = ['', 'Folgst du schon 20 Minuten auf Whatsapp?', 'Abonniere den Kanal und erhalte die News direkt aufs Handy.'];
    assert.deepEqual(dropped([...poll, ...promo]), [...poll.filter(Boolean), ...promo.filter(Boolean)]);
  });

  it('keeps a rhetorical question and the paragraphs that answer it', () => {
    const paragraphs = (...lines: string[]): string[] => lines.flatMap((l) => ['', l]).slice(1);
    for (const text of [
      paragraphs('Ma cosa è successo davvero?', 'Si tratta di un guasto tecnico, dice il sindaco.', 'Il sindaco ha convocato una riunione.', 'Si attende il rapporto della polizia.'),
      paragraphs('What exactly has he promised?', 'No tax on tips', 'No tax on overtime', 'No tax on Social Security benefits'),
      paragraphs("Faut-il s'inquiéter?", "Non, selon l'OFSP, le risque reste faible.", 'Je rappelle que la situation est sous contrôle, a souligné la ministre.'),
      paragraphs('Vermisse ich etwas?', 'Ich dachte zuerst, ja.', 'Ja, manchmal schon.'),
      // A short interview that says du: two questions.
      paragraphs('Hast du damit gerechnet?', 'Nein, überhaupt nicht.', 'Ich war total überrascht.', 'Wie geht es jetzt weiter?', 'Ich weiss es noch nicht.'),
    ]) {
      assert.deepEqual(dropped([...text, '', 'Der Zoo zählt seit Montag doppelt so viele Besucher wie im Vorjahr.']), [], text[0]);
    }
  });

  it('drops a poll after a lead that asks a question of its own: the lead makes no interview', () => {
    const top = ['Fussball', '', 'Keller hielt stark. Stellt sich nun erneut die Goalie-Frage?', '', 'Der Ersatzgoalie hielt seinen Kasten sauber.', ''];
    const poll = ['Wen willst du als Nummer eins im Tor sehen?', '', 'Ganz klar von Ballmoos. An ihm kommt niemand vorbei.', '', 'Marvin Keller. Er hätte es sich verdient.', '', 'Zum Glück muss ich nicht entscheiden.'];
    const after = ['', 'Falls von Ballmoos am Samstag noch nicht fit ist, spielt wieder Keller.', ''];
    const result = clean([...top, ...poll, ...after].join('\n'));
    assert.deepEqual(result.removed.map((r) => r.text), poll.filter(Boolean));
  });

  it('never takes the headline or the lead for a poll', () => {
    const dump = ['Verkehr', '', 'Wird das Benzin für dich jetzt teurer?', '', 'Nein, jedenfalls nicht sofort.', '', 'Ich rechne trotzdem mit höheren Preisen, sagt ein Ökonom.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });

  it('keeps the answers of an interview', () => {
    const interview = [
      'Hatten Sie Angst?', '', 'Nein, ich hatte keine Zeit dafür.', '', 'Ich habe sofort mit der Suche begonnen.', '',
      'Würden Sie es wieder tun?', '', 'Ja, sofort.', '', 'Und warum?', '', 'Ich würde dieselbe Hilfe erwarten.',
    ];
    assert.deepEqual(dropped(interview), []);
  });
});
