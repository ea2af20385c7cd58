/**
 * The teaser rule's read-more marker counts where a teaser puts it (the end of the line, a label at
 * its start, next to an arrow), not where a sentence uses the same words (CLEANING.md: "Precision
 * first: when a rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** Whether `line`, as a paragraph of its own in an article, is dropped as a teaser. */
function isTeaser(line: string): boolean {
  const dump = ['Schweiz', '', 'Die Bibliotheken melden einen Lesefrühling', '', 'Die Ausleihen sind im ersten Quartal deutlich gestiegen.', '', line, ''].join('\n');
  return clean(dump).findings.some((f) => f.code === 'teaser' && f.range.start.line === 6);
}

describe('teaser: where a read-more marker counts', () => {
  const teasers = [
    '28.03.2024: Student (20) versteckt in Österreich echtes Geld. Hier weiterlesen >>',
    'Inside the race to build chips in America. Read more >>',
    'Lausanne: le métro m3 sera entièrement automatique. Lire la suite',
    'Lausanne: le métro m3 sera entièrement automatique. Lire la suite…',
    'Lugano: la biblioteca cantonale raddoppia gli spazi. Continua a leggere',
    'Neue Velobrücke eröffnet – Weiterlesen',
    'Weiterlesen',
    'Mehr dazu:',
    '(Read more)',
    'Read more...',
    'Read more: Why libraries are lending out tools and seeds',
    'Lire aussi : le métro m3 sera entièrement automatique',
    'Read more >> Why libraries are lending out tools and seeds',
    '>> Read about the latest in the investigation here',
    'Mehr dazu → Die Stadt baut eine neue Velobrücke',
    // A ticker entry whose label follows its time.
    '16.00 - Leggi anche: la frana di Bignasco del 2024.',
    '14:05 Uhr: Mehr dazu: Die Stadt baut eine neue Velobrücke',
  ];
  for (const line of teasers) it(`drops ${JSON.stringify(line)}`, () => assert.ok(isTeaser(line)));

  const sentences = [
    'Les enquêteurs veulent en savoir plus sur les circonstances du drame.',
    'Millions of readers read about the scandal before breakfast.',
    'Mehr dazu wollte der Sprecher nicht sagen.',
    "La polizia indaga per saperne di più sull'incidente.",
    'The full story of the closures only emerged weeks later.',
    'Anyone who receives an email telling them to click here should delete it, the police warned.',
    'Children who keep reading over the summer do better at school.',
    'Wer mehr erfahren will, kann die Ausstellung bis Ende Mai besuchen.',
    'Die Schüler sollen wieder mehr lesen.',
    'Die Kinder sollen jetzt lesen lernen.',
    'Les élèves doivent lire aussi des auteurs romands.',
    'Most readers who finish the first chapter want to read more.',
    'Click here, the email said, and your parcel will be delivered.',
    'Der Knopf heisst nun: «Weiterlesen»',
    'Ob die Stadt mehr Geld ausgibt, ist offen. Mehr dazu wollte der Sprecher nicht sagen.',
    // Its `>>` closes a quote in ASCII guillemets.
    'Die Antwort der Stadt war kurz: <<Wir prüfen das und melden uns>>',
    '16.00 - La polizia invita a leggere anche i cartelli di pericolo.',
    '14:05 Uhr: Mehr dazu wollte der Sprecher nicht sagen.',
  ];
  for (const line of sentences) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isTeaser(line)));
});

describe('teaser: a marker that opens the last line and points onward', () => {
  /** Whether the line at `at` (zero-based) of an article that ends with `lines` is dropped as a teaser. */
  const isTeaserIn = (lines: string[], at: number) =>
    clean(['Schweiz', '', 'Die Bibliotheken melden einen Lesefrühling', '', ...lines, ''].join('\n')).findings.some(
      (f) => f.code === 'teaser' && f.range.start.line === at,
    );

  const teasers = [
    'Lire la suite de notre dossier sur la sécurité routière',
    'Read more about the trial in our explainer',
    'Weiterlesen im Dossier zur Lesefrühling-Studie',
    'Continua a leggere sul nostro sito',
    'Read about the trial',
    "Per saperne di più sull'inchiesta",
  ];
  for (const line of teasers) it(`drops ${JSON.stringify(line)}`, () => assert.ok(isTeaser(line)));

  it('drops it above a credit that ends the dump', () => assert.ok(isTeaserIn(['Lire la suite de notre dossier sur les bibliothèques', '', '(AFP)'], 4)));

  const kept = [
    // A sentence, or more than one.
    "Lire la suite de l'entretien dans notre édition papier de samedi.",
    'Mehr dazu in Kürze.',
    'Read More Please support our newsroom today! (a non-profit',
    // A ticker entry.
    '15:55 Uhr: Mehr dazu im Video',
    // A sentence to the reader, or service information (a review found these dropped).
    'Mehr erfahren Sie unter www.bag.admin.ch',
    'Mehr dazu erfahren Sie in der Sendung «10vor10» um 21.50 Uhr auf SRF 1',
    'Per saperne di più chiamare il numero verde 800 123 456',
    'En savoir plus sur le site de la Confédération www.admin.ch',
    'Mehr dazu in Kürze',
    // When, not what: a live report's promise of more.
    'Mehr dazu im Laufe des Tages',
    'En savoir plus dans la soirée',
    'Per saperne di più nel corso della giornata',
    // More than a title's length.
    'Read more about the trial and what the judges said about the evidence the police found in the flat last spring',
  ];
  for (const line of kept) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isTeaser(line)));

  it('keeps it as a subheading over a paragraph', () =>
    assert.ok(!isTeaserIn(['En savoir plus sur la procédure', '', 'Le procès a duré trois jours.'], 4)));
  it('keeps it in a paragraph of several lines', () =>
    assert.ok(!isTeaserIn(['Die Ausleihen sind im ersten Quartal deutlich gestiegen.', 'Read more about the libraries'], 5)));
  it('keeps a wrapped sentence going on in lower case', () =>
    assert.ok(!isTeaserIn(['Die Ausleihen sind gestiegen, weil Kinder', '', 'weiterlesen wollen als bisher'], 6)));
});

describe('teaser: the titles a heading takes along', () => {
  const removedFrom = (block: string) => clean(['Schweiz', '', 'Die Brücke wird ersetzt', '', 'Die bestehende Brücke ist marode und muss ersetzt werden.', '', block, '', 'Der Bau dauert zwei Jahre.', ''].join('\n')).removed.map((r) => r.text);

  it('a heading alone takes the block after the blank line', () => {
    assert.deepEqual(removedFrom('Mehr zum Thema:\n\nLuzerner Brücken sind in schlechtem Zustand\nDer Kanton prüft alle Brücken'), [
      'Mehr zum Thema:',
      'Luzerner Brücken sind in schlechtem Zustand',
      'Der Kanton prüft alle Brücken',
    ]);
  });

  it('a heading that holds its title does not take the subheading after the blank line', () => {
    assert.deepEqual(removedFrom('Mehr zum Thema: Luzerner Brücken sind in schlechtem Zustand\n\nDie Kosten'), ['Mehr zum Thema: Luzerner Brücken sind in schlechtem Zustand']);
  });

  it('a heading alone takes the title lines right under it in its block', () => {
    assert.deepEqual(removedFrom('Mehr zum Thema:\nLuzerner Brücken sind in schlechtem Zustand\nDer Kanton prüft alle Brücken'), [
      'Mehr zum Thema:',
      'Luzerner Brücken sind in schlechtem Zustand',
      'Der Kanton prüft alle Brücken',
    ]);
    assert.deepEqual(removedFrom('Related:\nHow carbon pricing works\nEU steel makers warn of job losses'), [
      'Related:',
      'How carbon pricing works',
      'EU steel makers warn of job losses',
    ]);
  });

  // A dump with no blank lines runs the article on in the heading's block.
  it('a heading alone does not take the subheadings, quotes and rows after a sentence of its block', () => {
    assert.deepEqual(removedFrom('Mehr zum Thema:\nLuzerner Brücken sind in schlechtem Zustand\nDie Brücke ist 80 Jahre alt.\nWie reagiert der Kanton?\n«Wir prüfen alle Brücken»\nDie Kosten:\n1. Abbruch: 2 Millionen'), [
      'Mehr zum Thema:',
      'Luzerner Brücken sind in schlechtem Zustand',
    ]);
  });

  const holdingTitles = [
    'Lesen Sie auch: Luzerner Brücken sind in schlechtem Zustand',
    'Lire aussi: Les ponts lucernois sont en mauvais état',
    "Leggi anche: I ponti lucernesi sono in cattivo stato",
    'RELATED: What a bridge closure means for commuters',
  ];
  for (const heading of holdingTitles) {
    it(`${JSON.stringify(heading)} does not take the lines after it in its block`, () => {
      assert.deepEqual(removedFrom(`${heading}\nWas kostet der Ersatz?\nDie Brücke ist 80 Jahre alt.\n«Wir prüfen alle Brücken»`), [heading]);
    });
    it(`${JSON.stringify(heading)} does not take the list above it in its block`, () => {
      assert.deepEqual(removedFrom(`Die Forderungen der Anwohner:\neine Umfahrung\nTempo 30\n${heading}`), [heading]);
    });
  }

  it('a heading holding its title keeps the article’s last lines under it, a quote or a subheading', () => {
    for (const heading of holdingTitles) {
      assert.deepEqual(removedFrom([heading, 'Er will die Tarife prüfen: «Wir schauen uns das genau an.»', 'Anna Muster'].join('\n')), [heading]);
    }
  });

  it('reports a heading taken as a title under the heading before it once', () => {
    const teasers = ['Mehr zum Thema:', 'Lesen Sie auch: Post schliesst weitere 170 Filialen', 'Preisüberwacher prüft die Post-Tarife'];
    const { removed } = clean(['Schweiz', '', 'Post erhöht die Briefpreise', '', 'Ein A-Post-Brief kostet ab Januar 1.30 Franken.', '', ...teasers, ''].join('\n'));
    assert.deepEqual(removed.map((r) => [r.text, r.codes]), teasers.map((line) => [line, ['teaser']]));
  });

  it('a heading holding its title takes the time of its ticker entry above it', () => {
    assert.deepEqual(removedFrom('15:30\nLeggi anche: il sindaco di Cevio chiede aiuti al Cantone.'), ['15:30', 'Leggi anche: il sindaco di Cevio chiede aiuti al Cantone.']);
    assert.deepEqual(removedFrom('17h55\nLire aussi: Qui sont les nouveaux élus romands?'), ['17h55', 'Lire aussi: Qui sont les nouveaux élus romands?']);
    assert.deepEqual(removedFrom('ore 15.10\nLeggi anche: il sindaco di Cevio chiede aiuti al Cantone.'), ['ore 15.10', 'Leggi anche: il sindaco di Cevio chiede aiuti al Cantone.']);
    assert.deepEqual(removedFrom('1.05pm\nRelated: Who are the new MPs?'), ['1.05pm', 'Related: Who are the new MPs?']);
    assert.deepEqual(removedFrom('13h\nLire aussi: Qui sont les nouveaux élus romands?'), ['13h', 'Lire aussi: Qui sont les nouveaux élus romands?']);
    assert.deepEqual(removedFrom('Il y a une heure\nLire aussi: Qui sont les nouveaux élus romands?'), ['Il y a une heure', 'Lire aussi: Qui sont les nouveaux élus romands?']);
    assert.deepEqual(removedFrom('Heute, 15:42\nLesen Sie auch: Post schliesst weitere 170 Filialen'), ['Heute, 15:42', 'Lesen Sie auch: Post schliesst weitere 170 Filialen']);
    assert.deepEqual(removedFrom('88. Minute\nLesen Sie auch: Post schliesst weitere 170 Filialen'), ['88. Minute', 'Lesen Sie auch: Post schliesst weitere 170 Filialen']);
    assert.deepEqual(removedFrom('02/06/2024\nLesen Sie auch: Post schliesst weitere 170 Filialen'), ['02/06/2024', 'Lesen Sie auch: Post schliesst weitere 170 Filialen']);
    assert.deepEqual(removedFrom('Just now\nRelated: Who are the new MPs?'), ['Just now', 'Related: Who are the new MPs?']);
  });

  it("keeps a timeline's year and label above a heading: it opens a timeline's entry, no ticker's", () => {
    assert.deepEqual(removedFrom('1931: Gründung\nLesen Sie auch: Post schliesst weitere 170 Filialen'), ['Lesen Sie auch: Post schliesst weitere 170 Filialen']);
  });

  it("keeps a list's number above a heading, which no ticker entry's time is", () => {
    assert.deepEqual(removedFrom('3.\nLire aussi :\nQui sont les nouveaux élus romands?'), ['Lire aussi :', 'Qui sont les nouveaux élus romands?']);
    assert.deepEqual(removedFrom('12.\nLesen Sie auch: Post schliesst weitere 170 Filialen'), ['Lesen Sie auch: Post schliesst weitere 170 Filialen']);
  });

  it('a read-more line still takes the title above it', () => {
    assert.deepEqual(removedFrom('Luzerner Brücken sind in schlechtem Zustand\nDer Kanton prüft alle 300 Brücken. Hier weiterlesen >>'), [
      'Luzerner Brücken sind in schlechtem Zustand',
      'Der Kanton prüft alle 300 Brücken. Hier weiterlesen >>',
    ]);
  });
});

describe('teaser: a heading that also labels the news itself', () => {
  const removed = (lines: string[]) => clean([...lines, ''].join('\n')).removed.map((r) => r.text);

  it('keeps "Ultima ora" above the headline, and the headline', () => {
    assert.deepEqual(removed(['Economia', '', 'Ultima ora', 'Il governo convoca le parti sociali', '', 'La riunione è fissata per giovedì a Palazzo Chigi.']), []);
  });

  it('keeps "Ultima ora" and the headline under publish stamps or a menu, which are no lead', () => {
    const body = ['Ultima ora', 'Il governo convoca le parti sociali', '', 'La riunione è fissata per giovedì a Palazzo Chigi, ha detto il ministro.'];
    const stamped = ['Economia', '', 'Pubblicato il 12 giugno 2024 alle 10:15', '', 'Aggiornato il 12 giugno 2024 alle 11:02', '', ...body];
    assert.deepEqual(removed(stamped), ['Pubblicato il 12 giugno 2024 alle 10:15', 'Aggiornato il 12 giugno 2024 alle 11:02']);
    assert.deepEqual(removed(['Home', 'Italia', 'Economia', '', ...body]), []);
  });

  it('keeps "Ultima ora:" opening a sentence', () => {
    assert.ok(!isTeaser('Ultima ora: il governo ha convocato le parti sociali per giovedì.'));
  });

  it('drops "Ultima ora" and "Ultim\'ora" heading titles below the article\'s top', () => {
    for (const heading of ['Ultima ora', 'ULTIMA ORA', "Ultim'ora"]) {
      const dump = ['Economia', '', "Istat, l'inflazione scende all'1,2% a marzo", '', "Pesa il calo dei prezzi dell'energia.", '', heading, 'Pensioni, cosa cambia da aprile', 'Bollette, in arrivo gli sconti'];
      assert.deepEqual(removed(dump), [heading, 'Pensioni, cosa cambia da aprile', 'Bollette, in arrivo gli sconti'], heading);
    }
  });

  it('drops "Explore more on this topic" with its topics', () => {
    assert.ok(isTeaser('Explore more on this topic'));
  });
});

describe('teaser: related lists at the end of a page', () => {
  const ARTICLE = ['Gesundheit', '', 'Prämien steigen um 6 Prozent', '', 'Die Prämien der Grundversicherung steigen im kommenden Jahr um 6 Prozent.', ''];
  const removed = (tail: string[]): string[] =>
    clean([...ARTICLE, ...tail, ''].join('\n'))
      .removed.filter((r) => r.codes.includes('teaser'))
      .map((r) => r.text);

  for (const heading of ['Artikel zum Thema', 'More on this story', 'Related Topics']) {
    it(`drops ${JSON.stringify(heading)} with the titles under it`, () => {
      assert.deepEqual(removed([heading, 'Prämienverbilligung: So viel bekommen Sie zurück', 'Kassenwechsel: Bis wann Sie kündigen müssen']), [
        heading,
        'Prämienverbilligung: So viel bekommen Sie zurück',
        'Kassenwechsel: Bis wann Sie kündigen müssen',
      ]);
    });
  }

  it('keeps a sentence that starts with the words of such a heading', () => {
    assert.deepEqual(removed(['Artikel zum Thema Prämien gibt es viele, sagt die Sprecherin.']), []);
    assert.deepEqual(removed(['More on this story is expected from the minister on Monday.']), []);
  });
});

describe('teaser: a reading tip’s heading', () => {
  const ARTICLE = ['Wissen', '', 'Forscher finden einen neuen Stern', '', 'Der Stern ist weit weg, sagen die Forscher am Montag.', ''];
  const removed = (tail: string[]) => clean([...ARTICLE, ...tail, ''].join('\n')).removed.filter((r) => r.codes.includes('teaser')).map((r) => r.text);

  it('drops it with the title lines under it', () => {
    assert.deepEqual(removed(['Mehr Wissen', '', 'Schwarze Löcher: Was wir wissen', 'Der Mond entfernt sich', '', 'Die Forscher arbeiten weiter, schreiben sie.']), [
      'Mehr Wissen',
      'Schwarze Löcher: Was wir wissen',
      'Der Mond entfernt sich',
    ]);
    assert.deepEqual(removed(['Pour aller plus loin', '', 'Les trous noirs expliqués']), ['Pour aller plus loin', 'Les trous noirs expliqués']);
  });

  it('drops it alone at the article’s end', () => {
    assert.deepEqual(removed(['Mehr Wissen']), ['Mehr Wissen']);
    assert.deepEqual(removed(['Pour aller plus loin']), ['Pour aller plus loin']);
  });

  it('keeps it as a subheading over a paragraph of prose', () => {
    assert.deepEqual(removed(['Mehr Wissen', '', 'Die Forscher wollen mehr über den Stern erfahren und planen weitere Messungen.']), []);
    assert.deepEqual(removed(['Mehr Wissen', 'Die Forscher wollen mehr über den Stern erfahren und planen weitere Messungen.']), []);
    assert.deepEqual(removed(['Pour aller plus loin', '', 'Les chercheurs veulent mesurer l’étoile une deuxième fois.']), []);
  });
});
