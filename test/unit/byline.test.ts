/**
 * The byline rule's longer shapes: a list of names after `By` and a list of reporting credits go;
 * headlines, subheadings and sentences of the same shape stay (CLEANING.md: "Precision first: when a
 * rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** Whether `line`, as a paragraph of its own between two of an article's, is dropped as a byline. */
function isByline(line: string): boolean {
  const dump = ['Politics', '', 'Senate passes stopgap bill hours before the deadline', '', 'The Senate voted 88-9 late on Saturday.', '', line, '', 'The House had passed the measure earlier in the day.', ''].join('\n');
  return clean(dump).removed.some((r) => r.text === line && r.codes.includes('byline'));
}

describe('byline: author lines and lists of names', () => {
  for (const line of [
    'By Jane Doe',
    'By The Associated Press',
    'By The Editorial Board',
    'By The Editors',
    'By MARY CLARE JALONICK and LISA MASCARO Associated Press',
    'By MARY CLARE JALONICK and LISA MASCARO, Associated Press.',
    'By MARY CLARE JALONICK, LISA MASCARO, KEVIN FREKING and FARNOUSH AMIRI Associated Press Writers',
    'By MARY CLARE JALONICK, LISA MASCARO, KEVIN FREKING and FARNOUSH AMIRI',
    'By Jane Doe, John Smith, Maria Garcia and Ahmed Khan',
    // Names that are words too: only a set phrase's words (`Appointment`, `Demand`) make no name.
    'By Rose Young',
    'By Mark Royal',
    'By Grace Day',
    'By Marianne Means',
    'By Russell Means',
  ]) it(`drops ${JSON.stringify(line)}`, () => assert.ok(isByline(line)));

  for (const line of [
    'By The Numbers',
    // Title case, "And" too: a headline's (a review found both dropped as bylines).
    'By Executive Order, Trump Bans TikTok And WeChat Downloads',
    'By Air Force One, Marine One And Motorcade Convoy',
    'By Jane Doe, John Smith, Maria Garcia And Ahmed Khan',
    // Headline style writes "and" in lower case.
    'By Executive Order, Trump Bans TikTok and WeChat Downloads',
    'By Popular Demand, Swift Adds Shows and Extends Tour',
    'By Sunday Night, Wildfire Crosses Highway and Threatens Homes',
    'By The Editors Of Tomorrow: Five Students Who Run Their School Paper',
    'By The Skin Of Their Teeth',
    'By Land, Sea And Air: The Rescue Of The Stranded Hikers',
    'By Popular Demand, The Harbour Festival Returns To Pier Nine',
    'By Land And Sea, Migrants Keep Coming To The Canary Islands',
    'BY LAND AND SEA, MIGRANTS KEEP COMING TO THE CANARY ISLANDS',
    'By MARY CLARE JALONICK and LISA MASCARO, who covered the hearing',
    'Di Maio, Conte, Salvini, Meloni, Tajani, Lupi, Cesa e Toti',
    'Von Basel Über Bern Und Lausanne Bis Nach Genf In Drei Stunden',
    'Par Monts Et Par Vaux, Le Tour De Romandie Des Villages',
    // A set phrase in title case: no one is called so.
    'By Royal Appointment',
    'By Popular Demand',
    'By Invitation Only',
    'By Any Means Necessary',
    'By All Means',
    'BY ROYAL APPOINTMENT',
  ]) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isByline(line)));
});

describe('byline: reporting and editing credits', () => {
  for (const line of [
    'Reporting by Jane Doe',
    'Reporting by Alex Lawler in London and Mohi Narayan in New Delhi; editing by David Evans and Jane Merriman',
    'Reporting by Alex Lawler, Mohi Narayan, Florence Tan and Muyu Xu in London, New Delhi and Singapore. Editing by David Evans',
    'Additional reporting by Muyu Xu in Singapore, Florence Tan in Kuala Lumpur and Arathy Somasekhar in Houston',
    'Reporting by Toby Sterling in Amsterdam and Jan van der Berg in Brussels. Additional reporting by Anna Muster in Zurich.',
    'Writing by Alex Lawler; Editing by David Evans, Jason Neely, Kirsten Donovan, Barbara Lewis and Mark Potter, all in London and Washington, with contributions from the Singapore desk',
    // Short credits with a comma: after a name, a credit goes on in lower case too, unless a sentence's
    // clause opens (an article, a subject); a clause with a credit's `by` is a credit.
    'Edited by Jane Doe',
    'Reporting by Jane Doe, editing by John Smith',
    'Reporting by Jane Doe, staff writer',
    'Edited by Jane Doe, senior editor.',
    'Reporting by Jane Doe, with additional reporting by John Smith.',
    'Reporting by Jane Doe, with contributions from John Smith',
    'Reporting by Jane Doe in London.',
    'Reporting by staff',
    'Edited by Jane Doe, with reporting from Kabul.',
    'Reporting by Jane Doe, John Smith, and Maria Garcia.',
    'Reporting by Jane Doe in Kyiv, and John Smith in Moscow.',
    'Reporting by Jane Doe, with contributions from John Smith.',
    'Compiled by Jane Doe, from wire reports.',
    'Edited by Jane Doe, our senior editor.',
    'Reporting by Jane Doe, graphics by John Smith.',
    '(Reporting by Jane Doe, with additional reporting from John Smith.)',
    'Reporting by Jane Doe, editing by hand, the desk said.',
  ]) it(`drops ${JSON.stringify(line)}`, () => assert.ok(isByline(line)));

  for (const line of [
    "Reporting by the Courier's team was cited by the state inquiry; reporting by national outlets, the inquiry found, arrived days later.",
    'Editing by hand took the archivists three years; editing by software would have taken a few weeks, the project lead said.',
    'Compiled by volunteers over a decade; edited by a retired teacher, the town chronicle now runs to 900 pages.',
    'Reporting by Jane Doe in London showed that the deal had collapsed. Editing by the desk in New York took another day.',
    'Reporting by Reuters In London And New York Was Later Confirmed By The Ministry Of Finance In Its Report',
    // Short, the words of a credit opening a sentence: a clause after a comma, to a sentence's end, with
    // no name after `by` or opening with an article, a subject, `however`.
    'Edited by the team, the book sold well.',
    'Edited by Max Brod, the novel appeared in 1925.',
    'Compiled by volunteers, the list runs to 900 names.',
    'Editing by hand, she said, took years.',
    'Reporting by Reuters, however, suggests otherwise.',
    'Reporting by phone, she reached the mayor.',
    '(Reporting by Jane Doe, the paper said, was accurate.)',
    'Edited by the team, it sold well.',
    'Edited by Jane Doe, it sold well.',
  ]) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isByline(line)));
});

describe('byline: a particle and one name', () => {
  /** The removed lines of an article with `block` between two paragraphs. */
  const removedFrom = (...block: string[]) =>
    clean(['Bern', '', 'Was sagen die Bauern zur Agrarpolitik?', '', 'Wir haben an der Messe nachgefragt.', '', ...block, '', 'Der Verband will das Referendum ergreifen.', ''].join('\n')).removed.map((r) => r.text);

  // Vox pops and debates label their speakers by surname, and some surnames start with a particle.
  for (const [speaker, answer] of [
    ['Von Känel', '«Wir werden mit Vorschriften überhäuft.»'],
    ['Von Gunten', '«Ich sehe auch Chancen. Der Bio-Markt wächst.»'],
    ['Di Stefano', "«L'accordo è una buona notizia per entrambe le parti.»"],
    ['Von Wyl', '«Vedremo tra cinque anni?»'],
    ['Di Maio', '"Non è vero."'],
  ]) {
    it(`keeps ${JSON.stringify(speaker)} above the quote of what they said`, () => assert.deepEqual(removedFrom(speaker, answer), []));
  }

  it('keeps it above a sentence, as a subheading', () => assert.deepEqual(removedFrom('By Train', 'Extra trains run every half hour.'), []));

  it('drops `By` or `Par` and a name above a quote: no surname starts with them', () => {
    assert.deepEqual(removedFrom('By Hughes', '“This is the end of the family farm.”'), ['By Hughes']);
    assert.deepEqual(removedFrom('Par Dupont', '«Nous croulons sous les règles.»'), ['Par Dupont']);
  });

  it('drops it alone, or above a quote that is no sentence', () => {
    assert.deepEqual(removedFrom('Von Muster'), ['Von Muster']);
    assert.deepEqual(removedFrom('By Staff'), ['By Staff']);
    assert.deepEqual(removedFrom('Von Muster', '«Agrarpolitik im Wandel»'), ['Von Muster']);
  });
});

describe('byline: newsroom, unnamed reporters, agencies with the author, stamps', () => {
  for (const line of [
    '(Reporting by Mark Ellis; Editing by Jane Wardell)',
    'From our political correspondent',
    'Par notre correspondant',
    'De notre envoyée spéciale à Kyiv',
    'Von unserem Korrespondenten in Rom',
    'Dal nostro inviato',
    'Par la rédaction',
    'Par la rédaction culture',
    'Par la Rédaction',
    'Par la rédaction avec AFP',
    "Par Le Parisien avec l'AFP",
    'Par Le Parisien avec AFP et Reuters',
    'De nos correspondants à Bruxelles',
    'From our Paris correspondent',
    '(Reporting By Mark Ellis; Editing By Jane Wardell)',
    'Tue, June 4, 2024 at 6:00 AM',
    'Von der Redaktion',
    'Par Le Parisien avec AFP',
    'By Jane Doe with Reuters',
    'Propos recueillis par Marie Dupont',
    'Mon 3 Jun 2024 06.00 BST',
    'Lundi 3 juin 2024 à 06h00',
    'Mon 3 Jun 2024 06.00.',
    'Lundi 3 juin 2024, 06.00.',
    'Ce contenu a été publié le 3 juin 2024 - 14:05',
    'This content was published on June 3, 2024 - 14:05',
  ]) it(`drops ${JSON.stringify(line)}`, () => assert.ok(isByline(line)));

  for (const line of [
    'From our correspondent in Kyiv came word of new shelling',
    'Par la rédaction de son programme, la maire a voulu rassurer',
    'By Jane Doe with a little help from her friends',
    'Par Jean Dupont avec Marie',
    'Montag, 12. Juni',
    'Montag, 12.06.2024',
    '(Editing by hand was not possible in those years, the archivist said.)',
    '(Reporting by phone from Athens)',
    "(Reporting by the Courier's team was cited; editing by others followed.)",
    'De nos jours',
    'Mon 3 Jun',
    'Monday 3 June 2024',
    'Ce contenu a été publié le 3 juin 2024 sur le site de la mairie.',
  ]) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isByline(line)));

  it('keeps weekday stamps that head a ticker\'s entries', () => {
    const dump = ['Live', '', 'Storm Ciara: live updates', '', 'The storm moves east.', '', 'Mon 3 Jun 2024 06.00 BST', 'Trains are cancelled.', '', 'Mon 3 Jun 2024 07.10 BST', 'Ferries are suspended.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });

  it('keeps a ticker\'s weekday stamps each in a paragraph of its own', () => {
    const dump = ['Live', '', 'Election day: all the latest', '', 'Mon 3 Jun 2024 06.00 BST', '', 'Polls open across the country.', '',
      'Mon 3 Jun 2024 07.15 BST', '', 'Officials report heavy turnout.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });

  it('drops a page\'s one publish stamp, also above the text in its block', () => {
    const lead = 'Heavy rain has flooded dozens of towns along the coast, forcing thousands from their homes.';
    const removed = (lines: string[]) => clean([...lines, ''].join('\n')).removed.map((r) => r.text);
    assert.deepEqual(removed(['Floods hit the coast', '', 'Jane Doe', 'Mon 3 Jun 2024 06.00 BST', lead]), ['Mon 3 Jun 2024 06.00 BST']);
    assert.deepEqual(removed(['Floods hit the coast', '', 'Jane Doe in Brighton', 'Mon 3 Jun 2024 06.00 BST', 'Share', lead]), ['Mon 3 Jun 2024 06.00 BST', 'Share']);
    const modified = ['Mon 3 Jun 2024 06.00 BST', 'Last modified on Mon 3 Jun 2024 08.12 BST'];
    assert.deepEqual(removed(['Floods hit the coast', '', ...modified, '', lead]), modified);
  });

  it('drops a stamp that heads no entry, whatever other stamps the dump holds', () => {
    const dump = ['Live', '', 'Storm Ciara: live updates', '', 'Mon 3 Jun 2024 06.00 BST', '', 'The storm moves east.', '',
      'The storm photographed at dawn.', 'Tue 4 Jun 2024 07.00 BST', 'Photograph: Alamy', ''].join('\n');
    assert.deepEqual(clean(dump, { keepCaptions: true }).removed.map((r) => r.text), ['Mon 3 Jun 2024 06.00 BST', 'Tue 4 Jun 2024 07.00 BST', 'Photograph: Alamy']);
  });
});

describe('byline: a publisher’s name said for effect', () => {
  /** Whether `line` is dropped as a byline with `above` as the paragraph before it and `below` after it. */
  const dropsBetween = (above: string, line: string, below: string | undefined): boolean => {
    const dump = ['Kommentar', '', 'Die Stadt verliert die Geduld', '', 'Seit Jahren wird über das Stadion gestritten.', '', above, '', line, ...(below === undefined ? [] : ['', below]), ''].join('\n');
    return clean(dump).removed.some((r) => r.text === line && r.codes.includes('byline'));
  };
  for (const line of ['Heute.', 'Die Zeit.', 'CNN.']) {
    it(`keeps ${JSON.stringify(line)} as a paragraph between paragraphs of prose`, () => {
      assert.equal(dropsBetween('Wann, wenn nicht jetzt?', line, 'Morgen ist es zu spät.'), false);
    });
  }
  it('drops the name with no full stop, after no sentence, or as the last line', () => {
    assert.equal(dropsBetween('Wann, wenn nicht jetzt?', 'Heute', 'Morgen ist es zu spät.'), true);
    assert.equal(dropsBetween('Die Stadt in Zahlen', 'Die Zeit.', 'Morgen ist es zu spät.'), true);
    assert.equal(dropsBetween('Wann, wenn nicht jetzt?', 'Die Zeit.', undefined), true);
  });
  it('drops it after a short line closed by a point, or before a short sentence, a teaser or a credit', () => {
    assert.equal(dropsBetween('Genug.', 'Die Zeit.', 'Morgen ist es zu spät.'), true);
    assert.equal(dropsBetween('Wann, wenn nicht jetzt?', 'Die Zeit.', 'Zu spät.'), true);
    assert.equal(dropsBetween('Wann, wenn nicht jetzt?', 'Die Zeit.', 'Lesen Sie auch: Die Stadt baut ein neues Stadion.'), true);
    assert.equal(dropsBetween('Wann, wenn nicht jetzt?', 'Die Zeit.', 'Quelle: Keystone-SDA, AFP und Reuters.'), true);
  });
});

describe('byline: a publisher with its agencies, the newsroom, staff lines in capitals or by desk', () => {
  for (const line of [
    'Le Figaro avec AFP',
    'Le Monde avec AFP et Reuters',
    "Le Figaro avec l'AFP.",
    'FROM OUR CORRESPONDENT',
    'FROM OUR CORRESPONDENT IN ROME',
    'From our correspondent in Rome',
    'De notre correspondant à Rome',
    'Dal nostro corrispondente',
    'Redazione ANSA',
    'A cura della redazione',
    'A cura di Mario Rossi',
    'La redazione',
    'La rédaction',
    'La rédaction avec AFP',
    'La Rédaction avec l’AFP et Reuters',
    '(Compiled by the Gdansk Newsroom)',
    '(Compiled by the Bengaluru newsroom)',
    '(Compiled by the Gdansk Newsroom; Editing by John Roe)',
    '(Compiled by Jane Doe; Editing by John Roe)',
    '(Compiled by the Gdansk Newsroom.)',
    // News agencies only after a publisher's name.
    'CNN with AP',
    'Le Monde avec Interfax et RIA Novosti',
    'Le Temps avec Keystone-ATS',
    'Le Monde avec l’AFP, Reuters et APA',
    // `A cura di`, `dello`, `dei`, `dell'` …: a name or a few words after it.
    'A cura dello staff',
    'A cura dei volontari',
    "A cura dell'ufficio stampa",
    'A cura dell’ufficio stampa',
    // The newsroom of a publisher or an agency by name, ANSA's with the place in capitals.
    'Redazione ANSA ROMA',
    'Redazione ANSA NEW YORK',
    'La rédaction de 20 minutes',
    'La redazione di 20 minuti',
    'Die Redaktion von 20 Minuten',
    'Die Redaktion von Blick',
    'La rédaction d’AFP',
    'Redazione ANSA ROMA.',
  ]) it(`drops ${JSON.stringify(line)}`, () => assert.ok(isByline(line)));

  for (const line of [
    'Le Figaro avec AFP a révélé que les dégâts dépassaient 40 millions.',
    'Le Monde avec ses lecteurs',
    "From our correspondent's notes, it seems the warnings came too late.",
    // Title case is a heading's: only capitals tell no names.
    'From Our Correspondent',
    'La redazione ha deciso di pubblicare le immagini.',
    'La rédaction a décidé de publier les images.',
    'La rédaction avec AFP a décidé de publier les images.',
    // The place in title case, or a sentence after the newsroom's name.
    'Redazione ANSA Roma ha smentito la notizia.',
    'La rédaction de 20 minutes a décidé de publier les images.',
    'Redazione Roma',
    // The name as written, whole: in lower case, with `:`, `!`, `?`, and a place after a publisher are a heading's.
    'Die Redaktion von heute',
    'Die Redaktion von heute:',
    'Redaktion heute',
    'La rédaction de 20 minutes !',
    'LA RÉDACTION DE LIBÉRATION EN GRÈVE',
    'LA RÉDACTION DE 20 MINUTES VOUS REMERCIE',
    'REDAZIONE ANSA: SMENTITA LA NOTIZIA',
    // All in capitals, an agency's newsroom with more words is a headline, not ANSA's signature with its place.
    'REDAZIONE ANSA IN SCIOPERO',
    'REDAZIONE AGI CHIUSA',
    'DIE REDAKTION VON DPA STREIKT',
    'A cura di un gruppo di esperti, il rapporto è uscito ieri.',
    '(Compiled by the team in a hurry)',
    'He compiled by hand a list of the damaged boats.',
    // A publisher with a platform or a photo word is a headline's (a review found these dropped).
    '24 heures avec TikTok',
    'Le Monde avec Facebook',
    'CNN with Twitter',
    '20 Minuten mit Instagram',
    'Heute mit Fotos',
    'Le Monde avec X',
    // The newsroom must close its credit: else the line goes on as a sentence.
    'Reporting by the Gdansk Newsroom was cited in parliament twice last week; Editing by Jane Doe was praised as well.',
    '(Compiled by the Gdansk Newsroom staff)',
    '(Compiled by the Gdansk Newsroom. Editing by John Roe)',
    'A cura di chi?',
  ]) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isByline(line)));

  // An author line with its agencies goes as before: the news agencies alone bound a publisher's line only.
  it('drops "Par Le Parisien avec AFP"', () => assert.ok(isByline('Par Le Parisien avec AFP')));

  it('keeps `Die Redaktion von heute` heading its paragraph, as a subheading', () => {
    const dump = ['Medien', '', 'Wie Zeitungen ihre Arbeit neu erfinden', '', 'Vor zwanzig Jahren sassen noch zwölf Leute am Tisch.', '', 'Die Redaktion von heute', 'Heute arbeitet ein Team von vier Personen für Print und Online.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });
});

describe('byline: a name above an image, not a table’s heading above its source', () => {
  /** The removed lines of a report with `block` between two of its paragraphs. */
  const removedFrom = (...block: string[]) =>
    clean(['Wirtschaft', '', 'Die Teuerung sinkt weiter', '', 'Die Konsumentenpreise stiegen im Mai um 1,3 Prozent.', '', ...block, '', 'Die Nationalbank entscheidet im Juni.', ''].join('\n')).removed.map((r) => r.text);

  it('keeps the heading of figures above their source, which goes', () => {
    assert.deepEqual(removedFrom('Teuerung', 'Januar: 1,3%', 'Februar: 1,2%', 'Quelle: BFS'), ['Quelle: BFS']);
    assert.deepEqual(removedFrom('Fakten', 'Völker: 300', 'Verluste: 18 Prozent', 'Source: Universität Bern'), ['Source: Universität Bern']);
  });
  it('drops a name above a caption whose source names a credit (Quelle: Instagram)', () => {
    const removedAbove = (source: string) =>
      clean(['People', '', 'Kim Kardashian macht Ferien', '', 'Die Reality-Queen zeigt sich auf den Malediven.', '', 'Kim Kardashian', 'Kim Kardashian am Strand.', source, '', 'Sie bleibt zwei Wochen.', ''].join('\n')).removed.map((r) => r.text);
    for (const source of ['Quelle: Instagram', 'Source: Getty Images', 'Quelle: Keystone', 'Fonte: Ansa', 'Source: Supplied', 'Quelle: Instagram/kimkardashian'])
      assert.ok(removedAbove(source).includes('Kim Kardashian'), source);
    // The credit as the source's first word or two, or as any of its parts.
    for (const source of ['Quelle: Instagram @kimkardashian', 'Fonte: Instagram (@kimkardashian)', 'Quelle: Screenshot Instagram', 'Source: Getty Images via AFP', 'Quelle: Max Muster/Keystone', 'Source: Jane Doe, Reuters'])
      assert.ok(removedAbove(source).includes('Kim Kardashian'), source);
    for (const source of ['Quelle: BFS', 'Quelle: BFS, Seco', 'Source: Université de Genève', 'Fonte: Istat 2024'])
      assert.ok(!removedAbove(source).includes('Kim Kardashian'), source);
  });
  it('still drops a name above a photo’s caption and its credit', () => {
    const removed = clean(['Wirtschaft', '', 'Die Teuerung sinkt weiter', '', 'Die Preise stiegen um 1,3 Prozent.', '', 'Teuerung', 'Die Nationalbank in Bern.', 'Foto: Keystone', '', 'Die Nationalbank entscheidet im Juni.', ''].join('\n')).removed;
    assert.deepEqual(removed.map((r) => [r.text, r.codes[0]]), [['Teuerung', 'byline'], ['Die Nationalbank in Bern.', 'caption'], ['Foto: Keystone', 'credit']]);
  });
});

describe('byline: a publisher’s name heading a listing, not above a caption', () => {
  /** The removed lines of a report with `block` between two of its paragraphs. */
  const removedFrom = (...block: string[]) =>
    clean(['Programm', '', 'Das läuft am Wochenende', '', 'Unsere Tipps für Samstag und Sonntag.', '', ...block, '', 'Alle Angaben ohne Gewähr.', ''].join('\n')).removed.map((r) => r.text);

  it('keeps a channel or a day that is a paper’s name too over its listing', () => {
    assert.deepEqual(removedFrom('SRF', '20.05 Uhr: Tatort', '22.25 Uhr: Sternstunde Philosophie'), []);
    assert.deepEqual(removedFrom('RTS', '20h10: Temps présent'), []);
    assert.deepEqual(removedFrom('SRF', 'Tagesschau 19.30 Uhr', 'Meteo 19.55 Uhr', 'Tatort 20.05 Uhr'), [], 'an item then its time, no comma');
    assert.deepEqual(removedFrom('Heute', 'Sonnig, 24 bis 29 Grad'), []);
    assert.deepEqual(removedFrom('Heute', 'Lesung mit Pedro Lenz im Progr, 19.30 Uhr.', 'Morgen', 'Orgelkonzert im Münster, 18 Uhr.'), []);
  });
  it('drops the name above a caption, an author line or nothing', () => {
    assert.deepEqual(removedFrom('20 Minuten', 'Das Seefest in Thun zieht jedes Jahr Tausende an.', 'Keystone'), ['20 Minuten', 'Das Seefest in Thun zieht jedes Jahr Tausende an.', 'Keystone']);
    // Over a caption printed twice (its copy goes as a duplicate).
    assert.ok(removedFrom('Heute', 'Das Seefest in Thun zieht jedes Jahr Tausende an.', 'Das Seefest in Thun zieht jedes Jahr Tausende an.').includes('Heute'));
    assert.deepEqual(removedFrom('Blick', 'Von Anna Muster'), ['Blick', 'Von Anna Muster']);
    assert.deepEqual(removedFrom('SRF'), ['SRF']);
    // Under a line of its block it heads nothing.
    assert.deepEqual(removedFrom('Sonnig, 24 bis 29 Grad', 'Heute'), ['Heute']);
  });
  it('drops the masthead or source over the body’s text or a publish stamp', () => {
    const body = 'Der Bundesrat hat am Mittwoch beschlossen, die Beiträge für die Kitas zu erhöhen.';
    for (const name of ['NZZ', 'Tages-Anzeiger', '20 Minuten', 'SRF', 'Heute', 'Le Monde']) {
      assert.deepEqual(removedFrom(name, body), [name]);
    }
    assert.ok(removedFrom('NZZ', '12.03.2024, 14.32 Uhr').includes('NZZ'));
    assert.ok(removedFrom('NZZ', 'Ausgabe 12').includes('NZZ'), 'a number is no time');
    assert.ok(removedFrom('SRF', 'Heute, 14:32 Uhr').includes('SRF'));
  });
});
