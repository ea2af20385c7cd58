/**
 * The caption rule's bracketed photo credit: a paragraph closed by one is an image caption; prose
 * that mentions a photo in brackets is article text (CLEANING.md: "Precision first").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** Whether `paragraph`, between two paragraphs of an article, is dropped as a caption. */
function isCaption(paragraph: string): boolean {
  const dump = ['Schweiz', '', 'Der Bundesrat tagt in Bern', '', 'Die Regierung hat am Mittwoch getagt.', '', paragraph, '', 'Sie entscheidet nächste Woche.', ''].join('\n');
  return clean(dump).removed.some((r) => r.text === paragraph && r.codes.includes('caption'));
}

describe('caption: a photo credit in brackets', () => {
  for (const caption of [
    'Der Bundesrat in Bern. (Foto: Keystone)',
    'Rep. Trey Gowdy speaks in Washington. (AP Photo/Carolyn Kaster)',
    'Der Stand an der Messe. (Bild: zvg)',
    'The senator speaks to reporters. (Photo by Justin Sullivan/Getty Images)',
    'Les élus à Lausanne. (Photo: Keystone/Laurent Gillieron)',
  ]) it(`drops ${JSON.stringify(caption)}`, () => assert.ok(isCaption(caption)));

  for (const prose of [
    'Bärtschi spricht vor den Medien (im Bild: Bärtschi an der Medienkonferenz)',
    'Der Platz war voll. Die Polizei war vor Ort (vgl. Bild von 2023)',
    'Die neue Regierung (Foto von links: Müller, Bärtschi, Schnegg)',
    'Les élus se sont réunis (photo de groupe ci-dessus)',
    'Incidente sulla A1, tre feriti gravi (foto di repertorio)',
    'Die Preise steigen weiter (siehe Bild oben)',
  ]) it(`keeps ${JSON.stringify(prose)}`, () => assert.ok(!isCaption(prose)));
});

describe('caption: marked in the markup', () => {
  const dump = 'Schweiz\n\nDer Bundesrat tagt\n\nDie Regierung hat getagt.<lg><p>Der Migros-Spot.Youtube/@MigrosTVSpots</p></lg>Sie entscheidet nächste Woche.\n';

  it('goes as a caption, not as a credit, when a credit is glued to it', () => {
    const removed = clean(dump).removed.filter((r) => r.text.startsWith('Der Migros-Spot'));
    assert.deepEqual(removed.map((r) => r.codes), [['caption']]);
  });

  it('with captions kept, the credit rule judges it as any line', () => {
    const removed = clean(dump, { keepCaptions: true }).removed.filter((r) => r.text.startsWith('Der Migros-Spot'));
    assert.deepEqual(removed.map((r) => r.codes), [['credit']]);
  });
});

describe('caption: a gallery longer than an image block', () => {
  const pairs = ['In Langnau stand das Wasser knietief.', 'Keystone/Gaetan Bally', 'Feuerwehrleute pumpen einen Keller aus.', '20min/Michael Scherrer', 'Ein Baum blockiert die Strasse.', 'Foto: zvg'];
  const removedWith = (first: string) =>
    clean(['Emmental', '', 'Unwetter richtet Schäden an', '', 'Heftige Gewitter haben im Emmental Schäden angerichtet.', '', first, ...pairs, '', 'Verletzt wurde niemand.', ''].join('\n')).removed.map((r) => r.text);

  it('goes whole under its heading: each caption stands above its credit', () => {
    assert.deepEqual(removedWith('Bilder des Unwetters'), ['Bilder des Unwetters', ...pairs]);
  });

  it('goes with bare agencies as its credits', () => {
    const gallery = ['Die Bilder der Nacht', 'In Rorschach stand das Wasser kniehoch.', 'Keystone', 'In St. Gallen riss der Sturm Bäume aus.', 'AFP', 'Auch in Wil wurden Keller überflutet.', 'Reuters'];
    const dump = ['Ostschweiz', '', 'Unwetter in der Ostschweiz', '', 'Ein Sturm hat in der Nacht grosse Schäden angerichtet.', '', ...gallery, '', 'Verletzt wurde niemand.', ''].join('\n');
    assert.deepEqual(clean(dump).removed.map((r) => r.text), gallery);
  });

  it('is none when the lines under the texts name no photo: quotes above their papers stay', () => {
    const dump = ['Fussball', '', 'Die Schweiz scheidet aus', '', 'Die Nati verliert im Penaltyschiessen.', '', 'Die Stimmen der Zeitungen', '«Ein Abend für die Geschichtsbücher.»', 'Blick', '«Yakin hat alles richtig gemacht.»', 'Tamedia', '«Akanji trifft keine Schuld.»', '20min', '', 'Die Nati fliegt am Sonntag heim.', ''].join('\n');
    assert.ok(clean(dump).text.includes('Die Stimmen der Zeitungen\n«Ein Abend für die Geschichtsbücher.»'));
  });

  it('is none when a paragraph leads the block: the paragraph and the captions stay, the credits go', () => {
    const paragraph = 'Die Feuerwehr rückte bis in die Nacht hinein über 200 Mal aus.';
    assert.deepEqual(removedWith(paragraph), ['Keystone/Gaetan Bally', '20min/Michael Scherrer', 'Foto: zvg']);
  });
});

describe('caption: printed twice in paragraphs of their own', () => {
  const caption = 'Das Tram der Linie 4 sprang aus den Schienen.';
  /** The paragraphs dropped, each with its codes, of an article with `lines` after its lead. */
  const removedFrom = (...lines: string[]) =>
    clean(['Zürich', '', 'Tramunfall am Central', '', 'Am Montag ist ein Tram entgleist.', '', ...lines, ''].join('\n')).removed.map((r) => `${r.text}: ${r.codes.join('+')}`);

  it('goes above its credit on one line of paragraphs, as two lines in a row would', () => {
    assert.deepEqual(removedFrom(`<p>${caption}</p><p>${caption}</p><p>Foto: Leserreporter</p>`), [`${caption}: caption`, `${caption}: duplicate-line`, 'Foto: Leserreporter: credit']);
  });

  it('goes above its credit on lines of their own, split by block tags', () => {
    assert.deepEqual(removedFrom(`${caption}<br>`, caption, 'Keystone'), [`${caption}: caption`, `${caption}: duplicate-line`, 'Keystone: credit']);
  });

  it('goes whole when the body repeats it further down, whose copy stays', () => {
    assert.deepEqual(removedFrom(`<p>${caption}</p><p>${caption}</p><p>Keystone</p>`, '', caption), [`${caption}: caption`, `${caption}: caption`, 'Keystone: credit']);
  });

  it('stays once without a credit under it: a paragraph printed twice may be a stutter of the body', () => {
    assert.deepEqual(removedFrom(`<p>${caption}</p><p>${caption}</p>`), [`${caption}: duplicate-line`]);
  });

  it('stays once above a source tag, which ends a story', () => {
    assert.deepEqual(removedFrom(`<p>${caption}</p><p>${caption}</p><p>(AFP)</p>`), [`${caption}: duplicate-line`, '(AFP): credit']);
  });

  it('leaves the headline when the photo under it has the headline as its caption', () => {
    const headline = 'Tramunfall am Central fordert Verletzte';
    const dump = (top: string) => ['Zürich', '', top, '<p>Foto: Keystone</p>', '', 'Am Montag ist ein Tram entgleist.', ''].join('\n');
    for (const top of [`<h1>${headline}</h1>\n<p>${headline}</p>`, `<p>${headline}</p><p>${headline}</p>`]) {
      const { text } = clean(dump(top));
      assert.ok(text.startsWith(`Zürich\n\n${headline}\n`), text);
    }
  });

  it('stays once with a blank line between the copies, as paragraphs apart', () => {
    assert.deepEqual(removedFrom(`<p>${caption}</p>`, '', `<p>${caption}</p>`, '<p>Keystone</p>'), [`${caption}: duplicate-line`, 'Keystone: credit']);
  });
});

describe('caption: a line printed once in a block told by a caption printed twice', () => {
  const caption = 'Das Tram der Linie 4 sprang aus den Schienen.';
  const paragraph = 'Die Polizei sperrte die Strecke am Central für drei Stunden.';
  /** The lines dropped, each with its codes, of an article with the block `lines` after its lead. */
  const removedFrom = (...lines: string[]) =>
    clean(['Zürich', '', 'Tramunfall am Central', '', 'Am Montag ist ein Tram entgleist.', '', ...lines, '', 'Verletzt wurde niemand.', ''].join('\n')).removed.map(
      (r) => `${r.text}: ${r.codes.join('+')}`,
    );

  it('goes with a credit right under it: a gallery\'s next caption', () => {
    const next = 'Ein Kran hob den Wagen zurück auf die Schienen.';
    assert.deepEqual(removedFrom(caption, caption, 'Keystone', next, 'Keystone'), [
      `${caption}: caption`,
      `${caption}: duplicate-line`,
      'Keystone: credit',
      `${next}: caption`,
      'Keystone: credit',
    ]);
  });

  // Without a credit the copies are a stutter of the body, kept once (as without the paragraph).
  const stutter = [`${caption}: duplicate-line`];
  const credited = (credit: string) => [`${caption}: caption`, `${caption}: duplicate-line`, `${credit}: credit`];
  for (const [lines, expected] of [
    [[paragraph, caption, caption], stutter],
    [[caption, caption, paragraph], stutter],
    [[paragraph, caption, caption, 'Keystone'], credited('Keystone')],
    [[caption, caption, 'Foto: Keystone', paragraph], credited('Foto: Keystone')],
    [[caption, caption, 'Keystone', '«Wir sperrten die Strecke für drei Stunden.»'], credited('Keystone')],
  ]) {
    it(`stays as a sentence with no credit under it, the article's paragraph glued to the image block: ${JSON.stringify(lines)}`, () => {
      assert.deepEqual(removedFrom(...lines), expected);
    });
  }

  it('is the first copy, kept, of a paragraph printed again further down (duplicate-line agrees)', () => {
    assert.deepEqual(removedFrom(paragraph, caption, caption, 'Keystone', '', paragraph), [...credited('Keystone'), `${paragraph}: duplicate-line`]);
  });

  it('goes as no sentence, a stamp or a heading over the photo', () => {
    assert.deepEqual(removedFrom('Sonntag, 2. Juni', caption, caption, 'Keystone'), ['Sonntag, 2. Juni: caption', ...credited('Keystone')]);
  });

  // A wrapped paragraph takes one verdict: both its lines stay.
  const wrapped = ['Die Polizei sperrte die Strecke am Central und leitete', 'den Verkehr für drei Stunden um.'];
  for (const lines of [
    [...wrapped, caption, caption, 'Keystone'],
    [caption, caption, 'Keystone', ...wrapped],
  ]) {
    it(`stays as a sentence wrapped over lines, all of it: ${JSON.stringify(lines)}`, () => {
      assert.deepEqual(removedFrom(...lines), credited('Keystone'));
    });
  }

  for (const line of [
    // A longer or a shorter version of the caption.
    'Das Tram der Linie 4 sprang am Montagmorgen beim Central aus den Schienen, während Schaulustige zusehen.',
    'Das Tram sprang aus den Schienen.',
    // A lead-in to the photo: the picture named, a label, a few words.
    'Das Bild zeigt die Unfallstelle am Montagmorgen.',
    'Hier sehen Sie die Bilder vom Unfall.',
    'Im Bild: Die Unfallstelle am Central.',
    'Bildstrecke: So sah es am Central aus.',
    'Symbolbild: Ein Tram der VBZ fährt über den Bellevueplatz.',
    'Fotostrecke: Die Bergung des Trams.',
    'Luftaufnahme: Die Unfallstelle am Central.',
    'Drohnenaufnahme: Die Unfallstelle von oben.',
    'Bildergalerie: Die Bergung des Trams.',
    'Die Bilder.',
  ]) {
    it(`goes with the photo's caption above it, as no paragraph of the article: ${line}`, () => {
      assert.deepEqual(removedFrom(line, caption, caption, 'Keystone'), [`${line}: caption`, ...credited('Keystone')]);
    });
  }

  for (const line of [
    // A sentence on the caption's subject: a short caption's words are in many.
    'Das Tram ist am Montag bei der Haltestelle Central in Zürich aus den Schienen gesprungen, niemand wurde verletzt.',
    // The picture named further on, a speaker's label.
    'Die Polizei veröffentlichte am Dienstag Fotos des mutmasslichen Täters.',
    'Staatsanwalt Meier: Der Täter ist bewaffnet und gefährlich.',
    'Bildungsdirektorin Steiner: Die Schulen bleiben offen.',
    'Lagebild: Die Polizei rechnet mit weiteren Verspätungen bis am Mittag.',
    'Vorbild: In Basel fahren die Trams seit Jahren ohne Unterbruch.',
    'Aufnahme: Die Stadt nimmt 50 weitere Flüchtlinge auf.',
  ]) {
    it(`stays as the article's sentence glued to a short caption printed twice: ${line}`, () => {
      const short = 'Das Tram in Zürich.';
      assert.deepEqual(removedFrom(line, short, short, 'Keystone'), [`${short}: caption`, `${short}: duplicate-line`, 'Keystone: credit']);
    });
  }

  it('goes between two captions printed twice: a gallery\'s caption printed once', () => {
    const next = 'Schaulustige verfolgen die Bergung vom Trottoir aus.';
    assert.deepEqual(removedFrom(caption, caption, paragraph, next, next, 'Keystone'), [
      `${caption}: caption`,
      `${caption}: duplicate-line`,
      `${paragraph}: caption`,
      `${next}: caption`,
      `${next}: duplicate-line`,
      'Keystone: credit',
    ]);
  });
});

describe('caption: a source of figures makes no image block', () => {
  /** The removed lines of an article with `block` between two paragraphs, as `text: codes`. */
  const removedFrom = (...block: string[]) =>
    clean(['Schweiz', '', 'Familien zahlen mehr fürs Wohnen', '', 'Die Kosten für Kinder sind gestiegen.', '', ...block, '', 'Der Bundesrat prüft Massnahmen.', ''].join('\n')).removed.map(
      (r) => `${r.text}: ${r.codes.join('+')}`,
    );

  for (const source of ['Quelle: BFS', 'Source: Office fédéral de la statistique', 'Fonte: UST', 'Source: Office for National Statistics']) {
    it(`${JSON.stringify(source)} goes as a credit, the sentences around it stay`, () => {
      assert.deepEqual(removedFrom('Wohnen macht gut einen Drittel der Kosten aus.', source, 'Für Alleinerziehende sind die Kosten pro Kind höher.'), [`${source}: credit`]);
    });
  }

  it('a photo credit still makes captions of the lines around it', () => {
    assert.deepEqual(removedFrom('Eine Familie beim Einkaufen in Bern.', 'Foto: Keystone'), ['Eine Familie beim Einkaufen in Bern.: caption', 'Foto: Keystone: credit']);
    assert.deepEqual(removedFrom('Eine Familie beim Einkaufen in Bern.', 'Keystone'), ['Eine Familie beim Einkaufen in Bern.: caption', 'Keystone: credit']);
  });

  it('a source that names an agency is no photo’s credit either', () => {
    for (const source of ['Quelle: AFP-Umfrage', 'Quelle: Keystone-SDA', 'Source: Reuters calculations']) {
      assert.deepEqual(removedFrom('Im Kanton Zürich sind es 54 Prozent.', source), [`${source}: credit`]);
    }
  });

  it('a paper under a quote is the source of what was said: the lines above it stay', () => {
    const quote = '«Wir wollen keine Unfälle», sagte die Bundesrätin.';
    assert.deepEqual(removedFrom('Die Vernehmlassung dauert bis Ende Juni.', quote, 'Blick'), ['Blick: credit']);
    assert.deepEqual(removedFrom(quote, '20 Minuten'), ['20 Minuten: byline']);
    // A caption with no quote above it, or one printed twice, goes all the same; so does one above a photo agency.
    assert.deepEqual(removedFrom('Eine Familie beim Einkaufen in Bern.', 'Blick'), ['Eine Familie beim Einkaufen in Bern.: caption', 'Blick: credit']);
    assert.deepEqual(removedFrom(quote, quote, 'Blick'), [`${quote}: caption`, `${quote}: duplicate-line`, 'Blick: credit']);
    assert.deepEqual(removedFrom(quote, 'Keystone'), [`${quote}: caption`, 'Keystone: credit']);
    // Only a quote right above the name, and only what was said: a title in quotes opens a caption.
    assert.deepEqual(removedFrom('Eine Drohne über dem Bundeshaus.', 'Blick', quote, 'Blick'), ['Eine Drohne über dem Bundeshaus.: caption', 'Blick: credit', `${quote}: caption`, 'Blick: credit']);
    assert.deepEqual(removedFrom('«Titanic»-Regisseur James Cameron bei der Premiere in Zürich.', 'Blick'), ['«Titanic»-Regisseur James Cameron bei der Premiere in Zürich.: caption', 'Blick: credit']);
    // A photo agency that is also a publisher is a photo's credit.
    const oscar = '"Oppenheimer" star Cillian Murphy arrives at the Academy Awards in Los Angeles.';
    assert.deepEqual(removedFrom(oscar, 'Associated Press'), [`${oscar}: caption`, 'Associated Press: credit']);
  });

  it('a notice that reserves the rights, under the short last paragraph, goes as a credit; the paragraph stays', () => {
    const removedAtEnd = (...block: string[]) =>
      clean(['Schweiz', '', 'Familien zahlen mehr fürs Wohnen', '', 'Die Kosten für Kinder sind gestiegen.', '', ...block, ''].join('\n')).removed.map(
        (r) => `${r.text}: ${r.codes.join('+')}`,
      );
    for (const notice of [
      'All rights reserved.',
      'Tous droits réservés',
      'Riproduzione riservata',
      'Alle Rechte vorbehalten.',
      'Copyright 2024 The Associated Press. All rights reserved.',
      '© 2024 AFP. Alle Rechte vorbehalten.',
    ]) {
      assert.deepEqual(removedAtEnd('Die Schulen bleiben am Mittwoch geschlossen.', 'Die Armee ist im Einsatz.', notice), [`${notice}: credit`]);
    }
    // With furniture after it, and inside the article too.
    assert.deepEqual(removedAtEnd('Die Armee ist im Einsatz.', 'Copyright 2024 The Associated Press. All rights reserved.', 'Teilen'), [
      'Copyright 2024 The Associated Press. All rights reserved.: credit',
      'Teilen: boilerplate',
    ]);
    assert.deepEqual(removedFrom('Die Armee ist im Einsatz.', '© 2024 AFP. Alle Rechte vorbehalten.'), ['© 2024 AFP. Alle Rechte vorbehalten.: credit']);
  });
});

describe('caption: a news agency heading its block is the source of the text under it', () => {
  /** The removed lines of an article with `block` between two paragraphs, as `text: codes`. */
  const removedFrom = (...block: string[]) =>
    clean(['Portugal', '', 'Portugal wins the vote', '', 'Lisbon lawmakers approved the budget on Friday after a long night of talks.', '', ...block, '', 'The president has twenty days to sign it.', ''].join('\n')).removed.map(
      (r) => `${r.text}: ${r.codes.join('+')}`,
    );
  const paragraph = 'The opposition said it would challenge the vote in court, and unions called a strike for Monday.';
  const caption = 'A protester outside parliament in Lisbon.';

  for (const agency of ['Lusa', 'STT', 'dpa', 'Reuters', 'AFP', 'AFP.', 'ANSA', 'Keystone-SDA']) {
    it(`${JSON.stringify(agency)} goes as a credit, the text under it stays`, () => {
      assert.deepEqual(removedFrom(agency, paragraph), [`${agency}: credit`]);
      assert.deepEqual(removedFrom(agency, caption), [`${agency}: credit`]);
    });
  }

  for (const credit of ['Foto: Keystone', 'Bild: AFP', '© Reuters', 'REUTERS/Rafael Marchante', 'Photo: AP', 'Keystone']) {
    it(`${JSON.stringify(credit)} names a photo: the caption under it goes`, () => {
      assert.deepEqual(removedFrom(credit, caption), [`${credit}: credit`, `${caption}: caption`]);
    });
  }

  it('a news agency under a caption is its photo’s credit', () => {
    for (const agency of ['Lusa', 'Reuters', 'Keystone-SDA']) assert.deepEqual(removedFrom(caption, agency), [`${caption}: caption`, `${agency}: credit`]);
  });

  it('a photo credit further down the block still makes captions of its lines', () => {
    assert.deepEqual(removedFrom('AFP', caption, 'Foto: Keystone'), ['AFP: credit', `${caption}: caption`, 'Foto: Keystone: credit']);
  });

  it('agencies signing together, printed twice or under a dateline head the text alike', () => {
    for (const agency of ['APA/dpa', 'dpa/AFP', 'Keystone-SDA/dpa', 'AFP, Reuters', 'AFP / Reuters']) {
      assert.deepEqual(removedFrom(agency, paragraph), [`${agency}: credit`]);
    }
    assert.deepEqual(removedFrom('Lusa', 'Lusa', paragraph), ['Lusa: credit', 'Lusa: credit']);
    assert.equal(clean(['Portugal wins the vote', '', 'Lisbon', 'Lusa', paragraph, ''].join('\n')).text.includes(paragraph), true);
  });

  it('a caption printed twice under an agency is a caption all the same', () => {
    assert.deepEqual(removedFrom('AFP', caption, caption), ['AFP: credit', `${caption}: caption`, `${caption}: duplicate-line`]);
  });

  it('EPA, an agency of photos, credits the photo over its caption', () => {
    assert.deepEqual(removedFrom('EPA', caption), ['EPA: credit', `${caption}: caption`]);
  });
});

describe('caption: a photo credit after the last sentence', () => {
  for (const caption of [
    'The narrow lanes of Naxos old town. Photograph: Alamy',
    'Protesters outside parliament on Sunday. Photograph: Jane Doe/The Guardian',
    'Der Bundesrat in Bern. Foto: Keystone/Peter Klaunzer',
    'Tourists walk through the narrow lanes of the old town of Naxos, where cars will be banned from June to September this year. Photograph: Louisa Gouliamaki/AFP/Getty Images',
    'Tourists walk through the narrow lanes of the old town of Naxos, where cars will be banned from June to September this year. Photograph: Jane Doe',
    'Dockers clear debris from the quay in Genoa. Photograph: supplied',
    'The harbour master inspects the breakwater. Photograph: Supplied/AAP',
    "The mayor's late father at the port in 1970. Photo: courtesy of the family",
    // A photo handed in: `courtesy of` after the photo word; `Supplied` after `Picture:`.
    "The mayor's late father at the port in 1970. Photo courtesy of the family",
    'The rocket lifts off from Cape Canaveral. Image courtesy of NASA',
    'The old harbour in winter. Photograph courtesy of Jane Doe',
    "The mayor's late father at the port in 1970. Picture: Supplied",
    // A credit word in lower case, closed by a point; who handed it in, in lower case.
    'Dockers clear debris from the quay in Genoa. Photograph: handout.',
    'Dockers clear debris from the quay in Genoa. Photograph: supplied.',
    'The suspect leaves the bank on Friday. Photo courtesy of police',
  ]) it(`drops ${JSON.stringify(caption)}`, () => assert.ok(isCaption(caption)));

  for (const prose of [
    'The caption under the old postcard read "Photo: Reuters", the archivist noted.',
    'Unemployment rose to 4.2 per cent. Source: ONS',
    'He looked at the frame for a long time. Photograph: a word he never used.',
    'Das Motiv ist schlicht. Bild: ein Kind am Fenster',
    'Each entry has two fields. Image: the file name',
    'The photograph supplied by the family shows the harbour wall before the storm.',
    'The family said the photos were supplied.',
    'The decision follows years of complaints from residents, the mayor said on Friday in a long statement to the council, which voted unanimously. Photo: Reuters',
    'Courtesy of the museum, the painting returns to Basel next year.',
    'The photograph supplied by the family shows him in 1970.',
    'Mr Supplied said he would appeal.',
    'They asked for the courtesy of a reply.',
    'He arrived in style (courtesy of his brother).',
    'The vote is on Sunday. Photo courtesy of a friend who was there and saw everything',
    // An agency in brackets tags the story; a photo handed in, in brackets, is no sure credit: `(Courtesy of …)` is a joke as often.
    'The talks went well, both sides said. (Reuters)',
    'The wine was free. (Courtesy of Air France)',
    "The mayor's late father at the port in 1970. (Supplied)",
  ]) it(`keeps ${JSON.stringify(prose)}`, () => assert.ok(!isCaption(prose)));
});

describe('caption: a byline before the closing credit', () => {
  // A caption carries no byline: a lead run together with its author and a photo's credit is the article's.
  for (const lead of [
    'Die Gewerkschaft ruft für Montag zum Streik auf. Von Anna Muster. Foto: Keystone',
    'Die Gewerkschaft ruft zum Streik auf. Von Anna Muster und Beat Meier. Foto: Keystone/Peter Klaunzer',
    'The union has called a strike for Monday. By Jane Doe. Photograph: Reuters',
    'Le syndicat appelle à la grève lundi. Par Jean Dupont. Photo: Keystone',
    'Il sindacato ha proclamato uno sciopero per lunedì. Di Marco Rossi. Foto: Keystone',
  ]) it(`keeps ${JSON.stringify(lead)}`, () => assert.ok(!isCaption(lead)));

  for (const caption of [
    // `Von` within a sentence, or opening one that names no author.
    'Bauer Hans Von Känel auf seinem Hof. Foto: Keystone',
    'Der Bundesrat in Bern. Von links: Berset und Keller-Sutter. Foto: Keystone',
    'Giorgia Meloni a Roma. Di Maio sullo sfondo. Foto: Keystone',
    'The harbour at dawn. By then the boats had left. Photograph: Alamy',
  ]) it(`drops ${JSON.stringify(caption)}`, () => assert.ok(isCaption(caption)));

  for (const lead of [
    'Die Gewerkschaft ruft zum Streik auf. Von Anna Muster.Foto: Keystone',
    'Die Gewerkschaft ruft zum Streik auf. Von Anna Muster. (Foto: Keystone)',
  ]) it(`keeps ${JSON.stringify(lead)}, its credit glued or bracketed`, () => assert.ok(!isCaption(lead)));

  // Precision first: a caption naming a work's author reads as a lead with its byline, and stays.
  it('keeps "Das Bild «Sonnenuntergang». Von Ferdinand Hodler. Foto: Keystone" as a lead (accepted)', () =>
    assert.ok(!isCaption('Das Bild «Sonnenuntergang». Von Ferdinand Hodler. Foto: Keystone')));

  it('keeps a lead over its author line and the credit, three lines of one block; author and credit go', () => {
    const lead = 'Die Gewerkschaft ruft für Montag zum Streik auf.';
    const dump = ['Streik bei der SBB', '', 'Die Stadt baut eine neue Brücke über die Aare.', '', lead, 'Von Anna Muster', 'Foto: Keystone', '', 'Der Streik soll den ganzen Tag dauern.', ''].join('\n');
    const removed = clean(dump).removed.map((r) => r.text);
    assert.ok(!removed.includes(lead) && removed.includes('Foto: Keystone'), removed.join(' | '));
  });

  it('is no lead with its author for a caption over `Von links: …` and the credit: it goes', () => {
    const dump = ['Bundesrat', '', 'Der Bundesrat tagte am Mittwoch in Bern.', '', 'Der Bundesrat in Bern.', 'Von links: Berset und Keller-Sutter', 'Foto: Keystone', '', 'Die Sitzung dauerte drei Stunden.', ''].join('\n');
    assert.ok(clean(dump).removed.some((r) => r.text === 'Der Bundesrat in Bern.'));
  });

  it('keeps the lead under the headline whole', () => {
    const lead = 'Die Gewerkschaft ruft für Montag zum Streik auf. Von Anna Muster. Foto: Keystone';
    const dump = ['Streik bei der SBB', '', lead, '', 'Der Streik soll den ganzen Tag dauern, sagte die Sprecherin.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });
});

describe('caption: a fact box above a photo credit', () => {
  /** The removed lines of an article with `block` between two paragraphs, as `text: codes`. */
  const removedFrom = (...block: string[]) =>
    clean(['Bern', '', 'Neue Brücke für Bern', '', 'Die Stadt baut eine neue Brücke über die Aare.', '', ...block, '', 'Der Bau beginnt im Frühling.', ''].join('\n')).removed.map(
      (r) => `${r.text}: ${r.codes.join('+')}`,
    );

  it('keeps its heading and rows of labels and values; the credit goes', () => {
    assert.deepEqual(removedFrom('Die Brücke in Zahlen', 'Länge: 240 Meter', 'Kosten: 85 Millionen Franken', 'Bauzeit: drei Jahre', 'Foto: Keystone'), ['Foto: Keystone: credit']);
    assert.deepEqual(removedFrom('Länge: 240 Meter', 'Kosten: 85 Millionen Franken', 'Keystone'), ['Keystone: credit']);
  });

  it('keeps a list’s items; the credit goes', () => {
    const items = ['- Hunde an der Leine', '- Velos nur auf den Wegen'];
    assert.deepEqual(removedFrom('Das ändert sich', ...items, 'Foto: zvg'), ['Foto: zvg: credit']);
    assert.deepEqual(removedFrom('Das ändert sich', ...items.map((i) => `• ${i.slice(2)}`), 'Foto: zvg'), ['Foto: zvg: credit']);
  });

  it('is no fact box for a caption of one label and its sentence: it goes', () => {
    const caption = 'Im Bild: Stadtpräsident Alec von Graffenried an der Aare.';
    assert.deepEqual(removedFrom(caption, 'Foto: Keystone'), [`${caption}: caption`, 'Foto: Keystone: credit']);
    assert.deepEqual(removedFrom('Die neue Brücke', caption, 'Foto: Keystone'), ['Die neue Brücke: caption', `${caption}: caption`, 'Foto: Keystone: credit']);
  });

  it('is no fact box for such a caption printed twice: both copies go', () => {
    const caption = 'Im Bild: Stadtpräsident Alec von Graffenried an der Aare.';
    assert.deepEqual(removedFrom(caption, caption, 'Foto: Keystone'), [`${caption}: caption`, `${caption}: duplicate-line`, 'Foto: Keystone: credit']);
  });

  it('keeps rows after a spaced colon, under years, numbered, and a source of figures among them', () => {
    assert.deepEqual(removedFrom('Le pont en chiffres', 'Longueur : 240 mètres', 'Coût : 85 millions de francs', 'Photo: Keystone'), ['Photo: Keystone: credit']);
    assert.deepEqual(removedFrom('Die Fälle seit 2019', '2019: 240 Fälle', '2020: 310 Fälle', 'Foto: Keystone'), ['Foto: Keystone: credit']);
    assert.deepEqual(removedFrom('Das ändert sich', '1. Hunde an der Leine', '2. Velos nur auf den Wegen', 'Foto: zvg'), ['Foto: zvg: credit']);
    const removed = removedFrom('Die Brücke in Zahlen', 'Länge: 240 Meter', 'Quelle: Stadt Bern', 'Foto: Keystone');
    assert.ok(['Die Brücke in Zahlen', 'Länge: 240 Meter'].every((row) => !removed.some((r) => r.startsWith(`${row}:`))), removed.join(' | '));
  });

  // A row's value is short and no sentence, nor a quote: captions under labels are sentences.
  for (const captions of [
    ['Im Bild: Stadtpräsident Alec von Graffenried an der Aare.', 'Von links: Berset, Keller-Sutter und Parmelin.'],
    ['Links: Der alte Steg aus dem Jahr 1950.', 'Rechts: Die neue Brücke im Modell.'],
    ['Nella foto: il sindaco di Lugano Michele Foletti.', 'A destra: la consigliera Karin Valenzano Rossi.'],
    ['Berset: «Wir sind bereit.»', 'Keller-Sutter: «Das Parlament entscheidet.»'],
    ['Bild 1: Der alte Steg im Winter.', 'Bild 2: Die Baustelle im Sommer.'],
    ['Pictured: Mayor Alec von Graffenried at the river.', 'Left to right: Berset, Keller-Sutter and Parmelin.'],
    ['Bern: Die neue Brücke über die Aare im Modell.', 'Zürich: Die Hardbrücke im Abendlicht.'],
    ['- Der alte Steg im Winter.', '- Die Baustelle im Sommer.'],
  ]) {
    it(`is no fact box for captions under labels or marks: ${JSON.stringify(captions)} go`, () => {
      assert.deepEqual(removedFrom(...captions, 'Fotos: Keystone'), [...captions.map((c) => `${c}: caption`), 'Fotos: Keystone: credit']);
    });
  }

  it('is no fact box for a caption above its credit with rows under the credit: the caption goes', () => {
    const caption = 'Die neue Brücke über die Aare im Modell.';
    const removed = removedFrom(caption, 'Foto: Keystone', 'Länge: 240 Meter', 'Kosten: 85 Millionen Franken');
    assert.ok(removed.includes(`${caption}: caption`), removed.join(' | '));
  });

  it('is no fact box for a caption of two sentences: it goes', () => {
    const caption = 'Die neue Brücke über die Aare. Sie wird 240 Meter lang.';
    assert.deepEqual(removedFrom(caption, 'Foto: Keystone'), [`${caption}: caption`, 'Foto: Keystone: credit']);
  });
});

describe('caption: a ticker entry under its relative time, signed by its agency', () => {
  for (const [stamp, entry] of [
    ['il y a 5 min', 'Le Premier ministre prendra la parole à 21 heures depuis Matignon.'],
    ['1 min ago', 'The prime minister will speak at 9pm from Downing Street.'],
    ['12 mins ago', 'The prime minister will speak at 9pm from Downing Street.'],
    ['vor 5 Minuten', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['vor 1 Std.', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['5 minuti fa', 'Il premier parlerà alle 21 da Palazzo Chigi.'],
    ['2 ore fa', 'Il premier parlerà alle 21 da Palazzo Chigi.'],
    // In words: no heading or caption says so alone.
    ['Vor einer Stunde', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['Vor wenigen Minuten', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['Gerade eben', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['Il y a une heure', 'Le Premier ministre prendra la parole à 21 heures depuis Matignon.'],
    ["À l'instant", 'Le Premier ministre prendra la parole à 21 heures depuis Matignon.'],
    ['An hour ago', 'The prime minister will speak at 9pm from Downing Street.'],
    ['Just now', 'The prime minister will speak at 9pm from Downing Street.'],
    ["Un'ora fa", 'Il premier parlerà alle 21 da Palazzo Chigi.'],
    // Counted in words up to twelve.
    ['Vor zwei Stunden', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['vor drei Minuten', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['Soeben', 'Der Bundesrat informiert um 15 Uhr in Bern.'],
    ['Il y a deux heures', 'Le Premier ministre prendra la parole à 21 heures depuis Matignon.'],
    ['Il y a douze minutes', 'Le Premier ministre prendra la parole à 21 heures depuis Matignon.'],
    ['Two hours ago', 'The prime minister will speak at 9pm from Downing Street.'],
    ['One minute ago', 'The prime minister will speak at 9pm from Downing Street.'],
    ['Due ore fa', 'Il premier parlerà alle 21 da Palazzo Chigi.'],
  ]) {
    it(`keeps ${JSON.stringify(stamp)} and its entry, drops the agency`, () => {
      const dump = ['Live', '', 'Election night as it happens', '', 'The first results are expected at 8pm.', '', stamp, entry, 'AFP', ''].join('\n');
      assert.deepEqual(clean(dump).removed.map((r) => r.text), ['AFP']);
    });
  }
});

describe('caption: a ticker or timeline entry under a clock time, a match minute or a named date, signed by its agency', () => {
  const cleaned = (first: string, entry: string) =>
    clean(['Live', '', 'Storm hits the south coast', '', 'Heavy rain and strong winds hit the coast overnight.', '', first, entry, 'AFP', ''].join('\n')).removed.map((r) => r.text);

  for (const [stamp, entry] of [
    ['1.05pm', 'Schools close in Cornwall.'],
    ['10.01pm BST', 'Exit poll: no party has a majority.'],
    ['12:30 PM ET', 'The Met Office issues a red warning.'],
    ['ore 15.10', 'Esondato il Maggia.'],
    ['92.', 'Füllkrug trifft zum 1:1.'],
    ["88'", 'Tor! Hofmann trifft zum 4:2.'],
    ['74 min', 'GOAL! Real Madrid 1-0 Dortmund (Carvajal)'],
    ['90.+4', 'Schluss in Frankfurt.'],
    ['90+5 min', 'Full time at Wembley.'],
    ["90'+3", 'Finisce qui!'],
    ['+++ Eilmeldung +++', 'Die Polizei evakuiert die Kramgasse.'],
    ['+++ Breaking News +++', 'Schools close in Cornwall.'],
    ['+++ Dernière minute +++', 'La préfecture ouvre un centre d\'accueil.'],
    ["+++ Ultim'ora +++", 'Esondato il Maggia.'],
    ['+++ Update 15.30 Uhr +++', 'Die Kramgasse ist wieder offen.'],
    ['+++ Polizei sperrt die Kramgasse (15:42) +++', 'Die Anwohner müssen ihre Häuser verlassen.'],
    ['Sonntag, 2. Juni', 'Selenski trifft Macron in Paris.'],
    ['1. Juni, 22.10 Uhr', 'Explosionen in Charkiw.'],
    ['9. November 1989', 'Die Mauer fällt.'],
    ['January 31, 2020', 'The UK formally leaves the EU.'],
    ['13 janvier 1898', "Zola publie «J'accuse» dans L'Aurore."],
    ['24 ottobre 2001', 'Due camion si scontrano nel tunnel.'],
    // A clock's time after its day, or as French and English tickers print the hour alone.
    ['Heute, 15:42', 'Die Polizei sperrt die Kramgasse.'],
    ['Gestern, 22.10 Uhr', 'Explosionen in Charkiw.'],
    ["Aujourd'hui, 14h30", "La préfecture ouvre un centre d'accueil."],
    ['Today, 3.05pm', 'Schools close in Cornwall.'],
    ['14 h 30', "La préfecture ouvre un centre d'accueil."],
    ['13h', "La préfecture ouvre un centre d'accueil."],
    ['9h', "La préfecture ouvre un centre d'accueil."],
    ['15.42 Uhr', 'Die Polizei sperrt die Kramgasse.'],
    ['3pm', 'Schools close in Cornwall.'],
    // A date in digits, or said with the word for on which day.
    ['02/06/2024', 'Selenski trifft Macron in Paris.'],
    ['2.6.2024', 'Selenski trifft Macron in Paris.'],
    ['2024-06-02', 'Selenski trifft Macron in Paris.'],
    ['Am 2. Juni', 'Selenski trifft Macron in Paris.'],
    ['Le 2 juin', 'Zelensky rencontre Macron à Paris.'],
    ['Il 2 giugno', 'Zelensky incontra Macron a Parigi.'],
    ['On June 2', 'Zelensky meets Macron in Paris.'],
    // A match's minute written out.
    ['88. Minute', 'Tor! Hofmann trifft zum 4:2.'],
    ['88. Min.', 'Tor! Hofmann trifft zum 4:2.'],
    ['90.+4 Min.', 'Schluss in Frankfurt.'],
    // A timeline's year and its label.
    ['1931: Gründung', 'Balz Zimmermann und Walter Mittelholzer gründen die Swissair.'],
    ['2002: Neustart als Swiss', 'Die Swiss nimmt den Flugbetrieb auf.'],
  ]) {
    it(`keeps ${JSON.stringify(stamp)} and its entry, drops the agency`, () => assert.deepEqual(cleaned(stamp, entry), ['AFP']));
  }

  // No time or date alone: a line of the caption, which goes with its credit (a year first is a
  // historical photo's, `1931: Die erste Maschine`, as in a gallery: a year's label has a word to
  // three, no article first).
  // Nor a list's number (`1.`: a match's minute with a point has two digits), nor a heading between
  // the marks of a flag that flags no breaking news (`+++ Bildstrecke +++`). Nor a time long ago in
  // words, nor a word for the match's break, which heads a gallery or an article as well (`Halbzeit`
  // of a legislature, `Mi-temps` part-time, `Intervallo` in a theatre), nor `HT` and `FT`, which
  // are papers' names too (the Financial Times).
  for (const first of [
    'Die Feier vom 1. August', 'Juni im Tessin', 'Publiziert am 3. Mai 2024', '1989 in Berlin', '1931: Die erste Maschine', '2 Eier', '12.50 Franken',
    '1931: Die erste Maschine der Swissair', '1931: Zimmermann gründet die Swissair', '1931: Mittelholzer, Zimmermann', 'Am Bahnhof', 'Le 2e jour', '24h', '24 h',
    'Vor einem Jahr', 'Il y a dix ans', 'Heute im Tessin', 'Gestern Abend',
    'Halbzeit', 'Mi-temps', 'Intervallo', 'HT', 'FT',
    '1.', '5.', '+++ Bildstrecke +++', '+++ Neue Bilder +++', '+++ Die schönsten Fotos +++',
  ]) {
    it(`drops ${JSON.stringify(first)} with the caption under it`, () => {
      assert.deepEqual(cleaned(first, 'Fans feiern in der Innenstadt.'), [first, 'Fans feiern in der Innenstadt.', 'AFP']);
    });
  }
});

describe('caption: a gallery or a photo under a ticker time or a date, credited', () => {
  const removed = (block: string) =>
    clean(['News', '', 'Grosser Tag in Bern', '', 'Die Stadt feierte am Wochenende ihr Jubiläum.', '', block, '', 'Am Sonntag wurde weitergefeiert.', ''].join('\n')).removed.map((r) => r.text);

  // A photo agency credits a photo, a news agency followed by no entry's stamp ends a gallery's
  // caption, a caption printed twice is one, and a stamp with no text under it is a photo's caption.
  for (const block of [
    'Samstag, 1. Juni\nEin Feuerwehrmann löscht die Flammen.\nKeystone\nDie Brandruine am Morgen danach.\nAFP',
    'Samstag, 1. Juni\nEin Feuerwehrmann löscht die Flammen.\nReuters\nDie Brandruine am Morgen danach.\nDie Polizei sperrt die Gasse ab.\nKeystone',
    'Sonntag, 2. Juni\nTausende feiern auf dem Bundesplatz.\nTausende feiern auf dem Bundesplatz.\nAFP',
    "88'\nMüller jubelt nach seinem Tor.\nfreshfocus",
    "88'\nMüller jubelt nach seinem Tor.\nGetty Images",
    "74'\nXhaka nach dem Schlusspfiff.\nimago",
    '92.\nDer Schlusspfiff in Bern.\nKeystone',
    '9. November 1989\nMenschen auf der Mauer am Brandenburger Tor.\nShutterstock',
    '2 Juni\nKeystone',
    '2 Juni\nAFP',
    // The same under the stamps added since: written minutes, dates in digits or said with their
    // word, relative times in words, a clock abroad, a timeline's year.
    '88. Minute\nMüller jubelt nach seinem Tor.\nfreshfocus',
    'Am 1. Juni\nEin Feuerwehrmann löscht die Flammen.\nReuters\nDie Brandruine am Morgen danach.\nAFP',
    '02/06/2024\nTausende feiern auf dem Bundesplatz.\nTausende feiern auf dem Bundesplatz.\nAFP',
    '2024-06-02\nAFP',
    'Vor einer Stunde\nDer Bundesrat vor den Medien.\nKeystone',
    'Just now\nThe crowd at Wembley.\nGetty Images',
    '3pm\nThe crowd at Wembley.\nGetty Images',
    '1931: Gründung\nDie erste Maschine in Dübendorf.\nKeystone',
    '1931: Gründung\nDie erste Maschine in Dübendorf.\nAFP\nDie Fokker auf der Piste.\nAFP',
    '1931: Gründung\nAFP',
    // An hour of one digit alone, or spaced, may say how long (`7h` of queueing): a news agency's entry only.
    '7h\nDie Fans warten vor dem Stadion.\nKeystone',
    '2 h\nThe crowd at Wembley.\nGetty Images',
    '12 h\nDie Fans warten vor dem Stadion.\nKeystone',
    // So may one digit spaced from its minutes (`2 h 30` in the queue).
    '1 h 30\nDie Fans warten vor dem Stadion.\nKeystone',
    '2 h 30\nThe crowd at Wembley.\nGetty Images',
    'Vor zwei Stunden\nDer Bundesrat vor den Medien.\nKeystone',
    'Soeben\nDer Bundesrat vor den Medien.\nKeystone',
  ]) {
    it(`drops ${JSON.stringify(block)}`, () => assert.deepEqual(removed(block), block.split('\n')));
  }

  // Entries each under their stamp and signed by their news agency, or under a time that starts
  // their text: the agencies go.
  for (const [block, kept] of [
    ['24. Oktober 2001\nZwei Lastwagen stossen im Tunnel zusammen.\nKeystone-SDA\n21. Dezember 2001\nDer Tunnel ist wieder offen.\ndpa', ['Keystone-SDA', 'dpa']],
    ['15:42\nThe tunnel stays closed.\nReuters\n14.05 Uhr\nKeller überflutet.\nKeystone-SDA', ['Reuters', 'Keystone-SDA']],
    ["90+5 min\nVinicius nearly makes it three from the halfway line.\nAP\n83 min\nGOAL! Real Madrid 2-0 Dortmund (Vinicius)\nReuters", ['AP', 'Reuters']],
    ["10h15 La préfecture ouvre un centre d'accueil.\nAFP", ['AFP']],
    ['92.\nDer Schlusspfiff in Bern.\nSDA', ['SDA']],
    // Under a clock's time, any credit signs the entry, as it always has: a ticker prints its time
    // over an entry far more often than a gallery over a photo.
    ['15:42\nZelensky arrives in Paris.\nReuters\nHe meets Macron at the Elysée.\nAFP', ['Reuters', 'AFP']],
    ['15:42\nFeuerwerk über dem Rütli.\nKeystone', ['Keystone']],
    ['15:42\nReuters', ['Reuters']],
    // The stamp or the agency printed twice is the page's stutter, no caption printed twice.
    ['15:42\n15:42\nDie Polizei sperrt die Altstadt.\nSDA', ['SDA']],
    ['15:42\nDie Polizei sperrt die Altstadt.\nSDA\nSDA\n15:50\nDie Gasse ist wieder offen.\nAFP', ['SDA', 'SDA', 'AFP']],
    // A timeline: each year's label over its sentence, signed by its news agency.
    [
      '1931: Gründung\nBalz Zimmermann und Walter Mittelholzer gründen die Swissair.\nKeystone-SDA\n2001: Grounding\nDie Swissair stellt den Flugbetrieb ein.\nKeystone-SDA',
      ['Keystone-SDA', 'Keystone-SDA'],
    ],
    ['Vor einer Stunde\nDer Bundesrat informiert um 15 Uhr.\nSDA\nGerade eben\nDie Medienkonferenz beginnt.\nSDA', ['SDA', 'SDA']],
    ['88. Minute\nTor! Hofmann trifft zum 4:2.\ndpa\n90.+4 Min.\nSchluss in Frankfurt.\nAFP', ['dpa', 'AFP']],
    // Under the hour as French tickers print it, or a clock's time after its day, any credit signs, as under `15:42`.
    ["13h\nLa préfecture ouvre un centre d'accueil.\nKeystone", ['Keystone']],
    ["14 h 30\nLa préfecture ouvre un centre d'accueil.\nKeystone", ['Keystone']],
    ["9h30\nLa préfecture ouvre un centre d'accueil.\nKeystone", ['Keystone']],
    ["09 h 30\nLa préfecture ouvre un centre d'accueil.\nKeystone", ['Keystone']],
    // An hour of one digit spaced from its minutes opens a news agency's entry only.
    ["2 h 30\nLa préfecture ouvre un centre d'accueil.\nAFP", ['AFP']],
    ['Heute, 15:42\nFeuerwerk über dem Rütli.\nKeystone', ['Keystone']],
  ] as const) {
    it(`keeps the entries of ${JSON.stringify(block)}`, () => assert.deepEqual(removed(block), kept));
  }
});
