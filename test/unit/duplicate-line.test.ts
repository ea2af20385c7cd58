/**
 * The duplicate-line rule's copies said again in earnest: a step of a list of instructions said
 * again in its list stays; a list printed twice, a stutter and a sentence copied elsewhere go
 * (CLEANING.md: "Precision first: when a rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** The lines dropped as duplicates from an article with `block` between two paragraphs. */
function duplicatesIn(...block: string[]): string[] {
  const dump = ['Rezept', '', 'Tomatensuppe in fünf Minuten', '', 'Eine Suppe aus dem Vorrat für Abende mit leerem Kühlschrank.', '', ...block, '', 'En Guete!', ''].join('\n');
  return clean(dump).removed.filter((r) => r.codes.includes('duplicate-line')).map((r) => r.text);
}

describe('duplicate-line: a step said again in its list', () => {
  it('keeps a step said again after another step', () => {
    assert.deepEqual(duplicatesIn('Chop the onion and soften it in a little oil.', 'Stir well and season.', 'Add the tomatoes and sugar and bring to the boil.', 'Stir well and season.', 'Blend until smooth.'), []);
    assert.deepEqual(
      duplicatesIn('Mehl in eine Schüssel geben.', 'Den Teig eine Stunde gehen lassen.', 'Zwetschgen waschen, entsteinen und dicht auf den Teig legen.', 'Den Teig eine Stunde gehen lassen.', 'Bei 200 Grad 35 Minuten backen.'),
      [],
    );
    assert.deepEqual(
      duplicatesIn('Ajouter le fromage en remuant.', 'Remuer sans cesse en formant des huit.', 'Ajouter la maïzena délayée dans un peu de vin.', 'Remuer sans cesse en formant des huit.'),
      [],
    );
  });

  it('drops a list printed again in the same block', () => {
    const steps = ['Chop the onion and soften it in a little oil.', 'Add the tomatoes and sugar and bring to the boil.', 'Blend until smooth and season.'];
    assert.deepEqual(duplicatesIn(...steps, ...steps), steps);
  });

  it('drops a step printed again right after itself', () => {
    assert.deepEqual(duplicatesIn('Chop the onion and soften it in a little oil.', 'Stir well and season.', 'Stir well and season.', 'Blend until smooth.'), ['Stir well and season.']);
  });

  it('keeps a step said again near the top of a dump without a kicker, and when the kicker is left out', () => {
    const dump = [
      'Einfaches Brot aus dem eigenen Ofen', '', 'Frisches Brot gelingt auch ohne Backmaschine, wenn man dem Teig genug Zeit lässt.', '',
      'Den Teig eine Stunde gehen lassen.', 'Den Teig kräftig durchkneten.', 'Den Teig eine Stunde gehen lassen.', 'Bei 200 Grad eine halbe Stunde backen.', '',
    ].join('\n');
    assert.deepEqual(clean(dump).removed, []);
    const withKicker = `Rezept\n\n${dump}`;
    const once = clean(withKicker, { keepKicker: false }).text;
    assert.equal(once, dump);
    assert.equal(clean(once, { keepKicker: false }).text, once);
  });

  it('keeps a longer step said again, up to twenty words', () => {
    const step = 'Den Teig eine Stunde an einem warmen Ort zugedeckt gehen lassen, bis er sich verdoppelt hat.';
    assert.deepEqual(duplicatesIn('Mehl und Hefe mischen.', step, 'Den Teig kräftig durchkneten.', step, 'Bei 200 Grad backen.'), []);
  });

  it('drops a lead printed again in a dump with no blank lines, a short paragraph between', () => {
    const lead = 'Die Passbüros sind im Frühling überlastet, wer rechtzeitig plant, spart sich Ärger.';
    const dump = ['Ratgeber', 'So kommen Sie vor den Ferien zu einem neuen Pass', lead, 'Die Wartezeit beträgt derzeit rund drei Wochen.', lead, 'Wer den Pass verloren hat, muss zuerst zur Polizei.', ''];
    assert.deepEqual(clean(dump.join('\n')).removed.map((r) => [r.line, r.codes]), [[4, ['duplicate-line']]]);
  });

  it('drops a step printed three times in a row: cleaned again, the first two would stand side by side', () => {
    assert.deepEqual(duplicatesIn('Chop the onion.', 'Stir well and season.', 'Stir well and season.', 'Stir well and season.', 'Blend until smooth.'), [
      'Stir well and season.',
      'Stir well and season.',
    ]);
  });

  it('drops a sentence said again with a paragraph between, in a block or apart', () => {
    const sentence = 'Die Suppe schmeckt am zweiten Tag noch besser.';
    const paragraph =
      'Wer keine frischen Tomaten hat, nimmt Dosentomaten: Sie sind das ganze Jahr über gleich reif, kosten wenig und geben der Suppe eine kräftige Farbe, die frische Tomaten im Winter nicht haben.';
    assert.deepEqual(duplicatesIn(sentence, paragraph, sentence), [sentence]);
    assert.deepEqual(duplicatesIn(sentence, 'Mit Basilikum servieren.', '', sentence), [sentence]);
  });

  it('drops a wrapped line said again, which ends no sentence', () => {
    const line = 'the tomatoes and the sugar go into the pot and';
    assert.deepEqual(duplicatesIn(line, 'simmer for ten minutes.', line, 'simmer briefly.'), [line]);
  });
});

describe('duplicate-line: a verse said again right after itself', () => {
  const verse = 'Wir sind der Fluss, wir sind das Meer,';

  it('keeps a verse said again, its sentence going on in the next line', () => {
    assert.deepEqual(duplicatesIn('Der Refrain geht so:', verse, verse, 'und keiner hält uns auf.'), []);
  });

  it('drops the copy of a line printed again after a blank line, whatever follows it', () => {
    assert.deepEqual(duplicatesIn(verse, '', verse, 'Resultate anzeigen'), [verse]);
  });

  it('drops the copy when what follows goes too, as cleaning the cleaned article again would', () => {
    for (const after of ['Anzeige', 'Teilen', ';']) {
      for (const options of [{}, { keepCaptions: true }]) {
        const dump = ['Musik', '', 'Ein Fangesang erobert die Hochzeiten', '', 'Ein Lied aus der Kurve wird an Festen gesungen.', '',
          'Der Refrain geht so:', verse, verse, after, '', 'Fans singen ihn vor jedem Heimspiel.', ''].join('\n');
        const once = clean(dump, options).text;
        assert.equal(clean(once, options).text, once, `${after} ${JSON.stringify(options)}`);
        assert.equal(once.split(verse).length - 1, 1, `${after} ${JSON.stringify(options)}: ${once}`);
      }
    }
  });
});

describe('duplicate-line: copies of asides and lists', () => {
  it('keeps the body copy of a caption the markup marks', () => {
    const sentence = 'Die Ratsmitglieder diskutierten bis spät in die Nacht im Rathaus.';
    const dump = ['Politik', '', 'Der Gemeinderat streitet über das Budget', '', 'Der Gemeinderat hat am Dienstag lange gestritten.', '',
      `<figcaption>${sentence}</figcaption>`, '', 'Die Fraktionen konnten sich nicht einigen.', '', sentence, '', 'Die Debatte geht weiter.', ''].join('\n');
    const { text, removed } = clean(dump);
    assert.equal(text.split(sentence).length - 1, 1, text);
    assert.deepEqual(removed.filter((r) => r.codes.includes('duplicate-line')), []);
  });

  it('drops a caption the markup marks printed again right under it, as a caption printed twice', () => {
    const sentence = 'Die Ratsmitglieder diskutierten bis spät in die Nacht im Rathaus.';
    const dump = ['Politik', '', 'Der Gemeinderat streitet über das Budget', '', 'Der Gemeinderat hat am Dienstag lange gestritten.', '',
      `<figure><img src="a.jpg"><figcaption>${sentence}</figcaption></figure>`, sentence, '', 'Die Debatte geht weiter.', ''].join('\n');
    assert.ok(!clean(dump).text.includes(sentence), clean(dump).text);
  });

  it('keeps the rows two lists share', () => {
    assert.deepEqual(duplicatesIn('Für den Teig:', '250 g Mehl', '1 Prise Salz', '1 EL Zucker', '125 g Butter', '',
      'Für die Streusel:', '100 g Butter', '1 Prise Salz', '1 EL Zucker', '150 g Mehl'), []);
  });

  it('drops every row of a list printed again in a run, short rows too', () => {
    assert.deepEqual(duplicatesIn('Put the onions in the pan.', 'Stir well and season.', 'Add the tomatoes and the garlic.',
      'Put the onions in the pan.', 'Stir well and season.', 'Add the tomatoes and the garlic.'), [
      'Put the onions in the pan.',
      'Stir well and season.',
      'Add the tomatoes and the garlic.',
    ]);
  });
});

describe('duplicate-line: short lines, words of signs only not counted', () => {
  it('keeps the rows of a table said again under another heading', () => {
    assert.deepEqual(duplicatesIn('Gruppe A', '', 'n = 1,200', '', 'p < 0.05', '', 'Gruppe B', '', 'n = 1,200', '', 'p < 0.05'), []);
    assert.deepEqual(duplicatesIn('Variante 1', '', 'r = 0,8', '', 'Variante 2', '', 'r = 0,8'), []);
  });

  it('keeps a short line of signs printed twice in a row, and takes no block of it for captions', () => {
    const dump = ['Wirtschaft', '', 'Heizöl wird billiger', '', 'Der Preis für Heizöl ist im Mai deutlich gesunken.', '',
      'Gegenüber dem Vorjahr:', '– 30 Prozent', '– 30 Prozent', 'Das freut vor allem die Mieter.', '', 'Die Händler erwarten keinen neuen Anstieg.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });

  it('drops a line of three words and signs printed again, as a caption or a teaser', () => {
    assert.deepEqual(duplicatesIn('Zürich – Bern – Basel', '', 'Die Strecke ist die meistbefahrene des Landes.', '', 'Zürich – Bern – Basel'), ['Zürich – Bern – Basel']);
    assert.deepEqual(duplicatesIn('Mehr zum Thema: Gemüse >>', '', 'Die Suppe schmeckt am zweiten Tag noch besser.', '', 'Mehr zum Thema: Gemüse >>'), ['Mehr zum Thema: Gemüse >>']);
  });
});

describe('duplicate-line: a pull quote the body quotes', () => {
  const dump = (quote: string, body: string) =>
    ['<tx><p>Suarez dédie son doublé à Izquierdo</p>', `<ka><p>${quote}</p></ka>`, `<p>${body}</p></tx>`, ''].join('\n');
  const removed = (quote: string, body: string) => clean(dump(quote, body)).removed.map((r) => `${r.text}: ${r.codes.join('+')}`);
  const body = 'La star uruguayenne a dédié son doublé au défenseur. «Juan, nous sommes tous avec toi et ta famille!», avait écrit «El Pistolero» sur X.';

  it('drops a pull quote whose words stand inside a paragraph of the body, whatever its quotes', () => {
    const quote = '«Juan, nous sommes tous avec toi et ta famille!»';
    assert.deepEqual(removed(quote, body), [`${quote}: duplicate-line`]);
    assert.deepEqual(removed('"Juan, nous sommes tous avec toi et ta famille."', body), ['"Juan, nous sommes tous avec toi et ta famille.": duplicate-line']);
  });

  it('keeps a pull quote the body does not hold, and one of a word or two', () => {
    assert.deepEqual(removed('«Nous ne lâcherons rien»', body), []);
    assert.deepEqual(removed('«Juan!»', body), []);
    assert.deepEqual(removed('«Juan, nous sommes tous avec toi et ta famille!»', body.replace('famille!', 'familles!')), [], 'not a whole word of the body');
  });

  it('drops a pull quote that a short quoting sentence or the lead holds', () => {
    const quote = '«Das war unser bestes Spiel der Saison»';
    assert.deepEqual(removed(quote, '«Das war unser bestes Spiel der Saison», sagte Trainer Mauro Lustrinelli.'), [`${quote}: duplicate-line`]);
    const lead = ['<tx><ld><p>Nach dem Sieg sagte der Trainer: «Das war unser bestes Spiel der Saison.» Die Fans feierten.</p></ld>', `<ka><p>${quote}</p></ka>`, '<p>Die Tore fielen in der zweiten Halbzeit.</p></tx>', ''];
    assert.deepEqual(clean(lead.join('\n')).removed.map((r) => r.text), [quote]);
  });

  it('keeps a pull quote whose words stand only in a caption or a teaser’s title, which go', () => {
    const quote = '«Wir sind bereit für jede Lage.»';
    const captioned = ['<tx><p>Der Bundesrat stärkt die Armee</p>', `<lg><p>Verteidigungsministerin Amherd: ${quote}Keystone</p></lg>`, `<ka><p>${quote}</p></ka>`, '<p>Die Parteien reagierten unterschiedlich auf den Entscheid des Bundesrates.</p></tx>', ''];
    assert.ok(clean(captioned.join('\n')).text.includes(quote));
    const credited = [
      'Der FC Thun gewann am Samstag gegen den FCB mit 2:0.', '', '<ka>«Das war unser bestes Spiel der Saison»</ka>', '', 'Die Fans feierten noch lange vor dem Stadion.', '',
      '«Das war unser bestes Spiel der Saison», jubelte Trainer Lustrinelli.', 'Keystone', '', 'Der FCB verliert damit das dritte Spiel in Folge.', '',
    ];
    assert.ok(clean(credited.join('\n')).text.includes('«Das war unser bestes Spiel der Saison»'), 'a caption over its credit');
    const teased = ['<tx><p>Der Bundesrat stärkt die Armee</p>', `<ka><p>${quote}</p></ka>`, '<p>Die Parteien reagierten unterschiedlich auf den Entscheid.</p>', '<p>Mehr zum Thema:</p>', `<p>Amherd: ${quote} – das Interview</p></tx>`, ''];
    assert.ok(clean(teased.join('\n')).text.includes(quote));
  });
});
